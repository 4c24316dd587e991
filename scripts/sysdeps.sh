#!/bin/sh
# Installs the system libraries Qt needs on Debian/Ubuntu when run as root,
# or prints the exact apt-get command when it cannot install them itself.
# Offscreen Qt needs the first group; QtMultimedia playback needs libpulse0.
# TEST_PKGS are installed too when running as root; without root a missing one is only a note
# (the relay's redis:// tests start a real redis-server, the taskbar count's test a private
# dbus-daemon; each is skipped, saying so, without it).
set -eu
TEST_PKGS="redis-server dbus-daemon"
PKGS="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3 libpulse0"
# A real window (xcb) needs these too: WITH_XCB=1 (make demo) or WITH_XVFB=1 (adds a virtual screen).
if [ "${WITH_XCB:-0}" = 1 ] || [ "${WITH_XVFB:-0}" = 1 ]; then
  PKGS="$PKGS libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
        libx11-xcb1 libxcb-randr0 libxcb-xfixes0 libxcb-shm0 libxcb-sync1 libxcb-render0
        libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxcb-xinerama0"
fi
if [ "${WITH_XVFB:-0}" = 1 ]; then
  PKGS="$PKGS xvfb xauth libgtk-3-0"  # GTK 3: Qt's GTK theme sets a dark scheme in tests/ui/test_theme.py
fi
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian/Ubuntu: nothing to check
# Debian's own python3 makes virtual environments only with python3-venv (the Makefile's first step).
if [ "$(command -v "${PYTHON:-python3}")" = /usr/bin/python3 ] && ! /usr/bin/python3 -c 'import ensurepip' 2>/dev/null; then
  PKGS="$PKGS python3-venv"
fi
missing=""
for p in $PKGS $TEST_PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
  for p in $TEST_PKGS; do
    case " $missing " in *" $p "*)
      echo "note: $p is not installed; the tests that need it will be skipped"
      missing=$(echo " $missing " | sed "s/ $p / /; s/^ *//; s/ *$//")
      [ -n "$missing" ] && missing=" $missing";;
    esac
  done
  [ -z "$missing" ] && exit 0
fi
if [ "$(id -u)" = 0 ]; then
  echo "Installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  # shellcheck disable=SC2086
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "Qt needs these system packages. Install them with:"
  echo "  sudo apt-get install --no-install-recommends$missing"
  exit 1
fi
