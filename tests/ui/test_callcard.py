"""The call card (every call, a click-to-call too) and transferring the agent's own call, against
the simulator over real webhooks."""

from __future__ import annotations

import httpx
import pytest

from agent_desk.phone import display
from agent_desk.ui.pops import screen_pop as sp
from tests.helpers import until
from tests.helpers.sim import fast_settings


@pytest.fixture
def sim_settings():
    """Calls stay on long enough to watch the timer and to transfer them."""
    return fast_settings(answer_delay=0.3, ring_timeout=1.5, talk_time=(30.0, 30.0))


def team(sim) -> list[str]:
    return [e.username for e in sim.world.extensions.values() if not e.floor]


def test_a_click_to_call_gets_a_call_card_with_a_timer_from_the_answer(run, qsim, signed_in):
    desk = signed_in(events="webhook", crm_url="https://crm.example/?q={phone}")
    card = desk.call_card
    assert not card.isVisible(), "no call, no card"
    customer = list(qsim.world.customers.values())[2]
    phone = customer.phone
    assert desk.dialer.dial(phone) is None
    run(until(lambda: card.isVisible(), what="the card of the outgoing call"))
    assert card.number_label.text() == display(phone)
    run(until(lambda: card.customer_label.text() == customer.name, what="the customer's name"))
    run(until(lambda: "On call" in card.state_label.text(), what="the answer"))
    assert card.state_label.text().startswith("↗"), "an outgoing call"
    assert card.transfer_button.isEnabled() and card.crm_button.isEnabled() and card.note_button.isEnabled()
    run(until(lambda: "0:01" in card.state_label.text() or "0:02" in card.state_label.text(), 4, "the timer"))
    assert not desk.pops.pops, "an outgoing call has a card, not a screen-pop"

    card.note_button.click()
    card.note.setPlainText("Khách hẹn gọi lại")
    call = next(c for c in qsim.world.calls.values() if c.customer == phone)
    qsim.world.hangup(call.id)
    run(until(lambda: "Call ended" in card.state_label.text(), what="the end"))
    assert card.close_button.isVisible() and not card.transfer_button.isEnabled()
    desk.notes.flush()
    entry = desk.notes.journal.get(desk.session.profile.name, card.card.call_id)
    assert entry is not None and entry.note == "Khách hẹn gọi lại" and entry.direction == "outbound"
    card.close_button.click()
    assert not card.isVisible()


def test_transfer_my_call_from_the_pop_to_a_colleague_picked_by_name(run, qsim, signed_in):
    desk = signed_in(events="webhook", agents=team(qsim))
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    customer = next(iter(qsim.world.customers.values()))

    async def call_in() -> str:
        async with httpx.AsyncClient() as client:
            answer = await client.post(
                f"{qsim.base_url}/_sim/inbound", json={"extension": "101", "phone": customer.phone}
            )
        return answer.json()["call_id"]

    call_id = run(call_in())
    run(until(lambda: popped and popped[0].state == sp.PopState.ANSWERED, what="the answered pop"))
    pop = popped[0]
    assert pop.transfer_button.isVisible()
    assert desk.call_card.isVisible() and "On call" in desk.call_card.state_label.text(), "the card shows it too"
    pop.transfer_button.click()
    dialog = desk.transfer.dialog
    assert dialog is not None and dialog.isVisible()
    run(until(lambda: dialog.list.count() > 0, what="the colleagues and their states"))
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert not any(t.startswith("101 ") for t in texts), "not yourself"
    assert any(t.startswith("105 — Vũ Đức Anh · available") for t in texts), texts
    dialog.query.setText("vu duc")  # typed without accents
    assert dialog.list.count() == 1 and dialog.extension() == "105"
    dialog.query.returnPressed.emit()  # one Enter transfers
    run(until(lambda: qsim.world.calls[call_id].extension == "105", what="the call to move to 105"))
    run(until(lambda: "transferred to extension 105" in desk.call_card.message.text(), what="the outcome"))
    assert call_id not in desk.call_card.message.text(), "the call is named by its number, not its id"
    assert display(customer.phone) in desk.call_card.message.text()
    run(until(lambda: pop.state == sp.PopState.ENDED, what="the agent's leg to end"))


def test_a_transfer_to_a_colleague_who_is_not_signed_in_says_so(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    qsim.world.extensions["104"].registered = False
    phone = list(qsim.world.customers.values())[3].phone
    assert desk.dialer.dial(phone) is None
    card = desk.call_card
    run(until(lambda: "On call" in card.state_label.text(), what="the answer"))
    card.transfer_button.click()
    dialog = desk.transfer.dialog
    run(until(lambda: "type an extension" in dialog.status.text(), what="no team in this profile"))
    dialog.query.setText("104")
    dialog.query.returnPressed.emit()
    run(until(lambda: "not signed in" in card.message.text(), what="the refusal"))
    assert "104" in card.message.text()


def test_a_call_back_from_the_pop_sends_the_customer_id(run, qsim, signed_in):
    desk = signed_in(events="webhook", click_to_call="async")
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    customer = list(qsim.world.customers.values())[5]
    qsim.world.extensions["101"].answers = False
    qsim.world.start_inbound(customer.phone, extension="101")
    run(
        until(
            lambda: popped and popped[0].state in (sp.PopState.MISSED, sp.PopState.STOPPED), 5, "the missed call's pop"
        )
    )
    run(until(lambda: popped[0].call_id in desk.pops._customer_ids, what="the customer lookup"))
    popped[0].call_back_button.click()
    run(until(lambda: desk.dialer.result is not None, what="the call back"))
    call = qsim.world.calls[desk.dialer.result.call_id]
    assert call.customer == customer.phone and call.customer_id == desk.pops._customer_ids.get(popped[0].call_id)
    assert call.customer_id, "the PBX attributes the call to its customer"
