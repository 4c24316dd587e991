"""The Supervisor console against the simulator over loopback: who sees it, live calls in place,
every action reaching the PBX with the documented request, refusals in words, capabilities,
and stale data on a 5xx burst."""

from __future__ import annotations

import gc
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from agent_desk.models import CallAction
from agent_desk.ui.console import SupervisorConsole
from agent_desk.ui.console.actions import TransferDialog, call_parts
from agent_desk.ui.console.models import LiveCallsModel
from tests.helpers import until
from tests.helpers.console import cell, cells, sort_values
from tests.helpers.qt import FAST, select_call, supervisor


def shown_ids(console: SupervisorConsole) -> list[str]:
    return cells(console.table.model(), LiveCallsModel.CALL)


def wait_rows(run, console, count: int) -> None:
    run(until(lambda: console.calls.rowCount() == count, what=f"{count} rows in the console"))


def test_only_a_supervisor_sees_the_tab_and_it_goes_with_the_sign_out(run, signed_in, accounts):
    agent = signed_in("tel4vn", "101")
    tabs = agent.window.tabs

    def titles() -> list[str]:
        return [tabs.tabText(i) for i in range(tabs.count())]

    agent_tabs = titles()
    assert agent.console is None and "Supervisor" not in agent_tabs
    run(agent.sign_in(accounts.profile("tel4vn", "100", **FAST), {}, False))  # switch to the supervisor
    assert agent.console is not None and titles() == [*agent_tabs, "Supervisor", "Campaigns", "Reports"]
    run(agent.sign_in(accounts.profile("tel4vn", "102"), {}, False))  # switch back to an agent
    assert agent.console is None and titles() == agent_tabs
    run(agent.sign_in(accounts.profile("tel4vn", "103", role="supervisor", **FAST), {}, False))
    assert agent.console is not None, "role = supervisor opens it whatever the PBX level"
    run(agent.session.sign_out())
    assert agent.console is None and titles() == agent_tabs


def test_calls_fill_the_table_tick_and_a_call_that_ends_leaves(run, qsim, signed_in):
    calls = qsim.world.start_standing_calls(6)
    _desk, console = supervisor(signed_in, "onepos")
    wait_rows(run, console, 6)
    row = console.calls.row_index(calls[0].id)
    shown = [cell(console.calls, row, column) for column in range(8)]
    assert shown[:3] == [calls[0].id, calls[0].extension, qsim.world.extensions[calls[0].extension].name]
    assert shown[3:7] == [
        "↙ in",
        f"{calls[0].customer[:4]} {calls[0].customer[4:7]} {calls[0].customer[7:]}",
        "Talking",
        calls[0].queue.code,
    ]
    before = cell(console.calls, row, LiveCallsModel.DURATION)
    run(until(lambda: console.calls.index(row, LiveCallsModel.DURATION).data() != before, what="a tick"))
    qsim.world.hangup(calls[0].id)
    wait_rows(run, console, 5)
    assert calls[0].id not in shown_ids(console)
    assert console.count.text() == "5 calls"


def test_a_big_first_load_changes_no_process_wide_setting(run, qsim, signed_in):
    switch, frozen, enabled = sys.getswitchinterval(), gc.get_freeze_count(), gc.isenabled()
    qsim.world.start_standing_calls(600)
    _desk, console = supervisor(signed_in, "onepos")
    wait_rows(run, console, 600)
    assert (sys.getswitchinterval(), gc.get_freeze_count(), gc.isenabled()) == (switch, frozen, enabled)


def test_the_window_tunes_the_interpreter_once_at_start_up():
    probe = (
        "import gc, sys; from PySide6.QtWidgets import QApplication; "
        "from agent_desk.ui.window.app import tune_interpreter; app = QApplication([]); tune_interpreter(app); "
        "print(sys.getswitchinterval(), gc.get_freeze_count() > 1000, gc.isenabled())"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["0.001", "True", "False"]


def test_selection_scroll_and_sort_survive_refreshes(run, qsim, signed_in):
    calls = qsim.world.start_standing_calls(60)
    _desk, console = supervisor(signed_in)
    wait_rows(run, console, 60)
    console.table.sortByColumn(LiveCallsModel.CUSTOMER, Qt.SortOrder.AscendingOrder)
    chosen = calls[30]
    assert console.select_call(chosen.id)
    resets = []
    console.calls.modelReset.connect(lambda: resets.append(1))
    others = [c for c in calls if c is not chosen][:10]
    for call in others:
        qsim.world.hangup(call.id)
    qsim.world.start_standing_calls(10)
    run(
        until(
            lambda: console.calls.rowCount() == 60 and not any(c.id in shown_ids(console) for c in others),
            what="the refresh with 10 calls replaced",
        )
    )
    assert console.selected_call().call_id == chosen.id
    customers = sort_values(console.table.model(), LiveCallsModel.CUSTOMER)
    assert customers == sorted(customers)
    header = console.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        LiveCallsModel.CUSTOMER,
        Qt.SortOrder.AscendingOrder,
    )
    assert not resets, "refreshes are applied in place, never as a model reset"


def test_filter_box_narrows_the_table(run, qsim, signed_in):
    calls = qsim.world.start_standing_calls(8)
    _desk, console = supervisor(signed_in)
    wait_rows(run, console, 8)
    console.filter.setText(calls[3].extension)
    assert shown_ids(console) == [calls[3].id]
    assert console.count.text() == "1 of 8 calls"
    console.filter.setText(calls[5].customer[-6:])
    assert shown_ids(console) == [calls[5].id]


def test_the_table_shows_the_model_itself_unless_a_filter_is_typed_and_the_selection_stays(run, qsim, signed_in):
    calls = qsim.world.start_standing_calls(8)
    _desk, console = supervisor(signed_in)
    wait_rows(run, console, 8)
    assert console.table.model() is console.calls and console.proxy.sourceModel() is None
    assert console.select_call(calls[3].id)
    console.filter.setText(calls[3].extension)
    assert console.table.model() is console.proxy and console.proxy.sourceModel() is console.calls
    assert console.selected_call().call_id == calls[3].id
    assert console.call_actions.actions[CallAction.LISTEN].isEnabled(), "the new selection model drives the actions"
    console.filter.setText("")
    assert console.table.model() is console.calls and console.proxy.sourceModel() is None
    assert console.selected_call().call_id == calls[3].id
    assert console.count.text() == "8 calls"
    console.table.selectionModel().clear()
    assert not console.call_actions.actions[CallAction.LISTEN].isEnabled()


def test_listen_whisper_and_barge_reach_the_pbx_from_the_supervisors_extension(run, qsim, signed_in):
    (call,) = qsim.world.start_standing_calls(1)
    _desk, console = supervisor(signed_in)
    select_call(run, console, call.id)
    hits = qsim.dialects["tel4vn"].hits
    actions = console.call_actions.actions
    assert actions[CallAction.LISTEN].isEnabled()
    actions[CallAction.LISTEN].trigger()
    run(until(lambda: "Listening" in console.result.text(), what="the listen result"))
    assert hits[f"POST /v2/call/{call.id}/listen"] == 1 and call.monitors == {"100": "listen"}
    who, customer = call_parts(console.selected_call())
    assert console.result.text() == f"Listening to the call of {who} with {customer} on your extension 100."
    assert call.id not in console.result.text(), "a call is named by who and whom, not by its id"
    actions[CallAction.WHISPER].trigger()
    run(until(lambda: "Whispering" in console.result.text(), what="the whisper result"))
    assert hits[f"POST /v2/call/{call.id}/whisper"] == 1 and call.monitors == {"100": "whisper"}
    actions[CallAction.BARGE].trigger()
    box = console.call_actions.pending
    assert isinstance(box, QMessageBox) and "both hear you" in box.text()
    assert hits[f"POST /v2/call/{call.id}/barge"] == 0, "nothing is sent before the confirmation"
    box.button(QMessageBox.StandardButton.Yes).click()
    run(until(lambda: "Joined" in console.result.text(), what="the barge result"))
    assert hits[f"POST /v2/call/{call.id}/barge"] == 1 and call.monitors == {"100": "barge"}


def test_barge_cancelled_sends_nothing(run, qsim, signed_in):
    (call,) = qsim.world.start_standing_calls(1)
    _desk, console = supervisor(signed_in)
    select_call(run, console, call.id)
    console.call_actions.actions[CallAction.BARGE].trigger()
    console.call_actions.pending.button(QMessageBox.StandardButton.Cancel).click()
    run(until(lambda: console.call_actions.pending is None, what="the box to close"))
    assert qsim.dialects["tel4vn"].hits[f"POST /v2/call/{call.id}/barge"] == 0 and not call.monitors


def test_transfer_to_an_agent_from_the_list_or_typed(run, qsim, signed_in):
    first, second = qsim.world.start_standing_calls(2)
    _desk, console = supervisor(signed_in)
    run(until(lambda: console.agents.model.rowCount() >= 8, what="the agents panel"))
    select_call(run, console, first.id)
    who, customer = call_parts(console.selected_call())
    console.call_actions.actions[CallAction.TRANSFER].trigger()
    picker = console.call_actions.pending
    assert isinstance(picker, TransferDialog)
    labels = [picker.target.itemText(i) for i in range(picker.target.count())]
    assert "105 — Vũ Đức Anh (Available)" in labels
    picker.target.setCurrentIndex(labels.index("105 — Vũ Đức Anh (Available)"))
    picker.ok_button.click()
    run(until(lambda: "transferred" in console.result.text(), what="the transfer result"))
    assert qsim.dialects["tel4vn"].hits[f"POST /v2/call/{first.id}/transfer"] == 1 and first.extension == "105"
    assert console.result.text() == f"The call of {who} with {customer} was transferred to extension 105."
    select_call(run, console, second.id)
    console.call_actions.actions[CallAction.TRANSFER].trigger()
    picker = console.call_actions.pending
    picker.target.setEditText("10 6")
    picker.ok_button.click()
    assert not picker.isHidden() and "not an extension" in picker.error.text(), "bad input keeps the dialog"
    picker.target.setEditText("106")
    picker.ok_button.click()
    run(until(lambda: second.extension == "106", what="the typed transfer"))


def test_refusals_are_shown_in_words(run, qsim, signed_in):
    live, ending = qsim.world.start_standing_calls(2)
    _desk, console = supervisor(signed_in)
    select_call(run, console, ending.id)
    ending_call = console.selected_call()
    select_call(run, console, live.id)
    live_call = console.selected_call()
    qsim.world.extension("100").registered = False
    console.call_actions.actions[CallAction.LISTEN].trigger()
    run(until(lambda: "not signed in" in console.result.text(), what="the refusal"))
    assert console.result.text() == "Your extension 100 is not signed in on a softphone: open it and try again."
    qsim.world.extension("100").registered = True
    qsim.world.extension("104").registered = False
    console.call_actions.send(CallAction.TRANSFER, live_call, "104")
    run(until(lambda: "104" in console.result.text(), what="the transfer refusal"))
    assert console.result.text() == "Extension 104 is not signed in on a softphone, so the call cannot go there."
    qsim.world.hangup(ending.id)  # the call ended just before the supervisor's click
    console.call_actions.send(CallAction.LISTEN, ending_call, "100")
    run(until(lambda: "ended" in console.result.text(), what="the ended-call refusal"))
    who, customer = call_parts(ending_call)
    assert console.result.text() == f"The call of {who} with {customer} has ended: the PBX no longer knows it."


def test_onepos_lacks_the_actions_and_says_why_but_has_queues(run, qsim, signed_in):
    qsim.world.start_standing_calls(3)
    _desk, console = supervisor(signed_in, "onepos")
    wait_rows(run, console, 3)
    console.select_call(console.calls.row(0).call_id)
    for action in CallAction:
        qaction = console.call_actions.actions[action]
        assert not qaction.isEnabled()
        assert qaction.toolTip().startswith("OnePOS / VoIP247 cannot do this: it has no API for"), qaction.toolTip()
    console.call_actions.trigger(CallAction.LISTEN)  # the shortcut's path: says why instead of sending
    assert "no API for listening in" in console.result.text()
    assert console.queues is not None
    run(until(lambda: console.queues.model.rowCount() == 2, what="the queue figures"))
    assert console.queues.waiting.count() >= 1
    assert console.agents.model.rowCount() >= 8


def test_actions_wait_for_a_selection_and_the_shortcuts_are_single_keys(run, qsim, signed_in):
    qsim.world.start_standing_calls(1)
    _desk, console = supervisor(signed_in)
    wait_rows(run, console, 1)
    listen = console.call_actions.actions[CallAction.LISTEN]
    assert not listen.isEnabled() and listen.toolTip() == "Select a call in the table first."
    assert [console.call_actions.actions[a].shortcut().toString() for a in CallAction] == ["L", "W", "B", "T"]
    menu = console.call_actions.menu(console)
    assert [a.text() for a in menu.actions()] == ["Listen", "Whisper", "Barge", "Transfer…"]


def test_a_5xx_burst_shows_the_stale_banner_keeps_the_rows_and_recovers(run, qsim, signed_in):
    calls = qsim.world.start_standing_calls(4)
    _desk, console = supervisor(signed_in)
    wait_rows(run, console, 4)
    qsim.faults.error_burst = 10_000
    run(until(lambda: not console.banner.isHidden(), what="the stale banner"))
    assert "out of date" in console.banner.text() and "server error" in console.banner.text()
    assert console.calls.rowCount() == 4, "the table keeps the last good rows"
    qsim.world.hangup(calls[0].id)
    qsim.faults.error_burst = 0
    run(until(lambda: not not console.banner.isHidden(), timeout=10, what="the recovery"))
    wait_rows(run, console, 3)


def test_a_tick_signals_only_the_duration_cells_of_the_rows_shown(qapp):
    import datetime as dt

    from agent_desk.models import LiveCall
    from agent_desk.supervisor.diff import Diff
    from agent_desk.ui.console.models import DISPLAY

    model = LiveCallsModel()
    started = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=65)
    model.apply(
        Diff(inserted=[LiveCall(f"c{i}", "inbound", "101", "0901234567", "answered", started) for i in range(6)])
    )
    model.fill(range(6))  # as a paint of the rows does
    signalled = []
    model.dataChanged.connect(lambda a, b, roles: signalled.append((a.row(), b.row(), a.column(), b.column(), roles)))
    model.tick([4, 1, 2, 9])
    duration = LiveCallsModel.DURATION
    assert signalled == [(1, 2, duration, duration, [DISPLAY]), (4, 4, duration, duration, [DISPLAY])]
    assert model.index(1, duration).data() == "1:05"


def test_a_supervisor_level_from_the_pbx_opens_the_console_for_an_agent_profile(run, signed_in, accounts, make_desk):
    desk = make_desk()
    profile = accounts.profile("tel4vn", "100", role="agent", **FAST)
    accounts.secrets[profile.name].pop("api_key")  # a password sign-in: /v1/auth answers the level
    assert run(desk.sign_in(profile, {}, False))
    assert desk.session.account.level == "admin" and desk.console is not None
