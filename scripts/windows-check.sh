#!/usr/bin/env bash
# Builds the Windows executable (x86_64-pc-windows-gnu, cross-compiled with
# mingw) and runs its command line under wine: the exported PDF must pass
# qpdf --check, carry its Vietnamese text, and equal the Linux export byte
# for byte (the output is deterministic). Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
need=()
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v wine >/dev/null || need+=(wine wine64)
command -v qpdf >/dev/null || need+=(qpdf)
command -v pdftotext >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
rustup target add x86_64-pc-windows-gnu >/dev/null

cargo build --release --target x86_64-pc-windows-gnu
exe=${CARGO_TARGET_DIR:-target}/x86_64-pc-windows-gnu/release/egov-brief.exe
echo "Windows executable: $(stat -c %s "$exe") bytes"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
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
cargo run --release --quiet -- "${args[@]}" -o "$work/linux.pdf"
cmp "$work/linux.pdf" "$work/windows.pdf" && echo "identical to the Linux export"
echo "windows-check OK"
