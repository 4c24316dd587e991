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
