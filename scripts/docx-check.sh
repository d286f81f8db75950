#!/usr/bin/env bash
# Run by hand (not in CI: it installs LibreOffice, ~300 MB): the Word export
# opened by an independent reader. LibreOffice converts the all-topics .docx
# to PDF headless; the check passes when it opens, lays out within ±2 pages
# of our own PDF, carries every figure (numbers read back with pdftotext,
# the charts' labels included: their EMF pictures are drawn as lines and
# text) and holds no image (pdfimages). The first two pages of both are
# rendered to PNG (target/docx-check/*.png) to be looked at side by side.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null || ! command -v unzip >/dev/null; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui fonts-liberation2 poppler-utils unzip >/dev/null
fi

out=target/docx-check
rm -rf "$out"
mkdir -p "$out"
cargo build --quiet --bin egov-brief
exe="${CARGO_TARGET_DIR:-target}/debug/egov-brief"

args=(export --all-topics --from 2014 --to 2030 --date 2026-11-23
  --issuer "BỘ KHOA HỌC VÀ CÔNG NGHỆ\nCỤC CHUYỂN ĐỔI SỐ QUỐC GIA"
  --recipient "Lãnh đạo Bộ (để báo cáo)" --recipient "Lưu: VT"
  --signer-title "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG" --signer-name "Nguyễn Văn A")
"$exe" "${args[@]}" -o "$out/brief.docx"
"$exe" "${args[@]}" -o "$out/brief.pdf"
size=$(stat -c %s "$out/brief.docx")
echo "brief.docx: $size bytes"
[ "$size" -le $((400 * 1024)) ] || { echo "the .docx is larger than 400 KB"; exit 1; }

echo "--- LibreOffice: .docx -> PDF"
timeout 300 soffice -env:UserInstallation="file://$PWD/$out/profile" --headless \
  --convert-to pdf --outdir "$out/lo" "$out/brief.docx" >/dev/null 2>"$out/soffice.err" || true
lo="$out/lo/brief.pdf"
[ -s "$lo" ] || { echo "LibreOffice did not open or convert the .docx"; cat "$out/soffice.err"; exit 1; }

pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }
ours=$(pages "$out/brief.pdf")
theirs=$(pages "$lo")
echo "pages: ours $ours, LibreOffice $theirs"
diff=$((theirs - ours))
[ "${diff#-}" -le 2 ] || { echo "LibreOffice lays it out in $theirs pages, we in $ours"; exit 1; }

echo "--- fonts LibreOffice used"
pdffonts "$lo" | tail -n +3 | awk '{ print $1 }' | sort -u | tee "$out/lo-fonts.txt"
grep -q "LiberationSerif\|TimesNewRoman" "$out/lo-fonts.txt" || { echo "not set in Times New Roman or Liberation Serif"; exit 1; }

echo "--- every figure"
pdftotext -enc UTF-8 "$lo" "$out/lo.txt"
pdftotext -enc UTF-8 "$out/brief.pdf" "$out/ours.txt"
unzip -p "$out/brief.docx" word/document.xml > "$out/document.xml"
figures() { grep -oE '[0-9]+([.,][0-9]+)*%?' "$1" | sort -u; }
figures "$out/lo.txt" > "$out/lo-figures.txt"
missing=0
# Every figure of our PDF is printed by LibreOffice, the charts' labels
# included (before the EMF pictures, they were only in the alt text).
while read -r f; do
  grep -qF -- "$f" "$out/lo.txt" || { echo "missing: $f"; missing=$((missing + 1)); }
done < <(figures "$out/ours.txt")
# Every figure in the text of the .docx is on LibreOffice's pages.
sed -e 's/<[^>]*>/ /g' "$out/document.xml" > "$out/docx.txt"
while read -r f; do
  grep -qxF -- "$f" "$out/lo-figures.txt" || { echo "not printed by LibreOffice: $f"; missing=$((missing + 1)); }
done < <(figures "$out/docx.txt")
for phrase in "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" "Độc lập - Tự do - Hạnh phúc" \
              "BÁO CÁO TÓM TẮT" "NGUỒN THAM KHẢO" "Nơi nhận:" "30,86%" "117.158"; do
  grep -qF "$phrase" "$out/lo.txt" || { echo "missing phrase: $phrase"; missing=$((missing + 1)); }
done
[ "$missing" -eq 0 ] || { echo "$missing figures or phrases missing"; exit 1; }

echo "--- no image: the charts are vectors and text"
images=$(pdfimages -list "$lo" | tail -n +3 | wc -l)
[ "$images" -eq 0 ] || { pdfimages -list "$lo"; echo "LibreOffice's PDF holds $images images"; exit 1; }

echo "--- first two pages as PNG"
pdftoppm -png -r 60 -f 1 -l 2 "$lo" "$out/libreoffice"
pdftoppm -png -r 60 -f 1 -l 2 "$out/brief.pdf" "$out/ours"
ls "$out"/*.png
echo "DOCX CHECK OK"
