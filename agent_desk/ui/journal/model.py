"""The Journal view's table: one row per journal entry, newest first, as the search found them.

Columns: call back (an icon: one click dials), time, direction, number, customer, duration (or
what became of the call), disposition, and the note's first line.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from agent_desk.journal import JournalEntry
from agent_desk.phone import display
from agent_desk.ui.common.messages import fill
from agent_desk.ui.common.outcome import outcome_word
from agent_desk.ui.common.paths import icon
from agent_desk.ui.dialing.call_log import clock_text, direction_arrow

CALL, TIME, DIRECTION, NUMBER, CUSTOMER, DURATION, DISPOSITION, NOTE = range(8)
_Index = QModelIndex | QPersistentModelIndex


def when_text(when: dt.datetime, today: dt.date | None = None) -> str:
    """Local time: ``14:05`` today, ``12/10 14:05`` this year, else ``12/10/2025 14:05``."""
    local = when.astimezone()
    today = today or dt.date.today()
    if local.date() == today:
        return local.strftime("%H:%M")
    return local.strftime("%d/%m %H:%M" if local.year == today.year else "%d/%m/%Y %H:%M")


def outcome_text(entry: JournalEntry) -> str:
    """How long the call lasted, or what became of it (the core's outcome where it decided one)."""
    if entry.outcome is not None and entry.outcome != "answered":
        return outcome_word(entry.outcome)
    if entry.answered_at is None:
        if entry.ended_at:
            return QCoreApplication.translate("JournalModel", "missed")
        return QCoreApplication.translate("JournalModel", "ringing")
    if entry.ended_at is None:
        return QCoreApplication.translate("JournalModel", "on call")
    seconds = entry.duration if entry.duration is not None else (entry.ended_at - entry.answered_at).total_seconds()
    return clock_text(int(seconds))


def direction_text(direction: str) -> str:
    words = {
        "inbound": QCoreApplication.translate("JournalModel", "inbound"),
        "outbound": QCoreApplication.translate("JournalModel", "outbound"),
        "internal": QCoreApplication.translate("JournalModel", "internal"),
    }
    return f"{direction_arrow(direction)} {words.get(direction, direction)}"


def first_line(note: str) -> str:
    return next((line.strip() for line in note.splitlines() if line.strip()), "")


class JournalModel(QAbstractTableModel):
    """The entries of one search. Updates keep rows in place where they can (selection survives)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[JournalEntry] = []
        self._headers = [
            "",
            self.tr("Time"),
            self.tr("Direction"),
            self.tr("Number"),
            self.tr("Customer"),
            self.tr("Duration"),
            self.tr("Disposition"),
            self.tr("Note"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's names
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt's name
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, column = self.entries[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column == CALL and entry.phone:
            return icon("call-back")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CALL and entry.phone:
                return fill(self.tr("Call %1 back"), display(entry.phone))
            if column == NOTE and entry.note:
                return entry.note
        return None

    @staticmethod
    def _text(entry: JournalEntry, column: int) -> str:
        texts = {
            TIME: lambda: when_text(entry.started_at),
            DIRECTION: lambda: direction_text(entry.direction),
            NUMBER: lambda: display(entry.phone or "") or "?",
            CUSTOMER: lambda: entry.customer or "",
            DURATION: lambda: outcome_text(entry),
            DISPOSITION: lambda: entry.disposition,
            NOTE: lambda: first_line(entry.note),
        }
        return texts[column]() if column in texts else ""

    # ------------------------------------------------------------------ updates
    def set_entries(self, entries: list[JournalEntry]) -> None:
        """Show a new search result: rows changed in place, new calls inserted on top, else a reset."""
        old = [e.call_id for e in self.entries]
        new = [e.call_id for e in entries]
        added = len(new) - len(old)
        if new == old:
            self.entries = entries
            if entries:
                self.dataChanged.emit(self.index(0, 0), self.index(len(entries) - 1, len(self._headers) - 1))
        elif added > 0 and new[added:] == old:
            self.beginInsertRows(QModelIndex(), 0, added - 1)
            self.entries = entries
            self.endInsertRows()
            self.dataChanged.emit(self.index(added, 0), self.index(len(entries) - 1, len(self._headers) - 1))
        else:
            self.beginResetModel()
            self.entries = entries
            self.endResetModel()

    def row_of(self, call_id: str) -> int:
        return next((row for row, e in enumerate(self.entries) if e.call_id == call_id), -1)

    def update(self, call_id: str, *, note: str | None = None, disposition: str | None = None) -> None:
        """A note or disposition changed elsewhere: refresh that row only."""
        row = self.row_of(call_id)
        if row < 0:
            return
        entry = self.entries[row]
        entry.note = entry.note if note is None else note
        entry.disposition = entry.disposition if disposition is None else disposition
        self.dataChanged.emit(self.index(row, DISPOSITION), self.index(row, NOTE))
