"""The console's side panels: agents, and queue figures with a small live chart.

Each panel shows its table, or one sentence saying why it has none (the provider has no such API,
or the last read failed). The chart plots, over the last ten minutes, the calls waiting in all
queues and the calls answered in the trailing minute (:class:`~agent_desk.supervisor.trend.QueueTrend`);
QtCharts (PySide6-Addons) is imported when the queue panel is built, never at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from agent_desk.models import QueueStats
from agent_desk.supervisor.diff import Diff
from agent_desk.supervisor.trend import QueueTrend
from agent_desk.ui.console.models import AgentsModel, KeyedTableModel, QueuesModel, sorting_proxy

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


class TablePanel(QGroupBox):
    """A titled, sortable table over a :class:`KeyedTableModel`, or a sentence instead of it."""

    def __init__(self, title: str, model: KeyedTableModel, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.model = model
        self.proxy = sorting_proxy(model, self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        fixed_rows(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.message)
        self.body.addWidget(self.table, 1)

    def show_message(self, text: str) -> None:
        """Say why there is no (fresh) table; an empty text hides the sentence."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def apply(self, diff: Diff) -> None:
        self.model.apply(diff)
        self.show_message("")


class AgentsPanel(TablePanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Agents"), AgentsModel(), parent)
        self.model.setParent(self)
        self.table.resizeColumnToContents(0)

    def choices(self) -> list[tuple[str, str]]:
        """``(extension, label)`` of every agent, by extension, for the transfer picker."""
        model: AgentsModel = self.model  # type: ignore[assignment]
        return [(a.extension, model.label(a)) for a in sorted(model.rows(), key=lambda a: a.extension)]


class QueuePanel(TablePanel):
    """Queue figures and the waiting / answered chart."""

    WINDOW_MINUTES = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Queues"), QueuesModel(), parent)
        self.model.setParent(self)
        self.trend = QueueTrend(span=self.WINDOW_MINUTES * 60)
        self.chart_view = self._chart()
        self.body.addWidget(self.chart_view, 1)

    def _chart(self) -> QWidget:
        from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
        from PySide6.QtGui import QPainter

        chart = QChart()
        chart.setMargins(chart.margins() * 0)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.waiting = QLineSeries(chart)
        self.waiting.setName(self.tr("Waiting"))
        self.answered = QLineSeries(chart)
        self.answered.setName(self.tr("Answered in the last minute"))
        self.x_axis, self.y_axis = QValueAxis(chart), QValueAxis(chart)
        self.x_axis.setRange(-self.WINDOW_MINUTES, 0)
        self.x_axis.setLabelFormat("%d")
        self.x_axis.setTitleText(self.tr("minutes"))
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setRange(0, 5)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.waiting, self.answered):
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(150)
        self.chart = chart
        return view

    def add_figures(self, at: float, queues: list[QueueStats], diff: Diff[QueueStats]) -> None:
        """Apply one read of the figures and move the chart on."""
        self.apply(diff)
        self.trend.add(at, queues)
        points = list(self.trend.points)
        self.waiting.replace([QPointF((p.at - at) / 60, p.waiting) for p in points])
        self.answered.replace([QPointF((p.at - at) / 60, p.answered_last_minute) for p in points])
        top = max((max(p.waiting, p.answered_last_minute) for p in points), default=0)
        self.y_axis.setRange(0, max(5, top + 1))
