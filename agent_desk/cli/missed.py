"""``agent-desk missed``: catch up from the PBX's call history, then list the missed calls not handled.

The catch-up reads the time no desk of this profile was listening (see :mod:`agent_desk.catchup`),
or everything since ``--since``; the list is newest first; with ``--json`` one JSON object per
line and call (``call_id, phone, at, extension, customer``). A provider without a history API exits 5
before anything is listed: the list could be missing calls, and saying so is the point.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import TYPE_CHECKING

from agent_desk.cli.output import echo, print_json, table
from agent_desk.cli.output import phone as _phone
from agent_desk.cli.output import when as _when

if TYPE_CHECKING:
    from agent_desk.cli.context import CommandContext


def since_time(text: str | None) -> dt.datetime | None:
    """``--since`` as an aware datetime (a time without an offset is the computer's local time)."""
    from agent_desk.errors import ConfigError

    if text is None:
        return None
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"--since must be an ISO-8601 time like 2026-12-05T08:00:00+07:00, got '{text}'") from None
    return value if value.tzinfo else value.astimezone()


async def cmd_missed(ctx: CommandContext) -> int:
    from agent_desk.catchup import catch_up, window
    from agent_desk.journal import Journal, journal_errors
    from agent_desk.missed import MissedCalls

    since = since_time(ctx.args.since)
    profile = ctx.profile()
    with journal_errors():
        journal, missed = Journal(), MissedCalls()
    try:
        async with ctx.provider() as provider:
            with journal_errors():
                start, end = window(missed, profile.name, time.time(), since)
                report = await catch_up(provider, journal, missed, start=start, end=end)
                calls = missed.open(profile.name, since=since)
    finally:
        journal.close()
        missed.close()
    if ctx.args.json:
        for call in calls:
            print_json(call.to_json())
        return 0
    echo(f"Caught up from {_when(report.start)}: {len(report.calls)} calls added, {len(report.missed)} missed.")
    if not calls:
        echo("No missed calls waiting.")
        return 0
    echo(
        table(
            ("AT", "PHONE", "EXT", "CUSTOMER", "CALL ID"),
            [(_when(c.at), _phone(c.phone), c.extension or "", c.customer or "", c.call_id) for c in calls],
        )
    )
    return 0
