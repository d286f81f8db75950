# shellcheck shell=bash
# Sourced by scripts/windows-check.sh and scripts/package.sh: a throw-away
# wine prefix that can run the Windows build of egov-brief.
#
#   wine_prefix DIR   sets WINEPREFIX=DIR/wine (and quiet wine settings),
#                     initialises it and adds the bcryptprimitives stand-in.
#
# Needs wine and x86_64-w64-mingw32-gcc (Debian: wine wine64
# gcc-mingw-w64-x86-64); run from the repository root.

wine_prefix() {
  export WINEPREFIX="$1/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
  wineboot -i >/dev/null 2>&1 || true
  # Rust's standard library takes random bytes from bcryptprimitives.dll
  # (present on Windows 10 and later); Debian's Wine 8 lacks it, so the test
  # prefix gets a tiny stand-in built from scripts/wine/. Nothing of this ships.
  local sys32="$WINEPREFIX/drive_c/windows/system32"
  if [ ! -e "$sys32/bcryptprimitives.dll" ]; then
    x86_64-w64-mingw32-gcc -shared -O2 -o "$sys32/bcryptprimitives.dll" \
      scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -ladvapi32
  fi
}
