"""Alert rules: each threshold raises once when crossed, clears once when back to normal."""

from __future__ import annotations

import datetime as dt

from agent_desk.models import AgentState, LiveCall, QueueStats
from agent_desk.supervisor.alerts import AlertMonitor, Floor, Thresholds
from tests.helpers.clock import Clock


def ringing(call_id: str, age: float, clock: Clock) -> LiveCall:
    started = dt.datetime.fromtimestamp(clock.now - age, dt.UTC)
    return LiveCall(call_id, "inbound", None, "0901234567", "ringing", started_at=started)


def test_waiting_callers_and_longest_wait_from_live_calls():
    clock = Clock(1_800_000_000.0)
    monitor = AlertMonitor(Thresholds(waiting_calls=2, longest_wait=30), clock)
    calm = monitor.evaluate(Floor(calls=[ringing("a", 5, clock)], agents=[]))
    assert calm.raised == [] and calm.active == []
    busy = monitor.evaluate(Floor(calls=[ringing("a", 5, clock), ringing("b", 40, clock)], agents=[]))
    assert {a.key for a in busy.raised} == {"waiting", "longest_wait"}
    assert monitor.highlights() == {"a": "error", "b": "error"}
    again = monitor.evaluate(Floor(calls=[ringing("a", 5, clock), ringing("b", 41, clock)], agents=[]))
    assert again.raised == [] and len(again.active) == 2, "raised once while it holds"
    back = monitor.evaluate(Floor(calls=[], agents=[]))
    assert {a.key for a in back.cleared} == {"waiting", "longest_wait"} and monitor.highlights() == {}


def test_queue_figures_win_over_live_calls_and_give_the_hours_answer_rate():
    clock = Clock(1_800_000_000.0)
    monitor = AlertMonitor(Thresholds(waiting_calls=3, longest_wait=None, answer_rate=0.8), clock)

    def floor(waiting: int, answered: int, abandoned: int) -> Floor:
        return Floor(
            calls=[], agents=[], queues=[QueueStats("999", waiting=waiting, answered=answered, abandoned=abandoned)]
        )

    assert monitor.evaluate(floor(0, 100, 10)).active == []
    clock.now += 600
    changes = monitor.evaluate(floor(4, 106, 14))  # 6 answered, 4 abandoned in the hour: 60 %
    assert {a.key for a in changes.raised} == {"waiting", "answer_rate"}
    rate = next(a for a in changes.raised if a.key == "answer_rate")
    assert rate.value == 0.6 and rate.level == "warn"
    clock.now += HOUR_AND_A_BIT
    changes = monitor.evaluate(floor(0, 126, 14))  # the old counts left the hour: 20 of 20
    assert {a.key for a in changes.cleared} == {"waiting", "answer_rate"}


HOUR_AND_A_BIT = 3700


def test_agents_unregistered_or_too_long_in_one_state():
    clock = Clock(1_800_000_000.0)
    monitor = AlertMonitor(Thresholds(state_seconds=600), clock)
    agents = [AgentState("101", "Minh", "paused", True), AgentState("102", "Hương", "offline", False)]
    call = LiveCall("c1", "inbound", "103", "0901", "answered")
    first = monitor.evaluate(Floor(calls=[call], agents=[*agents, AgentState("103", "Bảo", "busy", True)]))
    assert {a.key for a in first.raised} == {"unregistered:102"}
    clock.now += 601
    later = monitor.evaluate(Floor(calls=[call], agents=[*agents, AgentState("103", "Bảo", "busy", True)]))
    assert {a.key for a in later.raised} == {"state:101:paused", "state:103:busy"}
    assert monitor.highlights() == {"c1": "warn"}
    moved = monitor.evaluate(Floor(calls=[], agents=[AgentState("101", "Minh", "available", True)]))
    assert {a.key for a in moved.cleared} == {"state:101:paused", "state:103:busy", "unregistered:102"}


def test_pbx_and_event_path_down_and_rules_switched_off():
    monitor = AlertMonitor(Thresholds(events_down=False))
    down = monitor.evaluate(Floor(calls=[], agents=[], pbx_up=False, events_up=False))
    assert [a.key for a in down.raised] == ["pbx"]
    assert [a.key for a in monitor.evaluate(Floor(calls=[], agents=[])).cleared] == ["pbx"]


def test_unchanged_agents_are_looked_at_every_few_seconds():
    clock = Clock(1_800_000_000.0)
    monitor = AlertMonitor(Thresholds(state_seconds=60), clock)
    agents = [AgentState("101", "Minh", "paused", True)]
    assert monitor.evaluate(Floor(calls=[], agents=agents)).active == []
    clock.now += 61
    assert monitor.evaluate(Floor(calls=[], agents=agents), agents_changed=False).raised != []
    agents = [AgentState("101", "Minh", "available", True)]
    clock.now += 1
    held = monitor.evaluate(Floor(calls=[], agents=agents), agents_changed=False)
    assert [a.key for a in held.active] == ["state:101:paused"], "not looked at again within the recheck"
    cleared = monitor.evaluate(Floor(calls=[], agents=agents), agents_changed=True)
    assert [a.key for a in cleared.cleared] == ["state:101:paused"]


def test_agents_followed_from_each_refreshs_diff_give_the_alerts_of_the_whole_list():
    from agent_desk.supervisor.diff import AGENTS, diff_rows

    clock = Clock(1_800_000_000.0)
    by_diff, by_list = (AlertMonitor(Thresholds(state_seconds=600), clock) for _ in range(2))
    known: dict = {}
    floors = [
        [AgentState("101", "Minh", "paused", True), AgentState("102", "Hương", "offline", False)],
        [AgentState("101", "Minh", "paused", True), AgentState("103", "Bảo", "busy", True)],  # 102 left the list
        [AgentState("101", "Minh", "available", True), AgentState("103", "Bảo", "busy", True)],
    ]
    for agents in floors:
        diff, known = diff_rows(AGENTS, known, agents)
        floor = Floor(calls=[LiveCall("c1", "inbound", "103", "0901", "answered")], agents=agents)
        followed = by_diff.evaluate(floor, agents_changed=bool(diff), agents_diff=diff)
        whole = by_list.evaluate(floor)
        assert [a.key for a in followed.active] == [a.key for a in whole.active]
        clock.now += 601
    assert [a.key for a in followed.active] == ["state:103:busy"]
    assert [a.key for a in followed.cleared] == ["state:101:paused"]


def test_queue_figures_alert_paints_the_ringing_calls():
    clock = Clock(1_800_000_000.0)
    monitor = AlertMonitor(Thresholds(waiting_calls=2, longest_wait=None, answer_rate=None), clock)
    calls = [ringing("a", 5, clock), LiveCall("b", "inbound", "101", "0902", "answered")]
    quiet = Floor(calls=calls, agents=[], queues=[QueueStats("999", waiting=1)])
    assert monitor.evaluate(quiet).active == [] and monitor.highlights() == {}
    busy = monitor.evaluate(Floor(calls=calls, agents=[], queues=[QueueStats("999", waiting=2)]))
    assert [a.call_ids for a in busy.raised] == [("a",)] and monitor.highlights() == {"a": "error"}


def test_agents_too_long_in_a_state_are_found_in_the_order_their_states_began():
    from agent_desk.supervisor.diff import AGENTS, diff_rows

    clock = Clock(1_800_000_000.0)
    monitor = AlertMonitor(Thresholds(state_seconds=60, unregistered=False), clock)
    known: dict = {}

    def refresh(*agents: AgentState) -> list[str]:
        nonlocal known
        diff, known = diff_rows(AGENTS, known, agents)
        return [a.key for a in monitor.evaluate(Floor(calls=[], agents=list(agents)), agents_diff=diff).active]

    assert refresh(AgentState("101", "Minh", "busy", True), AgentState("102", "Hương", "available", True)) == []
    clock.now += 30
    assert refresh(AgentState("101", "Minh", "busy", True), AgentState("102", "Hương", "paused", True)) == []
    clock.now += 31  # 101 busy for 61 s, 102 paused for 31 s
    busy = [AgentState("101", "Minh", "busy", True), AgentState("102", "Hương", "paused", True)]
    assert refresh(*busy) == ["state:101:busy"]
    clock.now += 30
    assert refresh(*busy) == ["state:101:busy", "state:102:paused"]
    clock.now += 1  # 101 changes state: its time starts again, after 102's
    assert refresh(AgentState("101", "Minh", "paused", True), AgentState("102", "Hương", "paused", True)) == [
        "state:102:paused"
    ]
