"""Fault injection, switchable per run (``Simulator.faults``) or over HTTP (``POST /_sim/faults``).

API faults (``latency``, ``error_burst``) apply to every dialect route, ``refuse_hooks`` to TEL4VN's
hook registrations (``POST /v1/event``; whatever else a desk asks meanwhile is answered); delivery faults
(``duplicate``, ``reorder``, ``malformed``) apply to webhooks, callbacks and websocket frames.
Dropping websocket connections and expiring tokens are actions on the simulator itself.
"""

from __future__ import annotations

import dataclasses
from typing import Any


@dataclasses.dataclass
class Faults:
    latency: float = 0.0  # seconds added before every API answer
    error_burst: int = 0  # the next N API requests answer 503
    refuse_hooks: int = 0  # the next N webhook registrations (TEL4VN: POST /v1/event) answer 503
    duplicate: float = 0.0  # probability that an event is delivered twice
    reorder: float = 0.0  # probability that an event is held back and delivered after the next one
    malformed: float = 0.0  # probability that an event is replaced by a malformed one

    def update(self, changes: dict[str, Any]) -> None:
        """Apply ``{"latency": 0.2, ...}``; unknown names or wrong types raise ValueError."""
        for name, value in changes.items():
            if name not in {f.name for f in dataclasses.fields(self)}:
                raise ValueError(f"unknown fault {name!r}")
            kind = type(getattr(self, name))
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
                raise ValueError(f"fault {name!r} needs a number >= 0")
            setattr(self, name, kind(value))

    def take_hook_refusal(self) -> bool:
        """True (and one less to refuse) if this webhook registration should fail with a 5xx."""
        if self.refuse_hooks > 0:
            self.refuse_hooks -= 1
            return True
        return False

    def take_error(self) -> bool:
        """True (and one less in the burst) if this API request should fail with a 5xx."""
        if self.error_burst > 0:
            self.error_burst -= 1
            return True
        return False
