"""The signed-in session: profile, provider, account status, call events (the GUI's store).

:class:`Session` is the one object the views read. It signs in through the Qt-free core
(``provider.login()``), keeps the softphone registration fresh, runs the event pipeline and
re-emits its callbacks as Qt signals. Every network call is awaited on the qasync loop, so the
GUI thread never waits on the network; blocking keyring reads happen in a worker thread
(:func:`agent_desk.secrets.resolve_secrets`). Signing in again (profile switching) first signs out cleanly.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from agent_desk.config import Profile
from agent_desk.errors import AgentDeskError
from agent_desk.secrets import SecretStore
from agent_desk.ui.common.messages import error_text, fill
from agent_desk.ui.support.tasks import TaskSet

if TYPE_CHECKING:
    from agent_desk.events import SourceHealth
    from agent_desk.events.pipeline import EventPipeline
    from agent_desk.models import AccountStatus, CallEvent
    from agent_desk.providers.base import Provider

log = logging.getLogger(__name__)

#: Seconds between two reads of the softphone registration while signed in.
STATUS_INTERVAL = 30.0
CUSTOMER_SYNC_INTERVAL = 900.0
SILENCE_INTERVAL = 180.0  # seconds between two looks at the PBX's history for calls without events


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)  # seconds between two reads of the customer list


SIGNED_OUT, SIGNING_IN, SIGNED_IN = "signed_out", "signing_in", "signed_in"


class Session(QObject):
    """Sign-in state and the live connection to one PBX account."""

    changed = Signal()  # state, account or event health changed
    callEvent = Signal(object, bool)  # CallEvent, mine (the agent's own extension)
    notice = Signal(str)  # a sentence for the status bar

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = SIGNED_OUT
        self.profile: Profile | None = None
        self.provider: Provider | None = None
        self.account: AccountStatus | None = None
        self.health: SourceHealth | None = None
        self._source_health: SourceHealth | None = None  # what the event source last said ("silent" aside)
        self._events_seen_at = _now()  # the last call event, or when the events started
        self._silence_checked_at: dt.datetime | None = None
        self.secrets: SecretStore | None = None
        self._pipeline: EventPipeline | None = None
        self._tasks = TaskSet()

    @property
    def signed_in(self) -> bool:
        return self.state == SIGNED_IN

    def _set_state(self, state: str) -> None:
        self.state = state
        self.changed.emit()

    async def sign_in(self, profile: Profile, secrets: SecretStore) -> AccountStatus:
        """Sign out of any current account, then log in with ``profile``; typed errors propagate."""
        await self.sign_out()
        from agent_desk.providers import create_provider

        self.profile = profile
        self._set_state(SIGNING_IN)
        provider = None
        try:
            provider = create_provider(profile, secrets)
            account = await provider.login()
        except BaseException:
            if provider is not None:
                await provider.aclose()
            self.profile = None
            self._set_state(SIGNED_OUT)
            raise
        self.provider, self.account, self.secrets = provider, account, secrets
        self._set_state(SIGNED_IN)
        self._tasks.spawn(self._watch_status())
        if hasattr(provider, "sync_customers"):
            self._tasks.spawn(self._sync_customers(provider))
        if profile.events != "none":
            await self._start_events()
        return account

    async def sign_out(self) -> None:
        """Stop events and background reads, close the HTTP client, forget the secrets."""
        await self._tasks.cancel_all()
        pipeline, self._pipeline = self._pipeline, None
        if pipeline is not None:
            try:
                await pipeline.stop()
            except AgentDeskError as exc:  # e.g. a webhook that could not be unregistered
                log.warning("stopping call events: %s", exc)
        provider, self.provider = self.provider, None
        if provider is not None:
            await provider.aclose()
        was = self.state
        self.profile = self.account = self.health = self.secrets = None
        if was != SIGNED_OUT:
            self._set_state(SIGNED_OUT)

    # ------------------------------------------------------------------ softphone status
    async def refresh_status(self) -> None:
        """Read the account (softphone registration) again; a failure becomes a notice."""
        provider = self.provider
        if provider is None:
            return
        try:
            account = await provider.login()
        except AgentDeskError as exc:
            self.notice.emit(error_text(exc))
            return
        if provider is self.provider:
            self.account = account
            self.changed.emit()
        await self._renew_registration()

    async def _renew_registration(self) -> None:
        """The PBX answered: make sure it still knows where to send call events (a restart forgets)."""
        pipeline = self._pipeline
        if pipeline is None:
            return
        try:
            renewed = await pipeline.renew_registration()
        except AgentDeskError as exc:
            self.notice.emit(error_text(exc))
            return
        if not renewed:
            await self._check_silence()
        else:
            self.notice.emit(
                QCoreApplication.translate(
                    "Session", "The PBX had lost where to send call events (restarted?); Agent Desk registered again."
                )
            )

    async def _sync_customers(self, provider: Provider) -> None:
        """Keep the local customer index (pops look numbers up in it) fresh while signed in."""
        import asyncio

        while True:
            try:
                count = await provider.sync_customers()  # type: ignore[attr-defined]
                log.info("customer index: %d customers", count)
            except AgentDeskError as exc:  # pops fall back to paging; the next round tries again
                log.warning("the customer list could not be read: %s", exc)
            await asyncio.sleep(CUSTOMER_SYNC_INTERVAL)

    async def _watch_status(self) -> None:
        import asyncio

        while True:
            await asyncio.sleep(STATUS_INTERVAL)
            await self.refresh_status()

    # ------------------------------------------------------------------ call events
    async def _start_events(self) -> None:
        from agent_desk.events import SourceHealth

        self._events_seen_at = _now()
        from agent_desk.events.pipeline import EventPipeline

        assert self.profile is not None and self.provider is not None
        pipeline = EventPipeline(self.profile, self.provider)
        pipeline.subscribe(self._on_event, self._on_health)
        self._pipeline = pipeline
        self._on_health(SourceHealth(source=self.profile.events, state="starting"))
        try:
            await pipeline.start()
        except AgentDeskError as exc:
            self._pipeline = None
            self._on_health(SourceHealth(source=self.profile.events, state="down", detail=str(exc)))
            self.notice.emit(error_text(exc))

    def _on_event(self, event: CallEvent, mine: bool) -> None:
        self._events_seen_at = _now()
        if self.health is not None and self.health.state == "silent" and self._source_health is not None:
            self.health = self._source_health  # events flow again
            self.changed.emit()
        self.callEvent.emit(event, mine)

    def _on_health(self, health: SourceHealth) -> None:
        self.health = self._source_health = health
        self.changed.emit()

    async def _check_silence(self) -> None:
        """Say so when the PBX recorded a call on this extension that no event announced."""
        from agent_desk.events import SourceHealth
        from agent_desk.events.silence import unseen_call

        provider, profile, health = self.provider, self.profile, self.health
        if provider is None or profile is None or health is None or health.state != "up":
            return
        now = _now()
        if self._silence_checked_at is not None and (now - self._silence_checked_at).total_seconds() < SILENCE_INTERVAL:
            return  # one history request every few minutes per desk is enough (a hundred desks share the PBX)
        self._silence_checked_at = now
        try:
            record = await unseen_call(provider, profile.extension, self._events_seen_at, now)
        except AgentDeskError as exc:  # the history could not be read: nothing to conclude
            log.info("checking for calls without events: %s", exc)
            return
        if record is None or provider is not self.provider or self.health is not health:
            return
        when = record.started_at.astimezone().strftime("%H:%M") if record.started_at else "?"
        detail = fill(
            QCoreApplication.translate(
                "Session",
                "The PBX recorded a call on your extension at %1, but no call event arrived for it: "
                "check that the PBX can reach this computer.",
            ),
            when,
        )
        self.health = SourceHealth(source=health.source, state="silent", detail=detail)
        self.changed.emit()
