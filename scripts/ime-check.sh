#!/usr/bin/env bash
# Vietnamese input through a real input method: Xvfb, a D-Bus session,
# ibus-daemon with XIM and the Unikey engine (Telex), the window with a
# fresh HOME; xdotool types Telex into the issuing body and the place
# fields, the window closes, and the saved state must hold the composed
# Vietnamese text ("Việt Nam"), in NFC.
#
# Needs: xvfb xdotool dbus-x11 ibus ibus-unikey imagemagick (Debian names;
# installed with apt-get when missing and run as root).
# Field positions (window 1280×1000) can be overridden:
#   ISSUER_XY="x y" PLACE_XY="x y" scripts/ime-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pair in Xvfb:xvfb xdotool:xdotool dbus-launch:dbus-x11 ibus-daemon:ibus import:imagemagick; do
  command -v "${pair%%:*}" > /dev/null || need+=("${pair##*:}")
done
[ -e /usr/share/ibus/component/unikey.xml ] || need+=(ibus-unikey)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get install -y -qq "${need[@]}" > /dev/null
fi

target="${CARGO_TARGET_DIR:-target}"
bin="$target/debug/egov-brief"
[ -x "$bin" ] || cargo build --bin egov-brief
out="${IME_CHECK_OUT:-$target/ime-check}"
mkdir -p "$out"

home="$(mktemp -d)"
display=":$((90 + RANDOM % 9))"
pids=()
# shellcheck source=scripts/lib/temp-home.sh
source scripts/lib/temp-home.sh
# Stops everything this script started (the D-Bus session's services, such
# as the document portal on a desktop machine, included) and removes the
# temporary HOME; a clean-up problem is printed, the exit status stays the
# check's.
cleanup() {
  local status=$?
  for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done
  if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then timeout 5 ibus exit > /dev/null 2>&1 || true; fi
  session_stop "${DBUS_SESSION_BUS_PID:-}" "${DBUS_SESSION_BUS_ADDRESS:-}"
  temp_home_remove "$home"
  exit "$status"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp > /dev/null 2>&1 &
pids+=($!)
export DISPLAY="$display" HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
unset WAYLAND_DISPLAY XDG_RUNTIME_DIR
sleep 1
eval "$(dbus-launch --sh-syntax)"
export GTK_IM_MODULE=ibus QT_IM_MODULE=ibus XMODIFIERS=@im=ibus
ibus-daemon --xim --daemonize --replace --panel=disable
for _ in $(seq 30); do ibus engine Unikey 2> /dev/null && break; sleep 0.5; done
echo "ibus engine: $(ibus engine)"
[ "$(ibus engine)" = "Unikey" ] || { echo "the Unikey engine did not start"; exit 1; }

LIBGL_ALWAYS_SOFTWARE=1 "$bin" > "$out/app.log" 2>&1 &
app=$!
pids+=("$app")
win="$(xdotool search --sync --onlyvisible --name 'eGov Brief' | head -1)"
xdotool windowmove "$win" 0 0 windowsize "$win" 1280 1000
# No window manager: give the window the keyboard by hand.
xdotool windowfocus --sync "$win"
sleep 3

# Clicks into a field, selects what it holds and types Telex over it.
type_into() {
  local x=$1 y=$2 text=$3
  xdotool mousemove --window "$win" "$x" "$y" click 1
  xdotool windowfocus --sync "$win"
  sleep 0.5
  xdotool key --window "$win" ctrl+a BackSpace
  sleep 0.3
  xdotool type --delay "${TYPE_DELAY_MS:-350}" "$text"
  sleep 1
}
read -r ix iy <<< "${ISSUER_XY:-160 610}"
read -r px py <<< "${PLACE_XY:-160 712}"
# A space ends the word being composed, as a user's next word would.
type_into "$ix" "$iy" 'Sowr Thoong tin Vieejt Nam '
type_into "$px" "$py" 'Vieejt Nam '
import -window root "$out/typed.png"
echo "screenshot: $out/typed.png"

# The app writes its state (trang-thai.json) when the window closes and every 30 s, on a
# frame: there is no window manager here to ask the window to close, so
# wait for the periodic save, move the mouse for a frame, then stop it.
sleep 31
xdotool mousemove --window "$win" 700 400 mousemove --window "$win" 720 420
sleep 3
kill "$app" 2> /dev/null || true
wait "$app" 2> /dev/null || true

state="$(find "$home" -name 'trang-thai.json' | head -1)"
[ -n "$state" ] || { echo "no saved state under $home"; cat "$out/app.log"; exit 1; }
cp "$state" "$out/trang-thai.json"
typed="$(python3 - "$state" << 'EOF'
import json, re, sys, unicodedata
text = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'"egov-brief/selection/v1"\s*:\s*("(?:[^"\\]|\\.)*")', text)
sel = json.loads(json.loads(m.group(1)))
h = sel["header"]
for k in ("issuer", "place"):
    v = h[k]
    print(f"{k}: {v}  (NFC: {unicodedata.is_normalized('NFC', v)})")
EOF
)"
echo "$typed"
grep -q "Việt Nam" <<< "$typed" || { echo "FAIL: the saved state lacks \"Việt Nam\""; exit 1; }
grep -q "NFC: False" <<< "$typed" && { echo "FAIL: not NFC"; exit 1; }
echo "ime-check: ok"
