#!/usr/bin/env bash
# Builds the native installers for the operating system this runs on into installers/target/:
#   Linux: synconfig_<version>-1_amd64.deb, synconfig-<version>-1.x86_64.rpm and the app-image synconfig/
#   macOS: synconfig-<version>.dmg
# (Windows: ./mvnw -B -Pinstallers -DskipTests package, from cmd or PowerShell.)
# Usage: installers/build.sh [--no-rpm] [extra Maven options, e.g. -o]
# jpackage exits 0 even when it skips a package type, so this script checks for the tools first and
# for every expected file afterwards, and fails clearly. The .deb is made by linux/deb/build-deb.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/installers/target"

rpm=yes
maven_args=()
for arg in "$@"; do
    case "$arg" in
        --no-rpm) rpm=no ;;
        *) maven_args+=("$arg") ;;
    esac
done

fail() { echo "build.sh: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || fail "$1 is missing: $2"; }

java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
[ -x "$java_home/bin/jpackage" ] || fail "no jpackage in $java_home/bin: install a full JDK 17 or newer and set JAVA_HOME"
[ -d "$java_home/jmods" ] || fail "no jmods in $java_home: jlink needs them (Debian: apt-get install -y openjdk-17-jdk)"

case "$(uname -s)" in
    Linux)
        need dpkg-deb "apt-get install -y dpkg"
        need dpkg-shlibdeps "apt-get install -y dpkg-dev (it computes the .deb's Depends)"
        need strip "apt-get install -y binutils"
        if [ "$rpm" = yes ]; then
            need rpmbuild "apt-get install -y rpm, or run with --no-rpm"
        else
            maven_args+=(-Dskip.rpm=true)
        fi
        ;;
    Darwin)
        need xcrun "xcode-select --install (jpackage needs the Xcode command line tools)"
        ;;
    *)
        fail "$(uname -s) is not supported here; on Windows run: mvnw -B -Pinstallers -DskipTests package"
        ;;
esac

version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$root/pom.xml" | head -n 1)
version=${version%-SNAPSHOT}

echo "build.sh: building SynConfig $version installers (this takes a few minutes)..."
(cd "$root" && JAVA_HOME="$java_home" ./mvnw -B -q -Pinstallers -DskipTests "${maven_args[@]}" package) \
    || fail "the Maven build failed (see above)"

expected=()
case "$(uname -s)" in
    Linux)
        arch=$(dpkg --print-architecture)
        expected+=("synconfig/bin/synconfig" "synconfig/bin/synconfig-cli" "synconfig_${version}-1_${arch}.deb")
        [ "$rpm" = yes ] && expected+=("synconfig-${version}-1.$(uname -m).rpm")
        ;;
    Darwin)
        expected+=("synconfig.app" "synconfig-${version}.dmg")
        ;;
esac

missing=0
for file in "${expected[@]}"; do
    if [ -e "$target/$file" ]; then
        echo "build.sh: made installers/target/$file ($(du -sh "$target/$file" | cut -f1))"
    else
        echo "build.sh: MISSING installers/target/$file (jpackage skipped it; see its output above)" >&2
        missing=1
    fi
done
[ "$missing" = 0 ] || fail "some installers were not made"
