"""SIGINT (Ctrl-C in a terminal) and SIGTERM (a logout, ``systemctl stop``) taken by one handler for a block.

The window's CLI holds them while it imports the window (:func:`agent_desk.cli.runner._open_window`),
and the window quits on them while it runs (:func:`agent_desk.ui.window.app.main`); an asyncio command
sets an event instead (:func:`agent_desk.cli.runner.stop_signals`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def quit_signals(handler: Callable[[int], object]) -> Iterator[None]:
    """``handler(signum)`` for SIGINT and SIGTERM while the block runs (Python calls it between two
    bytecodes of the main thread), the handlers from before once it ends. Through ``signal``'s C half:
    the same handlers, without the three IntEnums ``import signal`` builds (~1.2 ms on the way to the
    sign-in window; asyncio imports it later)."""
    import _signal  # type: ignore[import-not-found]  # (typeshed has no stub for it)

    before = {
        signum: _signal.signal(signum, lambda signum, _frame: handler(signum))
        for signum in (_signal.SIGINT, _signal.SIGTERM)
    }
    try:
        yield
    finally:
        for signum, previous in before.items():
            _signal.signal(signum, previous)
