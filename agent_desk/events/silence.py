"""Is the desk deaf? Compare the call events that arrived with the calls the PBX itself recorded.

A webhook registration the PBX lost, a firewall, a listener nobody can reach: none of these
raise an error, the events simply stop. :func:`unseen_call` asks the PBX's call history (where
the provider has one) for a call on the agent's extension that started after the last event the
desk saw and ended more than :data:`GRACE` seconds ago: its events should have arrived by then,
so when there is one, the event source is silent for a reason, not because nobody called.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from agent_desk.models import PBX_TZ, Capability, CdrRecord, HistoryQuery

if TYPE_CHECKING:
    from agent_desk.providers.base import Provider

GRACE = 60.0  # seconds a call's events may take to arrive (and its record to appear)


async def unseen_call(
    provider: Provider, extension: str | None, since: dt.datetime, now: dt.datetime
) -> CdrRecord | None:
    """A call the PBX recorded on ``extension`` that no event announced, or None (see the module doc).

    ``since`` is when the desk last saw an event (or started listening), ``now`` the present,
    both aware. Errors of the history request propagate.
    """
    if not extension or not provider.supports(Capability.HISTORY):
        return None
    grace = dt.timedelta(seconds=GRACE)
    days = since.astimezone(PBX_TZ).date(), now.astimezone(PBX_TZ).date()  # the PBX's days, not the desk's
    page = await provider.history(HistoryQuery(start=days[0], end=days[1], extension=extension, limit=5))
    for record in page.records:
        started = record.started_at
        ended = record.ended_at or started
        if started is not None and ended is not None and started > since + grace and ended < now - grace:
            return record
    return None
