#!/bin/bash
# Installs a built agent-desk .deb with dpkg -i, checks the installed program, and removes it.
#
#   packaging/linux/smoke-test.sh dist/agent-desk_<version>_<arch>.deb [UPGRADE.deb]
#
# Run as root on Debian/Ubuntu (a fresh one too: it apt-get installs the package's dependencies
# and its own tools: xvfb, x11-utils, xdg-utils, desktop-file-utils, jq, dbus, gnome-keyring).
# Checks, in order:
#   1. dpkg -i installs it; every bundled library resolves its dependencies (ldd);
#      /usr/bin/agent-desk --version prints the package's version;
#   2. the desktop entry is valid, passes the link (%u), and is registered for tel: and callto:;
#   3. `agent-desk simulate` (the installed binary) serves a PBX, and `agent-desk capabilities
#      --json` and `status --json` against it print the expected JSON; `secret set` stores the
#      API key in the OS keyring (gnome-keyring) and `status --json` signs in with it;
#   4. offscreen, `agent-desk --demo` keeps running and exits 0 on SIGTERM;
#   5. on an X server (Xvfb): the window opens signed in to the simulator ("tel4vn — Agent Desk"),
#      a tel: link launch is handed to it, and, without a profile, the sign-in dialog opens in
#      Vietnamese under a Vietnamese locale (the bundle found its translation);
#   5b. with UPGRADE.deb: the package is upgraded under the running window (apt replaces every file);
#      the window restarts itself into the new program once idle, and a call then pops;
#   6. apt-get remove removes it and its tel: registration.
# KEEP_INSTALLED=1 skips step 6. SCREENSHOT_DIR=dir saves screenshots of step 5 (ImageMagick).
set -euo pipefail
DEB=$(realpath "${1:?usage: smoke-test.sh PACKAGE.deb [UPGRADE.deb]}")
UPGRADE=${2:+$(realpath "$2")}
DISPLAY_NUMBER=${SMOKE_DISPLAY:-97}
START=$(date +%s)
WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
step() { echo "smoke-test: $*"; }
fail() { echo "smoke-test: FAILED: $*" >&2; for f in "$WORK"/*.log; do [ -s "$f" ] && { echo "--- $f" >&2; tail -20 "$f" >&2; }; done; exit 1; }

tools="xvfb x11-utils xdg-utils desktop-file-utils jq dbus gnome-keyring curl"
missing=$(for p in $tools; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"; done)
if [ -n "$missing" ]; then
    step "installing test tools:" $missing
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >/dev/null
fi

# 1. install ----------------------------------------------------------------------------------
# apt installs the file and its dependencies, and waits (up to 10 min) for another apt or dpkg run
# that holds the lock instead of failing at once.
step "apt-get install $(basename "$DEB")"
DEB_PATH=$(readlink -f "$DEB")
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --allow-downgrades --no-install-recommends "$DEB_PATH" >"$WORK/dpkg.log" 2>&1 \
    || fail "apt-get install $DEB_PATH"
VERSION=$(dpkg-deb -f "$DEB" Version)
[ "$(command -v agent-desk)" = /usr/bin/agent-desk ] || fail "agent-desk is not /usr/bin/agent-desk"
# every bundled library and plugin loads what it links (from the bundle or the Depends)
find /opt/agent-desk -type f -name '*.so*' | while read -r lib; do
    missing=$(LD_LIBRARY_PATH=/opt/agent-desk/_internal:/opt/agent-desk/_internal/PySide6/Qt/lib \
              ldd "$lib" 2>&1 | { grep -E '=> not found|error while loading' || true; } | tr -s ' \t\n' ' ')
    [ -z "$missing" ] || echo "${lib#/opt/agent-desk/} needs $missing"
done >"$WORK/ldd.log"
[ ! -s "$WORK/ldd.log" ] || fail "unresolved libraries: $(cat "$WORK/ldd.log")"
got=$(agent-desk --version)
[ "$got" = "agent-desk $VERSION" ] || fail "--version printed '$got', expected 'agent-desk $VERSION'"
step "ok: $got"

# 2. desktop entry and link handlers ------------------------------------------------------------
ENTRY=/usr/share/applications/agent-desk.desktop
desktop-file-validate "$ENTRY" || fail "desktop-file-validate $ENTRY"
grep -q '^Exec=agent-desk %u$' "$ENTRY" || fail "Exec does not pass the link (%u)"
update-desktop-database -q /usr/share/applications  # what desktop-file-utils' dpkg trigger does
for scheme in tel callto; do
    grep -q "^x-scheme-handler/$scheme=.*agent-desk.desktop" /usr/share/applications/mimeinfo.cache \
        || fail "$scheme: is not in mimeinfo.cache"
    handler=$(env -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION HOME="$WORK" xdg-mime query default "x-scheme-handler/$scheme")
    [ "$handler" = agent-desk.desktop ] || fail "xdg-mime says the $scheme: handler is '$handler'"
done
[ -f /usr/share/icons/hicolor/scalable/apps/agent-desk.svg ] || fail "no icon in hicolor"
step "ok: desktop entry valid, default handler of tel: and callto:"

# 3. the CLI against the installed simulator -----------------------------------------------------
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
agent-desk simulate --port 0 >"$WORK/sim.log" 2>&1 &
SIM=$!; PIDS+=($SIM)
for _ in $(seq 100); do grep -q '^export ' "$WORK/sim.log" 2>/dev/null && break; sleep 0.1; done
# the simulator prints each profile as "# --- NAME", its TOML table (arrays span lines), and an export line
awk '/^# --- tel4vn$/ {on=1; next} /^# --- / {on=0} on && !/^export / {print}' "$WORK/sim.log" >"$WORK/config.toml"
exports=$(awk '/^# --- tel4vn$/ {on=1; next} /^# --- / {on=0} on && /^export / {print; exit}' "$WORK/sim.log")
[ -s "$WORK/config.toml" ] && [ -n "$exports" ] || fail "the simulator printed no tel4vn profile"
eval "$exports"
CONFIG="$WORK/config.toml"
agent-desk --config "$CONFIG" capabilities --json >"$WORK/caps.json" 2>"$WORK/caps.log" || fail "capabilities --json"
jq -e '.provider == "tel4vn" and .profile == "tel4vn" and (.supported | index("click_to_call_sync"))' \
    "$WORK/caps.json" >/dev/null || fail "capabilities --json printed $(cat "$WORK/caps.json")"
agent-desk --config "$CONFIG" status --json >"$WORK/status.json" 2>"$WORK/status.log" || fail "status --json"
jq -e 'type == "object"' "$WORK/status.json" >/dev/null || fail "status --json printed $(cat "$WORK/status.json")"
step "ok: capabilities --json: $(jq -c .supported "$WORK/caps.json")"
# the secret kept in the OS keyring instead (SecretService: gnome-keyring on a private D-Bus)
env -u AGENT_DESK_API_KEY -u AGENT_DESK_PASSWORD KEY="$AGENT_DESK_API_KEY" CONFIG="$CONFIG" \
    dbus-run-session -- bash -c '
    printf unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    say() { echo "$*" >&2; exit 1; }
    agent-desk --config "$CONFIG" status --json >/dev/null 2>&1 && say "signed in without a secret"
    printf %s "$KEY" | agent-desk --config "$CONFIG" secret set api_key >&2 || say "secret set failed"
    agent-desk --config "$CONFIG" status --json | jq -e ".logged_in == true" >/dev/null \
        || say "no sign-in with the secret from the keyring"
    agent-desk --config "$CONFIG" secret forget api_key >&2 || say "secret forget failed"
' 2>"$WORK/keyring.log" || fail "keyring: $(grep -v dbus-daemon "$WORK/keyring.log" | tail -1)"
step "ok: signed in with the API key from the keyring (SecretService)"

# 4. offscreen window ----------------------------------------------------------------------------
QT_QPA_PLATFORM=offscreen agent-desk --demo >"$WORK/offscreen.log" 2>&1 &
pid=$!; PIDS+=($pid)
sleep 5
kill -0 "$pid" 2>/dev/null || fail "agent-desk --demo (offscreen) exited early"
kill -TERM "$pid"
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "agent-desk --demo did not exit within 10 s of SIGTERM"
wait "$pid" && status=0 || status=$?
[ "$status" = 0 ] || fail "agent-desk --demo exited with status $status after SIGTERM"
! grep -q Traceback "$WORK/offscreen.log" || fail "a traceback in the offscreen run"
step "ok: offscreen window ran 5 s and quit cleanly on SIGTERM"

# 5. a real window on Xvfb -----------------------------------------------------------------------
Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
PIDS+=($!)
export DISPLAY=":$DISPLAY_NUMBER"
for _ in $(seq 50); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
wait_window() {  # wait_window TITLE: up to 30 s for a window whose name starts with TITLE to be on screen
    local id
    for _ in $(seq 300); do
        # window names are UTF-8 ("—", Vietnamese): xwininfo prints them in its locale's charset
        for id in $(LC_ALL=C.UTF-8 xwininfo -root -tree 2>/dev/null | grep -F "\"$1" | awk '{print $1}'); do
            xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable' && return 0
        done
        sleep 0.1
    done
    return 1
}
shot() { [ -n "${SCREENSHOT_DIR:-}" ] && command -v import >/dev/null && mkdir -p "$SCREENSHOT_DIR" \
    && import -window root "$SCREENSHOT_DIR/$1.png" || true; }
stop() {  # stop PID: SIGTERM, and it must exit 0
    kill -TERM "$1"; wait "$1" && return 0 || fail "agent-desk exited with status $? after SIGTERM"
}
QT_QPA_PLATFORM=xcb agent-desk --config "$CONFIG" >"$WORK/xcb.log" 2>&1 &
pid=$!; PIDS+=($pid)
wait_window "tel4vn — Agent Desk" || fail "no window 'tel4vn — Agent Desk' on $DISPLAY"
timeout 10 agent-desk --config "$CONFIG" tel:0901234567 || fail "a tel: launch was not handed to the window"
kill -0 "$pid" || fail "the window quit after the tel: launch"
sleep 1; shot window-signed-in
stop "$pid"
step "ok: window signed in to the simulator on X; a tel: launch was handed to it"
mkdir -p "$WORK/empty"
env -u LC_ALL -u LC_MESSAGES LANG=vi_VN.UTF-8 LANGUAGE=vi QT_QPA_PLATFORM=xcb agent-desk --config "$WORK/empty/config.toml" >"$WORK/vi.log" 2>&1 &
pid=$!; PIDS+=($pid)
wait_window "Đăng nhập — Agent Desk" || fail "no Vietnamese sign-in dialog (translation not found?)"
sleep 1; shot sign-in-vi
stop "$pid"
step "ok: Vietnamese sign-in dialog"

# 5b. upgrade under the running window ------------------------------------------------------------
if [ -n "$UPGRADE" ]; then
    SIM_URL=$(sed -n 's/^Simulator listening on //p' "$WORK/sim.log" | head -1)
    QT_QPA_PLATFORM=xcb agent-desk --config "$CONFIG" >"$WORK/upgrade.log" 2>&1 &
    pid=$!; PIDS+=($pid)
    wait_window "tel4vn — Agent Desk" || fail "no window before the upgrade"
    sleep 2  # the listener registers its callback with the simulator
    step "apt-get install $(basename "$UPGRADE") under the running window (pid $pid)"
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$UPGRADE" >"$WORK/upgrade-apt.log" 2>&1 \
        || fail "apt-get install $UPGRADE"
    [ "$(dpkg-query -W -f='${Version}' agent-desk)" = "$(dpkg-deb -f "$UPGRADE" Version)" ] || fail "the upgrade did not install"
    # idle (no pop, no dial), the window restarts itself into the new program: same pid, exe no longer deleted
    for _ in $(seq 600); do
        exe=$(readlink "/proc/$pid/exe" 2>/dev/null || echo gone)
        case "$exe" in *deleted*) sleep 0.1 ;; gone) fail "the window died after the upgrade" ;; *) break ;; esac
    done
    case "$(readlink "/proc/$pid/exe")" in *deleted*) fail "the window did not restart within 60 s of the upgrade" ;; esac
    wait_window "tel4vn — Agent Desk" || fail "no window after the restart"
    sleep 2
    call=$(curl -fsS -X POST -H 'Content-Type: application/json' -d '{"extension": "101"}' "$SIM_URL/_sim/inbound") \
        || fail "the simulator took no inbound call"
    wait_window "Incoming call" || fail "no screen-pop after the upgrade (call $call)"
    shot upgraded-pop
    ! grep -Eq 'Traceback|zlib.error' "$WORK/upgrade.log" || fail "errors after the upgrade: $(grep -E 'Traceback|zlib' "$WORK/upgrade.log" | head -3)"
    stop "$pid"
    step "ok: upgraded under the running window, which restarted itself and popped the next call"
fi

# 6. remove --------------------------------------------------------------------------------------
kill -INT "$SIM"; wait "$SIM" || fail "agent-desk simulate exited with status $? on Ctrl-C"
if [ "${KEEP_INSTALLED:-0}" != 1 ]; then
    apt-get -o DPkg::Lock::Timeout=600 remove -y -qq agent-desk >"$WORK/dpkg-r.log" 2>&1 || fail "apt-get remove"
    [ ! -e /usr/bin/agent-desk ] && [ ! -e /opt/agent-desk ] || fail "dpkg -r left files behind"
    ! grep -q agent-desk /usr/share/applications/mimeinfo.cache 2>/dev/null || fail "tel: still registered"
    step "ok: removed"
fi
step "passed in $(( $(date +%s) - START )) s"
