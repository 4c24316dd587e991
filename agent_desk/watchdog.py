"""The softphone watchdog's memory: is the agent's own softphone registered, and since when not.

:class:`RegistrationWatch` is fed each reading of the registration (``True``, ``False``, or
``None`` where the PBX cannot tell) and says what changed: :data:`DROPPED` the moment a
registered (or unknown) softphone is reported unregistered, :data:`BACK` when it is registered
again, else None. Readings that cannot tell change nothing. Qt-free; the desk polls the PBX
(TEL4VN ``ext_loggedin``, OnePOS agents) and shows a persistent alert while it is down.
"""

from __future__ import annotations

import time
from collections.abc import Callable

DROPPED, BACK = "dropped", "back"


class RegistrationWatch:
    """See the module doc. ``down_since`` is the (clock) time the drop was first seen, or None."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.registered: bool | None = None
        self.down_since: float | None = None

    def feed(self, registered: bool | None) -> str | None:
        if registered is None:
            return None
        was, self.registered = self.registered, registered
        if not registered and was is not False:
            self.down_since = self.clock()
            return DROPPED
        if registered and was is False:
            self.down_since = None
            return BACK
        return None

    def reset(self) -> None:
        """Signed out: nothing is known any more."""
        self.registered = None
        self.down_since = None
