"""The call writer of the desk's :class:`Notes` outlives it safely: a batch written after the Notes
object went (deleted at teardown while its writer thread was still busy) is published to nobody, and
not emitted on a deleted Qt object ("a journal write listener failed: Signal source has been deleted")."""

from __future__ import annotations

import datetime as dt
import logging
import threading

import shiboken6

from agent_desk.journal import Journal, JournalEntry, JournalWriter
from agent_desk.ui.journal.notes import Notes


def test_a_batch_written_after_the_notes_went_is_published_to_nobody(qapp, monkeypatch, caplog):
    entered, release = threading.Event(), threading.Event()
    write_batch = JournalWriter._write_batch

    def held(self, writes):  # the writer thread is busy when the Notes object goes
        entered.set()
        release.wait(10)
        write_batch(self, writes)

    monkeypatch.setattr(JournalWriter, "_write_batch", held)
    notes = Notes()
    heard = []
    notes.written.connect(heard.append)
    notes.record(JournalEntry("p", "c1", "inbound", "0901234567", None, dt.datetime.now(dt.UTC)))
    writer = notes.calls
    assert entered.wait(10)
    path = notes.journal.path
    shiboken6.delete(notes)
    with caplog.at_level(logging.ERROR, logger="agent_desk.journal"):
        release.set()
        assert writer.flush(10)
    assert not [r for r in caplog.records if "listener failed" in r.getMessage()]
    qapp.processEvents()
    assert heard == []
    writer.close()
    assert Journal(path).get("p", "c1") is not None  # the write itself was done
