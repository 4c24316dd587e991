"""A call that rings pops in the same turn of the GUI's event loop that takes its event from the
session's queue, from the spare pop the manager built ahead, before any other slot of that event
(the call card, the missed list) runs, and none of them waits for the journal writer — over a real
webhook from the simulator. Turns are counted, not
timed (the timings are the bench's, ``tests/bench/pops.py``)."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from agent_desk.ui.pops import screen_pop as sp
from tests.helpers import until


def test_a_ringing_call_pops_in_the_turn_its_event_is_taken_from_the_queue(run, qsim, signed_in, monkeypatch):
    desk = signed_in(events="webhook")
    run(until(lambda: desk.pops._spare is not None, what="the spare pop built after sign-in"))
    spare = desk.pops._spare
    turns = [0]  # one tick a turn of the event loop
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    ticker.start()
    seen: list[tuple[str, str, int, bool]] = []  # what, call id, turn, the pop visible then
    init = sp.ScreenPop.__init__

    def build(pop: sp.ScreenPop, *args, **kwargs) -> None:
        seen.append(("built", "", turns[0], False))
        init(pop, *args, **kwargs)

    monkeypatch.setattr(sp.ScreenPop, "__init__", build)

    def shown(pop: sp.ScreenPop) -> None:
        seen.append(("shown", pop.call_id, turns[0], pop.isVisible()))

    def event_done(event, mine: bool) -> None:  # connected last: runs after the pops, card and missed list
        if event.state == "ringing":
            pop = desk.pops.pops.get(event.call_id)
            seen.append(("event handled", event.call_id, turns[0], pop is not None and pop.isVisible()))

    flushes: list[float | None] = []  # the GUI thread waiting for the journal writer's disk
    calls = desk.notes.calls
    monkeypatch.setattr(calls, "flush", lambda timeout=None: flushes.append(timeout) or True)
    desk.pops.poppedUp.connect(shown)
    desk.session.callEvent.connect(event_done)
    queued: list[int] = []
    desk.session.core.subscribe(on_event=lambda event, mine: queued.append(turns[0]) if event.state == "ringing" else 0)

    customer = next(iter(qsim.world.customers.values()))
    qsim.world.start_inbound(customer.phone, extension="101")
    try:
        run(until(lambda: any(s[0] == "event handled" for s in seen), what="the ringing event handled"))
    finally:
        ticker.stop()
    assert [s[0] for s in seen[:2]] == ["shown", "event handled"], "no pop built; shown before the event's other slots"
    (_, popped, turn, visible), (_, handled, same_turn, still) = seen[:2]
    assert popped == handled and visible and still
    assert turn == same_turn, "shown in the turn that delivered the event"
    assert queued and queued[0] <= turn, "queued by the source, then taken from the queue"
    assert desk.pops.pops[popped] is spare, "the spare pop was bound"
    assert desk.call_card.card is not None and desk.call_card.isVisible(), "the call card shows the call"
    assert not flushes, "no slot of the event waited for the journal writer (a new call has no note to read)"
    run(until(lambda: desk.pops._spare is not None, what="a new spare, on a later turn"))
    pop = desk.pops.pops[popped]
    looking = ("Looking up the customer…", "Loading recent calls…")
    run(until(lambda: pop.customer_label.text() not in looking and pop.history_label.text() not in looking))
    built = next(s for s in seen if s[0] == "built")
    assert seen.index(built) > 1 and built[2] > turn, "the new spare is built after, on a turn of its own"
