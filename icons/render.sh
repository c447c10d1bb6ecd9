#!/usr/bin/env bash
# Renders the application icon from the SVG masters into every file the build and installers use.
# The outputs are committed, so building SynConfig needs none of these tools; run this only after
# editing an SVG. Needs (Debian): apt-get install -y librsvg2-bin icoutils icnsutils
#   synconfig-small.svg  drawn on a 16-pixel grid: used for 16, 24 and 32 pixels
#   synconfig.svg        the master: used for 48 pixels and up
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || { echo "render.sh: $tool is missing: apt-get install -y librsvg2-bin icoutils icnsutils" >&2; exit 2; }
done

sizes=(16 24 32 48 64 128 256 512 1024)
mkdir -p png
for size in "${sizes[@]}"; do
    master=synconfig.svg
    (( size <= 32 )) && master=synconfig-small.svg
    rsvg-convert --width "$size" --height "$size" "$master" --output "png/synconfig-$size.png"
done

# Windows: the standard sizes; 256 stays PNG-compressed inside the .ico, as Windows expects.
icotool --create --output synconfig.ico \
    png/synconfig-{16,24,32,48,64,128}.png --raw=png/synconfig-256.png

# macOS: png2icns picks the icon type from each PNG's size (16, 32, 128, 256, 512, 1024).
png2icns synconfig.icns png/synconfig-{16,32,128,256,512,1024}.png >/dev/null

# The running program's window icons (AppIcons loads these names).
app_icons=../app-ui/src/main/resources/com/synconfig/app/gui/icons
mkdir -p "$app_icons"
for size in 16 32 48 64 128 256; do
    cp "png/synconfig-$size.png" "$app_icons/synconfig-$size.png"
done

echo "render.sh: wrote png/ (${sizes[*]}), synconfig.ico, synconfig.icns and $app_icons"
