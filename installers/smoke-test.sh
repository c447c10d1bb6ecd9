#!/usr/bin/env bash
# Smoke test of the Linux package, for real: builds the .deb, installs it with apt-get, runs the
# installed program (command line and GUI under Xvfb, with a screenshot), then removes the package
# and checks that its files are gone (installers/systemd-test.sh tests the unit under systemd, purge). Needs root (or sudo) and a Debian or Ubuntu system; it
# installs what it needs with apt-get. Not part of ./mvnw verify: CI runs it in
# .github/workflows/installers.yml; run it by hand with
#   installers/smoke-test.sh                   build the .deb first, then test it
#   installers/smoke-test.sh --use-built       test the .deb already in installers/target/
# Every check runs even after one fails; the summary names each failure, and the exit code is 1 if
# any failed (2 if the package could not even be built or installed).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/installers/target"
out="$target/smoke-test"
screenshot="$out/installed-gui-xvfb.png"

build=yes
[ "${1:-}" = "--use-built" ] && build=no

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"

passed=0
failures=()
pass() { echo "smoke-test: PASS $1"; passed=$((passed + 1)); }
fail() { echo "smoke-test: FAIL $1" >&2; failures+=("$1"); }
abort() { echo "smoke-test: ABORT $*" >&2; exit 2; }

# check NAME COMMAND...: runs the command, stdout to $out/NAME.out and stderr to $out/NAME.err; passes
# on exit 0. A subcommand this build does not have yet is named as such.
check() {
    local name=$1; shift
    if "$@" >"$out/$name.out" 2>"$out/$name.err"; then
        pass "$name"
    else
        local code=$?
        if grep -q "Unmatched argument" "$out/$name.err"; then
            fail "$name: '$*' is not a command of this build (its subcommand is missing)"
        else
            fail "$name (exit $code): $(cat "$out/$name.err" "$out/$name.out" | tail -n 3 | tr '\n' ' ')"
        fi
    fi
}

mkdir -p "$out"
echo "smoke-test: installing the test's tools (xvfb, xauth, imagemagick, x11-utils, libgtk-3-0, dpkg-dev, binutils, python3)"
$sudo apt-get install -y -q xvfb xauth imagemagick x11-utils libgtk-3-0 dpkg-dev binutils python3 >"$out/apt-tools.log" 2>&1 \
    || abort "apt-get could not install the test's tools: see $out/apt-tools.log (run apt-get update first?)"

if [ "$build" = yes ]; then
    "$root/installers/build.sh" --no-rpm || abort "installers/build.sh failed"
fi
deb=$(ls "$target"/synconfig_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] && [ -f "$deb" ] || abort "no installers/target/synconfig_*.deb: run installers/build.sh"
pass "the .deb exists: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
version=$(dpkg-deb -f "$deb" Version); version=${version%-*}

$sudo apt-get remove -y -q synconfig >/dev/null 2>&1 || true
$sudo apt-get install -y -q "$deb" >"$out/apt-install.log" 2>&1 \
    || abort "apt-get install $deb failed: see $out/apt-install.log"
pass "apt-get install $(basename "$deb")"

# The package's files on PATH and its systemd unit, disabled (installers/systemd-test.sh runs the unit
# under a real systemd).
unit=/lib/systemd/system/synconfig@.service
check "synconfig-on-path" test "$(command -v synconfig)" = /usr/bin/synconfig
check "systemd-unit-installed" dpkg -S "$unit"
check "systemd-unit-disabled" test -z "$(find /etc/systemd/system -name 'synconfig@*.service' 2>/dev/null)"

home=$(mktemp -d)
export SYNCONFIG_HOME="$home"
version_output=$(synconfig --version 2>&1)
if [ "$version_output" = "synconfig $version" ]; then
    pass "synconfig --version prints '$version_output'"
else
    fail "synconfig --version printed '$version_output', expected 'synconfig $version'"
fi
check "synconfig-cli-version" synconfig-cli --version
check "synconfig-service-list" synconfig service list
check "synconfig-dltest-json" synconfig dltest --json
if [ -s "$out/synconfig-dltest-json.out" ]; then
    check "dltest-output-is-json" python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out/synconfig-dltest-json.out"
fi

if command -v systemd-analyze >/dev/null; then
    check "systemd-analyze-verify" systemd-analyze verify "$unit"
fi

# The GUI, under a virtual X server: the window must appear and the process stay up.
display=:97
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb=$!
sleep 2
DISPLAY=$display synconfig >"$out/gui.log" 2>&1 &
gui=$!
window=""
for _ in $(seq 1 90); do
    # The program's window: a title naming SynConfig (the class alone shows before the window is
    # ready), at least 200 pixels wide (not GTK's 10x10 group leader), and mapped.
    candidate=$(DISPLAY=$display xwininfo -root -tree 2>/dev/null \
        | awk '!/has no name/ && tolower($0) ~ /synconfig|synergy configuration/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+x[0-9]+\+/) { split($i, wh, /[x+]/); if (wh[1] >= 200) print } }' \
        | head -n 1)
    if [ -n "$candidate" ] && DISPLAY=$display xwininfo -id "$(echo "$candidate" | awk '{print $1}')" 2>/dev/null | grep -q IsViewable; then
        window=$candidate
        break
    fi
    kill -0 "$gui" 2>/dev/null || break
    sleep 1
done
if [ -n "$window" ]; then
    pass "the installed GUI opened a window: $(echo "$window" | sed 's/^ *//' | cut -c1-90)"
    # A freshly mapped window may not be painted yet: retry until the screen shows more than a flat fill.
    colours=0
    for _ in $(seq 1 15); do
        sleep 2
        DISPLAY=$display import -window root "$screenshot" 2>"$out/import.log" || continue
        colours=$(convert "$screenshot" -format '%k' info: 2>/dev/null || echo 0)
        [ "${colours:-0}" -gt 16 ] && break
    done
    if [ "${colours:-0}" -gt 16 ]; then
        pass "screenshot $screenshot ($colours colours)"
    else
        fail "the screenshot $screenshot stayed blank ($colours colours; import: $(cat "$out/import.log"))"
    fi
else
    fail "the installed GUI showed no window within 90 s: $(tail -n 5 "$out/gui.log" | tr '\n' ' ')"
fi
kill -0 "$gui" 2>/dev/null && pass "the GUI is still running" || fail "the GUI exited: $(tail -n 5 "$out/gui.log" | tr '\n' ' ')"
kill "$gui" 2>/dev/null; wait "$gui" 2>/dev/null
kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null
rm -rf "$home"

# Removal: the package and everything its scripts added must be gone.
if $sudo apt-get remove -y -q synconfig >"$out/apt-remove.log" 2>&1; then
    pass "apt-get remove synconfig"
else
    fail "apt-get remove synconfig failed: see $out/apt-remove.log"
fi
for path in /usr/lib/synconfig /usr/bin/synconfig /usr/bin/synconfig-cli "$unit" /usr/share/applications/synconfig.desktop; do
    if [ -e "$path" ] || [ -L "$path" ]; then fail "$path is still there after removal"; else pass "$path is gone"; fi
done
status=$(dpkg-query -W -f='${Status}' synconfig 2>/dev/null || echo "not-installed")
case "$status" in
    *not-installed*|"deinstall ok config-files") pass "dpkg: synconfig $status" ;;
    *) fail "dpkg still lists synconfig: $status" ;;
esac

echo
echo "smoke-test: ${passed} passed, ${#failures[@]} failed"
for f in "${failures[@]}"; do echo "smoke-test:   failed: $f" >&2; done
echo "smoke-test: logs in $out"
[ "${#failures[@]}" = 0 ]
