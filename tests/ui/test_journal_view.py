"""The Journal tab against the simulator: calls appear, notes and dispositions are saved as typed
(read back through a second SQLite connection), search narrows, profiles keep their own journal,
the pop and the tab never overwrite each other's text, and a failed save loses nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from agent_desk.journal import Journal, JournalEntry
from agent_desk.phone import display
from agent_desk.ui.dialing import dialer as d
from agent_desk.ui.journal import model as jm
from agent_desk.ui.pops import screen_pop as sp
from tests.helpers import until
from tests.helpers.qt import open_journal
from tests.ui.journal_typist import TEXT, type_text

CODES = ["Đã giải quyết", "Gọi lại sau", "Sai số"]


def saved(desk, call_id):
    """The entry as a second connection to the journal file reads it."""
    other = Journal()
    try:
        return other.get(desk.session.profile.name, call_id)
    finally:
        other.close()


def column(view, col):
    return [view.model.index(row, col).data() for row in range(view.model.rowCount())]


def select(view, call_id):
    row = view.model.row_of(call_id)
    assert row >= 0, f"{call_id} is not listed"
    view.table.selectRow(row)
    assert view.call_id == call_id


def settled(pop):
    """The pop's customer lookup and recent calls have arrived (no request is left in flight)."""
    return "…" not in pop.customer_label.text() and "…" not in pop.history_label.text()


def answered_call(run, qsim, desk, customer):
    """An inbound call from ``customer`` answered by agent 101 and hung up; returns its call id."""
    call = qsim.world.start_inbound(customer.phone, extension="101")
    run(until(lambda: desk.journal_view.model.row_of(call.id) >= 0, what="the call in the journal"))
    row = lambda: desk.journal_view.model.row_of(call.id)  # noqa: E731
    run(until(lambda: ":" in desk.journal_view.model.index(row(), jm.DURATION).data(), what="its duration"))
    pops = desk.pops.pops
    run(until(lambda: call.id in pops and settled(pops[call.id]), what="its pop's lookups"))
    return call.id


def test_an_answered_call_appears_and_its_note_is_saved_as_typed(run, qsim, signed_in):
    desk = signed_in(events="webhook", dispositions=CODES)
    view = open_journal(desk)
    assert view.count.text() == "No calls yet."
    customer = next(iter(qsim.world.customers.values()))
    call_id = answered_call(run, qsim, desk, customer)
    row = view.model.row_of(call_id)
    assert row == 0
    assert view.model.index(0, jm.NUMBER).data() == display(customer.phone)
    assert view.model.index(0, jm.DIRECTION).data() == "↙ inbound"
    run(until(lambda: view.model.index(0, jm.CUSTOMER).data() == customer.name, what="the customer's name"))

    select(view, call_id)
    assert view.title.text().startswith(display(customer.phone)) and customer.name in view.title.text()
    type_text(view.note, "Khách hỏi về hợp đồng")
    assert view.state.text() == "Saving…"
    run(until(lambda: saved(desk, call_id).note == "Khách hỏi về hợp đồng", what="the note in the file"))
    assert view.state.text() == "Saved."
    assert view.model.index(0, jm.NOTE).data() == "Khách hỏi về hợp đồng"

    assert [view.disposition.itemText(i) for i in range(view.disposition.count())][1:] == CODES
    view.disposition.setCurrentIndex(2)  # saved at once, with no wait
    assert saved(desk, call_id).disposition == "Gọi lại sau"
    assert view.model.index(0, jm.DISPOSITION).data() == "Gọi lại sau"


def test_search_narrows_as_you_type(run, qsim, signed_in):
    desk = signed_in()
    notes, profile = desk.notes, desk.session.profile.name
    start = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)
    people = [("0901234567", "Nguyễn Văn An"), ("0281234567", "Trần Thị Bình"), ("0912000111", "Lê Văn Cường")]
    for i, (phone, name) in enumerate(people):
        notes.record(JournalEntry(profile, f"c{i}", "inbound", phone, name, start + dt.timedelta(minutes=i)))
        assert notes.calls.flush(10)  # written by the journal writer's thread
    notes.edit(profile, "c1", "muốn hoàn tiền", origin=None)
    assert notes.flush()
    view = open_journal(desk)
    assert column(view, jm.CUSTOMER) == ["Lê Văn Cường", "Trần Thị Bình", "Nguyễn Văn An"]  # newest first
    assert view.count.text() == "Calls: 3"
    for typed, expected in (
        ("VĂN", ["Lê Văn Cường", "Nguyễn Văn An"]),
        ("090 123", ["Nguyễn Văn An"]),
        ("HOÀN TIỀN", ["Trần Thị Bình"]),
        ("nobody", []),
    ):
        view.search.clear()
        type_text(view.search, typed)
        run(until(lambda e=expected: column(view, jm.CUSTOMER) == e, what=f"the search for {typed!r}"))
    assert view.count.text() == "Found: 0"


def test_each_profile_shows_its_own_journal(run, qsim, signed_in, accounts):
    desk = signed_in(events="webhook")
    view = open_journal(desk)
    customers = list(qsim.world.customers.values())
    first = answered_call(run, qsim, desk, customers[0])
    other = accounts.profile("tel4vn", "102", name="evening", events="webhook")
    assert run(desk.sign_in(other, {}, False))
    run(until(lambda: view.profile.name == "evening" and view.model.rowCount() == 0, what="the empty journal"))
    hooks = qsim.dialects["tel4vn"].hooks
    run(until(lambda: sum(h.get("callback_url", "").startswith(other.webhook.public_url) for h in hooks) == 4))
    call = qsim.world.start_inbound(customers[1].phone, extension="102")
    run(until(lambda: view.model.row_of(call.id) == 0, what="the evening call"))
    assert view.model.row_of(first) == -1
    morning = accounts.profile("tel4vn", "101")
    assert run(desk.sign_in(morning, {}, False))
    run(until(lambda: view.model.row_of(first) == 0 and view.model.rowCount() == 1, what="101's journal again"))


def test_the_pop_and_the_journal_never_overwrite_each_other(run, qsim, signed_in):
    desk = signed_in(events="webhook", dispositions=CODES)
    qsim.world.extension("101").answers = False  # it keeps ringing: the pop stays open
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    view = open_journal(desk)
    call = qsim.world.start_inbound(extension="101")
    run(until(lambda: popped and view.model.row_of(call.id) >= 0, what="the pop and the journal entry"))
    pop = popped[0]
    run(until(lambda: settled(pop), what="the pop's lookups"))
    select(view, call.id)
    pop.note_button.click()
    type_text(pop.note, "Khách")
    assert view.note.toPlainText() == "Khách", "the journal shows the pop's keystrokes at once"
    view.note.moveCursor(view.note.textCursor().MoveOperation.End)
    type_text(view.note, " cần gọi lại")
    assert pop.note.toPlainText() == "Khách cần gọi lại"
    pop.note.moveCursor(pop.note.textCursor().MoveOperation.End)
    type_text(pop.note, "!")
    assert view.note.toPlainText() == "Khách cần gọi lại!"
    run(until(lambda: saved(desk, call.id).note == "Khách cần gọi lại!", what="the last keystroke saved"))

    assert pop.disposition_row.isVisible(), "the pop offers the wrap-up codes with its note"
    pop.disposition.setCurrentIndex(3)
    assert saved(desk, call.id).disposition == "Sai số"
    assert view.disposition.currentText() == "Sai số"
    view.disposition.setCurrentIndex(1)
    assert pop.disposition.currentText() == "Đã giải quyết" and saved(desk, call.id).disposition == "Đã giải quyết"
    assert saved(desk, call.id).note == "Khách cần gọi lại!"


def test_a_failed_save_is_said_in_words_and_loses_nothing(run, qsim, signed_in):
    desk = signed_in()
    notes, profile = desk.notes, desk.session.profile.name
    notes.record(JournalEntry(profile, "c1", "inbound", "0901234567", None, dt.datetime.now(dt.UTC)))
    assert notes.calls.flush(10)  # written by the journal writer's thread
    view = open_journal(desk)
    select(view, "c1")
    notes.journal._db.execute("PRAGMA query_only = 1")  # the connection now refuses writes, like a read-only disk
    type_text(view.note, "ghi chú quan trọng")
    run(until(lambda: "cannot be written to" in view.state.text(), what="the failure in words"))
    assert view.note.toPlainText() == "ghi chú quan trọng"
    view.table.clearSelection()
    view.table.setCurrentIndex(view.model.index(-1, 0))  # away and back: the unsaved text is still there
    select(view, "c1")
    assert view.note.toPlainText() == "ghi chú quan trọng" and "cannot be written to" in view.state.text()
    notes.journal._db.execute("PRAGMA query_only = 0")
    type_text(view.note, ".")
    run(until(lambda: saved(desk, "c1").note == "ghi chú quan trọng.", what="the retried save"))
    assert view.state.text() == "Saved."


def test_one_click_on_the_call_icon_calls_back(run, qsim, signed_in):
    desk = signed_in(click_to_call="async")
    notes, profile = desk.notes, desk.session.profile.name
    notes.record(JournalEntry(profile, "c1", "inbound", "0901234567", None, dt.datetime.now(dt.UTC)))
    assert notes.calls.flush(10)  # written by the journal writer's thread
    view = open_journal(desk)
    QTest.qWaitForWindowExposed(desk.window)
    rect = view.table.visualRect(view.model.index(0, jm.CALL))
    assert view.model.index(0, jm.CALL).data(Qt.ItemDataRole.ToolTipRole) == "Call 0901 234 567 back"
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert desk.dialer.phase == d.DialPhase.PLACING and desk.dialer.number == "0901234567"
    run(until(lambda: desk.dialer.phase == d.DialPhase.DONE, what="the call placed"))
    assert any(c.customer == "0901234567" and c.extension == "101" for c in qsim.world.calls.values())


def test_notes_typed_in_the_pop_reach_a_closed_journal_tab(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    qsim.world.extension("101").answers = False
    call = qsim.world.start_inbound(extension="101")
    run(until(lambda: popped and settled(popped[0]), what="the pop and its lookups"))
    popped[0].note_button.click()
    type_text(popped[0].note, "nói chuyện sau")
    assert popped[0].state == sp.PopState.RINGING
    view = open_journal(desk)  # the tab was never shown: it reads the journal now
    select(view, call.id)
    assert view.note.toPlainText() == "nói chuyện sau"


def test_a_note_typed_in_the_real_window_survives_kill_9(tmp_path):
    """The real window (demo, offscreen) types a note key by key; SIGKILL it mid-typing; the note
    holds every character the journal had confirmed, the database is intact, and a new window
    shows the note."""
    env = {
        **os.environ,
        "PYTHONPATH": os.getcwd(),
        "QT_QPA_PLATFORM": "offscreen",
        "AGENT_DESK_CONFIG": str(tmp_path / "config" / "config.toml"),
        "AGENT_DESK_DATA": str(tmp_path / "data"),
    }
    command = [sys.executable, "-m", "tests.ui.journal_typist"]
    typist = subprocess.Popen([*command, "type"], stdout=subprocess.PIPE, text=True, env=env)
    watchdog = threading.Timer(120, typist.kill)  # a stuck child ends the reads below
    watchdog.start()
    try:
        started = json.loads(typist.stdout.readline() or "{}")
        assert "call_id" in started, "the typist did not get its call"
        confirmed = 0
        for line in typist.stdout:
            confirmed = json.loads(line)["saved"]
            if confirmed >= 40:
                break
        time.sleep(0.3)  # mid-word: keys typed since the last save are not confirmed
    finally:
        typist.send_signal(signal.SIGKILL)
        typist.wait()
        watchdog.cancel()
    assert typist.returncode == -signal.SIGKILL and confirmed >= 40

    journal = Journal(tmp_path / "data" / "demo" / "journal.sqlite3")  # the demo keeps its own data directory
    note = journal.get(started["profile"], started["call_id"]).note
    assert journal.integrity_ok()
    journal.close()
    assert len(note) >= confirmed and TEXT.startswith(note), (confirmed, note)

    shown = subprocess.run([*command, "show", started["call_id"]], capture_output=True, text=True, env=env, timeout=60)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout.splitlines()[-1]) == {"note": note}


def test_hiding_the_window_and_quitting_save_at_once(run, qsim, signed_in):
    desk = signed_in()
    notes, profile = desk.notes, desk.session.profile.name
    notes.record(JournalEntry(profile, "c1", "inbound", "0901234567", None, dt.datetime.now(dt.UTC)))
    assert notes.calls.flush(10)  # written by the journal writer's thread
    view = open_journal(desk)
    select(view, "c1")
    type_text(view.note, "first part")
    desk.window.hide()  # closing to the tray: no debounce wait
    assert saved(desk, "c1").note == "first part"
    desk.window.show()
    type_text(view.note, ", then quit")
    run(desk.shutdown())
    other = Journal()
    assert other.get(profile, "c1").note == "first part, then quit"
    other.close()


def test_a_note_that_cannot_be_read_is_not_offered_for_overwriting(run, qsim, signed_in):
    desk = signed_in()
    notes, profile = desk.notes, desk.session.profile.name
    for call_id in ("c1", "c2"):
        notes.record(JournalEntry(profile, call_id, "inbound", "0901234567", None, dt.datetime.now(dt.UTC)))
        assert notes.calls.flush(10)  # written by the journal writer's thread
    view = open_journal(desk)
    notes.journal._db.close()  # reading fails from now on
    select(view, "c1")
    assert not view.note.isEnabled() and "could not be read" in view.state.text()
    notes._journal = None  # a new connection, as the next start would open
    select(view, "c2")
    select(view, "c1")
    assert view.note.isEnabled() and view.state.text() == ""


def test_a_failed_save_of_a_pop_note_is_said_in_the_pop(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    qsim.world.extension("101").answers = False
    popped, notices = [], []
    desk.pops.poppedUp.connect(popped.append)
    desk.session.notice.connect(notices.append)
    call = qsim.world.start_inbound(extension="101")
    run(until(lambda: popped and settled(popped[0]), what="the pop and its lookups"))
    pop = popped[0]
    desk.notes.journal._db.execute("PRAGMA query_only = 1")
    pop.note_button.click()
    type_text(pop.note, "gọi lại lúc 3 giờ")
    run(until(lambda: pop.note_problem.isVisible(), what="the failure in the pop"))
    assert "cannot be written to" in pop.note_problem.text() and notices[-1] == pop.note_problem.text()
    assert pop.note.toPlainText() == "gọi lại lúc 3 giờ"
    desk.notes.journal._db.execute("PRAGMA query_only = 0")
    desk.pops.close(call.id)  # dismissing saves at once
    assert saved(desk, call.id).note == "gọi lại lúc 3 giờ"
