"""The Missed tab: the missed calls not handled yet, newest first, to call back or dismiss.

A call leaves the list when the agent calls its number (from here or anywhere else) or dismisses
it. The line at the top says what the last catch-up found ("While you were away: …"). The tab's
title carries the count (the desk keeps it, with the tray icon's badge).
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desk.missed import OPEN_LIMIT, MissedCall
from agent_desk.phone import display
from agent_desk.ui.common.plain import plain_labels
from agent_desk.ui.dialing.dialer import Dialer
from agent_desk.ui.missed.tracker import MissedTracker


def missed_line(call: MissedCall) -> str:
    """``05/12 14:05 · 0901 234 567 · Lý Thị Mai`` (local time)."""
    parts = [call.at.astimezone().strftime("%d/%m %H:%M"), display(call.phone) or "?"]
    if call.customer:
        parts.append(call.customer)
    return " · ".join(parts)


class MissedView(QWidget):
    """See the module doc."""

    def __init__(self, tracker: MissedTracker, dialer: Dialer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.dialer = dialer
        self.calls: list[MissedCall] = []
        self.notice = QLabel(self)
        self.notice.setObjectName("missedNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.list = QListWidget(self)
        self.list.setObjectName("missedList")
        self.list.itemActivated.connect(lambda _item: self.call_back())
        self.list.currentRowChanged.connect(lambda _row: self._sync_buttons())
        self.empty = QLabel(self.tr("No missed calls waiting."), self)
        self.empty.setStyleSheet("color: palette(placeholder-text); qproperty-alignment: AlignCenter")
        self.call_back_button = QPushButton(self.tr("Call back"), self)
        self.call_back_button.clicked.connect(self.call_back)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setToolTip(self.tr("Take the call off the list without calling back"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.call_back_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(QLabel(self.tr("Missed calls not called back yet, newest first:"), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        plain_labels(self)  # texts from the PBX or a customer record are never HTML
        tracker.changed.connect(self.reload)
        tracker.added.connect(self.insert)
        tracker.caughtUp.connect(lambda report: self.show_notice(tracker.away_text(report)))
        tracker.noHistory.connect(self.show_notice)
        self.reload()

    def add_section(self, widget: QWidget) -> None:
        """Put ``widget`` (the due callbacks) above the missed calls."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, widget)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def reload(self) -> None:
        """Read the list again (a new profile, a call handled or named, a catch-up)."""
        self.calls = self.tracker.calls()
        current = self.list.currentRow()
        self.list.clear()
        for call in self.calls:
            self.list.addItem(self._item(call))
        if self.calls:
            self.list.setCurrentRow(min(max(current, 0), len(self.calls) - 1))
        self._shown()

    def insert(self, calls: list[MissedCall]) -> None:
        """Put calls new on the list in their places (newest first), leaving the other rows and the
        selection as they are; the list keeps at most the :data:`~agent_desk.missed.OPEN_LIMIT` newest
        rows, like :meth:`reload`."""
        known = {call.call_id for call in self.calls}
        for call in sorted(calls, key=lambda c: c.at):
            if call.call_id in known:
                continue
            known.add(call.call_id)
            row = bisect.bisect_left(self.calls, -call.at.timestamp(), key=lambda c: -c.at.timestamp())
            self.calls.insert(row, call)
            self.list.insertItem(row, self._item(call))
        while len(self.calls) > OPEN_LIMIT:
            self.calls.pop()
            self.list.takeItem(len(self.calls))
        if self.calls and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._shown()

    def _shown(self) -> None:
        """The list, or the words for an empty one, and the buttons for the selection."""
        self.list.setVisible(bool(self.calls))
        self.empty.setVisible(not self.calls)
        self._sync_buttons()

    def _item(self, call: MissedCall) -> QListWidgetItem:
        item = QListWidgetItem(missed_line(call))
        item.setToolTip(self.tr("Double-click to call back"))
        return item

    def _selected(self) -> MissedCall | None:
        row = self.list.currentRow()
        return self.calls[row] if 0 <= row < len(self.calls) else None

    def _sync_buttons(self) -> None:
        call = self._selected()
        self.call_back_button.setEnabled(call is not None and bool(call.phone))
        self.dismiss_button.setEnabled(call is not None)

    def call_back(self) -> None:
        call = self._selected()
        if call is None or not call.phone:
            return
        problem = self.dialer.dial(call.phone)  # the tracker marks it handled as the call starts
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))

    def dismiss(self) -> None:
        call = self._selected()
        if call is not None:
            self.tracker.dismiss(call.call_id)
