"""The ``agent-desk`` command line: every provider operation for agents, scripts and CRM integrations.

Contract (stable: scripts and CRMs call it):

* ``--json`` prints exactly one JSON object on stdout (lists sit inside an object, e.g.
  ``{"calls": [...]}``); otherwise short aligned human lines.
* Exit status: 0 done, 2 usage or configuration error, 3 the PBX refused, 4 the PBX is
  unreachable or timed out, 5 the provider cannot do it (each error's ``exit_code``), 1 an
  internal error, 130 interrupted by Ctrl-C.
* An error is one line on stderr, ``agent-desk: <message>``. An unexpected exception writes its
  traceback, with every secret in use masked, to ``<data dir>/logs/cli.log`` and says so in one line.
* Secrets never come from the command line: ``secret set`` reads stdin or prompts.

Heavy modules (httpx, providers, the simulator) are imported inside the command functions, so
``agent-desk --version`` starts in a few tens of milliseconds.
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any, NoReturn

from agent_desk import __version__

if TYPE_CHECKING:
    import asyncio
    import datetime as dt

    from agent_desk.config import Profile
    from agent_desk.providers.base import Provider
    from agent_desk.secrets import SecretStore

PROG = "agent-desk"
LOG_FILE = "cli.log"
MASK = "***"


# ---------------------------------------------------------------------------------- the parser
class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and exit status 2), not the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{PROG}: {message} (see '{self.prog} --help')\n")


def _add_global_options(parser: argparse.ArgumentParser, *, on_subcommand: bool) -> None:
    """``--config``, ``--profile`` and ``-v`` work before and after the command name."""
    keep = {"default": argparse.SUPPRESS} if on_subcommand else {}
    parser.add_argument("--config", metavar="FILE", help="config file (default: $AGENT_DESK_CONFIG or "
                        "config.toml in your config folder)", **keep)
    parser.add_argument("--profile", metavar="NAME", help="profile to use (default: default_profile)", **keep)
    parser.add_argument("-v", "--verbose", action="store_true", help="log requests to stderr", **keep)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Desktop companion to the softphone: click-to-call, live "
                     "calls, supervisor actions and call history from the command line.")
    _add_global_options(parser, on_subcommand=False)
    parser.add_argument("--demo", action="store_true",
                        help="open the window on the built-in PBX simulator (with --tour: a guided "
                             "tour of the commands in the terminal instead)")
    parser.add_argument("--tour", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
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
    mode.add_argument("--sync", dest="mode", action="store_const", const="sync",
                      help="wait until your phone picks up (default: the profile's click_to_call)")
    mode.add_argument("--async", dest="mode", action="store_const", const="async",
                      help="return at once with the call id")
    command("calls", "list the live calls", cmd_calls)
    for action, text in (("listen", "listen to a live call"), ("whisper", "talk to the agent only"),
                         ("barge", "join a live call")):
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
    command("status", "sign in and show whether your softphone is registered", cmd_status)
    command("capabilities", "what your provider can and cannot do", cmd_capabilities)
    command("events", "print call events as they happen (Ctrl-C stops)", cmd_events)
    secret = command("secret", "store or remove a secret in the system keyring", cmd_secret, json_flag=False)
    secret_actions = secret.add_subparsers(dest="secret_action", metavar="ACTION", required=True)
    for name, text in (("set", "store a secret (read from stdin or a prompt, never the command line)"),
                       ("forget", "remove a stored secret")):
        sub = secret_actions.add_parser(name, help=text, description=text)
        _add_global_options(sub, on_subcommand=True)
        sub.add_argument("field", metavar="FIELD", help="api_key, password, app_secret, sip_password, key "
                         "or webhook_secret")
        sub.set_defaults(handler=cmd_secret)
    sim = command("simulate", "run the PBX simulator (Ctrl-C stops)", cmd_simulate, json_flag=False)
    sim.add_argument("--port", type=int, default=8790, help="port (default 8790; 0 picks a free one)")
    sim.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    sim.add_argument("--provider", action="extend", nargs="+", metavar="P",
                     help="dialects to serve (default: all)")
    sim.add_argument("--rate", type=float, default=0.0, metavar="CALLS_PER_MIN",
                     help="inbound calls per minute (default 0: only on request)")
    sim.add_argument("--seed", type=int, help="random seed (default: the simulator's fixed seed)")
    return parser


# ---------------------------------------------------------------------------------- the session
class Session:
    """One command's context: parsed arguments, the chosen profile, its secrets, and masking.

    ``env`` replaces ``os.environ`` as the source of ``AGENT_DESK_*`` secrets (the demo passes
    each profile's demo secrets this way).
    """

    def __init__(self, args: argparse.Namespace, env: Mapping[str, str] | None = None) -> None:
        self.args = args
        self.env = env
        self._profile: Profile | None = None
        self._store: SecretStore | None = None
        self._seen: set[str] = set()  # secret values handed out, masked in logs and error texts

    def profile(self) -> Profile:
        if self._profile is None:
            from pathlib import Path

            from agent_desk.config import load_config
            from agent_desk.errors import ConfigError

            config = load_config(Path(self.args.config) if self.args.config else None)
            if not config.profiles:
                raise ConfigError(f"no profile is configured in {config.path}: add a [profiles.NAME] "
                                  f"table (see the README) or pass --config FILE")
            self._profile = config.profile(self.args.profile)
        return self._profile

    def secrets(self) -> SecretStore:
        """The profile's secret store; every value it returns is remembered for masking."""
        if self._store is None:
            from agent_desk.secrets import SecretStore

            store = SecretStore(self.profile(), env=self.env)
            lookup = store.get

            def get(field: str) -> str | None:
                value = lookup(field)
                if value:
                    self._seen.add(value)
                return value

            store.get = get  # type: ignore[method-assign]
            self._store = store
        return self._store

    @asynccontextmanager
    async def provider(self) -> AsyncIterator[Provider]:
        from agent_desk.providers import create_provider

        provider = create_provider(self.profile(), self.secrets())
        try:
            yield provider
        finally:
            await provider.aclose()

    def mask(self, text: str) -> str:
        """``text`` with every secret value this process knows replaced by ``***``."""
        import os

        from agent_desk.config import SECRET_FIELDS

        env = os.environ if self.env is None else self.env
        values = set(self._seen) | {env[n] for f in SECRET_FIELDS if env.get(n := "AGENT_DESK_" + f.upper())}
        for value in sorted(values, key=len, reverse=True):
            text = text.replace(value, MASK)
        return text


class _MaskingFilter:
    """A logging filter that masks the session's secrets in every record."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def filter(self, record: Any) -> bool:
        message = record.getMessage()
        masked = self.session.mask(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


def _log_to_stderr(session: Session) -> Any:
    """Warnings (and with ``-v`` the requests) go to stderr, secrets masked; returns the handler."""
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"{PROG}: %(levelname)s: %(message)s"))
    handler.addFilter(_MaskingFilter(session))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO if session.args.verbose else logging.WARNING)
    return handler


# ---------------------------------------------------------------------------------- running
def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``agent-desk`` and ``python -m agent_desk``; returns the exit status."""
    from agent_desk.phone import LINK_SCHEMES

    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    link = None
    if not set(argv) & set(_command_names(parser)):  # ``agent-desk tel:0901234567`` from another program
        link = next((a for a in argv if a.lower().startswith(LINK_SCHEMES)), None)
        if link is not None:
            argv.remove(link)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors (already printed)
        return exc.code if isinstance(exc.code, int) else 0
    args.link = link
    session = Session(args)
    import logging

    root = logging.getLogger()
    level = root.level
    handler = _log_to_stderr(session)
    try:
        return _run(session)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader of stdout went away (``| head``): nothing more to say
        _discard_stdout()
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: the user gets one line
        return report(session, exc)
    finally:  # leave logging as it was (main() also runs in-process, e.g. in tests)
        root.removeHandler(handler)
        root.setLevel(level)


def _command_names(parser: argparse.ArgumentParser) -> list[str]:
    return [name for action in parser._actions if isinstance(action, argparse._SubParsersAction)
            for name in action.choices]


def _open_window(args: argparse.Namespace) -> int:
    """No command: hand the arguments to a running window if there is one, else open the window."""
    from agent_desk.ui import app
    from agent_desk.ui.single_instance import forward_to_running

    forwarded = sys.argv[1:]
    if not args.demo and forward_to_running(forwarded):
        return 0
    return app.main(config_path=args.config, profile_name=args.profile, demo=args.demo, open_uri=args.link)


def _discard_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    import os

    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _run(session: Session) -> int:
    import asyncio

    from agent_desk.errors import ConfigError

    args = session.args
    handler = getattr(args, "handler", None)
    if args.demo and handler is not None:
        raise ConfigError("--demo takes no command")
    if args.tour:
        if not args.demo:
            raise ConfigError("--tour goes with --demo")
        from agent_desk.demo import run_demo

        return asyncio.run(run_demo())
    if handler is None:
        return _open_window(args)
    result = handler(session)
    return asyncio.run(result) if asyncio.iscoroutine(result) else result


async def execute(argv: Sequence[str], *, env: Mapping[str, str] | None = None) -> int:
    """Run one command inside a running event loop (the demo's tour); errors print as in :func:`main`."""
    import asyncio

    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 0
    session = Session(args, env)
    try:
        result = args.handler(session)
        return await result if asyncio.iscoroutine(result) else result
    except Exception as exc:  # noqa: BLE001 - same contract as main()
        return report(session, exc)


def report(session: Session, exc: Exception) -> int:
    """Print the one-line message for ``exc`` on stderr and return the exit status."""
    from agent_desk.errors import AgentDeskError

    if isinstance(exc, AgentDeskError):
        print(f"{PROG}: {session.mask(str(exc))}", file=sys.stderr)
        return exc.exit_code
    where = _log_internal_error(session, exc)
    text = f"the details are in {where}" if where else "the log file could not be written"
    print(f"{PROG}: an internal error happened ({type(exc).__name__}); {text}; please report it",
          file=sys.stderr)
    return 1


def _log_internal_error(session: Session, exc: Exception) -> str | None:
    """Append the traceback, secrets masked, to the CLI log (mode 0600); its path, or None."""
    import datetime as dt
    import os
    import traceback

    from agent_desk.config import default_data_dir

    path = default_data_dir() / "logs" / LOG_FILE
    command = getattr(session.args, "command", None) or ("--demo" if session.args.demo else "-")
    text = session.mask("".join(traceback.format_exception(exc)))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as log:
            log.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} {PROG} {__version__} "
                      f"command {command}\n{text}\n")
    except OSError:
        return None
    return str(path)


@asynccontextmanager
async def stop_signals() -> AsyncIterator[asyncio.Event]:
    """An event that SIGINT (Ctrl-C) or SIGTERM sets while the block runs.

    Where the loop cannot take signal handlers (Windows), Ctrl-C raises KeyboardInterrupt instead.
    """
    import asyncio
    import signal

    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    installed = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
        except (NotImplementedError, RuntimeError):
            pass
    try:
        yield stop
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)


# ---------------------------------------------------------------------------------- output
def print_json(value: dict[str, Any]) -> None:
    import json

    print(json.dumps(value, ensure_ascii=False))


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Left-aligned columns separated by two spaces."""
    widths = [max(len(str(r[i])) for r in (headers, *rows)) for i in range(len(headers))]
    return "\n".join("  ".join(str(cell).ljust(w) for cell, w in zip(row, widths)).rstrip()
                     for row in (headers, *rows))


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else ""


def _seconds(value: int | None) -> str:
    return "" if value is None else f"{value // 60}:{value % 60:02d}"


def _phone(number: str | None) -> str:
    from agent_desk.phone import display

    return display(number)


# ---------------------------------------------------------------------------------- commands
async def cmd_dial(session: Session) -> int:
    from agent_desk.phone import dial_string

    args = session.args
    number = dial_string(args.number)
    profile = session.profile()
    mode = args.mode or profile.click_to_call
    async with session.provider() as provider:
        result = await provider.dial(number, mode=mode)
    if args.json:
        print_json(result.to_json())
        return 0
    said = f"; the PBX said: {result.message}" if result.message else ""
    call = f" (call id {result.call_id})" if result.call_id else ""
    if result.mode == "sync":
        print(f"Your phone (extension {result.extension}) picked up; calling {_phone(result.number)}{call}{said}")
    else:
        print(f"Calling {_phone(result.number)} from extension {result.extension}: your phone rings "
              f"first{call}{said}")
    return 0


async def cmd_calls(session: Session) -> int:
    async with session.provider() as provider:
        calls = await provider.live_calls()
    if session.args.json:
        print_json({"calls": [c.to_json() for c in calls]})
    elif not calls:
        print("No live calls.")
    else:
        print(table(("CALL ID", "DIRECTION", "EXT", "CUSTOMER", "STATE", "STARTED"),
                    [(c.call_id, c.direction, c.extension or "", _phone(c.customer), c.state or "",
                      _when(c.started_at)) for c in calls]))
    return 0


_ACTION_DONE = {
    "listen": "Listening to call {call} on extension {ext}",
    "whisper": "Whispering into call {call} from extension {ext} (only the agent hears you)",
    "barge": "Joined call {call} from extension {ext}",
    "transfer": "Transferred call {call} to extension {ext}",
}


async def cmd_call_action(session: Session) -> int:
    from agent_desk.errors import ConfigError
    from agent_desk.models import CallAction

    args = session.args
    profile = session.profile()
    extension = (args.ext or profile.extension).strip()
    if not extension:
        raise ConfigError(f"profile '{profile.name}': extension is not set; pass --ext EXT")
    action = CallAction(args.command)
    async with session.provider() as provider:
        result = await provider.call_action(action, args.call_id, extension)
    if args.json:
        print_json(result.to_json())
    else:
        said = f"; the PBX said: {result.message}" if result.message else ""
        print(_ACTION_DONE[action.value].format(call=result.call_id, ext=result.extension) + said)
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


async def cmd_history(session: Session) -> int:
    from agent_desk.errors import ConfigError
    from agent_desk.models import CDR_STATUSES, DIRECTIONS, HistoryQuery
    from agent_desk.phone import dial_string

    args = session.args
    if args.limit < 1:
        raise ConfigError(f"--limit must be at least 1, got {args.limit}")
    query = HistoryQuery(
        start=_date("--from", args.start), end=_date("--to", args.end),
        phone=dial_string(args.phone) if args.phone else None,
        direction=_choice("--direction", args.direction, [d for d in DIRECTIONS if d != "unknown"]),
        status=_choice("--status", args.status, [s for s in CDR_STATUSES if s != "unknown"]),
        limit=args.limit, cursor=args.cursor,
    )
    if query.start and query.end and query.start > query.end:
        raise ConfigError("--from must not be after --to")
    async with session.provider() as provider:
        page = await provider.history(query)
    if args.json:  # CdrPage.to_json() cannot serialize its records yet (models._jsonable)
        print_json({"records": [r.to_json() for r in page.records], "total": page.total,
                    "next_cursor": page.next_cursor})
        return 0
    if not page.records:
        print("No calls found.")
    else:
        print(table(("STARTED", "DIRECTION", "PHONE", "EXT", "STATUS", "LENGTH", "CALL ID"),
                    [(_when(r.started_at), r.direction, _phone(r.phone), r.extension or "", r.status,
                      _seconds(r.billsec if r.billsec is not None else r.duration), r.call_id)
                     for r in page.records]))
    shown = f"{len(page.records)} of {page.total}" if page.total is not None else str(len(page.records))
    more = f"; next page: add --cursor {page.next_cursor}" if page.next_cursor else ""
    print(f"Showing {shown}{more}")
    return 0


async def cmd_status(session: Session) -> int:
    profile = session.profile()
    async with session.provider() as provider:
        status = await provider.login()
        title = provider.title
    if session.args.json:
        print_json(status.to_json())
        return 0
    softphone = {True: "registered", False: "NOT registered: open your softphone and sign in",
                 None: "unknown (the provider cannot tell)"}[status.softphone_registered]
    rows = [("Profile", f"{profile.name} ({title})"), ("User", status.user or ""),
            ("Extension", status.extension or ""), ("Signed in", "yes" if status.logged_in else "no"),
            ("Softphone", softphone), ("Level", status.level or ""), ("Agent", status.agent_name or ""),
            ("Note", status.detail or "")]
    print("\n".join(f"{name:<10} {value}" for name, value in rows if value))
    return 0


async def cmd_capabilities(session: Session) -> int:
    from agent_desk.models import Capability

    profile = session.profile()
    async with session.provider() as provider:
        supported = [c.value for c in Capability if provider.supports(c)]
        unsupported = [c.value for c in Capability if not provider.supports(c)]
        title = provider.title
    if session.args.json:
        print_json({"profile": profile.name, "provider": profile.provider, "title": title,
                    "supported": supported, "unsupported": unsupported})
        return 0
    print(f"{title} (profile {profile.name})")
    print(table(("CAPABILITY", "SUPPORTED"), [(c.replace("_", " "), "yes") for c in supported]
                + [(c.replace("_", " "), "no") for c in unsupported]))
    return 0


async def cmd_events(session: Session) -> int:
    from agent_desk.events.runner import run_events_command

    profile = session.profile()
    async with session.provider() as provider:
        return await run_events_command(profile, provider, json_output=session.args.json, out=sys.stdout)


def cmd_secret(session: Session) -> int:
    import os

    from agent_desk.config import SECRET_FIELDS
    from agent_desk.errors import ConfigError
    from agent_desk.secrets import SecretStore, env_name

    args = session.args
    if args.field not in SECRET_FIELDS:
        raise ConfigError(f"'{args.field}' is not a secret field (one of {', '.join(SECRET_FIELDS)})")
    profile = session.profile()
    store = SecretStore(profile, env=session.env)
    if args.secret_action == "forget":
        removed = store.forget(args.field)
        print(f"Removed {args.field} of profile '{profile.name}' from the keyring." if removed else
              f"No {args.field} of profile '{profile.name}' was stored in the keyring.")
        return 0
    _check_keyring()
    store.store(args.field, _read_secret(args.field, profile.name))
    print(f"Stored {args.field} of profile '{profile.name}' in the system keyring.")
    if (os.environ if session.env is None else session.env).get(env_name(args.field)):
        print(f"Note: {env_name(args.field)} is set and takes precedence over the keyring.")
    return 0


def _check_keyring() -> None:
    """Fail before asking for a secret that could not be kept."""
    import keyring
    from keyring.backends import fail

    from agent_desk.errors import KeyringUnavailable

    if isinstance(keyring.get_keyring(), fail.Keyring):
        raise KeyringUnavailable("no keyring backend is installed or running")


def _read_secret(field: str, profile: str) -> str:
    """One line from stdin when it is piped, else a prompt that does not echo."""
    from agent_desk.errors import ConfigError

    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        try:
            value = getpass.getpass(f"{field} for profile '{profile}': ")
        except EOFError:
            value = ""
    else:
        value = sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""
    if not value:
        raise ConfigError(f"no value given for {field}: type it at the prompt or pipe it on stdin")
    return value


async def cmd_simulate(session: Session) -> int:
    from agent_desk.config import PROVIDER_KEYS
    from agent_desk.demo import credentials_guide
    from agent_desk.errors import ConfigError
    from agent_desk.sim.server import Simulator
    from agent_desk.sim.world import SimSettings

    args = session.args
    unknown = [p for p in args.provider or () if p not in PROVIDER_KEYS]
    if unknown:
        raise ConfigError(f"unknown provider '{unknown[0]}' (one of {', '.join(PROVIDER_KEYS)})")
    if args.rate < 0:
        raise ConfigError("--rate must not be negative")
    if not 0 <= args.port <= 65535:
        raise ConfigError(f"--port must be a port number (0-65535), got {args.port}")
    settings = SimSettings(rate_per_min=args.rate, **({} if args.seed is None else {"seed": args.seed}))
    providers = list(dict.fromkeys(args.provider)) if args.provider else None
    sim = Simulator(settings, providers=providers, host=args.host, port=args.port)
    async with stop_signals() as stop:
        try:
            await sim.start()
        except OSError as exc:
            await sim.stop()
            if exc.errno in (errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EACCES):
                raise ConfigError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
            raise ConfigError(f"the simulator could not start: {exc.strerror or exc}"
                              + (f" ({exc.filename})" if exc.filename else "")) from None
        try:
            print(f"Simulator listening on {sim.base_url}", flush=True)
            print(credentials_guide(sim), flush=True)
            print("Press Ctrl-C to stop.", flush=True)
            await stop.wait()
        finally:
            await sim.stop()
    print("Simulator stopped.", flush=True)
    return 0
