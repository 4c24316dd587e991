"""The console's side panels: agents, and queue figures with a small live chart.

Each panel shows its table, or one sentence saying why it has none (the provider has no such API,
or the last read failed). The chart plots, over the last ten minutes, the calls waiting in all
queues and the calls answered in the trailing minute (:class:`~agent_desk.supervisor.trend.QueueTrend`);
QtCharts (PySide6-Addons) is imported when the queue panel is built, never at start-up.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QDateTime, QEvent, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFont, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from agent_desk.models import QueueStats
from agent_desk.supervisor.diff import Diff
from agent_desk.supervisor.trend import QueueTrend
from agent_desk.ui.common.plain import plain_labels
from agent_desk.ui.common.status import dark_palette
from agent_desk.ui.console.models import AgentsModel, KeyedTableModel, QueuesModel

ROW_HEIGHT = 22


def fixed_rows(view: QTableView) -> None:
    """Uniform row heights and no row header: the view never measures rows."""
    header = view.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(ROW_HEIGHT)
    header.hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.horizontalHeader().setHighlightSections(False)


class ItemTable(QTableView):
    """A table over a :class:`KeyedTableModel`, or a proxy of one, whose rows' items are made when they
    are first painted: before each paint it asks the model to fill the rows the paint covers
    (:meth:`KeyedTableModel.fill`), so painting itself reads only C++ items.

    Its text is not shaped where the script does not need it (``QFont.PreferNoShaping``: Latin text,
    Vietnamese included, is drawn from the font's glyphs without kerning or ligatures): shaping each
    cell's text with HarfBuzz was a third of a full repaint (a 780×700 calls table: 10.3 -> 6.4 ms of
    GUI CPU). Only that strategy is set: the family and size follow the window's font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFont()  # nothing resolved but the strategy below: the rest is inherited
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.setFont(font)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        shown = self.model()
        rect = event.rect()
        top = self.rowAt(rect.top())
        if top >= 0:
            bottom = self.rowAt(rect.bottom())
            bottom = shown.rowCount() - 1 if bottom < 0 else bottom
            if isinstance(shown, KeyedTableModel):
                shown.fill(range(top, bottom + 1))
            elif isinstance(shown, QSortFilterProxyModel):
                source, to_source = shown.sourceModel(), shown.mapToSource
                if isinstance(source, KeyedTableModel):
                    source.fill([to_source(shown.index(row, 0)).row() for row in range(top, bottom + 1)])
        super().paintEvent(event)


class LiveTable(ItemTable):
    """A table whose rows come and go every refresh (the live calls).

    Qt repaints the whole table on every change of its row count (the row header's count change makes
    the view lay out its items again), also when every row that came or went is below the last one
    shown: at 5,000 live calls, 6 ms of the GUI thread's CPU a refresh (24 ms before the model's items were
    C++) to paint what had not changed.
    :meth:`rows_changing` applies a change with that signal held back: when no row at or above the
    last one shown moved, only the scroll bar's range is updated; otherwise the view is told of the
    count change once, as Qt would have done."""

    @contextlib.contextmanager
    def rows_changing(self) -> Iterator[None]:
        model = self.model()
        bottom = self.rowAt(self.viewport().height() - 1)  # the last row shown (-1: the rows end above it)
        count = model.rowCount()
        first = [count]  # the first row inserted or removed (in the rows as they were then)

        def moved(_parent: object, low: int, _high: int) -> None:
            first[0] = min(first[0], low)

        header = self.verticalHeader()
        model.rowsInserted.connect(moved)
        model.rowsRemoved.connect(moved)
        header.blockSignals(True)
        try:
            yield
        finally:
            header.blockSignals(False)
            model.rowsInserted.disconnect(moved)
            model.rowsRemoved.disconnect(moved)
            if model.rowCount() != count or first[0] < count:
                if bottom < 0 or first[0] <= bottom:
                    self.rowCountChanged(count, model.rowCount())  # what the header would have asked for
                else:
                    self.updateGeometries()  # the scroll bar's range: nothing shown moved


class TablePanel(QGroupBox):
    """A titled, sortable table over a :class:`KeyedTableModel` (which sorts itself), or a sentence instead of it.

    The view shows the model directly: it has no filter, and a proxy would follow every change of the
    rows (its filter is Python's, see :class:`~agent_desk.ui.console.models.SortingProxy`)."""

    def __init__(self, title: str, model: KeyedTableModel, parent: QWidget | None = None, *, stretch: int = 0) -> None:
        super().__init__(title, parent)
        self.model = model
        self.table = ItemTable(self)
        self.table.setModel(model)  # no filter, and the model sorts itself: no proxy between them
        fixed_rows(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.message)
        self.body.addWidget(self.table, 1)
        plain_labels(self)  # texts from the PBX or a customer record are never HTML

    def show_message(self, text: str) -> None:
        """Say why there is no (fresh) table; an empty text hides the sentence."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def apply(self, diff: Diff) -> None:
        self.model.apply(diff)
        self.show_message("")


class AgentsPanel(TablePanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Agents"), AgentsModel(), parent, stretch=1)
        self.model.setParent(self)
        self.table.setColumnWidth(0, 80)
        self.table.setColumnWidth(2, 90)

    def choices(self) -> list[tuple[str, str]]:
        """``(extension, label)`` of every agent, by extension, for the transfer picker."""
        model: AgentsModel = self.model  # type: ignore[assignment]
        return [(a.extension, model.label(a)) for a in sorted(model.rows(), key=lambda a: a.extension)]


class QueuePanel(TablePanel):
    """Queue figures and the waiting / answered chart."""

    WINDOW_MINUTES = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Queues"), QueuesModel(), parent, stretch=0)
        self.model.setParent(self)
        self._widest: tuple[int, ...] = ()  # the figures' longest texts when the columns were last fitted
        self._fitter = QTimer(self)  # the columns are fitted on the turn after new figures: not in the refresh
        self._fitter.setSingleShot(True)
        self._fitter.setInterval(0)
        self._fitter.timeout.connect(self._fit_columns)
        self._axes = QTimer(self)  # the chart's axes, also on the turn after new figures
        self._axes.setSingleShot(True)
        self._axes.setInterval(0)
        self._axes.timeout.connect(self._fit_axes)
        self.trend = QueueTrend(span=self.WINDOW_MINUTES * 60)
        self.chart_view = self._chart()
        self.body.addWidget(self.chart_view, 2)

    def _fit_columns(self) -> None:
        """Fit the figures' columns to their texts when a text got longer or shorter: a header that
        resizes to contents measures its columns on every change of a figure (2 ms a refresh)."""
        model = self.model
        rows = [model.texts(model.row(i)) for i in range(model.rowCount())]
        widest = tuple(max((len(texts[c]) for texts in rows), default=0) for c in range(1, 6))
        if widest != self._widest:
            self._widest = widest
            model.fill(range(model.rowCount()))  # the texts are measured from the items (a few queues)
            for column in range(1, 6):
                self.table.resizeColumnToContents(column)

    def _chart(self) -> QWidget:
        from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
        from PySide6.QtGui import QPainter

        chart = QChart()
        chart.setMargins(chart.margins() * 0)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.waiting = QLineSeries(chart)
        self.waiting.setName(self.tr("Waiting (right)"))
        self.answered = QLineSeries(chart)
        self.answered.setName(self.tr("Answered per minute (left)"))
        self.x_axis = QDateTimeAxis(chart)
        self.x_axis.setFormat("HH:mm")
        self.x_axis.setTickCount(self.WINDOW_MINUTES // 2 + 1)
        self._x_right = 0.0  # the axis's right end, ms since the epoch
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.y_axes: dict[object, QValueAxis] = {}
        self._tops: dict[object, float] = {}
        for series, side in ((self.answered, Qt.AlignmentFlag.AlignLeft), (self.waiting, Qt.AlignmentFlag.AlignRight)):
            axis = QValueAxis(chart)
            axis.setLabelFormat("%d")
            axis.setRange(0, 5)
            chart.addAxis(axis, side)
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(axis)
            self.y_axes[series] = axis
            self._tops[series] = 5.0
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(150)
        self.chart = chart
        self._theme_chart()
        return view

    def _theme_chart(self) -> None:
        """The chart in the palette's light or dark theme (the theme resets the margins it draws)."""
        from PySide6.QtCharts import QChart

        dark = dark_palette()
        self.chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(self.chart.margins() * 0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt\'s name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and hasattr(self, "chart"):
            self._theme_chart()

    def add_figures(self, at: float, queues: list[QueueStats], diff: Diff[QueueStats]) -> None:
        """Apply one read of the figures and move the chart on: one point added to each line,
        the points older than the window dropped; the axes on the next turn (:meth:`_fit_axes`)."""
        self.apply(diff)
        self._fitter.start()
        self._axes.start()
        point = self.trend.add(at, queues)
        points = self.trend.points
        x = at * 1000
        self.waiting.append(x, point.waiting)
        if point.answered_per_minute is not None:
            self.answered.append(x, point.answered_per_minute)
        kept = {self.waiting: len(points), self.answered: sum(p.answered_per_minute is not None for p in points)}
        for series, count in kept.items():
            if series.count() > count:
                series.removePoints(0, series.count() - count)

    def _fit_axes(self) -> None:
        """Change the axes only when their range must, on the turn after the figures: a new range
        costs the chart a relayout (6 ms at 5,000 calls on the test machine), which the refresh that
        brought the figures does not wait for."""
        points = self.trend.points
        if not points:
            return
        x = points[-1].at * 1000
        if x > self._x_right:  # move the time axis on by half a minute at a time: a relayout each second costs
            self._x_right = x + 30_000
            self.x_axis.setRange(
                QDateTime.fromMSecsSinceEpoch(int(self._x_right - self.WINDOW_MINUTES * 60_000)),
                QDateTime.fromMSecsSinceEpoch(int(self._x_right)),
            )
        highest = {
            self.waiting: max(p.waiting for p in points),
            self.answered: max((p.answered_per_minute or 0.0 for p in points), default=0.0),
        }
        for series, value in highest.items():
            top, current = max(5.0, value * 1.1), self._tops[series]
            # grow at once, by half at least, and shrink by halves: each new range costs the chart a
            # relayout (6 ms of the refresh at 5,000 calls), and a rising line grew it every refresh
            if top > current or top < current / 2:
                top = max(top, current * 1.5) if top > current else top
                self._tops[series] = top
                axis = self.y_axes[series]
                axis.setRange(0, top)
                axis.applyNiceNumbers()
