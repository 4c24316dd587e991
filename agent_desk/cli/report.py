"""``agent-desk report``: calls offered, answered and missed, waits and talk time, for a day or a range.

OnePOS answers from its report API; TEL4VN, TEL4VN PBX and oapi are computed from the call
history (see :mod:`agent_desk.supervisor.reports`); a provider with neither exits 5.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent_desk.cli.output import echo, pairs, print_json, table
from agent_desk.cli.output import seconds as _seconds

if TYPE_CHECKING:
    from agent_desk.cli.context import CommandContext


def _n(value: int | None) -> str:
    return "?" if value is None else str(value)


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def _wait(value: int | None) -> str:
    return "?" if value is None else _seconds(value)


async def cmd_report(ctx: CommandContext) -> int:
    from agent_desk.cli.commands import _date
    from agent_desk.errors import ConfigError
    from agent_desk.models import pbx_today
    from agent_desk.supervisor.reports import fetch_report, report_csv

    args = ctx.args
    today = pbx_today()  # the PBX's days, as the report counts them
    first, last = _date("--from", args.start), _date("--to", args.end)
    start = first or last or today
    end = last or (max(start, today) if first else start)  # --from alone: up to today
    if start > end:
        raise ConfigError("--from must not be after --to")
    async with ctx.provider() as provider:
        report = await fetch_report(provider, start, end)
    if args.csv:
        Path(args.csv).write_text(report_csv(report), encoding="utf-8-sig")
    if args.json:
        value = report.to_json()
        if args.by:
            value = {k: v for k, v in value.items() if k not in ({"by_queue"} if args.by == "agent" else {"by_agent"})}
        print_json(value)
        return 0
    s = report.summary
    source = "the PBX's report" if report.source == "report" else f"computed from {report.calls} calls in the history"
    echo(f"{start} to {end} ({source}{'; the history was cut at its first calls' if report.truncated else ''})")
    rows = [
        ("Offered", _n(s.offered)),
        ("Answered", _n(s.answered)),
        ("Missed", _n(s.missed)),
        ("Answer rate", _rate(s.answer_rate)),
        ("Avg wait", _wait(s.avg_wait)),
        ("Longest wait", _wait(s.max_wait)),
        ("Talk time", _wait(s.talk_time)),
        ("All calls", _n(s.total_calls)),
    ]
    echo(pairs(rows, 13))
    if args.by == "agent":
        echo()
        echo(
            table(
                ("EXT", "NAME", "CALLS", "ANSWERED", "MISSED", "TALK"),
                [
                    (a.extension, a.name or "", _n(a.calls), _n(a.answered), _n(a.missed), _wait(a.talk_time))
                    for a in report.by_agent
                ],
            )
        )
    elif args.by == "queue":
        echo()
        echo(
            table(
                ("QUEUE", "NAME", "OFFERED", "ANSWERED", "MISSED", "RATE", "AVG WAIT", "LONGEST"),
                [
                    (
                        q.queue,
                        q.name or "",
                        _n(q.offered),
                        _n(q.answered),
                        _n(q.missed),
                        _rate(q.answer_rate),
                        _wait(q.avg_wait),
                        _wait(q.max_wait),
                    )
                    for q in report.by_queue
                ],
            )
        )
    return 0


def add_commands(command: Any) -> None:
    report = command("report", "calls offered, answered and missed, waits and talk time", cmd_report)
    report.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day (default: today)")
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day (default: today)")
    report.add_argument("--by", choices=("agent", "queue"), help="also list the figures per agent or per queue")
    report.add_argument("--csv", metavar="FILE", help="also write the report as CSV")
