"""Item 9: a OnePOS signed event from 2020 was accepted, and after 5,000 newer calls a replayed
ringing popped again. Signed events outside a time window are refused, and handled call ids are
remembered for a day whatever the live-call cap."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json

import httpx
import pytest

from agent_desk import errors
from agent_desk.config import WebhookSettings, parse_profile
from agent_desk.events.listener import WebhookListener
from agent_desk.events.registry import CallRegistry
from agent_desk.models import CallEvent
from agent_desk.providers import create_provider
from agent_desk.secrets import SecretStore

SECRET = "onepos-signing-secret"


def onepos(**extra):
    table = {"provider": "onepos", "base_url": "http://127.0.0.1:9", "extension": "101", **extra}
    profile = parse_profile("op", table)
    return create_provider(profile, SecretStore(profile, env={}))


def signed(body: dict) -> tuple[bytes, dict[str, str]]:
    raw = json.dumps(body).encode()
    signature = hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    return raw, {"Content-Type": "application/json", "X-Signature": f"sha256={signature}"}


def event_at(when: dt.datetime, call_id: str) -> dict:
    return {
        "event": "call.ringing",
        "call_id": call_id,
        "caller": "0901234567",
        "callee": "ext_101",
        "direction": "inbound",
        "timestamp": when.isoformat(),
    }


async def test_a_signed_event_outside_the_window_is_refused():
    listener = WebhookListener(onepos(), WebhookSettings(port=0), SECRET)
    seen: list[CallEvent] = []
    await listener.start(seen.append)
    now = dt.datetime.now(dt.UTC)
    try:
        async with httpx.AsyncClient(timeout=5) as client:
            url = f"http://127.0.0.1:{listener.port}/hooks/onepos"
            for when, status in (
                (dt.datetime(2020, 1, 1, tzinfo=dt.UTC), 400),
                (now - dt.timedelta(days=2), 400),
                (now + dt.timedelta(hours=1), 400),
                (now - dt.timedelta(hours=2), 200),  # a long call's start: still within a day
                (now, 200),
            ):
                raw, headers = signed(event_at(when, f"c-{when.timestamp():.0f}"))
                answer = await client.post(url, content=raw, headers=headers)
                assert answer.status_code == status, (when, answer.text)
    finally:
        await listener.stop()
    assert len(seen) == 2
    assert listener.counters["400 timestamp outside the accepted window (a replayed or misdated event)"] == 3


def test_the_window_is_a_setting_checked_at_start():
    assert onepos(webhook_max_age=600).max_age() == 600
    with pytest.raises(errors.ConfigError, match="webhook_max_age"):
        onepos(webhook_max_age=float("inf"))


def test_a_ringing_replayed_after_5000_newer_calls_does_not_publish_again():
    now = [1_700_000_000.0]
    registry = CallRegistry("101", clock=lambda: now[0])

    def ringing(call_id: str) -> CallEvent:
        return CallEvent(
            call_id=call_id,
            state="ringing",
            direction="inbound",
            caller="0901234567",
            callee="101",
            extension="101",
            provider="onepos",
            source="webhook",
            at=dt.datetime.now(dt.UTC),
        )

    assert len(registry.feed(ringing("first"))) == 1
    pushed_out = []
    for i in range(5_000):
        now[0] += 0.01
        pushed_out += [e.call_id for e in registry.feed(ringing(f"newer-{i}")) if e.state == "lost"]
    assert pushed_out == ["first"]  # the live-call cap pushed it out: it is no longer tracked...
    assert [e.state for e in registry.feed(ringing("first"))] == []  # ...but its replay is recognised
    now[0] += 86_400 + 7_200  # a day (and an hour's bucket) later it may be forgotten
    later = registry.feed(ringing("first"))  # (after the lost-track events of the 5,000 others)
    assert [(e.call_id, e.state) for e in later if e.state != "lost"] == [("first", "ringing")]
