"""Console fixes seen in use: the selection never moves to another call after a transfer, the
row shows what the supervisor is listening / whispering / barging into, and TEL4VN calls get
their Agent from the user list the console reads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from agent_desk.models import CallAction
from agent_desk.ui.console.models import LiveCallsModel
from tests.helpers import until
from tests.helpers.console import cell as console_cell
from tests.helpers.qt import select_call, supervisor
from tests.helpers.sim import fast_settings


@pytest.fixture
def sim_settings():
    return fast_settings(answer_delay=0.2, ring_timeout=1.5, talk_time=(60.0, 60.0))


def cell(console, call_id: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    row = console.calls.row_index(call_id)
    return None if row is None else console_cell(console.calls, row, column, role)


def test_tel4vn_agent_column_comes_from_the_user_list(run, qsim, signed_in):
    call = qsim.world.start_inbound(extension="102")
    _desk, console = supervisor(signed_in)
    run(until(lambda: cell(console, call.id, LiveCallsModel.AGENT), what="the agent name"))
    assert cell(console, call.id, LiveCallsModel.AGENT) == "Lê Thị Hương"
    console.filter.setText("Hương")
    assert console.table.model().rowCount() == 1


def test_selection_stays_on_its_call_after_a_transfer_and_clears_when_it_ends(run, qsim, signed_in):
    import asyncio

    calls = [qsim.world.start_inbound(extension=ext) for ext in ("101", "102", "103")]
    run(until(lambda: all(c.state == "answered" for c in calls), what="three answered calls"))
    _desk, console = supervisor(signed_in)
    chosen = calls[1]
    select_call(run, console, chosen.id)
    console.call_actions.send(CallAction.TRANSFER, console.selected_call(), "105")
    run(until(lambda: "transferred" in console.result.text(), what="the transfer"))
    run(until(lambda: cell(console, chosen.id, LiveCallsModel.EXTENSION) == "105", what="the new extension shown"))
    run(asyncio.sleep(1.0))  # several refreshes
    assert console.selected_call() is not None and console.selected_call().call_id == chosen.id
    qsim.world.hangup(chosen.id)
    run(until(lambda: console.calls.row_index(chosen.id) is None, what="the call gone"))
    run(asyncio.sleep(0.5))
    assert console.selected_call() is None, "the selection must not move to another call"
    assert not console.call_actions.actions[CallAction.LISTEN].isEnabled()


def test_listening_is_shown_on_the_row(run, qsim, signed_in):
    first, second = qsim.world.start_standing_calls(2)
    _desk, console = supervisor(signed_in)
    select_call(run, console, first.id)
    console.call_actions.actions[CallAction.LISTEN].trigger()
    run(until(lambda: "you are listening" in (cell(console, first.id, LiveCallsModel.STATE) or ""), what="the mark"))
    assert cell(console, first.id, LiveCallsModel.STATE, Qt.ItemDataRole.FontRole).bold()
    assert "you are" not in cell(console, second.id, LiveCallsModel.STATE)
    console.call_actions.send(CallAction.WHISPER, console.selected_call(), "100")
    run(until(lambda: "whispering" in cell(console, first.id, LiveCallsModel.STATE), what="the whisper mark"))
    qsim.world.hangup(first.id)
    run(until(lambda: console.calls.row_index(first.id) is None, what="the call gone"))
    assert console.calls.monitoring == {}


def test_an_alert_is_raised_highlighted_notified_and_cleared(run, qsim, signed_in):
    from PySide6.QtGui import QColor

    from agent_desk.supervisor.alerts import Thresholds
    from agent_desk.ui.console.models import HIGHLIGHTS

    qsim.world.settings.ring_timeout = 30.0
    for ext in ("101", "102", "103", "104"):  # queue 999 rings them; nobody picks up
        qsim.world.extension(ext).answers = False
    _desk, console = supervisor(signed_in, "onepos")
    raised: list[str] = []
    console.alertRaised.connect(raised.append)
    dialog = console.edit_thresholds()
    dialog.waiting.setValue(2)
    dialog.longest.setValue(0)
    dialog.state.setValue(0)
    dialog.unregistered.setChecked(False)
    dialog._accept()
    assert console.monitor.thresholds == Thresholds(
        waiting_calls=2, longest_wait=None, answer_rate=0.8, unregistered=False, state_seconds=None
    )
    calls = [qsim.world.start_inbound(queue="999") for _ in range(2)]
    run(until(lambda: raised, timeout=8, what="the alert"))
    assert raised == ["Callers waiting: 2 (alert at 2)."]
    assert not console.alert_bar.isHidden() and console.alert_bar.text() == raised[0]
    run(until(lambda: console.calls.highlights, what="the rows painted"))
    background = cell(console, calls[0].id, 0, Qt.ItemDataRole.BackgroundRole)
    assert background == QColor(HIGHLIGHTS["error"])
    for call in calls:
        qsim.world.hangup(call.id)
    run(until(lambda: console.alert_bar.isHidden(), timeout=8, what="the alert cleared"))
    assert console.calls.highlights == {} and len(raised) == 1


def test_the_wallboard_shows_the_floor_full_screen(run, qsim, signed_in):
    qsim.world.start_standing_calls(4)
    qsim.world.extension("106").registered = False
    _desk, console = supervisor(signed_in, "onepos")
    run(until(lambda: console.calls.rowCount() == 4 and console.floor is not None, what="the floor"))
    board = console.show_wallboard()
    try:
        run(until(lambda: board.tiles["calls"].value.text() == "4", what="the wallboard figures"))
        assert board.isFullScreen() or board.isVisible()
        assert board.tiles["offline"].value.text() == "1"
        assert "106" in board.alerts.text() and board.alerts.isVisible()
        board.resize(1920, 1080)
        assert "font-size: 120px" in board.tiles["calls"].value.styleSheet()
    finally:
        console.stop()
    assert console.wallboard is None


def test_nothing_is_published_once_the_console_stopped_its_refresher(run, qsim, signed_in):
    """A profile switch stops the console and deletes it (its bridge with it): an update the worker's
    reader had ready must not be emitted on the deleted bridge (``RuntimeError: Signal source has been deleted``)."""
    import shiboken6

    from agent_desk.supervisor.diff import Diff
    from agent_desk.supervisor.refresher import Health, Update

    qsim.world.start_standing_calls(2)
    _desk, console = supervisor(signed_in)
    run(until(lambda: console.calls.rowCount() == 2, what="the calls shown"))
    worker = console.worker
    console.stop()
    shiboken6.delete(console._bridge)
    worker._deliver(Update(calls=Diff(removed=["gone"]), health=Health(stale=False)))  # the reader's way: raised before
    assert worker.join(10.0)


def test_the_alert_rules_see_every_agents_change_on_the_turn_after_the_updates(run, qsim, signed_in):
    from agent_desk.models import AgentState
    from agent_desk.supervisor.diff import Diff
    from agent_desk.supervisor.refresher import Health, Update

    _desk, console = supervisor(signed_in)
    console.stop()  # only the updates below
    offline, back = AgentState("777", "Test", "offline", False), AgentState("778", "Test", "offline", False)
    console.apply_update(Update(calls=Diff(), health=Health(stale=False), agents=Diff(inserted=[offline, back])))
    console.apply_update(Update(calls=Diff(), health=Health(stale=False), agents=Diff(removed=["778"])))
    assert "unregistered:777" not in console.monitor.active, "not inside the update"
    run(until(lambda: "unregistered:777" in console.monitor.active, what="the alert on the next turn"))
    assert "unregistered:778" not in console.monitor.active, "both updates' agents changes were seen"


def test_the_calls_agent_names_follow_the_agents_list_and_are_gathered_only_when_a_name_may_change(
    run, qsim, signed_in, monkeypatch
):
    from agent_desk.models import AgentState, LiveCall
    from agent_desk.supervisor.diff import Diff
    from agent_desk.supervisor.refresher import Health, Update

    _desk, console = supervisor(signed_in)
    console.stop()  # only the updates below
    gathered = []
    set_names = console.calls.set_names
    monkeypatch.setattr(console.calls, "set_names", lambda names: gathered.append(names) or set_names(names))

    def update(**agents) -> None:
        console.apply_update(Update(calls=Diff(), health=Health(stale=False), agents=Diff(**agents)))

    nameless = LiveCall("n1", "inbound", "7771", "0901234567", "answered", None)
    console.apply_update(Update(calls=Diff(inserted=[nameless]), health=Health(stale=False)))
    update(inserted=[AgentState("7771", "Lê Văn Tám", "busy", True)])
    assert gathered and cell(console, "n1", LiveCallsModel.AGENT) == "Lê Văn Tám"
    gathered.clear()
    update(changed=[AgentState("7771", "Lê Văn Tám", "available", True)])  # a state: no name changed
    assert gathered == []
    update(changed=[AgentState("7771", "Lê Văn Chín", "available", True)])
    assert cell(console, "n1", LiveCallsModel.AGENT) == "Lê Văn Chín"
    update(removed=["7771"])
    assert cell(console, "n1", LiveCallsModel.AGENT) == ""
