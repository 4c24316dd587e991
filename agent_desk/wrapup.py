"""After-call work: the wrap-up timer setting, and the callbacks a disposition schedules.

Profile settings (in the profile's table; wrong values are a :class:`~agent_desk.errors.ConfigError`
naming the field):

* ``wrap_up`` — seconds of after-call work after each call (0, the default: none). The call card
  counts them down beside the disposition picker; the journal keeps how long the wrap-up took.
* ``callback_dispositions`` — the wrap-up codes that schedule a callback (each one of
  ``dispositions``). Default: the codes that say "call back" (``Call back``, ``Hẹn gọi lại``...;
  compared with accents and case folded).

:class:`Callbacks` keeps the scheduled callbacks in the journal's SQLite file (table
``callbacks``, one per call): :meth:`Callbacks.due` gives those whose time came and that were not
reminded yet; a callback is done when the agent calls the number (or dismisses it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from agent_desk.config import Profile, default_data_dir
from agent_desk.errors import ConfigError
from agent_desk.journal import open_database
from agent_desk.phone import same_number_key
from agent_desk.text import fold

MAX_WRAP_UP = 3600
_CALL_BACK_WORDS = ("call back", "callback", "goi lai")

SCHEMA = """
CREATE TABLE IF NOT EXISTS callbacks (
    profile    TEXT NOT NULL,
    call_id    TEXT NOT NULL,
    phone      TEXT NOT NULL,
    customer   TEXT,
    due_unix   REAL NOT NULL,
    reminded   INTEGER NOT NULL DEFAULT 0,
    done       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (profile, call_id)
);
CREATE INDEX IF NOT EXISTS callbacks_due ON callbacks (profile, done, due_unix);
"""


def wrap_up_seconds(profile: Profile) -> int:
    """The profile's ``wrap_up`` (seconds, 0 for none)."""
    value: Any = profile.extra.get("wrap_up", 0)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_WRAP_UP:
        raise ConfigError(f"profile '{profile.name}': wrap_up must be whole seconds from 0 to {MAX_WRAP_UP}")
    return value


def callback_codes(profile: Profile) -> list[str]:
    """The dispositions that schedule a callback (see the module doc)."""
    value: Any = profile.extra.get("callback_dispositions")
    if value is None:
        return [code for code in profile.dispositions if any(w in fold(code) for w in _CALL_BACK_WORDS)]
    if not isinstance(value, list) or any(not isinstance(v, str) or v not in profile.dispositions for v in value):
        raise ConfigError(f"profile '{profile.name}': callback_dispositions must be a list of its dispositions")
    return list(value)


@dataclasses.dataclass(slots=True)
class Callback:
    """A call back the agent promised: whom, when, and from which call."""

    profile: str
    call_id: str
    phone: str
    due: dt.datetime
    customer: str | None = None


class Callbacks:
    """The ``callbacks`` table on its own SQLite connection (same thread as its user)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_data_dir() / "journal.sqlite3"
        self._db = open_database(self.path, SCHEMA)

    def close(self) -> None:
        self._db.close()

    def schedule(self, callback: Callback) -> None:
        """Schedule (or move) the callback of a call; it will be reminded at its time."""
        self._db.execute(
            """INSERT INTO callbacks (profile, call_id, phone, customer, due_unix) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (profile, call_id) DO UPDATE SET phone = excluded.phone,
                   customer = COALESCE(excluded.customer, customer), due_unix = excluded.due_unix,
                   reminded = 0, done = 0""",
            (callback.profile, callback.call_id, callback.phone, callback.customer, callback.due.timestamp()),
        )

    def get(self, profile: str, call_id: str) -> Callback | None:
        row = self._db.execute(
            "SELECT * FROM callbacks WHERE profile = ? AND call_id = ? AND done = 0", (profile, call_id)
        ).fetchone()
        return self._callback(row) if row else None

    def due(self, profile: str, now: float) -> list[Callback]:
        """Callbacks whose time has come and that are not done, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM callbacks WHERE profile = ? AND done = 0 AND due_unix <= ? ORDER BY due_unix",
            (profile, now),
        ).fetchall()
        return [self._callback(row) for row in rows]

    def to_remind(self, profile: str, now: float) -> list[Callback]:
        """The due callbacks not reminded yet; they count as reminded from now on."""
        rows = self._db.execute(
            """SELECT * FROM callbacks WHERE profile = ? AND done = 0 AND reminded = 0 AND due_unix <= ?
               ORDER BY due_unix""",
            (profile, now),
        ).fetchall()
        for row in rows:
            self._db.execute(
                "UPDATE callbacks SET reminded = 1 WHERE profile = ? AND call_id = ?", (profile, row["call_id"])
            )
        return [self._callback(row) for row in rows]

    def called(self, profile: str, phone: str) -> int:
        """The agent called ``phone``: its due callbacks are done; how many."""
        key = same_number_key(phone)
        rows = self._db.execute(
            "SELECT call_id, phone FROM callbacks WHERE profile = ? AND done = 0 AND due_unix <= ?",
            (profile, dt.datetime.now(dt.UTC).timestamp()),
        ).fetchall()
        ids = [row["call_id"] for row in rows if key and same_number_key(row["phone"]) == key]
        for call_id in ids:
            self.dismiss(profile, call_id)
        return len(ids)

    def dismiss(self, profile: str, call_id: str) -> bool:
        cursor = self._db.execute(
            "UPDATE callbacks SET done = 1 WHERE profile = ? AND call_id = ? AND done = 0", (profile, call_id)
        )
        return cursor.rowcount > 0

    @staticmethod
    def _callback(row: sqlite3.Row) -> Callback:
        return Callback(
            profile=row["profile"],
            call_id=row["call_id"],
            phone=row["phone"],
            due=dt.datetime.fromtimestamp(row["due_unix"], dt.UTC),
            customer=row["customer"],
        )
