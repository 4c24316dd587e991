"""The provider commands: dial, calls, listen/whisper/barge/transfer, history, status, capabilities, events."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from agent_desk.cli.output import echo, pairs, print_json, table
from agent_desk.cli.output import phone as _phone
from agent_desk.cli.output import seconds as _seconds
from agent_desk.cli.output import when as _when

if TYPE_CHECKING:
    import datetime as dt

    from agent_desk.cli.context import CommandContext
    from agent_desk.config import Profile
    from agent_desk.providers.base import Provider


async def cmd_dial(ctx: CommandContext) -> int:
    from agent_desk.phone import dial_string

    args = ctx.args
    number = dial_string(args.number)
    profile = ctx.profile()
    mode = args.mode or profile.click_to_call
    async with ctx.provider() as provider:
        result = await provider.dial(number, mode=mode)
    if args.json:
        print_json(result.to_json())
        return 0
    said = f"; the PBX said: {result.message}" if result.message else ""
    call = f" (call id {result.call_id})" if result.call_id else ""
    if result.mode == "sync":
        echo(f"Your phone (extension {result.extension}) picked up; calling {_phone(result.number)}{call}{said}")
    else:
        echo(f"Calling {_phone(result.number)} from extension {result.extension}: your phone rings first{call}{said}")
    return 0


async def cmd_calls(ctx: CommandContext) -> int:
    async with ctx.provider() as provider:
        calls = await provider.live_calls()
    if ctx.args.json:
        print_json({"calls": [c.to_json() for c in calls]})
    elif not calls:
        echo("No live calls.")
    else:
        echo(
            table(
                ("CALL ID", "DIRECTION", "EXT", "CUSTOMER", "STATE", "STARTED"),
                [
                    (c.call_id, c.direction, c.extension or "", _phone(c.customer), c.state or "", _when(c.started_at))
                    for c in calls
                ],
            )
        )
    return 0


_ACTION_DONE = {
    "listen": "Listening to call {call} on extension {ext}",
    "whisper": "Whispering into call {call} from extension {ext} (only the agent hears you)",
    "barge": "Joined call {call} from extension {ext}",
    "transfer": "Transferred call {call} to extension {ext}",
}


async def cmd_call_action(ctx: CommandContext) -> int:
    from agent_desk.errors import ConfigError
    from agent_desk.models import CallAction

    args = ctx.args
    profile = ctx.profile()
    extension = (args.ext or profile.extension).strip()
    if not extension:
        raise ConfigError(f"profile '{profile.name}': extension is not set; pass --ext EXT")
    action = CallAction(args.command)
    async with ctx.provider() as provider:
        result = await provider.call_action(action, args.call_id, extension)
    if args.json:
        print_json(result.to_json())
    else:
        said = f"; the PBX said: {result.message}" if result.message else ""
        echo(_ACTION_DONE[action.value].format(call=result.call_id, ext=result.extension) + said)
    return 0


def _date(option: str, text: str | None) -> dt.date | None:
    import datetime as dt

    from agent_desk.errors import ConfigError

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"{option} must be a date like 2024-05-31, got '{text}'") from None


def _choice(option: str, value: str | None, choices: Sequence[str]) -> str | None:
    from agent_desk.errors import ConfigError

    if value is not None and value not in choices:
        raise ConfigError(f"{option} must be one of {', '.join(choices)}, got '{value}'")
    return value


async def cmd_history(ctx: CommandContext) -> int:
    from agent_desk.errors import ConfigError
    from agent_desk.models import CDR_STATUSES, DIRECTIONS, HistoryQuery
    from agent_desk.phone import dial_string

    args = ctx.args
    if args.limit < 1:
        raise ConfigError(f"--limit must be at least 1, got {args.limit}")
    query = HistoryQuery(
        start=_date("--from", args.start),
        end=_date("--to", args.end),
        phone=dial_string(args.phone) if args.phone else None,
        direction=_choice("--direction", args.direction, [d for d in DIRECTIONS if d != "unknown"]),
        status=_choice("--status", args.status, [s for s in CDR_STATUSES if s != "unknown"]),
        limit=args.limit,
        cursor=args.cursor,
    )
    if query.start and query.end and query.start > query.end:
        raise ConfigError("--from must not be after --to")
    async with ctx.provider() as provider:
        page = await provider.history(query)
    if args.json:  # CdrPage.to_json() cannot serialize its records yet (models._jsonable)
        print_json(
            {"records": [r.to_json() for r in page.records], "total": page.total, "next_cursor": page.next_cursor}
        )
        return 0
    if not page.records:
        echo("No calls found.")
    else:
        echo(
            table(
                ("STARTED", "DIRECTION", "PHONE", "EXT", "STATUS", "LENGTH", "CALL ID"),
                [
                    (
                        _when(r.started_at),
                        r.direction,
                        _phone(r.phone),
                        r.extension or "",
                        r.status,
                        _seconds(r.billsec if r.billsec is not None else r.duration),
                        r.call_id,
                    )
                    for r in page.records
                ],
            )
        )
    shown = f"{len(page.records)} of {page.total}" if page.total is not None else str(len(page.records))
    more = f"; next page: add --cursor {page.next_cursor}" if page.next_cursor else ""
    echo(f"Showing {shown}{more}")
    return 0


async def cmd_status(ctx: CommandContext) -> int:
    profile = ctx.profile()
    async with ctx.signed_in() as session:
        assert session.account is not None and session.provider is not None
        status, title = session.account, session.provider.title
        callback = _callback_url(profile, session.provider)
    if ctx.args.json:
        print_json({**status.to_json(), **({"webhook": {"callback_url": callback}} if callback else {})})
        return 0
    softphone = {
        True: "registered",
        False: "NOT registered: open your softphone and sign in",
        None: "unknown (the provider cannot tell)",
    }[status.softphone_registered]
    rows = [
        ("Profile", f"{profile.name} ({title})"),
        ("User", status.user or ""),
        ("Extension", status.extension or ""),
        ("Signed in", "yes" if status.logged_in else "no"),
        ("Softphone", softphone),
        ("Level", status.level or ""),
        ("Agent", status.agent_name or ""),
        ("Note", status.detail or ""),
        ("Callback", callback),
    ]
    echo(pairs([(name, value) for name, value in rows if value], 10))
    return 0


def _callback_url(profile: Profile, provider: Provider) -> str:
    """The URL the PBX must post events to (with the listener's secret), or "" without a listener."""
    if profile.events != "webhook" or not provider.webhook_routes:
        return ""
    from agent_desk.events.webhook_auth import listener_secret, pbx_callback_url

    routes = [path for _, path in provider.webhook_routes]
    return pbx_callback_url(profile.webhook, routes, listener_secret(provider.secrets))


async def cmd_capabilities(ctx: CommandContext) -> int:
    from agent_desk.models import Capability

    profile = ctx.profile()
    async with ctx.provider() as provider:
        supported = [c.value for c in Capability if provider.supports(c)]
        unsupported = [c.value for c in Capability if not provider.supports(c)]
        title = provider.title
    if ctx.args.json:
        print_json(
            {
                "profile": profile.name,
                "provider": profile.provider,
                "title": title,
                "supported": supported,
                "unsupported": unsupported,
            }
        )
        return 0
    echo(f"{title} (profile {profile.name})")
    echo(
        table(
            ("CAPABILITY", "SUPPORTED"),
            [(c.replace("_", " "), "yes") for c in supported] + [(c.replace("_", " "), "no") for c in unsupported],
        )
    )
    return 0


async def cmd_events(ctx: CommandContext) -> int:
    """Until Ctrl-C or SIGTERM, which end it the same way: registrations removed, gone within 2 s."""
    from agent_desk.cli.runner import stop_signals
    from agent_desk.events.runner import run_events_command

    # A relay profile's events come from the relay, a listener's from the PBX's webhooks: neither
    # needs the PBX's API reachable from here, but credentials it refuses end the command (exit 3).
    relay = ctx.profile().events == "relay"
    async with stop_signals() as stop, ctx.signed_in(account=not relay, unreachable_ok=True) as session:
        ended = await run_events_command(session, json_output=ctx.args.json, out=sys.stdout, stop=stop)
    return 130 if stop.is_set() else ended  # stopped by Ctrl-C or SIGTERM: the CLI's "interrupted"
