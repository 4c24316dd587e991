"""``agent-desk missed``: a real subprocess against the simulator; the catch-up and the list."""

from __future__ import annotations

import asyncio
import json

import pytest

from agent_desk.missed import MissedCalls
from tests.helpers.cli import cli_sim_settings


@pytest.fixture
def sim_settings():
    return cli_sim_settings()


async def ended(sim, answers: bool, customer: int) -> str:
    sim.world.extensions["101"].answers = answers
    before = len(sim.world.cdrs)
    call = sim.world.start_inbound(list(sim.world.customers.values())[customer].phone, extension="101")
    while len(sim.world.cdrs) == before:
        await asyncio.sleep(0.02)
    return call.id


async def test_missed_catches_up_then_lists_the_calls_not_handled_newest_first(sim, agent, isolated_env):
    sim.world.settings.talk_time = (0.1, 0.1)
    first = await agent("missed", "--json")  # nothing heard yet: the last day's history is read
    assert first.rc == 0, first.err
    before = {json.loads(line)["call_id"] for line in first.out.splitlines()}
    lost = [await ended(sim, False, 3), await ended(sim, True, 4), await ended(sim, False, 5)]
    run = await agent("missed", "--json")
    assert run.rc == 0, run.err
    calls = [json.loads(line) for line in run.out.splitlines()]
    new = [c for c in calls if c["call_id"] not in before]
    assert [c["call_id"] for c in new] == [lost[2], lost[0]], "the two missed calls, newest first"
    assert set(new[0]) == {"call_id", "phone", "at", "extension", "customer"}
    assert new[0]["extension"] == "101" and new[0]["phone"] == sim.world.cdrs[-1].from_number
    assert new[0]["customer"] == list(sim.world.customers.values())[5].name

    store = MissedCalls(isolated_env / "data" / "journal.sqlite3")
    store.called_back("tel4vn", new[0]["phone"])  # what the desk does when the agent calls back
    store.close()
    again = await agent("missed", "--json")
    assert lost[2] not in again.out and lost[0] in again.out, "a called-back call is no longer listed"
    text = await agent("missed")
    assert text.rc == 0 and "Caught up from" in text.out


async def test_missed_without_a_history_api_exits_5(agent):
    run = await agent("missed", profile="voicecloud")
    assert run.rc == 5 and "history" in run.err


async def test_missed_refuses_a_since_that_is_not_a_time(agent):
    run = await agent("missed", "--since", "yesterday")
    assert run.rc == 2 and "--since" in run.err
