"""The desk's side of missed calls: the list kept current, the coverage kept, the catch-up run.

:class:`MissedTracker` adds every call of the agent's extension whose outcome is ``missed`` to the missed list
(:class:`agent_desk.missed.MissedCalls`, through the journal's batching writer: off the GUI thread),
marks a number's calls handled when the agent calls it
(any click-to-call through the dialer) or dismisses one, and keeps the profile's coverage: every
:data:`HEARTBEAT_S` seconds while call events are up, and at the moment they stop. When events
come (back) up after a gap — sign-in after the app was closed, a reconnect after sleep or a lost
network — it runs :func:`agent_desk.catchup.after_gap` for exactly the gap and says what it found
(``caughtUp``): "While you were away: 3 calls, 1 missed." A provider without a history API is
said once (``noHistory``). On the very first sign-in of a profile there is no gap to read. Which
event is a missed call (:func:`agent_desk.missed.missed_call`) and what a gap reads are the core's.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from agent_desk.errors import AgentDeskError, JournalError, Unsupported
from agent_desk.journal import Written, journal_errors
from agent_desk.missed import MissedCall, MissedCalls, missed_call
from agent_desk.models import CallEvent, customer_phone
from agent_desk.phone import same_number_key
from agent_desk.ui.common.messages import error_text, fill
from agent_desk.ui.dialing.dialer import Dialer
from agent_desk.ui.journal.notes import Notes
from agent_desk.ui.support.tasks import TaskSet
from agent_desk.ui.window.session import Session

if TYPE_CHECKING:
    from agent_desk.catchup import CatchUp

log = logging.getLogger(__name__)

HEARTBEAT_S = 30
NAMES_KEPT = 500
ADDED_MS = 250  # calls added to the missed list are announced (``added``) at most this often


class MissedTracker(QObject):
    """See the module doc. ``calls()`` reads the list; ``added`` brings the calls the journal writer
    just put on it (a view inserts them), ``changed`` says anything else changed (a view reads it again).

    It hears the core session's call events as they arrive, like the journal writer
    (:func:`agent_desk.journal.journal_calls`), not the GUI's queue: a call that ends while the agent
    signs out reaches the missed list as it reaches the journal, under the profile it came for."""

    changed = Signal()
    added = Signal(object)  # list[MissedCall]: new on the list of the profile signed in
    caughtUp = Signal(object)  # CatchUp, when it found anything
    noHistory = Signal(str)  # why the gap cannot be read (the provider has no history)
    failed = Signal(str)  # the catch-up or the list could not be done, in words
    dialling = Signal(str)  # the agent started a click-to-call to this number (a call back)

    def __init__(self, session: Session, dialer: Dialer, notes: Notes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialer = dialer
        self.notes = notes
        self._store: MissedCalls | None = None
        self._up = False  # call events were up at the last look
        self._profile = ""
        self._dialled = ""  # the number of the click-to-call already marked as a call back
        self._phones: dict[str, str] = {}  # call id → number, for naming missed calls when the pop finds a name
        self._names: dict[str, str] = {}  # number key → customer name found this session
        self._tasks = TaskSet()
        self.catching_up = False
        self._beat = QTimer(self)
        self._beat.setInterval(HEARTBEAT_S * 1000)
        self._beat.timeout.connect(self._heard_now)
        self._new: list[MissedCall] = []  # written, not yet announced
        self._added = QTimer(self)
        self._added.setSingleShot(True)
        self._added.setInterval(ADDED_MS)
        self._added.timeout.connect(self._announce)
        session.core.subscribe(on_event=self.on_event)
        session.changed.connect(self._session_changed)
        notes.written.connect(self._written)
        dialer.changed.connect(self._dialer_changed)

    @property
    def store(self) -> MissedCalls:
        """The missed list, opened on first use (beside the journal). Raises JournalError."""
        if self._store is None:
            with journal_errors():
                self._store = MissedCalls(self.notes.journal.path)
        return self._store

    # ------------------------------------------------------------------ the list
    def calls(self) -> list[MissedCall]:
        """The profile's missed calls not handled yet, newest first ([] signed out or unreadable)."""
        if not self._profile:
            return []
        try:
            with journal_errors():
                return self.store.open(self._profile)
        except JournalError as exc:
            self.failed.emit(error_text(exc))
            return []

    def count(self) -> int:
        """How many missed calls of the profile wait (0 signed out or unreadable)."""
        if not self._profile:
            return 0
        try:
            with journal_errors():
                return self.store.count(self._profile)
        except JournalError as exc:
            self.failed.emit(error_text(exc))
            return 0

    def dismiss(self, call_id: str) -> None:
        self._write(lambda store: store.dismiss(self._profile, call_id))

    def called_back(self, phone: str) -> None:
        self._write(lambda store: store.called_back(self._profile, phone))

    def _write(self, change: Callable[[MissedCalls], object]) -> None:
        if not self._profile:
            return
        try:
            with journal_errors():
                done = change(self.store)
        except JournalError as exc:
            self.failed.emit(error_text(exc))
            return
        if done:
            self.changed.emit()

    def on_event(self, event: CallEvent, mine: bool) -> None:
        """A call event as the core session publishes it (see the class doc)."""
        profile = self.session.profile
        if not mine or profile is None:
            return
        phone = customer_phone(event) or None
        if event.state == "ringing" and phone:
            if len(self._phones) > NAMES_KEPT:
                self._phones.clear()
            self._phones[event.call_id] = phone
        call = missed_call(event, profile.name, self._names.get(same_number_key(phone)))
        if call is None:
            return
        try:
            self.notes.calls.add_missed(call)  # in the journal writer's next batch, off the GUI thread
        except JournalError as exc:
            self.failed.emit(error_text(exc))

    def _written(self, writes: list[Written]) -> None:
        """The journal writer added missed calls (or could not)."""
        missed = [write for write in writes if write.kind == "missed"]
        for write in missed:
            if write.error is not None:
                self.failed.emit(error_text(write.error))
        mine = [w.item for w in missed if w.changed and w.error is None and w.profile == self._profile]
        self._new += [call for call in mine if isinstance(call, MissedCall)]
        if self._new and not self._added.isActive():
            self._added.start()  # a burst of batches is announced once, not once a batch

    def _announce(self) -> None:
        new, self._new = self._new, []
        if new:
            self.added.emit(new)

    def customer_found(self, call_id: str, name: str) -> None:
        """The pops found who called: name the missed calls from that number."""
        phone = self._phones.get(call_id)
        if not phone or not name:
            return
        if len(self._names) > NAMES_KEPT:
            self._names.clear()
        self._names[same_number_key(phone)] = name
        self._write(lambda store: store.name(self._profile, phone, name))

    def _dialer_changed(self) -> None:
        if self.dialer.waiting:
            if self.dialer.number != self._dialled:
                self._dialled = self.dialer.number
                self.called_back(self.dialer.number)
                self.dialling.emit(self.dialer.number)
        else:
            self._dialled = ""

    # ------------------------------------------------------------------ coverage and catch-up
    def _session_changed(self) -> None:
        session = self.session
        profile = session.profile.name if session.profile and session.signed_in else ""
        up = bool(profile) and session.health is not None and session.health.state == "up"
        if self._up and (not up or profile != self._profile):
            self._heard_now()  # events stop now: the gap starts here
        if profile != self._profile:
            self._profile = profile
            self._new = []
            self.changed.emit()
        if up and not self._up:
            self._tasks.spawn(self._catch_up(), on_error=lambda exc: self.failed.emit(error_text(exc)))
            self._beat.start()
        elif not up:
            self._beat.stop()
        self._up = up

    def _heard_now(self) -> None:
        if self._profile:
            try:
                with journal_errors():
                    self.store.heard(self._profile, time.time())
            except JournalError as exc:
                log.warning("missed calls: cannot keep the coverage: %s", exc)

    async def _catch_up(self) -> None:
        from agent_desk.catchup import after_gap  # the history client: not needed to start

        provider, profile = self.session.provider, self._profile
        if provider is None or not profile:
            return
        store = self.store
        self.catching_up = True
        try:
            with journal_errors():
                report = await after_gap(provider, self.notes.journal, store, profile, time.time())
        except Unsupported:
            self.noHistory.emit(
                fill(
                    self.tr(
                        "%1 has no call history API: calls that came while Agent Desk was not listening "
                        "cannot be listed here."
                    ),
                    provider.title,
                )
            )
            return
        except AgentDeskError as exc:
            self.failed.emit(
                fill(self.tr("Calls missed while Agent Desk was not listening could not be read: %1"), error_text(exc))
            )
            return
        finally:
            self.catching_up = False
        if report is None or profile != self._profile:
            return
        for record in report.calls:
            self.notes.recorded.emit(profile, record.call_id)
        if report.missed:
            self.changed.emit()
        if report.calls or report.missed:
            self.caughtUp.emit(report)

    def away_text(self, report: CatchUp) -> str:
        """ "While you were away: 3 calls, 1 missed." in the interface language."""
        count = len(report.calls)
        calls = self.tr("1 call") if count == 1 else fill(self.tr("%1 calls"), count)
        return fill(self.tr("While you were away: %1, %2 missed."), calls, len(report.missed))
