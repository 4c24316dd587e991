"""The call registry: one state machine that turns raw provider events into a clean event stream.

:class:`CallRegistry` is pure (no I/O, an injectable clock) and cheap per event: it sits on the
screen-pop hot path. ``feed(event)`` returns the events to publish, in order; ``tick()`` returns
the ones that became due with time alone. Every published event is the provider's own event,
completed from what the registry knows, or an event the registry derived (a missed call, the
hangup of a leg whose hangup never came).

Model
-----
A *flow* is one call as the customer lives it; a *leg* is one extension's part of it (a queue
call rings several extensions: one leg each). Each leg moves forward only, through
``ringing → answered → hangup``; the flow ends with an optional ``missed`` and one ``cdr``.

Rules
-----
* **Which flow.** An event belongs to the flow already known under its ``flow_id`` or its
  ``call_id`` (both are remembered). A ``cdr`` that matches neither (TEL4VN queue calls: the legs
  carry per-extension ids, the CDR the flow's id) is linked, where no ``flow_id``/``sip_call_id``
  ties it, to the most recently active flow with the same customer number and direction that has
  no CDR yet and was active within ``link_window`` seconds; a flow whose legs have all ended is
  preferred over a live one. A CDR whose call began (its time less its duration) more than
  :data:`CDR_SLACK` seconds after the flow's last leg event is another call of the same customer
  (one whose legs never reached the desk) and is never linked. Anything else starts a new flow.
* **Which leg.** Legs are told apart by extension (VoiceCloud and oapi use one call id for every
  leg), or by call id where the event names no extension.
* **Duplicates.** A leg state already reached is never published again (a duplicate ringing does
  not pop twice); a flow publishes at most one ``missed`` and one ``cdr``.
* **Order.** A leg never goes back: an ``answered`` that arrives before its ``ringing`` is
  published and the late ``ringing`` dropped; an ``answered`` that arrives after its leg's
  ``hangup`` is not published but still counts as an answer (no missed call). After the flow's
  ``missed`` or ``cdr``, new legs are dropped.
* **One id for the whole call** (VoiceCloud, OnePOS, oapi give every leg the call's id): when a
  leg answers, the legs still ringing under its id end (a derived ``hangup`` each: the call was
  picked up elsewhere); a ``hangup`` under that id ends every open leg, one ``hangup`` per leg
  with that leg's extension, caller and callee. A ``hangup`` naming no extension (VoiceCloud's
  ``hangup?callid=``) ends the legs of its id or, when no leg has that id, every open leg.
* **Missing events.** A ``missed`` or ``cdr`` first ends the legs still open (a derived
  ``hangup`` each), so every ``ringing`` gets its ``hangup``. Missing fields (direction
  ``unknown``, caller, callee, customer, queue, extension) are filled from the flow. Derived
  events carry ``raw == {"derived": True}``.
* **Missed calls.** An inbound flow that rang an extension and ends without any answer gets one
  ``missed`` unless the provider sent its own. Ended means: all its legs hung up, or its CDR
  came. On the CDR the ``missed`` is published just before it; after the last hangup it waits
  ``missed_grace`` seconds (a late ``answered`` may still cancel it) and then comes from
  ``feed``/``tick``. A CDR with a recording counts as answered; a CDR of a call never seen
  ringing derives nothing (whether it was answered is unknown).
* **Mine.** :meth:`is_mine` is true for an event about the logged-in extension's leg; a
  ``missed`` or ``cdr`` is also the extension's when it answered the call, or when nobody did
  and its phone rang. Everything else is only for a supervisor's view.
* **Lost track.** A leg the PBX never ends (it lost the webhook, or someone sends ringing events
  that never finish) ends in the state ``lost`` (:data:`~agent_desk.models.LOST`, published by the
  registry only, ``raw == {"derived": True}``): a leg still ringing ``ring_ttl`` seconds after it
  began ringing, or answered ``answered_ttl`` seconds after its answer, and any open leg of a flow
  pushed out by ``max_calls``. A lost leg derives no missed call (whether it was answered is unknown).
* **Memory.** A flow is forgotten ``stale_after`` seconds after its last event (finished flows
  stay that long so late duplicates are still recognised; a flow with an open leg is kept until
  that leg is lost); at most ``max_calls`` flows and ``MAX_LEGS`` legs per flow are kept (the
  oldest flow goes first; extra legs are dropped). The ids of forgotten flows are remembered
  compactly (:class:`~agent_desk.events.seen.SeenIds`, a 64-bit digest an id, for ``remember_for``
  seconds, a day by default, whatever ``max_calls`` is): an event for one of them is a replay
  and is dropped, so a ringing replayed after 5,000 newer calls never pops again.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import heapq
import logging
import operator
import time
from collections.abc import Callable
from typing import Any

from agent_desk.events.outcome import decide, status_outcome, unanswered_outcome
from agent_desk.events.seen import SeenIds
from agent_desk.models import EVENT_STATES, LOST, CallEvent

log = logging.getLogger(__name__)

RINGING, ANSWERED, HANGUP = 0, 1, 2
_LEG_RANK = {"ringing": RINGING, "answered": ANSWERED, "hangup": HANGUP}
_END_STATES = ("hangup", "missed", "cdr")
MAX_LEGS = 256
RING_TTL = 300.0  # a leg ringing this long without news is lost track of
ANSWERED_TTL = 4 * 3600.0  # an answered leg without a hangup for this long is lost track of
CDR_SLACK = 60.0  # seconds a CDR's call may seem to begin after a flow's last leg event and still be that flow's
REMEMBER_FOR = 86400.0  # ids of forgotten calls are remembered this long (replays are dropped)


@dataclasses.dataclass(slots=True)
class _Leg:
    key: str
    call_id: str
    extension: str | None
    rank: int
    caller: str | None
    callee: str | None
    answered: bool = False  # this leg's phone picked up (even if that news came after its hangup)
    since: float = 0.0  # when the leg reached its rank


@dataclasses.dataclass(slots=True)
class _Flow:
    key: str
    call_id: str  # the id a derived flow-level event carries
    provider: str
    source: str
    tz: dt.tzinfo | None
    last_seen: float
    ids: set[str] = dataclasses.field(default_factory=set)
    direction: str = "unknown"
    caller: str | None = None
    callee: str | None = None
    customer: str | None = None
    queue: str | None = None
    flow_id: str | None = None
    legs: dict[str, _Leg] = dataclasses.field(default_factory=dict)
    answered: bool = False
    answered_by: str | None = None
    missed_sent: bool = False
    cdr_sent: bool = False
    unanswered_end: float | None = None  # when the last leg hung up with no answer (missed pending)
    lost: bool = False  # a leg was lost track of: a late hangup derives no missed call
    last_at: dt.datetime | None = None  # the time of the flow's latest leg event (for linking a CDR)

    @property
    def closed(self) -> bool:
        return self.missed_sent or self.cdr_sent

    def open_legs(self) -> list[_Leg]:
        return [leg for leg in self.legs.values() if leg.rank < HANGUP]

    def sole_extension(self) -> str | None:
        extensions = {leg.extension for leg in self.legs.values() if leg.extension}
        return next(iter(extensions)) if len(extensions) == 1 else None

    def leg_of(self, extension: str | None) -> _Leg | None:
        return next((leg for leg in self.legs.values() if extension and leg.extension == extension), None)


class CallRegistry:
    """Tracks calls and publishes each state once, in order (see the module doc for the rules)."""

    def __init__(
        self,
        extension: str | None,
        *,
        clock: Callable[[], float] = time.time,
        stale_after: float = 3600.0,
        missed_grace: float = 3.0,
        link_window: float = 300.0,
        max_calls: int = 5000,
        ring_ttl: float = RING_TTL,
        answered_ttl: float = ANSWERED_TTL,
        remember_for: float = REMEMBER_FOR,
    ) -> None:
        self.extension = extension or None
        self.clock = clock
        self.stale_after = stale_after
        self.missed_grace = missed_grace
        self.link_window = link_window
        self.max_calls = max_calls
        self.ring_ttl = ring_ttl
        self.answered_ttl = answered_ttl
        self._deadlines: list[tuple[float, int, str, str, int]] = []  # (due, serial, flow key, leg key, rank)
        self.forgotten = SeenIds(remember_for, clock)
        self.lost = 0  # legs published as lost track of
        self._flows: collections.OrderedDict[str, _Flow] = collections.OrderedDict()  # oldest activity first
        self._by_id: dict[str, _Flow] = {}
        self._pending: dict[str, _Flow] = {}  # flows waiting for missed_grace
        self._serial = 0
        self._now = clock()  # the time of the event being fed
        self.dropped = 0  # events not published: duplicates, late or out-of-date

    def __len__(self) -> int:
        return len(self._flows)

    # ------------------------------------------------------------------ public
    def feed(self, event: CallEvent) -> list[CallEvent]:
        """The events to publish for one raw event (often just it, sometimes none or several)."""
        now = self.clock()
        out = self._due(now) if self._pending else []
        self._expire(now, out)
        if event.state not in EVENT_STATES:
            self.dropped += 1
            return out
        flow = self._find(event)
        if flow is None and event.state == "cdr":
            flow = self._link_cdr(event, now)
        if flow is None and self.forgotten and self._replayed(event):
            self.dropped += 1
            return out
        if flow is None:
            flow = self._new_flow(event, now, out)
        else:
            flow.last_seen = now
            self._flows.move_to_end(flow.key)
        self._learn(flow, event)
        before = len(out)
        self._now = now
        if event.state == "ringing":
            self._ringing(flow, event, out)
        elif event.state == "answered":
            self._answered(flow, event, now, out)
        elif event.state == "hangup":
            self._hangup(flow, event, now, out)
        elif event.state == "missed":
            self._missed(flow, event, now, out)
        else:
            self._cdr(flow, event, now, out)
        if len(out) == before:
            self.dropped += 1
        return out

    def tick(self) -> list[CallEvent]:
        """Events due by time alone (a missed call after ``missed_grace``, a leg lost track of);
        also expires stale calls."""
        now = self.clock()
        out = self._due(now)
        self._expire(now, out)
        return out

    def settle(self) -> list[CallEvent]:
        """The events stop (the source is stopped): every call that rang out unanswered and waits out
        ``missed_grace`` is missed now, since no late ``answered`` can come to cancel it — a missed call
        is never dropped because the agent signed out within the grace."""
        return self._due(self.clock(), grace=0.0)

    def is_mine(self, event: CallEvent) -> bool:
        """True when the event concerns the logged-in extension (a screen-pop), not only a supervisor."""
        mine = self.extension
        if mine is None:
            return False
        if event.extension == mine:
            return True
        if event.state not in ("missed", "cdr"):
            return False
        flow = self._find(event)
        if flow is None:
            return False
        return flow.answered_by == mine or any(leg.extension == mine for leg in flow.legs.values())

    # ------------------------------------------------------------------ flows
    def _find(self, event: CallEvent) -> _Flow | None:
        if event.flow_id and (flow := self._by_id.get(event.flow_id)) is not None:
            return flow
        return self._by_id.get(event.call_id)

    def _link_cdr(self, event: CallEvent, now: float) -> _Flow | None:
        """A CDR whose ids are unknown: the latest flow with its customer number (see the module doc)."""
        customer = event.customer
        if not customer:
            return None
        live: _Flow | None = None
        for flow in reversed(self._flows.values()):
            if now - flow.last_seen > self.link_window:
                break
            if flow.cdr_sent or flow.customer != customer or _began_after(event, flow):
                continue
            if "unknown" not in (flow.direction, event.direction) and flow.direction != event.direction:
                continue
            if not flow.open_legs():
                return flow
            live = live or flow
        return live

    def _replayed(self, event: CallEvent) -> bool:
        """An event for a call already handled and forgotten (a replay, or a very late duplicate)."""
        call_id, flow_id = event.call_id, event.flow_id
        if call_id and call_id in self.forgotten:
            return True
        return bool(flow_id) and flow_id != call_id and flow_id in self.forgotten

    def _new_flow(self, event: CallEvent, now: float, out: list[CallEvent]) -> _Flow:
        self._serial += 1
        flow = _Flow(
            key=f"{self._serial}",
            call_id=event.call_id,
            provider=event.provider,
            source=event.source,
            tz=event.at.tzinfo,
            last_seen=now,
        )
        self._flows[flow.key] = flow
        while len(self._flows) > self.max_calls:
            oldest = next(iter(self._flows.values()))
            self._lose_legs(oldest, now, out)
            self._forget(oldest)
        return flow

    def _learn(self, flow: _Flow, event: CallEvent) -> None:
        ids = flow.ids
        call_id, flow_id = event.call_id, event.flow_id
        if call_id and call_id not in ids and len(ids) <= MAX_LEGS:
            ids.add(call_id)
            self._by_id[call_id] = flow
        if flow_id and flow_id not in ids and len(ids) <= MAX_LEGS:
            ids.add(flow_id)
            self._by_id[flow_id] = flow
        if flow.direction == "unknown":
            flow.direction = event.direction
        flow.customer = flow.customer or event.customer
        flow.queue = flow.queue or event.queue
        flow.flow_id = flow.flow_id or event.flow_id
        if event.state in _LEG_RANK:
            flow.caller = flow.caller or event.caller
            flow.callee = flow.callee or event.callee
            if flow.last_at is None or (_comparable(flow.last_at, event.at) and event.at > flow.last_at):
                flow.last_at = event.at

    def _forget(self, flow: _Flow) -> None:
        self._flows.pop(flow.key, None)
        self._pending.pop(flow.key, None)
        for known in flow.ids:
            if self._by_id.get(known) is flow:
                del self._by_id[known]
            self.forgotten.add(known)

    def _expire(self, now: float, out: list[CallEvent]) -> None:
        deadlines = self._deadlines
        while deadlines and deadlines[0][0] <= now:
            _, _, flow_key, leg_key, rank = heapq.heappop(deadlines)
            flow = self._flows.get(flow_key)
            leg = flow.legs.get(leg_key) if flow is not None else None
            if flow is not None and leg is not None and leg.rank == rank:
                self._lose(flow, leg, now, out)
        horizon = now - self.stale_after
        while self._flows:
            oldest = next(iter(self._flows.values()))
            if oldest.last_seen >= horizon:
                break
            if oldest.open_legs():  # a live call is not stale: it is kept until its legs end or are lost
                oldest.last_seen = now
                self._flows.move_to_end(oldest.key)
                continue
            self._forget(oldest)

    def _track(self, flow: _Flow, leg: _Leg, now: float) -> None:
        """Note when ``leg`` (just ringing or answered) is lost track of unless news comes."""
        leg.since = now
        ttl = self.ring_ttl if leg.rank == RINGING else self.answered_ttl
        self._serial += 1
        heapq.heappush(self._deadlines, (now + ttl, self._serial, flow.key, leg.key, leg.rank))

    def _lose(self, flow: _Flow, leg: _Leg, now: float, out: list[CallEvent]) -> None:
        leg.rank = HANGUP
        flow.lost = True
        self.lost += 1
        flow.last_seen = now
        self._flows.move_to_end(flow.key)
        log.info("lost track of call %s on extension %s (no news from the PBX)", leg.call_id, leg.extension or "?")
        out.append(self._derived(flow, LOST, now, leg=leg))

    def _lose_legs(self, flow: _Flow, now: float, out: list[CallEvent]) -> None:
        for leg in flow.open_legs():
            self._lose(flow, leg, now, out)

    # ------------------------------------------------------------------ legs
    def _leg_for(self, flow: _Flow, event: CallEvent) -> tuple[str, _Leg | None]:
        if event.extension:
            key = event.extension
        else:
            key = next((leg.key for leg in flow.legs.values() if leg.call_id == event.call_id), "#" + event.call_id)
        return key, flow.legs.get(key)

    def _add_leg(self, flow: _Flow, key: str, event: CallEvent, rank: int) -> _Leg | None:
        if len(flow.legs) >= MAX_LEGS:
            log.warning("call %s has more than %d legs; further legs are ignored", flow.call_id, MAX_LEGS)
            return None
        leg = _Leg(
            key=key,
            call_id=event.call_id,
            extension=event.extension,
            rank=rank,
            caller=event.caller,
            callee=event.callee,
        )
        flow.legs[key] = leg
        if rank < HANGUP:
            self._track(flow, leg, self._now)
        return leg

    def _ringing(self, flow: _Flow, event: CallEvent, out: list[CallEvent]) -> None:
        key, leg = self._leg_for(flow, event)
        if leg is not None or flow.closed or self._add_leg(flow, key, event, RINGING) is None:
            return
        self._pending.pop(flow.key, None)
        flow.unanswered_end = None
        out.append(self._filled(flow, event))

    def _answered(self, flow: _Flow, event: CallEvent, now: float, out: list[CallEvent]) -> None:
        key, leg = self._leg_for(flow, event)
        first_answer = not flow.answered
        flow.answered = True
        flow.answered_by = event.extension or (leg.extension if leg else None) or flow.answered_by
        self._pending.pop(flow.key, None)
        flow.unanswered_end = None
        if leg is not None:
            leg.answered = True
            if event.caller or event.callee:
                leg.caller, leg.callee = event.caller or leg.caller, event.callee or leg.callee
            if first_answer:
                flow.caller, flow.callee = leg.caller or flow.caller, leg.callee or flow.callee
        if flow.closed:
            return
        if leg is None:
            leg = self._add_leg(flow, key, event, ANSWERED)
            if leg is None:
                return
            leg.answered = True
        elif leg.rank >= ANSWERED:
            return
        else:
            leg.rank = ANSWERED
            self._track(flow, leg, now)
        out.append(self._filled(flow, event, leg))
        for other in flow.open_legs():  # one id for the whole call: the others stop ringing
            if other is not leg and other.call_id == leg.call_id and other.rank == RINGING:
                other.rank = HANGUP
                out.append(self._derived(flow, "hangup", now, leg=other))

    def _hangup(self, flow: _Flow, event: CallEvent, now: float, out: list[CallEvent]) -> None:
        named: _Leg | None = None
        if event.extension or not flow.legs:
            key, named = self._leg_for(flow, event)
            if named is None:
                if flow.closed:
                    return
                named = self._add_leg(flow, key, event, RINGING)
            if named is not None and named.rank < HANGUP:
                named.rank = HANGUP
                out.append(self._filled(flow, event, named))
        others = [leg for leg in flow.legs.values() if leg.call_id == event.call_id and leg is not named]
        if named is None and not others:  # by an id no leg carries (the flow's): the whole call ended
            others = list(flow.legs.values())
        for leg in others:  # one id for the whole call (VoiceCloud, OnePOS): it ends every leg
            if leg.rank < HANGUP:
                leg.rank = HANGUP
                out.append(self._filled(flow, event, leg, as_leg=True))
        if not (flow.answered or flow.closed or flow.lost) and flow.direction == "inbound" and not flow.open_legs():
            flow.unanswered_end = now
            self._pending[flow.key] = flow

    def _close_legs(self, flow: _Flow, now: float, out: list[CallEvent]) -> None:
        """Publish a hangup for every leg still open (its hangup never came, or comes late)."""
        for leg in flow.open_legs():
            leg.rank = HANGUP
            out.append(self._derived(flow, "hangup", now, leg=leg))

    def _missed(self, flow: _Flow, event: CallEvent, now: float, out: list[CallEvent]) -> None:
        if flow.missed_sent or flow.cdr_sent:
            return
        self._close_legs(flow, now, out)
        flow.missed_sent = True
        self._pending.pop(flow.key, None)
        out.append(self._filled(flow, event))

    def _cdr(self, flow: _Flow, event: CallEvent, now: float, out: list[CallEvent]) -> None:
        if flow.cdr_sent:
            return
        self._close_legs(flow, now, out)
        if event.recording_url:
            flow.answered = True
        flow.call_id = event.call_id
        if flow.direction == "inbound" and flow.legs and not flow.answered and not flow.missed_sent:
            flow.missed_sent = True
            out.append(self._derived(flow, "missed", now))
        flow.cdr_sent = True
        self._pending.pop(flow.key, None)
        out.append(self._filled(flow, event))

    def _due(self, now: float, grace: float | None = None) -> list[CallEvent]:
        if not self._pending:
            return []
        out: list[CallEvent] = []
        for flow in list(self._pending.values()):
            if flow.unanswered_end is None or flow.answered or flow.closed or flow.open_legs():
                self._pending.pop(flow.key, None)
            elif now - flow.unanswered_end >= (self.missed_grace if grace is None else grace):
                self._pending.pop(flow.key, None)
                flow.missed_sent = True
                out.append(self._derived(flow, "missed", now))
        return out

    # ------------------------------------------------------------------ published events
    def _filled(self, flow: _Flow, event: CallEvent, leg: _Leg | None = None, *, as_leg: bool = False) -> CallEvent:
        """``event`` with its unknown fields taken from the leg and the flow (a copy only if needed).

        ``as_leg``: the event is published for ``leg`` although it named another extension (or none).
        """
        changes: dict[str, Any] = {}  # CallEvent field -> value
        if as_leg and leg is not None:
            changes.update(extension=leg.extension, caller=leg.caller, callee=leg.callee)
            event = _copy(event, changes)
        if event.direction == "unknown" and flow.direction != "unknown":
            changes["direction"] = flow.direction
        flow_level = event.state in ("missed", "cdr")
        extension = leg.extension if leg else (flow.answered_by or flow.sole_extension()) if flow_level else None
        if event.extension is None and extension:
            changes["extension"] = extension
        # each field the event lacks, from the leg or the flow (written out: this runs for every event)
        caller, callee = (leg.caller, leg.callee) if leg else (flow.caller, flow.callee)
        if event.caller is None and caller is not None:
            changes["caller"] = caller
        if event.callee is None and callee is not None:
            changes["callee"] = callee
        if event.customer is None and flow.customer is not None:
            changes["customer"] = flow.customer
        if event.queue is None and flow.queue is not None:
            changes["queue"] = flow.queue
        if event.flow_id is None and flow.flow_id is not None:
            changes["flow_id"] = flow.flow_id
        if event.state in _END_STATES and event.outcome is None:  # on a copy: one event may feed many registries
            outcome = self._outcome(flow, event.state, leg, event.pbx_status, changes.get("extension", event.extension))
            if outcome is not None:
                changes["outcome"] = outcome
        return _copy(event, changes) if changes else event

    def _derived(self, flow: _Flow, state: str, now: float, *, leg: _Leg | None = None) -> CallEvent:
        """An event the provider did not send: a missed call, or the hangup of a leg left open."""
        if leg is None:
            extension, caller, callee = flow.answered_by or flow.sole_extension(), flow.caller, flow.callee
        else:
            extension, caller, callee = leg.extension, leg.caller, leg.callee
        return CallEvent(
            call_id=leg.call_id if leg else flow.call_id,
            state=state,
            direction=flow.direction,
            caller=caller,
            callee=callee,
            extension=extension,
            provider=flow.provider,
            source=flow.source,
            at=dt.datetime.fromtimestamp(now, flow.tz),
            flow_id=flow.flow_id,
            customer=flow.customer,
            queue=flow.queue,
            outcome=self._outcome(flow, state, leg, None, extension),
            raw={"derived": True},
        )

    def _outcome(
        self, flow: _Flow, state: str, leg: _Leg | None, pbx_status: str | None, extension: object
    ) -> str | None:
        """The call's outcome on an event that ends it (see :mod:`agent_desk.events.outcome`).

        A leg's hangup carries one only when it is settled: the leg (or a colleague) answered, the
        PBX named how it ended, or an outgoing call's last leg ended; an unanswered incoming leg
        waits for the call's ``missed`` or ``cdr``. A flow-level event is judged for the signed-in
        extension when its phone rang, else for the event's extension.
        """
        ext = extension if isinstance(extension, str) else None
        if state == "hangup":
            leg = leg or flow.leg_of(ext)
            if leg is not None and leg.answered:
                if not pbx_status:  # the common case, on the hot path
                    return "answered"
                return decide(
                    direction=flow.direction,
                    answered=True,
                    answered_by=leg.extension,
                    viewer=leg.extension,
                    viewer_answered=True,
                    pbx_status=pbx_status,
                )
            if flow.answered:
                return "answered_elsewhere"
            stated = unanswered_outcome(pbx_status, flow.direction)
            if stated not in (None, "answered"):
                return stated
            if flow.direction == "inbound" or flow.open_legs():
                return None
        viewer = self.extension if flow.leg_of(self.extension) is not None else ext
        viewer_leg = flow.leg_of(viewer)
        answered_by = flow.answered_by
        if answered_by is None and status_outcome(pbx_status, flow.direction) == "answered":
            answered_by = ext
        return decide(
            direction=flow.direction,
            answered=flow.answered,
            answered_by=answered_by,
            viewer=viewer,
            viewer_answered=viewer_leg is not None and viewer_leg.answered,
            pbx_status=pbx_status,
        )


_EVENT_FIELDS = tuple(field.name for field in dataclasses.fields(CallEvent))
_event_values = operator.attrgetter(*_EVENT_FIELDS)


def _copy(event: CallEvent, changes: dict[str, Any]) -> CallEvent:
    """``dataclasses.replace(event, **changes)`` in two thirds of its time (every field of a CallEvent
    is an ``__init__`` argument, and it has no ``__post_init__``)."""
    values = dict(zip(_EVENT_FIELDS, _event_values(event), strict=True))
    values.update(changes)
    return CallEvent(**values)


def _comparable(a: dt.datetime, b: dt.datetime) -> bool:
    """Both times aware or both naive (a provider that mixes them is not compared)."""
    return (a.tzinfo is None) == (b.tzinfo is None)


def _began_after(cdr: CallEvent, flow: _Flow) -> bool:
    """True when ``cdr``'s call began more than :data:`CDR_SLACK` seconds after ``flow``'s last leg
    event: its time less its duration (the time a CDR is sent or says, at or after its call's start)."""
    if flow.last_at is None or not _comparable(flow.last_at, cdr.at):
        return False
    began = cdr.at - dt.timedelta(seconds=cdr.duration or 0)
    return (began - flow.last_at).total_seconds() > CDR_SLACK
