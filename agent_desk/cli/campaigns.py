"""``agent-desk campaigns``, ``campaign create|start|stop|delete|report`` and ``dnc add``.

A provider without a campaign API exits 5 (``Unsupported``). ``campaign create`` reads the whole
customer file first: when any line is refused, every refused line is printed on stdout with its
number (``--json``: ``{"refused": [{"line", "message"}]}``) and the command exits 2 with nothing
sent to the PBX.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent_desk.cli.output import echo, pairs, print_json, table

if TYPE_CHECKING:
    from agent_desk.cli.context import CommandContext
    from agent_desk.supervisor.campaigns import Campaign, CampaignReport


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)


def _progress(c: Campaign) -> str:
    if c.total is None:
        return "?"
    done = "?" if c.pending is None else str(c.total - c.pending)
    return f"{done}/{c.total}"


async def cmd_campaigns(ctx: CommandContext) -> int:
    from agent_desk.providers.campaigns import campaign_client

    async with ctx.provider() as provider:
        client = campaign_client(provider)
        campaigns = await client.campaigns()
    kept = client.desk_kept
    if ctx.args.json:
        print_json({"campaigns": [c.to_json() for c in campaigns], "kept_by_desk": kept})
        return 0
    if kept:
        echo(f"{provider.title} cannot list its queues: these are the queues this desk created.")
    if not campaigns:
        echo("No campaigns.")
        return 0
    echo(
        table(
            ("ID", "NAME", "KIND", "STATE", "DONE", "ANSWERED", "CREATED"),
            [
                (c.id, c.name, c.kind, c.state, _progress(c), _count(c.answered), (c.created_at or "")[:19])
                for c in campaigns
            ],
        )
    )
    return 0


def _agents(text: str | None) -> list[str]:
    from agent_desk.errors import ConfigError

    agents = [part.strip() for part in (text or "").split(",") if part.strip()]
    bad = [a for a in agents if not a.isdigit()]
    if bad:
        raise ConfigError(f"--agents takes extensions separated by commas, got '{bad[0]}'")
    return agents


async def cmd_campaign_create(ctx: CommandContext) -> int:
    from agent_desk.errors import ConfigError
    from agent_desk.providers.campaigns import campaign_client
    from agent_desk.supervisor.campaigns import CampaignSpec, read_customers

    args = ctx.args
    if args.ratio is not None and args.ratio <= 0:
        raise ConfigError(f"--ratio must be more than 0, got {args.ratio}")
    if args.retries is not None and args.retries < 0:
        raise ConfigError(f"--retries must be 0 or more, got {args.retries}")
    path = Path(args.file)
    found = read_customers(path)
    if found.problems:  # listed on stdout (the command's answer); the error stays one line on stderr
        if args.json:
            print_json({"refused": [p.to_json() for p in found.problems]})
        else:
            for problem in found.problems:
                echo(f"{path.name}: line {problem.line}: {problem.message}")
        raise ConfigError(f"{len(found.problems)} line(s) of {path.name} refused; nothing was sent to the PBX")
    spec = CampaignSpec(
        name=(args.name or path.stem).strip(),
        customers=found.rows,
        queue=args.queue,
        agents=_agents(args.agents),
        ratio=args.ratio if args.ratio is not None else 1.0,
        retries=args.retries if args.retries is not None else 0,
        template=args.template,
    )
    async with ctx.provider() as provider:
        client = campaign_client(provider)
        if spec.agents and "agents" not in client.fields(bool(spec.template)):
            raise ConfigError(
                f"--agents: {provider.title}'s autocall plays the template to the customers and takes no agents; "
                "leave --agents out"
            )
        campaign, complaints = await client.create(spec)
    if args.json:
        print_json({"campaign": campaign.to_json(), "customers": len(found.rows), "refused_by_pbx": complaints})
        return 0
    echo(f"Created {campaign.kind} '{campaign.name}' (id {campaign.id}) with {len(found.rows)} customers.")
    for complaint in complaints:
        echo(f"  {complaint}")
    if campaign.state == "running":
        echo("It is dialling now.")
    else:
        echo(f"Start it with: agent-desk campaign start {campaign.id}")
    return 0


_DONE = {"start": "Started", "stop": "Stopped", "delete": "Deleted"}


async def cmd_campaign_control(ctx: CommandContext) -> int:
    from agent_desk.providers.campaigns import campaign_client

    args = ctx.args
    async with ctx.provider() as provider:
        client = campaign_client(provider)
        await getattr(client, args.campaign_action)(args.id)
    if args.json:
        print_json({"id": args.id, "action": args.campaign_action, "done": True})
    else:
        echo(f"{_DONE[args.campaign_action]} campaign {args.id}.")
    return 0


def report_rows(report: CampaignReport) -> list[tuple[str, str]]:
    return [
        ("Leads", str(report.total)),
        ("Called", _count(report.called)),
        ("Answered", _count(report.answered)),
        ("Busy", _count(report.busy)),
        ("No answer", _count(report.no_answer)),
        ("Failed", _count(report.failed)),
        ("Pending", _count(report.pending)),
    ]


async def cmd_campaign_report(ctx: CommandContext) -> int:
    from agent_desk.providers.campaigns import campaign_client
    from agent_desk.supervisor.campaigns import write_leads_csv

    args = ctx.args
    async with ctx.provider() as provider:
        report = await campaign_client(provider).report(args.id)
    if args.csv:
        write_leads_csv(report, Path(args.csv))
    if args.json:
        print_json(report.to_json())
        return 0
    echo(f"{report.name} ({report.campaign_id}): {report.state}")
    echo(pairs(report_rows(report), 10))
    if args.csv:
        echo(f"{len(report.leads)} leads written to {args.csv}")
    return 0


async def cmd_dnc(ctx: CommandContext) -> int:
    from agent_desk.errors import ConfigError
    from agent_desk.providers.campaigns import campaign_client
    from agent_desk.supervisor.campaigns import normalize

    numbers: list[str] = []
    for text in ctx.args.numbers:
        try:
            numbers.append(normalize(text))
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
    async with ctx.provider() as provider:
        result = await campaign_client(provider).add_dnc(numbers)
    if ctx.args.json:
        print_json(result.to_json())
        return 0
    for number, queues in result.blocked.items():
        echo(f"{number}: blocked in {', '.join(sorted(set(queues)))}")
    for number in result.unmatched:
        echo(f"{number}: in no autocall queue this desk created; nothing to block")
    return 0


def add_commands(command: Any, global_options: Any) -> None:
    """Register the commands (``command`` is build_parser's helper; ``global_options(sub)`` adds
    ``--config``, ``--profile`` and ``-v`` to a sub-subcommand)."""
    command("campaigns", "list the outbound campaigns (TEL4VN: the queues this desk created)", cmd_campaigns)
    campaign = command("campaign", "create, start, stop, delete or report on a campaign", None, json_flag=False)
    actions = campaign.add_subparsers(dest="campaign_action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create a campaign from a CSV or XLSX of customers")
    create.add_argument("file", metavar="FILE", help="CSV or XLSX: id, name and one or more phone columns")
    create.add_argument("--name", metavar="N", help="campaign name (default: the file's name)")
    create.add_argument("--queue", metavar="CODE", help="queue code (TEL4VN queue_code, OnePOS queue)")
    create.add_argument("--agents", metavar="EXT,...", help="the agents' extensions, separated by commas")
    create.add_argument(
        "--ratio", metavar="N", type=float, help="calls per free agent (default 1); a TEL4VN autocall: calls at once"
    )
    create.add_argument("--retries", metavar="N", type=int, help="calls again after a failed one (default 0)")
    create.add_argument(
        "--template", metavar="T", help="an autocall (IVR) playing this template (TEL4VN queue, OnePOS autocall)"
    )
    create.set_defaults(handler=cmd_campaign_create)
    for name, text in (("start", "start or resume"), ("stop", "pause"), ("delete", "delete (stops it first)")):
        sub = actions.add_parser(name, help=f"{text} a campaign")
        sub.add_argument("id", metavar="ID")
        sub.set_defaults(handler=cmd_campaign_control)
    report = actions.add_parser("report", help="a campaign's outcome counts")
    report.add_argument("id", metavar="ID")
    report.add_argument("--csv", metavar="FILE", help="also write each lead's outcome to a CSV file")
    report.set_defaults(handler=cmd_campaign_report)
    for sub in (create, *[actions.choices[n] for n in ("start", "stop", "delete", "report")]):
        sub.add_argument("--json", action="store_true", help="print one JSON object")
        global_options(sub)
    dnc = command("dnc", "the do-not-call list of campaign calls", None, json_flag=False)
    dnc_actions = dnc.add_subparsers(dest="dnc_action", metavar="ACTION", required=True)
    add = dnc_actions.add_parser("add", help="block numbers in the autocall queues this desk created")
    add.add_argument("numbers", metavar="NUMBER", nargs="+")
    add.add_argument("--json", action="store_true", help="print one JSON object")
    global_options(add)
    add.set_defaults(handler=cmd_dnc)
