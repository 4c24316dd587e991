"""Missed calls the agent has not dealt with yet, and how far back the journal is complete.

Both live in the journal's SQLite file (their own tables, their own connection; WAL lets the
desk and ``agent-desk missed`` use the file at once):

* ``missed``: one row per missed call of a profile, until it is *handled* — called back (any
  click-to-call to its number) or dismissed. :meth:`MissedCalls.add` absorbs the same call told
  twice (by its id, or by the same number within :data:`SAME_CALL_SECONDS`: a live ``missed``
  event and the PBX's CDR of the same call may carry different ids).
* ``coverage``: per profile, the moment up to which every call is known (``covered_until``). A
  desk moves it on while its call events are up (:meth:`MissedCalls.heard`); a catch-up from the
  PBX's call history moves it to the end of the window it read
  (:mod:`agent_desk.catchup`). The gap since then is what a catch-up has to read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from agent_desk.config import default_data_dir
from agent_desk.journal import open_database
from agent_desk.models import CallEvent, customer_phone
from agent_desk.phone import same_number_key

SCHEMA = """
CREATE TABLE IF NOT EXISTS missed (
    profile     TEXT NOT NULL,
    call_id     TEXT NOT NULL,
    phone       TEXT,
    at          TEXT NOT NULL,
    at_unix     REAL NOT NULL,
    extension   TEXT,
    customer    TEXT,
    handled     TEXT NOT NULL DEFAULT '',
    handled_at  TEXT,
    PRIMARY KEY (profile, call_id)
);
CREATE INDEX IF NOT EXISTS missed_open ON missed (profile, handled, at_unix DESC);
CREATE TABLE IF NOT EXISTS coverage (
    profile        TEXT PRIMARY KEY,
    covered_until  REAL NOT NULL
);
"""

#: A missed call told twice with different ids (event and CDR): same number, this close in time.
SAME_CALL_SECONDS = 30.0
OPEN_LIMIT = 500  # the newest calls not handled yet that :meth:`MissedCalls.open` reads
CALLED_BACK, DISMISSED = "called_back", "dismissed"


@dataclasses.dataclass(slots=True)
class MissedCall:
    """One missed call. ``handled`` is '' while it waits, else ``called_back`` or ``dismissed``."""

    profile: str
    call_id: str
    phone: str | None
    at: dt.datetime
    extension: str | None = None
    customer: str | None = None
    handled: str = ""

    def to_json(self) -> dict[str, Any]:
        """The ``agent-desk missed --json`` object."""
        return {
            "call_id": self.call_id,
            "phone": self.phone,
            "at": self.at.isoformat(),
            "extension": self.extension,
            "customer": self.customer,
        }


def missed_call(event: CallEvent, profile: str, customer: str | None = None) -> MissedCall | None:
    """The missed-list entry for one of the agent's call events, or None: the core's outcome decides
    (``missed``, also on a hangup nobody answered); an event without an outcome counts when its
    state is ``missed``."""
    if event.outcome != "missed" and (event.outcome is not None or event.state != "missed"):
        return None
    return MissedCall(
        profile=profile,
        call_id=event.call_id,
        phone=customer_phone(event) or None,
        at=event.at,
        extension=event.extension,
        customer=customer,
    )


class MissedCalls:
    """The two tables, on one SQLite connection. Not thread-safe: use it from the thread that opened it."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_data_dir() / "journal.sqlite3"
        self._db = open_database(self.path, SCHEMA)

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------------ missed calls
    def add(self, call: MissedCall) -> bool:
        """Keep a missed call; False when it is already known (same id, or same number and time)."""
        if self._known(call):
            if call.customer:
                self._db.execute(
                    "UPDATE missed SET customer = COALESCE(customer, ?) WHERE profile = ? AND call_id = ?",
                    (call.customer, call.profile, call.call_id),
                )
            return False
        self._db.execute(
            """INSERT INTO missed (profile, call_id, phone, at, at_unix, extension, customer, handled)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                call.profile,
                call.call_id,
                call.phone,
                call.at.isoformat(),
                call.at.timestamp(),
                call.extension,
                call.customer,
                call.handled,
            ),
        )
        return True

    def _known(self, call: MissedCall) -> bool:
        if self._db.execute(
            "SELECT 1 FROM missed WHERE profile = ? AND call_id = ?", (call.profile, call.call_id)
        ).fetchone():
            return True
        stamp = call.at.timestamp()
        rows = self._db.execute(
            "SELECT phone FROM missed WHERE profile = ? AND at_unix BETWEEN ? AND ?",
            (call.profile, stamp - SAME_CALL_SECONDS, stamp + SAME_CALL_SECONDS),
        ).fetchall()
        key = same_number_key(call.phone)
        return bool(key) and any(same_number_key(row["phone"]) == key for row in rows)

    def open(self, profile: str, *, since: dt.datetime | None = None, limit: int = OPEN_LIMIT) -> list[MissedCall]:
        """The calls not handled yet, newest first (from ``since`` on, when given)."""
        floor = since.timestamp() if since else float("-inf")
        rows = self._db.execute(
            """SELECT * FROM missed WHERE profile = ? AND handled = '' AND at_unix >= ?
               ORDER BY at_unix DESC LIMIT ?""",
            (profile, floor, limit),
        ).fetchall()
        return [self._call(row) for row in rows]

    def name(self, profile: str, phone: str, customer: str) -> int:
        """Give the calls from ``phone`` that have no customer name this one; how many."""
        key = same_number_key(phone)
        rows = self._db.execute(
            "SELECT call_id, phone FROM missed WHERE profile = ? AND customer IS NULL", (profile,)
        ).fetchall()
        ids = [row["call_id"] for row in rows if key and same_number_key(row["phone"]) == key]
        for call_id in ids:
            self._db.execute(
                "UPDATE missed SET customer = ? WHERE profile = ? AND call_id = ?", (customer, profile, call_id)
            )
        return len(ids)

    def count(self, profile: str) -> int:
        """How many missed calls of ``profile`` wait."""
        return int(
            self._db.execute("SELECT COUNT(*) FROM missed WHERE profile = ? AND handled = ''", (profile,)).fetchone()[0]
        )

    def dismiss(self, profile: str, call_id: str) -> bool:
        """Mark one call handled by dismissing it; False when it was not waiting."""
        cursor = self._db.execute(
            "UPDATE missed SET handled = ?, handled_at = ? WHERE profile = ? AND call_id = ? AND handled = ''",
            (DISMISSED, _now(), profile, call_id),
        )
        return cursor.rowcount > 0

    def called_back(self, profile: str, phone: str) -> int:
        """Mark every waiting call from ``phone`` handled (the agent called the number); how many."""
        key = same_number_key(phone)
        if not key:
            return 0
        ids = [
            row["call_id"]
            for row in self._db.execute(
                "SELECT call_id, phone FROM missed WHERE profile = ? AND handled = ''", (profile,)
            ).fetchall()
            if same_number_key(row["phone"]) == key
        ]
        for call_id in ids:
            self._db.execute(
                "UPDATE missed SET handled = ?, handled_at = ? WHERE profile = ? AND call_id = ?",
                (CALLED_BACK, _now(), profile, call_id),
            )
        return len(ids)

    @staticmethod
    def _call(row: sqlite3.Row) -> MissedCall:
        return MissedCall(
            profile=row["profile"],
            call_id=row["call_id"],
            phone=row["phone"],
            at=dt.datetime.fromisoformat(row["at"]),
            extension=row["extension"],
            customer=row["customer"],
            handled=row["handled"],
        )

    # ------------------------------------------------------------------ coverage
    def covered_until(self, profile: str) -> float | None:
        """The Unix time up to which every call of ``profile`` is known (None: never listened)."""
        row = self._db.execute("SELECT covered_until FROM coverage WHERE profile = ?", (profile,)).fetchone()
        return row[0] if row else None

    def heard(self, profile: str, when: float) -> None:
        """Every call up to ``when`` is known (events were up, or a catch-up read that far)."""
        self._db.execute(
            """INSERT INTO coverage (profile, covered_until) VALUES (?, ?)
               ON CONFLICT (profile) DO UPDATE SET covered_until = MAX(covered_until, excluded.covered_until)""",
            (profile, when),
        )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()
