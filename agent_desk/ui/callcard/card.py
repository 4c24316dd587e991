"""The call card: the agent's current call, inbound or outbound, in the Phone tab.

It renders :class:`agent_desk.callcard.CallCards` (fed the session's events for the agent's own
extension): the number, the customer, the state with a timer running from the answer, and
Transfer (:class:`~agent_desk.ui.callcard.transfer.OwnTransfer`), Note (the call's journal note,
the same text as the pop's) and Open CRM. A click-to-call gets a card like an incoming call.
Hidden while there is no call; an ended call's card stays until the next call or ✕, with the
wrap-up (:mod:`agent_desk.ui.callcard.wrapup`: disposition, callback, after-call-work timer).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agent_desk.callcard import ANSWERED, ENDED, MISSED, RINGING, CallCard, CallCards
from agent_desk.errors import AgentDeskError
from agent_desk.models import CallEvent, Capability
from agent_desk.phone import display
from agent_desk.ui.callcard.callbacks import CallbackReminder
from agent_desk.ui.callcard.transfer import OwnTransfer
from agent_desk.ui.callcard.wrapup import WrapUpPanel
from agent_desk.ui.common.messages import fill
from agent_desk.ui.common.plain import plain_labels
from agent_desk.ui.common.status import colour
from agent_desk.ui.dialing.call_log import clock_text
from agent_desk.ui.journal.notes import Notes, replace_text
from agent_desk.ui.support.tasks import TaskSet
from agent_desk.ui.window.session import Session

log = logging.getLogger(__name__)
_LEVEL = {RINGING: "warn", ANSWERED: "ok", ENDED: "off", MISSED: "error"}
STYLE = "#callCard { border: 1px solid palette(mid); border-left: 5px solid %s; border-radius: 4px; }"


class CallCardView(QFrame):
    """See the module doc. ``open_crm(phone)`` opens the profile's CRM for a number."""

    def __init__(
        self,
        session: Session,
        notes: Notes,
        transfer: OwnTransfer,
        open_crm: Callable[[str], None],
        reminder: CallbackReminder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.notes = notes
        self.transfer = transfer
        self.open_crm = open_crm
        self.model = CallCards()
        self.card: CallCard | None = None
        self._looked_up: set[str] = set()  # outgoing calls whose customer was asked for
        self._tasks = TaskSet()
        self.setObjectName("callCard")

        self.state_label = QLabel(self)
        self.state_label.setObjectName("cardState")
        close = self.close_button = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Put the ended call away"))
        close.clicked.connect(self.clear)
        header = QHBoxLayout()
        header.addWidget(self.state_label, 1)
        header.addWidget(close)
        self.number_label = QLabel(self)
        self.number_label.setObjectName("cardNumber")
        self.number_label.setStyleSheet("font-size: 18px; font-weight: bold")
        self.number_label.setTextFormat(Qt.TextFormat.PlainText)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer_label = QLabel(self)
        self.customer_label.setObjectName("cardCustomer")
        self.customer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel(self)
        self.message.setObjectName("cardMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        self.transfer_button = QPushButton(self.tr("Transfer…"), self)
        self.transfer_button.clicked.connect(self._transfer)
        self.note_button = QPushButton(self.tr("Note"), self)
        self.note_button.clicked.connect(self.start_note)
        self.crm_button = QPushButton(self.tr("Open CRM"), self)
        self.crm_button.clicked.connect(self._open_crm)
        buttons = QHBoxLayout()
        for button in (self.transfer_button, self.note_button, self.crm_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("cardNote")
        self.note.setPlaceholderText(self.tr("Note for this call (saved as you type)"))
        self.note.setFixedHeight(64)
        self.note.hide()
        self.note.textChanged.connect(self._note_typed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.addLayout(header)
        layout.addWidget(self.number_label)
        layout.addWidget(self.customer_label)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.wrap_up = WrapUpPanel(notes, reminder, self)
        self.wrap_up.problem.connect(lambda text: self._reported(text, False))
        layout.addWidget(self.wrap_up)
        layout.addWidget(self.message)
        plain_labels(self)  # the number, the customer and the PBX's messages are never HTML

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.refresh)
        session.callEvent.connect(self.on_event)
        session.changed.connect(self._session_changed)
        notes.noteChanged.connect(self._note_elsewhere)
        transfer.reported.connect(self._reported)
        self.hide()

    # ------------------------------------------------------------------ fed by the session
    def on_event(self, event: CallEvent, mine: bool) -> None:
        if not mine:
            return
        changed = self.model.feed(event)
        if changed is None:
            return
        if changed.direction == "outbound" and changed.call_id not in self._looked_up:
            self._look_up(changed)
        if self.model.current() is changed:
            self._show(changed)
        profile = self.session.profile
        if changed.state == ENDED and changed is self.card and profile is not None and self.wrap_up.card is not changed:
            self.wrap_up.start(profile, changed)

    def _look_up(self, card: CallCard) -> None:
        """Find the customer of an outgoing call (an incoming one's pop does it for both)."""
        self._looked_up.add(card.call_id)
        provider = self.session.provider
        if provider is None or not card.phone or not provider.supports(Capability.CUSTOMERS):
            return

        async def run() -> None:
            try:
                customer = await provider.find_customer(card.phone)
            except AgentDeskError as exc:  # the card works without a name
                log.info("customer lookup for the call card: %s", exc)
                return
            if customer is not None and customer.name:
                self.set_customer(card.call_id, customer.name)
                profile = self.session.profile
                if profile is not None:
                    self.notes.set_customer(profile.name, card.call_id, customer.name)

        self._tasks.spawn(run())

    def set_customer(self, call_id: str, name: str) -> None:
        """The pops found the caller's name."""
        card = self.model.set_customer(call_id, name)
        if card is not None and card is self.card:
            self.refresh()

    def _session_changed(self) -> None:
        if not self.session.signed_in:
            self._tasks.cancel()
            self.model.reset()
            self._looked_up.clear()
            self._show(None)

    # ------------------------------------------------------------------ rendering
    def _show(self, card: CallCard | None) -> None:
        if card is not self.card:
            self.message.hide()
            self.note.hide()
            self.wrap_up.stop()
            if card is not None and self.session.profile is not None:
                replace_text(self.note, self.notes.text(self.session.profile.name, card.call_id))
                self.note.setVisible(bool(self.note.toPlainText()))
        self.card = card
        self.setVisible(card is not None)
        self.refresh()

    def retranslate(self) -> None:
        """The texts again, in the language now installed."""
        self.refresh()

    def refresh(self) -> None:
        """Draw the card's state and timer (every second while the call is on)."""
        card = self.card
        if card is None:
            self._tick.stop()
            return
        outbound = card.direction == "outbound"
        talk = card.talk_seconds(self.model.clock())
        texts = {
            RINGING: self.tr("Calling…") if outbound else self.tr("Incoming call, ringing"),
            ANSWERED: fill(self.tr("On call · %1"), clock_text(talk or 0)),
            ENDED: fill(self.tr("Call ended · %1"), clock_text(talk)) if talk is not None else self.tr("Call ended"),
            MISSED: self.tr("Not answered"),
        }
        arrow = "↗ " if outbound else "↙ "
        self.state_label.setText(arrow + texts[card.state])
        level_colour = colour(_LEVEL[card.state])
        self.state_label.setStyleSheet(f"color: {level_colour}; font-weight: bold")
        self.setStyleSheet(STYLE % level_colour)
        self.number_label.setText(display(card.phone) or self.tr("Unknown number"))
        self.customer_label.setText(card.customer or "")
        self.customer_label.setVisible(bool(card.customer))
        self.close_button.setVisible(not card.live)
        reason = self.transfer.why_not()
        self.transfer_button.setEnabled(card.state == ANSWERED and reason is None)
        self.transfer_button.setToolTip(reason or self.tr("Move this call to a colleague"))
        profile = self.session.profile
        self.crm_button.setEnabled(bool(profile and profile.crm_url and card.phone))
        self.crm_button.setToolTip(
            self.tr("Open the customer in the CRM")
            if self.crm_button.isEnabled()
            else self.tr("No CRM address is set in this profile")
        )
        if card.state == ANSWERED:
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()

    def restyle(self) -> None:
        self.refresh()

    # ------------------------------------------------------------------ actions
    def _transfer(self) -> None:
        card = self.card
        if card is not None:
            self.transfer.start(card.call_id, card.phone, card.customer, self.window())

    def _open_crm(self) -> None:
        if self.card is not None:
            self.open_crm(self.card.phone)

    def start_note(self) -> None:
        self.note.show()
        self.note.setFocus()

    def _note_typed(self) -> None:
        card, profile = self.card, self.session.profile
        if card is not None and profile is not None:
            self.notes.edit(profile.name, card.call_id, self.note.toPlainText(), self.note)

    def _note_elsewhere(self, profile: str, call_id: str, text: str, origin: object) -> None:
        card = self.card
        if card is not None and origin is not self.note and call_id == card.call_id:
            replace_text(self.note, text)
            if text:
                self.note.show()

    def _reported(self, text: str, ok: bool) -> None:
        if self.card is None:
            return
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour('ok' if ok else 'error')}")
        self.message.show()

    def clear(self) -> None:
        """Put the ended call away (✕)."""
        self.model.clear()
        self._show(self.model.current())
