"""The ``agent-desk`` argument parser: every command, its options and its handler.

A launch that only opens the window (top-level options, no command) is parsed by
:func:`window_args` without building every command's parser or importing the command modules
(~40 ms of CPU on the 2-core test machine, before the window).
"""

from __future__ import annotations

import argparse
from typing import Any, NoReturn

from agent_desk import __version__

PROG = "agent-desk"


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and exit status 2), not the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{PROG}: {message} (see '{self.prog} --help')\n")


def _add_global_options(parser: argparse.ArgumentParser, *, on_subcommand: bool) -> None:
    """``--config``, ``--profile`` and ``-v`` work before and after the command name."""
    keep: dict[str, Any] = {"default": argparse.SUPPRESS} if on_subcommand else {}
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="config file (default: $AGENT_DESK_CONFIG or config.toml in your config folder)",
        **keep,
    )
    parser.add_argument("--profile", metavar="NAME", help="profile to use (default: default_profile)", **keep)
    parser.add_argument("-v", "--verbose", action="store_true", help="log requests to stderr", **keep)


def _add_top_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``agent-desk`` itself (before any command)."""
    _add_global_options(parser, on_subcommand=False)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on the built-in PBX simulator (with --tour: a guided "
        "tour of the commands in the terminal instead)",
    )
    parser.add_argument("--tour", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--provision",
        metavar="URL|FILE",
        help="install the profiles IT provides (an https:// address or a file; secrets in it are dropped)",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")


#: ``agent-desk`` alone, the usual launch, as :func:`window_args` parses it: without building a parser,
#: whose gettext look-ups alone cost ~5 ms of CPU before the window (tests/test_cli.py holds the two equal)
BARE_LAUNCH = {"config": None, "profile": None, "verbose": False, "demo": False, "tour": False, "provision": None}


def window_parser() -> argparse.ArgumentParser:
    """The top-level options only, for :func:`window_args`."""
    quick = _Parser(prog=PROG, add_help=False)
    _add_top_options(quick)
    quick.set_defaults(command=None)
    return quick


def window_args(argv: list[str]) -> argparse.Namespace | None:
    """``argv`` parsed as :func:`build_parser` would, when it holds only top-level options (no command,
    no ``--help``, nothing unknown): a launch that opens the window. None otherwise."""
    if not argv:
        return argparse.Namespace(**BARE_LAUNCH, command=None)
    args, rest = window_parser().parse_known_args(argv)
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    from agent_desk.cli.campaigns import add_commands as campaign_commands
    from agent_desk.cli.commands import (
        cmd_call_action,
        cmd_calls,
        cmd_capabilities,
        cmd_dial,
        cmd_events,
        cmd_history,
        cmd_status,
    )
    from agent_desk.cli.missed import cmd_missed
    from agent_desk.cli.relay import cmd_relay
    from agent_desk.cli.report import add_commands as report_commands
    from agent_desk.cli.secret import cmd_secret
    from agent_desk.cli.simulate import cmd_simulate

    parser = _Parser(
        prog=PROG,
        description="Desktop companion to the softphone: click-to-call, live "
        "calls, supervisor actions and call history from the command line.",
    )
    _add_top_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, text: str, handler: Any, *, json_flag: bool = True) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        _add_global_options(sub, on_subcommand=True)
        if json_flag:
            sub.add_argument("--json", action="store_true", help="print one JSON object")
        sub.set_defaults(handler=handler)
        return sub

    dial = command("dial", "click-to-call NUMBER from your extension", cmd_dial)
    dial.add_argument("number", metavar="NUMBER", help="phone number, tel: link or extension")
    mode = dial.add_mutually_exclusive_group()
    mode.add_argument(
        "--sync",
        dest="mode",
        action="store_const",
        const="sync",
        help="wait until your phone picks up (default: the profile's click_to_call)",
    )
    mode.add_argument(
        "--async", dest="mode", action="store_const", const="async", help="return at once with the call id"
    )
    command("calls", "list the live calls", cmd_calls)
    for action, text in (
        ("listen", "listen to a live call"),
        ("whisper", "talk to the agent only"),
        ("barge", "join a live call"),
    ):
        sub = command(action, text, cmd_call_action)
        sub.add_argument("call_id", metavar="CALL_ID")
        sub.add_argument("--ext", metavar="EXT", help="your extension (default: the profile's)")
    transfer = command("transfer", "transfer a live call to another extension", cmd_call_action)
    transfer.add_argument("call_id", metavar="CALL_ID")
    transfer.add_argument("--to", dest="ext", metavar="EXT", required=True, help="target extension")
    history = command("history", "search the call history", cmd_history)
    history.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day")
    history.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day")
    history.add_argument("--phone", metavar="N", help="the customer's number")
    history.add_argument("--direction", metavar="D", help="inbound, outbound or internal")
    history.add_argument("--status", metavar="S", help="answered, missed, busy, cancelled or failed")
    history.add_argument("--limit", metavar="N", type=int, default=20, help="records per page (default 20)")
    history.add_argument("--cursor", metavar="C", help="continue from a previous page's next_cursor")
    missed = command(
        "missed", "catch up from the PBX's call history, then list the missed calls not handled yet", cmd_missed
    )
    missed.add_argument(
        "--since", metavar="ISO", help="catch up from this time (default: since no desk of this profile listened)"
    )
    command("status", "sign in and show whether your softphone is registered", cmd_status)
    command("capabilities", "what your provider can and cannot do", cmd_capabilities)
    command("events", "print call events as they happen (Ctrl-C stops)", cmd_events)
    secret = command("secret", "store or remove a secret in the system keyring", cmd_secret, json_flag=False)
    secret_actions = secret.add_subparsers(dest="secret_action", metavar="ACTION", required=True)
    for name, text in (
        ("set", "store a secret (read from stdin or a prompt, never the command line)"),
        ("forget", "remove a stored secret"),
    ):
        sub = secret_actions.add_parser(name, help=text, description=text)
        _add_global_options(sub, on_subcommand=True)
        sub.add_argument(
            "field", metavar="FIELD", help="api_key, password, app_secret, sip_password, key or webhook_secret"
        )
        sub.set_defaults(handler=cmd_secret)
    campaign_commands(command, lambda sub: _add_global_options(sub, on_subcommand=True))
    report_commands(command)
    relay = command(
        "relay", "run the company's call-event relay, or manage its desk tokens", cmd_relay, json_flag=False
    )
    relay_actions = relay.add_subparsers(dest="relay_action", metavar="ACTION", required=True)
    serve = relay_actions.add_parser("serve", help="serve until Ctrl-C or SIGTERM", description="serve the relay")
    _add_global_options(serve, on_subcommand=True)
    token = relay_actions.add_parser("token", help="add, list or revoke desk tokens", description="desk tokens")
    _add_global_options(token, on_subcommand=True)
    token_actions = token.add_subparsers(dest="token_action", metavar="ACTION", required=True)
    add = token_actions.add_parser("add", help="a new token for one extension (printed last)")
    add.add_argument("extension", metavar="EXTENSION")
    add.add_argument("--supervisor", action="store_true", help="the token sees every call")
    listed = token_actions.add_parser("list", help="the tokens (ids, extensions, roles)")
    revoke = token_actions.add_parser("revoke", help="revoke a token by its id")
    revoke.add_argument("id", metavar="ID")
    for sub in (add, listed, revoke):
        _add_global_options(sub, on_subcommand=True)
        sub.add_argument("--json", action="store_true", help="print one JSON object")
    sim = command("simulate", "run the PBX simulator (Ctrl-C stops)", cmd_simulate, json_flag=False)
    sim.add_argument("--port", type=int, default=8790, help="port (default 8790; 0 picks a free one)")
    sim.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    sim.add_argument("--provider", action="extend", nargs="+", metavar="P", help="dialects to serve (default: all)")
    sim.add_argument(
        "--rate",
        type=float,
        default=0.0,
        metavar="CALLS_PER_MIN",
        help="inbound calls per minute (default 0: only on request)",
    )
    sim.add_argument("--seed", type=int, help="random seed (default: the simulator's fixed seed)")
    return parser


def command_names(parser: argparse.ArgumentParser) -> list[str]:
    """The names of the parser's subcommands."""
    return [
        name for action in parser._actions if isinstance(action, argparse._SubParsersAction) for name in action.choices
    ]
