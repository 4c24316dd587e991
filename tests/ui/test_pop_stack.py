"""Screen-pops on screen: no overlap, the oldest collapsed into "N more calls", nothing moved under the
pointer, ended pops closed after the setting's seconds; calls from the simulator over real webhooks."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor, QGuiApplication

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
