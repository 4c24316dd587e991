"""Wrap-up on the call card (disposition, after-call-work timer, callback) and the due-callback reminder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime

from tests.helpers import until
from tests.helpers.sim import fast_settings


@pytest.fixture
def sim_settings():
    return fast_settings(answer_delay=0.3, ring_timeout=1.5, talk_time=(30.0, 30.0))


def test_wrap_up_timer_disposition_and_a_callback_that_comes_due(run, qsim, signed_in):
    desk = signed_in(events="webhook", wrap_up=2, dispositions=["Resolved", "Call back"])
    card, panel = desk.call_card, desk.call_card.wrap_up
    customer = list(qsim.world.customers.values())[6]
    assert desk.dialer.dial(customer.phone) is None
    run(until(lambda: "On call" in card.state_label.text(), what="the answer"))
    assert not panel.isVisible()
    call = next(c for c in qsim.world.calls.values() if c.customer == customer.phone)
    qsim.world.hangup(call.id)
    run(until(lambda: panel.isVisible(), what="the wrap-up"))
    assert "After-call work" in panel.timer_label.text() and panel.done_button.isVisible()
    assert not panel.callback_row.isVisible()
    panel.disposition.setCurrentIndex(panel.disposition.findData("Call back"))
    assert panel.callback_row.isVisible()
    panel.when.setDateTime(QDateTime.currentDateTime().addSecs(-1))  # due at once, for the test
    panel.schedule_button.click()
    assert "Call back scheduled" in panel.scheduled_label.text()
    run(until(lambda: panel.timer_label.text().startswith("Wrap-up done"), 5, "the timer to run out"))
    profile = desk.session.profile.name
    entry = desk.notes.journal.get(profile, card.card.call_id)
    assert entry.disposition == "Call back" and entry.wrap_up in (2, 3)

    desk.callbacks.check()
    assert "Time to call back" in desk.window.banner.label.text()
    assert customer.name in desk.window.banner.label.text()
    due = desk.missed_view.findChild(type(desk.missed_view.list), "dueCallbacks")
    assert due is not None and due.count() == 1
    desk.callbacks.check()
    assert due.count() == 1, "reminded once, listed until done"
    due.parentWidget().call_button.click()  # one click dials it
    run(until(lambda: due.count() == 0, what="the callback to be done"))
    assert desk.dialer.number == customer.phone or desk.dialer.number.endswith(customer.phone[-9:])
