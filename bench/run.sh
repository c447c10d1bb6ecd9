#!/usr/bin/env sh
# Runs every benchmark of docs/benchmarks.md and rewrites it, with bench/results/latest.json.
#   bench/run.sh            quick mode (a few minutes, fewer cells and repetitions)
#   bench/run.sh --quick    the same
#   bench/run.sh --full     every cell, 1M-record file, more repetitions (several minutes); it also builds the
#                           Linux app image first (installers/build.sh --no-rpm, about 3 minutes), whose launchers
#                           section 6 times; --quick times an app image already in installers/target/synconfig
# Extra JVM options for the server under test, {label} names the server, e.g. a JFR recording:
#   BENCH_SERVER_JVM_OPTS="-XX:StartFlightRecording=filename=/tmp/{label}.jfr,settings=profile,dumponexit=true"
# Another build of the server classes first on its class path (before/after a change): BENCH_SERVER_CLASSES=DIR
# Needs: a JDK 17+, openssl 3 on the PATH, Linux (/proc is read for the servers' CPU time and memory).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
mode=--quick
for arg in "$@"; do
    case "$arg" in
        --quick|--full) mode=$arg ;;
        *) echo "usage: bench/run.sh [--quick|--full]" >&2; exit 2 ;;
    esac
done
command -v openssl >/dev/null || { echo "bench: openssl is not on the PATH; install OpenSSL 3." >&2; exit 2; }

echo "bench: building the program and the harness..." >&2
(cd "$here" && ./mvnw -q -B -o -Pbench -pl app-ui,bench -am package -DskipTests >&2) || {
    echo "bench: the build failed; run ./mvnw -Pbench -pl app-ui,bench -am package to see why." >&2
    exit 2
}

if [ "$mode" = --full ] && [ "$(uname -s)" = Linux ]; then
    echo "bench: building the Linux app image (installers/build.sh --no-rpm)..." >&2
    "$here/installers/build.sh" --no-rpm -o >&2 \
        || echo "bench: no app image; section 6 times ./synconfig and java -jar only." >&2
fi

exec "${JAVA:-java}" -cp "$here/bench/target/classes:$here/bench/target/lib/*" com.synconfig.bench.BenchMain \
    "$mode" --repo "$here" --app-jar "$here/app-ui/target/synconfig.jar"
