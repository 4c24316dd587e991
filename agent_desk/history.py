"""Call history as the GUI browses it: one search, paged with the provider's cursor, and CSV export.

:func:`make_query` turns the History tab's filters into a :class:`~agent_desk.models.HistoryQuery`
(the phone number normalized as the PBX wants it; days are days in Vietnam time, :data:`~agent_desk.models.PBX_TZ`,
as the PBXs search them). A :class:`HistorySearch` holds one search:
each :meth:`HistorySearch.fetch` asks the provider for the next page with the cursor the previous
page returned (a page number or a scroll id: the provider's business) and keeps what came back.
A record that arrives twice (page-numbered lists shift when a new call lands between two pages)
is kept once. The search is over when a page comes back without ``next_cursor``.

:func:`write_csv` writes records as UTF-8 with a byte-order mark, which spreadsheet programs need
to read Vietnamese text; one row per record, columns :data:`CSV_COLUMNS`, times in ISO-8601.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from agent_desk.errors import ConfigError
from agent_desk.models import CdrPage, CdrRecord, HistoryQuery, pbx_today
from agent_desk.phone import dial_string

if TYPE_CHECKING:
    from agent_desk.providers.base import Provider

DEFAULT_DAYS = 30

CSV_COLUMNS = (
    "started_at",
    "direction",
    "phone",
    "caller",
    "callee",
    "extension",
    "status",
    "duration",
    "billsec",
    "recording",
    "call_id",
    "queue",
)


class InvalidRange(ConfigError):
    """The first day of a search is after its last day."""


def default_range(now: dt.datetime | None = None) -> tuple[dt.date, dt.date]:
    """The days a new search covers: the last :data:`DEFAULT_DAYS` days, today included, in PBX time."""
    today = pbx_today(now)
    return today - dt.timedelta(days=DEFAULT_DAYS - 1), today


def make_query(
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    phone: str = "",
    direction: str | None = None,
    status: str | None = None,
    extension: str | None = None,
    limit: int = 50,
) -> HistoryQuery:
    """A first-page query from the filters; InvalidRange or :class:`~agent_desk.phone.InvalidNumber`
    (saying why) for filters no search can satisfy."""
    if start and end and start > end:
        raise InvalidRange(f"the first day ({start.isoformat()}) is after the last day ({end.isoformat()})")
    return HistoryQuery(
        start=start,
        end=end,
        phone=dial_string(phone) if phone.strip() else None,
        direction=direction or None,
        status=status or None,
        extension=extension or None,
        limit=limit,
    )


class HistorySearch:
    """The pages of one search loaded so far. Not thread-safe; one fetch at a time."""

    def __init__(self, query: HistoryQuery) -> None:
        self.query = query
        self.records: list[CdrRecord] = []
        self.total: int | None = None
        self.pages = 0
        self._cursor = query.cursor
        self._seen: set[str] = set()

    @property
    def finished(self) -> bool:
        """True once the last page is in."""
        return self.pages > 0 and self._cursor is None

    async def fetch(self, provider: Provider) -> list[CdrRecord]:
        """Load the next page; returns the records it added (typed core errors propagate)."""
        if self.finished:
            return []
        page = await provider.history(dataclasses.replace(self.query, cursor=self._cursor))
        return self.add(page)

    def add(self, page: CdrPage) -> list[CdrRecord]:
        """Take in one page: new records are appended, the cursor and total move on."""
        fresh = [r for r in page.records if not r.call_id or r.call_id not in self._seen]
        self._seen.update(r.call_id for r in fresh if r.call_id)
        self.records.extend(fresh)
        self.pages += 1
        self.total = page.total
        self._cursor = page.next_cursor
        return fresh


def _csv_row(record: CdrRecord) -> list[object]:
    started = record.started_at.isoformat() if record.started_at else ""
    values = [
        started,
        record.direction,
        record.phone,
        record.caller,
        record.callee,
        record.extension,
        record.status,
        record.duration,
        record.billsec,
        record.recording,
        record.call_id,
        record.queue,
    ]
    return ["" if v is None else v for v in values]


def write_csv(records: Iterable[CdrRecord], path: Path | str) -> int:
    """Write ``records`` to ``path`` (replacing it); returns how many rows were written.

    The file is written next to its destination and moved into place, so a failed export never
    leaves half a file where an earlier export was. OSError propagates.
    """
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    count = 0
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(CSV_COLUMNS)
            for record in records:
                writer.writerow(_csv_row(record))
                count += 1
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
