"""CallRegistry: ordering, duplicates, linking, missed calls, ownership and memory (pure, fake clock)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from agent_desk.events.registry import CallRegistry
from agent_desk.models import CallEvent
from tests.helpers.clock import Clock

VN = dt.timezone(dt.timedelta(hours=7))
CUSTOMER = "0901234567"


def ev(
    call_id: str,
    state: str,
    ext: str | None = "101",
    *,
    direction: str = "inbound",
    customer: str | None = CUSTOMER,
    flow_id: str | None = None,
    provider: str = "tel4vn",
    recording_url: str | None = None,
    duration: int | None = None,
    caller: str | None = "auto",
    callee: str | None = "auto",
) -> CallEvent:
    """An event as a provider parses it (caller/callee derived from direction unless given)."""
    inbound = direction == "inbound"
    if caller == "auto":
        caller = customer if inbound else ext
    if callee == "auto":
        callee = ext if inbound else customer
    return CallEvent(
        call_id=call_id,
        state=state,
        direction=direction,
        caller=caller,
        callee=callee,
        extension=ext,
        provider=provider,
        source="webhook",
        at=dt.datetime.now(VN),
        duration=duration,
        recording_url=recording_url,
        flow_id=flow_id,
        customer=customer,
    )


def feed_all(registry: CallRegistry, events: list[CallEvent]) -> list[CallEvent]:
    out: list[CallEvent] = []
    for event in events:
        out.extend(registry.feed(event))
    return out


def states(events: list[CallEvent]) -> list[tuple[str, str | None]]:
    return [(e.state, e.extension) for e in events]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def registry(clock: Clock) -> CallRegistry:
    return CallRegistry("101", clock=clock)


def test_a_plain_call_passes_through_in_order_and_is_mine(registry):
    raw = [
        ev("c1", "ringing"),
        ev("c1", "answered"),
        ev("c1", "hangup", duration=30),
        ev("c1", "cdr", recording_url="http://rec/1.wav"),
    ]
    out = feed_all(registry, raw)
    assert out[:2] == raw[:2]  # nothing to complete: the very same values, in order
    assert out[2:] == [dataclasses.replace(e, outcome="answered") for e in raw[2:]]  # the end carries the outcome
    assert all(registry.is_mine(e) for e in out)


def test_duplicates_are_dropped_so_a_call_pops_once(registry):
    raw = [
        ev("c1", "ringing"),
        ev("c1", "ringing"),
        ev("c1", "answered"),
        ev("c1", "answered"),
        ev("c1", "hangup"),
        ev("c1", "hangup"),
        ev("c1", "cdr"),
        ev("c1", "cdr"),
    ]
    out = feed_all(registry, raw)
    assert [e.state for e in out] == ["ringing", "answered", "hangup", "cdr"]
    assert registry.dropped == 4


def test_answered_before_ringing_is_published_and_the_late_ringing_dropped(registry):
    out = feed_all(registry, [ev("c1", "answered"), ev("c1", "ringing"), ev("c1", "hangup")])
    assert [e.state for e in out] == ["answered", "hangup"]


def test_answer_arriving_after_the_hangup_is_not_published_but_prevents_a_missed_call(registry, clock):
    out = feed_all(registry, [ev("c1", "ringing"), ev("c1", "hangup"), ev("c1", "answered")])
    assert [e.state for e in out] == ["ringing", "hangup"]
    clock.now += 60
    assert registry.tick() == []
    assert [e.state for e in registry.feed(ev("c1", "cdr"))] == ["cdr"]


def test_tel4vn_queue_call_links_the_cdr_through_the_sip_call_id(clock):
    """Legs carry per-extension ids; the CDR carries the flow's id (document 002, Note*)."""
    agent, colleague = CallRegistry("101", clock=clock), CallRegistry("102", clock=clock)
    legs = {"101": "leg-a", "102": "leg-b", "103": "leg-c"}
    raw = [ev(leg, "ringing", ext, flow_id="sip-1") for ext, leg in legs.items()]
    raw += [
        ev("leg-b", "hangup", "102", flow_id="sip-1"),
        ev("leg-c", "hangup", "103", flow_id="sip-1"),
        ev("leg-a", "answered", "101", flow_id="sip-1"),
        ev("leg-a", "hangup", "101", flow_id="sip-1"),
        ev("flow-1", "cdr", "101", flow_id="sip-1", recording_url="http://rec/x.wav"),
        ev("flow-1", "cdr", "101", flow_id="sip-1"),
    ]
    for registry in (agent, colleague):
        out = feed_all(registry, raw)
        assert states(out) == [
            ("ringing", "101"),
            ("ringing", "102"),
            ("ringing", "103"),
            ("hangup", "102"),
            ("hangup", "103"),
            ("answered", "101"),
            ("hangup", "101"),
            ("cdr", "101"),
        ]
    cdr = out[-1]
    assert agent.is_mine(cdr) and colleague.is_mine(cdr)  # both phones rang: the call's end concerns both
    assert [e.state for e in out if colleague.is_mine(e)] == ["ringing", "hangup", "cdr"]
    assert cdr.outcome == "answered_elsewhere"  # as 102 sees it
    assert [e.outcome for e in out if e.state == "hangup"] == [None, None, "answered"]  # 102, 103 hung up first


def test_one_outcome_per_call_for_the_agent_whose_phone_rang(clock):
    """Issue 17, item 12: a ring-group call nobody answered is missed; an unanswered dial is no_answer."""
    registry = CallRegistry("101", clock=clock, missed_grace=0.0)
    raw = [
        ev("leg-a", "ringing", "101", flow_id="sip-2"),
        ev("leg-b", "ringing", "102", flow_id="sip-2"),
        ev("leg-a", "hangup", "101", flow_id="sip-2"),
        ev("leg-b", "hangup", "102", flow_id="sip-2"),
    ]
    out = feed_all(registry, raw) + registry.tick()
    assert [(e.state, e.outcome) for e in out] == [
        ("ringing", None),
        ("ringing", None),
        ("hangup", None),  # still ringing elsewhere: not decided yet
        ("hangup", None),
        ("missed", "missed"),
    ]
    assert registry.is_mine(out[-1])
    dial = feed_all(
        registry,
        [
            ev("out-1", "ringing", "101", direction="outbound", caller="101", callee=CUSTOMER),
            ev("out-1", "hangup", "101", direction="outbound", caller="101", callee=CUSTOMER, duration=18),
        ],
    )
    assert [(e.state, e.outcome) for e in dial] == [("ringing", None), ("hangup", "no_answer")]
    busy = feed_all(
        registry,
        [
            ev("out-2", "ringing", "101", direction="outbound", caller="101", callee=CUSTOMER),
            ev("out-2", "answered", "101", direction="outbound", caller="101", callee=CUSTOMER),
            ev("out-2", "hangup", "101", direction="outbound", caller="101", callee=CUSTOMER),
        ],
    )
    assert busy[-1].outcome == "answered"
    cdr = dataclasses.replace(
        ev("out-2", "cdr", "101", direction="outbound", caller="101", callee=CUSTOMER), pbx_status="BUSY"
    )
    assert [(e.state, e.outcome, e.pbx_status) for e in registry.feed(cdr)] == [("cdr", "busy", "BUSY")]


@pytest.mark.parametrize("cdr_first", [False, True])
def test_an_unanswered_dial_reads_no_answer_whichever_of_its_hangup_and_record_comes_first(clock, cdr_first):
    """TEL4VN's record says ``invalid`` for a click-to-call the agent did not pick up (document 002);
    under load its webhook can overtake the hangup's, and the outcome must not change with the order."""
    registry = CallRegistry("101", clock=clock, missed_grace=0.0)

    def dial(state: str) -> CallEvent:
        return ev("out-9", state, "101", direction="outbound", caller="101", callee=CUSTOMER)

    cdr = dataclasses.replace(dial("cdr"), pbx_status="INVALID", duration=0)
    ending = [cdr, dial("hangup")] if cdr_first else [dial("hangup"), cdr]
    out = feed_all(registry, [dial("ringing"), *ending])
    assert {e.outcome for e in out if e.state in ("hangup", "cdr")} - {None} == {"no_answer"}
    answered = feed_all(
        registry,
        [
            ev("out-8", "ringing", "101", direction="outbound", caller="101", callee=CUSTOMER),
            ev("out-8", "answered", "101", direction="outbound", caller="101", callee=CUSTOMER),
            dataclasses.replace(
                ev("out-8", "cdr", "101", direction="outbound", caller="101", callee=CUSTOMER), pbx_status="INVALID"
            ),
        ],
    )
    assert answered[-1].outcome == "failed"  # the agent picked up, then the call broke: an error


def test_cdr_without_a_shared_id_is_linked_by_customer_number_within_the_window(registry, clock):
    feed_all(registry, [ev("leg-a", "ringing", "101"), ev("leg-a", "answered", "101"), ev("leg-a", "hangup", "101")])
    clock.now += 20
    out = registry.feed(ev("flow-9", "cdr", "101", direction="unknown", caller=None, callee=None))
    assert [e.state for e in out] == ["cdr"]
    assert (out[0].direction, out[0].caller, out[0].callee) == ("inbound", CUSTOMER, "101")  # filled from the call
    assert registry.feed(ev("flow-9", "cdr", "101")) == []  # now known under its own id too


def test_cdr_outside_the_window_or_of_another_customer_is_a_call_of_its_own(clock):
    registry = CallRegistry("101", clock=clock, link_window=60)
    feed_all(registry, [ev("leg-a", "ringing"), ev("leg-a", "hangup")])  # unanswered: a missed call pending
    other = registry.feed(ev("flow-2", "cdr", customer="0987654321", direction="unknown"))
    assert [e.state for e in other] == ["cdr"] and other[0].direction == "unknown"
    clock.now += 61
    late = registry.feed(ev("flow-1", "cdr"))
    assert [e.state for e in late] == ["missed", "cdr"]  # the grace expired first: missed came from leg-a's flow
    assert late[0].call_id == "leg-a" and late[1].call_id == "flow-1"


def test_unanswered_inbound_call_gets_one_missed_after_the_grace(clock):
    registry = CallRegistry("102", clock=clock, missed_grace=3)
    out = feed_all(
        registry,
        [
            ev("leg-a", "ringing", "101", flow_id="s"),
            ev("leg-b", "ringing", "102", flow_id="s"),
            ev("leg-a", "hangup", "101", flow_id="s"),
            ev("leg-b", "hangup", "102", flow_id="s"),
        ],
    )
    assert [e.state for e in out] == ["ringing", "ringing", "hangup", "hangup"]
    clock.now += 2
    assert registry.tick() == []
    clock.now += 1
    missed = registry.tick()
    assert [(e.state, e.direction, e.caller, e.extension) for e in missed] == [("missed", "inbound", CUSTOMER, None)]
    assert registry.is_mine(missed[0])  # 102's phone rang and nobody answered
    assert not CallRegistry("105", clock=clock).is_mine(missed[0])
    assert registry.tick() == []
    assert [e.state for e in registry.feed(ev("flow", "cdr", "101", flow_id="s"))] == ["cdr"]  # no second missed


def test_missed_is_published_with_the_cdr_when_the_cdr_comes_first(registry):
    out = feed_all(registry, [ev("c1", "ringing"), ev("c1", "hangup"), ev("c1", "cdr")])
    assert [e.state for e in out] == ["ringing", "hangup", "missed", "cdr"]
    assert out[2].call_id == "c1" and out[2].raw == {"derived": True}


def test_a_late_answer_within_the_grace_cancels_the_missed_call(registry, clock):
    feed_all(registry, [ev("c1", "ringing"), ev("c1", "hangup")])
    clock.now += 1
    assert registry.feed(ev("c1", "answered")) == []
    clock.now += 10
    assert registry.tick() == []


def test_when_the_events_stop_a_call_in_its_grace_is_missed_at_once_and_only_once(registry, clock):
    feed_all(registry, [ev("c1", "ringing"), ev("c1", "hangup"), ev("c2", "ringing"), ev("c2", "answered")])
    feed_all(registry, [ev("c3", "ringing")])  # still ringing: not ended, not missed
    settled = registry.settle()
    assert [(e.call_id, e.state, e.outcome) for e in settled] == [("c1", "missed", "missed")]
    clock.now += 10
    assert registry.tick() == [] and registry.settle() == []


def test_the_next_event_also_releases_a_due_missed_call(registry, clock):
    feed_all(registry, [ev("c1", "ringing"), ev("c1", "hangup")])
    clock.now += 10
    out = registry.feed(ev("c2", "ringing"))
    assert [(e.call_id, e.state) for e in out] == [("c1", "missed"), ("c2", "ringing")]


def test_outbound_and_never_rung_calls_derive_no_missed_call(registry, clock):
    out = feed_all(
        registry,
        [
            ev("o1", "ringing", direction="outbound"),
            ev("o1", "hangup", direction="outbound"),
            ev("o1", "cdr", direction="outbound"),
            ev("x1", "cdr"),
        ],
    )
    assert [e.state for e in out] == ["ringing", "hangup", "cdr", "cdr"]
    clock.now += 10
    assert registry.tick() == []


def test_voicecloud_hangup_with_only_the_call_id_ends_every_leg_with_what_is_known(registry):
    """call_in rings 101 and 102 under one callid; 102 picks up; hangup?callid=... names nobody."""
    raw = [
        ev("vc1", "ringing", "101", flow_id="vc1", provider="voicecloud"),
        ev("vc1", "ringing", "102", flow_id="vc1", provider="voicecloud"),
        ev("vc1", "ringing", "103", flow_id="vc1", provider="voicecloud"),
        ev("vc1", "answered", "102", flow_id="vc1", provider="voicecloud"),
    ]
    bare_hangup = CallEvent(
        call_id="vc1",
        state="hangup",
        direction="unknown",
        caller=None,
        callee=None,
        extension=None,
        provider="voicecloud",
        source="webhook",
        at=dt.datetime.now(VN),
        flow_id="vc1",
    )
    out = feed_all(registry, [*raw, bare_hangup, bare_hangup])
    assert states(out) == [
        ("ringing", "101"),
        ("ringing", "102"),
        ("ringing", "103"),
        ("answered", "102"),
        ("hangup", "101"),
        ("hangup", "103"),
        ("hangup", "102"),
    ]
    assert [e.raw for e in out[4:6]] == [{"derived": True}] * 2  # picked up elsewhere: they stop ringing
    assert (out[6].direction, out[6].caller, out[6].callee, out[6].customer) == ("inbound", CUSTOMER, "102", CUSTOMER)
    assert [e.state for e in out if registry.is_mine(e)] == ["ringing", "hangup"]


def test_one_id_calls_end_every_leg_on_a_hangup_naming_one_extension(registry):
    """OnePOS: one call.ended for the whole call, naming the extension that had it last (a transfer)."""
    raw = [
        ev("op1", "ringing", "101", provider="onepos"),
        ev("op1", "answered", "101", provider="onepos"),
        ev("op1", "ringing", "105", provider="onepos"),
        ev("op1", "answered", "105", provider="onepos"),
        ev("op1", "hangup", "105", provider="onepos", duration=40),
        ev("op1", "hangup", "105", provider="onepos", duration=40),
    ]
    out = feed_all(registry, raw)
    assert states(out) == [
        ("ringing", "101"),
        ("answered", "101"),
        ("ringing", "105"),
        ("answered", "105"),
        ("hangup", "105"),
        ("hangup", "101"),
    ]
    assert (out[5].caller, out[5].callee, out[5].duration) == (CUSTOMER, "101", 40)
    assert registry.is_mine(out[5]) and not registry.is_mine(out[4])


def test_voicecloud_abandon_is_the_one_missed_call_and_the_call_log_is_completed(registry, clock):
    bare = dict(direction="unknown", caller=None, callee=None, provider="voicecloud", flow_id="vc2")
    out = feed_all(
        registry,
        [
            ev("vc2", "ringing", "101", flow_id="vc2", provider="voicecloud"),
            ev("vc2", "hangup", None, **bare),
            ev("vc2", "missed", None, **{**bare, "caller": CUSTOMER, "direction": "inbound"}),
            ev("vc2", "missed", None, **{**bare, "caller": CUSTOMER, "direction": "inbound"}),
            ev("vc2", "cdr", None, **bare, duration=25),
        ],
    )
    assert [(e.state, e.extension) for e in out] == [
        ("ringing", "101"),
        ("hangup", "101"),
        ("missed", "101"),
        ("cdr", "101"),
    ]
    assert (out[-1].direction, out[-1].caller, out[-1].callee, out[-1].duration) == ("inbound", CUSTOMER, "101", 25)
    clock.now += 10
    assert registry.tick() == []


def test_cdr_and_missed_close_legs_whose_hangup_never_came(registry):
    out = feed_all(registry, [ev("c1", "ringing"), ev("c1", "answered"), ev("c1", "cdr"), ev("c1", "hangup")])
    assert [e.state for e in out] == ["ringing", "answered", "hangup", "cdr"]
    assert out[2].raw == {"derived": True} and out[2].extension == "101"
    out = feed_all(registry, [ev("c2", "ringing"), ev("c2", "missed"), ev("c2", "hangup"), ev("c2", "ringing", "103")])
    assert [e.state for e in out] == ["ringing", "hangup", "missed"]  # late hangup and new legs after the end: dropped


def test_a_transfer_rings_the_new_extension_without_a_missed_call(registry, clock):
    out = feed_all(
        registry,
        [
            ev("leg-a", "ringing", "101", flow_id="s"),
            ev("leg-a", "answered", "101", flow_id="s"),
            ev("leg-a", "hangup", "101", flow_id="s"),
            ev("leg-t", "ringing", "104", flow_id="s"),
            ev("leg-t", "answered", "104", flow_id="s"),
        ],
    )
    assert states(out) == [
        ("ringing", "101"),
        ("answered", "101"),
        ("hangup", "101"),
        ("ringing", "104"),
        ("answered", "104"),
    ]
    clock.now += 10
    assert registry.tick() == []


def test_without_an_extension_nothing_is_mine(clock):
    supervisor = CallRegistry(None, clock=clock)
    out = feed_all(supervisor, [ev("c1", "ringing"), ev("c1", "hangup"), ev("c1", "cdr")])
    assert len(out) == 4 and not any(supervisor.is_mine(e) for e in out)


def test_unknown_states_are_dropped(registry):
    assert registry.feed(ev("c1", "parked")) == []


def test_stale_calls_are_forgotten_but_a_live_call_is_lost_track_of_first(registry, clock):
    feed_all(registry, [ev("c1", "ringing"), ev("c1", "answered"), ev("c2", "ringing"), ev("c2", "answered")])
    feed_all(registry, [ev("c2", "hangup")])
    assert len(registry) == 2
    clock.now += 3601
    assert registry.tick() == [] and len(registry) == 1  # c2 ended: forgotten; c1 is still on the phone
    clock.now += registry.answered_ttl - 3601
    assert [(e.call_id, e.state) for e in registry.tick()] == [("c1", "lost")]
    clock.now += 3601
    assert registry.tick() == [] and len(registry) == 0


def test_memory_is_bounded_by_max_calls(clock):
    registry = CallRegistry("101", clock=clock, max_calls=50)
    for i in range(1000):
        registry.feed(ev(f"c{i}", "ringing"))
        clock.now += 0.01
    assert len(registry) == 50
    assert len(registry._by_id) <= 50 * 2
    assert registry.feed(ev("c999", "ringing")) == []  # the newest are still remembered


def test_a_forgotten_call_replayed_by_its_call_id_or_its_flow_id_never_pops_again(clock):
    from agent_desk.events.seen import BUCKET

    registry = CallRegistry("101", clock=clock, max_calls=3, remember_for=60.0)
    feed_all(registry, [ev("c0", "ringing", flow_id="f0"), ev("c1", "ringing", flow_id="c1")])
    for i in range(2, 6):  # c0 and c1 are pushed out (lost track of) and forgotten
        feed_all(registry, [ev(f"c{i}", "ringing")])
    assert registry.feed(ev("c0", "ringing")) == []
    assert registry.feed(ev("other-leg", "ringing", flow_id="f0")) == []
    assert registry.feed(ev("c1", "ringing", flow_id="c1")) == []
    assert registry.feed(ev("never-seen", "ringing"))[-1].call_id == "never-seen"  # (c3 is pushed out first)
    clock.now += 60.0 + 2 * BUCKET  # remembered for a while only
    assert [e.state for e in registry.feed(ev("c0", "ringing"))][-1] == "ringing"


def test_a_filled_copy_is_what_dataclasses_replace_makes():
    from agent_desk.events.registry import _copy

    event = ev("c1", "hangup", flow_id="f1", recording_url="r.wav", duration=5)
    changes = {"outcome": "answered", "queue": "999", "extension": "102"}
    copied = _copy(event, changes)
    assert copied == dataclasses.replace(event, **changes) and copied is not event
    assert event.outcome is None and copied.raw is event.raw


def test_a_large_feed_publishes_each_new_state_once(clock):
    """(How fast the registry is belongs in ``make bench``: its ingestion figures go through it.)"""
    registry = CallRegistry("101", clock=clock)
    raw = []
    for i in range(5000):
        raw += [ev(f"c{i}", "ringing"), ev(f"c{i}", "answered"), ev(f"c{i}", "hangup"), ev(f"c{i}", "ringing")]
    out = feed_all(registry, raw)
    assert len(out) == 15000
