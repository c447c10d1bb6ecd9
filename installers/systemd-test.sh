#!/usr/bin/env bash
# The Debian package under a real systemd: boots a Debian 12 tree with systemd-nspawn (built once with
# debootstrap and cached in /var/tmp), installs the .deb there and drives it as an administrator would:
#   lintian (0 errors) and systemd-analyze security (exposure <= 4.0), both printed;
#   the package owns /usr/bin/synconfig, the unit and the desktop entry; the account synconfig exists;
#   synconfig --version prints the package's version; postinst made the class-data archive, service list maps
#   classes from it, answers without it and without a warning once the jar is newer, and it can be made anew;
#   synconfig cert self-signed + service set SynSrv --encrypt --cert ..., systemctl enable --now
#   synconfig@SynSrv: an openssl s_client handshake from the host reaches it (the container shares the
#   host's network) and verifies the certificate just made; server status (root, and a member of the
#   group synconfig) agrees with systemd;
#   Automatic survives a restart of the service manager (poweroff, boot the same tree: active again);
#   systemctl stop leaves the unit inactive, not failed; synconfig server start/status/stop drive the unit;
#   dpkg --remove keeps the configuration, state and account; dpkg --purge leaves nothing.
# Usage (root, Debian or Ubuntu with debootstrap, systemd-container, lintian, openssl, dpkg-dev, binutils):
#   installers/systemd-test.sh              build the .deb (installers/build.sh --no-rpm), then test it
#   installers/systemd-test.sh --use-built  test the .deb already in installers/target/
# SYNCONFIG_TEST_TREE names the cached tree (default /var/tmp/synconfig-systemd-tree; delete it to
# rebuild). Every check runs even after one fails; exit 1 if any failed, 2 if the test could not run.
# The container is powered off, and the package purged from the tree, however the test ends.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/installers/target"
out="$target/systemd-test"
tree=${SYNCONFIG_TEST_TREE:-/var/tmp/synconfig-systemd-tree}
unit=synconfig@SynSrv.service

passed=0
failures=()
pass() { echo "systemd-test: PASS $1"; passed=$((passed + 1)); }
fail() { echo "systemd-test: FAIL $1" >&2; failures+=("$1"); }
abort() { echo "systemd-test: ABORT $*" >&2; exit 2; }
# expect NAME COMMAND...: passes when the command exits 0.
expect() {
    local name=$1; shift
    if "$@" >>"$out/checks.log" 2>&1; then pass "$name"; else fail "$name"; fi
}

[ "$(id -u)" = 0 ] || abort "run as root (systemd-nspawn and nsenter need it)"
for tool in debootstrap systemd-nspawn nsenter lintian openssl ss; do
    command -v "$tool" >/dev/null || abort "$tool is missing: apt-get install -y debootstrap systemd-container lintian openssl iproute2"
done
if [ "${1:-}" != "--use-built" ]; then
    timeout 900 "$root/installers/build.sh" --no-rpm || abort "installers/build.sh failed"
fi
# After the build, which empties installers/target.
mkdir -p "$out"
: >"$out/checks.log"
deb=$(ls "$target"/synconfig_*.deb 2>/dev/null | head -n 1)
[ -f "$deb" ] || abort "no installers/target/synconfig_*.deb (run without --use-built)"
version=$(dpkg-deb -f "$deb" Version)

# lintian, on the host (the package is the same wherever it is installed).
timeout 600 lintian --tag-display-limit 0 "$deb" >"$out/lintian.txt" 2>&1
errors=$(grep -c '^E: ' "$out/lintian.txt")
echo "systemd-test: lintian: $errors errors, $(grep -c '^W: ' "$out/lintian.txt") warnings ($out/lintian.txt)"
if [ "$errors" = 0 ]; then pass "lintian: 0 errors"; else fail "lintian: $errors errors: $(grep '^E: ' "$out/lintian.txt" | head -n 3 | tr '\n' ' ')"; fi

# The Debian tree, built once: into a scratch directory first, so an interrupted build is not reused.
if [ ! -x "$tree/lib/systemd/systemd" ]; then
    mirror=$(sed -n 's/^URIs: //p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
    echo "systemd-test: building the Debian tree $tree (once; about a minute)"
    rm -rf "$tree.partial"
    timeout 900 debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus bookworm "$tree.partial" \
        "${mirror:-http://deb.debian.org/debian}" >"$out/debootstrap.log" 2>&1 \
        || abort "debootstrap failed: see $out/debootstrap.log"
    mv "$tree.partial" "$tree"
fi

nspawn=""
init=""
# box COMMAND...: runs a command inside the booted container, as root, with a clean environment, for
# at most BOX_TIMEOUT seconds (300).
box() {
    timeout "${BOX_TIMEOUT:-300}" nsenter -t "$init" -a \
        env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
}

boots=0
# boot_once: starts the container and waits up to 90 s until its systemd is up.
boot_once() {
    boots=$((boots + 1))
    echo "$(date -u +%T) boot $boots" >>"$out/checks.log"
    setsid systemd-nspawn -q --register=no --keep-unit -D "$tree" --boot </dev/null >"$out/container-$boots.log" 2>&1 &
    nspawn=$!
    init=""
    local state=""
    for _ in $(seq 1 90); do
        # the container's systemd, asked anew each time: nspawn's first child may be a helper that is gone a
        # moment later, and a PID kept from it made every later check fail until the boot timed out
        init=$(ps --ppid "$nspawn" -o pid=,comm= | awk '$2 == "systemd" { print $1; exit }')
        if [ -n "$init" ]; then
            state=$(box systemctl is-system-running 2>/dev/null)
            case "$state" in running|degraded) return 0 ;; esac
        fi
        kill -0 "$nspawn" 2>/dev/null || return 1
        sleep 1
    done
    return 1
}

# boot: a second try when the first does not come up (seen once on a loaded machine: nspawn started
# right after the previous container's exit printed nothing for 90 s).
boot() {
    boot_once && return 0
    echo "systemd-test: boot $boots did not come up: $(tail -n 2 "$out/container-$boots.log" | tr '\n' ' '); trying again" >&2
    poweroff
    boot_once
}

poweroff() {
    [ -n "$nspawn" ] && kill -0 "$nspawn" 2>/dev/null || return 0
    if [ -n "$init" ]; then BOX_TIMEOUT=30 box systemctl poweroff >/dev/null 2>&1; else kill -TERM "$nspawn"; fi
    for _ in $(seq 1 90); do kill -0 "$nspawn" 2>/dev/null || break; sleep 1; done
    if kill -0 "$nspawn" 2>/dev/null; then kill -TERM "$nspawn"; sleep 5; kill -KILL "$nspawn" 2>/dev/null; fi
    wait "$nspawn" 2>/dev/null
    echo "$(date -u +%T) powered off" >>"$out/checks.log"
    nspawn=""
}

member=synconfig-test-admin   # a user in the group synconfig, made by the test
purge_package() {
    box userdel -r "$member" >/dev/null 2>&1
    if box dpkg-query -W -f='${Status}' synconfig 2>/dev/null | grep -q 'installed\|config-files'; then
        box dpkg --purge synconfig >>"$out/dpkg.log" 2>&1
    fi
}

# However the test ends, the tree is left without the package and the container powered off.
cleanup() {
    if [ -n "$nspawn" ] && kill -0 "$nspawn" 2>/dev/null; then
        purge_package
        poweroff
    fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM

boot || abort "the container did not boot within 90 s: see $out/container-$boots.log"
pass "the container booted (systemd $(box systemctl --version | head -n 1 | cut -d' ' -f2))"
purge_package   # a package left by an interrupted run

cp "$deb" "$tree/root/synconfig.deb"
if ! BOX_TIMEOUT=600 box sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q /root/synconfig.deb' \
        >"$out/apt-install.log" 2>&1; then
    abort "apt-get install of the .deb in the container failed: see $out/apt-install.log"
fi
rm -f "$tree/root/synconfig.deb"
pass "apt-get install $(basename "$deb")"

for path in /usr/bin/synconfig /usr/bin/synconfig-cli /lib/systemd/system/synconfig@.service \
            /usr/share/applications/synconfig.desktop /usr/share/doc/synconfig/copyright \
            /usr/share/man/man1/synconfig.1.gz /usr/share/man/man1/synconfig-server-start.1.gz \
            /usr/share/bash-completion/completions/synconfig; do
    expect "dpkg -S $path: the package owns it" box dpkg -S "$path"
done
expect "the account synconfig exists" box id synconfig
version_output=$(box synconfig --version 2>>"$out/checks.log")
upstream=${version%-*}
if [ "$version_output" = "synconfig $upstream" ]; then
    pass "synconfig --version prints '$version_output'"
else
    fail "synconfig --version printed '$version_output', expected 'synconfig $upstream' (package $version)"
fi

# Start-up: postinst made the launchers' class-data archive where the package is installed, and synconfig maps
# its classes from it; a jar newer than the archive (as after a change made by hand) makes it unusable, and the
# program then answers as before, without a warning; startup-archive makes it anew.
archive=/usr/lib/synconfig/lib/app/synconfig.jsa
expect "postinst made the class-data archive $archive" box test -s "$archive"
mapped() {
    box sh -c "SYNCONFIG_HOME=/tmp/startup-check JAVA_TOOL_OPTIONS=-Xlog:class+load:file=/tmp/loaded.log \
        synconfig service list >/tmp/list.out 2>/tmp/list.err && grep -q SynSrv /tmp/list.out \
        && grep -v 'Picked up JAVA_TOOL_OPTIONS' /tmp/list.err | grep -c . | grep -qx 0 \
        && grep -c ' \(com\.synconfig\|picocli\)\..* source: shared objects file' /tmp/loaded.log"
}
maps_from_archive() { # WHEN: passes when service list maps its classes from the archive
    classes=$(mapped)
    if [ "${classes:-0}" -gt 100 ]; then
        pass "$1: synconfig service list maps $classes of the program's and picocli's classes from the archive"
    else
        fail "$1: synconfig service list maps ${classes:-no} of the program's and picocli's classes from the archive: $(box cat /tmp/list.err | head -n 3 | tr '\n' ' ')"
    fi
}
maps_from_archive "as installed"
box touch /usr/lib/synconfig/lib/app/synconfig.jar
classes=$(mapped)
if [ "${classes:-}" = 0 ]; then
    pass "with a jar newer than the archive, service list answers without it and without a warning"
else
    fail "with a jar newer than the archive: ${classes:-no answer, or a warning}: $(box cat /tmp/list.err | head -n 3 | tr '\n' ' ')"
fi
expect "startup-archive makes the archive anew" box /usr/lib/synconfig/lib/app/system/startup-archive /usr/lib/synconfig
maps_from_archive "after startup-archive"

box systemd-analyze security "$unit" >"$out/security.txt" 2>&1
exposure=$(sed -n 's/.*Overall exposure level for .*: \([0-9.]*\) .*/\1/p' "$out/security.txt")
echo "systemd-test: systemd-analyze security $unit: exposure ${exposure:-unknown} ($out/security.txt)"
if [ -n "$exposure" ] && awk -v e="$exposure" 'BEGIN { exit !(e <= 4.0) }'; then
    pass "exposure $exposure <= 4.0"
else
    fail "exposure ${exposure:-unknown}, expected <= 4.0: $(tail -n 1 "$out/security.txt")"
fi

# A port nobody on this host uses (the container shares the host's network).
port=24330
while [ -n "$(ss -Htln "sport = :$port")" ]; do port=$((port + 1)); done

# As the administrator would, as root in the container.
pem=/etc/synconfig/rsynd.pem
expect "synconfig cert self-signed --out $pem" box synconfig cert self-signed --out "$pem" --force
expect "the key root wrote belongs to the account synconfig" box sh -c "[ \"\$(stat -c %U:%a $pem)\" = synconfig:600 ]"
expect "synconfig service set SynSrv --encrypt --cert $pem --port $port" \
    box synconfig service set SynSrv --encrypt --cert "$pem" --port "$port"
expect "systemctl enable --now $unit" box systemctl enable --now "$unit"

# handshake: an openssl s_client handshake from the host that verifies the certificate made above.
handshake() {
    for _ in $(seq 1 60); do
        if timeout 10 openssl s_client -connect "127.0.0.1:$port" -CAfile "$tree$pem" -verify_return_error \
                -verify_ip 127.0.0.1 -brief </dev/null >"$out/s_client.log" 2>&1 \
            && grep -q "CONNECTION ESTABLISHED" "$out/s_client.log"; then
            return 0
        fi
        sleep 1
    done
    return 1
}
journal() { box journalctl -u "$unit" --no-pager -n 15 | tail -n 15 | tr '\n' ' '; }

if handshake; then
    pass "openssl s_client handshake with SynSrv on 127.0.0.1:$port ($(grep -m1 'Protocol version' "$out/s_client.log"))"
else
    fail "no TLS handshake on 127.0.0.1:$port within 60 s: $(tail -n 3 "$out/s_client.log" | tr '\n' ' ') journal: $(journal)"
fi
expect "systemctl is-active $unit" box systemctl is-active "$unit"
expect "its status file is /var/lib/synconfig/services/SynSrv/rsynd.pid" box test -s /var/lib/synconfig/services/SynSrv/rsynd.pid
expect "its log is /var/log/synconfig/SynSrv/rsynd.log" box test -s /var/log/synconfig/SynSrv/rsynd.log
box synconfig server status --service SynSrv >"$out/server-status.txt" 2>&1
if grep -qi "running" "$out/server-status.txt"; then
    pass "synconfig server status (as the admin) sees it running"
else
    fail "synconfig server status does not see the unit's server running: $(head -n 3 "$out/server-status.txt" | tr '\n' ' ')"
fi
# A member of the group synconfig gets the system locations too (the wrapper), without sudo.
box useradd --create-home --groups synconfig "$member" >>"$out/checks.log" 2>&1
box runuser -u "$member" -- synconfig server status --service SynSrv >"$out/member-status.txt" 2>&1
if grep -qi "running" "$out/member-status.txt"; then
    pass "synconfig server status as a member of the group synconfig sees it running"
else
    fail "synconfig server status as a member of the group synconfig: $(head -n 3 "$out/member-status.txt" | tr '\n' ' ')"
fi
box userdel -r "$member" >>"$out/checks.log" 2>&1

# Automatic (enabled) survives a restart of the service manager.
poweroff
if boot; then
    pass "the same tree booted again"
    for _ in $(seq 1 60); do [ "$(box systemctl is-active "$unit")" = active ] && break; sleep 1; done
    expect "after the restart, $unit is active again" box systemctl is-active "$unit"
    if handshake; then pass "after the restart, the handshake succeeds"; else fail "after the restart, no handshake: $(journal)"; fi
else
    abort "the container did not boot again within 90 s: see $out/container-$boots.log"
fi

# expect_stopped HOW: the unit is inactive with result success, not failed.
expect_stopped() {
    local state result
    state=$(box systemctl show -p ActiveState --value "$unit")
    result=$(box systemctl show -p Result --value "$unit")
    if [ "$state" = inactive ] && [ "$result" = success ]; then
        pass "$1 leaves $unit inactive (result $result)"
    else
        fail "after $1, $unit is $state (result $result, exit status $(box systemctl show -p ExecMainStatus --value "$unit"))"
    fi
}
box systemctl stop "$unit"
expect_stopped "systemctl stop"

# The program's own commands, typed by root, drive the same unit (the service controller).
expect "synconfig server start --service SynSrv (as root)" box synconfig server start --service SynSrv
if handshake; then pass "after synconfig server start, the handshake succeeds"; else fail "after synconfig server start, no handshake: $(journal)"; fi
expect "systemctl is-active $unit after synconfig server start" box systemctl is-active "$unit"
box synconfig server status --service SynSrv >"$out/server-status-2.txt" 2>&1
if grep -q "systemd" "$out/server-status-2.txt"; then
    pass "synconfig server status names systemd"
else
    fail "synconfig server status does not name systemd: $(head -n 5 "$out/server-status-2.txt" | tr '\n' ' ')"
fi
expect "synconfig server stop --service SynSrv (as root)" box synconfig server stop --service SynSrv
expect_stopped "synconfig server stop"

# A start mode takes effect when it is saved; removing a running service stops it and disables its unit.
expect "service set --start-mode manual disables $unit" \
    box sh -c "synconfig service set SynSrv --start-mode manual && [ \"\$(systemctl is-enabled $unit)\" = disabled ]"
expect "service set --start-mode automatic enables $unit" \
    box sh -c "synconfig service set SynSrv --start-mode automatic && [ \"\$(systemctl is-enabled $unit)\" = enabled ]"
expect "synconfig server start --service SynSrv, to remove it running" box synconfig server start --service SynSrv
expect "service remove SynSrv stops $unit and disables it" \
    box sh -c "synconfig service remove SynSrv && ! systemctl is-active --quiet $unit && [ \"\$(systemctl is-enabled $unit)\" = disabled ]"
expect_stopped "service remove"
expect "service add SynSrv again" box synconfig service add SynSrv --encrypt --cert "$pem" --port "$port"

# remove keeps the administrator's configuration, the state and the account; purge removes everything,
# an administrator's drop-in for the unit too.
box mkdir -p "/etc/systemd/system/$unit.d"
box sh -c "printf '[Service]\nReadWritePaths=-/srv/synconfig\n' >/etc/systemd/system/$unit.d/override.conf"
box systemctl daemon-reload
box systemctl start "$unit"
expect "dpkg --remove synconfig" box dpkg --remove synconfig
expect "after remove, no process of synconfig runs" \
    box sh -c 'for p in /proc/[0-9]*; do [ "$(stat -c %U "$p" 2>/dev/null)" != synconfig ] || exit 1; done'
for path in /usr/lib/synconfig /usr/bin/synconfig /lib/systemd/system/synconfig@.service; do
    expect "after remove, $path is gone" box test ! -e "$path"
done
for path in /etc/synconfig/synconfig.ini "$pem" /var/lib/synconfig /var/log/synconfig; do
    expect "after remove, $path is kept" box test -e "$path"
done
expect "after remove, the account is kept" box id synconfig

expect "dpkg --purge synconfig" box dpkg --purge synconfig
for path in /etc/synconfig /var/lib/synconfig /var/log/synconfig /usr/lib/synconfig /usr/bin/synconfig \
            /usr/bin/synconfig-cli /lib/systemd/system/synconfig@.service /usr/share/applications/synconfig.desktop \
            /usr/share/doc/synconfig; do
    expect "after purge, $path is gone" box test ! -e "$path"
done
expect "after purge, no enablement link or drop-in is left" box sh -c '[ -z "$(find /etc/systemd/system -name "synconfig*")" ]'
expect "after purge, systemd knows no synconfig unit" \
    box sh -c '[ -z "$(systemctl list-units --all --plain --no-legend "synconfig*"; systemctl list-unit-files --no-legend "synconfig*")" ]'
expect "after purge, no account synconfig" box sh -c '! getent passwd synconfig && ! getent group synconfig'
expect "after purge, dpkg knows no synconfig" box sh -c '! dpkg-query -W synconfig'

poweroff
echo
echo "systemd-test: lintian errors: $errors; systemd-analyze security exposure: ${exposure:-unknown}"
echo "systemd-test: ${passed} passed, ${#failures[@]} failed (logs in $out)"
for f in "${failures[@]}"; do echo "systemd-test:   failed: $f" >&2; done
[ "${#failures[@]}" = 0 ]
