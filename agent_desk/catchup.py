"""Catching up after a gap: the calls the desk did not hear, read from the PBX's call history.

When call events were down (laptop asleep, network gone, app closed), :func:`catch_up` asks the
provider's history for exactly the gap — from :meth:`MissedCalls.covered_until
<agent_desk.missed.MissedCalls.covered_until>` to now — on the profile's extension, and:

* records in the journal every call it does not already hold (same id, or the same number within
  :data:`SAME_CALL_SECONDS` of the call's start: the desk's events and the CDR may carry different
  ids for one call), so a call the desk did see is never listed twice;
* adds every call whose outcome is ``missed`` (:func:`outcome_of`, the core's one outcome of
  :mod:`agent_desk.events.outcome`) to the missed list (which absorbs one it already has), with the
  customer's name where the PBX keeps customers;
* moves the coverage on to the end of the window.

A provider without a history API raises :class:`~agent_desk.errors.Unsupported` (VoiceCloud):
callers say that the gap cannot be filled. Pages are read until the PBX has no more or the records
are older than the gap, at most :data:`MAX_PAGES` pages. :func:`after_gap` is what a desk runs
when its call events come (back) up: nothing the first time a profile listens on the machine,
else the gap.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from agent_desk.errors import AgentDeskError
from agent_desk.events.outcome import decide
from agent_desk.history import HistorySearch
from agent_desk.journal import JournalEntry
from agent_desk.missed import SAME_CALL_SECONDS, MissedCall
from agent_desk.models import PBX_TZ, Capability, CdrRecord, HistoryQuery

if TYPE_CHECKING:
    from agent_desk.journal import Journal
    from agent_desk.missed import MissedCalls
    from agent_desk.providers.base import Provider

MAX_PAGES = 20
PAGE_SIZE = 50
#: The window starts this much before the coverage ends: a call that began just before the gap
#: may be in it (the dedupe keeps it once).
OVERLAP_SECONDS = 60.0
#: Without any coverage (never listened on this machine) a catch-up reads this far back.
FIRST_WINDOW_SECONDS = 24 * 3600.0


@dataclasses.dataclass(slots=True)
class CatchUp:
    """What one catch-up found: the window read, the calls added to the journal, the missed ones."""

    start: dt.datetime
    end: dt.datetime
    calls: list[CdrRecord] = dataclasses.field(default_factory=list)
    missed: list[MissedCall] = dataclasses.field(default_factory=list)


def outcome_of(record: CdrRecord) -> str:
    """The call's outcome as the core decides it from a CDR alone (no registry saw the call)."""
    return decide(
        direction=record.direction,
        answered=bool(record.billsec),
        answered_by=None,
        viewer=None,
        viewer_answered=False,
        pbx_status=record.status,
    )


def window(missed: MissedCalls, profile: str, now: float, since: dt.datetime | None = None) -> tuple[float, float]:
    """The gap to read, as Unix times: from ``since`` if given, else from the coverage."""
    if since is not None:
        return since.timestamp(), now
    covered = missed.covered_until(profile)
    start = now - FIRST_WINDOW_SECONDS if covered is None else covered - OVERLAP_SECONDS
    return min(start, now), now


async def after_gap(
    provider: Provider, journal: Journal, missed: MissedCalls, profile: str, now: float
) -> CatchUp | None:
    """Call events of ``profile`` are (back) up at ``now``: read exactly the gap since its coverage.

    None the first time the profile listens on this machine (nothing was missed here: the coverage
    starts now). A provider without a history API moves the coverage to ``now`` (the next gap starts
    there) and raises Unsupported, so the caller can say the gap cannot be read."""
    if missed.covered_until(profile) is None:
        missed.heard(profile, now)
        return None
    if not provider.supports(Capability.HISTORY):
        missed.heard(profile, now)
        raise provider.unsupported(Capability.HISTORY)
    start, end = window(missed, profile, now)
    return await catch_up(provider, journal, missed, start=start, end=end)


async def catch_up(provider: Provider, journal: Journal, missed: MissedCalls, *, start: float, end: float) -> CatchUp:
    """Read the history of ``[start, end]`` (Unix times) into the journal and the missed list."""
    if not provider.supports(Capability.HISTORY):
        raise provider.unsupported(Capability.HISTORY)
    profile = provider.profile
    extension = profile.extension or None
    begin, finish = dt.datetime.fromtimestamp(start, PBX_TZ), dt.datetime.fromtimestamp(end, PBX_TZ)
    query = HistoryQuery(start=begin.date(), end=finish.date(), extension=extension, limit=PAGE_SIZE)
    search = HistorySearch(query)
    while not search.finished and search.pages < MAX_PAGES:
        page = await search.fetch(provider)
        stamps = [r.started_at.timestamp() for r in page if r.started_at]
        if stamps and max(stamps) < start:  # newest first, and this page is all before the gap
            break
    report = CatchUp(start=begin, end=finish)
    for record in sorted(search.records, key=_started):
        if record.started_at is None or not start <= record.started_at.timestamp() <= end:
            continue
        if extension and record.extension and record.extension != extension:
            continue
        outcome = outcome_of(record)
        if _add_to_journal(journal, profile.name, record, outcome):
            report.calls.append(record)
        if outcome == "missed":
            call = MissedCall(
                profile=profile.name,
                call_id=record.call_id,
                phone=record.phone,
                at=record.started_at,
                extension=record.extension or extension,
            )
            if missed.add(call):
                report.missed.append(call)
    for call in report.missed:
        call.customer = await _customer_name(provider, call.phone)
        if call.customer and call.phone:
            missed.name(profile.name, call.phone, call.customer)
    missed.heard(profile.name, end)
    return report


async def _customer_name(provider: Provider, phone: str | None) -> str | None:
    """The customer's name where the PBX keeps customers (None when it cannot tell; never raises)."""
    if not phone or not provider.supports(Capability.CUSTOMERS):
        return None
    try:
        customer = await provider.find_customer(phone)
    except AgentDeskError:
        return None
    return customer.name if customer is not None else None


def _started(record: CdrRecord) -> float:
    return record.started_at.timestamp() if record.started_at else 0.0


def _add_to_journal(journal: Journal, profile: str, record: CdrRecord, outcome: str) -> bool:
    """Record ``record`` unless the journal holds the call already; True when it was added."""
    assert record.started_at is not None
    known = journal.get(profile, record.call_id) or journal.near(
        profile, record.direction, record.phone, record.started_at, SAME_CALL_SECONDS
    )
    if known is not None:
        return False
    journal.record_call(
        JournalEntry(
            profile=profile,
            call_id=record.call_id,
            direction=record.direction,
            phone=record.phone,
            customer=None,
            started_at=record.started_at,
            answered_at=record.answered_at,
            ended_at=record.ended_at,
            duration=record.billsec if record.billsec is not None else record.duration,
            outcome=outcome,
        )
    )
    return True
