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
from collections import Counter

import httpx
import pytest

from agent_desk.config import parse_profile
from agent_desk.events import SourceHealth
from agent_desk.events.pipeline import EventPipeline
from agent_desk.events.runner import run_events_command
from agent_desk.models import CallEvent
from agent_desk.providers import create_provider
from agent_desk.providers.base import Provider
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator
from agent_desk.sim.world import Call
from tests.conftest import fast_settings
from tests.test_sim_world import wait_for

SECRET = "e2e-hook-secret"
PROVIDERS = ("tel4vn", "tel4vn-pbx", "onepos", "voicecloud")
SENDS_CDR = {"tel4vn": True, "tel4vn-pbx": True, "onepos": False, "voicecloud": True}
RANK = {"ringing": 0, "answered": 1, "hangup": 2}


@pytest.fixture
def sim_settings():
    return fast_settings(ring_timeout=0.25)  # unanswered calls give up sooner


@pytest.fixture
async def sim(sim_settings):
    """Only the webhook dialects (oapi's websocket is the websocket source's business)."""
    async with Simulator(sim_settings, providers=list(PROVIDERS)) as simulator:
        yield simulator


@pytest.fixture
async def make_provider(sim):
    """Like ``provider_for``, plus the ``webhook_secret`` the listener checks."""
    made: list[Provider] = []

    def make(key: str, extension: str = "101", **overrides) -> Provider:
        table, secrets = sim.profile(key, extension)
        table.update({"events": "webhook", "webhook": {"host": "127.0.0.1", "port": 0}, **overrides})
        secrets = {"webhook_secret": SECRET, **secrets} if key != "onepos" else secrets
        profile = parse_profile(f"e2e-{key}", table)
        provider = create_provider(profile, SecretStore(profile, env={env_name(k): v for k, v in secrets.items()}))
        made.append(provider)
        return provider

    yield make
    for provider in made:
        await provider.aclose()


class Desk:
    """A running pipeline with its published events."""

    def __init__(self, pipeline: EventPipeline) -> None:
        self.pipeline = pipeline
        self.published: list[tuple[CallEvent, bool]] = []
        self.health: list[SourceHealth] = []
        pipeline.subscribe(lambda event, mine: self.published.append((event, mine)), self.health.append)

    @property
    def port(self) -> int:
        return self.pipeline.source.port  # type: ignore[union-attr]

    def of(self, call: Call) -> list[tuple[CallEvent, bool]]:
        ids = {call.id, call.sip_call_id}
        return [
            (e, mine)
            for e, mine in self.published
            if e.call_id in ids or e.flow_id in ids or e.call_id in {leg.id for leg in call.legs.values()}
        ]


async def open_desk(sim: Simulator, provider: Provider) -> Desk:
    desk = Desk(EventPipeline(provider.profile, provider))
    await desk.pipeline.start()
    await wait_for(lambda: any(h.state == "up" for h in desk.health))
    url = f"http://127.0.0.1:{desk.port}"
    if provider.key == "voicecloud":
        async with httpx.AsyncClient() as http:
            answer = await http.post(f"{sim.base_url}/_sim/voicecloud/crm", json={"url": f"{url}/{SECRET}"})
            answer.raise_for_status()
    else:
        secret = provider.secrets.require("webhook_secret")
        await provider.register_webhook(url + next(iter(provider.webhook_routes))[1], secret)
    return desk


async def finish(sim: Simulator, call: Call) -> None:
    """Wait until the call ended (and its CDR exists), then until every delivery went out."""
    await wait_for(lambda: call.id not in sim.world.calls and any(c.id == call.id for c in sim.world.cdrs))
    await sim.drain()


def check_call(desk: Desk, call: Call, provider_key: str) -> list[tuple[CallEvent, bool]]:
    """Every leg moves forward without repeats and ends; one missed for an unanswered inbound call; one CDR."""
    events = desk.of(call)
    assert events, f"nothing published for call {call.id}"
    legs: dict[str | None, list[str]] = {}
    for event, _ in events:
        if event.state in RANK:
            legs.setdefault(event.extension, []).append(event.state)
    assert set(legs) == set(call.legs), (legs, call.legs)  # every extension that rang, nobody else
    for extension, states in legs.items():
        ranks = [RANK[s] for s in states]
        assert ranks == sorted(set(ranks)) and states[-1] == "hangup", (extension, states)
    counts = Counter(e.state for e, _ in events)
    unanswered_inbound = call.direction == "inbound" and call.answered_at is None
    assert counts["missed"] == (1 if unanswered_inbound else 0), counts
    assert counts["cdr"] == (1 if SENDS_CDR[provider_key] else 0), counts
    assert counts["answered"] <= 1, counts  # 0 when it came after the hangup (reordered): not published
    states = [e.state for e, _ in events]
    end = next((i for i, state in enumerate(states) if state in ("missed", "cdr")), len(states))
    assert set(states[end:]) <= {"missed", "cdr"}, states  # nothing after the call ended
    assert all(e.provider == provider_key and e.source == "webhook" for e, _ in events)
    mine = [(e.state, e.extension) for e, m in events if m]
    if "101" in call.legs:
        assert sum(1 for state, _ in mine if state == "ringing") <= 1
        assert any(state in ("ringing", "answered") for state, _ in mine)  # the pop
    else:
        assert not [m for m in mine if m[0] in RANK]
    return events


@pytest.mark.parametrize("key", PROVIDERS)
async def test_plain_calls_arrive_normalized_in_order(sim, make_provider, key):
    provider = make_provider(key)
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
            assert events[-1][0].extension == winner and events[-1][1] == (winner == "101")
    finally:
        await desk.pipeline.stop()


@pytest.mark.parametrize("key", PROVIDERS)
async def test_duplicates_and_reordering_still_pop_each_call_once(sim, make_provider, key):
    provider = make_provider(key)
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


async def test_unregistered_requests_never_reach_the_registry(sim, make_provider):
    """A stranger who guesses the route but not the secret is refused; the PBX's events still arrive."""
    provider = make_provider("tel4vn")
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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_events_command_prints_each_event_once_as_json_and_cleans_up(sim, make_provider, capsys):
    port = free_port()
    provider = make_provider(
        "tel4vn", webhook={"host": "127.0.0.1", "port": port, "public_url": f"http://127.0.0.1:{port}"}
    )
    hooks = sim.dialects["tel4vn"].hooks
    out = io.StringIO()
    command = asyncio.create_task(run_events_command(provider.profile, provider, json_output=True, out=out))
    await wait_for(lambda: len(hooks) == 4 or command.done())  # auto-registration through /v1/event
    assert {h["callback_url"] for h in hooks} == {f"http://127.0.0.1:{port}/hooks/tel4vn"}
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
    }
    assert ringing["at"].endswith("+07:00")
    assert lines[2]["duration"] is not None and cdr["recording_url"].startswith(sim.base_url)
    assert f"webhook events up: listening on 127.0.0.1:{port}" in capsys.readouterr().err


async def test_events_command_human_lines(sim, make_provider):
    port = free_port()
    provider = make_provider("voicecloud", webhook={"host": "127.0.0.1", "port": port})
    async with httpx.AsyncClient() as http:
        await http.post(f"{sim.base_url}/_sim/voicecloud/crm", json={"url": f"http://127.0.0.1:{port}/{SECRET}"})
    out = io.StringIO()
    command = asyncio.create_task(run_events_command(provider.profile, provider, json_output=False, out=out))
    try:
        await wait_for(lambda: _listening(port) or command.done())
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


async def test_events_command_ends_when_its_reader_goes_away(sim, make_provider):
    """``agent-desk events --json | head -1``: the closed pipe ends the command (the CLI exits quietly)."""
    port = free_port()
    provider = make_provider(
        "tel4vn", webhook={"host": "127.0.0.1", "port": port, "public_url": f"http://127.0.0.1:{port}"}
    )
    command = asyncio.create_task(run_events_command(provider.profile, provider, json_output=True, out=ClosedPipe()))
    await wait_for(lambda: len(sim.dialects["tel4vn"].hooks) == 4 or command.done())
    sim.world.start_inbound("0901234567", extension="101")
    with pytest.raises(BrokenPipeError):
        await asyncio.wait_for(command, 5)
    assert sim.dialects["tel4vn"].hooks == []  # cleaned up all the same
