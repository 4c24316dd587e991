"""The journal's batching writer: calls and missed calls written on a thread of its own, in batches,
in order, each failure told for the writes it concerns."""

from __future__ import annotations

import datetime as dt
import threading

from agent_desk.journal import BATCH_MAX, Journal, JournalEntry, JournalWriter, Written
from agent_desk.missed import MissedCall, MissedCalls

T0 = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC)
CALLS = 1000


def entry(i: int, **kw) -> JournalEntry:
    return JournalEntry(
        profile="office", call_id=f"c{i}", direction="inbound", phone=f"09{i:08d}", customer=None, started_at=T0, **kw
    )


def missed(i: int) -> MissedCall:
    return MissedCall(profile="office", call_id=f"c{i}", phone=f"09{i:08d}", at=T0 + dt.timedelta(minutes=i))


def test_a_burst_is_written_in_batches_off_the_calling_thread_every_call_once(tmp_path):
    path = tmp_path / "journal.sqlite3"
    batches: list[list[Written]] = []
    threads: set[str] = set()
    release = threading.Event()

    def written(writes: list[Written]) -> None:
        threads.add(threading.current_thread().name)
        batches.append(writes)
        release.wait(10)  # the first batch holds the writer until everything is queued

    writer = JournalWriter(path, written)
    for i in range(CALLS):
        writer.record(entry(i))
        writer.record(entry(i, ended_at=T0, duration=0, outcome="missed"))
        writer.add_missed(missed(i))
    writer.add_missed(missed(0))  # the same call told twice
    writer.set_customer("office", "c7", "Lý Thị Mai")
    writer.set_customer("office", "never-recorded", "Nobody")
    release.set()
    assert writer.flush(30)
    writer.close()

    assert threads == {"journal-writer"}
    writes = [w for batch in batches for w in batch]
    assert len(writes) == 3 * CALLS + 3 and all(w.error is None for w in writes)
    assert len(batches) <= 2 + len(writes) // BATCH_MAX, "a burst is written in a few transactions"
    assert [w.call_id for w in writes if w.kind == "missed"] == [f"c{i}" for i in range(CALLS)] + ["c0"], "in order"
    assert [w.changed for w in writes if w.kind == "missed"][-1] is False, "a call already listed is not added again"
    assert [w.changed for w in writes if w.kind == "customer"] == [True, False]

    journal = Journal(path)
    entries = journal.search("office", limit=10 * CALLS)
    assert sorted(e.call_id for e in entries) == sorted(f"c{i}" for i in range(CALLS))
    assert all(e.outcome == "missed" for e in entries) and journal.get("office", "c7").customer == "Lý Thị Mai"
    assert MissedCalls(path).count("office") == CALLS


def test_writes_that_fail_are_told_each_and_flush_returns(tmp_path):
    (tmp_path / "file").write_text("not a directory")
    failures: list[Written] = []
    writer = JournalWriter(tmp_path / "file" / "journal.sqlite3", lambda writes: failures.extend(writes))
    writer.record(entry(1))
    writer.add_missed(missed(1))
    assert writer.flush(10)
    writer.close()
    assert [(w.kind, w.error.reason) for w in failures] == [("call", "io"), ("missed", "io")]


def test_close_writes_what_is_queued(tmp_path):
    path = tmp_path / "journal.sqlite3"
    writer = JournalWriter(path)
    for i in range(50):
        writer.record(entry(i))
    writer.close()
    writer.close()  # idempotent
    assert len(Journal(path).search("office", limit=100)) == 50
