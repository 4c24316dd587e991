"""Background asyncio tasks owned by a GUI object: kept referenced, logged when they fail.

``asyncio`` is imported on first use: the first window is shown before the event loop (and
asyncio's 10 MB) are loaded, so modules the window needs must not import it at the top.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)


class TaskSet:
    """Tasks started on behalf of one owner; :meth:`cancel_all` when the owner goes away.

    A task that raises calls ``on_error(exc)`` when given, else the error is logged: a failed
    background job must never vanish silently, nor take the window down.
    """

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task] = set()

    def spawn(
        self,
        coro: Coroutine[Any, Any, Any],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task:
        import asyncio

        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(lambda t: self._done(t, on_error))
        return task

    def _done(self, task: asyncio.Task, on_error: Callable[[BaseException], None] | None) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        if on_error is not None:
            on_error(exc)
        else:
            log.error("background task failed", exc_info=exc)

    def __len__(self) -> int:
        return len(self._tasks)

    def cancel(self) -> None:
        """Ask every task to stop (without waiting for them)."""
        for task in self._tasks:
            task.cancel()

    async def cancel_all(self) -> None:
        """Cancel every task and wait until all have finished."""
        import asyncio

        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def in_worker(job: Callable[[], Any]) -> Any:
    """Run the blocking ``job`` (keyring, files) in the loop's worker pool and return its result.

    ``job`` takes no arguments: give it a closure. asyncio's executor logs the arguments of what it
    runs at DEBUG level, and these jobs handle secrets.
    """
    import asyncio

    return await asyncio.get_running_loop().run_in_executor(None, job)
