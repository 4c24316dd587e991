#!/bin/sh
# Builds dist/agent-desk_<version>_<arch>.deb from the PyInstaller bundle dist/agent-desk/
# (make package builds both). Layout: /opt/agent-desk/ (the bundle), /usr/bin/agent-desk (a
# symlink), the desktop entry (tel: and callto: handler), the icon in the hicolor theme, and the XDG
# autostart entry (/etc/xdg/autostart: Agent Desk starts at login unless IT or the user turns it off).
# DEB_COMPRESSION=xz (default: smallest, any dpkg) or zstd (much faster; dpkg >= 1.21.18).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/packaging/linux"
BUNDLE=${BUNDLE:-$ROOT/dist/agent-desk}
OUT=${OUT:-$ROOT/dist}
COMPRESSION=${DEB_COMPRESSION:-xz}
[ -x "$BUNDLE/agent-desk" ] || { echo "build-deb: no bundle in $BUNDLE (run pyinstaller first)" >&2; exit 2; }
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/agent_desk/__init__.py")${VERSION_SUFFIX:-}
# The Maintainer comes from pyproject.toml's [project] maintainers (one place names the project).
MAINTAINER=$(python3 -c 'import sys, tomllib; m = tomllib.load(open(sys.argv[1], "rb"))["project"]["maintainers"][0]; print(m["name"] + " <" + m["email"] + ">")' "$ROOT/pyproject.toml")
ARCH=$(dpkg --print-architecture)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/DEBIAN"
cp -a "$BUNDLE" "$STAGE/opt/agent-desk"
ln -s /opt/agent-desk/agent-desk "$STAGE/usr/bin/agent-desk"
install -m 644 "$ROOT/resources/agent-desk.desktop" "$STAGE/usr/share/applications/agent-desk.desktop"
install -m 644 "$ROOT/resources/icons/agent-desk.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/agent-desk.svg"
# Start at login for every user by default; a conffile, so IT's edit or removal survives upgrades.
install -D -m 644 "$HERE/autostart.desktop" "$STAGE/etc/xdg/autostart/agent-desk.desktop"
echo /etc/xdg/autostart/agent-desk.desktop > "$STAGE/DEBIAN/conffiles"
SIZE=$(du -sk "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$SIZE/" -e "s|@MAINTAINER@|$MAINTAINER|" \
    "$HERE/control.in" > "$STAGE/DEBIAN/control"
install -m 755 "$HERE/postinst" "$HERE/postrm" "$STAGE/DEBIAN/"

DEB="$OUT/agent-desk_${VERSION}_${ARCH}.deb"
mkdir -p "$OUT"
case "$COMPRESSION" in
    zstd) dpkg-deb --root-owner-group -Zzstd -z3 --build "$STAGE" "$DEB" >/dev/null ;;
    *)    dpkg-deb --root-owner-group -Z"$COMPRESSION" --build "$STAGE" "$DEB" >/dev/null ;;
esac
echo "$DEB"
