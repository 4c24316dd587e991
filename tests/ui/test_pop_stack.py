"""Screen-pops on screen: no overlap, the oldest collapsed into "N more calls", nothing moved under the
pointer, ended pops closed after the setting's seconds; calls from the simulator over real webhooks."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor, QGuiApplication

from agent_desk.models import Customer
from agent_desk.ui.pops import manager as pm
from agent_desk.ui.pops import screen_pop as sp
from tests.helpers import until
from tests.helpers.sim import fast_settings


@pytest.fixture
def sim_settings():
    return fast_settings(answer_delay=0.3, ring_timeout=60.0, talk_time=(30.0, 30.0))


def ring(sim, count: int, first: int = 0) -> None:
    sim.world.extensions["101"].answers = False
    for customer in list(sim.world.customers.values())[first : first + count]:
        sim.world.start_inbound(customer.phone, extension="101")


def shown(desk) -> list:
    return [p for p in desk.pops.pops.values() if p.isVisible()]


def assert_no_overlap(windows) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    for window in windows:
        assert area.contains(window.frameGeometry()), "on the screen"
    for a in windows:
        for b in windows:
            assert a is b or not a.frameGeometry().intersects(b.frameGeometry()), "no overlap"


def test_pops_that_do_not_fit_collapse_into_one_more_calls_pop(run, qsim, signed_in):
    QCursor.setPos(QPoint(0, 0))
    desk = signed_in(events="webhook")
    ring(qsim, 4)
    run(until(lambda: len(desk.pops.pops) == 4, what="four pops"))
    run(asyncio.sleep(0.3))
    visible = shown(desk)
    more = desk.pops._more
    assert 1 <= len(visible) <= 3 and more is not None and more.isVisible()
    hidden = [c for c, p in desk.pops.pops.items() if not p.isVisible()]
    assert more.title.text() in ("1 more call", f"{len(hidden)} more calls") and len(more.buttons) == len(hidden)
    assert_no_overlap([*visible, more])
    listed = desk.pops.pops[hidden[-1]]
    listed.set_state(sp.PopState.STOPPED)  # a collapsed call's new state: its line in the list says it
    desk.pops._restack()
    assert more.buttons[0].text().endswith("No longer ringing")
    oldest = hidden[0]
    next(b for b in more.buttons if b.text().startswith(desk.pops.pops[oldest].number_label.text())).click()
    assert desk.pops.pops[oldest].isVisible(), "a click brings a collapsed call back"
    assert_no_overlap([*shown(desk), more])


def test_a_pop_under_the_pointer_does_not_move(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    ring(qsim, 1)
    run(until(lambda: len(desk.pops.pops) == 1, what="the first pop"))
    first = next(iter(desk.pops.pops.values()))
    where = first.pos()
    QCursor.setPos(first.frameGeometry().center())
    first.start_note()  # it grows while the pointer is over it
    first.note.setPlainText("Khách hỏi về hóa đơn tháng 11")
    desk.pops._restack()
    ring(qsim, 1, first=1)
    run(until(lambda: len(desk.pops.pops) == 2, what="the second pop"))
    assert first.pos() == where, "held while the pointer is over it"
    QCursor.setPos(QPoint(0, 0))
    run(until(lambda: first.pos() != where, what="the grown pop to be placed once the pointer left"))
    assert_no_overlap(shown(desk))


def test_an_ended_pop_closes_after_the_setting(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    desk.settings.close_ended_after = 1
    qsim.world.extensions["101"].answers = True
    customer = next(iter(qsim.world.customers.values()))
    call = qsim.world.start_inbound(customer.phone, extension="101")
    run(until(lambda: any(p.state == sp.PopState.ANSWERED for p in desk.pops.pops.values()), what="the answer"))
    qsim.world.hangup(call.id)
    run(until(lambda: any(p.state == sp.PopState.ENDED for p in desk.pops.pops.values()), what="the end"))
    run(until(lambda: not desk.pops.pops, 3, "the ended pop to close by itself"))


def count_layouts(pop) -> list[int]:
    """The heights of the pop after each time it is laid out to fit its contents (its adjustSize)."""
    heights: list[int] = []
    adjust = pop.adjustSize

    def adjust_and_note() -> None:
        adjust()
        heights.append(pop.height())

    pop.adjustSize = adjust_and_note
    return heights


def test_a_pops_two_look_up_answers_landing_together_lay_it_out_and_place_the_stack_once(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    popped: list[sp.ScreenPop] = []
    desk.pops.poppedUp.connect(popped.append)
    layouts: list[list[int]] = []
    desk.pops.poppedUp.connect(lambda pop: layouts.append(count_layouts(pop)))
    qsim.faults.latency = 0.2  # both look-ups are in flight together and answered close together
    ring(qsim, 1)
    run(until(lambda: popped, what="the pop"))
    pop, customer = popped[0], next(iter(qsim.world.customers.values()))
    shown_height = pop.height()
    run(until(lambda: customer.name in pop.customer_label.text(), what="the customer"))
    run(until(lambda: pop.history_label.text().startswith("Recent calls"), what="recent calls"))
    run(asyncio.sleep(0.1))
    assert pop.height() > shown_height and layouts[0] == [pop.height()], "laid out once for both answers"
    assert_no_overlap(shown(desk))


def test_a_look_up_answer_with_another_outstanding_is_placed_within_a_frame(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    popped: list[sp.ScreenPop] = []
    desk.pops.poppedUp.connect(popped.append)
    qsim.faults.latency = 2.0  # its look-ups stay outstanding while the answers below land
    ring(qsim, 2)
    run(until(lambda: len(popped) == 2, what="two pops"))
    older, newer = popped
    height = newer.height()

    newer.set_customer(Customer(id="c1", name="Nguyễn Văn An " * 6, phone=newer.number_text))
    desk.pops._looked_up(newer.call_id)  # what the customer look-up does with its answer
    assert newer.height() == height, "not laid out or placed yet: the history may land with it"
    run(until(lambda: newer.height() > height, timeout=pm.LOOKUP_PLACE_MS * 5 / 1000, what="laid out and placed"))
    assert_no_overlap(shown(desk))

    grown = older.height()
    older.set_history_error("Recent calls could not be loaded: " + "x " * 80)
    older.set_customer_error("Customer lookup failed: " + "y " * 80)
    desk.pops._looked_up(older.call_id)
    desk.pops._looked_up(older.call_id)  # its last look-up: placed at once
    assert older.height() > grown and not desk.pops._place_timer.isActive()
    assert_no_overlap(shown(desk))
    qsim.faults.latency = 0  # signing out (the teardown) asks the simulator to remove the webhooks
