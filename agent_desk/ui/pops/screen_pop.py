"""The screen-pop window: who is calling, what we know about them, and what to do.

A small frameless window that stays on top and never takes keyboard focus from what the agent
is typing (``Qt.Tool | WindowStaysOnTopHint | WindowDoesNotAcceptFocus`` and
``WA_ShowWithoutActivating``) until the agent asks to write a note. It is a view: the
:class:`~agent_desk.ui.pops.manager.PopManager` feeds it the call's state, the customer and the recent
calls as they arrive, and acts on its signals.

A pop is reused: :meth:`ScreenPop.bind` gives a built pop (a new one, or one the manager closed and
kept hidden) the next call, and puts back everything a call can change (texts, the state and its
colours, the customer, history, note, wrap-up code, do-not-call button and the buttons a state shows),
so a pop shows only its own call's data. Its size is computed again (:meth:`ScreenPop.fit`) only after
something that can change its height did, not on every placement of the pops.
"""

from __future__ import annotations

import enum
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPaintEvent, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agent_desk.models import CdrRecord, Customer
from agent_desk.phone import display
from agent_desk.ui.common.messages import fill
from agent_desk.ui.common.outcome import outcome_level, outcome_title
from agent_desk.ui.common.plain import plain_labels
from agent_desk.ui.common.status import COLOURS
from agent_desk.ui.common.status import colour as colour_of
from agent_desk.ui.dialing.call_log import clock_text
from agent_desk.ui.journal.notes import fill_dispositions, replace_text
from agent_desk.ui.window.shortcuts import POP_KEYS


class PopState(enum.StrEnum):
    """Where a pop's call is (the values are the strings logs have always shown)."""

    RINGING = "ringing"
    ANSWERED = "answered"  # the pop is a call card while the call lasts
    ENDED = "ended"  # an answered call hung up
    STOPPED = "stopped"  # it stopped ringing before anyone answered
    MISSED = "missed"
    LOST = "lost"  # the PBX never ended the call: the desk lost track of it


POP_WIDTH = 420
TOP_EDGE = 5  # px: the top edge in the state's colour
STYLE = """
#screenPop { background: palette(base); border: 1px solid palette(mid); border-top: %(edge)spx solid palette(mid); }
#popState { font-weight: bold; }
#popNumber { font-size: 20px; font-weight: bold; }
#popCustomer { font-size: 14px; }
#popCustomer[found="true"] { font-weight: bold; }
#popHistory, #popDetail { color: palette(placeholder-text); }
"""
LEVEL_STYLE = """
#popState[level="%(level)s"] { color: %(colour)s; }
"""


def style_sheet() -> str:
    """The pop's style sheet for the current palette: a state's colour is picked by the ``level``
    property of its state label, so a new state re-polishes that label only (the top edge is painted
    in the colour, see :class:`_Edge`: re-polishing the pop itself cost 0.3 ms a state)."""
    levels = sorted(set(COLOURS))
    return STYLE % {"edge": TOP_EDGE} + "".join(
        LEVEL_STYLE % {"level": level, "colour": colour_of(level)} for level in levels
    )


class _Edge(QWidget):
    """The pop's top edge, painted in its state's colour over the style sheet's grey border."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.colour = QColor()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_colour(self, colour: str) -> None:
        if QColor(colour) != self.colour:
            self.colour = QColor(colour)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.colour)
        painter.end()


_STATE_LEVEL = {
    PopState.RINGING: "warn",
    PopState.ANSWERED: "ok",
    PopState.ENDED: "off",
    PopState.STOPPED: "off",
    PopState.MISSED: "error",
    PopState.LOST: "off",
}
_FLAGS = (
    Qt.WindowType.Tool
    | Qt.WindowType.WindowStaysOnTopHint
    | Qt.WindowType.FramelessWindowHint
    | Qt.WindowType.WindowDoesNotAcceptFocus
)


class ScreenPop(QFrame):
    """One call's pop. Signals carry no arguments: the manager knows which call it is."""

    openCrm = Signal()
    copyNumber = Signal()
    callBack = Signal()
    dismissed = Signal()
    noteEdited = Signal(str)
    dispositionChosen = Signal(str)  # a wrap-up code picked by the agent ('' for none)
    transferRequested = Signal()  # the agent wants to move this (answered) call to a colleague
    dncRequested = Signal()  # put this number on the do-not-call list of the autocall queues that have it

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the pop, with no call yet: :meth:`bind` gives it one (building is most of a pop's cost,
        so the manager builds one ahead and binds it when a call rings)."""
        super().__init__(parent, _FLAGS)
        self.setStyleSheet(style_sheet())  # before the children: each is polished once, when first laid out
        self._edge = _Edge(self)
        self.state = PopState.RINGING
        self.outcome: str | None = None  # how the call ended, once the core decided it
        self._answered_at: float | None = None
        self._duration: int | None = None
        self._codes: list[str] = []  # the profile's wrap-up codes
        self._history: list[CdrRecord] | None = None  # the recent calls shown
        self._fitted = False  # the size fits the contents (see fit)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("screenPop")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(POP_WIDTH)
        self.setWindowTitle(self.tr("Incoming call"))

        self.state_label = QLabel(self)
        self.state_label.setObjectName("popState")
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.dismissed)
        header = QHBoxLayout()
        header.addWidget(self.state_label, 1)
        header.addWidget(close)

        self.number_label = QLabel(self)
        self.number_label.setObjectName("popNumber")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer_label = QLabel(self)
        self.customer_label.setObjectName("popCustomer")
        self.customer_label.setWordWrap(True)
        self.queue_label = QLabel(self)
        self.queue_label.setObjectName("popDetail")
        self.history_label = QLabel(self)
        self.history_label.setObjectName("popHistory")
        self.history_label.setWordWrap(True)

        self.crm_button = QPushButton(self.tr("Open CRM"), self)
        self.crm_button.clicked.connect(self.openCrm)
        self.copy_button = QPushButton(self.tr("Copy number"), self)
        self.copy_button.clicked.connect(self.copyNumber)
        self.note_button = QPushButton(self.tr("Note"), self)
        self.note_button.clicked.connect(self.start_note)
        self.call_back_button = QPushButton(self.tr("Call back"), self)
        self.call_back_button.clicked.connect(self.callBack)
        self.call_back_button.hide()
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.clicked.connect(self.dismissed)
        self.transfer_button = QPushButton(self.tr("Transfer…"), self)
        self.transfer_button.setToolTip(self.tr("Move this call to a colleague"))
        self.transfer_button.clicked.connect(self.transferRequested)
        self.transfer_button.hide()
        self.dnc_button = QPushButton(self.tr("Do not call this number again"), self)
        self.dnc_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.dnc_button.clicked.connect(self.dncRequested)
        self.dnc_button.hide()
        self.dnc_result = QLabel(self)
        self.dnc_result.setObjectName("popDetail")
        self.dnc_result.setWordWrap(True)
        self.dnc_result.hide()
        buttons = QHBoxLayout()  # two rows, so no label is cut short at the pop's width
        more = QHBoxLayout()
        for row, row_buttons in (
            (buttons, (self.transfer_button, self.note_button, self.crm_button)),
            (more, (self.copy_button, self.call_back_button, self.dismiss_button)),
        ):
            for button in row_buttons:
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                row.addWidget(button)

        self.note = QPlainTextEdit(self)
        self.note.setObjectName("popNote")
        self.note.setPlaceholderText(self.tr("Note for this call (saved as you type)"))
        self.note.setFixedHeight(72)
        self.note.hide()
        self.note.textChanged.connect(lambda: self.noteEdited.emit(self.note.toPlainText()))
        self.note_problem = QLabel(self)
        self.note_problem.setObjectName("popNoteProblem")
        self.note_problem.setWordWrap(True)
        self.note_problem.setStyleSheet(f"color: {colour_of('error')}")
        self.note_problem.hide()
        self.disposition = QComboBox(self)
        self.disposition.setObjectName("popDisposition")
        self.disposition.currentIndexChanged.connect(
            lambda _i: self.dispositionChosen.emit(self.disposition.currentData())
        )
        self.disposition_row = QWidget(self)
        row = QHBoxLayout(self.disposition_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Wrap-up:"), self.disposition_row))
        row.addWidget(self.disposition, 1)
        self.disposition_row.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addLayout(header)
        layout.addWidget(self.number_label)
        layout.addWidget(self.customer_label)
        layout.addWidget(self.queue_label)
        layout.addWidget(self.history_label)
        layout.addWidget(self.note)
        layout.addWidget(self.note_problem)
        layout.addWidget(self.disposition_row)
        layout.addLayout(buttons)
        layout.addLayout(more)
        layout.addWidget(self.dnc_button)
        layout.addWidget(self.dnc_result)

        plain_labels(self)  # the caller id, customer, queue and history are PBX data
        self._actions = {
            "copy": self.copyNumber.emit,
            "crm": self.crm_button.click,
            "note": self.start_note,
            "dismiss": self.dismissed.emit,
        }
        for name, keys in POP_KEYS.items():  # the keys work here once the pop has the focus (a note)
            QShortcut(QKeySequence(keys), self, self._actions[name])

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_state)
        self._show_state()
        self.bind("", "")

    def bind(
        self,
        call_id: str,
        phone: str,
        *,
        queue: str | None = None,
        crm: bool = False,
        lookups: bool = True,
        history: bool = True,
        dialable: bool = True,
        transfer: bool = False,
    ) -> None:
        """Make this (hidden) pop the ringing pop of ``call_id`` from ``phone``: texts only, no widget is
        made, so a pop built ahead, or one closed and kept, is shown at once. Whatever an earlier call
        left (state, outcome, customer, history, note, wrap-up code, do-not-call offer) is cleared, and
        no signal is emitted for it."""
        self.call_id = call_id
        self._tick.stop()
        self.state = PopState.RINGING
        self.outcome = None
        self._answered_at = self._duration = None
        self._history = None
        self._codes = []
        self._fitted = False
        if self.customer_label.property("found"):
            self._set_found(False)
        for editor in (self.note, self.disposition):
            editor.blockSignals(True)  # nothing of the earlier call is saved or announced
        try:
            self.note.clear()
            self.disposition.clear()
        finally:
            for editor in (self.note, self.disposition):
                editor.blockSignals(False)
        for widget in (self.note, self.note_problem, self.disposition_row, self.dnc_button, self.dnc_result):
            widget.hide()
        self.note_problem.clear()
        self.dnc_result.clear()
        self.dnc_button.setEnabled(True)
        self.call_back_button.hide()
        self.transfer_button.hide()
        self._show_state()
        self.phone = phone
        self.dialable = dialable  # False: the caller id is not a phone number (no call back)
        self.can_transfer = transfer  # the provider can transfer the agent's call
        self.number_text = display(phone)  # formatted once a call (phonenumbers: a tenth of a millisecond)
        self.number_label.setText(self.number_text or self.tr("Unknown number"))
        self.customer_label.setText(self.tr("Looking up the customer…") if lookups else "")
        self.customer_label.setVisible(lookups)
        self.queue_label.setText(fill(self.tr("Queue %1"), queue) if queue else "")
        self.queue_label.setVisible(bool(queue))
        self.history_label.setText(self.tr("Loading recent calls…") if history else "")
        self.history_label.setVisible(history)
        self.crm_button.setEnabled(crm)
        if crm:
            crm_tip = self.tr("Open the customer in the CRM")
        elif not dialable:
            crm_tip = self.tr("This caller's number is not a phone number")
        else:
            crm_tip = self.tr("No CRM address is set in this profile")
        self.crm_button.setToolTip(crm_tip)

    # ------------------------------------------------------------------ fed by the manager
    def set_state(self, state: PopState, duration: int | None = None) -> None:
        """Move to answered / ended / stopped / missed; ``duration`` is the PBX's when known."""
        if state == PopState.ANSWERED and self._answered_at is None:
            self._answered_at = time.monotonic()
            self._tick.start()
        elif state != PopState.ANSWERED:
            self._tick.stop()
            if duration is None and self._answered_at is not None:
                duration = int(time.monotonic() - self._answered_at)
            self._duration = duration
        self.state = state
        self.call_back_button.setVisible(
            self.dialable and state in (PopState.ENDED, PopState.STOPPED, PopState.MISSED, PopState.LOST)
        )
        self.transfer_button.setVisible(self.can_transfer and state == PopState.ANSWERED)
        self._show_disposition()  # the one change of a state that can change the pop's height
        self._show_state()

    def set_outcome(self, outcome: str, duration: int | None = None) -> None:
        """The call ended with ``outcome`` (decided by the core); the heading says it from now on."""
        self.outcome = outcome
        self.set_state(PopState.MISSED if outcome == "missed" else PopState.ENDED, duration)

    def _show_state(self) -> None:
        """The state label's text and the state's colour (label and top edge); only what changed is set."""
        state = self.state
        level = _STATE_LEVEL[state]
        if self.outcome is not None and state in (PopState.ENDED, PopState.MISSED):
            text, level = outcome_title(self.outcome), outcome_level(self.outcome)
            if self.outcome == "answered" and self._duration is not None:
                text = fill(self.tr("%1 · %2"), text, clock_text(self._duration))
        elif state == PopState.ENDED and self._duration is not None:
            text = fill(self.tr("Call ended · %1"), clock_text(self._duration))
        elif state == PopState.ANSWERED:
            text = fill(self.tr("On call · %1"), clock_text(time.monotonic() - (self._answered_at or 0)))
        else:
            text = {
                PopState.RINGING: self.tr("Incoming call"),
                PopState.ENDED: self.tr("Call ended"),
                PopState.STOPPED: self.tr("No longer ringing"),
                PopState.MISSED: self.tr("Missed call"),
                PopState.LOST: self.tr("Lost track of this call: the PBX sent no news of it"),
            }[state]
        label = self.state_label
        if label.text() != text:
            label.setText(text)
        if self.property("level") == level:
            return
        self.setProperty("level", level)  # read by no style sheet: the edge is painted
        self._edge.set_colour(colour_of(level))
        if label.property("level") != level:  # a new style sheet would re-polish every child
            label.setProperty("level", level)
            label.style().unpolish(label)
            label.style().polish(label)
            label.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._edge.setGeometry(0, 0, self.width(), TOP_EDGE)
        self._edge.raise_()

    def act(self, action: str) -> None:
        """Do what a pop action key (:data:`~agent_desk.ui.window.shortcuts.POP_KEYS`) asks."""
        self._actions[action]()

    def restyle(self) -> None:
        """Recolour for the current palette (light or dark)."""
        self.setStyleSheet(style_sheet())
        self._edge.set_colour(colour_of(str(self.property("level"))))
        self._fitted = False

    def fit(self) -> None:
        """Resize to the contents, if anything that can change the height changed since the last fit
        (a pop's size hint lays out every label: a fifth of a millisecond, too much for every placement)."""
        if not self._fitted:
            self.adjustSize()
            self._fitted = True

    def set_customer(self, customer: Customer | None) -> None:
        self._fitted = False
        if customer is None:
            self.customer_label.setText(self.tr("Not in the customer list"))
            return
        parts = [customer.name or self.tr("(no name)")]
        if customer.code:
            parts.append(customer.code)
        self.customer_label.setText(" · ".join(parts))
        self._set_found(True)

    def _set_found(self, found: bool) -> None:
        """The customer's line in bold (a customer was found) or not: a property the style sheet reads."""
        self.customer_label.setProperty("found", found)
        self.customer_label.style().unpolish(self.customer_label)
        self.customer_label.style().polish(self.customer_label)

    def set_customer_error(self, text: str) -> None:
        self._fitted = False
        self.customer_label.setText(fill(self.tr("Customer lookup failed: %1"), text))

    def retranslate(self) -> None:
        """The texts made of pieces again, in the language now installed."""
        self._fitted = False
        self._show_state()
        if self._history is not None:
            self.set_history(self._history)

    def set_history(self, records: list[CdrRecord]) -> None:
        self._fitted = False
        self._history = records
        if not records:
            self.history_label.setText(self.tr("No earlier calls with this number"))
            return
        lines = [self.tr("Recent calls:")] + [history_line(r) for r in records]
        self.history_label.setText("\n".join(lines))

    def set_history_error(self, text: str) -> None:
        self._fitted = False
        self.history_label.setText(fill(self.tr("Recent calls could not be loaded: %1"), text))

    def set_dispositions(self, codes: list[str], current: str) -> None:
        """Offer the profile's wrap-up codes (shown once the call is answered, or with the note)."""
        self._codes = codes
        fill_dispositions(self.disposition, codes, current)
        self._show_disposition()

    def set_disposition(self, code: str) -> None:
        """Show a disposition chosen elsewhere (the Journal view)."""
        if self._codes:
            fill_dispositions(self.disposition, self._codes, code)

    def _show_disposition(self) -> None:
        """The wrap-up row shown once the call is answered or a note begun; the pop is fitted again
        only when the row comes or goes (the call-back and transfer buttons share rows that stay)."""
        shown = bool(self._codes) and (self.state != PopState.RINGING or not self.note.isHidden())
        if self.disposition_row.isHidden() == shown:
            self.disposition_row.setVisible(shown)
            self._fitted = False

    def set_note(self, text: str) -> bool:
        """Show the note's newest text, typed in the Journal view; True when the note just appeared."""
        replace_text(self.note, text)
        self._fitted = False
        if not text or self.note.isVisibleTo(self):
            return False
        self.note.show()
        self._show_disposition()
        return True

    def offer_dnc(self, queues: list[str]) -> None:
        """Show "Do not call this number again": the caller is a customer of these autocall queues."""
        self.dnc_button.setToolTip(fill(self.tr("Blocks the number in the autocall queues: %1"), ", ".join(queues)))
        self.dnc_button.show()
        self._fitted = False
        self.fit()

    def set_dnc_result(self, text: str, ok: bool) -> None:
        """What the do-not-call request did (the button goes once the number is blocked)."""
        self.dnc_result.setStyleSheet(f"color: {colour_of('ok' if ok else 'error')}")
        self.dnc_result.setText(text)
        self.dnc_result.show()
        self.dnc_button.setVisible(not ok)
        self.dnc_button.setEnabled(True)
        self._fitted = False
        self.fit()

    def set_note_problem(self, text: str) -> None:
        """Why the note is not saved ('' once it is)."""
        self.note_problem.setText(text)
        self.note_problem.setVisible(bool(text))
        self._fitted = False

    def start_note(self) -> None:
        """Let the pop take keyboard focus (the agent asked to type) and focus the note."""
        self.note.show()
        self._show_disposition()
        if self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus:
            geometry = self.geometry()
            self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
            self.setGeometry(geometry)
            self.show()
        self.raise_()
        self.activateWindow()
        self.note.setFocus()

    @property
    def reusable(self) -> bool:
        """Whether the pop can be bound to another call once closed: not once it took the keyboard
        focus for a note (its window then accepts the focus, which a new pop must not)."""
        return bool(self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus)

    @property
    def note_started(self) -> bool:
        return self.note.isVisible() and bool(self.note.toPlainText().strip())


def history_line(record: CdrRecord) -> str:
    """``12/10 14:05 · inbound · answered · 2:31`` (day/month, local time) in the interface language."""
    directions = {
        "inbound": QCoreApplication.translate("ScreenPop", "inbound"),
        "outbound": QCoreApplication.translate("ScreenPop", "outbound"),
        "internal": QCoreApplication.translate("ScreenPop", "internal"),
    }
    statuses = {
        "answered": QCoreApplication.translate("ScreenPop", "answered"),
        "missed": QCoreApplication.translate("ScreenPop", "missed"),
        "busy": QCoreApplication.translate("ScreenPop", "busy"),
        "cancelled": QCoreApplication.translate("ScreenPop", "cancelled"),
        "failed": QCoreApplication.translate("ScreenPop", "failed"),
    }
    when = record.started_at.astimezone().strftime("%d/%m %H:%M") if record.started_at else "?"
    parts = [when, directions.get(record.direction, record.direction), statuses.get(record.status, record.status)]
    talk = record.billsec or (record.duration if record.status == "answered" else None)
    if talk:
        parts.append(clock_text(talk))
    return " · ".join(parts)
