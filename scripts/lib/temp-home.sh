# shellcheck shell=bash
# Sourced by the check scripts that start the window with a throw-away
# HOME (ime-check.sh, gl-check.sh, deb-check.sh).
#
# On a desktop machine (xdg-desktop-portal installed, as on GNOME) a D-Bus
# session started for the check can start the document portal, which mounts
# a FUSE file system at $XDG_RUNTIME_DIR/doc, or at $HOME/.cache/doc when
# XDG_RUNTIME_DIR is unset: a plain `rm -rf` of the temporary HOME then
# fails with "Operation not permitted". These helpers stop what the session
# started, unmount what is still mounted, and report a clean-up problem on
# stderr instead of making it the check's result.

# session_stop BUS_PID BUS_ADDRESS — stops a D-Bus session bus this script
# started and every process that has its address in its environment: what
# the bus started (the portals, at-spi, ibus) and what the script started
# with that session (this shell excepted). Services the bus starts are not
# its children, so they are found by the address.
session_stop() {
  local bus=${1:-} address=${2:-} p found=()
  [ -n "$bus" ] || return 0
  if [ -n "$address" ]; then
    for p in /proc/[0-9]*; do
      p=${p#/proc/}
      case $p in "$$" | "$BASHPID" | "$bus") continue ;; esac
      grep -qzxF "DBUS_SESSION_BUS_ADDRESS=$address" "/proc/$p/environ" 2>/dev/null && found+=("$p")
    done
  fi
  kill "${found[@]}" "$bus" 2>/dev/null || true
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    kill -0 "$bus" "${found[@]}" 2>/dev/null || break
    sleep 0.2
  done
  [ ${#found[@]} -eq 0 ] || echo "clean-up: stopped ${#found[@]} processes of the D-Bus session" >&2
}

# temp_home_remove DIR — unmounts every mount below DIR (deepest first),
# then removes DIR. Always returns 0; problems are printed as
# "clean-up: …" lines.
temp_home_remove() {
  local dir=${1:-} mnt
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  dir=$(realpath "$dir")
  while read -r mnt; do
    [ -n "$mnt" ] || continue
    if fusermount3 -u "$mnt" 2>/dev/null || fusermount -u "$mnt" 2>/dev/null ||
      umount "$mnt" 2>/dev/null || umount -l "$mnt" 2>/dev/null; then
      echo "clean-up: unmounted $mnt (started by the check's D-Bus session)" >&2
    else
      echo "clean-up: could not unmount $mnt" >&2
    fi
  done < <(awk -v d="$dir/" 'index($2 "/", d) == 1 { print $2 }' /proc/mounts | sort -r)
  if ! rm -rf "$dir" 2>/dev/null; then
    echo "clean-up: could not remove $dir (left behind; not the check's result)" >&2
  fi
  return 0
}
