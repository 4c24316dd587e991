"""The journal keeps every call and note, survives kill -9, and finds things."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from agent_desk.journal import Journal, JournalEntry

T0 = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.timezone.utc)


def entry(call_id="c1", **kw):
    values = dict(profile="office", call_id=call_id, direction="inbound", phone="0901234567",
                  customer="Nguyễn Văn An", started_at=T0)
    values.update(kw)
    return JournalEntry(**values)


def test_record_update_keeps_the_note(tmp_path):
    journal = Journal(tmp_path / "j.sqlite3")
    journal.record_call(entry())
    journal.save_note("office", "c1", "khách hỏi về hợp đồng", "follow-up")
    journal.record_call(entry(answered_at=T0 + dt.timedelta(seconds=5), ended_at=T0 + dt.timedelta(seconds=65),
                              duration=65, customer=None))
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
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": os.getcwd()})
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
