"""Call events made by hand, for tests of what consumes them."""

from __future__ import annotations

import datetime as dt

from agent_desk.models import CallEvent

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def call_event(state: str = "ringing", **fields) -> CallEvent:
    """An inbound TEL4VN webhook event of call ``c1`` from 0901234567 to extension 101 at :data:`T0`;
    ``fields`` replace any of those."""
    values = {
        "call_id": "c1",
        "state": state,
        "direction": "inbound",
        "caller": "0901234567",
        "callee": "101",
        "extension": "101",
        "provider": "tel4vn",
        "source": "webhook",
        "at": T0,
    }
    values.update(fields)
    return CallEvent(**values)
