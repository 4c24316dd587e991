"""Call events: sources (local webhook listener, call-signal streams), the call registry, the pipeline.

A *source* delivers the active provider's raw traffic as normalized
:class:`~agent_desk.models.CallEvent` values; the registry de-duplicates, orders and completes
them; the pipeline wires one source to the registry and to whoever listens (CLI, GUI). The source
contract, shared by :mod:`.listener`, :mod:`.websocket` and :mod:`.socketio` (the last two on
the common :mod:`.stream` machinery):

* ``name`` is ``"webhook"``, ``"websocket"`` or ``"relay"`` (it becomes ``CallEvent.source``);
* ``await source.run(emit, on_health)`` serves until cancelled. It calls ``emit(event)`` for every
  event it parses and ``on_health(SourceHealth(...))`` whenever its state changes. Transient
  problems (a dropped connection, a malformed request) never end it; only a configuration error
  it cannot recover from (port in use, provider without this source) raises, as an
  :class:`~agent_desk.errors.AgentDeskError`.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from typing import Protocol

from agent_desk.models import CallEvent


class HealthState(enum.StrEnum):
    """Where an event source is (the values are the strings ``agent-desk events`` prints)."""

    STARTING = "starting"
    UP = "up"
    RECONNECTING = "reconnecting"  # lost, trying again
    DOWN = "down"  # stopped, refused or failed: events do not arrive
    SILENT = "silent"  # the session's: up, but a call the PBX recorded never arrived (events.silence)


class Condition(enum.StrEnum):
    """What a source knows of its state beyond :class:`HealthState`, for whoever shows it in words of
    its own (the status bar); ``detail`` says the same in the CLI's English sentence."""

    REGISTERING = "registering"  # starting: a webhook listener listens, the PBX has not yet taken its callback address
    GAP = "gap"  # up: the relay's history no longer reached back to this desk's position; events may be missing
    NO_CONTACT = "no-contact"  # down: the relay has been silent longer than its source's dead_after; retrying


@dataclasses.dataclass(frozen=True, slots=True)
class SourceHealth:
    """Where a source is: ``state`` (a :class:`HealthState`), one English sentence of ``detail`` for
    the CLI and the log (e.g. "listening on 127.0.0.1:8765", "connected", "retrying in 4 s:
    connection refused"), and the same in fields for whoever words it in its own language (the status
    bar): the :class:`Condition` the state is in where the source knows one, the port a webhook
    listener listens on once it does, the seconds until the source tries again while it waits to
    (``retry_in``), and the error that made it wait or stop when there was one (``error``; a lost
    connection or a refused frame has none, only its ``detail``)."""

    source: str
    state: HealthState
    detail: str = ""
    condition: Condition | None = None
    port: int | None = None
    retry_in: float | None = None
    error: Exception | None = None


Emit = Callable[[CallEvent], None]
OnHealth = Callable[[SourceHealth], None]


class EventSource(Protocol):
    name: str

    async def run(self, emit: Emit, on_health: OnHealth) -> None: ...
