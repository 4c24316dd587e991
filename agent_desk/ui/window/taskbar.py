"""The missed-call count on the taskbar or dock entry, where the desktop can show one.

- **Linux**: the Unity LauncherEntry signal on the session bus (``com.canonical.Unity.LauncherEntry``
  ``Update(app_uri, {"count", "count-visible"})``, read by GNOME's Dash to Dock and Ubuntu Dock, KDE
  Plasma's task manager, Plank...), sent with jeepney, the pure-Python D-Bus client the keyring's
  Secret Service backend already brings. Qt's own ``QGuiApplication.setBadgeNumber`` sends the same
  signal on Linux, but from an object path made of the application name, which "agent-desk" makes
  invalid (Qt logs "Invalid object path" and sends nothing); and the PySide6 QtDBus binding is left
  out of the bundle. The window icon carries the count too (:func:`~agent_desk.ui.window.tray.badged`),
  for the taskbars that show window icons and know no launcher entries (Xfce, LXQt).
- **Windows and macOS**: ``QGuiApplication.setBadgeNumber``: Qt draws the count as the taskbar
  button's overlay icon (Windows 10 and later) or the dock badge (macOS).

Where none of these exists (no session bus, the offscreen platform) nothing is shown and nothing is
said: the tab title and the tray icon still count.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from agent_desk.ui.window.tray import badged

log = logging.getLogger(__name__)

INTERFACE = "com.canonical.Unity.LauncherEntry"
OBJECT_PATH = "/com/canonical/unity/launcherentry/agent_desk"
DESKTOP_ID = "agent-desk.desktop"
CONNECT_TIMEOUT = 2.0  # seconds to reach the session bus; then the count is given up for this run


def update_message(count: int, desktop_id: str = DESKTOP_ID) -> Any:
    """The LauncherEntry ``Update`` signal showing ``count`` (hidden at 0)."""
    from jeepney import DBusAddress, new_signal

    emitter = DBusAddress(OBJECT_PATH, interface=INTERFACE)
    properties = {"count": ("x", count), "count-visible": ("b", count > 0)}
    return new_signal(emitter, "Update", "sa{sv}", (f"application://{desktop_id}", properties))


class LauncherEntry:
    """Sends the count on the session bus (``bus``: "SESSION" or a bus address), newest count last.
    After the first failure (no bus, no jeepney) it stays silent for the rest of the run."""

    def __init__(self, bus: str = "SESSION") -> None:
        self.bus = bus
        self.failed = False
        self._connection: Any = None

    async def send(self, count: int) -> bool:
        """Send ``count``; False when it could not be (logged once)."""
        if self.failed:
            return False
        import asyncio  # a missed call: the loop runs (the sign-in window comes before it, see agent_desk.ui)

        try:
            if self._connection is None:
                from jeepney.io.asyncio import open_dbus_connection

                self._connection = await asyncio.wait_for(open_dbus_connection(self.bus), CONNECT_TIMEOUT)
            await self._connection.send(update_message(count))
        except Exception as exc:  # noqa: BLE001 - any missing bus or library: the count is a nicety
            self.failed = True
            log.info("no taskbar count on this desktop (session bus: %s)", exc or type(exc).__name__)
            return False
        return True

    async def close(self) -> None:
        if self._connection is not None:
            await self._connection.close()
            self._connection = None


class TaskbarCount(QObject):
    """:meth:`set_count` shows the missed calls on the taskbar entry (see the module doc).
    ``spawn`` runs a coroutine on the desk's loop (the D-Bus send)."""

    def __init__(
        self,
        window: QWidget,
        spawn: Callable[[Coroutine[Any, Any, Any]], object],
        platform: str = sys.platform,
        launcher: LauncherEntry | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self._spawn, self.platform = window, spawn, platform
        self.icon = window.windowIcon()  # the window's own icon, without a count
        self.count = 0
        self.launcher = launcher if launcher is not None else (LauncherEntry() if platform == "linux" else None)
        self._sent = 0  # the count the launcher shows
        self._sending = False

    def set_count(self, count: int) -> None:
        if count == self.count:
            return
        self.count = count
        if self.platform == "linux":
            self.window.setWindowIcon(badged(self.icon, count) if count else self.icon)
            if self.launcher is not None and not self.launcher.failed and not self._sending:
                self._sending = True
                self._spawn(self._send())
        else:
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):
                app.setBadgeNumber(count)

    async def _send(self) -> None:
        """Send until the launcher shows the newest count (counts that change meanwhile are skipped)."""
        assert self.launcher is not None
        try:
            while self._sent != self.count:
                wanted = self.count
                if not await self.launcher.send(wanted):
                    return
                self._sent = wanted
        finally:
            self._sending = False
