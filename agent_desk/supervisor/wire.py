"""What the console's refresher process sends the GUI process: msgpack messages, a refresh in pieces.

The child (:mod:`.child`) turns each :class:`~agent_desk.supervisor.refresher.Update` into messages
(:func:`update_messages`) and the parent's reader thread puts them together again
(:class:`Assembler`): first the inserted and changed calls and agents, at most :data:`CHUNK_ROWS` a
message, then one :class:`End` with the rest (removed ids, queues, health, the panels' problems, the
time). A first load of 5,000 calls and 5,000 agents is about 20 messages, so the parent never decodes
more than a few hundred records in one C call: a decode holds the GIL, and one of a megabyte would
hold the GUI thread for milliseconds.

Records cross as msgspec msgpack of the same types (:class:`~agent_desk.models.LiveCall`,
:class:`~agent_desk.models.AgentState`, :class:`~agent_desk.models.QueueStats`), with one
difference: a time crosses as the same instant in UTC (msgpack's timestamp), whatever offset the
provider gave it; the console uses instants only. An error (a stale read's, a panel's) crosses as
its class (looked up in ``agent_desk``, an :class:`~agent_desk.errors.AgentDeskError` or else one of
that base class), its ``args`` and its plain attributes (``code``, ``detail``, ``host``...), so
:func:`~agent_desk.ui.common.messages.error_text` gives the sentence it gives today.

A :class:`Health` crosses only when the child's changed (``None`` in :class:`End` otherwise), so the
parent publishes the same object again, as the refresher does: the console redraws its banner only
for a new one. Besides updates the child sends :class:`LogLine` (its log records, masked) and
:class:`Failed` (it could not make its provider: the error, and then it ends).
"""

from __future__ import annotations

import importlib
from typing import Any

import msgspec

from agent_desk import errors
from agent_desk.models import AgentState, LiveCall, QueueStats
from agent_desk.supervisor.diff import Diff
from agent_desk.supervisor.refresher import Health, Update

#: records of one kind in one message at most (decoding 500 calls is about half a millisecond)
CHUNK_ROWS = 500

_PLAIN = (str, int, float, bool, type(None))


class Error(msgspec.Struct, array_like=True):
    """An exception: its class's module and name, ``args`` and plain attributes."""

    module: str
    name: str
    args: list[Any]
    attrs: dict[str, Any]


class CallRows(msgspec.Struct, tag="c", array_like=True):
    """Some of an update's inserted (``changed`` False) or changed calls."""

    changed: bool
    rows: list[LiveCall]


class AgentRows(msgspec.Struct, tag="a", array_like=True):
    """Some of an update's inserted or changed agents."""

    changed: bool
    rows: list[AgentState]


class WireHealth(msgspec.Struct, array_like=True):
    stale: bool
    last_good: float | None
    error: Error | None
    retry_in: float | None


class End(msgspec.Struct, tag="u", array_like=True):
    """The rest of an update; the parent publishes the update when this arrives. ``agents`` False: no
    agents read this time (the update's ``agents`` is None); ``queues`` None: no queue figures read."""

    calls_removed: list[str]
    agents: bool
    agents_removed: list[str]
    queues: list[QueueStats] | None
    queue_diff: tuple[list[QueueStats], list[QueueStats], list[str]] | None
    health: WireHealth | None
    problems: dict[str, Error]
    at: float


class LogLine(msgspec.Struct, tag="log", array_like=True):
    """A log record of the child, its message and traceback already masked and formatted."""

    name: str
    level: int
    text: str


class Failed(msgspec.Struct, tag="failed", array_like=True):
    """The child could not make its provider (the error), and ends."""

    error: Error


Message = CallRows | AgentRows | End | LogLine | Failed
encoder = msgspec.msgpack.Encoder()
decoder = msgspec.msgpack.Decoder(Message)


def error_message(exc: BaseException) -> Error:
    """``exc`` as it crosses (see the module doc); a value that is not plain crosses as its ``str()``."""
    attrs = {k: v if isinstance(v, _PLAIN) else str(v) for k, v in vars(exc).items() if not k.startswith("_")}
    args = [a if isinstance(a, _PLAIN) else str(a) for a in exc.args]
    return Error(type(exc).__module__, type(exc).__qualname__, args, attrs)


def error_of(message: Error) -> BaseException:
    """The exception :func:`error_message` described: the same class when it is an ``AgentDeskError``
    of a module of ``agent_desk``, else an ``AgentDeskError`` with the same ``args``; made without
    calling its ``__init__`` (whose arguments differ from class to class)."""
    cls: Any = errors.AgentDeskError
    if message.module == "agent_desk" or message.module.startswith("agent_desk."):
        try:
            found = getattr(importlib.import_module(message.module), message.name, None)
        except ImportError:
            found = None
        if isinstance(found, type) and issubclass(found, errors.AgentDeskError):
            cls = found
    exc: BaseException = cls.__new__(cls)
    exc.args = tuple(message.args)
    exc.__dict__.update(message.attrs)
    return exc


def _health_message(health: Health) -> WireHealth:
    error = error_message(health.error) if health.error is not None else None
    return WireHealth(health.stale, health.last_good, error, health.retry_in)


def _chunks(rows: list[Any]) -> list[list[Any]]:
    return [rows[i : i + CHUNK_ROWS] for i in range(0, len(rows), CHUNK_ROWS)]


def update_messages(update: Update, health_changed: bool) -> list[bytes]:
    """The encoded messages of ``update``, its :class:`End` last. ``health_changed`` False: the
    update's health is the one the last update carried (it is not sent again)."""
    out = []
    for changed, rows in ((False, update.calls.inserted), (True, update.calls.changed)):
        out += [encoder.encode(CallRows(changed, chunk)) for chunk in _chunks(rows)]
    agents = update.agents
    if agents is not None:
        for changed, agent_rows in ((False, agents.inserted), (True, agents.changed)):
            out += [encoder.encode(AgentRows(changed, chunk)) for chunk in _chunks(agent_rows)]
    queue_diff = update.queue_diff
    end = End(
        calls_removed=update.calls.removed,
        agents=agents is not None,
        agents_removed=agents.removed if agents is not None else [],
        queues=update.queues,
        queue_diff=(queue_diff.inserted, queue_diff.changed, queue_diff.removed) if queue_diff is not None else None,
        health=_health_message(update.health) if health_changed else None,
        problems={part: error_message(exc) for part, exc in update.problems.items()},
        at=update.at,
    )
    out.append(encoder.encode(end))
    return out


class Assembler:
    """Puts an update together from its messages (the parent's side; one per child)."""

    def __init__(self, health: Health) -> None:
        self.health = health  # the last one published: an End without a health carries this one
        self._calls: Diff[LiveCall] = Diff()
        self._agents: Diff[AgentState] = Diff()

    def take(self, message: CallRows | AgentRows | End) -> Update | None:
        """Add one message; the whole update once its :class:`End` came, else None."""
        if isinstance(message, CallRows):
            (self._calls.changed if message.changed else self._calls.inserted).extend(message.rows)
            return None
        if isinstance(message, AgentRows):
            (self._agents.changed if message.changed else self._agents.inserted).extend(message.rows)
            return None
        calls, agents = self._calls, self._agents
        self._calls, self._agents = Diff(), Diff()
        calls.removed = message.calls_removed
        agents.removed = message.agents_removed
        if message.health is not None:
            wire = message.health
            error = error_of(wire.error) if wire.error is not None else None
            self.health = Health(stale=wire.stale, last_good=wire.last_good, error=error, retry_in=wire.retry_in)
        queue_diff = message.queue_diff
        return Update(
            calls=calls,
            health=self.health,
            agents=agents if message.agents else None,
            queues=message.queues,
            queue_diff=Diff(*queue_diff) if queue_diff is not None else None,
            problems={part: error_of(error) for part, error in message.problems.items()},
            at=message.at,
        )
