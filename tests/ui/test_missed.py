"""Missed calls in the desk: the list and its badges, handled by a call back or a dismiss, and the
catch-up after a gap — calls made while the desk was not listening appear once in the journal and
the missed list — against the simulator over real webhooks."""

from __future__ import annotations

import asyncio

import pytest

from agent_desk.phone import same_number_key
from agent_desk.sim.server import Simulator
from tests.helpers import until


def ended_call(run, sim, customer: int, *, answers: bool) -> str:
    """An inbound call to 101 that rings, is answered or not, and has its CDR written."""
    sim.world.extensions["101"].answers = answers
    before = len(sim.world.cdrs)
    call = sim.world.start_inbound(list(sim.world.customers.values())[customer].phone, extension="101")
    run(until(lambda: len(sim.world.cdrs) > before, what="the call's CDR"))
    return call.id


def test_calls_made_while_the_desk_was_not_listening_appear_once_after_it_is_back(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    run(until(lambda: desk.missed._up, what="the tracker to see events up"))
    profile = desk.session.profile
    journal = desk.notes.journal
    seen = next(iter(qsim.world.customers.values())).phone
    ended_call(run, qsim, 0, answers=True)  # heard live
    run(until(lambda: journal.search(profile.name, seen), what="the live call in the journal"))

    run(desk.session.sign_out())  # the app is closed: nothing listens
    ended_call(run, qsim, 1, answers=True)
    lost = ended_call(run, qsim, 2, answers=False)
    run(asyncio.sleep(0.2))

    qsim.world.extensions["101"].answers = True
    assert run(desk.sign_in(profile, {}, False))
    run(until(lambda: "While you were away" in desk.window.banner.label.text(), 10, "the catch-up notice"))
    assert desk.window.banner.label.text() == "While you were away: 2 calls, 1 missed."
    entries = journal.search(profile.name)
    phones = [same_number_key(e.phone) for e in entries]
    customers = [same_number_key(c.phone) for c in list(qsim.world.customers.values())[:3]]
    assert sorted(phones) == sorted(customers), "each call once, the one heard live not again"

    view = desk.missed_view
    assert [c.call_id for c in view.calls] == [lost]
    assert view.calls[0].customer == list(qsim.world.customers.values())[2].name
    assert desk.window.tabs.tabText(desk.window.tabs.indexOf(view)) == "Missed (1)"
    assert desk.tray.missed == 1 and "Missed calls waiting: 1" in desk.tray.icon.toolTip()
    assert "While you were away" in view.notice.text()

    view.list.setCurrentRow(0)
    view.call_back_button.click()  # the call back handles it
    run(until(lambda: not view.calls, what="the list to empty"))
    assert desk.window.tabs.tabText(desk.window.tabs.indexOf(view)) == "Missed"
    assert desk.tray.missed == 0


def test_a_missed_call_heard_live_is_listed_and_dismissed(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    run(until(lambda: desk.missed._up, what="the tracker to see events up"))
    lost = ended_call(run, qsim, 4, answers=False)
    view = desk.missed_view
    run(until(lambda: view.calls, what="the missed call on the list"))
    assert view.calls[0].call_id == lost or same_number_key(view.calls[0].phone) == same_number_key(
        qsim.world.cdrs[-1].from_number
    )
    assert len(view.calls) == 1, "the event and the CDR are one missed call"
    name = list(qsim.world.customers.values())[4].name
    run(until(lambda: view.calls[0].customer == name, what="the caller's name from the pop's lookup"))
    assert name in view.list.item(0).text()
    view.list.setCurrentRow(0)
    view.dismiss_button.click()
    assert not view.calls and desk.tray.missed == 0


@pytest.fixture
def qsim(run, sim_settings):
    """The simulator with VoiceCloud too (it has no history API)."""
    sim = Simulator(sim_settings, providers=["tel4vn", "voicecloud"])
    run(sim.start())
    yield sim
    run(sim.stop())


def test_voicecloud_says_it_cannot_catch_up(run, make_desk, accounts, qsim):
    desk = make_desk()
    profile = accounts.profile("voicecloud", events="webhook")
    assert run(desk.sign_in(profile, {}, False))
    run(until(lambda: desk.missed._up, what="events up"))
    run(desk.session.sign_out())
    assert run(desk.sign_in(profile, {}, False))
    run(until(lambda: "no call history API" in desk.missed_view.notice.text(), what="the explanation"))
    assert desk.missed_view.notice.text().startswith("VoiceCloud")
