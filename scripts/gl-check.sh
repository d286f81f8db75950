#!/usr/bin/env bash
# The window on old graphics: starts the app under Xvfb with Mesa's
# software renderer (llvmpipe), once as it is and once limited to OpenGL 2.1
# (what old laptops' drivers offer), checks that the window opens and stays
# up, and saves a screenshot of each. Uses the glow (OpenGL) renderer that
# eframe is built with here. Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v import >/dev/null || need+=(imagemagick)
command -v glxinfo >/dev/null || need+=(mesa-utils)
[ -e /usr/lib/x86_64-linux-gnu/dri/swrast_dri.so ] || need+=(libgl1-mesa-dri)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo build --release
bin=${CARGO_TARGET_DIR:-target}/release/egov-brief
out=${1:-target/gl-check}
mkdir -p "$out"

display=:93
Xvfb $display -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display LIBGL_ALWAYS_SOFTWARE=1

run_case() {
  local name=$1; shift
  local info
  info=$(env "$@" glxinfo 2>/dev/null || true)
  echo "--- $name: $(grep -m1 'OpenGL version string' <<< "$info" || echo 'OpenGL version unknown')"
  local home
  home=$(mktemp -d)   # a fresh profile: no saved state from earlier runs
  env "$@" HOME="$home" XDG_DATA_HOME="$home" "$bin" >"$out/$name.log" 2>&1 &
  local pid=$!
  local shown=""
  for _ in $(seq 1 30); do
    tree=$(xwininfo -root -tree 2>/dev/null || true)
    if grep -q "eGov Brief" <<< "$tree"; then shown=yes; break; fi
    sleep 0.5
  done
  sleep 2
  if [ -z "$shown" ] || ! kill -0 $pid 2>/dev/null; then
    echo "$name: the window did not open or the app exited"; cat "$out/$name.log"; exit 1
  fi
  import -window root "$out/$name.png"
  echo "$name: window open, resident memory $(ps -o rss= -p $pid) KB, screenshot $out/$name.png"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$home"
}

run_case llvmpipe-default
run_case llvmpipe-gl21 MESA_GL_VERSION_OVERRIDE=2.1 MESA_GLSL_VERSION_OVERRIDE=120
echo "gl-check OK"
