"""The History tab's table: one row per loaded CDR, in the order the PBX gave them.

Columns are :data:`COLUMNS`. ``DisplayRole`` is what the agent reads (this computer's local time,
like the call list and the journal; the customer's name where the desk knows it (``names``: from its
journal) and number formatted for people; translated
direction and status; ``m:ss`` durations); ``SORT_ROLE`` is a value that sorts correctly (a
timestamp, seconds), for the view's sort proxy. :class:`NameFilter` is that proxy: it also keeps
only the rows whose customer, number or extension matches a text as people type it
(:func:`agent_desk.text.matches`: no case, no accents, "đ" as "d").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from agent_desk.models import CdrRecord
from agent_desk.phone import display
from agent_desk.text import matches
from agent_desk.ui.common.messages import fill
from agent_desk.ui.dialing.call_log import clock_text

COLUMNS = ("time", "direction", "customer", "extension", "status", "duration", "recording")
SORT_ROLE = Qt.ItemDataRole.UserRole
TIME_FORMAT = "%d/%m/%Y %H:%M"

_Index = QModelIndex | QPersistentModelIndex


def direction_text(direction: str) -> str:
    texts = {
        "inbound": QCoreApplication.translate("History", "Inbound"),
        "outbound": QCoreApplication.translate("History", "Outbound"),
        "internal": QCoreApplication.translate("History", "Internal"),
    }
    return texts.get(direction, QCoreApplication.translate("History", "Unknown"))


def status_text(status: str) -> str:
    texts = {
        "answered": QCoreApplication.translate("History", "Answered"),
        "missed": QCoreApplication.translate("History", "Missed"),
        "busy": QCoreApplication.translate("History", "Busy"),
        "cancelled": QCoreApplication.translate("History", "Cancelled"),
        "failed": QCoreApplication.translate("History", "Failed"),
    }
    return texts.get(status, QCoreApplication.translate("History", "Unknown"))


def header_text(column: str) -> str:
    texts = {
        "time": QCoreApplication.translate("History", "Time"),
        "direction": QCoreApplication.translate("History", "Direction"),
        "customer": QCoreApplication.translate("History", "Customer"),
        "extension": QCoreApplication.translate("History", "Extension"),
        "status": QCoreApplication.translate("History", "Status"),
        "duration": QCoreApplication.translate("History", "Duration"),
        "recording": QCoreApplication.translate("History", "Recording"),
    }
    return texts[column]


def talk_seconds(record: CdrRecord) -> int | None:
    """The talk time where the PBX gives it, else the whole call."""
    return record.billsec if record.billsec is not None else record.duration


class CdrTableModel(QAbstractTableModel):
    """Loaded CDRs; :meth:`append` adds a page, :meth:`clear` empties the table. ``names`` gives the
    customer's name of a record where known (asked once per record, when its page comes)."""

    def __init__(self, parent=None, names: Callable[[CdrRecord], str | None] | None = None) -> None:
        super().__init__(parent)
        self.records: list[CdrRecord] = []
        self.names: dict[str, str] = {}  # call id -> customer name
        self._lookup = names

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt's name
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_text(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self.records[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "customer" and record.call_id in self.names:
                return f"{self.names[record.call_id]} · {display(record.phone)}"
            return self._display(record, column)
        if role == SORT_ROLE:
            return self._sort_key(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "customer" and record.customer_id:
            return fill(QCoreApplication.translate("History", "Customer code: %1"), record.customer_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "duration":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(record: CdrRecord, column: str) -> str:
        if column == "time":
            return record.started_at.astimezone().strftime(TIME_FORMAT) if record.started_at else ""
        if column == "direction":
            return direction_text(record.direction)
        if column == "customer":
            return display(record.phone)
        if column == "extension":
            return record.extension or ""
        if column == "status":
            return status_text(record.status)
        if column == "duration":
            seconds = talk_seconds(record)
            return clock_text(seconds) if seconds is not None else ""
        return QCoreApplication.translate("History", "▶ Recording") if record.recording else ""

    @staticmethod
    def _sort_key(record: CdrRecord, column: str) -> Any:
        if column == "time":
            return record.started_at.timestamp() if record.started_at else 0.0
        if column == "duration":
            return talk_seconds(record) or 0
        if column == "recording":
            return 1 if record.recording else 0
        return CdrTableModel._display(record, column)

    def record(self, row: int) -> CdrRecord:
        return self.records[row]

    def append(self, records: list[CdrRecord]) -> None:
        if not records:
            return
        if self._lookup is not None:
            for record in records:
                if name := self._lookup(record):
                    self.names[record.call_id] = name
        first = len(self.records)
        self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
        self.records.extend(records)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.records, self.names = [], {}
        self.endResetModel()


class NameFilter(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; keeps the rows whose customer name, number or extension match :attr:`text`."""

    def __init__(self, model: CdrTableModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.model_ = model
        self.text = ""

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.beginFilterChange()
            self.text = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:  # noqa: N802 - Qt's name
        if not self.text:
            return True
        record = self.model_.records[row]
        return matches(self.text, self.model_.names.get(record.call_id), record.phone, record.extension)
