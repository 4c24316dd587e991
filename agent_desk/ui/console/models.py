"""Table models of the console, changed only through the core's diffs.

:class:`KeyedTableModel` keeps rows in arrival order with an id → row index. :meth:`apply`
removes rows (``removeRows``, contiguous runs together), updates changed rows in place
(``dataChanged``) and inserts new ones (``insertRows``): never a model reset, so the views'
selection and scroll position survive. Sort and filter values are made once per insert or change,
so sorting 5,000 rows never formats a phone number.

**What a view paints is in C++.** The model is a ``QStandardItemModel``: ``data()``, ``rowCount()``
and ``index()`` are Qt's own, so painting a cell (a ``QStyledItemDelegate`` asks about eight roles)
never calls into Python. A full repaint of a 780×700 calls table at 5,000 rows cost 24 ms of GUI CPU
with ``data()`` in Python (a ``data()`` returning a constant: 17 ms), 9 ms with the texts in items, and
6 ms with them drawn unshaped (:class:`~agent_desk.ui.console.panels.ItemTable`).
The rows' items are made lazily: a row is inserted empty (no items: one ``insertRows`` for a first
load of 5,000 rows) and its items (texts, tooltips, alignment, and the colours and bold font of
:class:`LiveCallsModel`) are made by :meth:`~KeyedTableModel.fill`, which the table calls for the rows
it is about to paint (:class:`~agent_desk.ui.console.panels.ItemTable`); formatting a phone number
costs ~0.15 ms, so texts are made only for rows that are shown, as before. A row that changes, or
moves in a new sort order, has its items emptied (an item is never removed while its row stays: that
would drop the selection on it) and filled again when next painted. So ``data()`` answers for the
rows a view has painted; :meth:`~KeyedTableModel.cell_text` gives any row's text, and :meth:`fill`
fills any row's items (tests, a future copy of the rows).

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

Sort and filter values stay in Python (:meth:`~KeyedTableModel.sort_value`,
:meth:`~KeyedTableModel.haystack`); :class:`SortingProxy` filters on the haystack in Python. The live
duration ticks by :meth:`LiveCallsModel.tick`, a ``dataChanged`` of the duration column for
``DisplayRole`` only (the sort value of that column is the start time, so a tick never re-sorts);
:meth:`~KeyedTableModel.fill` sets the duration text of every row it is given, so a painted duration
is never older than the paint.
"""

from __future__ import annotations

import bisect
import operator
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar
from unicodedata import normalize

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QStandardItemModel

from agent_desk.models import AgentState, LiveCall, QueueStats
from agent_desk.phone import display
from agent_desk.supervisor.diff import AGENTS, CALLS, QUEUES, Diff, RowKind
from agent_desk.text import fold
from agent_desk.ui.common.status import dark_palette
from agent_desk.ui.dialing.call_log import clock_text

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex

DISPLAY = Qt.ItemDataRole.DisplayRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
FONT = Qt.ItemDataRole.FontRole.value
#: row colours of alert levels: light tints under dark text, and deep ones under light text (dark theme)
HIGHLIGHTS = {"warn": "#ffe0a3", "error": "#ffb3b3"}
DARK_HIGHLIGHTS = {"warn": "#6b4a00", "error": "#7f1d1d"}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_HORIZONTAL = Qt.Orientation.Horizontal
_DESCENDING = Qt.SortOrder.DescendingOrder
#: GUI time (seconds) one slice of a big insert may spend making rows: half a 16 ms frame
SLICE_BUDGET = 0.008
_CHECK_EVERY = 8  # rows made between two looks at the clock
_AT_ONCE = 64  # at most this many new rows go in during apply() itself (a refresh's few); more start a turn later
#: rows put in at a time by a big insert into a table that has rows (as many chunks a turn as fit SLICE_BUDGET):
#: the model's lists, the proxy's mapping and the view's header take them in a millisecond or two
CHUNK = 500
_WARM = 48  # rows of a first load, first in the sort order, whose slow texts are made ahead (a tall table's page)
_KEPT = 20_000  # LiveCallsModel's kept formatted numbers and folded fields: forgotten all at once beyond this
_NONE_STALE = 1 << 62  # KeyedTableModel._renumber_from when every row's index is right


class _SliceTurn:
    """Which model sliced a big insert in this pass of the event loop (see ``_insert_slice``).

    Qt fires every expired timer in one pass. A first load fills the calls and the agents at once, and
    the two models' 0 ms slicers would each spend a :data:`SLICE_BUDGET` in the same pass, one after
    the other: a stall of two budgets, over a frame. The first model to slice in a pass holds the turn
    until the next pass (a 0 ms timer started now fires in the next pass, not in this one); another
    model's slicer that fires meanwhile tries again in the next pass."""

    def __init__(self) -> None:
        self.owner: object | None = None
        self._release: QTimer | None = None

    def take(self, model: object) -> bool:
        """Whether ``model`` may slice in this pass (it then holds the turn until the next)."""
        if self.owner is not None and self.owner is not model:
            return False
        self.owner = model
        if self._release is None:
            self._release = QTimer()
            self._release.setSingleShot(True)
            self._release.setInterval(0)
            self._release.timeout.connect(self._free)
        self._release.start()
        return True

    def _free(self) -> None:
        self.owner = None


_TURN = _SliceTurn()


def runs(ascending: Iterable[int]) -> list[tuple[int, int]]:
    """``[1, 2, 3, 7, 8]`` → ``[(1, 3), (7, 8)]``: contiguous runs of sorted row numbers."""
    found: list[list[int]] = []
    for row in ascending:
        if found and found[-1][1] == row - 1:
            found[-1][1] = row
        else:
            found.append([row, row])
    return [(low, high) for low, high in found]


def _kept(kept: dict[str, str], key: str, make: Callable[[str], str]) -> str:
    """``make(key)``, kept in ``kept``, which is emptied once it holds :data:`_KEPT` entries."""
    value = kept.get(key)
    if value is None:
        if len(kept) >= _KEPT:
            kept.clear()
        value = kept[key] = make(key)
    return value


class KeyedTableModel(QStandardItemModel, Generic[T]):
    """Rows of one :class:`~agent_desk.supervisor.diff.RowKind`; subclasses give the columns
    (:meth:`set_headers`). The items of a row are made by :meth:`fill` (see the module doc)."""

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
        self._texts: list[tuple[str, ...] | None] = []  # made when first asked for, dropped on a change
        self._made: list[bool] = []  # the row's items are in the model (see fill)
        #: rows of an insert still to come, by id, and their (sort values, haystack) once made: no
        #: per-row object the garbage collector tracks (a first load's 5,000 ``[row, made]`` lists were
        #: scanned by every generation-1 collection of the load)
        self._pending: dict[str, T] = {}
        self._prepared: dict[str, tuple[tuple, str]] = {}
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
        # the first slot of rowsRemoved (connected before any view's): while rows are about to go, a
        # selection's handler still reads them at their old places; once they went, at the new ones
        self.rowsRemoved.connect(self._cut)

    # ------------------------------------------------------------------ what subclasses give
    #: ``texts(row)``: the display text of each column (every subclass defines the method)
    texts: Callable[[T], tuple[str, ...]]
    #: ``sort_values(row)``: the value the model sorts each column on (numbers or text, never None)
    sort_values: Callable[[T], tuple]

    def search_text(self, row: T) -> str:
        """What the filter box searches, folded (:func:`agent_desk.text.fold`)."""
        return fold(" ".join(self.texts(row)))

    def set_headers(self, headers: list[str]) -> None:
        """The columns' titles (translated); as many columns as titles."""
        self.headers = headers
        self.setColumnCount(len(headers))

    def row_style(self, row: int) -> Mapping[int, Any]:
        """Roles (font, colours) every cell of ``row`` gets besides its text; none by default."""
        return {}

    # ------------------------------------------------------------------ Qt model interface
    # rowCount, columnCount, index and data are QStandardItemModel's (C++): see the module doc

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

    def cell_text(self, row: int, column: int) -> str:
        """The text of a cell, made (and kept) if it was not yet."""
        return self._row_texts(row)[column]

    def _row_texts(self, row: int) -> tuple[str, ...]:
        """The row's texts, composed (NFC): the tables draw text unshaped
        (:class:`~agent_desk.ui.console.panels.ItemTable`), and a decomposed letter's stacked marks (a
        name typed as ``a`` + circumflex + acute) are placed right only by shaping; composed, it is one glyph."""
        texts = self._texts[row]
        if texts is None:
            made = self.texts(self._rows[row])
            texts = self._texts[row] = tuple(text if text.isascii() else normalize("NFC", text) for text in made)
        return texts

    def sort_value(self, row: int, column: int) -> Any:
        """What the model sorts ``column`` on, for ``row``."""
        return self._sort[row][column]

    def haystack(self, row: int) -> str:
        """The row's searchable text, folded (:meth:`search_text`)."""
        return self._haystack[row]

    def fill(self, rows: Iterable[int]) -> None:
        """Make the items of ``rows`` that have none (their texts, tooltips, alignment and
        :meth:`row_style`), and bring their moving cells up to date (:meth:`_refresh_cells`). The
        tables call it for the rows they are about to paint; it signals nothing (the paint follows)."""
        count = len(self._rows)
        wanted = [row for row in rows if 0 <= row < count]
        with QSignalBlocker(self):
            for row in wanted:
                if not self._made[row]:
                    self._make(row)
            self._refresh_cells(wanted)

    def _make(self, row: int) -> None:
        """Give each cell of ``row`` its roles, all at once (``setItemData``). A cell's item is made by the
        first call and kept (:meth:`_unmake` empties it): replacing or removing an item would drop the
        persistent indexes on it, the selection's among them."""
        style = self.row_style(row)
        numeric = self.numeric
        for column, text in enumerate(self._row_texts(row)):
            roles = {DISPLAY: text, TOOLTIP: text, **style} if text else {DISPLAY: text, **style}
            if column in numeric:
                roles[ALIGN] = _RIGHT
            self.setItemData(self.index(row, column), roles)
        self._made[row] = True

    def _refresh_cells(self, rows: list[int]) -> None:
        """Cells that move on without a change of the row (the live duration): none by default."""

    def _warm(self, rows: Iterable[T], deadline: float) -> None:
        """Make ahead, until ``time.perf_counter()`` reaches ``deadline``, what is slow to make in the
        texts of ``rows`` and can be kept (the first paint makes their items): nothing by default."""

    def _unmake(self, rows: Iterable[int]) -> None:
        """Empty the items of ``rows`` (given their roles again when painted); signals nothing."""
        columns = range(len(self.headers))
        with QSignalBlocker(self):
            for row in rows:
                if self._made[row]:
                    for column in columns:
                        self.item(row, column).clearData()  # the item stays (see _make)
                    self._made[row] = False

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
        return [*self._rows, *self._pending.values()]

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
            self._unmake((index,))
            moved = moved or (column >= 0 and old[column] != self._sort[index][column])
            self.dataChanged.emit(self.index(index, 0), self.index(index, last))
        if diff.removed:
            self._remove(diff.removed)
        for row in (*diff.inserted, *unknown):
            key = self.kind.key(row)
            if key not in self._row_of:
                self._pending[key] = row
                self._prepared.pop(key, None)  # a waiting row is made again from its newer version
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
        fit go in together (each turn that changes the model costs a repaint). At most :data:`_AT_ONCE`
        waiting rows (a refresh's new calls, from :meth:`apply`) all go in on this turn, whatever the clock
        says: a slow turn (a loaded machine) must not leave a refresh's rows for the next one. A big
        insert's slice waits for the next pass of the event loop when another model sliced in this one
        (:class:`_SliceTurn`)."""
        started = time.perf_counter()
        big = len(self._pending) > _AT_ONCE  # a refresh's few rows go in now, however long they take
        if big and not _TURN.take(self):
            self._slicer.start()  # another model sliced in this pass (see _SliceTurn): ours is the next
            return
        made = 0
        prepared = self._prepared
        for key, row in self._pending.items():
            if key not in prepared:
                prepared[key] = self._prepare(row)
                made += 1
                if big and made % _CHECK_EVERY == 0 and time.perf_counter() - started > SLICE_BUDGET:
                    self._slicer.start()
                    return
        if big and time.perf_counter() - started > SLICE_BUDGET / 2:
            self._slicer.start()  # the last rows took this turn: they go in on the next
            return
        if not self._keys and len(self._pending) > _AT_ONCE:
            self._load(started)
            return
        column = self._sort_column
        ready = [(key, row, *prepared[key]) for key, row in self._pending.items()]
        if column >= 0 and len(ready) > CHUNK:
            ready.sort(key=lambda item: item[2][column], reverse=self._descending)
        first = len(self._keys)
        for start in range(0, len(ready), CHUNK):
            batch = ready[start : start + CHUNK]
            for item in batch:
                del self._pending[item[0]], prepared[item[0]]
            first = min(first, self._insert_sorted(batch))
            if self._pending and time.perf_counter() - started > SLICE_BUDGET:
                self._slicer.start()  # the rest on the next turn (a later diff may change them meanwhile)
                break
        self._renumber(first)
        if not self._pending:
            self.loaded.emit()

    def _load(self, started: float) -> None:
        """A big insert into an empty table (a first load), every row made: on one turn the rows are
        sorted (:attr:`_staged`), on the next they go in with one ``beginInsertRows``, so the views
        repaint once, and neither turn takes more than a few milliseconds at 5,000 rows. A diff that
        changes a waiting row in between drops the sorted copy, which is made again. What is left of
        the sorting turn's budget (it began at ``started``) goes to :meth:`_warm` the first rows in the
        new order: the ones the table's first paint shows."""
        staged = self._staged
        if staged is None:
            column = self._sort_column
            staged = [(key, row, *self._prepared[key]) for key, row in self._pending.items()]
            if column >= 0:
                staged.sort(key=lambda item: item[2][column], reverse=self._descending)
            self._staged = staged
            self._warm((item[1] for item in staged[:_WARM]), started + SLICE_BUDGET)
            self._slicer.start()
            return
        self._staged = None
        self._pending.clear()
        self._prepared.clear()
        keys, rows, sort, haystack = (list(column) for column in zip(*staged, strict=True))
        self._keys, self._rows, self._sort, self._haystack = keys, rows, sort, haystack
        self._texts = [None] * len(keys)
        self._made = [False] * len(keys)
        self._row_of = dict(zip(keys, range(len(keys)), strict=True))
        self.insertRows(0, len(keys))  # empty rows (their items are made when painted): one signal
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
            self._keys[at:at] = [item[0] for item in run]
            self._rows[at:at] = [item[1] for item in run]
            self._sort[at:at] = [item[2] for item in run]
            self._haystack[at:at] = [item[3] for item in run]
            self._texts[at:at] = [None] * len(run)
            self._made[at:at] = [False] * len(run)
            self.insertRows(at, len(run))  # after the lists: a filtering proxy reads the new rows' haystacks
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
        self._unmake([row for row, made in enumerate(self._made) if made])  # items stay where they are in C++
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
                self._prepared.pop(key, None)
                self._staged = None
        indexes = sorted(i for i in map(self._row_of.get, keys) if i is not None)
        if not indexes:
            return
        for low, high in reversed(runs(indexes)):  # highest first, so lower indexes stay valid
            self.removeRows(low, high - low + 1)  # the lists follow in _cut
        self._renumber_from = min(self._renumber_from, indexes[0])  # rows below the first removed one moved up

    def _cut(self, _parent: QModelIndex, low: int, high: int) -> None:
        """Rows ``low``–``high`` left the model (``rowsRemoved``): they leave the lists too."""
        for key in self._keys[low : high + 1]:
            del self._row_of[key]
        for column in self._columns():
            del column[low : high + 1]

    def _columns(self) -> tuple[list, ...]:
        return (self._rows, self._keys, self._sort, self._haystack, self._texts, self._made)

    def forget_rows(self) -> None:
        """Forget every row (signing out)."""
        self._slicer.stop()
        self._pending.clear()
        self._prepared.clear()
        self._staged = None
        self.removeRows(0, self.rowCount())  # the lists follow in _cut


class LiveCallsModel(KeyedTableModel[LiveCall]):
    """Live calls: call id, extension, agent, direction, customer, state, queue, duration."""

    CALL, EXTENSION, AGENT, DIRECTION, CUSTOMER, STATE, QUEUE, DURATION = range(8)
    numeric = frozenset({DURATION})

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.time) -> None:
        super().__init__(CALLS, parent)
        self.set_headers(
            [
                self.tr("Call"),
                self.tr("Ext."),
                self.tr("Agent"),
                self.tr("Direction"),
                self.tr("Customer"),
                self.tr("State"),
                self.tr("Queue"),
                self.tr("Duration"),
            ]
        )
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
        self._numbers: dict[str, str] = {}  # customer number → as shown (:meth:`_number`)
        self._folded: dict[str, str] = {}  # a field that is not ASCII → folded (:meth:`_fold`)

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
            self._number(row.customer),
            state,
            row.queue or "",
            "",
        )

    def row_style(self, row: int) -> Mapping[int, Any]:
        """Bold while the supervisor is on the call; an alert's colours (the theme's, when the row is
        made: :meth:`restyle` makes them again after a change of theme)."""
        call_id = self._keys[row]
        style: dict[int, Any] = {FONT: self._bold} if call_id in self.monitoring else {}
        level = self.highlights.get(call_id)
        if level is not None:
            dark = dark_palette()
            style[BACKGROUND] = QColor((DARK_HIGHLIGHTS if dark else HIGHLIGHTS)[level])
            style[FOREGROUND] = QColor("#ffffff" if dark else "#202020")
        return style

    def restyle(self) -> None:
        """The theme changed: the highlighted rows are made again in its colours when painted."""
        self._refresh_rows(list(self.highlights))

    def _refresh_rows(self, call_ids: Iterable[str]) -> None:
        """Make the rows of ``call_ids`` again (texts, sort and filter values, items) and repaint them."""
        last, column, moved = len(self.headers) - 1, self._sort_column, False
        for call_id in call_ids:
            index = self._row_of.get(call_id)
            if index is None:
                continue
            old = self._sort[index]
            self._sort[index], self._haystack[index] = self._prepare(self._rows[index])
            self._texts[index] = None
            self._unmake((index,))
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
            return self._duration(row, self.clock())
        return super().cell_text(row, column)

    def _duration(self, row: int, now: float) -> str:
        started = self._sort[row][self.DURATION]
        return clock_text(now + started) if started != 1.0 else ""

    def _refresh_cells(self, rows: list[int]) -> None:
        """The duration of each row, as of now (``fill`` runs just before a paint)."""
        now, column = self.clock(), self.DURATION
        for row in rows:
            self.item(row, column).setText(self._duration(row, now))

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

    def _number(self, number: str | None) -> str:
        """``number`` as shown (:func:`agent_desk.phone.display`, ~0.15 ms each), kept: a changed row's texts
        are made again at its next paint, with the same customer."""
        return _kept(self._numbers, number, display) if number else display(number)

    def _warm(self, rows: Iterable[LiveCall], deadline: float) -> None:
        """Format the customers' numbers of ``rows`` (~0.15 ms each: a third of the first paint after a
        first load was formatting the numbers shown), until ``deadline``."""
        for row in rows:
            if time.perf_counter() >= deadline:
                return
            self._number(row.customer)

    def _fold(self, text: str) -> str:
        """:func:`~agent_desk.text.fold` of one field, kept when it is not ASCII (an agent's name, a
        translated state: ~10 µs each to fold, and they repeat from call to call)."""
        return fold(text) if text.isascii() else _kept(self._folded, text, fold)

    def search_text(self, row: LiveCall) -> str:
        """The fields folded one by one and joined: the same text as folding them joined (a space
        folds to itself), without decomposing a Vietnamese name again for each of its calls."""
        digits = (row.customer or "").replace(" ", "")
        fields = (
            row.call_id,
            row.extension or "",
            self.agent_text(row),
            digits,
            row.state or "",
            self.states.get(row.state or "", ""),
            row.queue or "",
            row.direction,
        )
        return " ".join(map(self._fold, fields))

    def tick(self, rows: Iterable[int] | None = None) -> None:
        """The durations moved on: ``dataChanged`` of the duration column (DisplayRole only, so no
        re-sort) for ``rows`` (source rows; None: all). A view passes the rows it shows: signalling
        5,000 rows through a sorting proxy every second costs more than a frame."""
        count = len(self._rows)
        wanted = range(count) if rows is None else sorted(r for r in set(rows) if 0 <= r < count)
        with QSignalBlocker(self):  # the rows painted so far, now; the others get theirs when painted (fill)
            self._refresh_cells([row for row in wanted if self._made[row]])
        for low, high in runs(wanted):
            self.dataChanged.emit(self.index(low, self.DURATION), self.index(high, self.DURATION), [DISPLAY])


class AgentsModel(KeyedTableModel[AgentState]):
    """Agents: extension, name, state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(AGENTS, parent)
        self.set_headers([self.tr("Ext."), self.tr("Name"), self.tr("State")])
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
        self.set_headers(
            [
                self.tr("Queue"),
                self.tr("Waiting"),
                self.tr("Answered"),
                self.tr("Lost"),
                self.tr("Free"),
                self.tr("Longest"),
            ]
        )
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
    """Keeps the rows whose haystack (:meth:`KeyedTableModel.haystack`) holds the filter text, folded;
    the view's sort requests go to the source model, which sorts itself (see the module doc), so the
    proxy keeps the source's order."""

    _needle = ""

    def set_filter_text(self, text: str) -> None:
        """Keep the rows whose haystack holds ``text``, folded ("" keeps every row)."""
        self.beginFilterChange()
        self._needle = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        return not self._needle or (isinstance(model, KeyedTableModel) and self._needle in model.haystack(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, KeyedTableModel):
            model.sort(column, order)


def sorting_proxy(model: KeyedTableModel | None, parent: QObject | None = None) -> SortingProxy:
    """A :class:`SortingProxy` over ``model`` (None: over none yet)."""
    proxy = SortingProxy(parent)
    if model is not None:
        proxy.setSourceModel(model)
    proxy.setDynamicSortFilter(True)
    return proxy
