"""The signed-in session as the GUI sees it: the core :class:`agent_desk.session.Session` whose
callbacks become Qt signals.

The views read the session through this object (``state``, ``profile``, ``provider``,
``account``, ``health``, ``secrets`` are the core session's) and listen to its signals. Every
network call is awaited on the qasync loop, so the GUI thread never waits on the network; the
provider's requests are sent and read on the HTTP thread (:mod:`agent_desk.http_thread`), so the loop
only hands them over; blocking keyring reads happen in a worker thread
(:func:`agent_desk.secrets.resolve_secrets`). Signing in again (profile switching) first signs out cleanly.

Call events are not handled inside the source's callback: :meth:`Session._on_event` only queues
them (so the webhook listener answers the PBX as soon as the registry has taken the event), and
the GUI drains the queue on the next turns of the event loop, at most :data:`DRAIN_BUDGET_S` of
work per turn, re-emitting each as :attr:`Session.callEvent` in order. Under a burst the pops are
coalesced: while a ringing call of the agent is delivered with a newer one queued behind it, and it
waited more than :data:`COALESCE_AFTER_S` in the queue or a ringing call got its own pop less than
:data:`POP_GAP_S` ago, :attr:`Session.coalescing` is True and the pops collapse it into "N more
calls" (the newest call gets the pop; every call still reaches the journal and the missed list). So
a flood opens a few pops a second, not one per call: each costs the GUI thread ~10 ms and two
look-ups, which under a flood is what put the PBX's requests seconds behind.
"""

from __future__ import annotations

import collections
import dataclasses
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from agent_desk.session import Session as CoreSession
from agent_desk.session import SessionState
from agent_desk.ui.common.messages import error_text, fill

if TYPE_CHECKING:
    from agent_desk.config import Profile
    from agent_desk.errors import AgentDeskError
    from agent_desk.events import SourceHealth
    from agent_desk.models import AccountStatus, CallEvent
    from agent_desk.providers.base import Provider
    from agent_desk.secrets import SecretStore

DRAIN_BUDGET_S = 0.008  # GUI time one event-loop turn spends on queued call events (half a frame)
COALESCE_AFTER_S = 0.1  # a ringing call queued this long with a newer one behind it gets no pop of its own
POP_GAP_S = 0.25  # nor does one with a newer one behind it this soon after a ringing call got its own pop


class Session(QObject):
    """Sign-in state and the live connection to one PBX account, with Qt signals.

    ``core`` is the Qt-free session. Its events reach :attr:`callEvent` through this object's queue
    (see the module doc), so a subscriber of ``core`` (e.g. the journal writer, which only queues
    the write for its own thread) is called before the slots of :attr:`callEvent` run.
    """

    changed = Signal()  # state, account or event health changed
    callEvent = Signal(object, bool)  # CallEvent, mine (the agent's own extension)
    notice = Signal(str)  # a sentence for the status bar

    def __init__(self, parent: QObject | None = None, core: CoreSession | None = None) -> None:
        super().__init__(parent)
        self._inbox: collections.deque[tuple[CallEvent, bool, float]] = collections.deque()  # event, mine, queued at
        self._rings_queued = 0  # the agent's ringing calls in the inbox
        self._last_own_ring = float("-inf")  # monotonic time a ringing call of the agent was last delivered uncoalesced
        self._drain_timer = QTimer(self)
        self._drain_timer.setSingleShot(True)
        self._drain_timer.setInterval(0)
        self._drain_timer.timeout.connect(self._drain)
        self.coalescing = False  # see the module doc: the event being delivered gets no pop of its own
        self.core = core or CoreSession(http_thread=True)  # the GUI loop only hands the PBX requests over
        self.core.subscribe(
            on_change=self.changed.emit,
            on_event=self._on_event,
            on_problem=self._on_problem,
            on_renewed=self._on_renewed,
        )

    # ------------------------------------------------------------------ what the views read
    @property
    def state(self) -> SessionState:
        return self.core.state

    @property
    def signed_in(self) -> bool:
        return self.core.signed_in

    @property
    def profile(self) -> Profile | None:
        return self.core.profile

    @property
    def provider(self) -> Provider | None:
        return self.core.provider

    @property
    def account(self) -> AccountStatus | None:
        return self.core.account

    @property
    def health(self) -> SourceHealth | None:
        """The core's health; a ``silent`` one says in the interface language which call never arrived."""
        health, unseen = self.core.health, self.core.unseen
        if health is None or unseen is None:
            return health
        from agent_desk.events import HealthState  # not at import: the first window is signed out

        if health.state != HealthState.SILENT:
            return health
        when = unseen.started_at.astimezone().strftime("%H:%M") if unseen.started_at else "?"
        detail = fill(
            QCoreApplication.translate(
                "Session",
                "The PBX recorded a call on your extension at %1, but no call event arrived for it: "
                "check that the PBX can reach this computer.",
            ),
            when,
        )
        return dataclasses.replace(health, detail=detail)

    @property
    def secrets(self) -> SecretStore | None:
        return self.core.secrets

    @property
    def pending(self) -> int:
        """How many call events wait in the queue for the GUI (see the module doc)."""
        return len(self._inbox)

    # ------------------------------------------------------------------ what the desk does
    async def sign_in(self, profile: Profile, secrets: SecretStore) -> AccountStatus:
        """Sign out of any current account, then log in with ``profile`` and start its call events;
        typed errors propagate (see :meth:`agent_desk.session.Session.sign_in`)."""
        account = await self.core.sign_in(profile, secrets)
        assert account is not None  # the account is always read here
        return account

    async def sign_out(self) -> None:
        """Stop events and background reads, close the HTTP client, forget the secrets."""
        self._drain(budget=None)  # the events already taken are delivered while the profile is known
        await self.core.sign_out()

    async def refresh_status(self) -> None:
        """Read the account (softphone registration) again and check that call events still come;
        a failure becomes a notice."""
        await self.core.refresh_status()

    # ------------------------------------------------------------------ callbacks → signals
    def _on_event(self, event: CallEvent, mine: bool) -> None:
        """The core session's subscriber: queue the event (see the module doc); the source goes on at once."""
        self._inbox.append((event, mine, time.monotonic()))
        if mine and event.state == "ringing":
            self._rings_queued += 1
        if not self._drain_timer.isActive():
            self._drain_timer.start()

    def _drain(self, budget: float | None = DRAIN_BUDGET_S) -> None:
        """Deliver queued events in order for at most ``budget`` seconds (None: all), then yield the turn."""
        start = time.monotonic()
        while self._inbox:
            event, mine, queued = self._inbox.popleft()
            if mine and event.state == "ringing":
                self._rings_queued -= 1
                self.coalescing = self._late(start - queued)
            try:
                self.callEvent.emit(event, mine)
            finally:
                self.coalescing = False
            if budget is not None and time.monotonic() - start >= budget:
                break
        if self._inbox:
            self._drain_timer.start()

    def _late(self, waited: float) -> bool:
        """Whether the agent's ringing call being delivered, after ``waited`` seconds in the queue,
        gets no pop of its own (see the module doc); remembers when one does."""
        now = time.monotonic()
        if self._rings_queued > 0 and (waited > COALESCE_AFTER_S or now - self._last_own_ring < POP_GAP_S):
            return True
        self._last_own_ring = now
        return False

    def _on_problem(self, exc: AgentDeskError) -> None:
        self.notice.emit(error_text(exc))

    def _on_renewed(self) -> None:
        self.notice.emit(
            QCoreApplication.translate(
                "Session", "The PBX had lost where to send call events (restarted?); Agent Desk registered again."
            )
        )
