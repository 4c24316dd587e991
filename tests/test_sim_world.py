"""The simulated call center itself: call lives, refusals, supervisor actions, control routes."""

from __future__ import annotations

import sys

import httpx
import pytest

from agent_desk.sim.server import Simulator
from agent_desk.sim.world import SimError, World
from tests.helpers import until
from tests.helpers.sim import fast_settings


async def collect(world: World, kinds=("ringing", "answered", "hangup", "missed", "cdr")):
    events = []
    world.subscribe(lambda e: events.append(e) if e.kind in kinds else None)
    return events


async def test_inbound_queue_call_rings_members_then_one_answers_and_cdr_follows():
    world = World(fast_settings())
    events = await collect(world)
    call = world.start_inbound("0901234567", queue="999")
    await until(lambda: any(e.kind == "cdr" for e in events))
    kinds = [e.kind for e in events]
    assert kinds.count("ringing") == 4  # every free member of queue 999
    answered = [e for e in events if e.kind == "answered"]
    assert len(answered) == 1
    ringing_ids = {e.leg.id for e in events if e.kind == "ringing"}
    assert answered[0].leg.id in ringing_ids and answered[0].leg.id != call.id  # leg ids differ from flow id
    cdr = next(e.cdr for e in events if e.kind == "cdr")
    assert cdr.id == call.id and cdr.status == "answered" and cdr.recording
    assert world.queues["999"].answered == 1
    await world.close()


async def test_single_extension_call_uses_one_id_for_every_event():
    world = World(fast_settings())
    events = await collect(world)
    call = world.start_inbound("0901234567", extension="102")
    await until(lambda: any(e.kind == "cdr" for e in events))
    assert {e.leg.id for e in events if e.leg} == {call.id}
    await world.close()


async def test_unanswered_inbound_call_is_missed():
    world = World(fast_settings())
    for n in world.queues["888"].members:
        world.extensions[n].answers = False
    events = await collect(world)
    world.start_inbound("0901234567", queue="888")
    await until(lambda: any(e.kind == "cdr" for e in events))
    assert "missed" in [e.kind for e in events]
    assert events[-1].cdr.status == "no-answered" and events[-1].cdr.recording is None
    await world.close()


async def test_click_to_call_refusals_and_pickup():
    world = World(fast_settings())
    world.extensions["103"].registered = False
    with pytest.raises(SimError) as exc:
        world.click_to_call("103", "0901234567")
    assert exc.value.code == "USER_NOT_REGISTERED"
    call = world.click_to_call("101", "0901234567")
    with pytest.raises(SimError) as exc:
        world.click_to_call("101", "0907654321")
    assert exc.value.code == "USER_BUSY"
    assert await world.wait_agent_pickup(call) is True
    world.extensions["102"].answers = False
    never = world.click_to_call("102", "0901234567")
    assert await world.wait_agent_pickup(never) is False
    await world.close()


async def test_monitor_and_transfer_change_the_live_call():
    world = World(fast_settings(talk_time=(5, 5)))
    events = await collect(world)
    call = world.start_inbound("0901234567", extension="101")
    await until(lambda: call.state == "answered")
    world.monitor(call.id, "100", "listen")
    assert call.monitors == {"100": "listen"} and world.agent_states()["100"] == "busy"
    world.transfer(call.id, "105")
    assert call.extension == "105" and call.legs["101"].state == "hangup"
    world.hangup(call.id)
    await until(lambda: any(e.kind == "cdr" for e in events))
    assert events[-1].cdr.extension == "105"
    with pytest.raises(SimError):
        world.hangup(call.id)
    await world.close()


async def test_control_routes_over_http():
    async with Simulator(fast_settings(), providers=[]) as sim:
        async with httpx.AsyncClient(base_url=sim.base_url) as client:
            r = await client.post("/_sim/extensions/101", json={"registered": False})
            assert r.json()["registered"] is False
            r = await client.post("/_sim/faults", json={"error_burst": 1})
            assert r.json()["error_burst"] == 1
            r = await client.post("/_sim/faults", json={"bogus": 1})
            assert r.status_code == 400
            r = await client.post("/_sim/inbound", json={"phone": "0901234567", "extension": "102"})
            assert r.status_code == 200
            state = (await client.get("/_sim/state")).json()
            assert state["extensions"]["101"]["state"] == "offline"
            assert len(state["calls"]) == 1
            wav = await client.get("/recordings/rec-x.wav")
            assert wav.headers["content-type"] == "audio/wav" and wav.content[:4] == b"RIFF"


def traced_lines(work) -> int:
    """How many Python lines ``work()`` executes (every frame): a count of work, not a timing."""
    count = 0

    def trace(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        work()
    finally:
        sys.settrace(None)
    return count


async def test_standing_calls_cost_the_same_per_call_at_5000_as_at_500():
    per_call = {}
    for n in (500, 5000):
        world = World(fast_settings())
        per_call[n] = traced_lines(lambda w=world, n=n: w.start_standing_calls(n)) / n
        assert len(world.calls) == n and sum(e.floor for e in world.extensions.values()) == n
        await world.close()
    assert per_call[5000] <= 1.2 * per_call[500], per_call  # a scan of every floor agent per call made it ×10


async def test_floor_agents_that_left_a_call_take_the_next_standing_calls():
    world = World(fast_settings())
    calls = world.start_standing_calls(20)
    assert world.churn(5) == 5
    live = next(c for c in calls if c.state != "hangup")
    world.transfer(live.id, "101")  # its floor agent is free again
    world.start_standing_calls(1)
    floor = [e.number for e in world.extensions.values() if e.floor]
    assert len(floor) == 20, "no floor agent is created while one is free"
    on_calls = [c.extension for c in world.calls.values() if c.state != "hangup"]
    assert len(on_calls) == len(set(on_calls)) == 21
    await world.close()
