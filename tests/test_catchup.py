"""Missed calls and the catch-up from the PBX's call history, against the simulator over loopback."""

from __future__ import annotations

import asyncio
import datetime as dt
import time

import pytest

from agent_desk import errors
from agent_desk.catchup import OVERLAP_SECONDS, after_gap, catch_up, window
from agent_desk.config import parse_profile
from agent_desk.journal import Journal, JournalEntry
from agent_desk.missed import MissedCall, MissedCalls, missed_call
from agent_desk.models import CallEvent
from agent_desk.providers import create_provider
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator


@pytest.fixture
async def sim(sim_settings):
    async with Simulator(sim_settings, providers=["tel4vn", "voicecloud"]) as simulator:
        yield simulator


def provider(sim: Simulator, key: str = "tel4vn"):
    table, secrets = sim.profile(key, "101")
    profile = parse_profile(f"sim-{key}", table)
    return create_provider(profile, SecretStore(profile, env={env_name(k): v for k, v in secrets.items()}))


async def finished_call(sim: Simulator, index: int, *, answers: bool) -> str:
    sim.world.extensions["101"].answers = answers
    before = len(sim.world.cdrs)
    call = sim.world.start_inbound(list(sim.world.customers.values())[index].phone, extension="101")
    deadline = time.monotonic() + 5
    while len(sim.world.cdrs) == before:
        assert time.monotonic() < deadline, "the call never ended"
        await asyncio.sleep(0.02)
    return call.id


async def test_calls_made_in_the_gap_are_added_once_and_the_missed_one_is_listed(sim, tmp_path):
    journal, missed = Journal(tmp_path / "j.sqlite3"), MissedCalls(tmp_path / "j.sqlite3")
    async with provider(sim) as pbx:
        name = pbx.profile.name
        missed.heard(name, time.time() - 1)  # a desk listened until a moment ago
        seen = await finished_call(sim, 0, answers=True)
        cdr = sim.world.cdrs[-1]
        started = dt.datetime.fromtimestamp(cdr.started_at, dt.UTC)
        # the desk heard this one, under its leg's id (not the CDR's)
        journal.record_call(JournalEntry(name, "leg-" + seen, "inbound", cdr.from_number, None, started))
        await finished_call(sim, 1, answers=True)
        lost = await finished_call(sim, 2, answers=False)

        start, end = window(missed, name, time.time())
        report = await catch_up(pbx, journal, missed, start=start, end=end)
        assert len(report.calls) == 2, "the call the desk saw is not added again"
        assert [m.call_id for m in report.missed] == [lost]
        assert report.missed[0].customer == list(sim.world.customers.values())[2].name, "named from the PBX"
        assert len(journal.search(name)) == 3
        assert journal.get(name, lost).outcome == "missed", "the core's outcome, as the pop and Journal show it"
        assert {e.outcome for e in journal.search(name) if e.call_id != lost} == {"answered", None}
        assert [m.call_id for m in missed.open(name)] == [lost]
        assert missed.covered_until(name) == pytest.approx(end)

        again = await catch_up(pbx, journal, missed, start=start, end=time.time())
        assert again.calls == [] and again.missed == [], "a second catch-up of the same window adds nothing"
    journal.close()
    missed.close()


async def test_voicecloud_has_no_history_to_catch_up_from(sim, tmp_path):
    journal, missed = Journal(tmp_path / "j.sqlite3"), MissedCalls(tmp_path / "j.sqlite3")
    async with provider(sim, "voicecloud") as pbx:
        with pytest.raises(errors.Unsupported):
            await catch_up(pbx, journal, missed, start=time.time() - 60, end=time.time())


async def test_after_a_gap_the_first_listen_reads_nothing_and_a_later_one_reads_the_gap(sim, tmp_path):
    """What the desk runs when its events come (back) up, without a screen: the first time a profile
    listens on the machine nothing was missed here; after that, exactly the gap since the coverage."""
    journal, missed = Journal(tmp_path / "j.sqlite3"), MissedCalls(tmp_path / "j.sqlite3")
    async with provider(sim) as pbx:
        name = pbx.profile.name
        await finished_call(sim, 2, answers=False)  # before this machine ever listened
        first = time.time()
        assert await after_gap(pbx, journal, missed, name, first) is None
        assert missed.covered_until(name) == pytest.approx(first) and missed.open(name) == []
        lost = await finished_call(sim, 3, answers=False)
        report = await after_gap(pbx, journal, missed, name, time.time())
        assert report is not None and lost in [m.call_id for m in report.missed]
        assert report.start.timestamp() == pytest.approx(first - OVERLAP_SECONDS), "from the coverage"
        assert lost in [m.call_id for m in missed.open(name)]
    journal.close()
    missed.close()


async def test_after_a_gap_without_a_history_api_the_coverage_moves_on(sim, tmp_path):
    journal, missed = Journal(tmp_path / "j.sqlite3"), MissedCalls(tmp_path / "j.sqlite3")
    async with provider(sim, "voicecloud") as pbx:
        name = pbx.profile.name
        missed.heard(name, time.time() - 3600)
        now = time.time()
        with pytest.raises(errors.Unsupported):
            await after_gap(pbx, journal, missed, name, now)
        assert missed.covered_until(name) == pytest.approx(now), "the next gap starts now"
    journal.close()
    missed.close()


@pytest.mark.parametrize(
    ("state", "outcome", "listed"),
    [
        ("hangup", "missed", True),  # a hangup nobody answered: the core's outcome says missed
        ("missed", None, True),  # a provider's own missed event, before any outcome
        ("hangup", "answered", False),
        ("missed", "answered", False),  # the outcome wins over the state
        ("ringing", None, False),
    ],
)
def test_which_call_event_is_a_missed_call(state, outcome, listed):
    at = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC)
    event = CallEvent("c1", state, "inbound", "0901234567", "101", "101", "tel4vn", "webhook", at, outcome=outcome)
    call = missed_call(event, "p", "Chị An")
    if listed:
        assert call == MissedCall("p", "c1", "0901234567", at, "101", "Chị An")
    else:
        assert call is None


def test_the_missed_list_absorbs_a_call_told_twice_and_is_handled_by_a_call_back(tmp_path):
    missed = MissedCalls(tmp_path / "j.sqlite3")
    at = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC)
    assert missed.add(MissedCall("p", "event-1", "+84 901 234 567", at, "101"))
    assert not missed.add(MissedCall("p", "cdr-1", "0901234567", at + dt.timedelta(seconds=30), "101"))
    assert missed.add(MissedCall("p", "event-2", "0902000000", at + dt.timedelta(minutes=5), "101"))
    assert missed.add(MissedCall("q", "event-1", "0901234567", at, "101")), "profiles are apart"
    assert [m.call_id for m in missed.open("p")] == ["event-2", "event-1"], "newest first"
    assert missed.called_back("p", "84901234567") == 1
    assert missed.dismiss("p", "event-2") and not missed.dismiss("p", "event-2")
    assert missed.count("p") == 0 and missed.count("q") == 1
