#!/bin/sh
# Builds dist/agent-desk-<version>.dmg from "dist/Agent Desk.app" (the spec's BUNDLE; make package
# runs both). Signs and notarizes when the CI variables are set; without them the .dmg is unsigned
# (fine for testing: Gatekeeper asks the user to confirm on first open).
#
#   MACOS_SIGN_IDENTITY     "Developer ID Application: Company (TEAMID)", in an unlocked keychain
#                           (release.yml imports it from the MACOS_CERTIFICATE_P12 secret)
#   MACOS_NOTARY_APPLE_ID   Apple ID of the developer account
#   MACOS_NOTARY_TEAM_ID    its team ID
#   MACOS_NOTARY_PASSWORD   an app-specific password of that Apple ID
#
# Steps: codesign every binary inside the app, then the app (hardened runtime, secure timestamp);
# hdiutil makes the .dmg (the app and a link to /Applications); codesign the .dmg; notarytool
# submits it and waits for Apple's verdict; stapler attaches the ticket, so it opens offline.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP="$ROOT/dist/Agent Desk.app"
ENTITLEMENTS="$ROOT/packaging/macos/entitlements.plist"
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/agent_desk/__init__.py")
DMG="$ROOT/dist/agent-desk-$VERSION.dmg"
[ -d "$APP" ] || { echo "build-dmg: no $APP (run pyinstaller first)" >&2; exit 2; }
IDENTITY=${MACOS_SIGN_IDENTITY:-}

sign() { codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" --sign "$IDENTITY" "$@"; }
if [ -n "$IDENTITY" ]; then
    find "$APP/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) ! -path '*/Contents/MacOS/*' \
        -exec codesign --force --timestamp --options runtime --sign "$IDENTITY" {} \;
    sign "$APP/Contents/MacOS/agent-desk"
    sign "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Agent Desk" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "$IDENTITY" ]; then
    codesign --timestamp --sign "$IDENTITY" "$DMG"
    if [ -n "${MACOS_NOTARY_APPLE_ID:-}" ]; then
        xcrun notarytool submit "$DMG" --apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" \
            --password "$MACOS_NOTARY_PASSWORD" --wait
        xcrun stapler staple "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose "$DMG"
    fi
fi
echo "$DMG"
