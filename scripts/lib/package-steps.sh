# shellcheck shell=bash
# Sourced by scripts/package.sh (the release packages) and .ci/package-check
# (what can break a release, checked in CI without the Windows build): the
# steps both run, so that CI checks the same commands a release runs.
# Run from the repository root, with `set -euo pipefail`.

# Pinned so that the generated notices and the .deb do not change with a
# tool release (and a fresh machine gets the same tools).
PKG_CARGO_ABOUT_VERSION=0.9.3
PKG_CARGO_DEB_VERSION=3.8.0
# shellcheck disable=SC2034 # used by the scripts that source this file
PKG_LINUX=x86_64-unknown-linux-gnu
# shellcheck disable=SC2034
PKG_WIN=x86_64-pc-windows-gnu

PKG_SUDO=""
if [ "$(id -u)" -ne 0 ]; then PKG_SUDO="sudo"; fi

# pkg_missing_apt COMMAND:PACKAGE… — prints the Debian packages whose
# command is missing, space-separated.
pkg_missing_apt() {
  local pair need=()
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null || need+=("${pair##*:}")
  done
  echo "${need[*]:-}"
}

# pkg_install_apt PACKAGE… — installs them (waits for another apt to finish).
pkg_install_apt() {
  [ $# -gt 0 ] || return 0
  $PKG_SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $PKG_SUDO apt-get install -y -qq \
    -o DPkg::Lock::Timeout=900 "$@" >/dev/null
}

pkg_about_ok() { [ "$(cargo about --version 2>/dev/null)" = "cargo-about $PKG_CARGO_ABOUT_VERSION" ]; }
pkg_deb_ok() { cargo deb --version 2>/dev/null | grep -qF "$PKG_CARGO_DEB_VERSION"; }
# The crate sources cargo-about reads (every platform's, from Cargo.lock).
pkg_crates_ok() { cargo metadata --frozen --format-version 1 >/dev/null 2>&1; }

# pkg_cargo_tools_plan — what pkg_cargo_tools would download, for the
# script's first line.
pkg_cargo_tools_plan() {
  local plan=()
  pkg_about_ok || plan+=("cargo-about $PKG_CARGO_ABOUT_VERSION")
  pkg_deb_ok || plan+=("cargo-deb $PKG_CARGO_DEB_VERSION")
  [ ${#plan[@]} -eq 0 ] || echo "${plan[*]} (crates.io sources, built with cargo install --locked)"
}

# pkg_cargo_tools — cargo-about and cargo-deb at the pinned versions, built
# outside the project's target folder (cargo install would use
# CARGO_TARGET_DIR and leave its build there).
pkg_cargo_tools() {
  pkg_about_ok || env -u CARGO_TARGET_DIR cargo install --quiet --locked --features cli \
    "cargo-about@$PKG_CARGO_ABOUT_VERSION"
  pkg_deb_ok || env -u CARGO_TARGET_DIR cargo install --quiet --locked \
    "cargo-deb@$PKG_CARGO_DEB_VERSION"
  pkg_about_ok && pkg_deb_ok
}

# pkg_version — the package version; fails if the Debian changelog lags.
pkg_version() {
  local version changelog_version
  version=$(cargo metadata --no-deps --format-version 1 --frozen |
    python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"]=="egov-brief"))')
  changelog_version=$(sed -n '1s/^egov-brief (\([^)]*\)).*/\1/p' packaging/debian-changelog)
  if [ "$changelog_version" != "$version" ]; then
    echo "packaging/debian-changelog is at $changelog_version, Cargo.toml at $version: add a changelog entry" >&2
    return 1
  fi
  echo "$version"
}

# pkg_notices STAGE VERSION TARGET… — STAGE/GIAY-PHEP.html: cargo-about's
# notices (packaging/about.toml: every crate of the Linux and Windows
# builds, offline from the fetched sources) with the fonts' OFL; fails if a
# crate of `cargo tree` for one of the TARGETs is not named in them.
pkg_notices() {
  local stage=$1 version=$2 t name missing=0
  shift 2
  cargo about generate --frozen --fail -c packaging/about.toml packaging/about.hbs \
    -o "$stage/notices.in.html"
  VERSION="$version" python3 - "$stage/notices.in.html" fonts/OFL.txt "$stage/GIAY-PHEP.html" <<'EOF'
import html, os, sys
page = open(sys.argv[1], encoding="utf-8").read()
ofl = open(sys.argv[2], encoding="utf-8").read()
page = page.replace("@VERSION@", os.environ["VERSION"]).replace("@FONTS_OFL@", html.escape(ofl, quote=False))
open(sys.argv[3], "w", encoding="utf-8").write(page)
EOF
  rm "$stage/notices.in.html"
  for t in "$@"; do
    while read -r name; do
      if ! grep -q "<li>$name [0-9]" "$stage/GIAY-PHEP.html"; then
        echo "notices lack crate $name ($t)"
        missing=1
      fi
    done < <(cargo tree --frozen --prefix none -e normal --target "$t" | awk '{print $1}' | sort -u)
  done
  grep -q "SIL OPEN FONT LICENSE Version 1.1" "$stage/GIAY-PHEP.html" ||
    { echo "notices lack the fonts' OFL"; missing=1; }
  [ "$missing" -eq 0 ] || { echo "the licence notices are incomplete"; return 1; }
  echo "notices: $(grep -c '^<li>.* – ' "$stage/GIAY-PHEP.html") crates, all of cargo tree for $*; fonts' OFL included"
}

# pkg_shared_files STAGE VERSION DATE — the guide, metainfo, changelog and
# man page as the packages carry them.
pkg_shared_files() {
  local stage=$1 version=$2 date=$3
  sed "s/@VERSION@/$version/g" packaging/HUONG-DAN.txt >"$stage/HUONG-DAN.txt"
  sed -e "s/@VERSION@/$version/g" -e "s/@DATE@/$date/g" packaging/egov-brief.metainfo.xml \
    >"$stage/vn.egovbrief.EgovBrief.metainfo.xml"
  gzip -n -9 -c packaging/debian-changelog >"$stage/changelog.gz"
  gzip -n -9 -c packaging/egov-brief.1 >"$stage/egov-brief.1.gz"
}

# pkg_normalise DIR — fixed modes and times (SOURCE_DATE_EPOCH) below DIR.
pkg_normalise() {
  find "$1" -type d -exec chmod 755 {} +
  find "$1" -type f -exec chmod 644 {} +
  find "$1" -type f -name 'egov-brief' -exec chmod 755 {} +
  find "$1" -type f -name '*.exe' -exec chmod 755 {} +
  find "$1" -exec env TZ=UTC touch -h -d "@$SOURCE_DATE_EPOCH" {} +
}

# pkg_deb STAGE DEB [PROFILE] — the .deb from the built binary and STAGE
# (the paths in [package.metadata.deb]; cargo-deb reads target/release/ as
# the PROFILE's folder), then lintian: any error (E:) fails. PROFILE is
# release (default: already stripped) or dev (CI: stripped by cargo-deb).
pkg_deb() {
  local stage=$1 deb=$2 profile=${3:-release} lintian_out
  pkg_normalise "$stage"
  if [ "$profile" = release ]; then
    cargo deb --no-build --no-strip --locked -o "$deb"
  else
    # cargo-deb 3.8 warns that the dev profile is "not supported"; it only
    # locates the binary there, which is what CI wants.
    local log
    if ! log=$(cargo deb --no-build --profile "$profile" --locked -o "$deb" 2>&1); then
      echo "$log"
      return 1
    fi
    grep -v "^warning: dev profile\|^ *To enable debug symbols" <<<"$log" || true
  fi
  lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 || true)
  echo "${lintian_out:-lintian: no tags}"
  if grep -q '^E:' <<<"$lintian_out"; then echo "lintian reports errors in $deb"; return 1; fi
}

# pkg_validate STAGE — the desktop entry and the AppStream metainfo.
pkg_validate() {
  desktop-file-validate packaging/egov-brief.desktop
  appstreamcli validate --no-net "$1/vn.egovbrief.EgovBrief.metainfo.xml"
  echo "desktop entry and metainfo valid"
}
