"""The live floor's records: :class:`LiveCall` and :class:`AgentState`, as a supervisor's console polls them.

Public as ``agent_desk.models.LiveCall`` and ``agent_desk.models.AgentState`` (where they were
dataclasses); :mod:`agent_desk.models` imports this module on the first use of either name, so
the agent's start-up, which uses neither, never imports msgspec (20-40 ms).

The console's refresher makes about 10,000 of them a second at 5,000 live calls (every live call and
every agent, read again) and keeps 10,000; it ran in a worker thread of the GUI process (now in a
process of its own, which sends the new and changed ones, decoded again in the GUI process). As
dataclasses each was an object the garbage collector tracks: the GUI thread's young and generation-1
collections scanned every one still alive (10-17 ms of CPU at worst). They are msgspec ``Struct`` s
with ``gc=False`` instead: the collector never tracks them, so no collection scans them and making
them does not bring a collection on; reference counting frees them as before.

An untracked object must never be part of a reference cycle (the collector would not see the
cycle, so it would never be freed). None can go through these records: a cycle through a record
needs a reference back to it from something it refers to, and its fields hold only strings,
``None``, booleans, a ``datetime`` (none of which refer to anything) and ``raw``, the provider's
record as decoded from the PBX's JSON (strings, numbers, and lists and dicts of those: nothing
the desk makes). Keep it that way: a field that may hold a desk object (a widget, a callback,
another record) makes a record that can be in a cycle; give such a field to a tracked type.

They differ from dataclasses in two ways: ``msgspec.structs.replace`` (not ``dataclasses.replace``)
copies one with fields changed, and the repr leaves out the fields at their defaults (``raw`` when empty).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec


class _LiveRecord(msgspec.Struct, gc=False, repr_omit_defaults=True):
    """Untracked by the garbage collector (see the module doc); ``to_json()`` as the other records'."""

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (ISO-8601 times), ``raw`` included, as :class:`agent_desk.models._Record`'s."""
        from agent_desk.models import _jsonable

        return {name: _jsonable(getattr(self, name)) for name in self.__struct_fields__}


class LiveCall(_LiveRecord):
    """A call in progress, as the live-calls API reports it."""

    call_id: str
    direction: str  # one of models.DIRECTIONS
    extension: str | None
    customer: str | None
    state: str | None
    started_at: dt.datetime | None = None
    agent_name: str | None = None
    queue: str | None = None
    raw: dict[str, Any] = msgspec.field(default_factory=dict)


class AgentState(_LiveRecord):
    """An agent as a supervisor sees it."""

    extension: str
    name: str | None
    state: str  # available | busy | ringing | paused | offline | unknown
    registered: bool | None = None
    raw: dict[str, Any] = msgspec.field(default_factory=dict)
