#!/usr/bin/env bash
# Prints the JDK modules the program's jars use, as jdeps sees them: the measurement behind
# installer.modules in installers/pom.xml (which adds jdk.crypto.ec; see docs/installing.md).
# jdeps treats a modular jar as a module and then insists on resolving its `requires`, which fails for
# jars meant for the class path, so this analyses copies with their module-info removed.
# Usage: ./mvnw -B -DskipTests package && installers/jdeps-modules.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
app="$root/app-ui/target"
[ -f "$app/synconfig.jar" ] || { echo "jdeps-modules.sh: no $app/synconfig.jar: run ./mvnw -B -DskipTests package first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$app/synconfig.jar" "$app"/lib/*.jar "$work/"
for jar in "$work"/*.jar; do
    zip -q -d "$jar" 'module-info.class' 'META-INF/versions/*/module-info.class' >/dev/null 2>&1 || true
done
cd "$work"
jdeps --print-module-deps --ignore-missing-deps --multi-release 17 --class-path '*' ./*.jar
