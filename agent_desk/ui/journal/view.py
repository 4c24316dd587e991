"""The Journal tab: every call the agent handled, searchable, with its note and disposition.

A search box (as you type), the entries of the signed-in profile newest first
(:class:`~agent_desk.ui.journal.model.JournalModel`), and an editor for the selected entry:
its note, saved as the agent types, and its disposition from the profile's wrap-up codes, saved
at once. Writing goes through the desk's :class:`~agent_desk.ui.journal.notes.Notes`, shared with the
screen-pops, so the same call's note typed in its pop shows up here keystroke by keystroke and
the other way round. One click on an entry's call icon (or the Call back button) dials it.

The journal is read only while the tab is visible; calls recorded meanwhile show when it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desk.errors import JournalError
from agent_desk.journal import JournalEntry
from agent_desk.phone import display
from agent_desk.ui.common.messages import error_text, fill
from agent_desk.ui.common.plain import plain_labels
from agent_desk.ui.common.status import colour
from agent_desk.ui.dialing.dialer import Dialer
from agent_desk.ui.journal import model as jm
from agent_desk.ui.journal.notes import Notes, fill_dispositions, replace_text
from agent_desk.ui.window.session import Session

if TYPE_CHECKING:
    from PySide6.QtGui import QHideEvent, QShowEvent

    from agent_desk.config import Profile

SEARCH_MS = 250  # debounce of the search box
LIMIT = 200  # entries shown at most (a search finds older ones)
_WIDTHS = {jm.CALL: 28, jm.CUSTOMER: 124, jm.DISPOSITION: 104}  # the others fit their contents


def _pane(parent: QWidget, *parts: QWidget | QLayout, stretch: QWidget) -> QWidget:
    """A widget stacking ``parts`` top to bottom, ``stretch`` taking the spare height."""
    pane = QWidget(parent)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if part is stretch else 0)
    return pane


class JournalView(QWidget):
    """See the module doc. Shows the journal of :attr:`profile`: the signed-in one, else the last."""

    note: QPlainTextEdit  # made after the table, whose activation focuses it

    def __init__(self, session: Session, dialer: Dialer, notes: Notes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialer = dialer
        self.notes = notes
        self.profile: Profile | None = None
        self.call_id: str | None = None  # the entry in the editor
        self._stale = True  # the table needs reading again next time it is visible
        self._reloading = False

        self.search = QLineEdit(self)
        self.search.setObjectName("journalSearch")
        self.search.setPlaceholderText(self.tr("Search number, customer, note or disposition"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("journalCount")
        self.count.setStyleSheet("color: palette(placeholder-text)")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)

        self.model = jm.JournalModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("journalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(jm.CALL, QHeaderView.ResizeMode.Fixed)
        for column in (jm.TIME, jm.DIRECTION, jm.NUMBER, jm.DURATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(lambda _index: self.note.setFocus())

        self.title = QLabel(self.tr("Select a call to write its note."), self)
        self.title.setObjectName("journalTitle")
        self.title.setStyleSheet("font-weight: bold")
        self.call_back = QPushButton(self.tr("Call back"), self)
        self.call_back.clicked.connect(self._call_back_current)
        self.disposition = QComboBox(self)
        self.disposition.setObjectName("journalDisposition")
        self.disposition.currentIndexChanged.connect(self._disposition_chosen)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("journalNote")
        self.note.setPlaceholderText(self.tr("Note for this call (saved as you type)"))
        self.note.textChanged.connect(self._note_typed)
        self.state = QLabel(self)
        self.state.setObjectName("journalSaveState")
        self.state.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(QLabel(self.tr("Disposition:"), self))
        heading.addWidget(self.disposition)
        heading.addWidget(self.call_back)
        list_pane = _pane(self, top, self.table, stretch=self.table)
        editor = _pane(self, heading, self.note, self.state, stretch=self.note)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(list_pane)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

        notes.recorded.connect(self._recorded)
        notes.noteChanged.connect(self._note_changed)
        notes.dispositionChanged.connect(self._disposition_changed)
        notes.saved.connect(self._saved)
        notes.failed.connect(self._failed)
        session.changed.connect(self._session_changed)
        self._session_changed()
        self._edit(None)
        plain_labels(self)  # texts from the PBX or a customer record are never HTML

    # ------------------------------------------------------------------ which journal
    def _session_changed(self) -> None:
        profile = self.session.profile
        if profile is None or profile == self.profile:
            return  # signed out: keep showing the last profile's journal (notes can still be written)
        if self.profile is not None and profile.name == self.profile.name:
            self.profile = profile  # the same journal, maybe new wrap-up codes
            self._edit(self._entry(self.call_id))
            return
        self.notes.flush()
        self.profile = profile
        self.model.set_entries([])
        self._edit(None)
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the entries matching the search box again (the entry in the editor stays there)."""
        self._search_timer.stop()
        if self.profile is None:
            self._stale = False
            self.count.setText(self.tr("Sign in to see your journal."))
            return
        try:
            entries = self.notes.search(self.profile.name, self.search.text(), LIMIT)
        except JournalError as exc:
            self.count.setText(error_text(exc))
            return
        self._stale = False
        unsaved = self.notes.writer.unsaved()
        for entry in entries:  # unsaved text is the newest
            if (self.profile.name, entry.call_id) in unsaved:
                entry.note = self.notes.writer.text(self.profile.name, entry.call_id)
        self._reloading = True
        try:
            self.model.set_entries(entries)
        finally:
            self._reloading = False
        self.count.setText(self._count_text(len(entries)))
        row = self.model.row_of(self.call_id) if self.call_id else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, jm.TIME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._edit(entries[row])  # fresher details (customer, duration); the text stays as typed
        elif self.call_id:
            self._edit(None)  # the search no longer shows it

    def _count_text(self, shown: int) -> str:
        if shown >= LIMIT:
            return fill(self.tr("The newest %1 calls; search to find older ones."), LIMIT)
        if self.search.text().strip():
            return fill(self.tr("Found: %1"), shown)
        return fill(self.tr("Calls: %1"), shown) if shown else self.tr("No calls yet.")

    def _recorded(self, profile: str, call_id: str) -> None:
        if self.profile is None or profile != self.profile.name:
            return
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self, self._reload_if_stale)  # one read for a burst of events

    def _reload_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.reload()

    # ------------------------------------------------------------------ the editor
    def _entry(self, call_id: str | None) -> JournalEntry | None:
        row = self.model.row_of(call_id) if call_id else -1
        return self.model.entries[row] if row >= 0 else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reloading:
            return  # reload() puts the selection back
        entry = self.model.entries[current.row()] if current.isValid() else None
        if entry is None or entry.call_id != self.call_id:
            self._edit(entry)

    def _edit(self, entry: JournalEntry | None) -> None:
        """Put ``entry`` in the editor, after saving what was typed for the previous one."""
        if self.profile is not None and self.call_id and (entry is None or entry.call_id != self.call_id):
            self.notes.flush(self.profile.name, self.call_id)
        shown, self.call_id = self.call_id, entry.call_id if entry else None
        self.call_back.setEnabled(bool(entry and entry.phone))
        if entry is None or self.profile is None:
            self.title.setText(self.tr("Select a call to write its note."))
            replace_text(self.note, "")
            self.note.setEnabled(False)
            fill_dispositions(self.disposition, self.profile.dispositions if self.profile else [], "")
            self.disposition.setEnabled(False)
            self._show_state("", "ok")
            return
        parts = [display(entry.phone or "") or self.tr("Unknown number"), jm.when_text(entry.started_at)]
        if entry.customer:
            parts.insert(1, entry.customer)
        self.title.setText(" · ".join(parts))
        codes = self.profile.dispositions
        fill_dispositions(self.disposition, codes, entry.disposition)
        self.disposition.setEnabled(bool(codes or entry.disposition))
        self.disposition.setToolTip(
            self.tr("Wrap-up code, saved at once")
            if codes
            else self.tr("This profile has no wrap-up codes (dispositions in the config).")
        )
        problem = self.notes.problems.get((self.profile.name, entry.call_id))
        if entry.call_id != shown:  # another call: its own text, the cursor at its end
            try:
                text, readable = self.notes.text(self.profile.name, entry.call_id), True
            except JournalError as exc:  # an empty editor must never be saved over the note
                text, readable = "", False
                problem = fill(
                    self.tr("This note could not be read from the journal (%1). Select the call again in a moment."),
                    exc.detail or exc.reason,
                )
            replace_text(self.note, text)
            self.note.moveCursor(QTextCursor.MoveOperation.End)
            self.note.setEnabled(readable)
        self._show_state(problem or "", "error" if problem else "ok")

    def _note_typed(self) -> None:
        if self.profile is not None and self.call_id:
            self.notes.edit(self.profile.name, self.call_id, self.note.toPlainText(), self.note)
            if (self.profile.name, self.call_id) not in self.notes.problems:
                self._show_state(self.tr("Saving…"), "off")

    def _disposition_chosen(self) -> None:
        if self.profile is not None and self.call_id:
            self.notes.set_disposition(self.profile.name, self.call_id, self.disposition.currentData())

    def _mine(self, profile: str) -> bool:
        return self.profile is not None and profile == self.profile.name

    def _note_changed(self, profile: str, call_id: str, text: str, origin: object) -> None:
        if not self._mine(profile):
            return
        self.model.update(call_id, note=text)
        if call_id == self.call_id and origin is not self.note:
            replace_text(self.note, text)

    def _disposition_changed(self, profile: str, call_id: str, code: str) -> None:
        if not self._mine(profile):
            return
        self.model.update(call_id, disposition=code)
        if call_id == self.call_id and self.disposition.currentData() != code and self.profile is not None:
            fill_dispositions(self.disposition, self.profile.dispositions, code)

    def _saved(self, profile: str, call_id: str) -> None:
        if self._mine(profile) and call_id == self.call_id:
            self._show_state(self.tr("Saved."), "off")

    def _failed(self, profile: str, call_id: str, text: str) -> None:
        if self._mine(profile) and call_id == self.call_id:
            self._show_state(text, "error")

    def _show_state(self, text: str, level: str) -> None:
        if text == self.state.text():
            return
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {colour(level)}" + ("; font-weight: bold" if level == "error" else ""))

    # ------------------------------------------------------------------ calling back
    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == jm.CALL:
            self._dial(self.model.entries[index.row()])

    def _call_back_current(self) -> None:
        entry = self._entry(self.call_id)
        if entry is not None:
            self._dial(entry)

    def _dial(self, entry: JournalEntry) -> None:
        if not entry.phone:
            return
        problem = self.dialer.dial(entry.phone)
        if problem:
            self.session.notice.emit(problem)

    # ------------------------------------------------------------------ visibility
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self.notes.flush()
