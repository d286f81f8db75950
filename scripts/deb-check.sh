#!/usr/bin/env bash
# Installs the .deb made by scripts/package.sh as an official would
# (dpkg -i, then apt-get install -f for its dependencies), starts the
# program the way a desktop does, from the Exec= line of the installed
# desktop entry, under Xvfb, and saves a screenshot. Also checks that every
# shared library the running window has loaded (including those opened
# with dlopen) belongs to a package the .deb depends on, directly or through
# its dependencies. Changes the system (installs egov-brief): run it on a
# build or test machine, by hand.
#   scripts/deb-check.sh [package.deb [screenshot.png]]
#   (defaults: dist/egov-brief_<version>_amd64.deb, dist/deb-screenshot.png)
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
version=$(sed -n '1s/^egov-brief (\([^)]*\)).*/\1/p' packaging/debian-changelog)
deb=${1:-dist/egov-brief_${version}_amd64.deb}
[ -f "$deb" ] || { echo "$deb is missing: run scripts/package.sh first"; exit 1; }
shot=${2:-dist/deb-screenshot.png}

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v import >/dev/null || need+=(imagemagick)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

if ! $SUDO dpkg -i "$deb"; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -f -y -qq
fi
dpkg-query -W -f='${Package} ${Version} ${Status}\n' egov-brief | grep -q "install ok installed"
echo "installed: $(dpkg-query -W -f='${Package} ${Version}' egov-brief)"
echo "Depends: $(dpkg-query -W -f='${Depends}' egov-brief)"

entry=/usr/share/applications/egov-brief.desktop
desktop-file-validate "$entry"
command -v update-desktop-database >/dev/null && $SUDO update-desktop-database -q || true
# Exec= without the desktop field codes (%f, %u, …), as a launcher runs it.
exec_line=$(sed -n 's/^Exec=//p' "$entry" | sed 's/ *%[a-zA-Z]//g')
echo "desktop entry: Exec=$exec_line, Icon=$(sed -n 's/^Icon=//p' "$entry")"
ls /usr/share/icons/hicolor/*/apps/egov-brief.png >/dev/null

display=:94
Xvfb $display -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)   # a fresh profile: no saved state
# shellcheck source=scripts/lib/temp-home.sh
source scripts/lib/temp-home.sh   # temp_home_remove: unmounts a portal's FUSE mount first
# shellcheck disable=SC2154 # status is set inside the trap
trap 'status=$?; kill $xvfb 2>/dev/null || true; temp_home_remove "$home"; exit $status' EXIT
sleep 1

log="$home/egov-brief.log"
# shellcheck disable=SC2086 # the Exec= line is split into words, as a launcher does
env DISPLAY=$display HOME="$home" LIBGL_ALWAYS_SOFTWARE=1 $exec_line >"$log" 2>&1 &
pid=$!
shown=""
for _ in $(seq 1 40); do
  if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q "eGov Brief"; then shown=yes; break; fi
  sleep 0.5
done
sleep 3
if [ -z "$shown" ] || ! kill -0 $pid 2>/dev/null; then
  echo "the window did not open or the program exited"; cat "$log"; exit 1
fi
mkdir -p "$(dirname "$shot")"
DISPLAY=$display import -window root "$shot"
echo "window open from the desktop entry (pid $pid, $(readlink /proc/$pid/exe)), screenshot $shot"

# The libraries the window loaded, and the packages they come from.
libs=$(awk '$6 ~ /\.so/ {print $6}' /proc/$pid/maps | sort -u)
kill $pid; wait $pid 2>/dev/null || true
pkgs=$(for l in $libs; do dpkg -S "$l" 2>/dev/null | head -1 | cut -d: -f1; done | sort -u)
echo "loaded libraries come from: $(echo $pkgs)"
# Everything reachable from egov-brief's Depends (recursively, installed packages).
reach=$(apt-cache depends --recurse --installed --no-recommends --no-suggests \
  --no-conflicts --no-breaks --no-replaces --no-enhances egov-brief 2>/dev/null |
  grep -v '^ ' | sed 's/:amd64$//' | sort -u)
bad=0
for p in $pkgs; do
  p=${p%:amd64}
  # Mesa's drivers (libgl1-mesa-dri) are a Recommends, the GL vendor library picks them.
  case "$p" in libgl1-mesa-dri | libglx-mesa0 | libegl-mesa0 | libgbm1 | libdrm* | libllvm* | libz3-* | libsensors* | libelf1 | libedit2 | libxml2 | libicu* | libbsd0 | libmd0 | libtinfo6 | libxshmfence1 | libxxf86vm1 | libxcb-*) continue ;; esac
  grep -qx "$p" <<<"$reach" || { echo "loaded from $p, which the .deb does not depend on"; bad=1; }
done
[ "$bad" -eq 0 ] || exit 1
echo "deb-check OK"
