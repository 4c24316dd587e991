"""Item 12: a CDR with an unknown id from the same number within 5 minutes was attached to the
previous call. A CDR is linked to an earlier call of the customer only when its own call began
(its time less its duration) no later than that call's last leg event plus a minute's slack."""

from __future__ import annotations

import datetime as dt

from agent_desk.events.registry import CDR_SLACK, CallRegistry
from agent_desk.models import CallEvent
from tests.helpers.clock import Clock

VN = dt.timezone(dt.timedelta(hours=7))
START = dt.datetime(2026, 12, 5, 9, 0, tzinfo=VN)
CUSTOMER = "0901234567"


def event(call_id: str, state: str, seconds: float, *, duration: int | None = None, cdr: bool = False) -> CallEvent:
    """A TEL4VN-shaped event ``seconds`` after :data:`START` (TEL4VN stamps an event when it arrives)."""
    return CallEvent(
        call_id=call_id,
        state=state,
        direction="unknown" if cdr else "inbound",
        caller=None if cdr else CUSTOMER,
        callee=None if cdr else "101",
        extension="101",
        provider="tel4vn",
        source="webhook",
        at=START + dt.timedelta(seconds=seconds),
        duration=duration,
        customer=CUSTOMER,
    )


def answered_call(registry: CallRegistry, clock: Clock) -> None:
    """Leg ``leg-a`` rings at 0 s, is answered at 5 s and hangs up at 65 s."""
    for state, seconds in (("ringing", 0), ("answered", 5), ("hangup", 65)):
        clock.now = 1000.0 + seconds
        registry.feed(event("leg-a", state, seconds))


def cdr_for(registry: CallRegistry, clock: Clock, call_id: str, seconds: float, duration: int) -> CallEvent:
    clock.now = 1000.0 + seconds
    (out,) = registry.feed(event(call_id, "cdr", seconds, duration=duration, cdr=True))
    return out


def test_a_cdr_of_a_later_call_from_the_same_number_is_a_call_of_its_own():
    clock = Clock(1000.0)
    registry = CallRegistry("101", clock=clock)
    answered_call(registry, clock)
    # 3 minutes after the hangup, the CDR of a 30 s call whose legs never reached this desk
    later = cdr_for(registry, clock, "flow-b", 65 + 180, duration=30)
    assert later.call_id == "flow-b" and later.direction == "unknown" and later.caller is None
    # the first call's own CDR, arriving late, is still linked to it
    own = cdr_for(registry, clock, "flow-a", 65 + 90, duration=65)
    assert own.direction == "inbound" and own.caller == CUSTOMER


def test_a_cdr_sent_soon_after_the_hangup_is_linked_even_without_a_duration():
    clock = Clock(1000.0)
    registry = CallRegistry("101", clock=clock)
    answered_call(registry, clock)
    clock.now = 1000.0 + 65 + CDR_SLACK - 1
    (own,) = registry.feed(event("flow-a", "cdr", 65 + CDR_SLACK - 1, cdr=True))
    assert own.direction == "inbound" and own.caller == CUSTOMER
