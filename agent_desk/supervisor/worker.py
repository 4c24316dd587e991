"""Run the console's :class:`~agent_desk.supervisor.refresher.Refresher` in a child process.

Reading 5,000 live calls means reading and decoding a megabyte and more of JSON and diffing 10,000
records every second: 80-100 ms of CPU a second in Python. In a thread of the GUI process it shared
the GIL with the GUI thread, and each time the GUI thread gave the GIL up (around many Qt calls,
while the event loop slept) it waited again for the refresher to hand it back: stalls of 20-27 ms
that no tuning of a thread removes. So the refresher runs in a child process (:mod:`.child`,
``multiprocessing``'s "spawn" start: the same on Linux, macOS, Windows and in the frozen bundle,
whose entry point calls ``multiprocessing.freeze_support()``), with its own provider made from the
profile and the secrets, which reach it only through the pipe. The GUI process keeps one small
reader thread that blocks on the pipe (the GIL free meanwhile), decodes each message (a few hundred
records at most, :mod:`.wire`) and hands each whole :class:`~agent_desk.supervisor.refresher.Update`
to ``publish`` (the console's queued signal), as the thread did.

Lifecycle: :meth:`RefresherProcess.start` once (returns at once: the child is spawned by the reader
thread); :meth:`~RefresherProcess.stop` from any thread (returns at once: it closes the commands
pipe, the child ends on that end of file; :meth:`~RefresherProcess.join` waits for the child and the
reader, killing a child that has not ended within :data:`STOP_GRACE` seconds). Nothing is published
once :meth:`~RefresherProcess.stop` has returned, not even an update the reader had ready: its
receiver may be deleted right after (a console closed on a profile switch; emitting a signal of a
deleted bridge raises ``RuntimeError: Signal source has been deleted``).

No orphans: the child ends when the parent closes its end of the commands pipe or dies (the kernel
closes a dead process's pipes: the child reads the end of the file), and when it cannot write an update.

A child that ends unasked (it died, could not be started, or could not make its provider) makes the
data stale: the reader publishes an update whose health is stale, with the error
(:class:`~agent_desk.errors.RefresherStopped`, or the provider's own, such as a missing secret) and
the delay until another child is started (:class:`~agent_desk.backoff.Backoff`, reset
once a child has run :data:`HEALTHY_AFTER` seconds). A new child reads everything again; its first
read of each kind (calls, agents, queues) is turned into a diff against the rows published before
(ids kept by the reader): rows already shown are changed, not inserted again, and rows gone are removed.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
import time
from collections.abc import Mapping
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from agent_desk import errors
from agent_desk.backoff import Backoff
from agent_desk.config import Profile
from agent_desk.models import CallEvent
from agent_desk.supervisor import child
from agent_desk.supervisor.diff import AGENTS, CALLS, QUEUES, Diff, RowKind
from agent_desk.supervisor.refresher import Health, Publish, Update
from agent_desk.supervisor.wire import Assembler, Failed, LogLine, decoder, error_of

log = logging.getLogger(__name__)

STOP_GRACE = 5.0  # seconds a child has to end after its commands pipe closed, before it is killed
HEALTHY_AFTER = 60.0  # a child that ran this long resets the restart backoff


class RefresherProcess:
    """A refresher on ``profile``'s provider in a child process (see the module doc). ``secrets``:
    field → value (:func:`agent_desk.secrets.held_secrets`); ``publish`` is called in the reader thread."""

    def __init__(
        self,
        profile: Profile,
        secrets: Mapping[str, str],
        publish: Publish,
        *,
        interval: float = 1.0,
        backoff: Backoff | None = None,
        name: str = "console-refresher",
    ) -> None:
        self.name = name
        self._start = child.Start(profile, dict(secrets), interval, logging.getLogger().getEffectiveLevel())
        self._publish = publish
        self.backoff = backoff or Backoff()
        self._context = multiprocessing.get_context("spawn")
        self._thread = threading.Thread(target=self._run, name=f"{name}-reader", daemon=True)
        self._stopping = threading.Event()
        self._publishing = threading.Lock()  # held while publishing, and by stop(): no publish after it
        self._sending = threading.Lock()  # one command at a time on the pipe
        self._commands: Connection | None = None
        self._health = Health(stale=False)
        self._known: dict[str, set[str]] = {"calls": set(), "agents": set(), "queues": set()}
        #: the child now (None before the first and between two)
        self.process: BaseProcess | None = None

    @property
    def pid(self) -> int | None:
        """The child's process id now (None when there is none)."""
        process = self.process
        return process.pid if process is not None else None

    def start(self) -> None:
        self._thread.start()

    # ------------------------------------------------------------------ commands
    def _send(self, command: tuple[Any, ...]) -> None:
        with self._sending:
            if self._commands is None:
                return  # no child now: the next one reads everything anyway
            try:
                self._commands.send(command)
            except OSError:  # the child ended meanwhile
                pass

    def post_event(self, event: CallEvent) -> None:
        """Merge a call event (from any thread)."""
        self._send(("event", event))

    def refresh_soon(self) -> None:
        self._send(("refresh",))

    def stop(self) -> None:
        """Ask the child to end (from any thread; returns at once, or once a publish under way is out).
        Nothing is published after this returns."""
        with self._publishing:
            self._stopping.set()
        with self._sending:
            if self._commands is not None:
                self._commands.close()
                self._commands = None

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the child and the reader to end; True when they did."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # ------------------------------------------------------------------ the reader thread
    def _run(self) -> None:
        while not self._stopping.is_set():
            began = time.monotonic()
            error = self._serve_one()
            if self._stopping.is_set():
                return
            if time.monotonic() - began >= HEALTHY_AFTER:
                self.backoff.reset()
            delay = self.backoff.next_delay()
            log.warning("the console refresher ended (%s); starting another in %.1f s", error, delay)
            self._health = Health(stale=True, last_good=self._health.last_good, error=error, retry_in=delay)
            self._deliver(Update(calls=Diff(), health=self._health, at=time.time()))
            if self._stopping.wait(delay):
                return

    def _serve_one(self) -> BaseException:
        """Start a child and pass on what it sends until it ends; the error to show for its end."""
        error: BaseException = errors.RefresherStopped()
        commands_end, commands = self._context.Pipe(duplex=False)
        updates, updates_end = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=child.main, args=(commands_end, updates_end), name=self.name, daemon=True
        )
        try:
            process.start()
        except Exception:  # no child: shown as stale, tried again later
            log.exception("the console refresher could not be started")
            commands.close()
            updates.close()
            return error
        finally:
            commands_end.close()  # the child's ends: the child's own copies are the only ones left
            updates_end.close()
        self.process = process
        try:
            with self._sending:
                if self._stopping.is_set():
                    commands.close()  # stopped meanwhile: the child reads the end of the file
                else:
                    self._commands = commands
                    commands.send(self._start)
            assembler = Assembler(self._health)
            fresh = {"calls", "agents", "queues"}  # kinds this child has not read yet
            while True:
                message = decoder.decode(updates.recv_bytes())
                if isinstance(message, LogLine):
                    _log(message, self.name)
                elif isinstance(message, Failed):
                    error = error_of(message.error)
                else:
                    update = assembler.take(message)
                    if update is not None:
                        self._resync(update, fresh)
                        self._health = update.health
                        self._deliver(update)
        except (EOFError, OSError):  # the child ended (or the commands pipe was closed under send)
            pass
        except Exception:  # a message that makes no sense (a bug): this child ends, another is started
            log.exception("the console refresher's message could not be read")
        finally:
            with self._sending:
                if self._commands is commands:
                    self._commands = None
                commands.close()
            updates.close()
            process.join(STOP_GRACE)
            if process.is_alive():
                log.warning("the console refresher did not end in %.0f s: killed", STOP_GRACE)
                process.kill()
                process.join()
            self.process = None  # before close(): a closed process's pid raises
            process.close()
        return error

    def _resync(self, update: Update, fresh: set[str]) -> None:
        """Keep the ids published, and turn a new child's first read of a kind into a diff against them."""
        parts: tuple[tuple[str, RowKind[Any], Diff[Any] | None, bool], ...] = (
            ("calls", CALLS, update.calls, not update.health.stale),  # stale: no read, the diff is events'
            ("agents", AGENTS, update.agents, True),
            ("queues", QUEUES, update.queue_diff, True),
        )
        for kind, rows, diff, read in parts:
            if diff is None:
                continue
            known = self._known[kind]
            if read and kind in fresh:
                fresh.discard(kind)
                if known:
                    ids = {rows.key(row) for row in diff.inserted}
                    diff.changed = [row for row in diff.inserted if rows.key(row) in known]
                    diff.inserted = [row for row in diff.inserted if rows.key(row) not in known]
                    diff.removed = [key for key in known if key not in ids]
            known.update(rows.key(row) for row in diff.inserted)
            known.difference_update(diff.removed)

    def _deliver(self, update: Update) -> None:
        with self._publishing:
            if not self._stopping.is_set():
                self._publish(update)


def _log(line: LogLine, process: str) -> None:
    """Hand a child's log record to this process's logger of the same name."""
    logger = logging.getLogger(line.name)
    if logger.isEnabledFor(line.level):
        record = logging.makeLogRecord(
            {"name": line.name, "levelno": line.level, "levelname": logging.getLevelName(line.level), "msg": line.text}
        )
        record.processName = process
        logger.handle(record)
