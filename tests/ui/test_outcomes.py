"""Issue 17, item 12: one outcome per call, the same words in the pop, the Journal and "Calls this session".

Real webhooks from the simulator (TEL4VN, a ring-group queue) reach a signed-in desk; the outcome
is decided by the core's call registry and only shown by the three views.
"""

from __future__ import annotations

import asyncio

from agent_desk.ui.journal import model as jm
from tests.helpers import until
from tests.helpers.qt import open_journal


def shown(desk, call_id: str) -> tuple[str, str]:
    """What the Journal's duration column and the call log's line say about the call."""
    view = desk.journal_view
    row = view.model.row_of(call_id)
    journal = view.model.index(row, jm.DURATION).data() if row >= 0 else ""
    log = desk.window.call_log.list
    lines = [log.item(i).text() for i in range(log.count())] if log is not None else []
    return journal, lines[0] if lines else ""


def ring_group_call(run, qsim, desk, *, colleague_answers: bool):
    """A queue-999 call that rings 101 (who never picks up) and the colleagues in the queue."""
    for number in qsim.world.queues["999"].members:
        qsim.world.extensions[number].answers = colleague_answers and number == "102"
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    call = qsim.world.start_inbound(queue="999")
    run(until(lambda: popped, what="the pop"))
    return call, popped[0]


def test_a_ring_group_call_a_colleague_answered_reads_the_same_everywhere(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    view = open_journal(desk)
    _, pop = ring_group_call(run, qsim, desk, colleague_answers=True)
    run(until(lambda: pop.outcome is not None, timeout=8, what="the call's outcome"))
    assert pop.outcome == "answered_elsewhere" and pop.state_label.text() == "Answered by a colleague"
    run(until(lambda: shown(desk, pop.call_id)[0] == "answered by a colleague", what="the journal's word"))
    assert shown(desk, pop.call_id)[1].endswith("answered by a colleague")
    assert view.model.rowCount() == 1  # the call's record did not make a second journal row


def test_a_ring_group_call_nobody_answered_is_missed_everywhere(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    open_journal(desk)
    _, pop = ring_group_call(run, qsim, desk, colleague_answers=False)
    run(until(lambda: pop.outcome is not None, timeout=8, what="the call's outcome"))
    assert pop.outcome == "missed" and pop.state_label.text() == "Missed call"
    run(until(lambda: shown(desk, pop.call_id)[0] == "missed", what="the journal's word"))
    assert shown(desk, pop.call_id)[1].endswith("missed")
    run(until(lambda: desk.missed.count() == 1, what="the call in the missed list"))


def test_an_unanswered_sync_dial_reads_not_answered(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    open_journal(desk)
    qsim.world.extensions["101"].answers = False

    async def dial():
        return qsim.world.click_to_call("101", "0907654321")

    call = run(dial())
    # the journal is written by the core's subscriber, the call log from the GUI's event queue: wait for both
    run(
        until(
            lambda: shown(desk, call.id)[0] == "not answered" and shown(desk, call.id)[1].endswith("·  not answered"),
            timeout=8,
            what="the journal's and the call log's word",
        )
    )
    _, log = shown(desk, call.id)
    assert log.endswith("·  not answered")  # not "ended 0:18"
    assert not desk.pops.pops  # an outgoing call has no pop


def test_after_a_pbx_restart_the_webhook_is_registered_again(run, qsim, signed_in):
    """Issue 17, item 10: the PBX forgot the desk's callback (a restart) and the desk stayed deaf."""
    desk = signed_in(events="webhook")
    hooks = qsim.dialects["tel4vn"].hooks
    notices = []
    desk.session.notice.connect(notices.append)
    hooks.clear()  # the PBX restarted without its event hooks
    run(desk.session.refresh_status())  # the periodic status check
    assert len(hooks) == 4 and notices == [
        "The PBX had lost where to send call events (restarted?); Agent Desk registered again."
    ]
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    qsim.world.start_inbound(extension="101")
    run(until(lambda: popped, what="the pop of a call after the restart"))
    run(desk.session.refresh_status())  # still registered: nothing is done again
    assert len(hooks) == 4 and len(notices) == 1


def test_a_call_the_pbx_recorded_without_events_is_said_in_the_status_bar(run, qsim, signed_in, monkeypatch):
    """Issue 17, item 10: deaf but green. The PBX still has the registration, but its events are
    refused (the desk's webhook secret is no longer the one the PBX was given, which its callback
    URL and api key both carry): the PBX's own call history shows a call no event announced."""
    from agent_desk.events import silence
    from agent_desk.ui.common.status import events_indicator

    monkeypatch.setattr(silence, "GRACE", 0.0)  # the call's events would be due at once
    desk = signed_in(events="webhook")
    hooks = qsim.dialects["tel4vn"].hooks
    assert hooks
    intake = desk.session.core.pipeline.source.intake
    given, intake.secret = intake.secret, "changed-on-the-desk"
    run(asyncio.sleep(1.1))  # the PBX's records keep whole seconds: the call starts after the sign-in's second
    call = qsim.world.start_inbound(extension="101")
    run(until(lambda: any(c.id == call.id for c in qsim.world.cdrs), timeout=8, what="the call's record"))
    run(qsim.drain())
    run(desk.session.refresh_status())
    indicator = events_indicator(desk.session)
    assert (indicator.level, indicator.text) == ("warn", "Call events: a recent call never arrived")
    assert indicator.tooltip.startswith("The PBX recorded a call on your extension at ")
    intake.secret = given
    qsim.world.start_inbound(extension="101")
    run(until(lambda: desk.session.health.state == "up", what="the events to flow again"))
