"""The one owner of each call's note text, between the editors that type it and the journal.

A call's note can be open in two editors at once: its screen-pop and the Journal view. Both hand
every change to :class:`NoteWriter` and show what :meth:`NoteWriter.text` says, so the newest
keystroke wins wherever it was typed and no editor writes stale text back over it. The writer
keeps unsaved text per call and writes it on :meth:`NoteWriter.flush` (the GUI debounces that).
A failed write keeps the text unsaved — nothing is lost — and raises
:class:`~agent_desk.errors.JournalError`; the next flush tries again.
"""

from __future__ import annotations

from collections.abc import Callable

from agent_desk.errors import JournalError
from agent_desk.journal import Journal, journal_errors

Key = tuple[str, str]  # (profile name, call id)


class NoteWriter:
    """Unsaved note texts by call; ``journal()`` gives the connection to write with and ``reader()``
    the one to read with (default: ``journal``; either may raise JournalError). Only this writer writes
    note texts, so a read need not wait for what ``journal()`` may wait for (the desk's call writer
    catching up, so that the call a note is saved to is in the journal)."""

    def __init__(self, journal: Callable[[], Journal], reader: Callable[[], Journal] | None = None) -> None:
        self._journal = journal
        self._reader = reader or journal
        self._unsaved: dict[Key, str] = {}

    def text(self, profile: str, call_id: str) -> str:
        """The newest text of the call's note: an unsaved edit, else what the journal holds."""
        key = (profile, call_id)
        if key in self._unsaved:
            return self._unsaved[key]
        with journal_errors():
            entry = self._reader().get(profile, call_id)
        return entry.note if entry else ""

    def edit(self, profile: str, call_id: str, text: str) -> None:
        """An editor's new text for the note (written by the next :meth:`flush`)."""
        self._unsaved[(profile, call_id)] = text

    def unsaved(self) -> list[Key]:
        return list(self._unsaved)

    def flush(self, profile: str, call_id: str) -> bool:
        """Write the call's unsaved text now; False when there was none. Raises JournalError."""
        key = (profile, call_id)
        if key not in self._unsaved:
            return False
        self._save(key, self._unsaved[key], None)
        return True

    def set_disposition(self, profile: str, call_id: str, code: str) -> None:
        """Write the disposition now, with the note's newest text. Raises JournalError."""
        key = (profile, call_id)
        self._save(key, self.text(profile, call_id), code)

    def _save(self, key: Key, text: str, disposition: str | None) -> None:
        try:
            with journal_errors():
                self._journal().save_note(*key, text, disposition)
        except KeyError:
            raise JournalError("missing", f"call {key[1]} is not in the journal") from None
        if self._unsaved.get(key) == text:
            del self._unsaved[key]
