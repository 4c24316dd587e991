"""The signed-in session, without Qt: one PBX account, its call events and their health.

:class:`Session` is what the GUI and the CLI sign in with. :meth:`Session.sign_in` makes the
profile's provider client and logs in (``provider.login()``: who we are, whether the softphone is
registered); while signed in it reads the account again every ``status_interval`` seconds, which
also keeps the provider's token alive (the provider renews it when it is about to expire), and,
when asked, runs the profile's :class:`~agent_desk.events.pipeline.EventPipeline` and keeps its
latest :class:`~agent_desk.events.SourceHealth`. :meth:`Session.sign_out` stops all of it, closes
the client (the listener's port is free and a registered callback removed when it returns) and
forgets the secrets.

Two checks keep the desk from going deaf without a word. After every account read that worked,
the PBX is asked whether it still has the webhook registration (a restarted PBX forgets it); when
it had lost it, it is made again and ``on_renewed`` is called. When it had not, the PBX's own call
history is read, at most every :data:`SILENCE_INTERVAL` seconds, for a call on the extension that
no event announced (:func:`agent_desk.events.silence.unseen_call`): then the health turns
``silent`` (:attr:`Session.unseen` is that call) until the next event arrives. A provider that
keeps a local customer index (``sync_customers``) has it refreshed every
:data:`CUSTOMER_SYNC_INTERVAL` seconds.

Whoever shows the session subscribes with callbacks (:meth:`Session.subscribe`), which are called
on the loop, in the order they subscribed:

* ``on_change()`` — the state, the account or the event health changed;
* ``on_event(event, mine)`` — a published call event (``mine``: on the agent's own extension);
* ``on_health(health)`` — the event source's health changed;
* ``on_problem(error)`` — an :class:`~agent_desk.errors.AgentDeskError` that does not end the
  session (a status read that failed, call events that could not start), to be shown in words;
* ``on_renewed()`` — the PBX had lost where to send call events and was told again.

A subscriber that raises is logged and skipped. ``asyncio`` and the event machinery are imported on
first use: the first window reads :class:`SessionState` before the event loop is loaded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from agent_desk.errors import AgentDeskError, PbxUnreachable

if TYPE_CHECKING:
    import asyncio

    from agent_desk.config import Profile
    from agent_desk.events import SourceHealth
    from agent_desk.events.pipeline import EventPipeline
    from agent_desk.models import AccountStatus, CallEvent, CdrRecord
    from agent_desk.providers.base import Provider
    from agent_desk.secrets import SecretStore

log = logging.getLogger(__name__)

#: Seconds between two reads of the account (softphone registration) while signed in.
STATUS_INTERVAL = 30.0
#: Seconds between two reads of the customer list (pops look numbers up in the local index).
CUSTOMER_SYNC_INTERVAL = 900.0
#: Seconds between two looks at the PBX's history for calls without events (a hundred desks share the PBX).
SILENCE_INTERVAL = 180.0

OnChange = Callable[[], None]
OnEvent = Callable[["CallEvent", bool], None]
OnHealth = Callable[["SourceHealth"], None]
OnProblem = Callable[[AgentDeskError], None]
OnRenewed = Callable[[], None]


class SessionState(enum.StrEnum):
    """Where the session is; the values are the strings logs and tests have always seen."""

    SIGNED_OUT = "signed_out"
    SIGNING_IN = "signing_in"
    SIGNED_IN = "signed_in"


@dataclasses.dataclass(eq=False, slots=True)
class _Subscriber:
    """The callbacks one :meth:`Session.subscribe` registered (None: not wanted)."""

    on_change: OnChange | None
    on_event: OnEvent | None
    on_health: OnHealth | None
    on_problem: OnProblem | None
    on_renewed: OnRenewed | None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Session:
    """Sign-in state and the live connection to one PBX account (see the module doc).

    ``status_interval``: seconds between account reads while signed in; None reads it only at
    sign-in and reads nothing in the background (a one-shot command). ``http_thread``: the provider
    :meth:`sign_in` makes sends its requests on the HTTP thread
    (:class:`~agent_desk.http_thread.ThreadTransport`), so this loop only hands them over.
    """

    def __init__(self, *, status_interval: float | None = STATUS_INTERVAL, http_thread: bool = False) -> None:
        self.status_interval = status_interval
        self.http_thread = http_thread  # the provider's requests go through agent_desk.http_thread (the GUI's)
        self.state = SessionState.SIGNED_OUT
        self.profile: Profile | None = None
        self.provider: Provider | None = None
        self.account: AccountStatus | None = None
        self.health: SourceHealth | None = None
        self.secrets: SecretStore | None = None
        self.pipeline: EventPipeline | None = None
        self.unseen: CdrRecord | None = None  # the call that made the health "silent"
        self._source_health: SourceHealth | None = None  # what the event source last said ("silent" aside)
        self._events_seen_at = _now()  # the last call event, or when the events started
        self._silence_checked_at: dt.datetime | None = None
        self._subscribers: list[_Subscriber] = []
        self._background: list[asyncio.Task[None]] = []

    @property
    def signed_in(self) -> bool:
        return self.state == SessionState.SIGNED_IN

    def subscribe(
        self,
        *,
        on_change: OnChange | None = None,
        on_event: OnEvent | None = None,
        on_health: OnHealth | None = None,
        on_problem: OnProblem | None = None,
        on_renewed: OnRenewed | None = None,
    ) -> Callable[[], None]:
        """Add a subscriber (called after the earlier ones); returns the function that removes it."""
        entry = _Subscriber(on_change, on_event, on_health, on_problem, on_renewed)
        self._subscribers.append(entry)
        return lambda: self._subscribers.remove(entry) if entry in self._subscribers else None

    # ------------------------------------------------------------------ sign-in
    async def sign_in(
        self,
        profile: Profile,
        secrets: SecretStore,
        *,
        events: bool = True,
        account: bool = True,
        unreachable_ok: bool = False,
    ) -> AccountStatus | None:
        """Sign out of any current account, then log in with ``profile``; typed errors propagate.

        With ``events`` and a profile whose ``events`` is not ``"none"``, the event source starts
        too; a source that cannot start is reported through ``on_health``/``on_problem``, and the
        session stays signed in. Without ``account`` the PBX is not asked who we are (and None is
        returned): for a command that only follows a relay profile's events, which come from the
        company's relay, so the PBX need not be reachable from this computer. With ``unreachable_ok``
        a PBX that cannot be reached (:class:`~agent_desk.errors.PbxUnreachable`) is logged and the
        session is signed in without an account (a listener hears the PBX's webhooks all the same);
        credentials it refuses still raise.
        """
        await self.sign_out()
        from agent_desk.providers import create_provider

        self.profile = profile
        self._set_state(SessionState.SIGNING_IN)
        try:
            provider = create_provider(profile, secrets, **self._provider_options(profile))
        except BaseException:
            self._signed_out()
            raise
        return await self._log_in(provider, secrets, events=events, account=account, unreachable_ok=unreachable_ok)

    def _provider_options(self, profile: Profile) -> dict[str, Any]:
        if not self.http_thread:
            return {}
        from agent_desk import tls
        from agent_desk.http_thread import ThreadTransport

        return {"transport": ThreadTransport(verify=tls.client_context(profile))}

    async def sign_in_with(self, provider: Provider, *, events: bool = True) -> AccountStatus | None:
        """:meth:`sign_in` with a client already made for ``provider.profile``; the session owns it
        from now on and closes it on sign-out."""
        await self.sign_out()
        self.profile = provider.profile
        self._set_state(SessionState.SIGNING_IN)
        return await self._log_in(provider, provider.secrets, events=events, account=True)

    async def _log_in(
        self, provider: Provider, secrets: SecretStore, *, events: bool, account: bool, unreachable_ok: bool = False
    ) -> AccountStatus | None:
        status = None
        try:
            status = await provider.login() if account else None
        except PbxUnreachable as exc:
            if not unreachable_ok:
                await provider.aclose()
                self._signed_out()
                raise
            log.warning("the PBX could not be reached to read the account (%s); call events start anyway", exc)
        except BaseException:
            await provider.aclose()
            self._signed_out()
            raise
        self.provider, self.account, self.secrets = provider, status, secrets
        self._set_state(SessionState.SIGNED_IN)
        if self.status_interval is not None and account:
            self._spawn(self._watch_status(self.status_interval))
            if hasattr(provider, "sync_customers"):
                self._spawn(self._sync_customers(provider))
        if events and provider.profile.events != "none":
            try:
                await self.start_events()
            except AgentDeskError as exc:
                from agent_desk.events import HealthState, SourceHealth

                down = SourceHealth(provider.profile.events, HealthState.DOWN, str(exc), error=exc)
                self._on_health(down)
                self._problem(exc)
        return status

    async def sign_out(self) -> None:
        """Stop events and the background reads, close the client, forget the secrets."""
        background, self._background = self._background, []
        if background:
            import asyncio

            for task in background:
                task.cancel()
            await asyncio.gather(*background, return_exceptions=True)
        try:
            await self.stop_events()
        except AgentDeskError as exc:  # e.g. a webhook that could not be unregistered
            log.warning("stopping call events: %s", exc)
        provider, self.provider = self.provider, None
        if provider is not None:
            await provider.aclose()
        if self.state != SessionState.SIGNED_OUT:
            self._signed_out()

    def _signed_out(self) -> None:
        self.profile = self.account = self.health = self.secrets = self.unseen = self._source_health = None
        self._set_state(SessionState.SIGNED_OUT)

    # ------------------------------------------------------------------ the account
    async def refresh_status(self) -> None:
        """Read the account (softphone registration) again, then check that call events still come
        (see the module doc); a failure goes to ``on_problem``."""
        provider = self.provider
        if provider is None:
            return
        try:
            account = await provider.login()
        except AgentDeskError as exc:
            self._problem(exc)
            return
        if provider is self.provider:
            self.account = account
            self._changed()
        await self._renew_registration()

    async def _renew_registration(self) -> None:
        """The PBX answered: make sure it still knows where to send call events (a restart forgets)."""
        pipeline = self.pipeline
        if pipeline is None:
            return
        try:
            renewed = await pipeline.renew_registration()
        except AgentDeskError as exc:
            self._problem(exc)
            return
        if renewed:
            self._tell("renewed", lambda s: s.on_renewed)
        else:
            await self._check_silence()

    async def _check_silence(self) -> None:
        """Turn the health ``silent`` when the PBX recorded a call on this extension that no event announced."""
        from agent_desk.events import HealthState, SourceHealth
        from agent_desk.events.silence import unseen_call

        provider, profile, health = self.provider, self.profile, self.health
        if provider is None or profile is None or health is None or health.state != HealthState.UP:
            return
        now = _now()
        checked = self._silence_checked_at
        if checked is not None and (now - checked).total_seconds() < SILENCE_INTERVAL:
            return
        self._silence_checked_at = now
        try:
            record = await unseen_call(provider, profile.extension, self._events_seen_at, now)
        except AgentDeskError as exc:  # the history could not be read: nothing to conclude
            log.info("checking for calls without events: %s", exc)
            return
        if record is None or provider is not self.provider or self.health is not health:
            return
        self.unseen = record
        when = record.started_at.isoformat(timespec="minutes") if record.started_at else "?"
        detail = f"the PBX recorded a call on the extension at {when} but no call event arrived for it"
        self.health = SourceHealth(source=health.source, state=HealthState.SILENT, detail=detail)
        self._changed()

    async def _sync_customers(self, provider: Provider) -> None:
        """Keep the provider's local customer index fresh while signed in."""
        import asyncio

        while True:
            try:
                count = await provider.sync_customers()  # type: ignore[attr-defined]
                log.info("customer index: %d customers", count)
            except AgentDeskError as exc:  # pops fall back to paging; the next round tries again
                log.warning("the customer list could not be read: %s", exc)
            await asyncio.sleep(CUSTOMER_SYNC_INTERVAL)

    async def _watch_status(self, interval: float) -> None:
        import asyncio

        while True:
            await asyncio.sleep(interval)
            await self.refresh_status()

    # ------------------------------------------------------------------ call events
    async def start_events(self) -> None:
        """Start the profile's event source (once). One that cannot start at all (events off) raises
        its AgentDeskError and changes nothing; one that fails later (a port in use) is health
        ``down`` and ends :meth:`wait_events` with its error."""
        if self.pipeline is not None:
            return
        if self.profile is None or self.provider is None:
            raise RuntimeError("start_events() needs a signed-in session")
        from agent_desk.events import HealthState, SourceHealth
        from agent_desk.events.pipeline import EventPipeline

        pipeline = EventPipeline(self.profile, self.provider)
        pipeline.subscribe(self._on_event, self._on_health)
        self._events_seen_at = _now()
        await pipeline.start()  # the source task runs from the next turn of the loop on
        self.pipeline = pipeline
        self._on_health(SourceHealth(source=self.profile.events, state=HealthState.STARTING))

    async def wait_events(self) -> None:
        """Until the event source ends (it serves until stopped); re-raises the error that ended it."""
        if self.pipeline is None:
            raise RuntimeError("call events were not started")
        await self.pipeline.wait()

    async def stop_events(self) -> None:
        """Stop the event source and wait until it has cleaned up (a registered callback removed)."""
        pipeline, self.pipeline = self.pipeline, None
        self.unseen = self._source_health = None
        if pipeline is not None:
            await pipeline.stop()

    # ------------------------------------------------------------------ telling subscribers
    def _set_state(self, state: SessionState) -> None:
        self.state = state
        self._changed()

    def _changed(self) -> None:
        for subscriber in list(self._subscribers):
            if subscriber.on_change is not None:
                self._call("change", subscriber.on_change)

    def _on_event(self, event: CallEvent, mine: bool) -> None:
        from agent_desk.events import HealthState  # loaded with the events themselves

        self._events_seen_at = _now()
        if self.health is not None and self.health.state == HealthState.SILENT and self._source_health is not None:
            self.health, self.unseen = self._source_health, None  # events flow again
            self._changed()
        for subscriber in list(self._subscribers):
            if subscriber.on_event is not None:
                self._call("event", subscriber.on_event, event, mine)

    def _on_health(self, health: SourceHealth) -> None:
        self.health = self._source_health = health
        self.unseen = None
        for subscriber in list(self._subscribers):
            if subscriber.on_health is not None:
                self._call("health", subscriber.on_health, health)
        self._changed()

    def _problem(self, exc: AgentDeskError) -> None:
        for subscriber in list(self._subscribers):
            if subscriber.on_problem is not None:
                self._call("problem", subscriber.on_problem, exc)

    def _tell(self, what: str, pick: Callable[[_Subscriber], Callable[[], None] | None]) -> None:
        for subscriber in list(self._subscribers):
            if (callback := pick(subscriber)) is not None:
                self._call(what, callback)

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        import asyncio

        task = asyncio.ensure_future(work)
        task.add_done_callback(_log_failure)
        self._background.append(task)

    @staticmethod
    def _call(what: str, callback: Callable[..., None], *args: object) -> None:
        try:
            callback(*args)
        except Exception:  # one broken subscriber must not stop the others
            log.exception("a session %s subscriber failed", what)


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and (exc := task.exception()) is not None:
        log.error("a background read of the session failed", exc_info=exc)
