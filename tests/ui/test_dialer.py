"""Click-to-call from the dial pad against the simulator: sync, async, cancel, refusals, links."""

from __future__ import annotations

import asyncio

import httpx

from agent_desk.phone import display
from agent_desk.ui.dialing import dialer as d
from tests.helpers import until


def test_sync_call_rings_your_phone_while_the_window_stays_live(run, qsim, signed_in):
    desk = signed_in()
    pad = desk.window.dial_pad
    customer = next(iter(qsim.world.customers.values()))
    ticks = []

    async def scenario() -> None:
        pad.number.setText(customer.phone)
        pad.call_button.click()
        assert desk.dialer.phase == d.DialPhase.RINGING
        assert pad.progress.text().startswith("Ringing your phone…") and pad.cancel_button.isVisible()
        assert not pad.call_button.isEnabled()
        while desk.dialer.phase == d.DialPhase.RINGING:  # the loop (and so Qt) keeps running while the request waits
            ticks.append(1)
            await asyncio.sleep(0.02)

    run(scenario())
    assert len(ticks) >= 5, "the GUI kept running while the PBX held the request"
    assert desk.dialer.phase == d.DialPhase.DONE, pad.progress.text()
    assert pad.progress.text().startswith("Your phone picked up: calling")
    assert qsim.dialects["tel4vn"].hits["GET /v1/click2call"] == 1
    assert pad.call_button.isEnabled()


def test_async_call_says_it_is_placed_at_once_naming_the_number_not_an_id(run, qsim, signed_in):
    desk = signed_in(click_to_call="async")
    desk.window.dial_pad.dial_text("tel:+84-90-123-4567")
    run(until(lambda: desk.dialer.phase == d.DialPhase.DONE, what="the async call"))
    call_id = desk.dialer.result.call_id
    assert call_id and call_id not in desk.window.dial_pad.progress.text()
    assert display("0901234567") in desk.window.dial_pad.progress.text()
    assert desk.dialer.result.number == "0901234567"
    assert desk.window.dial_pad.number.text() == "+84-90-123-4567", "the field shows the number, not the link"
    assert any(c.customer == "0901234567" and c.extension == "101" for c in qsim.world.calls.values())


def test_stop_waiting_never_sends_the_call_again(run, qsim, signed_in):
    qsim.world.extension("101").answers = False  # the phone rings until ring_timeout
    desk = signed_in()
    pad = desk.window.dial_pad
    pad.dial_text("0901234567")
    assert desk.dialer.phase == d.DialPhase.RINGING
    pad.cancel_button.click()
    assert desk.dialer.phase == d.DialPhase.ABANDONED
    assert "may still ring your phone" in pad.progress.text()
    assert pad.call_button.isEnabled()
    notices = []
    desk.session.notice.connect(notices.append)
    run(until(lambda: notices, timeout=5, what="the abandoned request's outcome"))
    assert notices[0] == (
        "The call to 0901 234 567 you stopped waiting for failed: You did not pick up the "
        "call on your phone, so the customer was not dialled."
    )
    assert qsim.dialects["tel4vn"].hits["GET /v1/click2call"] == 1, "sent exactly once"


def test_unregistered_softphone_is_refused_in_words(run, qsim, signed_in):
    desk = signed_in()

    async def unregister() -> None:
        async with httpx.AsyncClient() as client:
            answer = await client.post(f"{qsim.base_url}/_sim/extensions/101", json={"registered": False})
            answer.raise_for_status()

    run(unregister())
    desk.window.dial_pad.dial_text("0901234567")
    run(until(lambda: desk.dialer.phase == d.DialPhase.FAILED, what="the refusal"))
    assert desk.window.dial_pad.progress.text() == (
        "Your softphone is not registered: open it, sign in, and try again."
    )
    run(until(lambda: desk.session.account.softphone_registered is False, what="the status refresh"))
    assert desk.tray.level == "error"
    assert desk.window.status.labels["softphone"].text().endswith("Softphone not registered")


def test_busy_extension_and_bad_numbers(run, qsim, signed_in):
    desk = signed_in()
    pad = desk.window.dial_pad
    pad.dial_text("09x1")
    assert pad.error.isVisible() and pad.error.text() == (
        "“09x1” is not a phone number: use digits, spaces and an optional leading +."
    )
    assert desk.dialer.phase == d.DialPhase.IDLE, "nothing was sent"
    qsim.world.start_inbound(extension="101")  # the agent is now on a call
    run(until(lambda: qsim.world.is_busy("101"), what="the inbound call"))
    pad.dial_text("0901234567")
    run(until(lambda: desk.dialer.phase == d.DialPhase.FAILED, what="the refusal"))
    assert pad.progress.text() == "Your extension is busy on another call."


def test_provider_without_click_to_call_disables_the_button(run, qsim, signed_in):
    desk = signed_in("onepos")
    pad = desk.window.dial_pad
    assert not pad.call_button.isEnabled()
    title = desk.session.provider.title
    assert pad.call_button.toolTip() == f"{title} has no click-to-call API, so calls are placed from your phone."
    assert not desk.tray.dial_action.isEnabled()


def test_a_tel_link_before_sign_in_is_dialled_once_signed_in(run, qsim, make_desk, accounts):
    desk = make_desk()
    desk.open_link("callto:0901234567")
    assert desk.window.dial_pad.number.text() == "0901234567" and desk.dialer.phase == d.DialPhase.IDLE
    assert run(desk.sign_in(accounts.profile(), {}, False))
    run(until(lambda: desk.dialer.phase == d.DialPhase.DONE, what="the pending call"))
    assert qsim.dialects["tel4vn"].hits["GET /v1/click2call"] == 1


def test_a_timed_out_call_warns_that_it_may_still_ring(run, qsim, signed_in):
    qsim.world.extension("101").answers = False  # the PBX holds the request until the phone stops ringing
    desk = signed_in(dial_timeout=0.3)
    desk.window.dial_pad.dial_text("0901234567")
    run(until(lambda: desk.dialer.phase == d.DialPhase.FAILED, what="the timeout"))
    assert desk.window.dial_pad.progress.text() == (
        "The PBX did not answer in time. The call may still ring your phone: do not dial again straight away."
    )
    assert qsim.dialects["tel4vn"].hits["GET /v1/click2call"] == 1, "never retried"
