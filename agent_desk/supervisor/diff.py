"""Incremental diffs of rows keyed by an id: what a table model must insert, change and remove.

A refresh reads the whole list again; :func:`diff_rows` compares it with the previous read by id
and by the fields a table shows (not the provider's ``raw`` record, which may carry a counter
that changes every second). Unchanged rows keep the object the previous read produced, so a
model holding it sees no change at all. :class:`AgentNames` gives the live calls the agents'
names without changing a record, since a provider may hand the same record back at its next
read (:attr:`agent_desk.providers.base.Provider.raw_rows`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from operator import attrgetter
from typing import Generic, TypeVar

import msgspec

from agent_desk.models import AgentState, LiveCall, QueueStats

T = TypeVar("T")


@dataclasses.dataclass(slots=True)
class Diff(Generic[T]):
    """Rows new since the last read, rows whose shown fields changed, and ids that are gone."""

    inserted: list[T] = dataclasses.field(default_factory=list)
    changed: list[T] = dataclasses.field(default_factory=list)
    removed: list[str] = dataclasses.field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.inserted or self.changed or self.removed)


@dataclasses.dataclass(frozen=True, slots=True)
class RowKind(Generic[T]):
    """How to key a kind of row and which of its fields a table shows."""

    key: Callable[[T], str]
    shown: Callable[[T], tuple[object, ...]]


# attrgetter: the key and the shown fields are read in C (diff_rows keys 10,000 rows a second at 5,000 live calls)
CALLS: RowKind[LiveCall] = RowKind(
    key=attrgetter("call_id"),
    shown=attrgetter("direction", "extension", "customer", "state", "started_at", "agent_name", "queue"),
)
AGENTS: RowKind[AgentState] = RowKind(key=attrgetter("extension"), shown=attrgetter("name", "state", "registered"))
QUEUES: RowKind[QueueStats] = RowKind(
    key=attrgetter("queue"),
    shown=attrgetter("name", "waiting", "answered", "abandoned", "agents_available", "longest_wait"),
)


def diff_rows(kind: RowKind[T], old: Mapping[str, T], new: Iterable[T]) -> tuple[Diff[T], dict[str, T]]:
    """``(diff, current)``: the diff from ``old`` to ``new`` and the rows now known, by id.

    Rows without an id are skipped; of two rows with one id the first wins. ``current`` holds the
    *old* object for every unchanged row.
    """
    diff: Diff[T] = Diff()
    current: dict[str, T] = {}
    for row in new:
        key = kind.key(row)
        if not key or key in current:
            continue
        before = old.get(key)
        if before is None:
            diff.inserted.append(row)
        elif before is not row and before != row and kind.shown(before) != kind.shown(row):  # equal (most): no tuples
            diff.changed.append(row)
        else:
            row = before
        current[key] = row
    diff.removed = [key for key in old if key not in current]
    return diff, current


class AgentNames:
    """The live calls as shown: ``agent_name`` from the agents' names (by extension) where the
    live-calls API gives none (OnePOS, TEL4VN).

    A call that gets a name is a copy; no record is changed. A call handed back by its provider
    as the same object as at the last read, while the names are those of the last read, gets
    the same object as then (a copy or itself), so :func:`diff_rows` sees it unchanged at once.
    """

    def __init__(self) -> None:
        self._names: Mapping[str, str] = {}
        self._sources: dict[str, LiveCall] = {}  # the last read's calls by id ...
        self._shown: dict[str, LiveCall] = {}  # ... and what each gave

    def shown(self, calls: Iterable[LiveCall], names: Mapping[str, str]) -> list[LiveCall]:
        """``calls`` named from ``names``, in order."""
        again = names == self._names
        sources, shown = self._sources, self._shown
        self._names, self._sources, self._shown = names, {}, {}
        rows = []
        for call in calls:
            key = call.call_id
            if again and sources.get(key) is call:
                row = shown[key]
            elif call.agent_name is None and call.extension and (name := names.get(call.extension)) is not None:
                row = msgspec.structs.replace(call, agent_name=name)
            else:
                row = call
            self._sources[key] = call
            self._shown[key] = row
            rows.append(row)
        return rows


def merged(kind: RowKind[T], diffs: Iterable[Diff[T]]) -> Diff[T]:
    """One diff with the effect of ``diffs`` applied in turn: the rows any of them inserted or changed
    (the latest version of each) as changed, and the ids removed and not brought back."""
    rows: dict[str, T] = {}
    removed: dict[str, None] = {}
    for diff in diffs:
        for row in (*diff.inserted, *diff.changed):
            key = kind.key(row)
            rows[key] = row
            removed.pop(key, None)
        for key in diff.removed:
            rows.pop(key, None)
            removed[key] = None
    return Diff(changed=list(rows.values()), removed=list(removed))
