#!/usr/bin/env bash
# Renders summit.svg to square PNGs: render-png.sh OUTDIR SIZE… writes OUTDIR/summit-SIZE.png.
# The installer calls it for the hicolor sizes; the window's own icons were made with
#   resources/icons/render-png.sh app/src/main/resources/dev/summit/app/icons 32 64 128 256
# and committed, so building the app needs no SVG renderer. Uses rsvg-convert (librsvg2-bin).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$1
shift
command -v rsvg-convert >/dev/null || { echo "render-png.sh: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }
mkdir -p "$out"
for size; do
  rsvg-convert --width "$size" --height "$size" --format png --output "$out/summit-$size.png" "$here/summit.svg"
done
