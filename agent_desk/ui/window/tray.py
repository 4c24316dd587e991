"""The tray icon (its colour is the session's overall state), its menu, and quick dial.

Colours: grey signed out, green all well, amber signing in / events reconnecting, red softphone
not registered or events stopped. The menu shows the window, opens a small quick-dial box, calls
the number on the clipboard, signs out, and quits. Where the desktop has no tray (some Linux
sessions, Xvfb), :attr:`Tray.available` is False and closing the window quits instead of hiding.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QCursor, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QSystemTrayIcon, QVBoxLayout, QWidget

from agent_desk.ui.common.paths import icon
from agent_desk.ui.common.plain import plain_labels
from agent_desk.ui.common.status import colour, indicators, overall_level
from agent_desk.ui.dialing.dialer import Dialer
from agent_desk.ui.window.session import Session


class QuickDial(QWidget):
    """A small always-on-top box: type a number, press Enter, and it is dialled."""

    def __init__(self, dialer: Dialer, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.dialer = dialer
        self.setWindowTitle(self.tr("Quick dial"))
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Phone number or extension"))
        self.number.returnPressed.connect(self.call)
        self.call_button = QPushButton(icon("call"), self.tr("Call"), self)
        self.call_button.setObjectName("callButton")
        self.call_button.clicked.connect(self.call)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.number, 1)
        row.addWidget(self.call_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setMinimumWidth(320)
        plain_labels(self)  # texts from the PBX or a customer record are never HTML

    def popup(self) -> None:
        self.error.hide()
        self.number.clear()
        self.adjustSize()
        pos = QCursor.pos()
        screen = QGuiApplication.screenAt(pos) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.move(min(pos.x(), area.right() - self.width()), min(pos.y(), area.bottom() - self.height()))
        self.show()
        self.raise_()
        self.activateWindow()
        self.number.setFocus()

    def call(self) -> None:
        problem = self.dialer.dial(self.number.text())
        self.error.setText(problem or "")
        self.error.setStyleSheet(f"color: {colour('error')}")
        self.error.setVisible(bool(problem))
        if not problem:
            self.hide()


class Tray(QObject):
    """The tray icon and its menu; it asks the desk to act through signals."""

    showRequested = Signal()
    signOutRequested = Signal()
    quitRequested = Signal()
    clipboardDialRequested = Signal()

    def __init__(self, session: Session, dialer: Dialer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialer = dialer
        self.level = "off"
        self.quick_dial = QuickDial(dialer)
        self.icon = QSystemTrayIcon(icon("tray-off"), self)
        menu = QMenu()
        self.show_action = QAction(self.tr("Show Agent Desk"), menu)
        self.show_action.triggered.connect(self.showRequested)
        self.dial_action = QAction(icon("call"), self.tr("Quick dial…"), menu)
        self.dial_action.triggered.connect(self.quick_dial.popup)
        self.clipboard_action = QAction(self.tr("Call the copied number"), menu)
        self.clipboard_action.triggered.connect(self.clipboardDialRequested)
        self.sign_out_action = QAction(self.tr("Sign out"), menu)
        self.sign_out_action.triggered.connect(self.signOutRequested)
        quit_action = QAction(self.tr("Quit"), menu)
        quit_action.triggered.connect(self.quitRequested)
        for action in (self.show_action, self.dial_action, self.clipboard_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.sign_out_action)
        menu.addAction(quit_action)
        self._menu = menu
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._activated)
        session.changed.connect(self.refresh)
        dialer.changed.connect(self.refresh)
        self.refresh()

    @property
    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        if self.available:
            self.icon.show()

    def refresh(self) -> None:
        self.level = overall_level(self.session)
        self.icon.setIcon(icon(f"tray-{self.level}"))
        lines = [self.tr("Agent Desk")] + [i.text for i in indicators(self.session)]
        self.icon.setToolTip("\n".join(lines))
        can_dial = not self.dialer.unavailable_reason()
        self.dial_action.setEnabled(can_dial)
        self.clipboard_action.setEnabled(can_dial)
        self.sign_out_action.setEnabled(self.session.signed_in)

    def notify(self, title: str, text: str) -> None:
        if self.icon.isVisible() and self.icon.supportsMessages():
            self.icon.showMessage(title, text, icon("agent-desk"), 6000)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.showRequested.emit()
