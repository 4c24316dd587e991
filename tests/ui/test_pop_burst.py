"""A burst of calls on the webhook path (200 events; 1,000 with ``-m slow``): the PBX is answered as
soon as the registry took each event, the GUI drains the events in bounded slices, pops are coalesced
(the newest on top, the rest collapsed into "N more calls"), and every call reaches the journal and the
missed list exactly once.

The PBX is raw httpx posts of the simulator's own TEL4VN event hooks to the desk's real listener
over loopback. No wall-clock asserts: the timings are the bench's (``tests/bench/pops.py``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time

import httpx
import pytest

from agent_desk.journal import Journal
from agent_desk.models import CallEvent
from agent_desk.sim.world import HOTLINE, Call, Leg, SimEvent
from agent_desk.ui.pops.manager import POP_LIMIT
from agent_desk.ui.window import session as session_module
from tests.helpers import until

BLOCK = 50  # calls whose ringing (then hangup) are posted at once
STATES = ("ringing", "hangup")


def hook_bodies(sim, prefix: str, calls: int) -> list[tuple[str, str]]:
    """(ringing, hangup) bodies of ``calls`` unanswered inbound calls to 101, each from its own number."""
    tel4vn = sim.dialects["tel4vn"]
    now = time.time()
    bodies = []
    for i in range(calls):
        leg = Leg(id=f"{prefix}{i}", extension="101")
        call = Call(
            id=leg.id,
            sip_call_id=f"sip-{leg.id}",
            direction="inbound",
            customer=f"09{i:08d}",
            hotline=HOTLINE,
            created_at=now,
            legs={"101": leg},
            extension="101",
        )
        bodies.append(tuple(json.dumps(tel4vn.hook_data(SimEvent(kind, call, leg, None, now))) for kind in STATES))
    return bodies


@pytest.mark.parametrize(
    "calls",
    [
        pytest.param(100, id="200-events"),
        # 1,000 events: minutes on a busy 2-core machine, so with the long tests (-m slow)
        pytest.param(500, id="1000-events", marks=[pytest.mark.slow, pytest.mark.timeout(900)]),
    ],
)
def test_a_burst_of_webhook_events_is_answered_journaled_and_listed_once(run, qsim, signed_in, calls):
    desk = signed_in(events="webhook")
    run(until(lambda: desk.missed._up, what="the tracker to see events up"))
    listener = desk.session.core.pipeline.source
    profile = desk.session.profile.name
    open_pops: list[int] = []
    desk.pops.poppedUp.connect(lambda pop: open_pops.append(len(desk.pops.pops)))
    view = desk.missed_view
    rereads: list[int] = []
    desk.missed.changed.connect(lambda: rereads.append(len(view.calls)))  # the views read the list again
    bodies = hook_bodies(qsim, "burst-", calls)

    async def pbx() -> list[int]:
        url = f"http://127.0.0.1:{listener.port}/hooks/tel4vn"
        headers = {"X-Api-Key": listener.secret, "Content-Type": "application/json"}
        statuses: list[int] = []
        limits = httpx.Limits(max_connections=16)
        async with httpx.AsyncClient(timeout=30, limits=limits) as client:
            for start in range(0, calls, BLOCK):
                for state in range(len(STATES)):
                    posts = [client.post(url, content=b[state], headers=headers) for b in bodies[start : start + BLOCK]]
                    statuses += [r.status_code for r in await asyncio.gather(*posts)]
        return statuses

    statuses = run(pbx(), 600)  # minutes only on a machine busy with other work
    assert statuses == [200] * (2 * calls), "the PBX's requests are all answered 200"

    store = desk.missed.store
    ids = {f"burst-{i}" for i in range(calls)}
    journal = Journal(desk.pops.notes.journal.path)  # a reader of its own, like the History tab's
    journaled = lambda: [e.call_id for e in journal.search(profile, limit=10 * calls) if e.call_id in ids]  # noqa: E731
    listed = lambda: [c.call_id for c in store.open(profile, limit=10 * calls) if c.call_id in ids]  # noqa: E731
    run(until(lambda: len(journaled()) == calls, 120, "every call in the journal"))
    run(until(lambda: len(listed()) == calls, 120, "every call in the missed list"))
    assert sorted(journaled()) == sorted(ids)
    assert sorted(listed()) == sorted(ids), "each call on the missed list exactly once"
    assert all(e.outcome == "missed" for e in journal.search(profile, limit=10 * calls) if e.call_id in ids)
    journal.close()
    shown = lambda: [c.call_id for c in view.calls if c.call_id in ids]  # noqa: E731
    run(until(lambda: len(shown()) == calls, 30, "every call on the Missed tab"))
    assert sorted(shown()) == sorted(ids) and view.list.count() == len(view.calls), "each call's row once"
    assert [c.at for c in view.calls] == sorted((c.at for c in view.calls), reverse=True), "newest first"
    assert not rereads, "rows inserted as the writer added them, the list never read again"
    tabs = desk.window.tabs
    assert tabs.tabText(tabs.indexOf(view)) == f"Missed ({calls})"

    assert open_pops, "the burst popped"
    assert max(open_pops) <= POP_LIMIT and len(open_pops) < calls, "pops coalesced: a bounded number open"
    run(until(lambda: not desk.pops.collapsed, what="the collapsed calls to end with their hangups"))
    assert listener.counters["events"] == 2 * calls


def queue_ringing(desk, prefix: str, calls: int) -> list[str]:
    """Queue ``calls`` ringing calls of the agent in one turn of the loop (none delivered yet); the ids
    in the order they will be delivered."""
    at = dt.datetime.now(dt.UTC)
    ids = [f"{prefix}{i}" for i in range(calls)]
    for i, call_id in enumerate(ids):
        number = f"0909{i:06d}"
        event = CallEvent(call_id, "ringing", "inbound", number, "101", "101", "tel4vn", "webhook", at, customer=number)
        desk.session._on_event(event, True)
    return ids


def test_a_backlog_of_ringing_calls_pops_the_newest_and_collapses_the_rest(run, qsim, signed_in, monkeypatch):
    desk = signed_in(events="webhook")
    monkeypatch.setattr(session_module, "COALESCE_AFTER_S", -1.0)  # every queued call counts as late
    popped: list[str] = []
    desk.pops.poppedUp.connect(lambda pop: popped.append(pop.call_id))
    ids = queue_ringing(desk, "late-", 5)
    assert not popped, "the source's callback only queues"
    run(until(lambda: popped, what="the queue to be drained"))
    assert popped == ["late-4"], "the newest call is on top"
    assert list(desk.pops.collapsed) == ids[:4]
    assert desk.pops._more is not None and desk.pops._more.title.text() == "4 more calls"


def test_ringing_calls_queued_behind_one_that_just_popped_are_collapsed_until_the_newest(
    run, qsim, signed_in, monkeypatch
):
    """A flood opens a few pops a second: a call with a newer one queued behind it gets no pop of its
    own so soon after one did (POP_GAP_S), however short its own wait; the newest still pops."""
    desk = signed_in(events="webhook")
    monkeypatch.setattr(session_module, "COALESCE_AFTER_S", 3600.0)  # no call counts as late by its wait
    monkeypatch.setattr(session_module, "POP_GAP_S", 3600.0)  # the whole test is "soon after"
    popped: list[str] = []
    desk.pops.poppedUp.connect(lambda pop: popped.append(pop.call_id))
    ids = queue_ringing(desk, "gap-", 5)
    run(until(lambda: len(popped) == 2 and not desk.session.pending, what="the queue to be drained"))
    assert popped == [ids[0], ids[4]], "the first (no pop just before it) and the newest"
    assert list(desk.pops.collapsed) == ids[1:4]


def test_calls_that_end_while_the_agent_signs_out_reach_the_journal_and_the_missed_list(run, qsim, signed_in):
    """Events the listener takes while the session is signing out (after the GUI's last drain, before
    the source stops) are written under the profile they came for: the journal and the missed list."""
    desk = signed_in(events="webhook")
    run(until(lambda: desk.missed._up, what="the tracker to see events up"))
    core = desk.session.core
    listener = core.pipeline.source
    profile = desk.session.profile.name
    bodies = hook_bodies(qsim, "leaving-", 3)
    stop_events = core.stop_events

    async def calls_then_stop() -> None:  # the PBX's last calls arrive as the desk signs out
        url = f"http://127.0.0.1:{listener.port}/hooks/tel4vn"
        headers = {"X-Api-Key": listener.secret, "Content-Type": "application/json"}
        async with httpx.AsyncClient(timeout=30) as client:
            for body in bodies:
                for state in range(len(STATES)):
                    assert (await client.post(url, content=body[state], headers=headers)).status_code == 200
        await stop_events()

    core.stop_events = calls_then_stop
    run(desk.session.sign_out())
    core.stop_events = stop_events
    assert desk.session.profile is None

    ids = {f"leaving-{i}" for i in range(3)}
    desk.notes.calls.flush(10)
    journal = Journal(desk.pops.notes.journal.path)
    assert {e.call_id for e in journal.search(profile, limit=100)} >= ids, "in the journal"
    journal.close()
    listed = {c.call_id for c in desk.missed.store.open(profile, limit=100)}
    assert listed >= ids, "on the missed list, though the desk signed out meanwhile"
