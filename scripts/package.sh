#!/usr/bin/env bash
# Makes the release packages in dist/ (run by hand, not in CI):
#   egov-brief-<version>-windows-x86_64.zip   egov-brief.exe, guide, licences
#   egov-brief-<version>-linux-x86_64.tar.gz  binary, desktop entry, icon, guide, licences
#   egov-brief_<version>_amd64.deb            made with cargo-deb ([package.metadata.deb])
#   SHA256SUMS
# and checks them: the licence notices against `cargo tree`, the desktop
# entry, the AppStream metadata, lintian, `topics` from each archive and an
# `export` of the Windows executable under wine.
#
# Reproducible: everything is dated SOURCE_DATE_EPOCH (default: the last
# commit's time), files are in sorted order with fixed owners and modes, so
# packaging the same commit twice gives the same bytes.
# scripts/deb-check.sh installs the .deb and starts it under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."

# Pinned so that the generated notices and the .deb do not change with a tool release.
CARGO_ABOUT_VERSION=0.9.3
CARGO_DEB_VERSION=3.8.0
WIN=x86_64-pc-windows-gnu
LINUX=x86_64-unknown-linux-gnu

# --- tools ---------------------------------------------------------------
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
need=()
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v wine >/dev/null || need+=(wine wine64)
command -v zip >/dev/null || need+=(zip)
command -v unzip >/dev/null || need+=(unzip)
command -v lintian >/dev/null || need+=(lintian)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need+=(appstream)
command -v dpkg-shlibdeps >/dev/null || need+=(dpkg-dev)
command -v qpdf >/dev/null || need+=(qpdf)
command -v pdftotext >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
rustup target add "$WIN" >/dev/null
if [ "$(cargo about --version 2>/dev/null)" != "cargo-about $CARGO_ABOUT_VERSION" ]; then
  cargo install --locked --features cli "cargo-about@$CARGO_ABOUT_VERSION"
fi
if ! cargo deb --version 2>/dev/null | grep -F "$CARGO_DEB_VERSION" >/dev/null; then
  cargo install --locked "cargo-deb@$CARGO_DEB_VERSION"
fi

# --- version, date, folders ----------------------------------------------
version=$(cargo metadata --no-deps --format-version 1 --locked |
  python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"]=="egov-brief"))')
changelog_version=$(sed -n '1s/^egov-brief (\([^)]*\)).*/\1/p' packaging/debian-changelog)
if [ "$changelog_version" != "$version" ]; then
  echo "packaging/debian-changelog is at $changelog_version, Cargo.toml at $version: add a changelog entry"
  exit 1
fi
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
fi
export SOURCE_DATE_EPOCH
release_date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%F)
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  echo "note: the work tree has uncommitted changes; the packages are not those of a commit"
fi
target=${CARGO_TARGET_DIR:-target}
stage="$target/release/pkg"   # generated files named in [package.metadata.deb]
rm -rf "$stage" dist
mkdir -p "$stage" dist
echo "egov-brief $version, dated $release_date (SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH)"

# --- build ---------------------------------------------------------------
cargo build --release --locked
cargo build --release --locked --target "$WIN"
bin="$target/release/egov-brief"
exe="$target/$WIN/release/egov-brief.exe"

# --- licence notices -----------------------------------------------------
# cargo-about lists every crate of the two shipped builds (see
# packaging/about.toml) with its licence text; the fonts' OFL is added
# from fonts/OFL.txt.
cargo about generate --frozen --fail -c packaging/about.toml packaging/about.hbs -o "$stage/notices.in.html"
VERSION="$version" python3 - "$stage/notices.in.html" fonts/OFL.txt "$stage/GIAY-PHEP.html" <<'EOF'
import html, os, sys
page = open(sys.argv[1], encoding="utf-8").read()
ofl = open(sys.argv[2], encoding="utf-8").read()
page = page.replace("@VERSION@", os.environ["VERSION"]).replace("@FONTS_OFL@", html.escape(ofl, quote=False))
open(sys.argv[3], "w", encoding="utf-8").write(page)
EOF
rm "$stage/notices.in.html"

# Every crate in the shipped builds must be named in the notices.
missing=0
for t in "$LINUX" "$WIN"; do
  while read -r name; do
    if ! grep -q "<li>$name [0-9]" "$stage/GIAY-PHEP.html"; then
      echo "notices lack crate $name ($t)"
      missing=1
    fi
  done < <(cargo tree --locked --prefix none -e normal --target "$t" | awk '{print $1}' | sort -u)
done
grep -q "SIL OPEN FONT LICENSE Version 1.1" "$stage/GIAY-PHEP.html" || { echo "notices lack the fonts' OFL"; missing=1; }
[ "$missing" -eq 0 ] || exit 1
echo "notices: $(grep -c '^<li>.* – ' "$stage/GIAY-PHEP.html") crates, all of cargo tree; fonts' OFL included"

# --- files shared by the packages ----------------------------------------
sed "s/@VERSION@/$version/g" packaging/HUONG-DAN.txt > "$stage/HUONG-DAN.txt"
sed -e "s/@VERSION@/$version/g" -e "s/@DATE@/$release_date/g" packaging/egov-brief.metainfo.xml \
  > "$stage/vn.egovbrief.EgovBrief.metainfo.xml"
gzip -n -9 -c packaging/debian-changelog > "$stage/changelog.gz"
gzip -n -9 -c packaging/egov-brief.1 > "$stage/egov-brief.1.gz"

# Fixed modes and times for everything below a folder.
normalise() {
  find "$1" -type d -exec chmod 755 {} +
  find "$1" -type f -exec chmod 644 {} +
  find "$1" -type f -name 'egov-brief' -exec chmod 755 {} +
  find "$1" -type f -name '*.exe' -exec chmod 755 {} +
  find "$1" -exec env TZ=UTC touch -h -d "@$SOURCE_DATE_EPOCH" {} +
}

# --- Windows zip ---------------------------------------------------------
win_name="egov-brief-$version-windows-x86_64"
win_dir="$stage/$win_name"
mkdir -p "$win_dir"
cp "$exe" "$win_dir/egov-brief.exe"
# Notepad on older Windows 10 needs the BOM to read UTF-8; CRLF line ends.
{ printf '\xef\xbb\xbf'; sed 's/$/\r/' "$stage/HUONG-DAN.txt"; } > "$win_dir/HUONG-DAN.txt"
cp "$stage/GIAY-PHEP.html" "$win_dir/"
normalise "$win_dir"
(cd "$stage" && find "$win_name" -print | LC_ALL=C sort |
  TZ=UTC zip -X -D -q -9 "$OLDPWD/dist/$win_name.zip" -@)

# --- Linux tarball -------------------------------------------------------
lin_name="egov-brief-$version-linux-x86_64"
lin_dir="$stage/$lin_name"
mkdir -p "$lin_dir"
cp "$bin" "$lin_dir/egov-brief"
cp packaging/egov-brief.desktop "$lin_dir/"
cp packaging/icons/hicolor/256x256/apps/egov-brief.png "$lin_dir/"
cp "$stage/HUONG-DAN.txt" "$stage/GIAY-PHEP.html" "$lin_dir/"
normalise "$lin_dir"
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  --format=gnu -C "$stage" -cf - "$lin_name" | gzip -n -9 > "dist/$lin_name.tar.gz"

# --- Debian package ------------------------------------------------------
normalise "$stage"
cargo deb --no-build --no-strip --locked -o "dist/egov-brief_${version}_amd64.deb"

(cd dist && sha256sum -- *.zip *.tar.gz *.deb > SHA256SUMS)
cat dist/SHA256SUMS

# --- checks --------------------------------------------------------------
desktop-file-validate packaging/egov-brief.desktop
appstreamcli validate --no-net "$stage/vn.egovbrief.EgovBrief.metainfo.xml"
lintian_out=$(lintian --tag-display-limit 0 "dist/egov-brief_${version}_amd64.deb" 2>&1 || true)
echo "${lintian_out:-lintian: no tags}"
if grep -q '^E:' <<<"$lintian_out"; then echo "lintian reports errors"; exit 1; fi

check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
tar -xzf "dist/$lin_name.tar.gz" -C "$check"
"$check/$lin_name/egov-brief" topics | grep xep-hang-lhq >/dev/null
dpkg-deb -x "dist/egov-brief_${version}_amd64.deb" "$check/deb"
"$check/deb/usr/bin/egov-brief" topics | grep xep-hang-lhq >/dev/null
desktop-file-validate "$check/deb/usr/share/applications/egov-brief.desktop"
unzip -q "dist/$win_name.zip" -d "$check"
# shellcheck source=scripts/lib/wine-prefix.sh
source scripts/lib/wine-prefix.sh
wine_prefix "$check"
wine "$check/$win_name/egov-brief.exe" topics | grep xep-hang-lhq >/dev/null
wine "$check/$win_name/egov-brief.exe" export --all-topics --from 2014 --to 2030 \
  --date 2026-11-23 -o "Z:$check/windows.pdf"
qpdf --check "$check/windows.pdf" >/dev/null
pdftotext -enc UTF-8 "$check/windows.pdf" - | grep "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" >/dev/null
echo "topics runs from the tarball, the .deb and (wine) the zip; the zip's exe exported $(stat -c %s "$check/windows.pdf") bytes of PDF"
ls -l dist
echo "package OK"
