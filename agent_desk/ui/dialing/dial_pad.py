"""The dial pad: a number field, a keypad, Call, "call the number on the clipboard", and the
click-to-call's progress ("Ringing your phone…" with Stop waiting) and outcome in words."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agent_desk.phone import strip_link
from agent_desk.ui.common.plain import set_plain
from agent_desk.ui.common.status import colour
from agent_desk.ui.dialing.dialer import Dialer, DialPhase

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")
STYLE = """
#dialNumber { font-size: 17px; padding: 5px; }
#dialKey { font-size: 16px; min-width: 56px; min-height: 38px; max-height: 46px; }
#callButton { background: #2e7d32; color: white; font-weight: bold; border: 1px solid #1b5e20;
              border-radius: 4px; padding: 7px 14px; }
#callButton:hover { background: #388e3c; }
#callButton:disabled { background: #a5c9a7; border-color: #8fb592; }
"""
_PHASE_LEVEL = {
    DialPhase.RINGING: "warn",
    DialPhase.PLACING: "warn",
    DialPhase.DONE: "ok",
    DialPhase.FAILED: "error",
    DialPhase.ABANDONED: "warn",
}


class DialPad(QWidget):
    """Dials through a :class:`~agent_desk.ui.dialing.dialer.Dialer`; never talks to the network itself."""

    error: QLabel  # made after the number field, whose edits hide it

    def __init__(self, dialer: Dialer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialer = dialer
        self.number = QLineEdit(self)
        self.number.setObjectName("dialNumber")
        self.number.setPlaceholderText(self.tr("Phone number or extension"))
        self.number.setClearButtonEnabled(True)
        self.number.returnPressed.connect(self.call)
        self.number.textEdited.connect(lambda _: self.error.hide())

        keypad = QGridLayout()
        keypad.setSpacing(6)
        for index, key in enumerate(KEYS):
            button = QToolButton(self)
            button.setText(key)
            button.setObjectName("dialKey")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.clicked.connect(lambda _=False, k=key: self.number.insert(k))
            keypad.addWidget(button, index // 3, index % 3)

        self.call_button = QPushButton(self.tr("Call"), self)
        self.call_button.setObjectName("callButton")
        self.call_button.clicked.connect(self.call)
        self.clipboard_button = QPushButton(self.tr("Call the copied number"), self)
        self.clipboard_button.setToolTip(self.tr("Dial the phone number on the clipboard"))
        self.clipboard_button.clicked.connect(self.call_clipboard)
        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button, 2)
        buttons.addWidget(self.clipboard_button, 3)

        self.error = QLabel(self)
        self.error.setObjectName("dialError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.progress = QLabel(self)
        self.progress.setObjectName("dialProgress")
        self.progress.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Stop waiting"), self)
        self.cancel_button.setToolTip(
            self.tr("Stop waiting for your phone. The call is not withdrawn and is never placed twice.")
        )
        self.cancel_button.clicked.connect(dialer.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button, 0)

        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.error)
        layout.addLayout(keypad)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        layout.addStretch(1)
        dialer.changed.connect(self.refresh)
        self.refresh()
        # Texts from the PBX or a customer record are never HTML. Its two labels by name, not
        # plain_labels(self): walking the children wraps the number field's clear-button QAction in
        # Python, which creates PySide6's QAction type (~1 ms) before the sign-in window.
        for label in (self.error, self.progress):
            set_plain(label)

    def apply_style(self) -> None:
        """The dial pad's style sheet: its owner sets it once the pad is in its place in the window (a styled
        widget moved to another parent is restyled with all its children: ~1.4 ms before the first frame)."""
        self.setStyleSheet(STYLE)

    def apply_icons(self) -> None:
        """Set the SVG icons (loading Qt's SVG engine costs ~50 ms, so not before the first paint)."""
        from agent_desk.ui.common.paths import icon

        self.call_button.setIcon(icon("call"))

    def call(self) -> None:
        self.show_error(self.dialer.dial(self.number.text()))

    def call_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text().strip()
        if not text:
            self.show_error(self.tr("The clipboard holds no phone number."))
            return
        self.number.setText(text)
        self.call()

    def dial_text(self, text: str) -> None:
        """Put ``text`` (a number, or a tel: link shown as its number) in the field and call it."""
        self.number.setText(strip_link(text))
        self.call()

    def show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setStyleSheet(f"color: {colour('error')}")
        self.error.setVisible(bool(text))

    def refresh(self) -> None:
        reason = self.dialer.unavailable_reason()
        enabled = not reason and not self.dialer.waiting
        for button in (self.call_button, self.clipboard_button):
            button.setEnabled(enabled)
        self.call_button.setToolTip(
            reason or self.tr("Your phone rings first; the customer is dialled when you pick up.")
        )
        phase = self.dialer.phase
        self.progress.setText(self.dialer.text)
        self.progress.setVisible(bool(self.dialer.text))
        if self.dialer.text:
            from PySide6.QtCore import Qt  # see agent_desk.ui: not at import time

            self.progress.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        level = _PHASE_LEVEL.get(phase)
        self.progress.setStyleSheet(f"color: {colour(level)}" if level in ("error", "ok") else "")
        self.cancel_button.setVisible(phase == DialPhase.RINGING)
