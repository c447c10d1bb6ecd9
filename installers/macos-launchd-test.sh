#!/usr/bin/env bash
# The .dmg under the real launchd of a macOS runner (the installers workflow's macos job; macOS only):
# install the app, make an encrypted SynSrv, start it as a launchd job, reach it with a TLS handshake, read its
# status, stop it (the job is booted out), remove the service (the job file goes), uninstall the app.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dmg=$(ls "$here"/target/synconfig-*.dmg | head -n 1)
work=$(mktemp -d)
export SYNCONFIG_HOME="$work/config" SYNCONFIG_STATE_DIR="$work/state" SYNCONFIG_LOG_DIR="$work/logs"
port=24330
label="com.synconfig.SynSrv"
domain="gui/$(id -u)"
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

step "install $dmg"
hdiutil attach "$dmg" -nobrowse -mountpoint "$work/dmg" >/dev/null
cp -R "$work/dmg/synconfig.app" "$work/synconfig.app"
hdiutil detach "$work/dmg" >/dev/null
S="$work/synconfig.app/Contents/MacOS/synconfig"

step "an encrypted service"
"$S" cert self-signed --cn localhost --san DNS:localhost --out "$work/rsynd.pem"
"$S" service set SynSrv --port "$port" --encrypt --cert "$work/rsynd.pem" --non-secure --default-user "$USER" --start-mode manual

step "start it as a launchd job"
"$S" server start --service SynSrv | tee "$work/start.txt"
"$S" server status --service SynSrv | tee "$work/status.txt"
grep -q "launchd ($domain/$label)" "$work/status.txt" || fail "status does not name the launchd job"
launchctl print "$domain/$label" >/dev/null || fail "launchd does not know $label"
echo | openssl s_client -connect "127.0.0.1:$port" 2>&1 | grep -Eq "Cipher is [A-Z0-9_-]+" || fail "no TLS handshake on $port"

step "stop it: the job is booted out, status says stopped"
"$S" server stop --service SynSrv
set +e
"$S" server status --service SynSrv; code=$?
set -e
[ "$code" = 3 ] || fail "server status after stop exited $code, not 3"
if launchctl print "$domain/$label" >/dev/null 2>&1; then fail "$label still loaded after stop"; fi

step "remove the service: its job file goes"
"$S" service remove SynSrv
[ ! -e "$HOME/Library/LaunchAgents/$label.plist" ] || fail "job file left after remove"

step "uninstall"
rm -rf "$work"
echo "macOS launchd test passed"
