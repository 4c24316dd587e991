"""Screen-pops on inbound calls for the agent's own extension, over real webhooks from the simulator."""

from __future__ import annotations

import dataclasses

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication

from agent_desk.journal import Journal
from agent_desk.phone import display
from agent_desk.ui.dialing import dialer as d
from agent_desk.ui.pops import screen_pop as sp
from tests.helpers import until
from tests.helpers.qt import UrlCatcher


def test_inbound_call_pops_once_fills_in_and_becomes_a_call_card(run, qsim, signed_in):
    desk = signed_in(events="webhook", crm_url="https://crm.example/search?phone={phone}")
    popped, events = [], []
    desk.pops.poppedUp.connect(popped.append)
    desk.session.callEvent.connect(lambda event, mine: events.append(event))
    customer = next(iter(qsim.world.customers.values()))

    async def call_in() -> str:
        async with httpx.AsyncClient() as client:
            answer = await client.post(
                f"{qsim.base_url}/_sim/inbound", json={"extension": "101", "phone": customer.phone}
            )
        return answer.json()["call_id"]

    call_id = run(call_in())
    run(until(lambda: popped, what="the pop"))
    pop = popped[0]
    assert pop.isVisible() and pop.call_id == call_id
    flags = pop.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint and flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert pop.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    phone = customer.phone
    assert pop.number_label.text() == display(phone) and " " in display(phone)  # e.g. 0994 212 661
    run(until(lambda: customer.name in pop.customer_label.text(), what="the customer's name"))
    assert customer.name in desk.window.call_log.list.item(0).text(), "the call log names the caller too"
    run(until(lambda: pop.history_label.text().startswith("Recent calls"), what="recent calls"))

    # the same ringing again (a PBX retry): no second pop
    ringing = next(e for e in events if e.call_id == call_id and e.state == "ringing")
    desk.session.callEvent.emit(dataclasses.replace(ringing), True)
    assert len(popped) == 1 and len(desk.pops.pops) == 1

    run(until(lambda: pop.state == sp.PopState.ENDED, timeout=5, what="answered, then hung up"))
    assert pop.isVisible() and pop.call_back_button.isVisible(), "an answered call stays as a call card"
    assert pop.state_label.text().startswith("Answered · ") and pop.outcome == "answered"

    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "catch")
    try:
        pop.crm_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert catcher.urls == [f"https://crm.example/search?phone={phone}"]
    pop.copy_button.click()
    assert QGuiApplication.clipboard().text() == phone

    pop.note_button.click()
    pop.note.setPlainText("Khách hỏi về hợp đồng")
    desk.pops.close(call_id)  # dismissing saves a pending note at once
    entry = Journal().get(desk.session.profile.name, call_id)
    assert entry is not None and entry.note == "Khách hỏi về hợp đồng" and entry.answered_at is not None


def test_duplicated_webhooks_never_pop_twice(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    qsim.faults.update({"duplicate": 1.0})  # every webhook delivered twice
    calls = [qsim.world.start_inbound(extension="101") for _ in range(3)]
    run(until(lambda: len(popped) >= 3, what="three pops"))
    run(qsim.drain())
    run(until(lambda: all(p.state != sp.PopState.RINGING for p in popped), what="the calls to move on"))
    assert sorted(p.call_id for p in popped) == sorted(c.id for c in calls)


def test_an_answered_that_overtakes_its_ringing_still_pops_once(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    qsim.faults.update({"reorder": 1.0})  # every webhook held back until after the next one
    call = qsim.world.start_inbound(extension="101")
    run(until(lambda: popped, timeout=8, what="the pop"))
    run(until(lambda: popped[0].state != sp.PopState.RINGING, timeout=8, what="the call to be answered"))
    qsim.faults.update({"reorder": 0.0})
    run(qsim.drain())
    assert [p.call_id for p in popped] == [call.id]


def test_calls_for_other_extensions_do_not_pop(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    qsim.world.start_inbound(extension="102")
    mine = qsim.world.start_inbound(extension="101")
    run(until(lambda: popped, what="the pop for 101"))
    run(qsim.drain())
    assert [p.call_id for p in popped] == [mine.id]


def test_the_journal_is_written_after_the_pop_is_shown_and_for_calls_that_never_pop(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    profile, journal = desk.session.profile.name, desk.notes.journal
    at_pop = []
    desk.pops.poppedUp.connect(lambda pop: at_pop.append(pop.call_id))
    call = qsim.world.start_inbound("0901234567", extension="101")
    run(until(lambda: at_pop, what="the pop"))  # the write is the journal writer thread's: the pop never waits on it
    run(until(lambda: journal.get(profile, call.id) is not None, what="the journal entry"))

    run(until(lambda: call.id not in qsim.world.calls, timeout=10, what="the call to end"))

    popped = len(desk.pops.pops)
    assert desk.dialer.dial("0281234567") is None  # the agent's own outbound call: never a pop
    run(until(lambda: not desk.dialer.waiting, timeout=10, what="the outbound call"))
    assert desk.dialer.phase == d.DialPhase.DONE, desk.dialer.text
    run(until(lambda: any(e.direction == "outbound" for e in journal.search(profile)), what="the outbound entry"))
    assert len(desk.pops.pops) == popped, "the outbound call did not pop"


def test_look_ups_on_the_http_thread_fill_the_pop_fail_in_words_and_stop_at_sign_out(run, qsim, signed_in):
    from agent_desk.http_thread import ThreadTransport

    desk = signed_in(events="webhook")
    transport = desk.session.provider.http._transport
    assert isinstance(transport, ThreadTransport), "the GUI's provider sends on the HTTP thread"
    popped: list[sp.ScreenPop] = []
    desk.pops.poppedUp.connect(popped.append)
    first, second, third = list(qsim.world.customers.values())[:3]
    qsim.world.extensions["101"].answers = False
    qsim.world.start_inbound(first.phone, extension="101")
    run(until(lambda: popped, what="the first pop"))
    run(until(lambda: first.name in popped[0].customer_label.text(), what="its customer, looked up on the thread"))
    run(until(lambda: popped[0].history_label.text().startswith("Recent calls"), what="its recent calls"))

    qsim.faults.error_burst = 10_000  # the PBX answers every request with a server error
    qsim.world.start_inbound(second.phone, extension="101")
    run(until(lambda: len(popped) == 2, what="the second pop"))
    pop = popped[1]
    run(until(lambda: pop.customer_label.text().startswith("Customer lookup failed: The PBX had a server error")))
    run(until(lambda: pop.history_label.text().startswith("Recent calls could not be loaded: The PBX had a server")))

    qsim.faults.error_burst = 0
    qsim.faults.latency = 1.0  # the next look-ups are still waiting when the agent signs out
    qsim.world.start_inbound(third.phone, extension="101")
    run(until(lambda: len(popped) == 3, what="the third pop"))
    pool = transport._inner._pool
    run(until(lambda: pool._requests, what="the look-ups to be under way on the thread"))
    run(desk.session.sign_out())
    run(until(lambda: not pool._requests, timeout=0.8, what="the look-ups to stop on the thread"))
    assert transport._inner is None and not desk.pops.pops
