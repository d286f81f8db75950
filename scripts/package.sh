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

# shellcheck source=scripts/lib/package-steps.sh
source scripts/lib/package-steps.sh
WIN=$PKG_WIN
LINUX=$PKG_LINUX

# --- what will be downloaded (one line), then the tools --------------------
apt_need=$(pkg_missing_apt x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64 "wine:wine wine64" \
  zip:zip unzip:unzip lintian:lintian desktop-file-validate:desktop-file-utils \
  appstreamcli:appstream dpkg-shlibdeps:dpkg-dev qpdf:qpdf pdftotext:poppler-utils)
plan=()
[ -z "$apt_need" ] || plan+=("Debian packages: $apt_need")
rustup target list --installed | grep -qx "$WIN" || plan+=("the Rust standard library for $WIN (rustup)")
cargo_tools=$(pkg_cargo_tools_plan)
[ -z "$cargo_tools" ] || plan+=("$cargo_tools")
pkg_crates_ok || plan+=("the crates of Cargo.lock for every platform (cargo fetch)")
if [ ${#plan[@]} -gt 0 ]; then
  (IFS=';'; echo "package.sh will download:${plan[*]/#/ }")
else
  echo "package.sh will download nothing: every tool and crate is here"
fi
# shellcheck disable=SC2086 # a list of package names
pkg_install_apt $apt_need
rustup target add "$WIN" >/dev/null
pkg_cargo_tools
# Every platform's crates, so that cargo-about (which reads all of them)
# and the builds below run offline (--frozen).
cargo fetch --locked

# --- version, date, folders ----------------------------------------------
version=$(pkg_version)
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
# The crates' absolute paths (cargo home, this checkout) are written into
# the executables (panic locations); mapped to fixed names, a build on
# another machine or in another folder gives the same bytes.
# (rustc applies the last matching prefix: a target folder inside the
# checkout becomes /src/target, which is as fixed.)
RUSTFLAGS="--remap-path-prefix=$(realpath "$target")=/target --remap-path-prefix=$PWD=/src"
RUSTFLAGS="$RUSTFLAGS --remap-path-prefix=$(realpath "${CARGO_HOME:-$HOME/.cargo}")=/cargo"
export RUSTFLAGS
cargo build --release --frozen
cargo build --release --frozen --target "$WIN"
bin="$target/release/egov-brief"
exe="$target/$WIN/release/egov-brief.exe"

# --- licence notices -----------------------------------------------------
# cargo-about lists every crate of the two shipped builds (see
# packaging/about.toml) with its licence text; the fonts' OFL is added
# from fonts/OFL.txt. Fails if a crate of `cargo tree` is not named.
pkg_notices "$stage" "$version" "$LINUX" "$WIN"

# --- files shared by the packages ----------------------------------------
pkg_shared_files "$stage" "$version" "$release_date"

# --- Windows zip ---------------------------------------------------------
win_name="egov-brief-$version-windows-x86_64"
win_dir="$stage/$win_name"
mkdir -p "$win_dir"
cp "$exe" "$win_dir/egov-brief.exe"
# Notepad on older Windows 10 needs the BOM to read UTF-8; CRLF line ends.
{ printf '\xef\xbb\xbf'; sed 's/$/\r/' "$stage/HUONG-DAN.txt"; } > "$win_dir/HUONG-DAN.txt"
cp "$stage/GIAY-PHEP.html" "$win_dir/"
pkg_normalise "$win_dir"
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
pkg_normalise "$lin_dir"
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  --format=gnu -C "$stage" -cf - "$lin_name" | gzip -n -9 > "dist/$lin_name.tar.gz"

# --- Debian package (lintian: no errors) --------------------------------
pkg_deb "$stage" "dist/egov-brief_${version}_amd64.deb"

(cd dist && sha256sum -- *.zip *.tar.gz *.deb > SHA256SUMS)
cat dist/SHA256SUMS

# --- checks --------------------------------------------------------------
pkg_validate "$stage"
check=$(mktemp -d)
trap 'WINEPREFIX="$check/wine" wineserver -k 2>/dev/null || true; rm -rf "$check"' EXIT
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
