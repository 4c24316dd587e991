"""Desk tokens: who may connect to the relay, and which calls each connection sees.

``agent-desk relay token add EXTENSION [--supervisor]`` makes a token (32 random bytes, URL-safe)
and keeps only its SHA-256 with the token's short ``id``, extension and role: in
``data_dir/tokens.sqlite3`` for the memory and SQLite stores, in a Redis hash with a ``redis://``
store so that every replica knows it. Every check reads the book again, so a running relay accepts
a new token and drops a revoked one without a restart.
"""

from __future__ import annotations

import abc
import asyncio
import dataclasses
import datetime as dt
import hashlib
import json
import re
import secrets
import sqlite3
from pathlib import Path

from agent_desk.errors import ConfigError

EXTENSION = re.compile(r"^[0-9A-Za-z_.+*#-]{1,32}$")


@dataclasses.dataclass(frozen=True, slots=True)
class Grant:
    """What one token allows: the calls of ``extension``, or every call for a supervisor."""

    id: str
    extension: str
    supervisor: bool
    created: str

    def to_json(self) -> dict[str, object]:
        return dataclasses.asdict(self)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_grant(extension: str, supervisor: bool) -> tuple[Grant, str]:
    """A fresh grant and its token; ConfigError for an extension that is not one."""
    if not EXTENSION.match(extension):
        raise ConfigError(f"relay token: '{extension}' is not an extension (digits or letters, at most 32)")
    now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")  # orders two grants of one second
    return Grant(secrets.token_hex(4), extension, supervisor, now), secrets.token_urlsafe(32)


class TokenBook(abc.ABC):
    """Where the grants are kept (see the module doc)."""

    @abc.abstractmethod
    async def add(self, extension: str, supervisor: bool = False) -> tuple[Grant, str]:
        """A new grant and its token (the token is never kept, only its hash)."""

    @abc.abstractmethod
    async def grants(self) -> list[Grant]:
        """Every grant, oldest first."""

    @abc.abstractmethod
    async def revoke(self, grant_id: str) -> bool:
        """Drop a grant; False when there is none with that id."""

    @abc.abstractmethod
    async def check(self, token: str) -> Grant | None:
        """The grant of ``token``, or None for an unknown or revoked one."""

    async def close(self) -> None:  # noqa: B027 - a file book holds no connection
        """Release connections."""


class SqliteTokenBook(TokenBook):
    """Grants in ``tokens.sqlite3`` (mode 0600) in the relay's data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "tokens.sqlite3"

    def _db(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.touch(mode=0o600, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=5, isolation_level=None)
            db.execute(
                "CREATE TABLE IF NOT EXISTS grants (id TEXT PRIMARY KEY, hash TEXT UNIQUE NOT NULL,"
                " extension TEXT NOT NULL, supervisor INTEGER NOT NULL, created TEXT NOT NULL)"
            )
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(f"relay: the token book {self.path} cannot be opened: {exc}") from None
        return db

    def _run(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        db = self._db()
        try:
            cursor = db.execute(sql, args)
            return cursor.fetchall() if cursor.description else [(cursor.rowcount,)]
        finally:
            db.close()

    async def add(self, extension: str, supervisor: bool = False) -> tuple[Grant, str]:
        grant, token = new_grant(extension, supervisor)
        await asyncio.to_thread(
            self._run,
            "INSERT INTO grants VALUES (?, ?, ?, ?, ?)",
            (grant.id, token_hash(token), grant.extension, int(grant.supervisor), grant.created),
        )
        return grant, token

    async def grants(self) -> list[Grant]:
        rows = await asyncio.to_thread(
            self._run, "SELECT id, extension, supervisor, created FROM grants ORDER BY created, id"
        )
        return [Grant(str(i), str(e), bool(s), str(c)) for i, e, s, c in rows]

    async def revoke(self, grant_id: str) -> bool:
        rows = await asyncio.to_thread(self._run, "DELETE FROM grants WHERE id = ?", (grant_id,))
        return bool(rows[0][0])

    async def check(self, token: str) -> Grant | None:
        rows = await asyncio.to_thread(
            self._run, "SELECT id, extension, supervisor, created FROM grants WHERE hash = ?", (token_hash(token),)
        )
        return Grant(str(rows[0][0]), str(rows[0][1]), bool(rows[0][2]), str(rows[0][3])) if rows else None


def grant_from_json(text: str | bytes) -> Grant:
    data = json.loads(text)
    return Grant(str(data["id"]), str(data["extension"]), bool(data["supervisor"]), str(data["created"]))
