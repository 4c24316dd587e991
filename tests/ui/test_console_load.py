"""The console's first load of 5,000 live calls is made in slices (pytest-qt): the model ends with
every row, sorted, filtered and with the selection where it was, while later diffs land meanwhile.

How long a slice takes is a benchmark figure (tests/bench/console.py), not asserted here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QTableView

from agent_desk.models import LiveCall
from agent_desk.supervisor.diff import Diff
from agent_desk.ui.console.models import LiveCallsModel, sorting_proxy
from agent_desk.ui.console.panels import fixed_rows
from tests.helpers.console import cells, sort_values

COUNT = 5000
NOW = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC)


def call(i: int, state: str = "answered", customer: str | None = None) -> LiveCall:
    return LiveCall(
        f"c{i:05d}",
        "inbound",
        str(2000 + i),
        customer or f"09{i:08d}",
        state,
        NOW - dt.timedelta(seconds=(i * 7919) % 3600),  # start times in no particular order
        agent_name=f"Agent {i}",
        queue="q1",
    )


def table(qtbot, view: QTableView | None = None, proxied: bool = True):
    """A model of live calls shown in ``view`` (a QTableView), through a proxy or not."""
    model = LiveCallsModel()
    proxy = sorting_proxy(model)
    view = view or QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy if proxied else model)
    fixed_rows(view)
    view.setSortingEnabled(True)
    view.sortByColumn(LiveCallsModel.DURATION, Qt.SortOrder.DescendingOrder)
    view.resize(800, 600)
    view.show()
    return model, proxy, view


def shown(proxy, column: int, sort: bool = False) -> list:
    """The texts (or, with ``sort``, the sort values) of ``column``, in the order shown."""
    return sort_values(proxy, column) if sort else cells(proxy, column)


def consistent(model: LiveCallsModel) -> None:
    """Every row's id maps back to its row, once."""
    keys = [model.row(i).call_id for i in range(model.rowCount())]
    assert len(set(keys)) == len(keys)
    assert all(model.row_index(key) == i for i, key in enumerate(keys))


def test_a_first_load_of_5000_calls_is_made_in_slices_and_goes_in_complete_and_sorted(qtbot):
    model, proxy, view = table(qtbot)
    inserted, in_order = [], []

    def chunk_in(_parent, first: int, last: int) -> None:
        inserted.append(last - first + 1)
        starts = sort_values(model, LiveCallsModel.DURATION)
        in_order.append(starts == sorted(starts, reverse=True))

    model.rowsInserted.connect(chunk_in)
    with qtbot.waitSignal(model.loaded, timeout=60_000):
        model.apply(Diff(inserted=[call(i) for i in range(COUNT)]))
        assert model.loading and model.rowCount() == 0, "rows are made over several turns of the loop"
        assert len(model.rows()) == COUNT, "waiting rows are rows too (alerts, the transfer picker)"
    assert not model.loading and model.rowCount() == COUNT and proxy.rowCount() == COUNT
    assert inserted == [COUNT], "then, into the empty table, in one insert: the view repaints once"
    assert all(in_order), "sorted when they go in"
    consistent(model)
    starts = shown(proxy, LiveCallsModel.DURATION, sort=True)
    assert starts == sorted(starts, reverse=True), "longest call first, as the header says"
    view.sortByColumn(LiveCallsModel.CUSTOMER, Qt.SortOrder.AscendingOrder)
    customers = shown(proxy, LiveCallsModel.CUSTOMER, sort=True)
    assert customers == sorted(customers)


def test_diffs_selection_and_filter_during_a_sliced_insert_stay_right(qtbot):
    model, proxy, view = table(qtbot)
    with qtbot.waitSignal(model.loaded, timeout=60_000):
        model.apply(Diff(inserted=[call(i) for i in range(COUNT)]))
    chosen = "c00042"
    index = proxy.mapFromSource(model.index(model.row_index(chosen), 0))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(index, flags)

    more = [call(COUNT + i) for i in range(3000)]  # a big insert into a full table: sliced, then chunks at their places
    model.apply(Diff(inserted=more))
    assert model.loading and model.rowCount() == COUNT
    waiting = [c.call_id for c in more]
    gone = [waiting[0], waiting[-1], "c00007"]
    changed = [call(int(waiting[1][1:]), "hold", "0912345678"), call(42, "hold", "0912345678")]
    model.apply(Diff(changed=changed, removed=gone))
    proxy.set_filter_text("0912345678")
    with qtbot.waitSignal(model.loaded, timeout=60_000):
        pass
    assert model.rowCount() == COUNT + 3000 - 3
    consistent(model)
    ids = {model.row(i).call_id for i in range(model.rowCount())}
    assert not ids & set(gone) and set(waiting[1:-1]) <= ids
    assert sorted(shown(proxy, LiveCallsModel.CALL)) == sorted(c.call_id for c in changed), "filter on the new rows"
    assert model.row(model.row_index(waiting[1])).state == "hold", "the change replaced the waiting row"
    selected = view.selectionModel().selectedRows()
    assert [model.row(proxy.mapToSource(i).row()).call_id for i in selected] == [chosen]
    proxy.set_filter_text("")
    starts = shown(proxy, LiveCallsModel.DURATION, sort=True)
    assert starts == sorted(starts, reverse=True)


def until_sorted(model: LiveCallsModel) -> None:
    """Run a first load's turns (the zero timer's, by hand) until its rows are made and sorted."""
    while model._staged is None:
        assert model.loading
        model._slicer.stop()
        model._insert_slice()


def test_a_first_load_sorted_for_its_insert_follows_a_new_sort_and_diffs_on_the_way(qtbot):
    model, proxy, view = table(qtbot)
    inserted = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))
    model.apply(Diff(inserted=[call(i) for i in range(COUNT)]))
    until_sorted(model)  # made and sorted, not in yet
    assert model.rowCount() == 0
    model.apply(Diff(changed=[call(42, "hold", "0800000000")], removed=["c00007"]))
    assert model._staged is None, "a diff drops the sorted copy: it is made again"
    until_sorted(model)
    view.sortByColumn(LiveCallsModel.CUSTOMER, Qt.SortOrder.AscendingOrder)
    assert model._staged is None, "so does a new sort order"
    with qtbot.waitSignal(model.loaded, timeout=60_000):
        pass
    assert model.rowCount() == proxy.rowCount() == COUNT - 1 and inserted == [COUNT - 1]
    consistent(model)
    customers = shown(model, LiveCallsModel.CUSTOMER, sort=True)
    assert customers == sorted(customers) and customers[0] == "0800000000"
    assert model.row_index("c00007") is None and model.row(0).state == "hold"
    model.apply(Diff(inserted=[call(COUNT + i) for i in range(200)]))  # into a full table: chunks at their places
    with qtbot.waitSignal(model.loaded, timeout=60_000):
        pass
    assert model.rowCount() == COUNT + 199
    customers = shown(model, LiveCallsModel.CUSTOMER, sort=True)
    assert customers == sorted(customers)
    consistent(model)


def test_a_few_new_rows_go_in_at_once_at_their_places(qtbot):
    model, proxy, _view = table(qtbot)
    with qtbot.waitSignal(model.loaded, timeout=60_000):
        model.apply(Diff(inserted=[call(i) for i in range(300)]))
    model.apply(Diff(inserted=[call(1000 + i) for i in range(20)], removed=["c00003"]))
    assert not model.loading and model.rowCount() == 319
    consistent(model)
    starts = shown(proxy, LiveCallsModel.DURATION, sort=True)
    assert starts == sorted(starts, reverse=True)


def test_refreshes_that_remove_change_and_insert_keep_every_row_findable_and_in_order(qtbot):
    """The id → row index is brought up to date once per diff, after its removals and insert."""
    import random

    import msgspec

    model, proxy, _view = table(qtbot)
    with qtbot.waitSignal(model.loaded, timeout=60_000):
        model.apply(Diff(inserted=[call(i) for i in range(400)]))
    shuffle = random.Random(22)
    live, next_id = {c.call_id: c for c in model.rows()}, 400
    for turn in range(12):
        if turn == 6:
            model.sort(LiveCallsModel.CUSTOMER, Qt.SortOrder.AscendingOrder)
        removed = shuffle.sample(sorted(live), 9)
        for key in removed:
            del live[key]
        changed = [
            msgspec.structs.replace(c, state="ringing") for c in shuffle.sample(sorted(live.values(), key=str), 9)
        ]
        inserted = [call(next_id + i) for i in range(9)]
        next_id += 9
        live.update({c.call_id: c for c in (*changed, *inserted)})
        model.apply(Diff(inserted=inserted, changed=changed, removed=removed))
        consistent(model)
        assert {model.row(i).call_id for i in range(model.rowCount())} == set(live)
        assert all(model.row(model.row_index(c.call_id)).state == "ringing" for c in changed)
    customers = shown(proxy, LiveCallsModel.CUSTOMER, sort=True)
    assert customers == sorted(customers)


def test_clearing_during_a_sliced_load_stops_it(qtbot):
    model, _proxy, _view = table(qtbot)
    model.apply(Diff(inserted=[call(i) for i in range(COUNT)]))
    assert model.loading
    model.forget_rows()
    assert not model.loading and model.rowCount() == 0 and model.rows() == []
    model.apply(Diff(inserted=[call(1)]))
    assert model.rowCount() == 1 and not model.loading


def test_the_agents_panel_shows_its_model_sorted_without_a_proxy(qtbot):
    from agent_desk.models import AgentState
    from agent_desk.ui.console.panels import AgentsPanel

    panel = AgentsPanel()
    qtbot.addWidget(panel)
    assert panel.table.model() is panel.model
    panel.apply(Diff(inserted=[AgentState(ext, f"Agent {ext}", "available") for ext in ("103", "101", "102")]))

    def extensions() -> list[str]:
        return cells(panel.model, 0)

    assert extensions() == ["101", "102", "103"]
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    panel.apply(Diff(inserted=[AgentState("100", "Agent 100", "busy")]))
    assert extensions() == ["103", "102", "101", "100"]


def test_the_queue_columns_fit_their_figures_when_a_text_grows_and_do_not_measure_otherwise(qtbot):
    from PySide6.QtWidgets import QHeaderView

    from agent_desk.models import QueueStats
    from agent_desk.ui.console.panels import QueuePanel

    panel = QueuePanel()
    qtbot.addWidget(panel)
    header = panel.table.horizontalHeader()
    assert all(header.sectionResizeMode(c) != QHeaderView.ResizeMode.ResizeToContents for c in range(1, 6))
    fitted = []
    header.sectionResized.connect(lambda section, _old, _new: fitted.append(section))

    def figures(answered: int) -> list[QueueStats]:
        return [QueueStats("999", "Sales", 0, answered, 1, 2, 0)]

    first = figures(9)
    panel.add_figures(1.0, first, Diff(inserted=first))
    qtbot.waitUntil(lambda: not panel._fitter.isActive())
    narrow = header.sectionSize(2)
    fitted.clear()
    panel.add_figures(2.0, figures(8), Diff(changed=figures(8)))
    qtbot.waitUntil(lambda: not panel._fitter.isActive())
    assert not fitted, "a figure as long as before measures nothing"
    panel.add_figures(3.0, figures(10**18), Diff(changed=figures(10**18)))
    assert header.sectionSize(2) == narrow, "fitted on the next turn, not in the refresh"
    qtbot.waitUntil(lambda: header.sectionSize(2) > narrow)


def test_the_queue_chart_grows_its_scale_by_half_at_least_not_at_every_rise(qtbot):
    from agent_desk.models import QueueStats
    from agent_desk.ui.console.panels import QueuePanel

    panel = QueuePanel()
    qtbot.addWidget(panel)
    axis = panel.y_axes[panel.waiting]
    ranges = []
    axis.rangeChanged.connect(lambda low, high: ranges.append(high))
    for second in range(1, 41):  # callers waiting rise by one a second: 1 .. 40
        figures = [QueueStats("999", "Sales", second, 0, 0, 1, 0)]
        panel.add_figures(float(second), figures, Diff(changed=figures))
        assert panel._axes.isActive(), "the axes move on the next turn, not in the refresh"
        qtbot.waitUntil(lambda: not panel._axes.isActive())
    assert axis.max() >= 40 * 1.1
    # six growths (each a relayout, signalled twice: the range, then its nice numbers), not 36 as before
    assert 2 <= len(ranges) <= 2 * 6, ranges


class Paints(QObject):
    """Counts the paint events of a widget."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt's name
        self.count += event.type() == QEvent.Type.Paint
        return False


def test_rows_that_come_and_go_below_the_last_one_shown_do_not_repaint_the_table(qtbot):
    from PySide6.QtWidgets import QApplication

    from agent_desk.ui.console.panels import LiveTable

    model, _proxy, view = table(qtbot, LiveTable(), proxied=False)
    view.sortByColumn(LiveCallsModel.CALL, Qt.SortOrder.AscendingOrder)
    with qtbot.waitSignal(model.loaded, timeout=60_000):
        model.apply(Diff(inserted=[call(i) for i in range(300)]))
    qtbot.waitExposed(view)
    paints = Paints(view.viewport())
    qtbot.waitUntil(lambda: paints.count > 0)  # the first paint of the loaded table
    bar = view.verticalScrollBar()

    def apply(diff: Diff) -> None:
        paints.count = 0
        with view.rows_changing():
            model.apply(diff)
        for _ in range(3):
            QApplication.processEvents()

    maximum = bar.maximum()
    apply(Diff(inserted=[call(500 + i) for i in range(5)], removed=["c00200", "c00250"]))  # all below the view
    assert paints.count == 0 and model.rowCount() == 303
    assert bar.maximum() == maximum + 3, "the scroll bar follows the row count"
    apply(Diff(removed=["c00001"]))  # a row shown
    assert paints.count >= 1 and model.row(1).call_id == "c00002"
    apply(Diff(inserted=[call(999)]))  # at the end: below the view again
    assert paints.count == 0 and bar.maximum() == maximum + 3


def test_a_refreshs_few_new_rows_go_in_during_apply_even_on_a_slow_machine(qtbot, monkeypatch):
    """A refresh's few new rows (up to ``_AT_ONCE``) are in when ``apply`` returns, however long making
    them took: only a big insert is spread over turns. On a loaded machine (or a collection in the middle)
    eight rows once took over the slice's budget and the rest waited for the next turn."""
    import itertools

    from agent_desk.ui.console import models

    model, proxy, _view = table(qtbot)
    with qtbot.waitSignal(model.loaded, timeout=60_000):
        model.apply(Diff(inserted=[call(i) for i in range(300)]))
    ticks = itertools.count()
    monkeypatch.setattr(models.time, "perf_counter", lambda: next(ticks) * models.SLICE_BUDGET)  # each look: a budget
    model.apply(Diff(inserted=[call(1000 + i) for i in range(40)], removed=["c00003"]))
    assert not model.loading and model.rowCount() == 339
    consistent(model)
    starts = shown(proxy, LiveCallsModel.DURATION, sort=True)
    assert starts == sorted(starts, reverse=True)


def test_two_tables_loading_at_once_never_slice_in_the_same_pass_of_the_loop(qtbot):
    """A first load fills the calls and the agents at once: in one pass of the event loop (one
    callback after another, nothing in between) only the first model makes rows; the other waits for
    the next pass, and both end complete."""
    calls, _proxy, _view = table(qtbot)
    others, _other_proxy, _other_view = table(qtbot)
    calls.apply(Diff(inserted=[call(i) for i in range(COUNT)]))
    others.apply(Diff(inserted=[call(i) for i in range(COUNT, 2 * COUNT)]))
    calls._slicer.stop()
    others._slicer.stop()
    made_before = len(others._prepared)
    calls._insert_slice()  # both slicers firing in one pass, as Qt fires every expired timer
    others._insert_slice()
    assert len(others._prepared) == made_before, "the second model made nothing in the first's pass"
    assert others._slicer.isActive(), "it tries again in the next pass"
    with qtbot.waitSignal(calls.loaded, timeout=60_000), qtbot.waitSignal(others.loaded, timeout=60_000):
        pass
    assert calls.rowCount() == COUNT and others.rowCount() == COUNT
    consistent(calls)
    consistent(others)
