"""Rules that belong to the provider-neutral values: the dial mode, an event's customer number."""

from __future__ import annotations

import pytest

from agent_desk.models import CallEvent, Capability, customer_phone, dial_capability, dial_mode, dial_modes
from tests.helpers.events import call_event

SYNC, ASYNC = Capability.CLICK_TO_CALL_SYNC, Capability.CLICK_TO_CALL_ASYNC


def test_dial_modes_follow_capabilities_sync_first():
    assert dial_modes({ASYNC, SYNC, Capability.HISTORY}) == ("sync", "async")
    assert dial_modes({ASYNC}) == ("async",)
    assert dial_modes(set()) == ()
    assert dial_capability("sync") is SYNC and dial_capability("async") is ASYNC


@pytest.mark.parametrize(
    ("preferred", "capabilities", "mode"),
    [
        ("sync", {SYNC, ASYNC}, "sync"),
        ("async", {SYNC, ASYNC}, "async"),
        ("async", {SYNC}, "sync"),  # the other mode when only that one exists
        ("sync", {ASYNC}, "async"),
        ("sync", set(), None),
    ],
)
def test_dial_mode_prefers_the_profiles_then_the_other(preferred, capabilities, mode):
    assert dial_mode(preferred, capabilities) == mode


def event(**fields) -> CallEvent:
    return call_event(**fields)


def test_customer_phone_is_the_outside_party():
    assert customer_phone(event()) == "0901234567"
    assert customer_phone(event(direction="outbound", caller="101", callee="0281234567")) == "0281234567"
    assert customer_phone(event(direction="unknown")) == "0901234567"
    assert customer_phone(event(customer="+84901234567", caller="101")) == "+84901234567"  # told apart by the PBX
    assert customer_phone(event(caller=None)) == ""


def test_the_consoles_records_are_untracked_by_the_garbage_collector_and_print_as_before():
    """LiveCall and AgentState (agent_desk.live) make no work for a collection; their JSON is unchanged."""
    import datetime as dt
    import gc

    import msgspec

    from agent_desk import live
    from agent_desk.models import PBX_TZ, AgentState, LiveCall

    assert LiveCall is live.LiveCall and AgentState is live.AgentState
    started = dt.datetime(2026, 12, 5, 9, 30, tzinfo=PBX_TZ)
    call = LiveCall("c1", "inbound", "101", "0901234567", "answered", started_at=started, raw={"x": [1, {"y": 2}]})
    agent = AgentState(extension="101", name="Lan", state="busy", registered=True, raw={"status": "busy"})
    assert not gc.is_tracked(call) and not gc.is_tracked(agent)
    assert call.to_json() == {
        "call_id": "c1",
        "direction": "inbound",
        "extension": "101",
        "customer": "0901234567",
        "state": "answered",
        "started_at": "2026-12-05T09:30:00+07:00",
        "agent_name": None,
        "queue": None,
        "raw": {"x": [1, {"y": 2}]},
    }
    assert agent.to_json() == {
        "extension": "101",
        "name": "Lan",
        "state": "busy",
        "registered": True,
        "raw": {"status": "busy"},
    }
    ringing = msgspec.structs.replace(call, state="ringing")
    assert (ringing.state, call.state, ringing.call_id) == ("ringing", "answered", "c1") and ringing != call
    assert LiveCall("c2", "outbound", None, None, None).raw == {} and "raw" not in repr(
        LiveCall("c2", "in", None, None, None)
    )


def test_the_models_leave_msgspec_to_the_first_use_of_the_consoles_records():
    import subprocess
    import sys

    probe = (
        "import sys, agent_desk.models as m; before = 'msgspec' in sys.modules; m.LiveCall; "
        "print(before, 'msgspec' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["False", "True"], done.stderr
