"""Poll the provider's live calls, agents and queue figures; publish incremental updates.

:class:`Refresher` reads, every ``interval`` seconds, whatever the provider offers of
``live_calls()``, ``agents()`` and ``queue_stats()`` (per its capabilities), concurrently, and
publishes an :class:`Update` holding the :class:`~agent_desk.supervisor.diff.Diff` of each.
``agents()`` is handed this cycle's live-calls read, so a provider that derives busy agents from
the live calls (TEL4VN) makes one live-calls request a cycle, not two.

Failures:

* Live calls failing (PBX unreachable, a 5xx, a timeout, a refusal) makes the data **stale**:
  the update says so, with the error and the time of the last good read, and the next try comes
  after an exponential backoff with jitter (:class:`Backoff`) instead of the interval. The rows
  already published stay; the first good read afterwards publishes the diff against them.
* Agents or queue figures failing does not make calls stale: the update carries the error for
  that panel (``problems``) and the read is tried again next cycle.

Published calls and agents carry no ``raw`` record (the console shows none): thousands of kept
dicts would be megabytes for nothing. So the refresher sets its provider's
:attr:`~agent_desk.providers.base.Provider.raw_rows` False: the provider then gives records with
an empty ``raw`` and may hand back, for a row unchanged since its last read, the record it made
then; the refresher changes no record it is given (it copies a call to give it the agent's
name: :class:`~agent_desk.supervisor.diff.AgentNames`). At 5,000 live calls, most of them
unchanged from one second to the next, a read then decodes and maps only the rows that
changed, and the calls' agent names are gathered again only when an agent's name may have
changed. The records themselves (:mod:`agent_desk.live`) are never
tracked by the garbage collector, so those made bring no collection on and none scans them.

Call events (:meth:`Refresher.apply_event`) change a known call's state (where the live-calls
API speaks the events' words) or remove a call that hung up at once; an event for a call not
yet listed asks for an early read (at most one every ``interval / 2`` seconds), since the
live-calls list is the authority on which calls exist.
Known limit: TEL4VN gives a transferred call's old leg the call's own id when only one extension
rang, so that hangup removes the row until the next read lists the call again.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Callable
from typing import Any

import msgspec

from agent_desk import errors
from agent_desk.backoff import Backoff
from agent_desk.models import AgentState, CallEvent, Capability, LiveCall, QueueStats
from agent_desk.supervisor.diff import AGENTS, CALLS, QUEUES, AgentNames, Diff, diff_rows

log = logging.getLogger(__name__)

ENDED_STATES = ("hangup", "missed")
#: Event states that may replace a listed call's state: only where the live-calls API uses the
#: same words (OnePOS); TEL4VN lists a channel state ("CS_EXECUTE") that an event must not flip.
LIVE_STATES = ("ringing", "answered")


@dataclasses.dataclass(frozen=True, slots=True)
class Health:
    """Whether the calls shown are current. ``last_good`` is a Unix time (None: never read)."""

    stale: bool
    last_good: float | None = None
    error: BaseException | None = None
    retry_in: float | None = None  # seconds until the next try, when stale


@dataclasses.dataclass(slots=True)
class Update:
    """One change to publish. A part not read this time is None (its diff is then empty)."""

    calls: Diff[LiveCall]
    health: Health
    agents: Diff[AgentState] | None = None
    queues: list[QueueStats] | None = None  # the whole list: it is short and feeds the chart
    queue_diff: Diff[QueueStats] | None = None
    problems: dict[str, BaseException] = dataclasses.field(default_factory=dict)  # "agents" | "queues"
    at: float = 0.0


Publish = Callable[[Update], None]


class Refresher:
    """See the module doc. ``publish`` is called in the refresher's loop, once per update."""

    def __init__(
        self,
        provider: Any,
        publish: Publish,
        *,
        interval: float = 1.0,
        backoff: Backoff | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.provider = provider
        provider.raw_rows = False  # see the module doc
        self.publish = publish
        self.interval = interval
        self.backoff = backoff or Backoff()
        self.clock = clock
        self.calls: dict[str, LiveCall] = {}
        self.agents: dict[str, AgentState] = {}
        self.queues: dict[str, QueueStats] = {}
        self.health = Health(stale=False)
        self._names: dict[str, str] = {}  # the agents' names by extension, for the calls
        self._agent_names = AgentNames()
        self._wake: asyncio.Event | None = None
        self._last_read = float("-inf")

    # ------------------------------------------------------------------ reading
    async def run(self) -> None:
        """Read, publish, wait; forever (cancel to stop)."""
        self._wake = asyncio.Event()
        while True:
            delay = await self.refresh_once()
            try:
                await asyncio.wait_for(self._wake.wait(), delay)
            except TimeoutError:
                pass
            self._wake.clear()

    async def refresh_once(self) -> float:
        """One read of everything the provider offers; publishes the update; returns the delay
        until the next read (the interval, or the backoff while failing)."""
        self._last_read = time.monotonic()
        supports = self.provider.supports
        calls_read = asyncio.ensure_future(self.provider.live_calls())
        parts: list[Any] = [calls_read]
        if supports(Capability.AGENT_STATES):
            parts.append(self.provider.agents(live_calls=calls_read))  # one live-calls request a cycle
        if supports(Capability.QUEUE_STATS):
            parts.append(self.provider.queue_stats())
        results = await asyncio.gather(*parts, return_exceptions=True)
        calls = results[0]
        agents = results[1] if supports(Capability.AGENT_STATES) else None
        queues = results[-1] if supports(Capability.QUEUE_STATS) else None
        for result in results:
            if isinstance(result, BaseException) and not isinstance(result, errors.AgentDeskError):
                raise result  # a bug or a cancellation: not a PBX answer
        now = self.clock()
        update = Update(calls=Diff(), health=self.health, at=now)
        if isinstance(agents, BaseException):
            update.problems["agents"] = agents
        elif agents is not None:
            update.agents, self.agents = diff_rows(AGENTS, self.agents, agents)
            if self._names_may_change(update.agents):
                self._names = {a.extension: a.name for a in self.agents.values() if a.name}
        if isinstance(queues, BaseException):
            update.problems["queues"] = queues
        elif queues is not None:
            update.queues = queues
            update.queue_diff, self.queues = diff_rows(QUEUES, self.queues, queues)
        if isinstance(calls, BaseException):
            delay = self.backoff.next_delay()
            log.info("live calls failed (%s); retrying in %.1f s", calls, delay)
            self.health = Health(stale=True, last_good=self.health.last_good, error=calls, retry_in=delay)
        else:
            delay = self.interval
            self.backoff.reset()
            update.calls, self.calls = diff_rows(CALLS, self.calls, self._agent_names.shown(calls, self._names))
            self.health = Health(stale=False, last_good=now)
        update.health = self.health
        self.publish(update)
        return delay

    def _names_may_change(self, diff: Diff[AgentState]) -> bool:
        """Whether the agents' names by extension may differ after ``diff`` (most diffs change states only)."""
        names = self._names
        return bool(diff.inserted or diff.removed) or any(
            (a.name or None) != names.get(a.extension) for a in diff.changed
        )

    def refresh_soon(self) -> None:
        """Read again now instead of at the end of the interval (or of the backoff)."""
        if self._wake is not None:
            self._wake.set()

    # ------------------------------------------------------------------ events
    def apply_event(self, event: CallEvent) -> None:
        """Merge one call event (see the module doc); publishes an update when a row changes."""
        call = self.calls.get(event.call_id)
        if call is None:
            if event.state not in ENDED_STATES and time.monotonic() - self._last_read >= self.interval / 2:
                self.refresh_soon()
            return
        diff: Diff[LiveCall] = Diff()
        if event.state in ENDED_STATES:
            del self.calls[event.call_id]
            diff.removed.append(event.call_id)
        elif event.state != call.state and event.state in LIVE_STATES and call.state in LIVE_STATES:
            changed = msgspec.structs.replace(call, state=event.state)
            self.calls[event.call_id] = changed
            diff.changed.append(changed)
        if diff:
            self.publish(Update(calls=diff, health=self.health, at=self.clock()))
