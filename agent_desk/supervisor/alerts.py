"""Alert rules for the supervisor console: thresholds, and which alerts a snapshot of the floor raises.

:class:`AlertMonitor` is fed one :class:`Floor` per console refresh and answers which alerts are
newly raised and which went back to normal (:class:`AlertChanges`); the console turns a raised
alert into a desktop notification and a row highlight, and a cleared one removes both. No Qt here.

Rules (each off when its threshold is None or False):

* **waiting**: callers waiting in queues (the queue figures' ``waiting`` where the PBX gives them,
  else the inbound live calls still ringing) at or above ``waiting_calls``;
* **longest_wait**: the longest wait (queue figures, else the oldest ringing inbound call) at or
  above ``longest_wait`` seconds;
* **answer_rate**: answered / (answered + abandoned) over the last hour, from the growth of the
  queue figures' counters, below ``answer_rate`` once at least :data:`MIN_CALLS_FOR_RATE` calls
  ended in that hour (providers without queue figures cannot tell: the rule stays silent);
* **unregistered**: an agent whose softphone is not registered (``registered`` False or state
  ``offline``), one alert per agent;
* **state_too_long**: an agent paused, ringing or on a call for ``state_seconds`` or longer, one
  alert per agent (its live call, if any, is the highlighted row);
* **pbx**: the live calls could not be read (the console's data is stale);
* **events**: the call-event path (webhook, websocket) is down.

An alert's ``key`` is stable while the condition holds, so it is raised once and cleared once.
The per-agent rules run when the caller says the agents changed, else every :data:`AGENT_RECHECK`
seconds (a state lasting too long can wait a few seconds to be noticed). They look only at the
agents that raise one: the unregistered or offline ones, and those in one of :data:`LONG_STATES`
since before the threshold, which are the first ones of a list the monitor keeps in the order their
states began. The monitor follows the agents from the agents
:class:`~agent_desk.supervisor.diff.Diff` when the caller passes it (a refresh's few changes), else
from the whole list. At 5,000 agents a look over the whole list took 3 ms of the console's GUI
thread, and another 1.5 ms a refresh went to finding the ringing calls, which are now looked for
only when the queue figures (where the PBX gives them) raise an alert that paints them.
"""

from __future__ import annotations

import collections
import dataclasses
import time
from collections.abc import Callable, Iterable

from agent_desk.models import AgentState, LiveCall, QueueStats
from agent_desk.supervisor.diff import Diff

MIN_CALLS_FOR_RATE = 5
#: seconds between two looks at unchanged agents (a floor's agents list can be long)
AGENT_RECHECK = 5.0
LONG_STATES = ("paused", "ringing", "busy")
HOUR = 3600.0


@dataclasses.dataclass(slots=True)
class Thresholds:
    """What the supervisor set; None / False switches a rule off."""

    waiting_calls: int | None = 5
    longest_wait: int | None = 60  # seconds
    answer_rate: float | None = 0.8  # 0..1, over the last hour
    unregistered: bool = True
    state_seconds: int | None = 900
    pbx_down: bool = True
    events_down: bool = True


@dataclasses.dataclass(slots=True)
class Floor:
    """What the console knows at one refresh. ``queues`` is None where the PBX has no figures;
    ``events_up`` None where the profile has no event path."""

    calls: list[LiveCall]
    agents: list[AgentState]
    queues: list[QueueStats] | None = None
    pbx_up: bool = True
    events_up: bool | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Alert:
    """One condition over its threshold. ``rule`` names the rule; ``subject`` the agent or queue
    (or ""); ``value`` and ``limit`` are in the rule's unit; ``call_ids`` are the rows to paint."""

    key: str
    rule: str
    level: str  # "warn" | "error"
    subject: str
    value: float
    limit: float
    call_ids: tuple[str, ...] = ()


@dataclasses.dataclass(slots=True)
class AlertChanges:
    raised: list[Alert]
    cleared: list[Alert]
    active: list[Alert]


class AlertMonitor:
    """See the module doc."""

    def __init__(self, thresholds: Thresholds | None = None, clock: Callable[[], float] = time.time) -> None:
        self.thresholds = thresholds or Thresholds()
        self.clock = clock
        self.active: dict[str, Alert] = {}
        self._since: dict[str, tuple[str, float]] = {}  # extension → (state, since)
        self._counters: collections.deque[tuple[float, int, int]] = collections.deque()  # (at, answered, abandoned)
        self.last_rate: float | None = None  # the hour's answer rate at the last evaluation (None: unknown)
        self._agent_alerts: list[Alert] = []
        self._agents_at = float("-inf")
        #: extension → agent, for the agents unregistered or offline
        self._unregistered: dict[str, AgentState] = {}
        #: extension → (state, since) of the agents in one of LONG_STATES, the oldest state first
        self._long: collections.OrderedDict[str, tuple[str, float]] = collections.OrderedDict()

    # ------------------------------------------------------------------ figures
    def waiting(self, floor: Floor) -> tuple[int, int, tuple[str, ...]]:
        """``(callers waiting, longest wait in s, their call ids)``."""
        count, longest = self._waiting_figures(floor)
        return count, longest, _ringing_ids(floor)

    def _waiting_figures(self, floor: Floor) -> tuple[int, int]:
        """``(callers waiting, longest wait in s)``: the queue figures' where the PBX gives them."""
        if floor.queues is not None:
            count = sum(q.waiting or 0 for q in floor.queues)
            return count, max((q.longest_wait or 0 for q in floor.queues), default=0)
        now = self.clock()
        ringing = _ringing(floor)
        waits = [now - c.started_at.timestamp() for c in ringing if c.started_at is not None]
        return len(ringing), int(max(waits, default=0))

    def answer_rate(self, floor: Floor) -> tuple[float | None, int]:
        """``(answered share of the calls that ended in the last hour, how many ended)``."""
        if floor.queues is None:
            return None, 0
        now = self.clock()
        answered = sum(q.answered or 0 for q in floor.queues)
        abandoned = sum(q.abandoned or 0 for q in floor.queues)
        self._counters.append((now, answered, abandoned))
        while len(self._counters) > 1 and self._counters[1][0] <= now - HOUR:
            self._counters.popleft()
        _, first_answered, first_abandoned = self._counters[0]
        done = (answered - first_answered) + (abandoned - first_abandoned)
        if done <= 0:
            self.last_rate = None
            return None, 0
        self.last_rate = (answered - first_answered) / done
        return self.last_rate, done

    def _track_states(self, agents: list[AgentState]) -> None:
        """Each agent's state and since when, from the whole list."""
        self._track(agents, now=self.clock())
        since = self._since
        if len(since) > len(agents):  # agents left the list: forget them
            seen = {agent.extension for agent in agents}
            for extension in [e for e in since if e not in seen]:
                self._forget(extension)

    def _track(self, agents: Iterable[AgentState], now: float) -> None:
        since, unregistered, long = self._since, self._unregistered, self._long
        for agent in agents:
            extension, state = agent.extension, agent.state
            previous = since.get(extension)
            began = previous is None or previous[0] != state
            if began:
                since[extension] = (state, now)
            if agent.registered is False or state == "offline":
                unregistered[extension] = agent
            else:
                unregistered.pop(extension, None)
            if state not in LONG_STATES:
                long.pop(extension, None)
            elif began or extension not in long:
                long[extension] = since[extension]
                long.move_to_end(extension)  # the newest state last

    def _forget(self, extension: str) -> None:
        self._since.pop(extension, None)
        self._unregistered.pop(extension, None)
        self._long.pop(extension, None)

    def _track_diff(self, diff: Diff[AgentState]) -> None:
        """The same as :meth:`_track_states` from one refresh's changes."""
        self._track((*diff.inserted, *diff.changed), now=self.clock())
        for extension in diff.removed:
            self._forget(extension)

    # ------------------------------------------------------------------ rules
    def _agent_rules(self, floor: Floor, now: float, changed: bool, diff: Diff[AgentState] | None) -> list[Alert]:
        """The per-agent alerts (unregistered, in one state too long), by extension."""
        t = self.thresholds
        if changed:
            if diff is None:
                self._track_states(floor.agents)
            else:
                self._track_diff(diff)
        found: list[Alert] = []
        if t.unregistered:
            for ext in sorted(self._unregistered):
                found.append(Alert(f"unregistered:{ext}", "unregistered", "warn", ext, 0, 0))
        too_long: list[tuple[str, str, float]] = []
        if t.state_seconds is not None:
            for ext, (state, since) in self._long.items():  # the oldest first: stop at the first too recent
                if now - since < t.state_seconds:
                    break
                too_long.append((ext, state, now - since))
            too_long.sort()
        if too_long:  # the agents' calls, looked up only when an alert needs them
            calls_of: dict[str, list[str]] = collections.defaultdict(list)
            for call in floor.calls:
                if call.extension:
                    calls_of[call.extension].append(call.call_id)
            for ext, state, seconds in too_long:
                key = f"state:{ext}:{state}"
                limit = float(t.state_seconds or 0)
                found.append(
                    Alert(key, f"state_{state}", "warn", ext, int(seconds), limit, tuple(calls_of.get(ext, ())))
                )
        return found

    def evaluate(
        self, floor: Floor, *, agents_changed: bool = True, agents_diff: Diff[AgentState] | None = None
    ) -> AlertChanges:
        """Apply every rule to ``floor``: what started, what ended, what holds. ``agents_diff``: what
        changed in ``floor.agents`` since the last call that said they changed (None: look at them all)."""
        t = self.thresholds
        found: list[Alert] = []
        count, longest = self._waiting_figures(floor)
        waits = t.waiting_calls is not None and count >= t.waiting_calls
        too_long = t.longest_wait is not None and longest >= t.longest_wait
        waiting_ids = _ringing_ids(floor) if waits or too_long else ()
        if waits:
            found.append(Alert("waiting", "waiting", "error", "", count, t.waiting_calls or 0, waiting_ids))
        if too_long:
            found.append(Alert("longest_wait", "longest_wait", "error", "", longest, t.longest_wait or 0, waiting_ids))
        rate, ended = self.answer_rate(floor)
        if t.answer_rate is not None and rate is not None and ended >= MIN_CALLS_FOR_RATE and rate < t.answer_rate:
            found.append(Alert("answer_rate", "answer_rate", "warn", "", round(rate, 4), t.answer_rate))
        now = self.clock()
        if agents_changed or now - self._agents_at >= AGENT_RECHECK:
            self._agents_at = now
            self._agent_alerts = self._agent_rules(floor, now, agents_changed, agents_diff)
        found += self._agent_alerts
        if t.pbx_down and not floor.pbx_up:
            found.append(Alert("pbx", "pbx", "error", "", 0, 0))
        if t.events_down and floor.events_up is False:
            found.append(Alert("events", "events", "error", "", 0, 0))
        return self._changes(found)

    def _changes(self, found: list[Alert]) -> AlertChanges:
        now = {a.key: a for a in found}
        raised = [a for k, a in now.items() if k not in self.active]
        cleared = [a for k, a in self.active.items() if k not in now]
        self.active = now
        return AlertChanges(raised=raised, cleared=cleared, active=list(now.values()))

    def highlights(self) -> dict[str, str]:
        """call id → the highest level of the active alerts pointing at it."""
        out: dict[str, str] = {}
        for alert in self.active.values():
            for call_id in alert.call_ids:
                if out.get(call_id) != "error":
                    out[call_id] = alert.level
        return out


def _ringing(floor: Floor) -> list[LiveCall]:
    """The inbound calls still ringing: the callers waiting where the PBX gives no queue figures."""
    return [c for c in floor.calls if c.state == "ringing" and c.direction == "inbound"]


def _ringing_ids(floor: Floor) -> tuple[str, ...]:
    return tuple(c.call_id for c in _ringing(floor))
