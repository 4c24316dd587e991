"""The wallboard: the console's figures full-screen, in type large enough to read across a room.

Tiles: callers waiting, longest wait, answer rate this hour, live calls, and agents available /
on a call / paused / offline; below them, the active alerts. A tile over its alert threshold
turns red. The type scales with the window's height. Esc (or a double-click) closes it. It reads
the console after each refresh (:meth:`Wallboard.show_floor`); it never asks the PBX itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from agent_desk.supervisor.alerts import Alert, AlertMonitor, Floor
from agent_desk.ui.console.alerts import alert_text

BACKGROUND = "#101418"
TILE = "#1f2a33"
ALARM = "#b3261e"
TEXT = "#f2f2f2"
MUTED = "#a9b4bd"


def clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


class Tile(QFrame):
    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        self.value = QLabel("–", self)
        for label in (self.title, self.value):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value, 1)
        self.alarm = False
        self.height_px = 400
        self.set_alarm(False)

    def set_alarm(self, alarm: bool) -> None:
        self.alarm = alarm
        self.setStyleSheet(f"Tile {{ background: {ALARM if alarm else TILE}; border-radius: 12px; }}")
        self.scale(self.height_px)

    def scale(self, height: int) -> None:
        self.height_px = height
        title = TEXT if self.alarm else MUTED  # grey on red would be hard to read across a room
        self.title.setStyleSheet(f"color: {title}; font-size: {max(14, height // 30)}px;")
        self.value.setStyleSheet(f"color: {TEXT}; font-size: {max(28, height // 9)}px; font-weight: bold;")


class Wallboard(QWidget):
    """See the module doc."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Wallboard — Agent Desk"))
        self.setStyleSheet(f"Wallboard {{ background: {BACKGROUND}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.tiles = {
            "waiting": Tile(self.tr("Callers waiting"), self),
            "longest": Tile(self.tr("Longest wait"), self),
            "rate": Tile(self.tr("Answered this hour"), self),
            "calls": Tile(self.tr("Live calls"), self),
            "available": Tile(self.tr("Agents available"), self),
            "busy": Tile(self.tr("On a call"), self),
            "paused": Tile(self.tr("Paused"), self),
            "offline": Tile(self.tr("Offline"), self),
        }
        grid = QGridLayout()
        grid.setSpacing(18)
        for index, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, index // 4, index % 4)
        self.alerts = QLabel(self)
        self.alerts.setTextFormat(Qt.TextFormat.PlainText)
        self.alerts.setWordWrap(True)
        self.alerts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self.tr("Esc closes the wallboard"), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 28, 28, 16)
        layout.addLayout(grid, 1)
        layout.addWidget(self.alerts)
        layout.addWidget(self.hint)
        self._scale()

    def _scale(self) -> None:
        height = max(self.height(), 400)
        for tile in self.tiles.values():
            tile.scale(height)
        self.alerts.setStyleSheet(f"color: {TEXT}; background: {ALARM}; font-size: {max(16, height // 26)}px;")
        self.hint.setStyleSheet(f"color: {MUTED}; font-size: {max(11, height // 70)}px;")

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt\'s name
        super().resizeEvent(event)
        self._scale()

    def show_floor(self, floor: Floor, monitor: AlertMonitor, alerts: list[Alert]) -> None:
        """Show one refresh's figures (``monitor`` has just evaluated ``floor``)."""
        t = monitor.thresholds
        count, longest, _ = monitor.waiting(floor)
        rate = next((a.value for a in alerts if a.rule == "answer_rate"), None)
        states = [a.state for a in floor.agents]
        values = {
            "waiting": str(count),
            "longest": clock(longest),
            "calls": str(len(floor.calls)),
            "available": str(states.count("available")),
            "busy": str(states.count("busy")),
            "paused": str(states.count("paused")),
            "offline": str(sum(1 for a in floor.agents if a.state == "offline" or a.registered is False)),
        }
        shown_rate = monitor.last_rate if rate is None else rate
        values["rate"] = "–" if shown_rate is None else f"{shown_rate * 100:.0f} %"
        for key, text in values.items():
            self.tiles[key].value.setText(text)
        self.tiles["waiting"].set_alarm(t.waiting_calls is not None and count >= t.waiting_calls)
        self.tiles["longest"].set_alarm(t.longest_wait is not None and longest >= t.longest_wait)
        self.tiles["rate"].set_alarm(rate is not None)
        self.tiles["offline"].set_alarm(any(a.rule == "unregistered" for a in alerts))
        self.alerts.setText("\n".join(alert_text(a) for a in alerts[:4]))
        self.alerts.setVisible(bool(alerts))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt\'s name
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt\'s name
        self.close()
