"""Parsing Kazoo Blackhole CHANNEL_* payloads (pure: no simulator needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from agent_desk import errors
from agent_desk.providers.blackhole import GREGORIAN_OFFSET, parse_channel_event

ACCOUNT = "acc1"
UNIX = 1_780_000_000


def payload(**fields):
    data = {
        "Call-ID": "leg-1",
        "Call-Direction": "outbound",
        "Caller-ID-Name": "Khách",
        "Caller-ID-Number": "0901234567",
        "From": "0901234567@ab.vn",
        "To": "101@ab.vn",
        "Request": "101@ab.vn",
        "Custom-Channel-Vars": {"Account-ID": ACCOUNT, "Owner-ID": "u1", "Username": "101"},
        "Timestamp": UNIX + GREGORIAN_OFFSET,
    }
    data.update(fields)
    return data


def parse(name="CHANNEL_CREATE", **fields):
    return parse_channel_event(name, payload(**fields), account_id=ACCOUNT, provider="oapi")


def test_the_agents_phone_being_rung_is_an_inbound_call():
    event = parse()
    assert (event.state, event.direction, event.caller, event.callee, event.extension, event.customer) == (
        "ringing",
        "inbound",
        "0901234567",
        "101",
        "101",
        "0901234567",
    )
    assert event.at == dt.datetime.fromtimestamp(UNIX, dt.UTC)
    assert event.flow_id == event.call_id == "leg-1" and event.duration is None


def test_the_agents_phone_dialling_out_is_an_outbound_call():
    event = parse(
        "CHANNEL_ANSWER",
        **{
            "Call-Direction": "inbound",
            "Caller-ID-Number": "101",
            "From": "101@ab.vn",
            "Request": "0907777777@ab.vn",
            "To": "0907777777@ab.vn",
        },
    )
    assert (event.state, event.direction, event.caller, event.callee, event.customer) == (
        "answered",
        "outbound",
        "101",
        "0907777777",
        "0907777777",
    )


def test_a_carrier_channel_keeps_kazoos_direction():
    event = parse(**{"Call-Direction": "inbound", "Custom-Channel-Vars": {"Account-ID": ACCOUNT}})
    assert (event.direction, event.extension, event.customer) == ("inbound", None, "0901234567")


def test_extension_falls_back_to_the_rung_number_then_the_owner():
    no_username = parse(**{"Custom-Channel-Vars": {"Account-ID": ACCOUNT, "Owner-ID": "u1"}})
    assert no_username.extension == "101"
    nothing_else = parse(**{"Custom-Channel-Vars": {"Owner-ID": "u1"}, "Request": None, "To": None})
    assert nothing_else.extension == "u1"


def test_destroy_carries_durations_and_the_other_leg_links_the_flow():
    event = parse(
        "CHANNEL_DESTROY",
        **{
            "Duration-Seconds": "42",
            "Billing-Seconds": 30,
            "Hangup-Cause": "NORMAL_CLEARING",
            "Other-Leg-Call-ID": "a-leg",
        },
    )
    assert (event.state, event.duration, event.flow_id, event.raw["Hangup-Cause"]) == (
        "hangup",
        42,
        "a-leg",
        "NORMAL_CLEARING",
    )


@pytest.mark.parametrize(
    ("name", "fields", "reason"),
    [
        ("CHANNEL_BRIDGE", {}, "unknown Blackhole event 'CHANNEL_BRIDGE'"),
        ("CHANNEL_CREATE", {"Call-ID": ""}, "CHANNEL_CREATE without Call-ID"),
        ("CHANNEL_CREATE", {"Timestamp": UNIX}, "without a Gregorian Timestamp"),  # a Unix time is not Gregorian
        ("CHANNEL_CREATE", {"Timestamp": "soon"}, "without a Gregorian Timestamp"),
        ("CHANNEL_CREATE", {"Timestamp": float("inf")}, "Timestamp out of range"),
        ("CHANNEL_CREATE", {"Timestamp": 10**20}, "Timestamp out of range"),
        ("CHANNEL_CREATE", {"Custom-Channel-Vars": "101"}, "Custom-Channel-Vars is not an object"),
        ("CHANNEL_CREATE", {"Custom-Channel-Vars": {"Account-ID": "other"}}, "of another account"),
        ("CHANNEL_DESTROY", {"Duration-Seconds": "-3"}, "Duration-Seconds is not a number of seconds"),
    ],
)
def test_malformed_payloads_are_bad_events(name, fields, reason):
    with pytest.raises(errors.BadEvent, match=reason):
        parse(name, **fields)


def test_a_payload_that_is_not_an_object_is_a_bad_event():
    with pytest.raises(errors.BadEvent, match="carries no call-event object"):
        parse_channel_event("CHANNEL_CREATE", ["x"], account_id=ACCOUNT, provider="oapi")
