"""Wrap-up on the call card: the disposition, a callback to schedule, and the after-call-work timer.

Shown under an ended call's card. The disposition picker offers the profile's ``dispositions``
(saved at once, the same value as in the pop and the Journal). A code that schedules a callback
(:func:`agent_desk.wrapup.callback_codes`) shows "Call back at" with a time (in an hour by
default) and *Schedule*. With ``wrap_up`` seconds in the profile, a countdown runs; when it ends,
or the agent presses *Done*, or the next call comes, the journal records how long it took.
"""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QDateTime, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agent_desk.callcard import CallCard
from agent_desk.config import Profile
from agent_desk.errors import ConfigError, JournalError
from agent_desk.journal import journal_errors
from agent_desk.ui.callcard.callbacks import CallbackReminder
from agent_desk.ui.common.messages import error_text, fill
from agent_desk.ui.dialing.call_log import clock_text
from agent_desk.ui.journal.notes import Notes, fill_dispositions
from agent_desk.wrapup import Callback, callback_codes, wrap_up_seconds


class WrapUpPanel(QWidget):
    """See the module doc. ``problem(text)`` reports a setting or journal problem in words."""

    problem = Signal(str)

    def __init__(self, notes: Notes, reminder: CallbackReminder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = notes
        self.reminder = reminder
        self.profile: Profile | None = None
        self.card: CallCard | None = None
        self.codes: list[str] = []
        self.callback_codes: list[str] = []
        self.seconds = 0
        self._started = 0.0  # monotonic, when the call ended
        self.running = False

        self.disposition = QComboBox(self)
        self.disposition.setObjectName("cardDisposition")
        self.disposition.currentIndexChanged.connect(lambda _i: self._picked())
        self.disposition_row = QWidget(self)
        row = QHBoxLayout(self.disposition_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Wrap-up:"), self.disposition_row))
        row.addWidget(self.disposition, 1)

        self.when = QDateTimeEdit(self)
        self.when.setObjectName("callbackTime")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.schedule_button = QPushButton(self.tr("Schedule"), self)
        self.schedule_button.clicked.connect(self.schedule)
        self.callback_row = QWidget(self)
        row = QHBoxLayout(self.callback_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Call back at"), self.callback_row))
        row.addWidget(self.when, 1)
        row.addWidget(self.schedule_button)
        self.callback_row.hide()

        self.scheduled_label = QLabel(self)
        self.scheduled_label.setObjectName("callbackScheduled")
        self.scheduled_label.hide()
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("wrapUpTimer")
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setToolTip(self.tr("End the after-call work now"))
        self.done_button.clicked.connect(self.finish)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer_label, 1)
        timer_row.addWidget(self.done_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.disposition_row)
        layout.addWidget(self.callback_row)
        layout.addWidget(self.scheduled_label)
        layout.addLayout(timer_row)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count)
        self.hide()

    # ------------------------------------------------------------------ lifecycle
    def start(self, profile: Profile, card: CallCard) -> None:
        """The call ended: offer the wrap-up for it (and start the timer where the profile has one)."""
        self.finish()
        self.profile, self.card = profile, card
        try:
            self.seconds = wrap_up_seconds(profile)
            self.callback_codes = callback_codes(profile)
        except ConfigError as exc:
            self.seconds, self.callback_codes = 0, []
            self.problem.emit(error_text(exc))
        self.codes = list(profile.dispositions)
        fill_dispositions(self.disposition, self.codes, self.notes.disposition(profile.name, card.call_id))
        self.disposition_row.setVisible(bool(self.codes))
        self.when.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        self.scheduled_label.hide()
        self._picked(save=False)
        self._started = time.monotonic()
        self.running = self.seconds > 0
        self.timer_label.setVisible(self.running)
        self.done_button.setVisible(self.running)
        if self.running:
            self._tick.start()
            self._count()
        self.setVisible(bool(self.codes) or self.running)

    def stop(self) -> None:
        """Another call came: end the wrap-up that runs and put the panel away."""
        self.finish()
        self.card = None
        self.hide()

    def finish(self) -> None:
        """End the after-call work now; the journal keeps how long it took."""
        if not self.running or self.card is None or self.profile is None:
            return
        self.running = False
        self._tick.stop()
        took = int(time.monotonic() - self._started)
        try:
            with journal_errors():
                self.notes.journal.set_wrap_up(self.profile.name, self.card.call_id, took)
        except (JournalError, KeyError) as exc:
            self.problem.emit(error_text(exc) if isinstance(exc, JournalError) else str(exc))
        self.timer_label.setText(fill(self.tr("Wrap-up done in %1."), clock_text(took)))
        self.timer_label.show()
        self.done_button.hide()

    def _count(self) -> None:
        left = self.seconds - (time.monotonic() - self._started)
        if left <= 0:
            self.finish()
            return
        self.timer_label.setText(fill(self.tr("After-call work · %1 left"), clock_text(int(left + 0.999))))

    # ------------------------------------------------------------------ disposition and callback
    def _picked(self, save: bool = True) -> None:
        code = self.disposition.currentData() or ""
        if save and self.profile is not None and self.card is not None:
            self.notes.set_disposition(self.profile.name, self.card.call_id, code)
        self.callback_row.setVisible(code in self.callback_codes)
        scheduled = (
            self.reminder.scheduled(self.card.call_id)
            if self.card is not None and code in self.callback_codes
            else None
        )
        if scheduled is not None:
            self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(scheduled.due.timestamp())))
            self.schedule_button.setText(self.tr("Move"))
        else:
            self.schedule_button.setText(self.tr("Schedule"))

    def schedule(self) -> None:
        """Schedule the callback of this call at the chosen time."""
        card, profile = self.card, self.profile
        if card is None or profile is None or not card.phone:
            return
        due = dt.datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), dt.UTC)
        callback = Callback(profile.name, card.call_id, card.phone, due, card.customer)
        if self.reminder.schedule(callback):
            self.schedule_button.setText(self.tr("Move"))
            local = due.astimezone().strftime("%d/%m %H:%M")
            self.scheduled_label.setText(fill(self.tr("Call back scheduled for %1."), local))
            self.scheduled_label.show()
