"""The supervisor console's Qt-free core: diffs, backoff, stale data and recovery, event merging,
the queue trend and who sees the console, against the simulator over loopback (the refresher's
process: test_console_refresher_process.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from agent_desk import errors
from agent_desk.backoff import Backoff
from agent_desk.config import parse_profile
from agent_desk.models import AccountStatus, CallEvent, LiveCall, QueueStats
from agent_desk.supervisor import is_supervisor
from agent_desk.supervisor.diff import AGENTS, CALLS, AgentNames, Diff, diff_rows, merged
from agent_desk.supervisor.refresher import Refresher
from agent_desk.supervisor.trend import QueueTrend

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def call(call_id: str, state: str = "answered", **kw) -> LiveCall:
    values = dict(direction="inbound", extension="101", customer="0901234567", state=state, started_at=T0)
    values.update(kw)
    return LiveCall(call_id=call_id, **values)


# ---------------------------------------------------------------------- diff
def test_diff_inserts_changes_and_removes_by_id():
    old = {"a": call("a"), "b": call("b"), "c": call("c")}
    new = [call("a"), call("b", state="ringing"), call("d")]
    diff, current = diff_rows(CALLS, old, new)
    assert [c.call_id for c in diff.inserted] == ["d"]
    assert [c.call_id for c in diff.changed] == ["b"] and diff.changed[0].state == "ringing"
    assert diff.removed == ["c"]
    assert current["a"] is old["a"], "an unchanged row keeps the object the model holds"
    assert list(current) == ["a", "b", "d"]


def test_diff_ignores_raw_fields_and_skips_rows_without_or_with_repeated_ids():
    old = {"a": call("a", raw={"duration": 5})}
    diff, current = diff_rows(CALLS, old, [call("a", raw={"duration": 6}), call(""), call("a", state="x")])
    assert not diff and current == old


def test_merged_diffs_have_the_effect_of_each_in_turn():
    from agent_desk.models import AgentState

    def agent(ext: str, state: str) -> AgentState:
        return AgentState(ext, None, state, True)

    first = Diff(inserted=[agent("101", "busy"), agent("102", "busy")], removed=["109"])
    second = Diff(changed=[agent("101", "paused")], removed=["102", "103"])
    third = Diff(inserted=[agent("103", "available")])
    both = merged(AGENTS, [first, second, third])
    assert [(a.extension, a.state) for a in both.changed] == [("101", "paused"), ("103", "available")]
    assert both.removed == ["109", "102"] and not both.inserted


def test_agent_names_fill_only_missing_names_in_copies_kept_while_source_and_names_stay():
    calls = [call("a"), call("b", agent_name="Kept"), call("c", extension=None)]
    names = AgentNames()
    shown = names.shown(calls, {"101": "Trần Văn Minh"})
    assert [c.agent_name for c in shown] == ["Trần Văn Minh", "Kept", None]
    assert calls[0].agent_name is None, "the provider's record is not changed"
    assert shown[1] is calls[1] and shown[2] is calls[2]
    again = names.shown(calls, {"101": "Trần Văn Minh"})
    assert all(a is b for a, b in zip(again, shown, strict=True)), "the same records and names: the same rows"
    renamed = names.shown(calls, {"101": "Lê Thị Hương"})
    assert renamed[0].agent_name == "Lê Thị Hương" and renamed[0] is not shown[0]
    fresh = names.shown([call("a"), *calls[1:]], {"101": "Lê Thị Hương"})
    assert fresh[0] is not renamed[0] and fresh[0] == renamed[0], "a new record of the call: named again"


# ---------------------------------------------------------------------- backoff
def test_backoff_grows_with_jitter_up_to_the_cap_and_resets():
    backoff = Backoff(initial=1.0, maximum=8.0, rng=random.Random(1))
    delays = [backoff.next_delay() for _ in range(6)]
    for n, delay in enumerate(delays):
        ceiling = min(8.0, 2.0**n)
        assert ceiling / 2 <= delay <= ceiling
    backoff.reset()
    assert 0.5 <= backoff.next_delay() <= 1.0


# ---------------------------------------------------------------------- refresher vs the simulator
async def test_refresh_reads_calls_agents_and_queues_then_only_what_changed(sim, provider_for):
    calls = sim.world.start_standing_calls(3)
    updates = []
    refresher = Refresher(provider_for("onepos", "100"), updates.append)
    assert await refresher.refresh_once() == 1.0
    first = updates[-1]
    assert {c.call_id for c in first.calls.inserted} == {c.id for c in calls}
    assert first.agents is not None and {a.extension for a in first.agents.inserted} >= {"100", "101"}
    assert {q.queue for q in first.queues} == {"999", "888"} and not first.problems
    assert not first.health.stale and first.health.last_good == first.at
    sim.world.hangup(calls[0].id)
    await refresher.refresh_once()
    second = updates[-1]
    assert second.calls.removed == [calls[0].id] and not second.calls.inserted and not second.calls.changed


async def test_5xx_burst_makes_the_data_stale_with_backoff_then_recovers(sim, provider_for):
    calls = sim.world.start_standing_calls(2)
    updates = []
    refresher = Refresher(provider_for("tel4vn", "100"), updates.append, backoff=Backoff(0.5, 4.0))
    await refresher.refresh_once()
    good = updates[-1].health.last_good
    sim.faults.error_burst = 100  # every read fails: live calls, the user statuses
    delays = [await refresher.refresh_once() for _ in range(3)]
    stale = updates[-1]
    assert stale.health.stale and stale.health.last_good == good
    assert isinstance(stale.health.error, errors.PbxUnreachable) and stale.health.retry_in == delays[-1]
    assert 0.25 <= delays[0] <= 0.5 and 1.0 <= delays[2] <= 2.0, delays
    assert not stale.calls, "a failed read removes nothing"
    sim.faults.error_burst = 0
    sim.world.hangup(calls[1].id)
    assert await refresher.refresh_once() == 1.0
    recovered = updates[-1]
    assert not recovered.health.stale and recovered.health.last_good > good
    assert recovered.calls.removed == [calls[1].id]


async def test_agents_failing_is_a_panel_problem_not_stale_calls(sim, provider_for):
    updates = []
    provider = provider_for("tel4vn", "100", agents=[])  # no agents configured: a ConfigError
    await Refresher(provider, updates.append).refresh_once()
    assert isinstance(updates[-1].problems["agents"], errors.ConfigError)
    assert not updates[-1].health.stale and updates[-1].queues is None


async def test_tel4vn_calls_get_agent_names_from_the_user_status(sim, provider_for):
    sim.world.start_inbound(extension="102")
    updates = []
    refresher = Refresher(provider_for("tel4vn", "100"), updates.append)
    await refresher.refresh_once()
    (row,) = updates[-1].calls.inserted
    assert row.extension == "102" and row.agent_name == "Lê Thị Hương"


async def test_tel4vn_cycle_reads_the_live_calls_once(sim, provider_for):
    sim.world.start_inbound(extension="102")
    updates = []
    refresher = Refresher(provider_for("tel4vn", "100"), updates.append)
    hits = sim.dialects["tel4vn"].hits
    await refresher.refresh_once()
    assert hits["GET /v2/call"] == 1, "agents() reuses the cycle's live-calls read"
    assert refresher.agents["102"].state == "busy" and refresher.agents["101"].state == "available"
    await refresher.refresh_once()
    assert hits["GET /v2/call"] == 2


@pytest.mark.parametrize("key", ["onepos", "tel4vn"])
async def test_reused_records_publish_the_same_updates_as_records_made_anew(sim, provider_for, key):
    """Two refreshers read each state of the floor in turn: one whose provider reuses the records of
    unchanged rows (the refresher's own setting), one whose provider makes every record anew (raw
    rows, as before the reuse). Every update is the same but for the raw records (the refresher's
    are empty), and a change in any shown field is seen."""
    world = sim.world
    calls = world.start_standing_calls(40)
    reused_updates: list = []
    anew_updates: list = []
    reused = Refresher(provider_for(key, "100"), reused_updates.append)
    anew = Refresher(provider_for(key, "100"), anew_updates.append)
    anew.provider.raw_rows = True
    floor = sorted(world.extensions.values(), key=lambda e: e.number)[-1]

    def shown(update) -> list:
        def rows(diff) -> list:
            def fields(row) -> list:  # all but raw: the refresher publishes none, the made-anew records keep theirs
                return sorted((name, value) for name, value in row.to_json().items() if name != "raw")

            return [*map(fields, diff.inserted), "|", *map(fields, diff.changed), "|", *diff.removed]

        return [rows(update.calls), rows(update.agents) if update.agents is not None else None]

    steps = [
        lambda: None,  # the first read
        lambda: None,  # nothing changed but the calls' durations
        lambda: world.hangup(calls[0].id),
        lambda: world.start_standing_calls(2),
        lambda: setattr(world.calls[calls[1].id], "state", "ringing"),
        lambda: setattr(floor, "name", "Phạm Văn Đức"),  # every call of that agent shows the new name
        lambda: setattr(world.extensions["101"], "paused", True),
        lambda: world.churn(5),
        lambda: None,
    ]
    for step in steps:
        step()
        await reused.refresh_once()
        await anew.refresh_once()
        assert shown(reused_updates[-1]) == shown(anew_updates[-1])
        published = reused_updates[-1]
        assert not any(row.raw for row in (*published.calls.inserted, *published.calls.changed))
        assert published.agents is None or not any(
            row.raw for row in (*published.agents.inserted, *published.agents.changed)
        )
    assert not reused_updates[1].calls, "an unchanged floor: no calls diff"
    assert reused_updates[2].calls.removed == [calls[0].id]
    if key == "onepos":  # TEL4VN lists a channel state and names from its per-agent reads
        assert [(c.call_id, c.state) for c in reused_updates[4].calls.changed] == [(calls[1].id, "ringing")]
        named = [c.agent_name for c in reused_updates[5].calls.changed]
        assert named and set(named) == {"Phạm Văn Đức"}
        assert [(a.extension, a.state) for a in reused_updates[6].agents.changed] == [("101", "paused")]


async def first_read(sim, provider_for, key: str) -> tuple[Refresher, list, LiveCall]:
    """A refresher on one standing call, after its first read: (refresher, updates, the row)."""
    updates = []
    refresher = Refresher(provider_for(key, "100"), updates.append)
    sim.world.start_standing_calls(1)
    await refresher.refresh_once()
    (row,) = updates[-1].calls.inserted
    return refresher, updates, row


async def test_events_change_state_and_remove_ended_calls_at_once(sim, provider_for):
    refresher, updates, row = await first_read(sim, provider_for, "onepos")
    event = CallEvent(
        call_id=row.call_id,
        state="ringing",
        direction="inbound",
        caller=row.customer,
        callee="101",
        extension="101",
        provider="onepos",
        source="webhook",
        at=T0,
    )
    refresher.apply_event(event)
    assert updates[-1].calls.changed[0].state == "ringing"
    refresher.apply_event(dataclasses.replace(event, state="hangup"))
    assert updates[-1].calls.removed == [row.call_id] and row.call_id not in refresher.calls
    count = len(updates)
    refresher.apply_event(dataclasses.replace(event, call_id="unknown", state="hangup"))
    assert len(updates) == count, "an event for a call not listed publishes nothing"


async def test_tel4vn_channel_state_is_not_flipped_by_events(sim, provider_for):
    refresher, updates, row = await first_read(sim, provider_for, "tel4vn")
    assert row.state == "CS_EXECUTE"
    count = len(updates)
    refresher.apply_event(
        CallEvent(
            call_id=row.call_id,
            state="answered",
            direction="inbound",
            caller=None,
            callee=None,
            extension=None,
            provider="tel4vn",
            source="webhook",
            at=T0,
        )
    )
    assert len(updates) == count


# ---------------------------------------------------------------------- trend and visibility
def test_queue_trend_gives_answered_per_minute_and_forgets_old_points():
    trend = QueueTrend(span=120)
    q = lambda waiting, answered: [QueueStats("999", waiting=waiting, answered=answered), QueueStats("888")]  # noqa: E731
    assert trend.add(0, q(2, 10)).answered_per_minute is None, "no rate before MIN_SPAN seconds"
    assert trend.add(30, q(3, 14)).answered_per_minute == 8.0  # 4 in half a minute
    point = trend.add(90, q(1, 20))
    assert (point.waiting, point.answered_per_minute) == (1, 6.0)  # 20 - 14: the sample 60 s before
    trend.add(250, q(0, 20))
    assert [p.at for p in trend.points] == [250]


@pytest.mark.parametrize(
    "role, level, expected",
    [
        ("supervisor", None, True),
        ("agent", "admin", True),
        ("agent", "Supervisor", True),
        ("agent", "agent", False),
        ("agent", None, False),
    ],
)
def test_who_sees_the_console(role, level, expected):
    profile = parse_profile("p", {"provider": "tel4vn", "base_url": "http://x", "extension": "1", "role": role})
    account = AccountStatus(provider="tel4vn", user="u", extension="1", logged_in=True, level=level)
    assert is_supervisor(profile, account) is expected
