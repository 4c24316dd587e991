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
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import TYPE_CHECKING, TextIO

from agent_desk.events import SourceHealth
from agent_desk.events.line_writer import LineWriter
from agent_desk.models import CallEvent

if TYPE_CHECKING:
    from agent_desk.session import Session


def printable(text: str) -> str:
    """``text`` with control characters escaped, so a caller id cannot drive the terminal."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


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


async def run_events_command(session: Session, *, json_output: bool, out: TextIO) -> int:
    """Start the signed-in ``session``'s call events and print them until cancelled (Ctrl-C);
    returns 0 if the source ever ends by itself. The events are stopped on return."""
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
        await asyncio.to_thread(writer.close)
        raise
    waiting = asyncio.ensure_future(session.wait_events())
    try:
        await asyncio.wait({waiting, broken}, return_when=asyncio.FIRST_COMPLETED)
        if broken.done():
            broken.result()
        waiting.result()
    finally:
        waiting.cancel()
        if broken.done():
            broken.exception()  # retrieved: the error was raised above, or the command was cancelled
        else:
            broken.cancel()
        await session.stop_events()
        await asyncio.gather(waiting, return_exceptions=True)
        unsubscribe()
        await asyncio.to_thread(writer.close)
    return 0
