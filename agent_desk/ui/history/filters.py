"""The History tab's filter bar: days, direction, status, the customer's number or name, "only my calls".

:meth:`HistoryFilters.values` gives the keyword arguments of :func:`agent_desk.history.make_query`;
``searchRequested`` fires on the Search button and on Enter anywhere in the bar. The one text box
takes a number (any text with a digit: sent to the PBX, which filters by number) or a customer's
name (no digit: :meth:`HistoryFilters.name` narrows the loaded calls, as people type it, without
case or accents; the PBXs' history APIs have no name filter).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from agent_desk.history import default_range
from agent_desk.models import CDR_STATUSES
from agent_desk.ui.history.model import direction_text, status_text

DATE_FORMAT = "dd/MM/yyyy"
DIRECTION_CHOICES = ("inbound", "outbound", "internal")
STATUS_CHOICES = tuple(s for s in CDR_STATUSES if s != "unknown")  # until the provider says


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class HistoryFilters(QWidget):
    """Two rows of filters; the dates start as :func:`agent_desk.history.default_range`."""

    searchRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        first, last = default_range()
        self.start, self.end = self._date(first), self._date(last)
        self.direction = self._choices(self.tr("Any direction"), DIRECTION_CHOICES, direction_text)
        self.status = self._choices(self.tr("Any status"), STATUS_CHOICES, status_text)
        self.phone = QLineEdit(self)
        self.phone.setObjectName("historyPhone")
        self.phone.setPlaceholderText(self.tr("Customer's number or name (Ctrl+F)"))
        self.phone.setClearButtonEnabled(True)
        self.mine = QCheckBox(self.tr("Only my extension"), self)
        self.mine.setChecked(True)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setDefault(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("From"), self), 0, 0)
        grid.addWidget(self.start, 0, 1)
        grid.addWidget(QLabel(self.tr("to"), self), 0, 2)
        grid.addWidget(self.end, 0, 3)
        grid.addWidget(self.direction, 0, 4)
        grid.addWidget(self.status, 0, 5)
        grid.addWidget(self.phone, 1, 0, 1, 4)
        grid.addWidget(self.mine, 1, 4)
        grid.addWidget(self.search_button, 1, 5)
        grid.setColumnStretch(6, 1)
        self.search_button.clicked.connect(self.searchRequested)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self)
            enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            enter.activated.connect(self.searchRequested)

    def _date(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        return edit

    def _choices(self, everything: str, values: tuple[str, ...], text) -> QComboBox:
        box = QComboBox(self)
        box.addItem(everything, "")
        for value in values:
            box.addItem(text(value), value)
        return box

    def set_statuses(self, statuses: tuple[str, ...]) -> None:
        """Offer the outcomes the provider can search for, keeping the choice when it still can."""
        chosen = self.status.currentData()
        while self.status.count() > 1:
            self.status.removeItem(1)
        for value in statuses:
            self.status.addItem(status_text(value), value)
        self.status.setCurrentIndex(max(0, self.status.findData(chosen)))

    def values(self) -> dict[str, Any]:
        return {
            "start": self.start.date().toPython(),
            "end": self.end.date().toPython(),
            "phone": "" if self.name() else self.phone.text(),
            "direction": self.direction.currentData(),
            "status": self.status.currentData(),
        }

    def name(self) -> str:
        """The box's text when it is a name (no digit in it), else ''."""
        text = self.phone.text().strip()
        return "" if any(ch.isdigit() for ch in text) else text

    def focus_phone(self) -> None:
        self.phone.setFocus()
        self.phone.selectAll()
