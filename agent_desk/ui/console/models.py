"""Table models of the console, changed only through the core's diffs.

:class:`KeyedTableModel` keeps rows in arrival order with an id → row index. :meth:`apply`
removes rows (``beginRemoveRows``, contiguous runs together), updates changed rows in place
(``dataChanged``) and appends new ones (``beginInsertRows``): never a model reset, so the views'
selection and scroll position survive. Display texts are made when a row is first painted and kept
until the row changes; sort and filter values are made once per insert or change, so sorting 5,000
rows never formats a phone number.

Sorting is the model's own (:meth:`KeyedTableModel.sort`, a layout change with the persistent
indexes moved): a Python sort over the stored sort values takes a few milliseconds for 5,000 rows,
where a sorting ``QSortFilterProxyModel`` calls :meth:`~KeyedTableModel.data` from C++ twice per
comparison (over half a second for a first load of 5,000 rows). The proxy (:class:`SortingProxy`)
only filters and hands the view's sort requests to the model.

New rows go straight to their sorted places (a bisection over the sort values, one
``beginInsertRows`` per run of rows that land together). A big insert (a first load) is spread
over turns of the event loop (a zero timer), so a first load of 5,000 rows never blocks the GUI for
a frame: first the rows are made (sort values, search text), as many as fit :data:`SLICE_BUDGET` a
turn, the views unchanged meanwhile. Into an empty table (a first load) they are then sorted on one
turn and go in on the next with one insert (:meth:`~KeyedTableModel._load`): each turn that changes
a shown table costs its view a full repaint (27 ms of CPU at 5,000 rows), so a load in ten chunks
cost ten. Into a table that has rows they go in :data:`CHUNK` rows at a time, in sort order (each
chunk's rows land among the others'), as many chunks a turn as fit the budget. Rows still waiting
are in :meth:`~KeyedTableModel.rows` and take later diffs (a change replaces the waiting row, a
removal drops it); :attr:`~KeyedTableModel.loaded` is emitted when the last one is in.

Roles: :data:`SORT_ROLE` (a number or text per column, what the model sorts on) and
:data:`FILTER_ROLE` (column 0: the row's searchable text, lower case). The live duration ticks
by :meth:`LiveCallsModel.tick`, a ``dataChanged`` of the duration column for ``DisplayRole``
only: the sort value of that column is the start time, so a tick never re-sorts.
"""

from __future__ import annotations

import bisect
import operator
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from agent_desk.models import AgentState, LiveCall, QueueStats
from agent_desk.phone import display
from agent_desk.supervisor.diff import AGENTS, CALLS, QUEUES, Diff, RowKind
from agent_desk.text import fold
from agent_desk.ui.common.status import dark_palette
from agent_desk.ui.dialing.call_log import clock_text

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex

DISPLAY = Qt.ItemDataRole.DisplayRole.value
ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
FONT = Qt.ItemDataRole.FontRole.value
#: row colours of alert levels: light tints under dark text, and deep ones under light text (dark theme)
HIGHLIGHTS = {"warn": "#ffe0a3", "error": "#ffb3b3"}
DARK_HIGHLIGHTS = {"warn": "#6b4a00", "error": "#7f1d1d"}
SORT_ROLE = Qt.ItemDataRole.UserRole.value
FILTER_ROLE = SORT_ROLE + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_HORIZONTAL = Qt.Orientation.Horizontal
_DESCENDING = Qt.SortOrder.DescendingOrder
#: GUI time (seconds) one slice of a big insert may spend making rows: half a 16 ms frame
SLICE_BUDGET = 0.008
_CHECK_EVERY = 8  # rows made between two looks at the clock
_AT_ONCE = 64  # at most this many new rows go in during apply() itself (a refresh's few); more start a turn later
#: rows put in at a time by a big insert into a table that has rows (as many chunks a turn as fit SLICE_BUDGET):
#: the model's lists, the proxy's mapping and the view's header take them in a millisecond or two
CHUNK = 500
_NONE_STALE = 1 << 62  # KeyedTableModel._renumber_from when every row's index is right


def runs(ascending: Iterable[int]) -> list[tuple[int, int]]:
    """``[1, 2, 3, 7, 8]`` → ``[(1, 3), (7, 8)]``: contiguous runs of sorted row numbers."""
    found: list[list[int]] = []
    for row in ascending:
        if found and found[-1][1] == row - 1:
            found[-1][1] = row
        else:
            found.append([row, row])
    return [(low, high) for low, high in found]


class KeyedTableModel(QAbstractTableModel, Generic[T]):
    """Rows of one :class:`~agent_desk.supervisor.diff.RowKind`; subclasses give the columns."""

    #: columns whose cells are right-aligned numbers
    numeric: frozenset[int] = frozenset()
    #: the last waiting row of a sliced insert is in
    loaded = Signal()

    def __init__(self, kind: RowKind[T], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.headers: list[str] = []  # set by subclasses (translated)
        self._rows: list[T] = []
        self._keys: list[str] = []  # the id of each row, beside it
        self._row_of: dict[str, int] = {}
        self._sort: list[tuple] = []
        self._haystack: list[str] = []
        self._texts: list[tuple[str, ...] | None] = []
        #: rows of an insert still to come, by id: [row, (sort values, haystack) once made, else None]
        self._pending: OrderedDict[str, list] = OrderedDict()
        #: a first load's waiting rows, made and sorted, for its one insert on the next turn (None: not yet)
        self._staged: list[tuple[str, T, tuple, str]] | None = None
        #: rows from this one on may have moved since the id → row index was made (see :meth:`_renumber`)
        self._renumber_from = _NONE_STALE
        self._sort_column = -1  # -1: arrival order
        self._descending = False
        self._slicer = QTimer(self)
        self._slicer.setSingleShot(True)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._insert_slice)

    # ------------------------------------------------------------------ what subclasses give
    #: ``texts(row)``: the display text of each column (every subclass defines the method)
    texts: Callable[[T], tuple[str, ...]]
    #: ``sort_values(row)``: the value the model sorts each column on (numbers or text, never None)
    sort_values: Callable[[T], tuple]

    def search_text(self, row: T) -> str:
        """What the filter box searches, folded (:func:`agent_desk.text.fold`)."""
        return fold(" ".join(self.texts(row)))

    # ------------------------------------------------------------------ Qt model interface
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name and idiom
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    #: a longer explanation of a column, shown as its header's tooltip
    header_help: Mapping[int, str] = {}

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation != _HORIZONTAL or not 0 <= section < len(self.headers):
            return None
        if role == DISPLAY:
            return self.headers[section]
        if role == TOOLTIP:
            return self.header_help.get(section)
        return None

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        row, column = index.row(), index.column()
        if role == SORT_ROLE:
            return self._sort[row][column]
        if role == DISPLAY or role == TOOLTIP:
            return self.cell_text(row, column)
        if role == FILTER_ROLE:
            return self._haystack[row]
        if role == ALIGN and column in self.numeric:
            return _RIGHT
        return None

    def cell_text(self, row: int, column: int) -> str:
        texts = self._texts[row]
        if texts is None:
            texts = self._texts[row] = self.texts(self._rows[row])
        return texts[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keep the rows sorted on ``column`` (-1: arrival order) from now on (see the module doc)."""
        self._sort_column, self._descending = column, order == _DESCENDING
        self._staged = None  # a first load sorted for its insert is sorted again
        self._reorder()

    # ------------------------------------------------------------------ rows
    def row(self, index: int) -> T:
        return self._rows[index]

    def row_index(self, key: str) -> int | None:
        return self._row_of.get(key)

    def rows(self) -> list[T]:
        """Every row, those of a sliced insert still waiting included (last)."""
        return [*self._rows, *(row for row, _ in self._pending.values())]

    @property
    def loading(self) -> bool:
        """Rows of a sliced insert are still waiting for their turn."""
        return bool(self._pending)

    def _prepare(self, row: T) -> tuple[tuple, str]:
        return self.sort_values(row), self.search_text(row)

    def apply(self, diff: Diff[T]) -> None:
        """Change, remove and insert rows in place (see the module doc). The id → row index is brought
        up to date once, after the removals and the insert (at 5,000 rows each pass costs a millisecond)."""
        unknown: list[T] = []
        last = len(self.headers) - 1
        column = self._sort_column
        moved = False
        for row in diff.changed:
            key = self.kind.key(row)
            index = self._row_of.get(key)
            if index is None:
                unknown.append(row)  # still waiting (the newer row replaces it), or new
                continue
            old = self._sort[index]
            self._rows[index] = row
            self._sort[index], self._haystack[index] = self._prepare(row)
            self._texts[index] = None
            moved = moved or (column >= 0 and old[column] != self._sort[index][column])
            self.dataChanged.emit(self.index(index, 0), self.index(index, last))
        if diff.removed:
            self._remove(diff.removed)
        for row in (*diff.inserted, *unknown):
            key = self.kind.key(row)
            if key not in self._row_of:
                self._pending[key] = [row, None]  # a waiting row is made again from its newer version
        if diff.inserted or unknown:
            self._staged = None  # the waiting rows changed (once: setting a QObject's attribute costs ~1 µs)
        if moved:
            self._reorder()
        if self._pending and not self._slicer.isActive():
            if len(self._pending) > _AT_ONCE:
                self._slicer.start()  # a big insert starts on the next turn: this one has a diff's other work
            else:
                self._insert_slice()
        if self._renumber_from != _NONE_STALE:
            self._renumber()

    def _renumber(self, first: int | None = None) -> None:
        """Bring the id → row index up to date from row ``first`` (or the first row removed) on."""
        first = min(self._renumber_from if first is None else first, self._renumber_from)
        self._row_of.update(zip(self._keys[first:], range(first, len(self._keys)), strict=True))
        self._renumber_from = _NONE_STALE

    def _insert_slice(self) -> None:
        """One turn of an insert: make waiting rows for at most :data:`SLICE_BUDGET`; once every one is
        made, put them in: into an empty table all together (:meth:`_load`), else :data:`CHUNK` at a
        time in sort order (:meth:`_insert_sorted`) for the rest of the budget; come back on the next
        turn of the event loop while rows are waiting. The model does not change until every row is
        made, so the views do not repaint between the slices that make them, and as many chunks as
        fit go in together (each turn that changes the model costs a repaint)."""
        started = time.perf_counter()
        made = 0
        for waiting in self._pending.values():
            if waiting[1] is None:
                waiting[1] = self._prepare(waiting[0])
                made += 1
                if made % _CHECK_EVERY == 0 and time.perf_counter() - started > SLICE_BUDGET:
                    self._slicer.start()
                    return
        if len(self._pending) > _AT_ONCE and time.perf_counter() - started > SLICE_BUDGET / 2:
            self._slicer.start()  # the last rows took this turn: they go in on the next
            return
        if not self._keys and len(self._pending) > _AT_ONCE:
            self._load()
            return
        column = self._sort_column
        ready = [(key, row, *prepared) for key, (row, prepared) in self._pending.items()]
        if column >= 0 and len(ready) > CHUNK:
            ready.sort(key=lambda item: item[2][column], reverse=self._descending)
        first = len(self._keys)
        for start in range(0, len(ready), CHUNK):
            batch = ready[start : start + CHUNK]
            for item in batch:
                del self._pending[item[0]]
            first = min(first, self._insert_sorted(batch))
            if self._pending and time.perf_counter() - started > SLICE_BUDGET:
                self._slicer.start()  # the rest on the next turn (a later diff may change them meanwhile)
                break
        self._renumber(first)
        if not self._pending:
            self.loaded.emit()

    def _load(self) -> None:
        """A big insert into an empty table (a first load), every row made: on one turn the rows are
        sorted (:attr:`_staged`), on the next they go in with one ``beginInsertRows``, so the views
        repaint once, and neither turn takes more than a few milliseconds at 5,000 rows. A diff that
        changes a waiting row in between drops the sorted copy, which is made again."""
        staged = self._staged
        if staged is None:
            column = self._sort_column
            staged = [(key, row, *prepared) for key, (row, prepared) in self._pending.items()]
            if column >= 0:
                staged.sort(key=lambda item: item[2][column], reverse=self._descending)
            self._staged = staged
            self._slicer.start()
            return
        self._staged = None
        self._pending.clear()
        keys, rows, sort, haystack = (list(column) for column in zip(*staged, strict=True))
        self.beginInsertRows(QModelIndex(), 0, len(keys) - 1)
        self._keys, self._rows, self._sort, self._haystack = keys, rows, sort, haystack
        self._texts = [None] * len(keys)
        self._row_of = dict(zip(keys, range(len(keys)), strict=True))
        self.endInsertRows()
        self.loaded.emit()

    def _insert_sorted(self, batch: list[tuple[str, T, tuple, str]]) -> int:
        """Insert ``batch`` (key, row, sort values, haystack; at most :data:`CHUNK` rows) where the sort
        order puts each row (at the end in arrival order), a ``beginInsertRows`` per run of rows that land
        together; returns the first row index that moved (``_row_of`` is out of date from there)."""
        column, count = self._sort_column, len(self._rows)
        if column < 0:
            places = [count] * len(batch)
        else:
            batch.sort(key=lambda item: item[2][column], reverse=self._descending)
            place = self._place_descending if self._descending else self._place_ascending
            places = [place(item[2][column], column) for item in batch]
        shift, index = 0, 0
        while index < len(batch):
            end = index
            while end < len(batch) and places[end] == places[index]:
                end += 1
            run, at = batch[index:end], places[index] + shift
            self.beginInsertRows(QModelIndex(), at, at + len(run) - 1)
            self._keys[at:at] = [item[0] for item in run]
            self._rows[at:at] = [item[1] for item in run]
            self._sort[at:at] = [item[2] for item in run]
            self._haystack[at:at] = [item[3] for item in run]
            self._texts[at:at] = [None] * len(run)
            self.endInsertRows()
            shift += len(run)
            index = end
        return places[0] if places else count

    def _place_ascending(self, value: Any, column: int) -> int:
        """Where a row whose sort value is ``value`` goes, after equal rows (as a stable sort puts it)."""
        return bisect.bisect_right(self._sort, value, key=operator.itemgetter(column))

    def _place_descending(self, value: Any, column: int) -> int:
        """The same in descending order: before the first row whose value is smaller (a bisection over the
        rows themselves, as for ascending order: no list of 5,000 values made per insert)."""
        rows, low, high = self._sort, 0, len(self._sort)
        while low < high:
            middle = (low + high) // 2
            if rows[middle][column] < value:
                high = middle
            else:
                low = middle + 1
        return low

    def _reorder(self) -> None:
        """Put the rows in the sort order (a layout change), when they are not in it already."""
        column, count = self._sort_column, len(self._sort)
        if column < 0 or count < 2:
            return
        values = [row[column] for row in self._sort]
        order = sorted(range(count), key=values.__getitem__, reverse=self._descending)
        if order == list(range(count)):
            return
        self.layoutAboutToBeChanged.emit()
        for kept in self._columns():
            kept[:] = list(map(kept.__getitem__, order))
        self._row_of = dict(zip(self._keys, range(count), strict=True))
        self._renumber_from = _NONE_STALE
        moved = self.persistentIndexList()
        if moved:
            new_row = sorted(range(count), key=order.__getitem__)  # the inverse permutation
            self.changePersistentIndexList(moved, [self.index(new_row[i.row()], i.column()) for i in moved])
        self.layoutChanged.emit()

    def _remove(self, keys: list[str]) -> None:
        for key in keys:
            if self._pending.pop(key, None) is not None:
                self._staged = None
        indexes = sorted(i for i in map(self._row_of.get, keys) if i is not None)
        if not indexes:
            return
        for low, high in reversed(runs(indexes)):  # highest first, so lower indexes stay valid
            self.beginRemoveRows(QModelIndex(), low, high)
            for key in self._keys[low : high + 1]:
                del self._row_of[key]
            for column in self._columns():
                del column[low : high + 1]
            self.endRemoveRows()
        self._renumber_from = min(self._renumber_from, indexes[0])  # rows below the first removed one moved up

    def _columns(self) -> tuple[list, ...]:
        return (self._rows, self._keys, self._sort, self._haystack, self._texts)

    def clear(self) -> None:
        """Forget every row (signing out), with a reset: not used on refresh."""
        self._slicer.stop()
        self._pending.clear()
        self._staged = None
        self.beginResetModel()
        for column in self._columns():
            column.clear()
        self._row_of.clear()
        self.endResetModel()


class LiveCallsModel(KeyedTableModel[LiveCall]):
    """Live calls: call id, extension, agent, direction, customer, state, queue, duration."""

    CALL, EXTENSION, AGENT, DIRECTION, CUSTOMER, STATE, QUEUE, DURATION = range(8)
    numeric = frozenset({DURATION})

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.time) -> None:
        super().__init__(CALLS, parent)
        self.headers = [
            self.tr("Call"),
            self.tr("Ext."),
            self.tr("Agent"),
            self.tr("Direction"),
            self.tr("Customer"),
            self.tr("State"),
            self.tr("Queue"),
            self.tr("Duration"),
        ]
        self.clock = clock
        self.directions = {
            "inbound": self.tr("↙ in"),
            "outbound": self.tr("↗ out"),
            "internal": self.tr("↔ internal"),
            "unknown": self.tr("?"),
        }
        #: TEL4VN lists a FreeSWITCH channel state; OnePOS the call's own words
        self.states = {
            "ringing": self.tr("Ringing"),
            "answered": self.tr("Talking"),
            "CS_EXECUTE": self.tr("In progress"),
            "hold": self.tr("On hold"),
        }
        self.monitor_texts = {
            "listen": self.tr("you are listening"),
            "whisper": self.tr("you are whispering"),
            "barge": self.tr("you joined"),
        }
        #: extension → agent name from the agents list, for calls whose answer names no agent (TEL4VN)
        self.names: dict[str, str] = {}
        #: call id → "listen" | "whisper" | "barge": what the supervisor is doing on that call
        self.monitoring: dict[str, str] = {}
        #: call id → alert level ("warn" | "error"): rows an alert points at, painted in that colour
        self.highlights: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def agent_text(self, row: LiveCall) -> str:
        return row.agent_name or self.names.get(row.extension or "", "")

    def texts(self, row: LiveCall) -> tuple[str, ...]:
        state = self.states.get(row.state or "", row.state or "")
        monitor = self.monitoring.get(row.call_id)
        if monitor is not None:
            state = f"{state} · {self.monitor_texts[monitor]}"
        return (
            row.call_id,
            row.extension or "",
            self.agent_text(row),
            self.directions.get(row.direction, row.direction),
            display(row.customer),
            state,
            row.queue or "",
            "",
        )

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if role == BACKGROUND or role == FONT or role == FOREGROUND:
            call_id = self._keys[index.row()]
            if role == FONT:
                return self._bold if call_id in self.monitoring else None
            level = self.highlights.get(call_id)
            if level is None:
                return None
            dark = dark_palette()  # looked up when painting: the theme may have changed
            if role == BACKGROUND:
                return QColor((DARK_HIGHLIGHTS if dark else HIGHLIGHTS)[level])
            return QColor("#ffffff" if dark else "#202020")
        return super().data(index, role)

    def _refresh_rows(self, call_ids: Iterable[str]) -> None:
        """Make the rows of ``call_ids`` again (texts, sort and filter values) and repaint them."""
        last, column, moved = len(self.headers) - 1, self._sort_column, False
        for call_id in call_ids:
            index = self._row_of.get(call_id)
            if index is None:
                continue
            old = self._sort[index]
            self._sort[index], self._haystack[index] = self._prepare(self._rows[index])
            self._texts[index] = None
            moved = moved or (column >= 0 and old[column] != self._sort[index][column])
            self.dataChanged.emit(self.index(index, 0), self.index(index, last))
        if moved:  # an agent's name is a sort value
            self._reorder()

    def set_names(self, names: dict[str, str]) -> None:
        """The agents list was read: fill the Agent column of calls whose answer named nobody."""
        if names == self.names:
            return
        self.names = dict(names)
        self._refresh_rows(
            k for k, row in zip(self._keys, self._rows, strict=True) if not row.agent_name and row.extension
        )

    def set_monitoring(self, call_id: str, mode: str | None) -> None:
        """Show (or, with None, stop showing) what the supervisor does on ``call_id``; one call at a time."""
        changed = set(self.monitoring) | {call_id}
        self.monitoring = {} if mode is None else {call_id: mode}
        self._refresh_rows(changed)

    def set_highlights(self, highlights: dict[str, str]) -> None:
        """Paint the rows of ``highlights`` (call id → level); the others lose their colour."""
        if highlights == self.highlights:
            return
        changed = set(self.highlights) | set(highlights)
        self.highlights = dict(highlights)
        self._refresh_rows(changed)

    def _remove(self, keys: list[str]) -> None:
        for key in keys:  # a call that ended takes its marks with it
            self.monitoring.pop(key, None)
            self.highlights.pop(key, None)
        super()._remove(keys)

    def cell_text(self, row: int, column: int) -> str:
        if column == self.DURATION:
            started = self._sort[row][self.DURATION]
            return clock_text(self.clock() + started) if started != 1.0 else ""
        return super().cell_text(row, column)

    def sort_values(self, row: LiveCall) -> tuple:
        started = -row.started_at.timestamp() if row.started_at else 1.0  # the oldest call lasts longest
        return (
            row.call_id,
            row.extension or "",
            self.agent_text(row),
            row.direction,
            row.customer or "",
            row.state or "",
            row.queue or "",
            started,
        )

    def search_text(self, row: LiveCall) -> str:
        digits = (row.customer or "").replace(" ", "")
        text = " ".join(
            (
                row.call_id,
                row.extension or "",
                self.agent_text(row),
                digits,
                row.state or "",
                self.states.get(row.state or "", ""),
                row.queue or "",
                row.direction,
            )
        )
        return fold(text)

    def tick(self, rows: Iterable[int] | None = None) -> None:
        """The durations moved on: ``dataChanged`` of the duration column (DisplayRole only, so no
        re-sort) for ``rows`` (source rows; None: all). A view passes the rows it shows: signalling
        5,000 rows through a sorting proxy every second costs more than a frame."""
        count = len(self._rows)
        wanted = range(count) if rows is None else sorted(r for r in set(rows) if 0 <= r < count)
        for low, high in runs(wanted):
            self.dataChanged.emit(self.index(low, self.DURATION), self.index(high, self.DURATION), [DISPLAY])


class AgentsModel(KeyedTableModel[AgentState]):
    """Agents: extension, name, state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(AGENTS, parent)
        self.headers = [self.tr("Ext."), self.tr("Name"), self.tr("State")]
        self.states = {
            "available": self.tr("Available"),
            "busy": self.tr("On a call"),
            "ringing": self.tr("Ringing"),
            "paused": self.tr("Paused"),
            "offline": self.tr("Offline"),
            "unknown": self.tr("Unknown"),
        }

    def texts(self, row: AgentState) -> tuple[str, ...]:
        return (row.extension, row.name or "", self.states.get(row.state, row.state))

    def sort_values(self, row: AgentState) -> tuple:
        return (row.extension, row.name or "", row.state)

    def label(self, row: AgentState) -> str:
        """``101 — Trần Văn Minh (Available)``, for the transfer picker."""
        name = f" — {row.name}" if row.name else ""
        return f"{row.extension}{name} ({self.states.get(row.state, row.state)})"


class QueuesModel(KeyedTableModel[QueueStats]):
    """Queue figures: queue, waiting, answered, abandoned, agents available, longest wait."""

    numeric = frozenset({1, 2, 3, 4, 5})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(QUEUES, parent)
        self.headers = [
            self.tr("Queue"),
            self.tr("Waiting"),
            self.tr("Answered"),
            self.tr("Lost"),
            self.tr("Free"),
            self.tr("Longest"),
        ]
        self.header_help = {
            1: self.tr("Calls waiting for an agent now"),
            2: self.tr("Calls answered so far, as the PBX counts them"),
            3: self.tr("Callers who hung up before an agent answered"),
            4: self.tr("Agents of the queue free to take a call"),
            5: self.tr("How long the longest-waiting caller has waited"),
        }

    def texts(self, row: QueueStats) -> tuple[str, ...]:
        """The queue's name (its code when it has none) and its figures."""

        def number(value: int | None) -> str:
            return "" if value is None else str(value)

        name = row.name or row.queue
        wait = "" if row.longest_wait is None else clock_text(row.longest_wait)
        return (
            name,
            number(row.waiting),
            number(row.answered),
            number(row.abandoned),
            number(row.agents_available),
            wait,
        )

    def sort_values(self, row: QueueStats) -> tuple:
        return (
            row.name or row.queue,
            row.waiting or 0,
            row.answered or 0,
            row.abandoned or 0,
            row.agents_available or 0,
            row.longest_wait or 0,
        )


class SortingProxy(QSortFilterProxyModel):
    """Filters on :data:`FILTER_ROLE` (case-insensitive); the view's sort requests go to the source
    model, which sorts itself (see the module doc), so the proxy keeps the source's order."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, KeyedTableModel):
            model.sort(column, order)


def sorting_proxy(model: KeyedTableModel | None, parent: QObject | None = None) -> SortingProxy:
    """A :class:`SortingProxy` over ``model`` (None: over none yet)."""
    proxy = SortingProxy(parent)
    if model is not None:
        proxy.setSourceModel(model)
    proxy.setFilterRole(FILTER_ROLE)
    proxy.setFilterKeyColumn(0)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setDynamicSortFilter(True)
    return proxy
