"""Running a command: ``main()``, the window hand-off, errors as one line, exit status, signals."""

from __future__ import annotations

import argparse
import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from agent_desk import __version__
from agent_desk.cli.context import CommandContext, _log_to_stderr
from agent_desk.cli.parser import PROG, build_parser, command_names, window_args

if TYPE_CHECKING:
    import asyncio

LOG_FILE = "cli.log"

#: what ``set_defaults(handler=...)`` registers for a command: a function or a coroutine function
Handler = Callable[[CommandContext], int | Coroutine[Any, Any, int]]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``agent-desk`` and ``python -m agent_desk``; returns the exit status."""
    from agent_desk.phone import LINK_SCHEMES

    argv = list(sys.argv[1:] if argv is None else argv)
    link = next((a for a in argv if a.lower().startswith(LINK_SCHEMES)), None)
    try:
        args = window_args([a for a in argv if a != link])  # the window: no parser of every command
        if args is None:
            parser = build_parser()
            if set(argv) & set(command_names(parser)):  # a command's argument, not a link to open
                link = None
            if link is not None:  # ``agent-desk tel:0901234567`` from another program
                argv.remove(link)
            args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors (already printed)
        return exc.code if isinstance(exc.code, int) else 0
    args.link = link
    ctx = CommandContext(args)
    import logging

    root = logging.getLogger()
    level = root.level
    undo_logging = _log_to_stderr(ctx)
    try:
        return _run(ctx)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader of stdout went away (``| head``): nothing more to say
        _discard_stdout()
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: the user gets one line
        return report(ctx, exc)
    finally:  # leave logging as it was (main() also runs in-process, e.g. in tests)
        undo_logging()
        root.setLevel(level)


def _open_window(args: argparse.Namespace) -> int:
    """No command: hand the arguments to a running window if there is one, else open the window.

    SIGINT and SIGTERM are held from here until the window takes them (``app.main``'s ``held_signals``): a
    KeyboardInterrupt inside PySide6's imports can abort the interpreter, and a signal that comes while the
    window starts must still quit it cleanly. The handlers from before come back after (main() also runs
    in-process, e.g. in tests).
    """
    from agent_desk.interrupts import quit_signals

    held: list[int] = []
    with quit_signals(held.append):
        return _forward_or_open(args, held)


def _forward_or_open(args: argparse.Namespace, held: list[int]) -> int:
    from agent_desk.ui.support.single_instance import forward_to_running
    from agent_desk.ui.window import app

    forwarded = sys.argv[1:]
    if not args.demo and forward_to_running(forwarded):
        said = "Agent Desk is already running: "
        said += f"its window takes {args.link}" if args.link else "its window was brought to the front"
        if args.profile:
            said += f"; it keeps the profile it is signed in with (sign out there to switch to '{args.profile}')"
        print(said, file=sys.stderr)
        return 0
    return app.main(
        config_path=args.config,
        profile_name=args.profile,
        demo=args.demo,
        open_uri=args.link,
        forward_args=None if args.demo else forwarded,
        held_signals=held,
    )


def _discard_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    import os

    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _run(ctx: CommandContext) -> int:
    from agent_desk.errors import ConfigError

    args = ctx.args
    handler: Handler | None = getattr(args, "handler", None)
    if getattr(args, "provision", None):
        from agent_desk.cli.provision import cmd_provision

        return _complete(cmd_provision(ctx))
    if args.demo and handler is not None:
        raise ConfigError("--demo takes no command")
    if args.tour:
        if not args.demo:
            raise ConfigError("--tour goes with --demo")
        from agent_desk.cli.tour import run_demo

        return _complete(run_demo())
    if handler is None:  # no asyncio yet: the window adopts its loop when it needs one (Desk.start)
        return _open_window(args)
    result = handler(ctx)
    return result if isinstance(result, int) else _complete(result)


def _complete(coro: Coroutine[Any, Any, int]) -> int:
    """Run a command's coroutine to its end on a loop of its own."""
    import asyncio

    return asyncio.run(coro)


async def execute(argv: Sequence[str], *, env: Mapping[str, str] | None = None) -> int:
    """Run one command inside a running event loop (the demo's tour); errors print as in :func:`main`."""

    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 0
    ctx = CommandContext(args, env)
    try:
        handler: Handler = args.handler
        result = handler(ctx)
        return result if isinstance(result, int) else await result
    except Exception as exc:  # noqa: BLE001 - same contract as main()
        return report(ctx, exc)


def report(ctx: CommandContext, exc: Exception) -> int:
    """Print the one-line message for ``exc`` on stderr and return the exit status."""
    from agent_desk.errors import AgentDeskError

    if isinstance(exc, AgentDeskError):
        print(f"{PROG}: {ctx.mask(str(exc))}", file=sys.stderr)
        return exc.exit_code
    where = _log_internal_error(ctx, exc)
    text = f"the details are in {where}" if where else "the log file could not be written"
    print(f"{PROG}: an internal error happened ({type(exc).__name__}); {text}; please report it", file=sys.stderr)
    return 1


def _log_internal_error(ctx: CommandContext, exc: Exception) -> str | None:
    """Append the traceback, secrets masked, to the CLI log (mode 0600); its path, or None."""
    import datetime as dt
    import os
    import traceback

    from agent_desk.config import default_data_dir

    path = default_data_dir() / "logs" / LOG_FILE
    command = getattr(ctx.args, "command", None) or ("--demo" if ctx.args.demo else "-")
    text = ctx.mask("".join(traceback.format_exception(exc)))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as log:
            log.write(
                f"--- {dt.datetime.now().isoformat(timespec='seconds')} {PROG} {__version__} "
                f"command {command}\n{text}\n"
            )
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
