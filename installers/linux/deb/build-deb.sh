#!/bin/sh
# Builds the Debian package synconfig_VERSION-REVISION_ARCH.deb from the jpackage application image,
# so that the package owns every file the system uses (dpkg -S knows them all):
#   /usr/lib/synconfig/                  the application image (launchers, jars, jlinked runtime)
#   /usr/bin/synconfig, synconfig-cli    the wrapper that sets the system locations (system/synconfig)
#                                        and hands root's files to the account (hand-to-account)
#   /lib/systemd/system/synconfig@.service, the desktop entry and icons, the man pages and bash completion,
#   the copyright file, the
#   changelog and the lintian overrides; maintainer scripts postinst/prerm/postrm (the account, the
#   launchers' class-data archive /usr/lib/synconfig/lib/app/synconfig.jsa).
# Usage: build-deb.sh APP_IMAGE VERSION OUT_DIR        (Maven's installers profile calls it)
# SYNCONFIG_MAINTAINER ("Name <address>") and SYNCONFIG_DEB_REVISION (default 1) override the defaults.
# Needs dpkg-deb, dpkg-shlibdeps (dpkg-dev) and strip (binutils).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
system="$here/../system"
icons="$here/../../../icons/png"
app_image=${1:?usage: build-deb.sh APP_IMAGE VERSION OUT_DIR}
upstream_version=${2:?usage: build-deb.sh APP_IMAGE VERSION OUT_DIR}
out=${3:?usage: build-deb.sh APP_IMAGE VERSION OUT_DIR}
maintainer=${SYNCONFIG_MAINTAINER:-SynConfig maintainers <maintainers@synconfig.example>}
version="$upstream_version-${SYNCONFIG_DEB_REVISION:-1}"
arch=$(dpkg --print-architecture)
app_dir=/usr/lib/synconfig

for tool in dpkg-deb dpkg-shlibdeps strip; do
    command -v "$tool" >/dev/null || { echo "build-deb.sh: $tool is missing (apt-get install -y dpkg-dev binutils)" >&2; exit 1; }
done
[ -x "$app_image/bin/synconfig" ] || { echo "build-deb.sh: $app_image is not a jpackage application image" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
umask 022

# The application image; of lib/app/system (the .rpm's integration) only hand-to-account and startup-archive
# are used here. The class-data archive is made again by postinst where the package is installed (Java 17
# takes an archive only where it was made), so the package does not carry the build's.
mkdir -p "$root$app_dir"
cp -a "$app_image/." "$root$app_dir/"
find "$root$app_dir/lib/app/system" -mindepth 1 ! -name hand-to-account ! -name startup-archive -delete
chmod 755 "$root$app_dir/lib/app/system/hand-to-account" "$root$app_dir/lib/app/system/startup-archive"
rm -f "$root$app_dir/lib/app/synconfig.jsa"

# Debian ships no debugging symbols in a binary package: strip every ELF object.
elf_files() {
    find "$root" -type f | while read -r file; do
        [ "$(head -c 4 "$file" | od -An -tx1 | tr -d ' ')" = 7f454c46 ] && echo "$file"
    done
}
elf_files >"$work/elf"
while read -r file; do
    strip --strip-unneeded --remove-section=.comment --remove-section=.note "$file"
done <"$work/elf"

install -D -m 755 "$system/synconfig" "$root/usr/bin/synconfig"
sed -i "s|@APP_DIR@|$app_dir|" "$root/usr/bin/synconfig"
ln -s synconfig "$root/usr/bin/synconfig-cli"
install -D -m 644 "$system/synconfig@.service" "$root/lib/systemd/system/synconfig@.service"
sed -i "s|@APP_DIR@|$app_dir|" "$root/lib/systemd/system/synconfig@.service"
install -D -m 644 "$here/synconfig.desktop" "$root/usr/share/applications/synconfig.desktop"
# The command line's man pages and bash completion, generated from its own model by the app-ui build.
generated="$here/../../../app-ui/target"
[ -f "$generated/man1/synconfig.1" ] && [ -f "$generated/synconfig_completion" ] \
    || { echo "build-deb.sh: no man pages or completion in $generated (build with -Pinstallers)" >&2; exit 1; }
install -d "$root/usr/share/man/man1"
for page in "$generated"/man1/*.1; do
    gzip -9n <"$page" >"$root/usr/share/man/man1/$(basename "$page").gz"
done
install -D -m 644 "$generated/synconfig_completion" "$root/usr/share/bash-completion/completions/synconfig"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "$icons/synconfig-$size.png" "$root/usr/share/icons/hicolor/${size}x$size/apps/synconfig.png"
done

doc="$root/usr/share/doc/synconfig"
install -d "$doc"
sed "s|@MAINTAINER@|$maintainer|" "$here/copyright.in" >"$doc/copyright"
date=$(date -R ${SOURCE_DATE_EPOCH:+-d "@$SOURCE_DATE_EPOCH"})
cat >"$work/changelog" <<CHANGELOG
synconfig ($version) unstable; urgency=medium

  * Package of SynConfig $upstream_version, built from its sources with jpackage and
    installers/linux/deb/build-deb.sh; the project's history is its git log.

 -- $maintainer  $date
CHANGELOG
gzip -9n <"$work/changelog" >"$doc/changelog.Debian.gz"
install -D -m 644 "$here/lintian-overrides" "$root/usr/share/lintian/overrides/synconfig"

# Modes: directories and executables 755, everything else (shared libraries too) 644.
find "$root" -type d -exec chmod 755 {} +
find "$root" -type f -exec chmod go-w,u+rw,a+r {} +
find "$root" -type f -name '*.so' -exec chmod 644 {} +

# Depends: the shared libraries the ELF objects need from the system (the runtime's own libraries,
# found through their RUNPATH, are not dependencies), the account tool and the GUI's GTK 3.
mkdir -p "$work/shlibs/debian"
printf 'Source: synconfig\n\nPackage: synconfig\nArchitecture: any\n' >"$work/shlibs/debian/control"
private_dirs=$(sed 's|/[^/]*$||' "$work/elf" | sort -u | sed 's|^|-l|')
# shellcheck disable=SC2086 # one -l option per directory
shlibs=$(cd "$work/shlibs" && dpkg-shlibdeps -O --ignore-missing-info $private_dirs $(sed 's|^|-e|' "$work/elf") 2>"$work/shlibdeps.log" \
    | sed -n 's/^shlibs:Depends=//p') \
    || { cat "$work/shlibdeps.log" >&2; exit 1; }

install -d "$root/DEBIAN"
for script in postinst prerm postrm; do
    install -m 755 "$here/$script" "$root/DEBIAN/$script"
done
cat >"$root/DEBIAN/control" <<CONTROL
Package: synconfig
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: adduser, libgtk-3-0, ${shlibs}
Section: admin
Priority: optional
Description: configure and run an encrypted xfServer-like file server
 SynConfig is a clone of the Synergy/DE "Synergy Configuration Program": a
 desktop program and a command line to configure services of an xfServer-like
 file server (ports, TLS security levels, ciphers, certificates, users), and
 the server itself.
 .
 Each configured service runs under systemd as synconfig@NAME.service, as the
 unprivileged account synconfig, with its configuration in /etc/synconfig, its
 state in /var/lib/synconfig and its logs in /var/log/synconfig.
CONTROL
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

mkdir -p "$out"
deb="$out/synconfig_${version}_$arch.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "build-deb.sh: made $deb"
