"""Run a :class:`~agent_desk.supervisor.refresher.Refresher` in a worker thread with its own loop.

Reading 5,000 live calls means parsing a megabyte of JSON and building 5,000 records every
second; on the GUI thread that alone would take longer than a frame. So the console's refresher
runs here, with its own provider (its own HTTP client and token, bound to this thread's loop),
and only the small diffs cross to the GUI, through ``publish`` (called in the worker thread: the
GUI side hands them over with a queued Qt signal).

Lifecycle: :meth:`start` once; :meth:`stop` from any thread (it returns at once: the loop cancels the
refresher, closes the provider and ends; :meth:`join` waits for that). Nothing is published once
:meth:`stop` has returned, not even an update the refresher had ready: its receiver may be deleted
right after (a console closed on a profile switch; emitting a signal of a deleted bridge raises
``RuntimeError: Signal source has been deleted`` in the worker).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any

from agent_desk.models import CallEvent
from agent_desk.supervisor.refresher import Publish, Refresher, Update

log = logging.getLogger(__name__)


class RefresherThread:
    """A refresher on ``make_provider()``'s provider, in a daemon thread named ``name``."""

    def __init__(
        self,
        make_provider: Callable[[], Any],
        publish: Publish,
        *,
        name: str = "console-refresher",
        **refresher_options: Any,
    ) -> None:
        self._make_provider = make_provider
        self._publish = publish
        self._options = refresher_options
        self._thread = threading.Thread(target=self._main, name=name, daemon=True)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._ready = threading.Event()
        self._stopping = False
        self._publishing = threading.Lock()  # held while publishing, and by stop(): no publish after it
        self.refresher: Refresher | None = None

    def start(self) -> None:
        self._thread.start()
        self._ready.wait(5.0)

    def _main(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        finally:
            loop.close()

    async def _serve(self) -> None:
        try:
            provider = self._make_provider()
            self.refresher = Refresher(provider, self._publish_unless_stopped, **self._options)
            self._task = asyncio.current_task()
        except Exception:  # a bug (the session's provider was made from the same profile)
            log.exception("the console refresher could not start")
            return
        finally:
            self._ready.set()  # start() waits for this: never for its whole timeout
        try:
            if not self._stopping:
                await self.refresher.run()
        except asyncio.CancelledError:
            pass
        except Exception:  # a bug: log it, the console shows the data as stale
            log.exception("the console refresher stopped")
        finally:
            await provider.aclose()

    def _publish_unless_stopped(self, update: Update) -> None:
        with self._publishing:
            if not self._stopping:
                self._publish(update)

    def _call(self, callback: Callable[..., Any], *args: Any) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(callback, *args)
            except RuntimeError:  # closed meanwhile
                pass

    def post_event(self, event: CallEvent) -> None:
        """Merge a call event (from any thread)."""
        if self.refresher is not None:
            self._call(self.refresher.apply_event, event)

    def refresh_soon(self) -> None:
        if self.refresher is not None:
            self._call(self.refresher.refresh_soon)

    def stop(self) -> None:
        """Ask the worker to end (from any thread; returns at once, or once a publish under way is out).
        Nothing is published after this returns."""
        with self._publishing:
            self._stopping = True
        if self._task is not None:
            self._call(self._task.cancel)

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the worker to end; True when it did."""
        self._thread.join(timeout)
        return not self._thread.is_alive()
