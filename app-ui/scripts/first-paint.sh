#!/usr/bin/env bash
# Time to first paint of the desktop program on a real (virtual) X display with a window manager: how long from
# the start of the JVM until the main window shows, until its content is first painted (not a blank window), and
# until it stops changing. Measured from outside, from the screen's pixels (FirstPaint.java, java.awt.Robot).
# The results go in docs/benchmarks.md ("GUI first paint").
#
# Needs: apt-get install -y xvfb xauth libgtk-3-0 xdotool fluxbox
# Usage: app-ui/scripts/first-paint.sh [RUNS] [JAR...]   RUNS counted runs after one warm-up round (default 7);
#        each JAR a build of the program to measure (default app-ui/target/synconfig.jar; build it first:
#        ./mvnw -B -DskipTests package). With several, they take turns and the ratios compare each to the first:
#        e.g. a copy of an older build's synconfig.jar + lib/ as "before", then the current one.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-7}
shift || true
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=("$here/app-ui/target/synconfig.jar")
for jar in "${jars[@]}"; do
    [ -f "$jar" ] || { echo "no $jar: build it first (./mvnw -B -DskipTests package)" >&2; exit 2; }
done
work=$(mktemp -d /tmp/synconfig-first-paint.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

Xvfb :93 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 & pids+=($!)
export DISPLAY=:93
for _ in $(seq 1 40); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.25; done
fluxbox >"$work/fluxbox.log" 2>&1 & pids+=($!)
sleep 2

# A configuration with one service, as after a first start; window places are remembered under $work only.
java -jar "${jars[0]}" service list --config "$work/synconfig.ini" >/dev/null 2>&1 || true
echo "java $(java -version 2>&1 | head -1), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
commands=()
for i in "${!jars[@]}"; do
    echo "jar$((i + 1)): ${jars[$i]}"
    commands+=("jar$((i + 1))=java -Djava.util.prefs.userRoot=$work/prefs -jar ${jars[$i]} --config $work/synconfig.ini")
done
java -Djava.awt.headless=false "$here/app-ui/scripts/FirstPaint.java" "$runs" "Synergy Configuration Program" "${commands[@]}"
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
