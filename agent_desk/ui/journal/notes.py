"""The desk's journal: one SQLite connection, the note writer the editors share, and its signals.

:class:`Notes` opens the journal (in the user's data dir) on first use and owns the
:class:`~agent_desk.notes.NoteWriter` both note editors — the screen-pop's and the Journal
view's — hand their keystrokes to. Unsaved text is written :data:`SAVE_MS` after the last
keystroke, and at least every :data:`MAX_WAIT_MS` while the agent keeps typing; views also flush
on selection change, on hide and on quit. Calls (and the missed list, :attr:`Notes.calls`) are written
by a :class:`~agent_desk.journal.JournalWriter`, in batches on its own thread; what it wrote comes
back as :attr:`Notes.written` in the GUI thread (while the Notes object lives: a batch done after it
was deleted reaches nobody). A note is written on the GUI thread's connection after
the writer has caught up (its call must be in the journal). Every change is announced, so the other editor of the
same call shows it at once (:func:`replace_text`), and every failure is one translated sentence
(:attr:`Notes.failed`) while the text stays unsaved.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from agent_desk.errors import JournalError
from agent_desk.journal import Journal, JournalEntry, JournalWriter, Written, journal_errors
from agent_desk.notes import Key, NoteWriter
from agent_desk.ui.common.messages import error_text

log = logging.getLogger(__name__)

SAVE_MS = 400  # quiet time after a keystroke before the note is written
MAX_WAIT_MS = 2000  # while typing on, a note is written at least this often
WRITER_WAIT_S = 2.0  # a note's write waits at most this long for the call writer to catch up


class _Published(QObject):
    """The call writer's signal, on an object of the writer's own: its thread keeps the object alive, so a
    batch written after its :class:`Notes` went (deleted at teardown while the writer was busy) is emitted
    on a live object, where Qt dropped the connection to the deleted Notes: nobody hears it."""

    written = Signal(object)  # list[Written]

    def publish(self, writes: list[Written]) -> None:
        self.written.emit(writes)


class Notes(QObject):
    """See the module doc. Profiles are by name; ``origin`` is the editor a change came from."""

    recorded = Signal(str, str)  # profile, call id: a call was recorded or its details changed
    noteChanged = Signal(str, str, str, object)  # profile, call id, newest text, origin editor
    dispositionChanged = Signal(str, str, str)  # profile, call id, code (saved)
    saved = Signal(str, str)  # profile, call id: the newest text is in the journal
    failed = Signal(str, str, str)  # profile, call id, why it is not saved (the text is kept)
    notice = Signal(str)  # a sentence for the status bar: the damaged journal was moved aside (said once)
    written = Signal(object)  # list[Written]: a batch of the call writer's writes is done

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal: Journal | None = None
        self._calls: JournalWriter | None = None
        self.writer = NoteWriter(self._caught_up, lambda: self.journal)  # a read never waits for the call writer
        self.written.connect(self._written)
        self.problems: dict[Key, str] = {}  # calls whose newest text could not be saved, and why
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._first_unsaved = 0.0

    @property
    def journal(self) -> Journal:
        """The connection, opened on first use. Raises JournalError."""
        if self._journal is None:
            with journal_errors():
                self._journal = Journal()
            if self._journal.moved_aside is not None:
                said = self.tr("The journal file was damaged: it was kept as {name} and a new journal was started.")
                self.notice.emit(said.format(name=self._journal.moved_aside.name))
        return self._journal

    @property
    def calls(self) -> JournalWriter:
        """The writer of calls and missed calls (its thread starts on first use). Raises JournalError."""
        if self._calls is None:
            published = _Published()  # no parent: the writer's (see the class)
            published.written.connect(self.written)
            self._calls = JournalWriter(self.journal.path, published.publish)
        return self._calls

    def close(self) -> None:
        """Write every queued call and stop the writer's thread (on quit)."""
        calls, self._calls = self._calls, None
        if calls is not None:
            calls.close()

    def _caught_up(self) -> Journal:
        """The GUI thread's connection, once the calls queued so far are written (a note needs its call)."""
        if self._calls is not None:
            self._calls.flush(WRITER_WAIT_S)
        return self.journal

    # ------------------------------------------------------------------ calls
    def record(self, entry: JournalEntry) -> None:
        """Insert or update a call (its note and disposition are kept), soon (see the module doc)."""
        try:
            self.calls.record(entry)
        except JournalError as exc:  # the journal cannot be opened
            log.warning("journal: cannot record call %s: %s", entry.call_id, exc)
            self.failed.emit(entry.profile, entry.call_id, error_text(exc))

    def _get(self, profile: str, call_id: str) -> JournalEntry | None:
        try:
            with journal_errors():
                return self.journal.get(profile, call_id)
        except JournalError as exc:
            log.warning("journal: cannot read call %s: %s", call_id, exc)
            return None

    def set_customer(self, profile: str, call_id: str, name: str) -> None:
        try:
            self.calls.set_customer(profile, call_id, name)
        except JournalError as exc:
            log.warning("journal: cannot name the customer of call %s: %s", call_id, exc)

    def _written(self, writes: list[Written]) -> None:
        for write in writes:
            if write.kind == "missed":
                continue  # the missed list's own listener tells
            if write.error is not None:
                log.warning("journal: cannot record call %s: %s", write.call_id, write.error)
                self.failed.emit(write.profile, write.call_id, error_text(write.error))
            elif write.changed:
                self.recorded.emit(write.profile, write.call_id)

    def customer(self, profile: str, call_id: str) -> str | None:
        """The customer's name the journal keeps for a call (None when unknown or unreadable)."""
        entry = self._get(profile, call_id)
        return entry.customer if entry is not None else None

    def search(self, profile: str, text: str, limit: int) -> list[JournalEntry]:
        """Newest first (see :meth:`Journal.search`). Raises JournalError."""
        with journal_errors():
            return self.journal.search(profile, text, limit)

    # ------------------------------------------------------------------ notes
    def text(self, profile: str, call_id: str) -> str:
        """The newest text of a call's note. Raises JournalError."""
        return self.writer.text(profile, call_id)

    def edit(self, profile: str, call_id: str, text: str, origin: object) -> None:
        """An editor's new text: kept as the newest, shown by the other editors, written soon."""
        self.writer.edit(profile, call_id, text)
        self.noteChanged.emit(profile, call_id, text, origin)
        now = time.monotonic()
        if not self._timer.isActive():
            self._first_unsaved = now
        if now - self._first_unsaved < (MAX_WAIT_MS - SAVE_MS) / 1000:
            self._timer.start(SAVE_MS)

    def flush(self, profile: str | None = None, call_id: str | None = None) -> bool:
        """Write unsaved text now (of one call, or of all); False if something could not be saved."""
        if profile and call_id:
            keys = [(profile, call_id)]
        else:
            keys = self.writer.unsaved()
            self._timer.stop()
        ok = True
        for key in keys:
            try:
                if self.writer.flush(*key):
                    self._saved(key)
            except JournalError as exc:
                ok = False
                self._failed(key, exc)
        return ok

    def set_disposition(self, profile: str, call_id: str, code: str) -> None:
        """Write the call's disposition (and its newest note) now."""
        key = (profile, call_id)
        try:
            self.writer.set_disposition(profile, call_id, code)
        except JournalError as exc:
            self._failed(key, exc)
            return
        self.dispositionChanged.emit(profile, call_id, code)
        self._saved(key)

    def disposition(self, profile: str, call_id: str) -> str:
        try:
            with journal_errors():
                entry = self.journal.get(profile, call_id)
        except JournalError:
            return ""
        return entry.disposition if entry else ""

    def _saved(self, key: Key) -> None:
        self.problems.pop(key, None)
        self.saved.emit(*key)

    def _failed(self, key: Key, exc: JournalError) -> None:
        log.warning("journal: cannot save the note of call %s: %s", key[1], exc)
        self.problems[key] = error_text(exc)
        self.failed.emit(*key, self.problems[key])


def replace_text(editor: QPlainTextEdit, text: str) -> None:
    """Show ``text`` (typed in another editor) without echoing it back, keeping the cursor."""
    if editor.toPlainText() == text:
        return
    position = editor.textCursor().position()
    editor.blockSignals(True)
    try:
        editor.setPlainText(text)
    finally:
        editor.blockSignals(False)
    cursor = editor.textCursor()
    cursor.setPosition(min(position, len(text)))
    editor.setTextCursor(cursor)


def fill_dispositions(combo: QComboBox, codes: list[str], current: str) -> None:
    """The profile's wrap-up codes after a 'none' entry, ``current`` selected (kept even if the
    profile no longer lists it). Emits no signal: only the agent's choices do."""
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(QCoreApplication.translate("Notes", "— no disposition —"), "")
        for code in codes if current in codes or not current else [*codes, current]:
            combo.addItem(code, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
    finally:
        combo.blockSignals(False)
