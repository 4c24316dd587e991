"""Calls on the agent's extension since sign-in: one line per call, updated as it moves on.

An ended call shows its outcome as the core decided it (:mod:`agent_desk.events.outcome`), the
same words as the pop and the Journal; a later event (the call's record) may settle it.

Signing in with another profile starts a new list (the calls of this session are that profile's).

Double-clicking a line (or pressing Enter on it) calls the number back through the dialer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from agent_desk.phone import caller_number
from agent_desk.ui.dialing.dialer import Dialer
from agent_desk.ui.window.session import Session

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    from agent_desk.models import CallEvent
    from agent_desk.ui.dialing.call_row import CallRow

MAX_ROWS = 200


def state_text(state: str) -> str:
    texts = {
        "ringing": QCoreApplication.translate("CallLog", "ringing"),
        "answered": QCoreApplication.translate("CallLog", "answered"),
        "hangup": QCoreApplication.translate("CallLog", "ended"),
        "missed": QCoreApplication.translate("CallLog", "missed"),
        "lost": QCoreApplication.translate("CallLog", "lost track"),
    }
    return texts.get(state, state)


def clock_text(seconds: float) -> str:
    minutes, seconds = divmod(max(0, int(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def direction_arrow(direction: str) -> str:
    return {"inbound": "↙", "outbound": "↗"}.get(direction, "↔")


class CallLog(QWidget):
    """The list; one row per call, keyed by its flow id where there is one, else its call id."""

    def __init__(self, session: Session, dialer: Dialer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialer = dialer
        self.list: QListWidget | None = None  # made with the first call (not needed for the first paint)
        self.empty = QLabel(self.tr("Calls to and from your extension appear here."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); qproperty-alignment: AlignCenter")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(QLabel(self.tr("Calls this session"), self))
        self._layout.addWidget(self.empty, 1)
        self._rows: dict[str, CallRow] = {}  # by flow id (or call id)
        self._keys: dict[str, str] = {}  # call id → row key
        self.session = session
        self._profile = ""  # the profile whose calls are listed: another profile starts a new list
        session.callEvent.connect(self.on_event)
        session.changed.connect(self._session_changed)

    def on_event(self, event: CallEvent, mine: bool) -> None:
        if not mine:
            return
        flow_id = event.flow_id or ""
        key = self._keys.get(event.call_id) or self._keys.get(flow_id) or flow_id or event.call_id
        row = self._rows.get(key)
        if row is None:
            if event.state != "ringing":
                return
            from PySide6.QtWidgets import QListWidgetItem

            from agent_desk.ui.dialing.call_row import CallRow

            row = self._rows[key] = CallRow(QListWidgetItem(), event.at.astimezone().strftime("%H:%M"), event.direction)
            self._list().insertItem(0, row.item)
            self._trim()
        from agent_desk.models import customer_phone  # not at import: the first window has no calls

        self._keys[event.call_id] = key
        if event.flow_id:
            self._keys[event.flow_id] = key
        row.phone = customer_phone(event) or row.phone
        if event.state != "cdr":
            row.state = event.state
        row.outcome = event.outcome or row.outcome
        row.duration = event.duration if event.duration is not None else row.duration
        row.item.setText(row.text())

    def _session_changed(self) -> None:
        profile = self.session.profile
        name = profile.name if profile is not None else ""
        if name and name != self._profile:
            if self._profile:
                self.clear()
            self._profile = name

    def clear(self) -> None:
        """Forget the calls listed (another profile signed in)."""
        self._rows.clear()
        self._keys.clear()
        if self.list is not None:
            self.list.clear()

    def retranslate(self) -> None:
        """Every row again, in the language now installed."""
        for row in self._rows.values():
            row.item.setText(row.text())

    def set_customer(self, call_id: str, name: str) -> None:
        """Show the customer's name on the call's row (the pops look it up)."""
        row = self._rows.get(self._keys.get(call_id, call_id))
        if row is not None:
            row.name = name
            row.item.setText(row.text())

    def _list(self) -> QListWidget:
        if self.list is None:
            from PySide6.QtWidgets import QListWidget

            self.list = QListWidget(self)
            self.list.setObjectName("callLog")
            self.list.itemActivated.connect(self._call_back)
            self.list.setToolTip(self.tr("Double-click a call to call the number back"))
            self._layout.replaceWidget(self.empty, self.list)
            self.empty.hide()
        return self.list

    def _trim(self) -> None:
        assert self.list is not None
        while self.list.count() > MAX_ROWS:
            dropped = self.list.takeItem(self.list.count() - 1)
            for key in [k for k, r in self._rows.items() if r.item is dropped]:
                del self._rows[key]
            self._keys = {c: k for c, k in self._keys.items() if k in self._rows}

    def _call_back(self, item: QListWidgetItem) -> None:
        row = next((r for r in self._rows.values() if r.item is item), None)
        if row is not None and caller_number(row.phone):  # a caller id that is no number is never dialled
            self.dialer.dial(caller_number(row.phone))
