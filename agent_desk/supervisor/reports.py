"""Call reports: a day or a range's figures overall, per agent and per queue.

Where the PBX has a report API (OnePOS ``/report/summary|by-agent|by-queue``) the figures are
its own; elsewhere (TEL4VN, TEL4VN PBX, oapi) :func:`compute` makes them from the call history
(CDRs), with these definitions:

* **offered**: inbound calls; **answered** / **missed**: inbound calls answered or not;
  **answer rate**: answered / offered (None with no inbound call);
* **wait**: from the call's start to its answer, or to its end for a call nobody answered;
  **average wait** over answered inbound calls, **longest wait** over all inbound calls;
* **talk time**: the answered calls' billed seconds (from answer to end), in both directions;
* per agent: every call on the agent's extension, both directions (``calls``), answered and not;
* per queue: the inbound calls whose CDR names a queue.

:func:`fetch_report` picks the source for a provider; one with neither a report API nor a call
history (VoiceCloud) raises :class:`~agent_desk.errors.Unsupported`.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from typing import TYPE_CHECKING, Any

from agent_desk.models import Capability, CdrRecord, HistoryQuery, _Record

if TYPE_CHECKING:
    from agent_desk.providers.base import Provider

HISTORY_PAGE = 100
HISTORY_PAGES_MAX = 200  # 20,000 calls: a month of a hundred agents is far below


@dataclasses.dataclass(slots=True)
class CallFigures(_Record):
    total_calls: int | None = None
    offered: int | None = None
    answered: int | None = None
    missed: int | None = None
    answer_rate: float | None = None  # 0..1
    avg_wait: int | None = None  # seconds
    max_wait: int | None = None
    talk_time: int | None = None


@dataclasses.dataclass(slots=True)
class AgentFigures(_Record):
    extension: str
    name: str | None = None
    calls: int | None = None
    answered: int | None = None
    missed: int | None = None
    talk_time: int | None = None


@dataclasses.dataclass(slots=True)
class QueueFigures(_Record):
    queue: str
    name: str | None = None
    offered: int | None = None
    answered: int | None = None
    missed: int | None = None
    answer_rate: float | None = None
    avg_wait: int | None = None
    max_wait: int | None = None


@dataclasses.dataclass(slots=True)
class CallReport(_Record):
    """``source``: ``report`` (the PBX's report API) or ``history`` (computed from ``calls`` CDRs)."""

    start: dt.date
    end: dt.date
    source: str
    summary: CallFigures
    by_agent: list[AgentFigures] = dataclasses.field(default_factory=list)
    by_queue: list[QueueFigures] = dataclasses.field(default_factory=list)
    calls: int | None = None
    truncated: bool = False


def _wait(record: CdrRecord) -> float | None:
    if record.started_at is None:
        return None
    end = record.answered_at if record.status == "answered" else record.ended_at
    if end is None and record.status == "answered" and record.billsec is not None and record.duration is not None:
        return float(max(0, record.duration - record.billsec))
    if end is None:
        return float(record.duration) if record.status != "answered" and record.duration is not None else None
    return max(0.0, (end - record.started_at).total_seconds())


def _talk(record: CdrRecord) -> int:
    if record.status != "answered":
        return 0
    if record.billsec is not None:
        return record.billsec
    if record.answered_at and record.ended_at:
        return int((record.ended_at - record.answered_at).total_seconds())
    return record.duration or 0


def _figures(records: list[CdrRecord]) -> CallFigures:
    inbound = [r for r in records if r.direction == "inbound"]
    answered = [r for r in inbound if r.status == "answered"]
    waits = [w for w in (_wait(r) for r in answered) if w is not None]
    all_waits = [w for w in (_wait(r) for r in inbound) if w is not None]
    return CallFigures(
        total_calls=len(records),
        offered=len(inbound),
        answered=len(answered),
        missed=len(inbound) - len(answered),
        answer_rate=round(len(answered) / len(inbound), 4) if inbound else None,
        avg_wait=round(sum(waits) / len(waits)) if waits else 0,
        max_wait=round(max(all_waits, default=0)),
        talk_time=sum(_talk(r) for r in records),
    )


def compute(records: list[CdrRecord], start: dt.date, end: dt.date, names: dict[str, str] | None = None) -> CallReport:
    """The report of ``records`` (already limited to the range), per the module doc's definitions."""
    names = names or {}
    by_agent = []
    for ext in sorted({r.extension for r in records if r.extension}):
        mine = [r for r in records if r.extension == ext]
        answered = sum(r.status == "answered" for r in mine)
        by_agent.append(
            AgentFigures(
                extension=ext,
                name=names.get(ext),
                calls=len(mine),
                answered=answered,
                missed=len(mine) - answered,
                talk_time=sum(_talk(r) for r in mine),
            )
        )
    by_queue = []
    for code in sorted({r.queue for r in records if r.queue and r.direction == "inbound"}):
        f = _figures([r for r in records if r.queue == code and r.direction == "inbound"])
        by_queue.append(
            QueueFigures(
                queue=code,
                offered=f.offered,
                answered=f.answered,
                missed=f.missed,
                answer_rate=f.answer_rate,
                avg_wait=f.avg_wait,
                max_wait=f.max_wait,
            )
        )
    return CallReport(
        start=start,
        end=end,
        source="history",
        summary=_figures(records),
        by_agent=by_agent,
        by_queue=by_queue,
        calls=len(records),
    )


async def _history(provider: Provider, start: dt.date, end: dt.date) -> tuple[list[CdrRecord], bool]:
    records: list[CdrRecord] = []
    cursor = None
    seen: set[str] = set()
    for _ in range(HISTORY_PAGES_MAX):
        page = await provider.history(HistoryQuery(start=start, end=end, limit=HISTORY_PAGE, cursor=cursor))
        for record in page.records:
            if record.call_id not in seen:  # a scroll that overlaps must not count a call twice
                seen.add(record.call_id)
                records.append(record)
        cursor = page.next_cursor
        if not cursor or not page.records:
            return records, False
    return records, True


async def fetch_report(provider: Provider, start: dt.date, end: dt.date) -> CallReport:
    """The report for ``start``..``end`` (both included) from the provider's best source."""
    from agent_desk.providers.onepos import OnePosProvider

    if provider.supports(Capability.REPORTS) and isinstance(provider, OnePosProvider):
        from agent_desk.providers.campaigns import campaign_client
        from agent_desk.providers.onepos_campaigns import OnePosCampaigns

        client = campaign_client(provider)
        assert isinstance(client, OnePosCampaigns)
        return await client.call_report(start, end)
    if not provider.supports(Capability.HISTORY):
        raise provider.unsupported(Capability.REPORTS)
    records, truncated = await _history(provider, start, end)  # the PBX filters the days
    report = compute(records, start, end)
    report.truncated = truncated
    return report


def report_csv(report: CallReport) -> str:
    """The report as CSV text: the summary, then one block per agent and per queue."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["section", "key", "name", "calls", "offered", "answered", "missed", "answer_rate", "avg_wait",
                "max_wait", "talk_time"])  # fmt: skip
    s = report.summary
    w.writerow(["summary", f"{report.start}..{report.end}", "", s.total_calls, s.offered, s.answered, s.missed,
                _rate(s.answer_rate), s.avg_wait, s.max_wait, s.talk_time])  # fmt: skip
    for a in report.by_agent:
        w.writerow(["agent", a.extension, a.name or "", a.calls, "", a.answered, a.missed, "", "", "", a.talk_time])
    for q in report.by_queue:
        w.writerow(["queue", q.queue, q.name or "", "", q.offered, q.answered, q.missed, _rate(q.answer_rate),
                    q.avg_wait, q.max_wait, ""])  # fmt: skip
    return out.getvalue()


def _rate(value: float | None) -> Any:
    return "" if value is None else f"{value:.4f}"
