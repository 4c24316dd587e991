"""``agent-desk events [--json]``: stream the profile's normalized call events until Ctrl-C.

Each published event is one line on ``out``: with ``--json`` the stable
:meth:`~agent_desk.models.CallEvent.public_json` object (``call_id``, ``state``, ``direction``,
``caller``, ``callee``, ``extension``, ``provider``, ``source``, ``at``, ``duration``,
``recording_url``, ``outcome``, ``pbx_status``; unknown values null), else a human line. The lines come from the same
:class:`~agent_desk.events.pipeline.EventPipeline` the GUI uses, so a duplicate is never printed
twice. The command runs them through the core :class:`~agent_desk.session.Session` it signed in
with, like the GUI. Source health changes go to stderr as sentences. Errors are raised as
:class:`~agent_desk.errors.AgentDeskError` for the CLI to print; an output that went away (a
closed pipe) ends the command with that ``OSError``. Lines go out through a
:class:`~agent_desk.events.line_writer.LineWriter`, so a reader that stops reading never stalls
the listener. A human line shows control characters (a caller id's ESC sequences) as ``\x1b``.

The command ends when ``stop`` is set (the CLI sets it on Ctrl-C and on SIGTERM alike) or when it
is cancelled; either way the sources stop, webhook registrations are removed, and all of that is
given at most :data:`STOP_DEADLINE` seconds, so the command is gone within 2 s of the signal.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import TYPE_CHECKING, TextIO

from agent_desk.events import SourceHealth
from agent_desk.events.line_writer import LineWriter
from agent_desk.models import CallEvent
from agent_desk.text import printable

__all__ = ["STOP_DEADLINE", "health_line", "human_line", "printable", "run_events_command"]

STOP_DEADLINE = 1.2  # seconds to stop the sources and undo registrations; with the output's 0.3 s, gone within 2 s

if TYPE_CHECKING:
    from agent_desk.session import Session


def human_line(event: CallEvent, mine: bool) -> str:
    """``14:32:05  ringing   inbound   0901234567 → 101  call 5f1c…  (yours)``."""
    parts = [
        event.at.strftime("%H:%M:%S"),
        f"{event.state:<8}",
        f"{event.direction:<8}",
        f"{event.caller or '?'} → {event.callee or '?'}",
    ]
    if event.extension:
        parts.append(f"ext {event.extension}")
    parts.append(f"call {event.call_id}")
    if event.duration is not None:
        parts.append(f"{event.duration} s")
    if event.recording_url:
        parts.append(event.recording_url)
    if event.outcome:
        parts.append(event.outcome)
    if mine:
        parts.append("(yours)")
    return printable("  ".join(parts))


def health_line(health: SourceHealth) -> str:
    detail = f": {health.detail}" if health.detail else ""
    return f"{health.source} events {health.state}{detail}"


async def run_events_command(
    session: Session, *, json_output: bool, out: TextIO, stop: asyncio.Event | None = None
) -> int:
    """Start the signed-in ``session``'s call events and print them until ``stop`` is set or the
    command is cancelled; 0 then, or when the source ends by itself. The events are stopped on
    return, within :data:`STOP_DEADLINE`."""
    loop = asyncio.get_running_loop()
    broken: asyncio.Future[None] = loop.create_future()

    def fail(exc: OSError) -> None:
        if not broken.done():
            broken.set_exception(exc)

    def failed(exc: OSError) -> None:  # e.g. BrokenPipeError: the reader went away (in the writer's thread)
        loop.call_soon_threadsafe(fail, exc)

    writer = LineWriter(out, sys.stderr, failed)

    def on_event(event: CallEvent, mine: bool) -> None:
        if broken.done():
            return
        line = json.dumps(event.public_json(), ensure_ascii=False) if json_output else human_line(event, mine)
        writer.put(line)

    def on_health(health: SourceHealth) -> None:
        print(health_line(health), file=sys.stderr, flush=True)

    unsubscribe = session.subscribe(on_event=on_event, on_health=on_health)
    try:
        await session.start_events()
    except BaseException:
        unsubscribe()
        await asyncio.to_thread(writer.close, 0.3)
        raise
    waiting = asyncio.ensure_future(session.wait_events())
    stopped = asyncio.ensure_future((stop or asyncio.Event()).wait())
    try:
        pending: set[asyncio.Future[object]] = {waiting, broken, stopped}  # type: ignore[arg-type]
        await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        if broken.done():
            broken.result()
        if not stopped.done():
            waiting.result()
    finally:
        waiting.cancel()
        stopped.cancel()
        if broken.done():
            broken.exception()  # retrieved: the error was raised above, or the command was cancelled
        else:
            broken.cancel()
        try:
            async with asyncio.timeout(STOP_DEADLINE):
                await session.stop_events()
        except TimeoutError:
            print("stopped without waiting longer for the event sources to close", file=sys.stderr, flush=True)
        await asyncio.gather(waiting, stopped, return_exceptions=True)
        unsubscribe()
        await asyncio.to_thread(writer.close, 0.3)
    return 0
