"""The History tab against the simulator: search, paging, filters, sort, call back, export, errors,
recordings, and following sign-in."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from agent_desk.phone import dial_string, display
from agent_desk.sim.server import Simulator
from agent_desk.ui.dialing import dialer as d
from agent_desk.ui.history.model import COLUMNS, talk_seconds
from agent_desk.ui.window.shortcuts import window_shortcuts
from tests.helpers import until
from tests.helpers.qt import SimAccounts, UrlCatcher
from tests.helpers.sim import fast_settings


def open_history(run, desk, page_size: int = 4, days: int = 40):
    """Show the History tab (its first search starts by itself) with a wide date range."""
    view = desk.history
    view.page_size = page_size
    view.ensure_built()
    view.filters.start.setDate(QDate.currentDate().addDays(-days))
    desk.window.tabs.setCurrentWidget(view)
    wait_loaded(run, view)
    return view


def wait_loaded(run, view) -> None:
    run(until(lambda: view.search is not None and view.search.pages and not view.loading, what="a page of history"))


def mine(sim: Simulator, ext: str = "101", **where) -> list[str]:
    """Ids of the simulator's CDRs for ``ext``, newest first, matching ``where`` (field → test)."""
    return [
        c.id
        for c in reversed(sim.world.cdrs)
        if c.extension == ext and all(test(getattr(c, f)) for f, test in where.items())
    ]


def shown(view) -> list[str]:
    return [r.call_id for r in view.model.records]


def cell(view, row: int, column: str) -> str:
    return view.proxy.index(row, COLUMNS.index(column)).data()


def test_a_search_fills_the_table_with_the_simulators_calls(run, qsim, signed_in):
    desk = signed_in()
    view = open_history(run, desk)
    expected = mine(qsim)
    assert shown(view) == expected[:4]
    first = view.model.records[0]
    assert cell(view, 0, "customer") == display(first.phone) and first.phone
    assert cell(view, 0, "direction") in ("Inbound", "Outbound") and cell(view, 0, "extension") == "101"
    assert view.count.text() == "4 calls loaded; more on the PBX"  # TEL4VN scrolls: no total
    assert qsim.dialects["tel4vn"].hits["GET /v2/cdr"] == 1


@pytest.mark.parametrize(
    "key,overrides",
    [("tel4vn", {}), ("tel4vn", {"cdr_paging": "page"}), ("onepos", {})],
    ids=["tel4vn-scroll", "tel4vn-pages", "onepos-pages"],
)
def test_load_more_pages_to_the_last_page_and_stops(run, qsim, signed_in, key, overrides):
    desk = signed_in(key, **overrides)
    view = open_history(run, desk, page_size=3)
    expected = mine(qsim)
    assert len(expected) > 6, "the seeded history gives several pages"
    clicks = 0
    while view.more_button.isEnabled():
        view.more_button.click()
        assert view.loading and not view.more_button.isEnabled(), "one page at a time"
        wait_loaded(run, view)
        clicks += 1
    assert shown(view) == expected
    assert clicks == -(-len(expected) // 3) - 1
    assert view.search.finished and view.count.text() == f"All {len(expected)} calls loaded"
    pages_asked = sum(n for path, n in qsim.dialects[key].hits.items() if "cdr" in path)
    view.load_more()
    assert sum(n for path, n in qsim.dialects[key].hits.items() if "cdr" in path) == pages_asked


def test_phone_and_direction_filters_narrow_the_search_as_the_pbx_does(run, qsim, signed_in):
    desk = signed_in()
    view = open_history(run, desk)
    inbound = [c for c in reversed(qsim.world.cdrs) if c.extension == "101" and c.direction == "inbound"]
    phone = inbound[0].from_number
    view.filters.direction.setCurrentIndex(view.filters.direction.findData("inbound"))
    view.filters.phone.setText(display(phone))  # as an agent would copy it from the table
    view.filters.phone.setFocus()
    QTest.keyClick(view.filters.phone, Qt.Key.Key_Return)
    assert view.loading, "Enter in the filters searches"
    wait_loaded(run, view)
    assert shown(view) == mine(qsim, direction=lambda v: v == "inbound", from_number=lambda v: v == phone)[:4]
    assert shown(view) and {r.phone for r in view.model.records} == {phone}


def test_an_outcome_filter_on_onepos(run, qsim, signed_in):
    desk = signed_in("onepos")
    view = open_history(run, desk, page_size=50)
    offered = [view.filters.status.itemData(i) for i in range(view.filters.status.count())]
    assert offered == ["", "answered", "missed", "busy"], "only the outcomes OnePOS records"
    view.filters.status.setCurrentIndex(view.filters.status.findData("missed"))
    view.filters.search_button.click()
    wait_loaded(run, view)
    assert shown(view) == mine(qsim, status=lambda s: s not in ("answered", "busy"))  # OnePOS's "missed"
    assert {cell(view, row, "status") for row in range(view.proxy.rowCount())} == {"Missed"}
    assert view.count.text().startswith("All ")


def test_columns_sort_by_their_values(run, qsim, signed_in):
    desk = signed_in()
    view = open_history(run, desk, page_size=50)
    header = view.table.horizontalHeader()
    column = COLUMNS.index("duration")
    QTest.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2),
    )
    rows = [view._record_at(view.proxy.index(r, 0)) for r in range(view.proxy.rowCount())]
    seconds = [talk_seconds(r) or 0 for r in rows]
    assert seconds == sorted(seconds) and len(set(seconds)) > 1
    view.table.sortByColumn(COLUMNS.index("time"), Qt.SortOrder.AscendingOrder)
    assert cell(view, 0, "time") != cell(view, view.proxy.rowCount() - 1, "time")
    oldest = view._record_at(view.proxy.index(0, 0))
    assert oldest.call_id == mine(qsim)[-1]


def test_call_back_with_the_button_and_with_enter(run, qsim, signed_in):
    desk = signed_in()
    view = open_history(run, desk)
    assert not view.call_button.isEnabled(), "nothing selected yet"
    view.select_row(0)
    record = view.selected()
    view.call_button.click()
    assert desk.dialer.phase == d.DialPhase.RINGING and view.message.text().startswith("Ringing your phone…")
    run(until(lambda: desk.dialer.phase == d.DialPhase.DONE, what="the call back"))
    assert desk.dialer.number == dial_string(record.phone)
    assert view.message.text() == f"Your phone picked up: calling {display(dial_string(record.phone))}."
    hits = qsim.dialects["tel4vn"].hits
    assert hits["GET /v1/click2call"] == 1
    run(until(lambda: not qsim.world.is_busy("101"), what="the call to end"))
    view.select_row(1)
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    run(
        until(lambda: desk.dialer.phase == d.DialPhase.DONE and hits["GET /v1/click2call"] == 2, what="the second call")
    )
    assert desk.dialer.number == dial_string(view.selected().phone)
    run(until(lambda: not qsim.world.is_busy("101"), what="the call to end"))
    third = view._record_at(view.proxy.index(2, 0))
    spot = view.table.visualRect(view.proxy.index(2, 2)).center()
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)  # a double-click's first press
    assert desk.dialer.phase == d.DialPhase.DONE and view.selected() is third, "a single click only selects"
    QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    run(until(lambda: desk.dialer.phase == d.DialPhase.DONE and hits["GET /v1/click2call"] == 3, what="the third call"))
    assert desk.dialer.number == dial_string(third.phone)


def test_onepos_has_history_but_no_click_to_call(run, qsim, signed_in):
    desk = signed_in("onepos")
    view = open_history(run, desk)
    view.select_row(0)
    assert not view.call_button.isEnabled()
    assert view.call_button.toolTip() == (
        "OnePOS / VoIP247 has no click-to-call API, so calls are placed from your phone."
    )


def test_export_writes_the_loaded_rows(run, qsim, signed_in, tmp_path, monkeypatch):
    desk = signed_in()
    view = open_history(run, desk, page_size=3)
    view.more_button.click()
    wait_loaded(run, view)
    path = tmp_path / "calls.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "CSV files (*.csv)"))
    view.export_button.click()
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["call_id"] for r in rows] == mine(qsim)[:6]
    assert [r["phone"] for r in rows] == [r.phone for r in view.model.records]
    assert view.message.text() == f"6 calls saved to {path}."


def test_a_pbx_error_is_shown_in_words_and_loses_nothing(run, qsim, signed_in):
    desk = signed_in()
    view = open_history(run, desk)
    qsim.faults.error_burst = 1
    view.more_button.click()
    run(until(lambda: not view.loading, what="the failed page"))
    assert view.message.text() == "The PBX had a server error; try again in a moment."
    assert shown(view) == mine(qsim)[:4] and view.more_button.isEnabled()
    view.more_button.click()
    wait_loaded(run, view)
    assert shown(view) == mine(qsim)[:8] and not view.message.isVisible()


def test_a_bad_filter_is_explained_and_nothing_is_sent(run, qsim, signed_in):
    desk = signed_in()
    view = open_history(run, desk)
    view.filters.phone.setText("09x1")
    view.filters.search_button.click()
    assert view.message.text() == "“09x1” is not a phone number: use digits, spaces and an optional leading +."
    view.filters.phone.clear()
    view.filters.start.setDate(view.filters.end.date().addDays(1))
    view.filters.search_button.click()
    assert view.message.text() == "The first day is after the last day: change one of them."
    assert qsim.dialects["tel4vn"].hits["GET /v2/cdr"] == 1 and len(shown(view)) == 4, "the table is kept"


def test_a_provider_without_history_says_so(run, make_desk):
    sim = Simulator(fast_settings(), providers=["voicecloud"])
    run(sim.start())
    try:
        accounts = SimAccounts(sim)
        desk = make_desk(secret_source=accounts.store)
        assert run(desk.sign_in(accounts.profile("voicecloud"), {}, False))
        view = desk.history
        desk.window.tabs.setCurrentWidget(view)
        assert view.message.text() == (
            "VoiceCloud Call Center has no call history API, so past calls cannot be listed here."
        )
        assert not view.filters.isEnabled() and not view.more_button.isEnabled()
        assert not view.export_button.isEnabled() and view.search is None
    finally:
        run(sim.stop())


async def fetch_bytes(url: str) -> bytes:
    import httpx

    async with httpx.AsyncClient() as client:
        return (await client.get(url)).content


def test_a_recording_plays_inside_the_app_and_opens_outside(run, qsim, signed_in):
    from PySide6.QtMultimedia import QMediaDevices

    desk = signed_in()
    view = open_history(run, desk, page_size=50)
    rows = view.model.records
    silent = next(i for i, r in enumerate(rows) if not r.recording)
    view.select_row(silent)
    assert not view.player_bar.play_button.isEnabled()
    assert view.player_bar.play_button.toolTip() == "This call has no recording."
    recorded = next(i for i, r in enumerate(rows) if r.recording)
    view.select_row(recorded)
    cdr = next(c for c in qsim.world.cdrs if c.id == view.selected().call_id)
    assert view.player_bar.play_button.isEnabled()
    view.player_bar.play_button.click()
    run(until(lambda: view.player.audio is not None, timeout=10, what="the recording to load"))
    from PySide6.QtCore import QUrl

    played = Path(QUrl(view.player.url).toLocalFile())
    assert view.player.url.startswith("file://"), "fetched by the provider's client, played from a private file"
    assert played.read_bytes() == run(fetch_bytes(qsim.world.recording_url(cdr.recording)))
    assert played.parent.stat().st_mode & 0o077 == 0, "the download folder is the user's own"
    assert view.player.duration_ms == 1000, "the simulator's one-second tone, decoded"
    if QMediaDevices.defaultAudioOutput().isNull():  # no sound output here (offscreen CI): said, not faked
        assert view.message.text() == "The recording could not be played: this computer has no sound output"
    else:
        assert view.player.playing and not view.player.message
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    try:
        view.player_bar.open_button.click()
        run(until(lambda: catcher.urls, what="the recording to be opened"))
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert catcher.urls[0].startswith("file://")
    assert Path(QUrl(catcher.urls[0]).toLocalFile()).read_bytes() == played.read_bytes()


def test_the_tab_follows_sign_out_and_profile_switching(run, qsim, signed_in, accounts):
    desk = signed_in()
    view = open_history(run, desk)
    assert shown(view)
    run(desk.session.sign_out())
    assert shown(view) == [] and view.search is None
    assert view.message.text() == "Sign in to see your call history."
    assert not view.filters.isEnabled()
    assert run(desk.sign_in(accounts.profile("onepos"), {}, False))
    wait_loaded(run, view)  # the tab is on screen: the new profile's history loads at once
    assert shown(view) == mine(qsim)[:4]
    assert qsim.dialects["onepos"].hits["GET /api/v3/cdr"] == 1


def test_ctrl_f_goes_to_the_phone_filter(run, qsim, signed_in, qtbot):
    desk = signed_in()
    view = open_history(run, desk)
    desk.window.activateWindow()
    qtbot.waitUntil(desk.window.isActiveWindow)
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert desk.window.focusWidget() is view.filters.phone
    desk.window.focus_dial_pad()  # from another tab, Ctrl+F comes back to the History tab
    QTest.keyClick(desk.window.dial_pad.number, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert desk.window.tabs.currentWidget() is view
    assert desk.window.focusWidget() is view.filters.phone
    listed = dict(window_shortcuts(desk.window))
    assert listed[desk.window.history_search_action.text()] == QKeySequence(QKeySequence.StandardKey.Find).toString(
        QKeySequence.SequenceFormat.NativeText
    )


def test_the_tab_costs_nothing_until_shown_and_multimedia_waits_for_the_first_play():
    import subprocess
    import sys

    probe = """
import sys
from agent_desk.ui.window.app import bootstrap
app, desk = bootstrap()
desk.show()
first = [m for m in ("agent_desk.ui.history.view", "agent_desk.history") if m in sys.modules]
desk.bring_up()  # the second phase adds the tab
before = [m for m in ("agent_desk.history", "agent_desk.ui.history.model") if m in sys.modules]
desk.window.tabs.setCurrentWidget(desk.history)
app.processEvents()
print(first, before, desk.history.built, "PySide6.QtMultimedia" in sys.modules, "httpx" in sys.modules)
desk.instance.close()
"""
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.stdout.split("\n")[-2] == "[] [] True False False"


def test_the_tab_speaks_vietnamese(vietnamese, make_desk):
    desk = make_desk()
    assert desk.window.tabs.tabText(desk.window.tabs.indexOf(desk.history)) == "Lịch sử"
    view = desk.history
    desk.window.tabs.setCurrentWidget(view)
    assert view.message.text() == "Hãy đăng nhập để xem lịch sử cuộc gọi."
    headers = [view.proxy.headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMNS))]
    assert headers == ["Thời gian", "Chiều gọi", "Khách hàng", "Máy nhánh", "Trạng thái", "Thời lượng", "Ghi âm"]
    assert view.filters.search_button.text() == "Tìm kiếm" and view.more_button.text() == "Tải thêm"


def test_a_new_search_replaces_one_still_loading_and_the_window_stays_live(run, qsim, signed_in):
    import asyncio

    desk = signed_in()
    view = open_history(run, desk)
    qsim.faults.latency = 0.4
    view.filters.direction.setCurrentIndex(view.filters.direction.findData("outbound"))
    view.filters.search_button.click()
    first = view._loading
    view.filters.direction.setCurrentIndex(view.filters.direction.findData("inbound"))
    view.filters.search_button.click()
    assert first.cancelling() or first.cancelled(), "the older search is cancelled"
    ticks = []

    async def watch() -> None:
        while view.loading:
            ticks.append(1)
            await asyncio.sleep(0.02)

    run(watch())
    assert len(ticks) >= 10, "the loop kept running while the PBX was slow"
    assert shown(view) == mine(qsim, direction=lambda v: v == "inbound")[:4]


def test_a_recording_that_cannot_be_loaded_is_explained(run, qsim, signed_in):
    import dataclasses

    desk = signed_in()
    view = open_history(run, desk, page_size=50)
    row = next(i for i, r in enumerate(view.model.records) if r.recording)
    broken = dataclasses.replace(view.model.records[row], recording=f"{qsim.base_url}/recordings-gone/x.wav")
    view.model.records[row] = broken  # a URL the PBX answers with 404
    view.select_row(next(r for r in range(view.proxy.rowCount()) if view._record_at(view.proxy.index(r, 0)) is broken))
    view.player_bar.play_button.click()
    run(until(lambda: "404" in view.message.text(), timeout=10, what="the download to be refused"))
    assert view.message.text() == "The PBX refused: the recording is not available (HTTP 404)"
    assert view.player.url != broken.recording, "nothing was handed to the player"


def test_a_name_narrows_the_loaded_calls_without_case_or_accents(run, qsim, signed_in):
    import datetime as dt

    from agent_desk.journal import JournalEntry

    desk = signed_in()
    profile, notes = desk.session.profile.name, desk.pops.notes
    first, second = mine(qsim)[:2]
    for call_id, name in ((first, "Lý Thị Mai"), (second, "Đặng Văn Phương")):
        notes.record(JournalEntry(profile, call_id, "inbound", None, name, dt.datetime.now(dt.UTC)))
    view = open_history(run, desk)
    assert cell(view, 0, "customer").startswith("Lý Thị Mai · ")
    hits = qsim.dialects["tel4vn"].hits["GET /v2/cdr"]
    for typed, expected in (("ly thi mai", [first]), ("LY THI", [first]), ("dang van", [second]), ("Đặng", [second])):
        view.filters.phone.setText(typed)
        rows = [view._record_at(view.proxy.index(r, 0)).call_id for r in range(view.proxy.rowCount())]
        assert rows == expected, typed
    view.filters.phone.setText("tran")
    assert view.proxy.rowCount() == 0 and view.message.text() == "No call loaded so far is with “tran”."
    view.filters.phone.clear()
    assert view.proxy.rowCount() == 4 and not view.message.isVisible()
    assert qsim.dialects["tel4vn"].hits["GET /v2/cdr"] == hits, "a name is not sent to the PBX"
