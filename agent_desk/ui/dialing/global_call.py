"""A system-wide shortcut that calls the selected or copied number from any program.

The agent sets a key combination in Settings (off until then). Where the desktop lets a program
take a key from every other program, pressing it reads the selection (X11's primary selection: the
text just selected anywhere) or else the clipboard, and calls that number through the
:class:`~agent_desk.ui.dialing.dialer.Dialer`, so at most once, like every click-to-call.

- **X11**: ``XGrabKey`` on the root window (python-xlib), also with Caps Lock and Num Lock on; a
  combination another program holds is refused and said.
- **Windows**: ``RegisterHotKey`` (ctypes) on a thread of its own, whose message loop receives
  ``WM_HOTKEY``.
- **Wayland, macOS, no desktop**: :func:`unsupported_reason` says why in plain words, shown in
  Settings; the tray's *Call the copied number* works everywhere.

:func:`parse_shortcut` turns Qt's portable text ("Ctrl+Alt+D") into what the backends need, and
refuses a combination without Ctrl, Alt or Meta (it would take a key from everyone's typing).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
import threading
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

log = logging.getLogger(__name__)

MODIFIERS = ("ctrl", "alt", "shift", "meta")
POLL = 0.2  # seconds between checks for a stop request in the backends' threads


@dataclasses.dataclass(frozen=True, slots=True)
class Shortcut:
    modifiers: frozenset[str]
    key: str  # "D", "5", "F9"


def parse_shortcut(text: str) -> Shortcut:
    """``"Ctrl+Alt+D"`` → :class:`Shortcut`; ValueError with a sentence for what cannot be one."""
    parts = [p.strip() for p in text.split("+") if p.strip()]
    if not parts:
        raise ValueError("no key combination")
    *mods, key = parts
    names = {m.lower().replace("control", "ctrl").replace("win", "meta") for m in mods}
    unknown = names - set(MODIFIERS)
    if unknown:
        raise ValueError(f"'{sorted(unknown)[0]}' is not a modifier key")
    if not names & {"ctrl", "alt", "meta"}:
        raise ValueError("a shortcut for every program needs Ctrl, Alt or Meta")
    key = key.upper()
    if not (len(key) == 1 and key.isalnum()) and not (key[:1] == "F" and key[1:].isdigit() and 1 <= int(key[1:]) <= 24):
        raise ValueError(f"'{key}' cannot be used: use a letter, a digit or F1-F24")
    return Shortcut(frozenset(names), key)


def unsupported_reason(platform: str = sys.platform, env: Mapping[str, str] | None = None) -> str:
    """Why this desktop cannot have a system-wide shortcut ('' when it can); English, for the log and
    the CLI (the GUI words its own)."""
    env = os.environ if env is None else env
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa.startswith(("offscreen", "minimal")):
        return "offscreen"
    if platform == "win32":
        return ""
    if platform == "darwin":
        return "macos"
    if qpa.startswith("wayland") or (env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")):
        return "wayland"
    if not env.get("DISPLAY"):
        return "offscreen"
    try:
        import Xlib  # noqa: F401 - python-xlib
    except ImportError:
        return "no-xlib"
    return ""


class Taken(Exception):
    """Another program holds the combination."""


class X11Grab:
    """The combination grabbed on the X root window; ``pressed`` runs on this grab's thread."""

    def __init__(self, shortcut: Shortcut, pressed: Callable[[], None], display_name: str | None = None) -> None:
        from Xlib import XK, X, display, error

        self.display = display.Display(display_name)
        self.root = self.display.screen().root
        keysym = XK.string_to_keysym(
            shortcut.key if shortcut.key[:1] == "F" and len(shortcut.key) > 1 else shortcut.key.lower()
        )
        self.keycode = self.display.keysym_to_keycode(keysym)
        masks = {"ctrl": X.ControlMask, "alt": X.Mod1Mask, "shift": X.ShiftMask, "meta": X.Mod4Mask}
        self.mask = 0
        for name in shortcut.modifiers:
            self.mask |= masks[name]
        self.masks = [self.mask | extra for extra in (0, X.LockMask, X.Mod2Mask, X.LockMask | X.Mod2Mask)]
        catch = error.CatchError(error.BadAccess)
        for mask in self.masks:
            self.root.grab_key(self.keycode, mask, True, X.GrabModeAsync, X.GrabModeAsync, onerror=catch)
        self.display.sync()
        if catch.get_error():
            self._ungrab()
            raise Taken
        self.pressed = pressed
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="global-call-x11", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import select

        from Xlib import X

        while not self._stop.is_set():
            while self.display.pending_events():
                event = self.display.next_event()
                if event.type == X.KeyPress and event.detail == self.keycode:
                    self.pressed()
            select.select([self.display.fileno()], [], [], POLL)

    def _ungrab(self) -> None:
        for mask in self.masks:
            self.root.ungrab_key(self.keycode, mask)
        self.display.sync()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2 * POLL + 1)
        self._ungrab()
        self.display.close()


class WindowsHotKey:  # pragma: no cover - Windows only
    """``RegisterHotKey`` on a thread of its own; ``pressed`` runs on that thread."""

    def __init__(self, shortcut: Shortcut, pressed: Callable[[], None]) -> None:
        mods = {"alt": 0x1, "ctrl": 0x2, "shift": 0x4, "meta": 0x8}
        self.flags = 0x4000  # MOD_NOREPEAT
        for name in shortcut.modifiers:
            self.flags |= mods[name]
        key = shortcut.key
        self.vk = 0x70 + int(key[1:]) - 1 if key[:1] == "F" and len(key) > 1 else ord(key)
        self.pressed = pressed
        self._ready = threading.Event()
        self._error = 0
        self._thread_id = 0
        self._thread = threading.Thread(target=self._run, name="global-call-win", daemon=True)
        self._thread.start()
        self._ready.wait(5)
        if self._error:
            raise Taken

    def _run(self) -> None:
        import ctypes
        from ctypes import wintypes

        user32, kernel32 = ctypes.windll.user32, ctypes.windll.kernel32  # type: ignore[attr-defined]
        self._thread_id = kernel32.GetCurrentThreadId()
        if not user32.RegisterHotKey(None, 1, self.flags, self.vk):
            self._error = kernel32.GetLastError() or 1
            self._ready.set()
            return
        self._ready.set()
        msg = wintypes.MSG()
        try:
            while user32.GetMessageW(ctypes.byref(msg), None, 0, 0) > 0:
                if msg.message == 0x0312:  # WM_HOTKEY
                    self.pressed()
        finally:
            user32.UnregisterHotKey(None, 1)

    def stop(self) -> None:
        import ctypes

        ctypes.windll.user32.PostThreadMessageW(self._thread_id, 0x0012, 0, 0)  # type: ignore[attr-defined]  # WM_QUIT
        self._thread.join(2)


def selected_or_copied() -> str:
    """The text selected anywhere (X11's primary selection) when it holds a digit, else the clipboard's."""
    clipboard = QGuiApplication.clipboard()
    if clipboard.supportsSelection():
        selected = clipboard.text(QClipboard.Mode.Selection).strip()
        if any(ch.isdigit() for ch in selected):
            return selected
    return clipboard.text().strip()


def problem_text(problem: str) -> str:
    """``GlobalCall.problem`` (or :func:`unsupported_reason`) in the agent's words; '' for none."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("GlobalCall", text)

    if problem.startswith("invalid: "):
        return tr("This key combination cannot be used: it needs Ctrl, Alt or Meta and a letter, digit or F1-F24.")
    texts = {
        "taken": tr("Another program already uses this key combination: choose another."),
        "wayland": tr(
            "This desktop (Wayland) does not let a program take a key from other programs. "
            "Copy the number and use “Call the copied number” in the tray menu instead."
        ),
        "macos": tr(
            "On macOS a key for every program needs the Accessibility permission, which this version "
            "does not ask for yet. Copy the number and use “Call the copied number” in the menu bar icon."
        ),
        "offscreen": tr("There is no desktop here, so no key for every program."),
        "no-xlib": tr("The python-xlib package is missing, so no key for every program."),
    }
    return texts.get(problem, "")


class GlobalCall(QObject):
    """Holds the shortcut (:meth:`set_shortcut`) and calls ``call(text)`` in the GUI thread on each press."""

    pressed = Signal()  # emitted on the backend's thread; queued to this object's (the GUI) thread

    def __init__(self, call: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self._grab: X11Grab | WindowsHotKey | None = None
        self.shortcut = ""
        self.problem = ""  # "", or why the shortcut is not active ("taken", "invalid: …", a platform reason)
        self.pressed.connect(self._pressed)

    def set_shortcut(self, text: str, platform: str = sys.platform) -> str:
        """Take ``text`` ('' for none) as the shortcut; the problem ('' when it works or is off)."""
        self.stop()
        self.shortcut, self.problem = text, ""
        if not text:
            return ""
        try:
            shortcut = parse_shortcut(text)
        except ValueError as exc:
            self.problem = f"invalid: {exc}"
            return self.problem
        reason = unsupported_reason(platform)
        if reason:
            self.problem = reason
            return reason
        try:
            if platform == "win32":  # pragma: no cover - Windows only
                self._grab = WindowsHotKey(shortcut, self.pressed.emit)
            else:
                self._grab = X11Grab(shortcut, self.pressed.emit)
        except Taken:
            self.problem = "taken"
        except Exception as exc:  # noqa: BLE001 - a display that went away: the shortcut is off, said
            log.warning("the system-wide shortcut %s could not be set: %s", text, exc)
            self.problem = "taken"
        return self.problem

    @property
    def active(self) -> bool:
        return self._grab is not None

    def _pressed(self) -> None:
        self._call(selected_or_copied())

    def stop(self) -> None:
        if self._grab is not None:
            self._grab.stop()
            self._grab = None
