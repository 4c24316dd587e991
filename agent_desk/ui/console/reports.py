"""The Reports tab: a day or a range's calls offered, answered and missed, waits and talk time,
per agent and per queue, with two charts and a CSV export.

The figures come from :func:`agent_desk.supervisor.reports.fetch_report` (the PBX's report API,
or computed from the call history); a provider with neither gets one sentence instead. The
charts (QtCharts, imported when the tab is built) follow the light or dark palette: they are
restyled when the application's palette changes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk import errors
from agent_desk.models import Capability, pbx_today
from agent_desk.ui.common.messages import error_text, fill
from agent_desk.ui.common.status import colour, dark_palette
from agent_desk.ui.console.panels import fixed_rows
from agent_desk.ui.support.tasks import TaskSet

if TYPE_CHECKING:
    from agent_desk.supervisor.reports import CallReport
    from agent_desk.ui.window.session import Session

MAX_AGENTS_CHARTED = 12


def minutes(seconds: int | None) -> str:
    """``m:ss``, or ``h:mm:ss`` from an hour on (talk time totals)."""
    if seconds is None:
        return "?"
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def rate(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


def count(value: int | None) -> str:
    return "?" if value is None else str(value)


class ReportsView(QWidget):
    """See the module doc."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.provider = session.provider
        self.tasks = TaskSet()
        self.current: CallReport | None = None
        today = self._pbx_today()
        self.start = QDateEdit(today.addDays(-6), self)
        self.end = QDateEdit(today, self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.load_button = QPushButton(self.tr("Show"), self)
        self.load_button.clicked.connect(self.load)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.clicked.connect(self.show_today)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.clicked.connect(lambda: self.export())
        self.export_button.setEnabled(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.figures: dict[str, QLabel] = {}
        summary = QGroupBox(self.tr("Summary"), self)
        grid = QGridLayout(summary)
        names = (
            ("offered", self.tr("Offered")),
            ("answered", self.tr("Answered")),
            ("missed", self.tr("Missed")),
            ("rate", self.tr("Answer rate")),
            ("avg_wait", self.tr("Average wait")),
            ("max_wait", self.tr("Longest wait")),
            ("talk", self.tr("Talk time")),
        )
        for column, (key, title) in enumerate(names):
            caption = QLabel(title, summary)
            value = QLabel("–", summary)
            value.setStyleSheet("font-size: 20px; font-weight: bold;")
            grid.addWidget(caption, 0, column)
            grid.addWidget(value, 1, column)
            self.figures[key] = value
        self.agents = self._table(
            [
                self.tr("Ext."),
                self.tr("Agent"),
                self.tr("Calls"),
                self.tr("Answered"),
                self.tr("Missed"),
                self.tr("Talk time"),
            ]
        )
        self.queues = self._table(
            [
                self.tr("Queue"),
                self.tr("Offered"),
                self.tr("Answered"),
                self.tr("Missed"),
                self.tr("Answer rate"),
                self.tr("Average wait"),
                self.tr("Longest wait"),
            ]
        )
        self.queue_chart, self.agent_chart = self._charts()
        top = QHBoxLayout()
        header: tuple[QWidget, ...] = (QLabel(self.tr("From"), self), self.start, QLabel(self.tr("to"), self), self.end)
        for item in header:
            top.addWidget(item)
        top.addWidget(self.load_button)
        top.addWidget(self.today_button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        tables = QSplitter(Qt.Orientation.Vertical, self)
        tables.addWidget(self.agents)
        tables.addWidget(self.queues)
        charts = QSplitter(Qt.Orientation.Vertical, self)
        charts.addWidget(self.queue_chart)
        charts.addWidget(self.agent_chart)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(tables)
        body.addWidget(charts)
        body.setSizes([620, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(summary)
        layout.addWidget(body, 1)
        self.unsupported = self.provider is not None and not (
            self.provider.supports(Capability.REPORTS) or self.provider.supports(Capability.HISTORY)
        )
        if self.unsupported and self.provider is not None:
            self._say(error_text(self.provider.unsupported(Capability.REPORTS)), ok=False)
            disabled: tuple[QWidget, ...] = (self.load_button, self.today_button, self.start, self.end, summary, body)
            for widget in disabled:
                widget.setEnabled(False)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        fixed_rows(table)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _charts(self) -> tuple[Any, Any]:
        from PySide6.QtCharts import QChart, QChartView
        from PySide6.QtGui import QPainter

        views = []
        for title in (self.tr("Calls per queue"), self.tr("Talk time per agent (minutes)")):
            chart = QChart()
            chart.setTitle(title)
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            view = QChartView(chart, self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
            views.append(view)
        self._theme(views)
        return views[0], views[1]

    def _theme(self, views: list[Any] | None = None) -> None:
        from PySide6.QtCharts import QChart

        theme = QChart.ChartTheme.ChartThemeDark if dark_palette() else QChart.ChartTheme.ChartThemeLight
        for view in views or (self.queue_chart, self.agent_chart):
            view.chart().setTheme(theme)
            view.chart().setBackgroundRoundness(0)
            view.setBackgroundBrush(self.palette().window())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt\'s name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and hasattr(
            self, "agent_chart"
        ):
            self._theme()
            if self.current is not None:
                self.show_report(self.current)  # the theme resets the series' colours

    # ------------------------------------------------------------------ loading
    def show_today(self) -> None:
        today = self._pbx_today()
        self.start.setDate(today)
        self.end.setDate(today)
        self.load()

    @staticmethod
    def _pbx_today() -> QDate:
        """Today as the PBX counts its days (a report's days are the PBX's, whatever the desk's zone)."""
        today = pbx_today()
        return QDate(today.year, today.month, today.day)

    @staticmethod
    def _day(edit: QDateEdit) -> dt.date:
        day = edit.date()
        return dt.date(day.year(), day.month(), day.day())

    def _say(self, text: str, ok: bool) -> None:
        self.status.setStyleSheet(f"color: {colour('ok' if ok else 'error')};")
        self.status.setText(text)

    def load(self) -> None:
        if self.provider is None or self.unsupported:
            return
        start, end = self._day(self.start), self._day(self.end)
        if start > end:
            self._say(self.tr("The first day is after the last day."), ok=False)
            return
        self._say(self.tr("Reading the report…"), ok=True)
        self.load_button.setEnabled(False)
        task = self.tasks.spawn(self._load(start, end), on_error=self._failed)
        task.add_done_callback(lambda _: self.load_button.setEnabled(True))

    async def _load(self, start: dt.date, end: dt.date) -> None:
        from agent_desk.supervisor.reports import fetch_report

        assert self.provider is not None
        self.show_report(await fetch_report(self.provider, start, end))

    def _failed(self, exc: BaseException) -> None:
        self._say(error_text(exc) if isinstance(exc, errors.AgentDeskError) else repr(exc), ok=False)

    def show_report(self, report: CallReport) -> None:
        self.current = report
        self.export_button.setEnabled(True)
        if report.source == "report":
            self._say(fill(self.tr("%1 to %2, from the PBX's report."), report.start, report.end), ok=True)
        else:
            text = fill(
                self.tr("%1 to %2, computed from %3 calls in the call history."), report.start, report.end, report.calls
            )
            if report.truncated:
                text += " " + self.tr("The history was longer than the desk reads at once: the figures are partial.")
            self._say(text, ok=not report.truncated)
        s = report.summary
        values = {
            "offered": count(s.offered),
            "answered": count(s.answered),
            "missed": count(s.missed),
            "rate": rate(s.answer_rate),
            "avg_wait": minutes(s.avg_wait),
            "max_wait": minutes(s.max_wait),
            "talk": minutes(s.talk_time),
        }
        for key, text in values.items():
            self.figures[key].setText(text)
        self._fill(
            self.agents,
            [(a.extension, a.name or "", a.calls, a.answered, a.missed, minutes(a.talk_time)) for a in report.by_agent],
        )
        self._fill(
            self.queues,
            [
                (
                    q.queue if not q.name else f"{q.queue} {q.name}",
                    q.offered,
                    q.answered,
                    q.missed,
                    rate(q.answer_rate),
                    minutes(q.avg_wait),
                    minutes(q.max_wait),
                )
                for q in report.by_queue
            ],
        )
        self._plot(report)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[Any, ...]]) -> None:
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem()
                if isinstance(value, int):
                    item.setData(Qt.ItemDataRole.DisplayRole, value)  # sorts as a number
                else:
                    item.setText("?" if value is None else str(value))
                table.setItem(r, c, item)
        table.setSortingEnabled(True)

    def _plot(self, report: CallReport) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QHorizontalBarSeries, QStackedBarSeries, QValueAxis

        chart = self.queue_chart.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        answered, missed = QBarSet(self.tr("Answered")), QBarSet(self.tr("Missed"))
        answered.setColor(colour("ok"))
        missed.setColor(colour("error"))
        labels = []
        for q in report.by_queue:
            answered.append(q.answered or 0)
            missed.append(q.missed or 0)
            labels.append(q.name or q.queue)
        series = QStackedBarSeries()
        series.append(answered)
        series.append(missed)
        chart.addSeries(series)
        x, y = QBarCategoryAxis(), QValueAxis()
        x.append(labels or ["–"])
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        y.setRange(0, max([(q.offered or 0) for q in report.by_queue] + [1]))
        y.applyNiceNumbers()

        chart = self.agent_chart.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        talk = QBarSet(self.tr("Talk time"))
        busiest = sorted(report.by_agent, key=lambda a: a.talk_time or 0, reverse=True)[:MAX_AGENTS_CHARTED]
        busiest.reverse()  # the busiest on top
        for a in busiest:
            talk.append(round((a.talk_time or 0) / 60, 1))
        bars = QHorizontalBarSeries()
        bars.append(talk)
        chart.addSeries(bars)
        chart.legend().setVisible(False)
        names, values = QBarCategoryAxis(), QValueAxis()
        names.append([f"{a.extension} {a.name or ''}".strip() for a in busiest] or ["–"])
        values.setLabelFormat("%d")
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(names)
        bars.attachAxis(values)
        values.setRange(0, max([round((a.talk_time or 0) / 60, 1) for a in busiest] + [1]))
        values.applyNiceNumbers()

    def export(self, target: Path | None = None) -> None:
        from agent_desk.supervisor.reports import report_csv

        if self.current is None:
            return
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export report"),
                f"report-{self.current.start}-{self.current.end}.csv",
                self.tr("CSV files (*.csv)"),
            )
            if not name:
                return
            target = Path(name)
        try:
            target.write_text(report_csv(self.current), encoding="utf-8-sig")
        except OSError as exc:
            self._say(fill(self.tr("Cannot write %1: %2"), str(target), exc.strerror or str(exc)), ok=False)
            return
        self._say(fill(self.tr("Report written to %1."), str(target)), ok=True)

    def stop(self) -> None:
        self.tasks.cancel()
