"""Item 12: a damaged ``journal.sqlite3`` was never moved aside, so every later call failed to be
journaled. It is now renamed with the time, one line is logged, the agent is told once, and a
fresh journal takes the next calls."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from agent_desk import journal as journal_module
from agent_desk.config import default_data_dir
from agent_desk.journal import Journal, JournalEntry
from agent_desk.missed import MissedCalls
from agent_desk.ui.journal.notes import Notes


def entry(call_id: str) -> JournalEntry:
    now = dt.datetime.now(dt.UTC)
    return JournalEntry(
        profile="p",
        call_id=call_id,
        direction="inbound",
        phone="0901234567",
        customer=None,
        started_at=now,
    )


def damage(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    garbage = b"this is not an SQLite database, a disk error wrote it" * 100
    path.write_bytes(garbage)
    return garbage


def test_a_damaged_journal_is_moved_aside_and_a_fresh_one_takes_the_calls(tmp_path: Path, caplog, monkeypatch):
    monkeypatch.setattr(journal_module, "MOVED_ASIDE", {})
    path = tmp_path / "data" / "journal.sqlite3"
    garbage = damage(path)
    with caplog.at_level(logging.WARNING):
        journal = Journal(path)
    journal.record_call(entry("after-damage"))
    assert journal.get("p", "after-damage") is not None and journal.integrity_ok()
    assert journal.moved_aside is not None and journal.moved_aside.name.startswith("journal.sqlite3.damaged-")
    assert journal.moved_aside.read_bytes() == garbage  # kept as it was, for whoever wants to look
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(lines) == 1 and "damaged" in lines[0] and journal.moved_aside.name in lines[0], lines
    journal.close()


def test_the_agent_is_told_once(tmp_path: Path, qapp, monkeypatch):
    monkeypatch.setattr(journal_module, "MOVED_ASIDE", {})
    damage(default_data_dir() / "journal.sqlite3")
    missed = MissedCalls()  # the missed calls share the file and may open it first
    missed.close()
    notes = Notes()
    said: list[str] = []
    notes.notice.connect(said.append)
    notes.record(entry("c1"))
    notes.record(entry("c2"))
    notes.calls.flush(5)  # the calls are written by the journal writer's thread
    assert notes.journal.get("p", "c2") is not None
    assert len(said) == 1 and "damaged" in said[0] and "journal.sqlite3.damaged-" in said[0], said
    assert len(list(default_data_dir().glob("journal.sqlite3.damaged-*"))) == 1
    notes.close()
