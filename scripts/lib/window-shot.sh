# shellcheck shell=bash
# Sourced by scripts/windows-check.sh: find a window on the X display in
# $DISPLAY, wait for its first frame and screenshot it.
# Needs xdotool, x11-utils (xprop) and imagemagick (import, identify).

# window_find TITLE SECONDS — prints the id of the first visible window
# whose name contains TITLE; fails after SECONDS.
window_find() {
  local title=$1 seconds=$2 wid
  for _ in $(seq 1 $((seconds * 2))); do
    wid=$(xdotool search --onlyvisible --name "$title" 2>/dev/null | head -1 || true)
    if [ -n "$wid" ]; then
      echo "$wid"
      return 0
    fi
    sleep 0.5
  done
  return 1
}

# window_title WID — the window's title as the X server has it
# (_NET_WM_NAME, UTF-8), without quotes.
window_title() {
  xprop -id "$1" _NET_WM_NAME 2>/dev/null | sed -n 's/^_NET_WM_NAME([^)]*) = "\(.*\)"$/\1/p'
}

# window_colours PNG — how many different colours the picture has (1: blank).
window_colours() { identify -format '%k' "$1"; }

# window_first_frame WID PNG SECONDS — waits until the window shows a drawn
# frame (more than 16 colours) that stays the same for a second (the
# preview is laid out on a worker thread first), and saves it as PNG.
# Fails after SECONDS, leaving the last screenshot in PNG.
window_first_frame() {
  local wid=$1 png=$2 seconds=$3 prev="$2.prev.png"
  rm -f "$prev"
  for _ in $(seq 1 "$seconds"); do
    sleep 1
    import -window "$wid" "$png" 2>/dev/null || continue
    if [ "$(window_colours "$png")" -gt 16 ] && [ -f "$prev" ] &&
      [ "$(compare -metric AE "$prev" "$png" null: 2>&1 || true)" = "0" ]; then
      rm -f "$prev"
      return 0
    fi
    cp "$png" "$prev"
  done
  rm -f "$prev"
  return 1
}
