"""A closed pop is kept hidden and bound to the next call: it shows only that call's data, its buttons act
on that call, and a pop is laid out again and the pops placed again only when something changed.
Counts and texts, no timings (the timings are the bench's, ``tests/bench/pops.py``)."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QLabel

from agent_desk.models import Customer
from agent_desk.phone import display
from agent_desk.ui.pops import manager as m
from agent_desk.ui.pops import screen_pop as sp
from tests.helpers import until
from tests.helpers.sim import fast_settings


@pytest.fixture
def sim_settings():
    return fast_settings(answer_delay=0.3, ring_timeout=60.0, talk_time=(30.0, 30.0))


def test_binding_a_used_pop_leaves_nothing_of_its_previous_call(qapp):
    pop = sp.ScreenPop()
    edited: list[str] = []
    chosen: list[str] = []
    pop.noteEdited.connect(edited.append)
    pop.dispositionChosen.connect(chosen.append)
    pop.bind("call-1", "0901234567", queue="Sales", crm=True, transfer=True)
    pop.set_state(sp.PopState.ANSWERED)
    pop.set_customer(Customer(id="7", name="Old Customer", phone="0901234567", code="KH7"))
    pop.set_history([])
    pop.set_dispositions(["sale", "callback"], "sale")
    pop.set_note("old note")
    pop.set_note_problem("The disk is full")
    pop.offer_dnc(["autocall-1"])
    pop.set_dnc_result("0901 234 567 will not be called again by autocall-1.", True)
    pop.set_outcome("answered", 65)
    assert pop.customer_label.property("found") and pop.call_back_button.isVisibleTo(pop)

    pop.bind("call-2", "0907654321", lookups=True, history=True, dialable=True)

    assert (pop.call_id, pop.phone, pop.state, pop.outcome) == ("call-2", "0907654321", sp.PopState.RINGING, None)
    assert pop.number_label.text() == display("0907654321") == pop.number_text
    assert pop.state_label.text() == "Incoming call" and pop.property("level") == "warn"
    assert pop.customer_label.text() == "Looking up the customer…" and not pop.customer_label.property("found")
    assert pop.history_label.text() == "Loading recent calls…" and not pop.queue_label.isVisibleTo(pop)
    assert pop.note.toPlainText() == "" and not pop.note.isVisibleTo(pop)
    assert not pop.note.document().isUndoAvailable(), "the old note cannot come back with an undo"
    assert pop.disposition.count() == 0 and not pop.disposition_row.isVisibleTo(pop)
    assert pop.note_problem.text() == "" and not pop.note_problem.isVisibleTo(pop)
    assert pop.dnc_result.text() == "" and not pop.dnc_result.isVisibleTo(pop)
    assert not pop.dnc_button.isVisibleTo(pop) and pop.dnc_button.isEnabled()
    assert not pop.call_back_button.isVisibleTo(pop) and not pop.transfer_button.isVisibleTo(pop)
    old = ("Old Customer", "KH7", "Sales", "old note", "disk is full", "autocall", "0901", "No earlier calls")
    texts = [label.text() for label in pop.findChildren(QLabel)] + [pop.note.toPlainText()]
    assert not [t for t in texts for word in old if word in t], "no label shows the previous call"
    assert edited == [] and chosen == [], "clearing the previous call saved nothing"
    pop.deleteLater()


def test_a_pop_is_laid_out_again_only_after_a_change(qapp, monkeypatch):
    pop = sp.ScreenPop()
    fits: list[int] = []
    adjust = sp.ScreenPop.adjustSize
    monkeypatch.setattr(sp.ScreenPop, "adjustSize", lambda self: fits.append(1) or adjust(self))
    pop.bind("call-1", "0901234567")
    pop.fit()
    pop.fit()
    assert len(fits) == 1, "nothing changed since the last fit"
    height = pop.height()
    pop.set_history([])
    pop.set_note("a note typed in the Journal view")
    pop.fit()
    assert len(fits) == 2 and pop.height() > height, "the note made it taller"
    pop.deleteLater()


def ring(sim, customers) -> None:
    sim.world.extensions["101"].answers = False
    for customer in customers:
        sim.world.start_inbound(customer.phone, extension="101")


def test_a_closed_pop_is_kept_and_the_next_call_binds_it(run, qsim, signed_in):
    QCursor.setPos(QPoint(0, 0))
    desk = signed_in(events="webhook")
    popped: list[sp.ScreenPop] = []
    desk.pops.poppedUp.connect(popped.append)
    first, second, third = list(qsim.world.customers.values())[:3]
    ring(qsim, [first])
    run(until(lambda: popped, what="the first pop"))
    pop = popped[0]
    run(until(lambda: first.name in pop.customer_label.text(), what="the first customer"))
    old_id = pop.call_id
    desk.pops.close(old_id)
    assert desk.pops._kept == [pop] and not pop.isVisible(), "kept hidden, not destroyed"

    ring(qsim, [second])
    run(until(lambda: len(popped) == 2, what="the second pop"))
    assert popped[1] is pop and pop.isVisible() and pop.call_id != old_id and desk.pops._kept == []
    assert pop.number_label.text() == display(second.phone)
    assert first.name not in pop.customer_label.text()
    run(until(lambda: second.name in pop.customer_label.text(), what="the second customer, in the same pop"))
    pop.copy_button.click()
    assert QGuiApplication.clipboard().text() == second.phone, "its buttons act on the call it shows now"
    run(asyncio.sleep(0.3))  # a late answer for the first call fills nothing
    assert first.name not in pop.customer_label.text()

    pop.note_button.click()  # the pop took the keyboard focus: a new pop must not, so it is not kept
    desk.pops.close(pop.call_id)
    assert desk.pops._kept == []
    ring(qsim, [third])
    run(until(lambda: len(popped) == 3, what="the third pop"))
    assert popped[2] is not pop and popped[2].reusable


def test_the_pops_are_placed_again_only_when_something_changed(run, qsim, signed_in, monkeypatch):
    QCursor.setPos(QPoint(0, 0))
    desk = signed_in(events="webhook")
    customers = list(qsim.world.customers.values())[:2]
    ring(qsim, customers)
    run(until(lambda: len(desk.pops.pops) == 2, what="two pops"))
    pops = list(desk.pops.pops.values())
    run(until(lambda: all(p.customer_label.text() != "Looking up the customer…" for p in pops), what="customers"))
    placements: list[int] = []
    place = m.stack
    monkeypatch.setattr(m, "stack", lambda *a, **k: placements.append(1) or place(*a, **k))
    desk.pops._restack()
    desk.pops._restack()
    assert placements == [], "nothing changed since the last placement"
    pops[0].set_note("a longer note\nover two lines")
    desk.pops._restack()
    assert placements, "a pop grew: placed again"
    lower, upper = pops  # the oldest lowest, no overlap
    assert upper.y() + upper.height() + m.MARGIN <= lower.y()
    count = len(placements)
    desk.pops._restack()
    assert len(placements) == count
    fits: list[int] = []
    adjust = sp.ScreenPop.adjustSize
    monkeypatch.setattr(sp.ScreenPop, "adjustSize", lambda self: fits.append(1) or adjust(self))
    upper.set_state(sp.PopState.ANSWERED)  # a shown pop's new state: drawn by the pop, same height
    desk.pops._restack()
    assert (len(placements), fits) == (count, []), "a new state moved and laid out nothing"
    assert upper.state_label.text().startswith("On call")
