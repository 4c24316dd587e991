"""Callbacks the agent scheduled: the reminder when one is due, and the list of those due.

:class:`CallbackReminder` keeps :class:`agent_desk.wrapup.Callbacks` (beside the journal) and
looks every :data:`CHECK_MS` for callbacks whose time came: each is announced once (``reminded``:
the desk shows a notification that dials on one click, and a banner). A callback is done when the
agent calls its number (from anywhere) or dismisses it. :class:`DueCallbacks` lists the due ones
with *Call now* and *Dismiss*.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from agent_desk.errors import JournalError
from agent_desk.journal import journal_errors
from agent_desk.phone import display
from agent_desk.ui.common.messages import error_text
from agent_desk.ui.common.plain import plain_labels
from agent_desk.ui.dialing.dialer import Dialer
from agent_desk.ui.journal.notes import Notes
from agent_desk.ui.window.session import Session
from agent_desk.wrapup import Callback, Callbacks

CHECK_MS = 10_000
T = TypeVar("T")


def callback_words(callback: Callback) -> str:
    """``Lý Thị Mai · 0901 234 567`` (or just the number)."""
    number = display(callback.phone)
    return f"{callback.customer} · {number}" if callback.customer else number


class CallbackReminder(QObject):
    """See the module doc."""

    changed = Signal()  # scheduled, due, done: the lists may differ
    reminded = Signal(object)  # Callback whose time came (once)
    failed = Signal(str)

    def __init__(self, session: Session, dialer: Dialer, notes: Notes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialer = dialer
        self.notes = notes
        self._store: Callbacks | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        session.changed.connect(self._session_changed)

    @property
    def store(self) -> Callbacks:
        if self._store is None:
            with journal_errors():
                self._store = Callbacks(self.notes.journal.path)
        return self._store

    def _profile(self) -> str:
        profile = self.session.profile
        return profile.name if profile is not None and self.session.signed_in else ""

    def _session_changed(self) -> None:
        if self._profile():
            if not self._timer.isActive():
                self._timer.start()
                QTimer.singleShot(0, self, self.check)
        else:
            self._timer.stop()
        self.changed.emit()

    def _read(self, job: Callable[[Callbacks], T], default: T) -> T:
        try:
            with journal_errors():
                return job(self.store)
        except JournalError as exc:
            self.failed.emit(error_text(exc))
            return default

    def scheduled(self, call_id: str) -> Callback | None:
        profile = self._profile()
        return self._read(lambda store: store.get(profile, call_id), None) if profile else None

    def schedule(self, callback: Callback) -> bool:
        def save(store: Callbacks) -> bool:
            store.schedule(callback)
            return True

        ok = self._read(save, False)
        if ok:
            self.changed.emit()
        return ok

    def due(self) -> list[Callback]:
        profile = self._profile()
        none: list[Callback] = []
        return self._read(lambda store: store.due(profile, time.time()), none) if profile else none

    def check(self) -> None:
        """Announce the callbacks whose time came (each once)."""
        profile = self._profile()
        if not profile:
            return
        none: list[Callback] = []
        fresh = self._read(lambda store: store.to_remind(profile, time.time()), none)
        for callback in fresh:
            self.reminded.emit(callback)
        if fresh:
            self.changed.emit()

    def called(self, phone: str) -> None:
        """The agent calls ``phone``: its due callbacks are done."""
        profile = self._profile()
        if profile and self._read(lambda store: store.called(profile, phone), 0):
            self.changed.emit()

    def dismiss(self, call_id: str) -> None:
        profile = self._profile()
        if profile and self._read(lambda store: store.dismiss(profile, call_id), False):
            self.changed.emit()

    def call(self, callback: Callback) -> str | None:
        """Call the callback's number now (it is done as the call starts); a sentence when it cannot."""
        return self.dialer.dial(callback.phone)


class DueCallbacks(QWidget):
    """The due callbacks, to call now or dismiss; hidden while there are none."""

    def __init__(self, reminder: CallbackReminder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reminder = reminder
        self.callbacks: list[Callback] = []
        self.list = QListWidget(self)
        self.list.setObjectName("dueCallbacks")
        self.list.setMaximumHeight(110)
        self.list.itemActivated.connect(lambda _item: self.call_now())
        self.call_button = QPushButton(self.tr("Call now"), self)
        self.call_button.clicked.connect(self.call_now)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        title = QLabel(self.tr("Callbacks due:"), self)
        title.setStyleSheet("font-weight: bold")
        layout.addWidget(title)
        layout.addWidget(self.list)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        plain_labels(self)  # texts from the PBX or a customer record are never HTML
        reminder.changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.callbacks = self.reminder.due()
        self.list.clear()
        for callback in self.callbacks:
            when = callback.due.astimezone().strftime("%d/%m %H:%M")
            self.list.addItem(f"{when} · {callback_words(callback)}")
        if self.callbacks:
            self.list.setCurrentRow(0)
        self.setVisible(bool(self.callbacks))

    def _selected(self) -> Callback | None:
        row = self.list.currentRow()
        return self.callbacks[row] if 0 <= row < len(self.callbacks) else None

    def call_now(self) -> None:
        callback = self._selected()
        if callback is not None:
            problem = self.reminder.call(callback)
            self.problem.setText(problem or "")
            self.problem.setVisible(bool(problem))

    def dismiss(self) -> None:
        callback = self._selected()
        if callback is not None:
            self.reminder.dismiss(callback.call_id)
