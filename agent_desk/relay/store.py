"""The relay's event history: where published events are kept for replay, and how every replica
learns of them.

A :class:`History` appends the events a webhook produced and returns only once they are kept
(for ``sqlite:`` on disk, so a relay killed right after its 200 still has them); it answers a
desk's "everything after offset X" (:meth:`History.since`: None when the history no longer
reaches back that far) and runs :meth:`History.follow`, which hands every appended record, in
order, to the relay's desks. Memory and SQLite histories belong to one process; the Redis history
(:mod:`agent_desk.relay.redis_store`) is shared by every replica using the same stream.

``store`` in ``relay.toml``: ``memory`` (the default; a restart starts a new epoch),
``sqlite:PATH`` (kept across restarts; PATH relative to ``data_dir``) or
``redis://HOST:PORT/DB``. ``history`` bounds how many events are kept.
"""

from __future__ import annotations

import abc
import asyncio
import collections
import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agent_desk.errors import ConfigError
from agent_desk.relay.wire import Record, order

Deliver = Callable[[list[Record]], None]


def new_epoch() -> str:
    return secrets.token_hex(6)


class History(abc.ABC):
    """A bounded, ordered event history (see the module doc)."""

    epoch: str = ""
    kind: str = "memory"

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._pending: list[tuple[list[dict[str, Any]], asyncio.Future[list[Record]]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def open(self) -> None:  # noqa: B027 - a memory history has nothing to open
        """Connect or load; sets :attr:`epoch`."""

    async def close(self) -> None:  # noqa: B027 - nor anything to close
        """Release what :meth:`open` took."""

    def submit(self, events: list[dict[str, Any]]) -> asyncio.Future[list[Record]]:
        """Queue ``events`` to be kept, in the order of the calls; the future gives their records once
        they are kept. Groups submitted while a write is under way are written together by the next
        one (group commit: one transaction, one fsync or one round trip for all of them)."""
        future: asyncio.Future[list[Record]] = asyncio.get_running_loop().create_future()
        self._pending.append((events, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._drain(), name="relay-history-writer")
        return future

    async def append(self, events: list[dict[str, Any]]) -> list[Record]:
        """Keep ``events`` (in order) and return their records once they are kept."""
        return await self.submit(events)

    async def _finish_writes(self) -> None:
        """Let a write under way complete (before the store is closed)."""
        if self._writer is not None:
            await asyncio.gather(self._writer, return_exceptions=True)

    async def _drain(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                results = await self._append_groups([events for events, _ in batch])
            except Exception as exc:  # noqa: BLE001 - every waiting webhook gets the store's error
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), records in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(records)

    @abc.abstractmethod
    async def _append_groups(self, groups: list[list[dict[str, Any]]]) -> list[list[Record]]:
        """Keep every group's events, in order, at once; the records of each group."""

    @abc.abstractmethod
    async def since(self, offset: str) -> list[Record] | None:
        """Every record after ``offset``, oldest first; None when the history no longer reaches back."""

    @abc.abstractmethod
    async def head(self) -> str:
        """The newest record's offset (``"0"`` for an empty history)."""

    @abc.abstractmethod
    async def follow(self, deliver: Deliver) -> None:
        """Call ``deliver`` with every record appended from now on, in order, until cancelled."""


class _LocalHistory(History):
    """Shared by the one-process histories: appends reach :meth:`follow` through a queue."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self._appended: asyncio.Queue[list[Record]] = asyncio.Queue()

    async def follow(self, deliver: Deliver) -> None:
        while True:
            deliver(await self._appended.get())


class MemoryHistory(_LocalHistory):
    """The last ``limit`` events in this process; a new epoch at every start."""

    kind = "memory"

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.epoch = new_epoch()
        self._records: collections.deque[Record] = collections.deque(maxlen=limit)
        self._last = 0

    async def _append_groups(self, groups: list[list[dict[str, Any]]]) -> list[list[Record]]:
        results, now = [], time.time()
        for events in groups:
            records = []
            for event in events:
                self._last += 1
                records.append(Record(str(self._last), event, now))
            results.append(records)
            self._records.extend(records)
        self._appended.put_nowait([r for records in results for r in records])
        return results

    async def since(self, offset: str) -> list[Record] | None:
        return _since(list(self._records), offset, self._last)

    async def head(self) -> str:
        return str(self._last)


def _since(records: list[Record], offset: str, last: int) -> list[Record] | None:
    """Records after ``offset`` from a list holding every record after the oldest it keeps."""
    try:
        after = order(offset)[0]
    except ValueError:
        return None
    if after > last:
        return None  # a position from another history
    if after == last:
        return []
    if not records or int(records[0].offset) > after + 1:
        return None  # trimmed past the position
    return [r for r in records if int(r.offset) > after]


class SqliteHistory(_LocalHistory):
    """The last ``limit`` events in a SQLite file, written through (``synchronous=FULL``) before
    :meth:`append` returns; the epoch is the file's, so a restart resumes the same history."""

    kind = "sqlite"
    TRIM_EVERY = 100  # appends between trims

    def __init__(self, path: Path, limit: int) -> None:
        super().__init__(limit)
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._appends = 0
        self._last = 0

    async def open(self) -> None:
        await asyncio.to_thread(self._open)

    def _open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.execute(
                "CREATE TABLE IF NOT EXISTS events (offset INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL)"
            )
            db.execute("INSERT OR IGNORE INTO meta VALUES ('epoch', ?)", (new_epoch(),))
        except sqlite3.Error as exc:
            raise ConfigError(f"relay: store {self.path} cannot be opened: {exc}") from None
        self.epoch = db.execute("SELECT value FROM meta WHERE key = 'epoch'").fetchone()[0]
        row = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'events'").fetchone()
        self._last = row[0] if row else 0
        self._db = db

    async def close(self) -> None:
        await self._finish_writes()
        db, self._db = self._db, None
        if db is not None:
            with self._lock:
                db.close()

    def _write(self, bodies: list[str]) -> list[int]:
        assert self._db is not None
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                offsets = [db.execute("INSERT INTO events (body) VALUES (?)", (b,)).lastrowid or 0 for b in bodies]
                self._appends += 1
                if offsets and self._appends % self.TRIM_EVERY == 0:
                    db.execute("DELETE FROM events WHERE offset <= ?", (offsets[-1] - self.limit,))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return offsets

    async def _append_groups(self, groups: list[list[dict[str, Any]]]) -> list[list[Record]]:
        now = time.time()
        events = [event for group in groups for event in group]
        offsets = await asyncio.to_thread(self._write, [json.dumps(e, ensure_ascii=False) for e in events])
        records = [Record(str(o), e, now) for o, e in zip(offsets, events, strict=True)]
        if records:
            self._last = offsets[-1]
            self._appended.put_nowait(records)
        results, start = [], 0
        for group in groups:
            results.append(records[start : start + len(group)])
            start += len(group)
        return results

    def _read(self, after: int) -> list[Record]:
        assert self._db is not None
        with self._lock:
            rows = self._db.execute(
                "SELECT offset, body FROM events WHERE offset >= ? ORDER BY offset LIMIT ?",
                (max(after, self._last - self.limit), self.limit + 1),
            ).fetchall()
        return [Record(str(o), json.loads(b)) for o, b in rows]

    async def since(self, offset: str) -> list[Record] | None:
        try:
            after = order(offset)[0]
        except ValueError:
            return None
        if after >= self._last:
            return [] if after == self._last else None
        return _since(await asyncio.to_thread(self._read, after + 1), offset, self._last)

    async def head(self) -> str:
        return str(self._last)


def open_history(spec: str, limit: int, data_dir: Path, company: str = "default") -> History:
    """The history ``store`` names (not yet opened); ConfigError naming the field when it is wrong."""
    if spec == "memory":
        return MemoryHistory(limit)
    if spec.startswith("sqlite:"):
        path = Path(spec.removeprefix("sqlite:")).expanduser()
        if not str(path) or str(path) == ".":
            raise ConfigError("relay: store sqlite: needs a file name, e.g. sqlite:events.sqlite3")
        return SqliteHistory(path if path.is_absolute() else data_dir / path, limit)
    if spec.startswith(("redis://", "rediss://", "unix://")):
        from agent_desk.relay.redis_store import RedisHistory

        return RedisHistory(spec, limit, company)
    raise ConfigError(f"relay: store must be memory, sqlite:PATH or redis://HOST:PORT/DB, got '{spec}'")
