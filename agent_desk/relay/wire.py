"""What travels between the relay and its desks: events as JSON, positions, and who gets what.

A published event is a :class:`Record`: the store's ``offset`` (a text that orders records, see
:func:`order`) and the event's :func:`event_to_wire` object. A desk's position is the store's
``epoch`` plus the last offset it has seen; the epoch changes whenever the store starts a new
history (a memory relay restarted, a Redis stream lost), so an old position then tells the relay
that its history no longer reaches back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from agent_desk.models import DIRECTIONS, EVENT_STATES, CallEvent

#: CallEvent fields that travel (``raw`` does not: it may hold the PBX's whole body; only its
#: ``derived`` flag does, under the key ``derived``)
WIRE_FIELDS = (
    "call_id",
    "state",
    "direction",
    "caller",
    "callee",
    "extension",
    "provider",
    "at",
    "duration",
    "recording_url",
    "flow_id",
    "customer",
    "queue",
)


@dataclasses.dataclass(frozen=True, slots=True)
class Record:
    """One published event: its place in the history and the event itself."""

    offset: str
    event: dict[str, Any]
    accepted: float = 0.0  # wall time the relay accepted it (0: unknown, e.g. read back from disk)


def order(offset: str) -> tuple[int, int]:
    """Sort key of an offset: ``"17"`` (memory, sqlite) and ``"1700000000000-3"`` (Redis stream ids)."""
    head, _, tail = offset.partition("-")
    return int(head), int(tail or 0)


def event_to_wire(event: CallEvent) -> dict[str, Any]:
    """The JSON object a desk receives for ``event``."""
    out: dict[str, Any] = {}
    for name in WIRE_FIELDS:
        value = getattr(event, name)
        out[name] = value.isoformat() if isinstance(value, dt.datetime) else value
    if event.raw.get("derived"):
        out["derived"] = True
    return out


def event_from_wire(data: Any, source: str = "relay") -> CallEvent:
    """The CallEvent of a wire object; ValueError saying what is wrong with it."""
    if not isinstance(data, dict):
        raise ValueError("the event is not a JSON object")
    if data.get("state") not in EVENT_STATES or data.get("direction") not in DIRECTIONS:
        raise ValueError("the event has no known state or direction")
    for name in ("call_id", "provider", "at"):
        if not isinstance(data.get(name), str) or not data[name]:
            raise ValueError(f"the event has no {name}")
    for name in ("caller", "callee", "extension", "recording_url", "flow_id", "customer", "queue"):
        if data.get(name) is not None and not isinstance(data[name], str):
            raise ValueError(f"the event's {name} is not text")
    duration = data.get("duration")
    if duration is not None and (not isinstance(duration, int) or isinstance(duration, bool)):
        raise ValueError("the event's duration is not a whole number")
    try:
        at = dt.datetime.fromisoformat(data["at"])
    except ValueError:
        raise ValueError("the event's time is not ISO 8601") from None
    return CallEvent(
        call_id=data["call_id"],
        state=data["state"],
        direction=data["direction"],
        caller=data.get("caller"),
        callee=data.get("callee"),
        extension=data.get("extension"),
        provider=data["provider"],
        source=source,
        at=at,
        duration=duration,
        recording_url=data.get("recording_url"),
        flow_id=data.get("flow_id"),
        customer=data.get("customer"),
        queue=data.get("queue"),
        raw={"derived": True} if data.get("derived") else {},
    )


def reaches(event: dict[str, Any], extension: str | None, supervisor: bool) -> bool:
    """Whether a desk gets ``event``: a supervisor gets every event; a desk the events whose
    caller, callee or extension is its own extension (so an ambiguous direction still reaches it)."""
    if supervisor:
        return True
    return bool(extension) and extension in (event.get("caller"), event.get("callee"), event.get("extension"))
