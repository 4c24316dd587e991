"""The calls table paints from C++ items (pytest-qt): a repaint asks Python nothing per cell, the
rows' items are made for the rows painted, and a change, a highlight, the monitoring mark and the
live duration reach the items the next paint reads.

How long a repaint takes is a benchmark figure (tests/bench/console.py), not asserted here.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor

from agent_desk.models import LiveCall
from agent_desk.supervisor.diff import Diff
from agent_desk.ui.console.models import HIGHLIGHTS, LiveCallsModel, sorting_proxy
from agent_desk.ui.console.panels import LiveTable, fixed_rows

NOW = 1_800_000_000.0
COUNT = 300


def call(i: int, state: str = "answered") -> LiveCall:
    started = dt.datetime.fromtimestamp(NOW - 60 - i, dt.UTC)
    return LiveCall(f"c{i:05d}", "inbound", str(2000 + i), f"09{i:08d}", state, started, agent_name=f"Agent {i}")


def shown_table(qtbot, count: int = COUNT):
    """A shown calls table over ``count`` calls, longest first, every row in and painted once."""
    clock = [NOW]
    model = LiveCallsModel(clock=lambda: clock[0])
    view = LiveTable()
    qtbot.addWidget(view)
    view.setModel(model)
    fixed_rows(view)
    view.setSortingEnabled(True)
    view.sortByColumn(LiveCallsModel.DURATION, Qt.SortOrder.DescendingOrder)
    view.resize(780, 400)
    view.show()
    with qtbot.waitSignal(model.loaded, timeout=60_000):
        model.apply(Diff(inserted=[call(i) for i in range(count)]))
    qtbot.waitExposed(view)
    paint(view)
    return model, view, clock


def paint(view) -> None:
    """Paint the whole table now (rendering it, as a screen grab does)."""
    view.viewport().grab()


def python_calls_during(work) -> Counter:
    """How often each Python function was called while ``work`` ran (from C++ or from Python)."""
    calls: Counter = Counter()

    def profile(frame, event, _arg) -> None:
        if event == "call":
            calls[frame.f_code.co_name] += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return calls


def painted_rows(view) -> range:
    return range(view.rowAt(0), view.rowAt(view.viewport().height() - 1) + 1)


def test_a_repaint_asks_python_nothing_per_cell(qtbot):
    model, view, _clock = shown_table(qtbot)
    rows = painted_rows(view)
    assert len(rows) > 10
    calls = python_calls_during(lambda: paint(view))
    assert calls["paintEvent"] == 1 and calls["fill"] == 1
    assert not {"data", "rowCount", "columnCount", "index", "flags"} & set(calls), calls
    # the paint's own work: the moving durations of the rows painted, nothing per cell and role
    assert sum(calls.values()) <= 4 * len(rows), calls
    assert model.index(rows[0], LiveCallsModel.CALL).data() == "c00299", "the longest call first"


def test_items_are_made_for_the_rows_painted_and_their_texts_once(qtbot, monkeypatch):
    model, view, _clock = shown_table(qtbot)
    rows = painted_rows(view)
    below = rows[-1] + 50
    assert model.index(rows[0], LiveCallsModel.CUSTOMER).data() == "0900 000 299"
    assert model.index(rows[0], LiveCallsModel.CUSTOMER).data(Qt.ItemDataRole.ToolTipRole) == "0900 000 299"
    assert model.index(below, LiveCallsModel.CALL).data() is None, "a row never painted has no items yet"
    assert model.cell_text(below, LiveCallsModel.CALL) == model.row(below).call_id
    made = []
    monkeypatch.setattr(model, "texts", lambda row: made.append(row) or LiveCallsModel.texts(model, row))
    paint(view)
    assert made == [], "the rows painted keep their items"
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    paint(view)
    assert made and model.index(model.rowCount() - 1, LiveCallsModel.CALL).data() == "c00000"


def test_a_changed_row_is_painted_with_its_new_texts_and_keeps_the_selection(qtbot):
    model, view, _clock = shown_table(qtbot)
    row = painted_rows(view)[3]
    chosen = model.row(row)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(model.index(row, 0), flags)
    model.apply(Diff(changed=[call(int(chosen.call_id[1:]), "hold")]))
    assert model.index(row, LiveCallsModel.STATE).data() is None, "the old text is gone at once"
    paint(view)
    assert model.index(row, LiveCallsModel.STATE).data() == "On hold"
    assert [model.row(i.row()).call_id for i in view.selectionModel().selectedRows()] == [chosen.call_id]


def test_highlights_and_the_monitoring_mark_are_painted(qtbot):
    model, view, _clock = shown_table(qtbot)
    first, second = (model.row(r).call_id for r in painted_rows(view)[:2])
    model.set_highlights({first: "error"})
    model.set_monitoring(second, "listen")
    paint(view)
    top = model.index(0, LiveCallsModel.AGENT)
    assert top.data(Qt.ItemDataRole.BackgroundRole) == QColor(HIGHLIGHTS["error"])
    assert model.index(1, LiveCallsModel.STATE).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, LiveCallsModel.STATE).data().endswith("you are listening")
    model.set_highlights({})
    model.set_monitoring(second, None)
    paint(view)
    assert top.data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, LiveCallsModel.STATE).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(1, LiveCallsModel.STATE).data() == "Talking"


def test_a_painted_duration_is_never_older_than_the_paint(qtbot):
    model, view, clock = shown_table(qtbot)
    duration = model.index(0, LiveCallsModel.DURATION)
    assert duration.data() == "5:59"
    assert duration.data(Qt.ItemDataRole.TextAlignmentRole) is not None
    clock[0] += 10
    paint(view)  # no tick came: the paint brings it up to date
    assert duration.data() == "6:09"


def test_the_filter_reads_the_haystacks_in_python_and_follows_changes(qtbot):
    model, view, _clock = shown_table(qtbot, 50)
    proxy = sorting_proxy(model)
    view.setModel(proxy)
    proxy.set_filter_text("AGENT 7")  # folded: any case
    assert sorted(proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())) == sorted(
        model.row_index(f"c{i:05d}") for i in (7,)
    )
    model.apply(Diff(changed=[LiveCall("c00003", "inbound", "2003", "0900", "answered", None, agent_name="Agent 77")]))
    paint(view)
    shown = [proxy.index(r, LiveCallsModel.CALL).data() for r in range(proxy.rowCount())]
    assert sorted(shown) == ["c00003", "c00007"]


def test_the_filter_searches_each_field_folded_as_if_folded_together(qtbot):
    """The haystack folds field by field (a name's folding kept): the same text as folding the fields joined."""
    from agent_desk.text import fold

    model = LiveCallsModel()
    rows = [
        LiveCall("c1", "inbound", "2001", "0901 234 567", "answered", None, agent_name="Đặng Thị Phương Thảo"),
        LiveCall("c2-Ø", "outbound", "2002", None, "hold", None, agent_name="STRASSE Straße", queue="Hàng đợi"),
        LiveCall("c3", "internal", None, "+84 28 1234 5678", None, None),
    ]
    model.states["answered"] = "Đang nói chuyện"  # a translated state that is not ASCII
    for row in [*rows, *rows]:  # the second time from what was kept
        fields = (
            row.call_id,
            row.extension or "",
            model.agent_text(row),
            (row.customer or "").replace(" ", ""),
            row.state or "",
            model.states.get(row.state or "", ""),
            row.queue or "",
            row.direction,
        )
        assert model.search_text(row) == fold(" ".join(fields))
    assert "dang thi phuong thao" in model.search_text(rows[0]) and "dang noi chuyen" in model.search_text(rows[0])


def test_a_changed_row_is_painted_again_without_formatting_its_number_again(qtbot, monkeypatch):
    from agent_desk.ui.console import models

    model, view, _clock = shown_table(qtbot)
    row = painted_rows(view)[2]
    chosen = model.row(row)
    formatted = []
    monkeypatch.setattr(models, "display", lambda number: formatted.append(number) or f"shown {number}")
    model.apply(Diff(changed=[call(int(chosen.call_id[1:]), "hold")]))
    paint(view)
    assert model.index(row, LiveCallsModel.STATE).data() == "On hold"
    assert model.index(row, LiveCallsModel.CUSTOMER).data() == "0900 000 " + chosen.call_id[-3:]
    assert formatted == [], "the number shown before is kept"


def test_the_tables_text_is_not_shaped_and_follows_the_windows_font(qtbot):
    """Shaping each cell's text was a third of a repaint: the console's tables prefer no shaping
    (Latin text, Vietnamese included, needs none); every other font property is the window's."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    table = LiveTable(window)
    assert table.font().styleStrategy() & QFont.StyleStrategy.PreferNoShaping
    bigger = QFont(window.font())
    bigger.setPointSize(window.font().pointSize() + 5)
    window.setFont(bigger)
    assert table.font().pointSize() == bigger.pointSize()
    assert table.font().family() == bigger.family()
    assert table.font().styleStrategy() & QFont.StyleStrategy.PreferNoShaping


def test_a_decomposed_name_is_shown_composed(qtbot):
    """The tables draw text unshaped: a name whose marks come as combining characters (NFD) is shown
    composed (NFC, the same letters), so its stacked marks are the font's own glyphs."""
    import unicodedata

    model, view, _clock = shown_table(qtbot, 5)
    decomposed = unicodedata.normalize("NFD", "Huỳnh Ngọc Tuấn")
    first = model.row(0)
    renamed = LiveCall(first.call_id, "inbound", "2000", "0901", "answered", None, agent_name=decomposed)
    model.apply(Diff(changed=[renamed]))
    paint(view)
    row = model.row_index(first.call_id)
    assert model.cell_text(row, LiveCallsModel.AGENT) == unicodedata.normalize("NFC", decomposed) == "Huỳnh Ngọc Tuấn"
    assert model.index(row, LiveCallsModel.AGENT).data() == "Huỳnh Ngọc Tuấn"
    assert model.row(row).agent_name == decomposed, "the record itself is as the PBX sent it"


def test_a_first_load_formats_the_numbers_of_its_first_rows_before_the_first_paint(qtbot, monkeypatch):
    """The turn that sorts a first load formats the customers' numbers of the first rows in the new
    order, within its budget (here the clock stands still), so the first paint finds them made."""
    from agent_desk.ui.console import models

    monkeypatch.setattr(models.time, "perf_counter", lambda: 0.0)
    model = LiveCallsModel(clock=lambda: NOW)
    view = LiveTable()
    qtbot.addWidget(view)
    view.setModel(model)
    fixed_rows(view)
    view.sortByColumn(LiveCallsModel.DURATION, Qt.SortOrder.DescendingOrder)
    view.resize(780, 400)
    view.show()
    formatted = []
    display = models.display
    monkeypatch.setattr(models, "display", lambda number: formatted.append(number) or display(number))
    with qtbot.waitSignal(model.loaded, timeout=60_000):
        model.apply(Diff(inserted=[call(i) for i in range(COUNT)]))
    assert formatted == [model.row(r).customer for r in range(models._WARM)], "the first rows in the sort order"
    formatted.clear()
    qtbot.waitExposed(view)
    paint(view)
    assert model.index(0, LiveCallsModel.CUSTOMER).data() == "0900 000 299"
    assert formatted == [], "the first paint formats none of them again"
