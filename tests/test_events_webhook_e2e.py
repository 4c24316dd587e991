"""Simulator → webhook → listener → registry → normalized events, for every webhook provider.

TEL4VN and TEL4VN PBX register the listener through ``/v1/event`` (``X-Api-Key``), OnePOS through
``/api/v3/webhook/config`` (``X-Signature``), VoiceCloud through the simulator's CRM setting with
a secret path prefix. Each runs plain calls, then calls under duplicate and reorder faults, and
checks that every leg moves forward once, every call pops once, missed calls come exactly once,
and the CDR closes the call. ``agent-desk events --json`` is run against TEL4VN with
auto-registration.
"""

from __future__ import annotations

import asyncio
import io
import json
import socket

import httpx
import pytest

from agent_desk.events.runner import run_events_command
from agent_desk.models import CallEvent
from agent_desk.providers.base import Provider
from agent_desk.session import Session
from tests.helpers import until
from tests.helpers.net import free_port
from tests.helpers.sim import fast_settings
from tests.helpers.webhooks import PROVIDERS, SECRET, SENDS_CDR, check_call, finish, open_desk


@pytest.fixture
def sim_settings():
    return fast_settings(ring_timeout=0.25)  # unanswered calls give up sooner


@pytest.fixture
def sim_dialects() -> list[str]:
    return list(PROVIDERS)  # only the webhook dialects (oapi's websocket is the websocket source's business)


@pytest.mark.parametrize("key", PROVIDERS)
async def test_plain_calls_arrive_normalized_in_order(sim, webhook_provider_for, key):
    provider = webhook_provider_for(key)
    desk = await open_desk(sim, provider)
    try:
        inbound = sim.world.start_inbound("0901234567", extension="101")
        await finish(sim, inbound)
        events = check_call(desk, inbound, key)
        states = [(e.state, e.extension, mine) for e, mine in events]
        expected = [("ringing", "101", True), ("answered", "101", True), ("hangup", "101", True)]
        assert states[:3] == expected
        first = events[0][0]
        assert (first.direction, first.caller, first.callee) == ("inbound", "0901234567", "101")
        if SENDS_CDR[key]:
            cdr = events[-1][0]
            assert (cdr.state, cdr.direction, cdr.extension, events[-1][1]) == ("cdr", "inbound", "101", True)
            assert cdr.recording_url and cdr.recording_url.startswith(sim.base_url + "/recordings/")

        for n in sim.world.queues["888"].members:
            sim.world.extensions[n].answers = False
        missed = sim.world.start_inbound("0907654321", queue="888")
        await finish(sim, missed)
        events = check_call(desk, missed, key)
        missed_event = next(e for e, _ in events if e.state == "missed")
        assert (missed_event.direction, missed_event.customer) == ("inbound", "0907654321")
        assert not any(mine for _, mine in events)  # 101 is not in queue 888

        queue_call = sim.world.start_inbound("0909999999", queue="999")
        await finish(sim, queue_call)
        events = check_call(desk, queue_call, key)
        winner = queue_call.extension
        assert [e.extension for e, _ in events if e.state == "answered"] == [winner]
        if SENDS_CDR[key]:
            cdr, mine = events[-1]
            assert cdr.extension == winner and mine  # 101's phone rang too: the call's end is its business
            assert cdr.outcome == ("answered" if winner == "101" else "answered_elsewhere")
    finally:
        await desk.pipeline.stop()


@pytest.mark.parametrize("key", PROVIDERS)
async def test_duplicates_and_reordering_still_pop_each_call_once(sim, webhook_provider_for, key):
    provider = webhook_provider_for(key)
    desk = await open_desk(sim, provider)
    sim.faults.update({"duplicate": 0.5, "reorder": 0.3})
    try:
        for n in sim.world.queues["888"].members:
            sim.world.extensions[n].answers = False
        calls = []
        for i in range(5):
            phone = f"09012340{i:02d}"
            if i % 4 == 0:
                call = sim.world.start_inbound(phone, extension="101")
            elif i % 4 == 1:
                call = sim.world.start_inbound(phone, queue="999")
            elif i % 4 == 2:
                call = sim.world.start_inbound(phone, queue="888")  # nobody answers: one missed call
            else:
                call = sim.world.click_to_call("101", phone)
            await finish(sim, call)
            calls.append(call)
        for call in calls:
            check_call(desk, call, key)
        listener = desk.pipeline.source
        raw = listener.counters["events"]  # type: ignore[union-attr]
        assert raw > sum(1 for e, _ in desk.published if e.raw != {"derived": True})  # duplicates came, and went
        assert desk.pipeline.registry.dropped > 0
    finally:
        await desk.pipeline.stop()


async def test_unregistered_requests_never_reach_the_registry(sim, webhook_provider_for):
    """A stranger who guesses the route but not the secret is refused; the PBX's events still arrive."""
    provider = webhook_provider_for("tel4vn")
    desk = await open_desk(sim, provider)
    try:
        async with httpx.AsyncClient() as http:
            forged = await http.post(
                f"http://127.0.0.1:{desk.port}/hooks/tel4vn",
                json={
                    "call_id": "forged",
                    "sip_call_id": "x",
                    "direction": "inbound",
                    "from_number": "0900000000",
                    "to_number": "101",
                    "state": "ringing",
                },
                headers={"X-Api-Key": "guess"},
            )
        assert forged.status_code == 403
        call = sim.world.start_inbound("0901234567", extension="101")
        await finish(sim, call)
        check_call(desk, call, "tel4vn")
        assert all(e.call_id != "forged" for e, _ in desk.published)
    finally:
        await desk.pipeline.stop()


async def signed_in(provider: Provider) -> Session:
    """The core session the ``events`` command runs with, signed in (call events not started)."""
    session = Session(status_interval=None)
    await session.sign_in_with(provider, events=False)
    return session


async def test_events_command_prints_each_event_once_as_json_and_cleans_up(sim, webhook_provider_for, capsys):
    port = free_port()
    provider = webhook_provider_for(
        "tel4vn", webhook={"host": "127.0.0.1", "port": port, "public_url": f"http://127.0.0.1:{port}"}
    )
    hooks = sim.dialects["tel4vn"].hooks
    out = io.StringIO()
    session = await signed_in(provider)
    command = asyncio.create_task(run_events_command(session, json_output=True, out=out))
    await until(lambda: len(hooks) == 4 or command.done())  # auto-registration through /v1/event
    assert {h["callback_url"] for h in hooks} == {f"http://127.0.0.1:{port}/{SECRET}/hooks/tel4vn"}
    sim.faults.update({"duplicate": 1.0})
    call = sim.world.start_inbound("0901234567", extension="101")
    await finish(sim, call)
    command.cancel()
    with pytest.raises(asyncio.CancelledError):
        await command
    assert hooks == []  # removed again on exit
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["state"] for line in lines] == ["ringing", "answered", "hangup", "cdr"]
    assert all(list(line) == list(CallEvent.PUBLIC_FIELDS) for line in lines)
    ringing, cdr = lines[0], lines[-1]
    assert ringing == {
        "call_id": call.id,
        "state": "ringing",
        "direction": "inbound",
        "caller": "0901234567",
        "callee": "101",
        "extension": "101",
        "provider": "tel4vn",
        "source": "webhook",
        "at": ringing["at"],
        "duration": None,
        "recording_url": None,
        "outcome": None,
        "pbx_status": None,
    }
    assert [line["outcome"] for line in lines] == [None, None, "answered", "answered"]
    assert ringing["at"].endswith("+07:00")
    assert lines[2]["duration"] is not None and cdr["recording_url"].startswith(sim.base_url)
    assert f"webhook events up: listening on 127.0.0.1:{port}" in capsys.readouterr().err


async def test_events_command_human_lines(sim, webhook_provider_for):
    port = free_port()
    provider = webhook_provider_for("voicecloud", webhook={"host": "127.0.0.1", "port": port})
    async with httpx.AsyncClient() as http:
        await http.post(f"{sim.base_url}/_sim/voicecloud/crm", json={"url": f"http://127.0.0.1:{port}/{SECRET}"})
    out = io.StringIO()
    session = await signed_in(provider)
    command = asyncio.create_task(run_events_command(session, json_output=False, out=out))
    try:
        await until(lambda: _listening(port) or command.done())
        call = sim.world.start_inbound("0901234567", extension="102")
        await finish(sim, call)
    finally:
        command.cancel()
        await asyncio.gather(command, return_exceptions=True)
    lines = out.getvalue().splitlines()
    assert [line.split()[1] for line in lines] == ["ringing", "answered", "hangup", "cdr"]
    assert "0901234567 → 102  ext 102  call " + call.id in lines[0]
    assert not any("(yours)" in line for line in lines)  # the profile is 101's


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


async def test_events_command_ends_when_its_reader_goes_away(sim, webhook_provider_for):
    """``agent-desk events --json | head -1``: the closed pipe ends the command (the CLI exits quietly)."""
    port = free_port()
    provider = webhook_provider_for(
        "tel4vn", webhook={"host": "127.0.0.1", "port": port, "public_url": f"http://127.0.0.1:{port}"}
    )
    session = await signed_in(provider)
    command = asyncio.create_task(run_events_command(session, json_output=True, out=ClosedPipe()))
    await until(lambda: len(sim.dialects["tel4vn"].hooks) == 4 or command.done())
    sim.world.start_inbound("0901234567", extension="101")
    with pytest.raises(BrokenPipeError):
        await asyncio.wait_for(command, 5)
    assert sim.dialects["tel4vn"].hooks == []  # cleaned up all the same
