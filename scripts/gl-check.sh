#!/usr/bin/env bash
# The window on old graphics: starts the app under Xvfb with Mesa's
# software renderer (llvmpipe), once as it is and once limited to OpenGL 2.1
# (what old laptops' drivers offer), checks that the window opens and stays
# up, and saves a screenshot of each. Uses the glow (OpenGL) renderer that
# eframe is built with here. Installs what it needs.
#
# Then measures what a repaint costs under llvmpipe at 1600×1000: scrolls
# page 1 at fit width with the mouse wheel (xdotool) and prints
# `frame-cpu-ms: N`, the median CPU time of the whole process (all its
# threads, llvmpipe's included) per painted frame, counted with
# EGOV_BRIEF_FRAME_LOG; fails above the budget (FRAME_BUDGET_MS, 50 ms).
# Also prints `idle-frames: N`, frames painted in 2 s without input (0: the
# window repaints only on input).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
command -v glxinfo >/dev/null || need+=(mesa-utils)
[ -e /usr/lib/x86_64-linux-gnu/dri/swrast_dri.so ] || need+=(libgl1-mesa-dri)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# GL_CHECK_BIN: check that executable instead of building one.
bin=${GL_CHECK_BIN:-}
if [ -z "$bin" ]; then
  cargo build --release
  bin=${CARGO_TARGET_DIR:-target}/release/egov-brief
fi
out=${1:-target/gl-check}
mkdir -p "$out"

display=${GL_CHECK_DISPLAY:-:93}
Xvfb $display -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
# shellcheck source=scripts/lib/temp-home.sh
source scripts/lib/temp-home.sh   # temp_home_remove: unmounts a portal's FUSE mount first
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
  temp_home_remove "$home"
}

# CPU time of every thread of process $1 so far, in nanoseconds.
cpu_ns() {
  cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{ s += $1 } END { printf "%.0f", s }'
}

# Distinct frames in the frame log $1.
frames() { sort -u "$1" | wc -l; }

measure_scrolling() {
  local home log pid wid
  home=$(mktemp -d)
  log="$out/frames.log"
  : > "$log"
  HOME="$home" XDG_DATA_HOME="$home" EGOV_BRIEF_FRAME_LOG="$log" "$bin" >"$out/measure.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 30); do
    wid=$(xdotool search --name "eGov Brief" 2>/dev/null | head -1 || true)
    [ -n "$wid" ] && break
    sleep 0.5
  done
  if [ -z "$wid" ]; then echo "measure: the window did not open"; cat "$out/measure.log"; exit 1; fi
  xdotool windowmove "$wid" 0 0 windowsize "$wid" 1600 1000
  sleep 3
  # Without input the window must stay still.
  local f0 f1
  f0=$(frames "$log"); sleep 2; f1=$(frames "$log")
  echo "idle-frames: $((f1 - f0))"
  import -window root "$out/page1-fit-width.png"
  # Over the preview (the topic list is on the left), then wheel steps:
  # down and back up, staying on page 1.
  xdotool mousemove 1000 520
  sleep 0.5
  local samples=() c0 c1 button
  for i in $(seq 1 24); do
    if [ "$i" -le 12 ]; then button=5; else button=4; fi
    c0=$(cpu_ns $pid); f0=$(frames "$log")
    xdotool click $button
    sleep 0.6
    c1=$(cpu_ns $pid); f1=$(frames "$log")
    if [ "$f1" -gt "$f0" ]; then
      samples+=("$(( (c1 - c0) / (f1 - f0) / 1000 ))")
    fi
    # Halfway down page 1: a second picture to compare between versions.
    if [ "$i" -eq 12 ]; then sleep 1; import -window root "$out/page1-scrolled.png"; fi
  done
  kill $pid; wait $pid 2>/dev/null || true
  temp_home_remove "$home"
  if [ ${#samples[@]} -eq 0 ]; then echo "measure: scrolling painted no frame"; exit 1; fi
  local median
  median=$(printf '%s\n' "${samples[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f", v[int((NR + 1) / 2)] / 1000 }')
  echo "frame samples (µs per frame, one per wheel step): ${samples[*]}"
  echo "frame-cpu-ms: $median"
  if [ "$median" -gt "${FRAME_BUDGET_MS:-50}" ]; then
    echo "gl-check: a repaint costs $median ms, over the ${FRAME_BUDGET_MS:-50} ms budget"; exit 1
  fi
}

run_case llvmpipe-default
run_case llvmpipe-gl21 MESA_GL_VERSION_OVERRIDE=2.1 MESA_GLSL_VERSION_OVERRIDE=120
measure_scrolling
echo "gl-check OK"
