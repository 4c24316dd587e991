"""The missed-call count on the taskbar: the Unity LauncherEntry signal on a real session bus (a
private dbus-daemon), the window icon's badge, Qt's badge elsewhere, and silence without a bus."""

from __future__ import annotations

import asyncio
import logging
import shutil
import subprocess

import pytest
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QWidget

from agent_desk.ui.common.paths import icon
from agent_desk.ui.window.taskbar import INTERFACE, OBJECT_PATH, LauncherEntry, TaskbarCount
from tests.helpers import until


@pytest.fixture
def session_bus():
    """The address of a private session bus, stopped after the test (skipped without dbus-daemon)."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True
    )
    try:
        address = process.stdout.readline().strip()
        if not address:
            pytest.skip("dbus-daemon did not start")
        yield address
    finally:
        process.terminate()
        process.wait(5)


def red_pixels(window: QWidget) -> int:
    image = window.windowIcon().pixmap(64, 64).toImage()
    red = QColor("#d32f2f")
    return sum(image.pixelColor(x, y) == red for x in range(0, 64, 2) for y in range(0, 64, 2))


def test_the_count_goes_out_as_a_launcher_entry_signal_and_on_the_window_icon(run, qapp, session_bus):
    from jeepney import MatchRule, message_bus
    from jeepney.io.asyncio import Proxy, open_dbus_router

    window = QWidget()
    window.setWindowIcon(icon("agent-desk"))
    tasks: list[asyncio.Task] = []
    launcher = LauncherEntry(session_bus)
    taskbar = TaskbarCount(window, lambda coro: tasks.append(asyncio.ensure_future(coro)), "linux", launcher)

    async def listen() -> list[tuple]:
        async with open_dbus_router(session_bus) as router:
            rule = MatchRule(type="signal", interface=INTERFACE, member="Update", path=OBJECT_PATH)
            await Proxy(message_bus, router).AddMatch(rule)
            with router.filter(rule) as queue:
                taskbar.set_count(3)
                taskbar.set_count(4)  # while the first is on its way: the newest is sent after it
                got = [(await asyncio.wait_for(queue.get(), 5)).body]
                while got[-1][1]["count"][1] != 4:
                    got.append((await asyncio.wait_for(queue.get(), 5)).body)
                taskbar.set_count(0)
                got.append((await asyncio.wait_for(queue.get(), 5)).body)
                return got

    try:
        got = run(listen())
        assert got[0][0] == "application://agent-desk.desktop"
        assert got[-2][1] == {"count": ("x", 4), "count-visible": ("b", True)}
        assert got[-1][1] == {"count": ("x", 0), "count-visible": ("b", False)}
        assert red_pixels(window) == 0, "no count, no badge"
        taskbar.set_count(2)
        assert red_pixels(window) > 20, "the window icon carries the count"
        run(until(lambda: all(t.done() for t in tasks), what="the sends"))
    finally:
        run(launcher.close())
        window.deleteLater()


def test_without_a_session_bus_the_count_stays_silent(run, qapp, caplog):
    caplog.set_level(logging.INFO, logger="agent_desk.ui.window.taskbar")
    window = QWidget()
    window.setWindowIcon(icon("agent-desk"))
    tasks: list[asyncio.Task] = []
    launcher = LauncherEntry("unix:path=/nonexistent/agent-desk-test-bus")
    taskbar = TaskbarCount(window, lambda coro: tasks.append(asyncio.ensure_future(coro)), "linux", launcher)
    try:
        taskbar.set_count(1)
        run(until(lambda: tasks and tasks[0].done(), what="the failed send"))
        assert tasks[0].exception() is None and launcher.failed
        taskbar.set_count(2)  # given up for this run: no second attempt, no error
        assert len(tasks) == 1 and red_pixels(window) > 20, "the window icon still counts"
        assert sum("no taskbar count" in r.getMessage() for r in caplog.records) == 1
    finally:
        window.deleteLater()


def test_windows_and_macos_use_qts_badge(qapp, monkeypatch):
    counts = []
    monkeypatch.setattr(QGuiApplication, "setBadgeNumber", lambda self, n: counts.append(n))
    window = QWidget()
    try:
        taskbar = TaskbarCount(window, lambda coro: pytest.fail("no D-Bus off Linux"), "win32")
        taskbar.set_count(5)
        taskbar.set_count(0)
        assert counts == [5, 0] and taskbar.launcher is None
    finally:
        window.deleteLater()
