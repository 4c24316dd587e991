"""The journal keeps every call and note, survives kill -9, and finds things."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from agent_desk.config import parse_profile
from agent_desk.errors import JournalError
from agent_desk.journal import CallWriter, Journal, JournalEntry, journal_calls, journal_errors
from agent_desk.models import CallEvent
from agent_desk.notes import NoteWriter
from agent_desk.secrets import SecretStore, env_name
from agent_desk.session import Session
from tests.helpers import until
from tests.helpers.events import call_event

T0 = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)


def entry(call_id="c1", **kw):
    values = dict(
        profile="office",
        call_id=call_id,
        direction="inbound",
        phone="0901234567",
        customer="Nguyễn Văn An",
        started_at=T0,
    )
    values.update(kw)
    return JournalEntry(**values)


def test_record_update_keeps_the_note(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    journal.record_call(entry())
    journal.save_note("office", "c1", "khách hỏi về hợp đồng", "follow-up")
    journal.record_call(
        entry(
            answered_at=T0 + dt.timedelta(seconds=5), ended_at=T0 + dt.timedelta(seconds=65), duration=65, customer=None
        )
    )
    got = journal.get("office", "c1")
    assert got.note == "khách hỏi về hợp đồng" and got.disposition == "follow-up"
    assert got.duration == 65 and got.customer == "Nguyễn Văn An" and got.answered_at == T0 + dt.timedelta(seconds=5)
    with pytest.raises(KeyError):
        journal.save_note("office", "nope", "x")
    journal.close()


def test_search_is_newest_first_and_matches_text(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    for i in range(5):
        journal.record_call(entry(f"c{i}", phone=f"09000000{i:02d}", started_at=T0 + dt.timedelta(minutes=i)))
    journal.save_note("office", "c3", "wants a refund")
    assert [e.call_id for e in journal.search("office")] == ["c4", "c3", "c2", "c1", "c0"]
    assert [e.call_id for e in journal.search("office", "REFUND")] == ["c3"]
    assert [e.call_id for e in journal.search("office", "0900000002")] == ["c2"]
    assert journal.search("other") == []
    journal.close()


WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from pathlib import Path
    from agent_desk.journal import Journal, JournalEntry
    journal = Journal(Path(sys.argv[1]))
    journal.record_call(JournalEntry("office", "c1", "inbound", "0901234567", None,
                                     dt.datetime.now(dt.timezone.utc)))
    text = ""
    for i in range(100000):
        text += "abcdefghij"[i % 10]
        journal.save_note("office", "c1", text)
        print(len(text), flush=True)
""")


def test_note_survives_kill_9_up_to_the_last_save(tmp_path):
    path = tmp_path / "j.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    saved = 0
    for line in proc.stdout:
        saved = int(line)
        if saved >= 200:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    journal = Journal(path)
    note = journal.get("office", "c1").note
    assert len(note) >= saved  # everything reported saved is there (maybe one more keystroke)
    assert journal.integrity_ok()
    journal.close()


def test_search_folds_vietnamese_case_and_takes_numbers_as_typed(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    journal.record_call(entry("c1", phone="0901234567", customer="NGUYỄN VĂN AN"))
    journal.record_call(entry("c2", phone="0281234567", customer="Trần Thị Bình"))
    journal.save_note("office", "c2", "giảm giá 50% cho_khách", "Đã giải quyết")
    assert [e.call_id for e in journal.search("office", "nguyễn văn")] == ["c1"]
    assert [e.call_id for e in journal.search("office", "090 123-45")] == ["c1"]
    assert [e.call_id for e in journal.search("office", "50%")] == ["c2"]
    assert journal.search("office", "5_%") == []  # wildcards are literal
    assert [e.call_id for e in journal.search("office", "đã GIẢI")] == ["c2"]
    journal.close()


def broken(tmp_path, how):
    """A journal whose connection really refuses writes: a full database, or a read-only one."""
    journal = Journal(tmp_path / "j.sqlite3")
    journal.record_call(entry())
    if how == "full":
        pages = journal._db.execute("PRAGMA page_count").fetchone()[0]
        journal._db.execute(f"PRAGMA max_page_count = {pages}")
    else:
        journal._db.execute("PRAGMA query_only = 1")
    return journal


@pytest.mark.parametrize("how", ["full", "readonly"])
def test_a_failed_save_keeps_the_text_and_says_why(tmp_path, how):
    journal = broken(tmp_path, how)
    writer = NoteWriter(lambda: journal)
    text = "x" * 200_000  # needs new pages
    writer.edit("office", "c1", text)
    with pytest.raises(JournalError) as exc:
        writer.flush("office", "c1")
    assert exc.value.reason == how
    assert writer.text("office", "c1") == text and writer.unsaved() == [("office", "c1")]
    journal._db.execute("PRAGMA max_page_count = 1073741823")
    journal._db.execute("PRAGMA query_only = 0")
    assert writer.flush("office", "c1") and writer.unsaved() == []
    assert Journal(tmp_path / "j.sqlite3").get("office", "c1").note == text


def test_the_note_writer_keeps_the_newest_text_of_every_editor(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    journal.record_call(entry())
    writer = NoteWriter(lambda: journal)
    writer.edit("office", "c1", "from the pop")
    writer.edit("office", "c1", "from the pop, then the journal view")
    assert writer.text("office", "c1") == "from the pop, then the journal view"
    writer.set_disposition("office", "c1", "Call back")  # writes the newest note with it
    got = journal.get("office", "c1")
    assert got.note == "from the pop, then the journal view" and got.disposition == "Call back"
    assert writer.unsaved() == [] and not writer.flush("office", "c1")
    writer.edit("office", "nope", "a call never recorded")
    with pytest.raises(JournalError) as exc:
        writer.flush("office", "nope")
    assert exc.value.reason == "missing" and writer.text("office", "nope") == "a call never recorded"
    journal.close()


def test_errors_opening_the_journal_are_journal_errors(tmp_path):
    (tmp_path / "file").write_text("not a directory")
    with pytest.raises(JournalError) as exc, journal_errors():
        Journal(tmp_path / "file" / "j.sqlite3")
    assert exc.value.reason == "io"


# ---------------------------------------------------------------------------------- the journal writer
def event(state: str, **fields) -> CallEvent:
    return call_event(state, **{"at": T0, **fields})


def test_the_writer_keeps_each_call_as_far_as_its_events_tell():
    writer = CallWriter()
    ringing = writer.entry("office", event("ringing"))
    assert ringing == JournalEntry("office", "c1", "inbound", "0901234567", None, T0)
    answered = writer.entry("office", event("answered", at=T0 + dt.timedelta(seconds=5)))
    assert answered.answered_at == T0 + dt.timedelta(seconds=5) and answered.ended_at is None
    ended = writer.entry("office", event("hangup", duration=7, outcome="answered"))
    assert (ended.ended_at, ended.duration, ended.outcome) == (T0, 7, "answered")
    out = writer.entry(
        "office", event("ringing", call_id="c2", direction="outbound", caller="101", callee="0281234567")
    )
    assert out.phone == "0281234567"
    assert writer.entry("office", event("ringing", call_id="c3", caller=None)).phone is None


def test_the_writer_keeps_a_call_under_its_first_id_and_skips_the_end_of_a_call_it_never_saw_start():
    writer = CallWriter()
    writer.entry("office", event("ringing", call_id="leg-1", flow_id="flow-1"))
    missed = writer.entry("office", event("missed", call_id="leg-2", flow_id="flow-1", duration=20, outcome="missed"))
    assert (missed.call_id, missed.ended_at, missed.duration, missed.outcome) == ("leg-1", T0, None, "missed")
    record = writer.entry("office", event("cdr", call_id="leg-2", outcome="missed"))
    assert record.call_id == "leg-1"
    assert writer.entry("office", event("missed", call_id="never-rang")) is None
    assert writer.entry("office", event("cdr", call_id="never-rang-either")) is None


async def test_the_journal_writer_records_every_call_on_the_agents_extension_popped_or_not(sim, tmp_path):
    table, found = sim.profile("oapi", "101")
    profile = parse_profile("office", table)
    session = Session(status_interval=None)
    journal = Journal(tmp_path / "j.sqlite3")
    journal_calls(session, journal.record_call)
    await session.sign_in(profile, SecretStore(profile, env={env_name(k): v for k, v in found.items()}))
    try:
        await until(lambda: session.health is not None and session.health.state == "up")
        assert session.provider is not None
        dialled = await session.provider.dial("0281234567", mode="sync")  # outbound: it never pops
        await until(lambda: any(e.ended_at for e in journal.search("office")), timeout=10)
        inbound = sim.world.start_inbound("0901234567", extension="101")
        other = sim.world.start_inbound("0907654321", extension="102")  # another agent's call
        await until(lambda: all(c.id not in sim.world.calls for c in (inbound, other)), timeout=10)
        await until(lambda: len([e for e in journal.search("office") if e.ended_at]) >= 2, timeout=10)
    finally:
        await session.sign_out()
    entries = journal.search("office")
    assert {e.phone for e in entries} == {"0901234567", "0281234567"}, entries
    assert {e.direction for e in entries} == {"inbound", "outbound"} and all(e.ended_at for e in entries)
    assert dialled.number == "0281234567" and "0907654321" not in {e.phone for e in entries}
    assert journal.search("elsewhere") == []
