"""The agent's call journal: every handled call with a note and a disposition, in local SQLite.

The database lives in the user's data dir (``journal.sqlite3``). It is written as the agent
types: :meth:`Journal.save_note` commits at once, in WAL mode with ``synchronous=FULL``, so a
note survives a crash or a power cut up to its last save. Entries are keyed by the provider's
call id (one row per call and profile); re-recording a call updates it without losing the note.
Each call keeps the outcome the core decided for it (``outcome``) and its after-call work in seconds
(``wrap_up``); a journal from before either gains the column when opened. Search is substring matching
over number, customer name, note and disposition, ignoring case and accents
(:func:`agent_desk.text.fold`: "ly thi mai" finds "Lý Thị Mai"); a number may be typed with spaces,
dots or dashes.

A damaged file (SQLite says it is corrupt or not a database) is moved aside when it is opened:
renamed ``journal.sqlite3.damaged-<UTC time>`` with its ``-wal``/``-shm`` files, one warning
logged, and a fresh journal started, so later calls are journaled again
(:attr:`Journal.moved_aside` names the kept file, for the app to tell the agent once).

SQLite and file-system failures reach callers that use :func:`journal_errors` as
:class:`~agent_desk.errors.JournalError`, whose ``reason`` says what the agent can do about it.

The journal writer is a subscriber of the session's call events of its own
(:func:`journal_calls`): every call on the agent's extension is recorded whether or not it popped.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import datetime as dt
import errno
import logging
import queue
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from agent_desk.config import default_data_dir, private_file
from agent_desk.errors import JournalError
from agent_desk.models import CallEvent, customer_phone
from agent_desk.phone import same_number_key
from agent_desk.text import fold

if TYPE_CHECKING:
    from agent_desk.missed import MissedCall, MissedCalls
    from agent_desk.session import Session

log = logging.getLogger(__name__)

_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)

SCHEMA = """
CREATE TABLE IF NOT EXISTS calls (
    profile      TEXT NOT NULL,
    call_id      TEXT NOT NULL,
    direction    TEXT NOT NULL,
    phone        TEXT,
    customer     TEXT,
    started_at   TEXT NOT NULL,
    answered_at  TEXT,
    ended_at     TEXT,
    duration     INTEGER,
    outcome      TEXT,
    wrap_up      INTEGER,
    note         TEXT NOT NULL DEFAULT '',
    disposition  TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (profile, call_id)
);
CREATE INDEX IF NOT EXISTS calls_started ON calls (profile, started_at DESC);
"""


@dataclasses.dataclass(slots=True)
class JournalEntry:
    profile: str
    call_id: str
    direction: str
    phone: str | None
    customer: str | None
    started_at: dt.datetime
    answered_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    duration: int | None = None
    note: str = ""
    disposition: str = ""
    outcome: str | None = None  # how the call ended (agent_desk.events.outcome), once known
    wrap_up: int | None = None  # seconds of after-call work, once it is over


#: How many call and flow ids the journal writer remembers (each maps to the journal id of its call).
IDS_KEPT = 2000


class CallWriter:
    """What the journal keeps of a stream of call events of one profile: each event becomes the
    :class:`JournalEntry` of its call, as far as the event tells (recording it again updates the
    row, keeping the note).

    A call is kept under the id of its first event; later events that name it by another id (a
    flow id, a transferred leg) update that same row. The end of a call the writer never saw start
    (a ``missed`` or ``cdr`` first) adds nothing. The last :data:`IDS_KEPT` ids are remembered.
    """

    def __init__(self) -> None:
        self._ids: collections.OrderedDict[str, str] = collections.OrderedDict()  # event id → journal id

    def entry(self, profile: str, event: CallEvent) -> JournalEntry | None:
        """The entry to record for ``event`` of ``profile``, or None (see the class doc)."""
        call_id = self._ids.get(event.call_id) or self._ids.get(event.flow_id or "")
        if call_id is None:
            if event.state in ("missed", "cdr"):
                return None  # the end of a call the journal never saw start
            call_id = event.call_id
        for known in (event.call_id, event.flow_id):
            if known:
                self._ids[known] = call_id
        while len(self._ids) > IDS_KEPT:
            self._ids.popitem(last=False)
        ended = event.state in ("hangup", "missed", "cdr")
        return JournalEntry(
            profile=profile,
            call_id=call_id,
            direction=event.direction,
            phone=customer_phone(event) or None,
            customer=None,
            started_at=event.at,
            answered_at=event.at if event.state == "answered" or event.outcome == "answered" else None,
            ended_at=event.at if ended else None,
            duration=event.duration if event.state != "missed" else None,
            outcome=event.outcome,
        )


def journal_calls(session: Session, record: Callable[[JournalEntry], None]) -> Callable[[], None]:
    """Make the journal writer a subscriber of ``session``'s call events: each event of a call on
    the agent's own extension becomes a :class:`CallWriter` entry, handed to ``record`` (e.g.
    :meth:`Journal.record_call`, or the GUI's ``Notes.record``), whether or not the call popped
    (an outbound call, one replayed after it ended).

    The session calls its subscribers in the order they subscribed: subscribed after the screen-pops,
    the write (which waits for the disk) happens once the pop is on screen. Returns the function
    that unsubscribes.
    """
    writer = CallWriter()

    def on_event(event: CallEvent, mine: bool) -> None:
        profile = session.profile
        if mine and profile is not None and (entry := writer.entry(profile.name, event)) is not None:
            record(entry)

    return session.subscribe(on_event=on_event)


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def _like(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with ``%`` and ``_`` taken literally."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


_SQLITE_REASONS = {sqlite3.SQLITE_FULL: "full", sqlite3.SQLITE_READONLY: "readonly", sqlite3.SQLITE_PERM: "readonly"}
_OS_REASONS = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EACCES: "readonly",
    errno.EPERM: "readonly",
    errno.EROFS: "readonly",
}


@contextlib.contextmanager
def journal_errors() -> Iterator[None]:
    """Turn SQLite and file-system errors inside the block into :class:`JournalError`."""
    try:
        yield
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        reason = _SQLITE_REASONS.get(code & 0xFF, "io") if code is not None else "io"
        raise JournalError(reason, str(exc)) from exc
    except OSError as exc:
        raise JournalError(_OS_REASONS.get(exc.errno or 0, "io"), exc.strerror or str(exc)) from exc


def open_database(path: Path, schema: str) -> sqlite3.Connection:
    """The data directory's SQLite file (created with its folder), in WAL mode with full syncs, ``schema``
    applied: the one way the journal, the missed calls and the callbacks open ``journal.sqlite3``. The folder
    is 0700 when created and the file 0600 (SQLite gives its -wal and -shm files the database's mode).
    A damaged file is moved aside (:func:`move_aside`) and a fresh one opened."""
    try:
        return _open(path, schema)
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF not in _DAMAGED:
            raise
        why = str(exc)
    kept = move_aside(path)
    log.warning("the journal %s was damaged (%s); it was kept as %s and a new one started", path, why, kept.name)
    return _open(path, schema)


def move_aside(path: Path) -> Path:
    """Rename the damaged database ``path`` (and its -wal and -shm files) with the UTC time; the new name."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).rename(kept.with_name(kept.name + suffix))
    path.rename(kept)
    MOVED_ASIDE[path] = kept
    return kept


#: damaged databases moved aside by this process: path → the name it was kept under
MOVED_ASIDE: dict[Path, Path] = {}


def _open(path: Path, schema: str) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    private_file(path)
    db = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    try:
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.executescript(schema)
    except BaseException:
        db.close()
        raise
    return db


class Journal:
    """One SQLite connection. Not thread-safe: use it from the thread that opened it."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_data_dir() / "journal.sqlite3"
        self._db = open_database(self.path, SCHEMA)
        #: where a damaged journal at ``path`` was kept when this process moved it aside, else None
        self.moved_aside: Path | None = MOVED_ASIDE.get(self.path)
        self._db.create_function("fold", 1, fold, deterministic=True)
        columns = {row["name"] for row in self._db.execute("PRAGMA table_info(calls)")}
        if "outcome" not in columns:  # a journal written before outcomes existed
            with contextlib.suppress(sqlite3.OperationalError):  # another process added it just now
                self._db.execute("ALTER TABLE calls ADD COLUMN outcome TEXT")
        if "wrap_up" not in columns:  # journals written before the wrap-up timer
            with contextlib.suppress(sqlite3.OperationalError):  # another process added it just now
                self._db.execute("ALTER TABLE calls ADD COLUMN wrap_up INTEGER")

    def close(self) -> None:
        self._db.close()

    def record_call(self, entry: JournalEntry) -> None:
        """Insert a call or update what is known about it; the note and disposition are kept."""
        self._db.execute(
            """INSERT INTO calls (profile, call_id, direction, phone, customer, started_at, answered_at,
                                  ended_at, duration, outcome, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (profile, call_id) DO UPDATE SET
                   direction = excluded.direction,
                   phone = COALESCE(excluded.phone, phone),
                   customer = COALESCE(excluded.customer, customer),
                   answered_at = COALESCE(excluded.answered_at, answered_at),
                   ended_at = COALESCE(excluded.ended_at, ended_at),
                   duration = COALESCE(excluded.duration, duration),
                   outcome = COALESCE(excluded.outcome, outcome),
                   updated_at = excluded.updated_at""",
            (
                entry.profile,
                entry.call_id,
                entry.direction,
                entry.phone,
                entry.customer,
                _iso(entry.started_at),
                _iso(entry.answered_at),
                _iso(entry.ended_at),
                entry.duration,
                entry.outcome,
                _now(),
            ),
        )

    def save_note(self, profile: str, call_id: str, note: str, disposition: str | None = None) -> None:
        """Store the note (and disposition) now, durably. The call must have been recorded."""
        if disposition is None:
            cursor = self._db.execute(
                "UPDATE calls SET note = ?, updated_at = ? WHERE profile = ? AND call_id = ?",
                (note, _now(), profile, call_id),
            )
        else:
            cursor = self._db.execute(
                "UPDATE calls SET note = ?, disposition = ?, updated_at = ? WHERE profile = ? AND call_id = ?",
                (note, disposition, _now(), profile, call_id),
            )
        if cursor.rowcount == 0:
            raise KeyError(f"call {call_id} is not in the journal")

    def set_wrap_up(self, profile: str, call_id: str, seconds: int) -> None:
        """Store how long the call's after-call work took. The call must have been recorded."""
        cursor = self._db.execute(
            "UPDATE calls SET wrap_up = ?, updated_at = ? WHERE profile = ? AND call_id = ?",
            (seconds, _now(), profile, call_id),
        )
        if cursor.rowcount == 0:
            raise KeyError(f"call {call_id} is not in the journal")

    def get(self, profile: str, call_id: str) -> JournalEntry | None:
        row = self._db.execute("SELECT * FROM calls WHERE profile = ? AND call_id = ?", (profile, call_id)).fetchone()
        return self._entry(row) if row else None

    def search(self, profile: str, text: str = "", limit: int = 200) -> list[JournalEntry]:
        """Newest first; ``text`` matches number, customer, note or disposition (case and accents ignored)."""
        text = text.strip()
        digits = re.sub(r"[\s().\-]", "", text)
        number = _like(digits if re.fullmatch(r"\+?\d+", digits) else text)
        pattern = _like(fold(text))
        rows = self._db.execute(
            r"""SELECT * FROM calls WHERE profile = ? AND (
                   ? = '' OR phone LIKE ? ESCAPE '\' OR fold(customer) LIKE ? ESCAPE '\'
                   OR fold(note) LIKE ? ESCAPE '\' OR fold(disposition) LIKE ? ESCAPE '\')
               ORDER BY started_at DESC LIMIT ?""",
            (profile, text, number, pattern, pattern, pattern, limit),
        ).fetchall()
        return [self._entry(row) for row in rows]

    def near(
        self, profile: str, direction: str, phone: str | None, at: dt.datetime, seconds: float
    ) -> JournalEntry | None:
        """A call in ``direction`` with the same number (any spelling) that started within ``seconds`` of ``at``."""
        wanted = same_number_key(phone)
        if not wanted:
            return None
        low, high = at - dt.timedelta(days=1), at + dt.timedelta(days=1)  # ISO texts of mixed offsets: widen
        rows = self._db.execute(
            "SELECT * FROM calls WHERE profile = ? AND started_at BETWEEN ? AND ?",
            (profile, low.astimezone(dt.UTC).isoformat()[:10], high.isoformat()),
        ).fetchall()
        for row in rows:
            entry = self._entry(row)
            if (
                entry.direction == direction
                and same_number_key(entry.phone) == wanted
                and abs((entry.started_at - at).total_seconds()) <= seconds
            ):
                return entry
        return None

    def integrity_ok(self) -> bool:
        return bool(self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    @staticmethod
    def _entry(row: sqlite3.Row) -> JournalEntry:
        return JournalEntry(
            profile=row["profile"],
            call_id=row["call_id"],
            direction=row["direction"],
            phone=row["phone"],
            customer=row["customer"],
            started_at=_parse(row["started_at"]),  # type: ignore[arg-type]
            answered_at=_parse(row["answered_at"]),
            ended_at=_parse(row["ended_at"]),
            duration=row["duration"],
            note=row["note"],
            disposition=row["disposition"],
            outcome=row["outcome"],
            wrap_up=row["wrap_up"],
        )


BATCH_MAX = 500  # writes taken from the queue into one transaction at most


@dataclasses.dataclass(slots=True)
class Written:
    """One write done by a :class:`JournalWriter`: ``kind`` is ``"call"`` (``item`` a JournalEntry),
    ``"customer"`` (``item`` the name) or ``"missed"`` (``item`` a MissedCall); ``changed`` is False for a
    missed call already on the list or a customer name for a call not in the journal; ``error`` when it failed."""

    kind: str
    profile: str
    call_id: str
    item: object
    changed: bool = True
    error: JournalError | None = None


class JournalWriter:
    """The journal's and the missed list's writes, in batches, on a thread of its own.

    :meth:`record`, :meth:`set_customer` and :meth:`add_missed` queue a write and return at once (the
    GUI thread never waits for the disk). The writer thread has its own connections (:class:`Journal`
    and :class:`~agent_desk.missed.MissedCalls`, opened on its first write): it takes everything
    queued (up to :data:`BATCH_MAX`), writes it in one transaction per table set, so a burst of
    calls costs one fsync per batch instead of one per call, and then hands the batch's
    :class:`Written` list to ``on_written`` — in the writer thread (a Qt caller re-emits it as a
    signal, which Qt delivers in the GUI thread). When a batch's transaction fails, each write is
    tried alone, so a failure is reported for the writes it concerns. Writes are done in the order
    queued. :meth:`flush` waits until what was queued before it is written; :meth:`close` writes
    what is queued and ends the thread.
    """

    def __init__(self, path: Path, on_written: Callable[[list[Written]], None] = lambda written: None) -> None:
        self.path = path
        self._on_written = on_written
        self._queue: queue.SimpleQueue[Written | None] = queue.SimpleQueue()
        self._done = threading.Condition()
        self._queued = 0
        self._written = 0
        self._journal: Journal | None = None  # the writer thread's connections, opened on its first write
        self._missed: MissedCalls | None = None
        self._thread = threading.Thread(target=self._run, name="journal-writer", daemon=True)
        self._thread.start()

    def record(self, entry: JournalEntry) -> None:
        """Insert or update a call (as :meth:`Journal.record_call`)."""
        self._put(Written("call", entry.profile, entry.call_id, entry))

    def set_customer(self, profile: str, call_id: str, name: str) -> None:
        """Name the customer of a recorded call (nothing when the call is not in the journal)."""
        self._put(Written("customer", profile, call_id, name))

    def add_missed(self, call: MissedCall) -> None:
        """Put a call on the missed list (as :meth:`~agent_desk.missed.MissedCalls.add`)."""
        self._put(Written("missed", call.profile, call.call_id, call))

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every write queued so far is done; False when ``timeout`` seconds passed first."""
        with self._done:
            wanted = self._queued
            return self._done.wait_for(lambda: self._written >= wanted, timeout)

    def close(self) -> None:
        """Write what is queued, then end the thread (idempotent)."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def _put(self, write: Written) -> None:
        with self._done:
            self._queued += 1
        self._queue.put(write)

    # ------------------------------------------------------------------ the writer thread
    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < BATCH_MAX:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            writes = [write for write in batch if write is not None]
            if writes:
                self._write_batch(writes)
                try:
                    self._on_written(writes)
                except Exception:  # a listener's bug must not stop the writes
                    log.exception("a journal write listener failed")
                with self._done:
                    self._written += len(writes)
                    self._done.notify_all()
            if None in batch:
                for store in (self._journal, self._missed):
                    if store is not None:
                        store.close()
                return

    def _write_batch(self, writes: list[Written]) -> None:
        try:
            with journal_errors():
                journal, missed = self._stores()
                for db, kinds in ((journal._db, ("call", "customer")), (missed._db, ("missed",))):
                    mine = [write for write in writes if write.kind in kinds]
                    if not mine:
                        continue
                    db.execute("BEGIN IMMEDIATE")
                    try:
                        for write in mine:
                            self._apply(journal, missed, write)
                        db.execute("COMMIT")
                    except BaseException:
                        db.execute("ROLLBACK")
                        raise
            return
        except JournalError:
            pass
        for write in writes:  # the batch failed: each write alone, so each failure is told
            try:
                with journal_errors():
                    self._apply(*self._stores(), write)
            except JournalError as exc:
                write.error = exc

    def _stores(self) -> tuple[Journal, MissedCalls]:
        """The writer thread's own connections, opened on first use."""
        if self._journal is None:
            self._journal = Journal(self.path)
        if self._missed is None:
            from agent_desk.missed import MissedCalls  # missed.py imports this module

            self._missed = MissedCalls(self.path)
        return self._journal, self._missed

    @staticmethod
    def _apply(journal: Journal, missed: MissedCalls, write: Written) -> None:
        if write.kind == "call":
            assert isinstance(write.item, JournalEntry)
            journal.record_call(write.item)
        elif write.kind == "customer":
            entry = journal.get(write.profile, write.call_id)
            write.changed = entry is not None
            if entry is not None:
                entry.customer = str(write.item)
                journal.record_call(entry)
        else:
            write.changed = missed.add(write.item)  # type: ignore[arg-type]
