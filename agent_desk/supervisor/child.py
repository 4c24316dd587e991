"""The console's refresher process: :func:`main` runs in a child the GUI process spawned (:mod:`.worker`).

It imports no Qt. Over ``commands`` (the parent's end writes, pickled) it receives first a
:class:`Start` (the profile, its secrets, the interval, the parent's log level), then call events
and requests to read now; over ``updates`` (msgpack, :mod:`.wire`) it sends the updates, its log
records and, when its provider cannot be made, :class:`~.wire.Failed`. The secrets come only
through that pipe: never on the command line, in the environment or in a file.

It makes its own provider from the profile and the secrets (:func:`agent_desk.providers.create_provider`)
and runs the same :class:`~agent_desk.supervisor.refresher.Refresher` as the app did in a thread.

Logging: the root logger's one handler sends each record at or above the parent's level to the
parent, formatted (traceback included) and masked first by a
:class:`~agent_desk.logmask.SecretMask` that knows the secrets it received and the ``AGENT_DESK_*``
environment; the parent hands it to its own logger of the same name (masked again there).

It ends when ``commands`` reaches its end (the parent closed it, or died: the kernel closes a dead
process's pipes), when ``updates`` cannot be written (the parent is gone), or when the refresher
fails (a bug: logged; the parent starts another). It ignores SIGINT: a Ctrl-C in the terminal is
the parent's to handle, and the parent ending closes the pipe.

Priority: it runs below the desk's (:func:`yield_to_the_desk`). It is background work (a refresh a
second may come a few milliseconds late), while the desk's GUI thread must get a core within a frame
of waking. On a 2-core PC with another program busy on one core, the two otherwise share the other
core as equals, and the GUI thread waited for a core 30-40 ms a second, in stalls up to 20 ms
(the console bench, ``--hog 1``); with the child below it, 6-26 ms a second and at most 10 ms
(tests/bench/README.md, "the refresher process below the desk's priority").
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import signal
import sys
import threading
from multiprocessing.connection import Connection
from typing import Any

from agent_desk.config import Profile

log = logging.getLogger(__name__)

#: the child's niceness above the desk's (POSIX: 0-19, higher yields more; 10 is what ``nice`` gives by default)
NICENESS = 10
#: Windows' priority class of the child: one step below the desk's NORMAL_PRIORITY_CLASS
BELOW_NORMAL_PRIORITY_CLASS = 0x4000


@dataclasses.dataclass(frozen=True)
class Start:
    """The first message on ``commands``."""

    profile: Profile
    secrets: dict[str, str]  # field → value
    interval: float
    log_level: int


class _Sender:
    """Writes messages on ``updates`` from any thread, one at a time."""

    def __init__(self, updates: Connection) -> None:
        self.updates = updates
        self.lock = threading.Lock()

    def send(self, data: bytes) -> None:
        with self.lock:
            self.updates.send_bytes(data)


class _PipeLog(logging.Handler):
    """Sends each record to the parent as a :class:`~.wire.LogLine` (see the module doc)."""

    def __init__(self, sender: _Sender) -> None:
        super().__init__()
        self.sender = sender

    def emit(self, record: logging.LogRecord) -> None:
        from agent_desk.supervisor.wire import LogLine, encoder

        try:
            text = record.getMessage()
            if record.exc_text:  # the mask formatted and masked the traceback already
                text += "\n" + record.exc_text
            self.sender.send(encoder.encode(LogLine(record.name, record.levelno, text)))
        except (OSError, ValueError):  # the parent is gone: the main loop notices and ends
            pass


def yield_to_the_desk() -> None:
    """Lower this process's priority below the desk's (see the module doc): :data:`NICENESS` more
    on POSIX, :data:`BELOW_NORMAL_PRIORITY_CLASS` on Windows. Lowering one's own priority needs no
    privilege; where the OS refuses anyway, the child runs at the desk's priority, as it did."""
    try:
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32
            if not kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), BELOW_NORMAL_PRIORITY_CLASS):
                raise OSError(ctypes.get_last_error(), "SetPriorityClass failed")
        else:
            os.nice(NICENESS)
    except OSError as exc:
        log.warning("the console refresher runs at the desk's priority: %s", exc)


def main(commands: Connection, updates: Connection) -> None:
    """The child's entry point (see the module doc)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    yield_to_the_desk()
    try:
        start: Start = commands.recv()
    except (EOFError, OSError):
        return
    sender = _Sender(updates)
    _log_to_parent(sender, start)
    try:
        provider = _provider(start)
    except Exception as exc:  # whatever it is, the parent shows it and tries again later
        from agent_desk import errors
        from agent_desk.supervisor.wire import Failed, encoder, error_message

        if not isinstance(exc, errors.AgentDeskError):
            log.exception("the console refresher could not start")
        try:
            sender.send(encoder.encode(Failed(error_message(exc))))
        except OSError:
            pass
        return
    asyncio.run(_serve(provider, start, commands, sender))


def _log_to_parent(sender: _Sender, start: Start) -> None:
    from agent_desk.logmask import SecretMask, environment_secrets

    mask = SecretMask()
    mask.remember([*start.secrets.values(), *environment_secrets()])
    handler = _PipeLog(sender)
    handler.addFilter(mask)
    root = logging.getLogger()
    for old in root.handlers[:]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(start.log_level)


def _provider(start: Start) -> Any:
    from agent_desk.providers import create_provider
    from agent_desk.secrets import SecretStore, env_name

    store = SecretStore(start.profile, env={env_name(field): value for field, value in start.secrets.items()})
    return create_provider(start.profile, store)


async def _serve(provider: Any, start: Start, commands: Connection, sender: _Sender) -> None:
    """Run the refresher until ``commands`` ends, ``updates`` breaks, or the refresher fails."""
    from agent_desk.supervisor.refresher import Refresher, Update
    from agent_desk.supervisor.wire import update_messages

    loop = asyncio.get_running_loop()
    last_health: list[Any] = [None]

    def publish(update: Update) -> None:
        changed = update.health is not last_health[0]
        last_health[0] = update.health
        for data in update_messages(update, changed):
            sender.send(data)  # OSError (the parent is gone) ends the refresher: run() raises it

    refresher = Refresher(provider, publish, interval=start.interval)
    task = asyncio.current_task()
    assert task is not None

    def read_commands() -> None:
        try:
            while True:
                try:
                    command = commands.recv()
                except (EOFError, OSError):  # the parent closed its end, or died
                    loop.call_soon_threadsafe(task.cancel)
                    return
                if command[0] == "event":
                    loop.call_soon_threadsafe(refresher.apply_event, command[1])
                elif command[0] == "refresh":
                    loop.call_soon_threadsafe(refresher.refresh_soon)
        except RuntimeError:  # the loop ended meanwhile (the refresher failed): nothing left to tell
            return

    threading.Thread(target=read_commands, name="console-refresher-commands", daemon=True).start()
    try:
        await refresher.run()
    except asyncio.CancelledError:
        pass
    except OSError:  # updates could not be written: the parent is gone
        pass
    except Exception:  # a bug: the parent shows the data as stale and starts another
        log.exception("the console refresher stopped")
    finally:
        await provider.aclose()
