#!/usr/bin/env bash
# Builds the Windows executable (x86_64-pc-windows-gnu, cross-compiled with
# mingw) and runs its command line under wine: the exported PDF must pass
# qpdf --check, carry its Vietnamese text, and equal the Linux export byte
# for byte (the output is deterministic). Then opens the window under wine
# on Xvfb and checks its first frame (see "the window" below; screenshots in
# target/windows-check/). Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
need=()
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v wine >/dev/null || need+=(wine wine64)
command -v qpdf >/dev/null || need+=(qpdf)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xprop >/dev/null || need+=(x11-utils)
command -v import >/dev/null || need+=(imagemagick)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
rustup target add x86_64-pc-windows-gnu >/dev/null

# WINDOWS_CHECK_EXE and WINDOWS_CHECK_LINUX_BIN check given executables
# (say, those unpacked from scripts/package.sh's zip and tarball) instead
# of building them.
if [ -n "${WINDOWS_CHECK_EXE:-}" ]; then
  exe=$WINDOWS_CHECK_EXE
else
  cargo build --release --target x86_64-pc-windows-gnu
  exe=${CARGO_TARGET_DIR:-target}/x86_64-pc-windows-gnu/release/egov-brief.exe
fi
if [ -n "${WINDOWS_CHECK_LINUX_BIN:-}" ]; then
  linux_bin=$WINDOWS_CHECK_LINUX_BIN
else
  cargo build --release --bin egov-brief
  linux_bin=${CARGO_TARGET_DIR:-target}/release/egov-brief
fi
echo "Windows executable: $(stat -c %s "$exe") bytes"

work=$(mktemp -d)
pids=()
cleanup() {
  local status=$?
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -z "${WINEPREFIX:-}" ] || wineserver -k 2>/dev/null || true
  rm -rf "$work" || echo "clean-up: could not remove $work" >&2
  exit "$status"
}
trap cleanup EXIT
# shellcheck source=scripts/lib/wine-prefix.sh
source scripts/lib/wine-prefix.sh
wine_prefix "$work"
wine "$exe" topics | tee "$work/topics.txt"
grep -q "xep-hang-lhq" "$work/topics.txt"

args=(export --all-topics --from 2014 --to 2030 --date 2026-11-23)
wine "$exe" "${args[@]}" -o "Z:$work/windows.pdf"
qpdf --check "$work/windows.pdf"
pdftotext -enc UTF-8 "$work/windows.pdf" "$work/windows.txt"
grep -q "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" "$work/windows.txt"
echo "PDF from wine: $(stat -c %s "$work/windows.pdf") bytes, $(pdfinfo "$work/windows.pdf" | awk '/^Pages/ {print $2}') pages"

# A mistake gets a non-zero exit code under Windows too.
if wine "$exe" export --topic khong-co --from 2014 --to 2030 -o "Z:$work/x.pdf" 2>"$work/err.txt"; then
  echo "unknown topic accepted"; exit 1
fi
echo "error line: $(cat "$work/err.txt")"

# Same selection, same bytes as the native build.
"$linux_bin" "${args[@]}" -o "$work/linux.pdf"
cmp "$work/linux.pdf" "$work/windows.pdf" && echo "identical to the Linux export"

# --- the window -------------------------------------------------------------
# The Windows build's window under wine on Xvfb, drawn with Mesa's software
# OpenGL. Wine keeps its UI Automation tree inside wine (no AT-SPI bridge),
# so the checks use what the X server has and the screenshot: the window's
# title (wine sets _NET_WM_NAME from the Win32 title) is the app's, the
# first frame is not blank, and it looks like the Linux build's first frame
# drawn in the same Xvfb by the same code with the same embedded fonts: the
# left panel's heading "Chủ đề" (LABEL_BOX="x y w h" in window pixels, a
# region that must hold text) matches within a few pixels, and the whole
# window within WINDOW_DIFF_MAX percent of its pixels.
shots=${CARGO_TARGET_DIR:-target}/windows-check
mkdir -p "$shots"
# shellcheck source=scripts/lib/window-shot.sh
source scripts/lib/window-shot.sh
title=$(sed -n 's/^pub const TITLE: &str = "\(.*\)";$/\1/p' src/app/mod.rs)
[ -n "$title" ] || { echo "the window title (TITLE in src/app/mod.rs) was not found"; exit 1; }
display=":$((80 + RANDOM % 9))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
sleep 1

# open_window NAME COMMAND… — starts the window with a fresh HOME, waits
# for its first frame, saves $shots/NAME.png, checks the title, stops it.
open_window() {
  local name=$1 pid wid shown
  shift
  mkdir -p "$work/home-$name"
  DISPLAY=$display HOME="$work/home-$name" LIBGL_ALWAYS_SOFTWARE=1 "$@" >"$shots/$name.log" 2>&1 &
  pid=$!
  pids+=("$pid")
  wid=$(DISPLAY=$display window_find "eGov Brief" 90) ||
    { echo "$name: no window within 90 s"; cat "$shots/$name.log"; return 1; }
  DISPLAY=$display window_first_frame "$wid" "$shots/$name.png" 60 ||
    { echo "$name: no steady frame within 60 s ($shots/$name.png)"; return 1; }
  shown=$(DISPLAY=$display window_title "$wid")
  echo "$name: window \"$shown\", first frame $(identify -format '%wx%h' "$shots/$name.png"), $(window_colours "$shots/$name.png") colours: $shots/$name.png"
  [ "$shown" = "$title" ] || { echo "$name: the title is not \"$title\""; return 1; }
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
open_window linux "$linux_bin"
open_window windows wine "$exe"
wineserver -k 2>/dev/null || true

read -r lx ly lw lh <<<"${LABEL_BOX:-4 65 72 24}"
for name in linux windows; do
  convert "$shots/$name.png" -crop "${lw}x${lh}+${lx}+${ly}" +repage "$shots/$name-label.png"
done
label_colours=$(window_colours "$shots/linux-label.png")
[ "$label_colours" -gt 4 ] ||
  { echo "LABEL_BOX holds no text in the Linux frame ($shots/linux-label.png): adjust it"; exit 1; }
label_diff=$(compare -metric AE -fuzz 10% "$shots/linux-label.png" "$shots/windows-label.png" null: 2>&1 || true)
whole_diff=$(compare -metric AE -fuzz 10% "$shots/linux.png" "$shots/windows.png" "$shots/diff.png" 2>&1 || true)
pixels=$(identify -format '%[fx:w*h]' "$shots/linux.png")
echo "window: the label region differs in $label_diff of $((lw * lh)) pixels, the whole window in $whole_diff of $pixels (diff: $shots/diff.png)"
[ "${label_diff%% *}" -le $((lw * lh / 50)) ] || { echo "FAIL: the heading \"Chủ đề\" is not drawn as on Linux"; exit 1; }
[ "$(( ${whole_diff%% *} * 100 ))" -le $(( pixels * ${WINDOW_DIFF_MAX:-2} )) ] ||
  { echo "FAIL: the window differs from the Linux build's in more than ${WINDOW_DIFF_MAX:-2}% of its pixels"; exit 1; }
echo "window check OK: title, first frame not blank, \"Chủ đề\" drawn as on Linux"
echo "windows-check OK"
