"""The tray icon (its colour is the session's overall state), its menu, and quick dial.

Colours: grey signed out, green all well, amber signing in / events reconnecting, red softphone
not registered or events stopped; a red disc counts the missed calls waiting. The menu shows
the window, opens a small quick-dial box, calls the number on the clipboard, signs out, and
quits. Where the desktop has no tray (some Linux sessions, Xvfb), :attr:`Tray.available` is False
and closing the window quits instead of hiding.

The tray comes up on the turn after the sign-in window (``Desk._bring_up_rest``); the quick-dial
box is built when it first opens.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCursor, QGuiApplication, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QSystemTrayIcon, QVBoxLayout, QWidget

from agent_desk.ui.common.messages import fill
from agent_desk.ui.common.paths import icon
from agent_desk.ui.common.plain import plain_labels
from agent_desk.ui.common.status import colour, indicators, overall_level
from agent_desk.ui.dialing.dialer import Dialer
from agent_desk.ui.window.session import Session

WIDTH = 340


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
        self.setFixedWidth(WIDTH)  # a long message wraps instead of widening the box
        plain_labels(self)  # texts from the PBX or a customer record are never HTML

    def popup(self) -> None:
        self.error.hide()
        self.number.clear()
        self._place(QCursor.pos())
        self.show()
        self.raise_()
        self.activateWindow()
        self.number.setFocus()

    def call(self) -> None:
        problem = self.dialer.dial(self.number.text())
        self.error.setText(problem or "")
        self.error.setStyleSheet(f"color: {colour('error')}")
        self.error.setVisible(bool(problem))
        if problem:
            self._place(self.pos())  # it grew with the message: keep it all on the screen
        else:
            self.hide()

    def _place(self, near: QPoint) -> None:
        """At ``near``, moved in so that the whole box is on that screen."""
        self.adjustSize()
        screen = QGuiApplication.screenAt(near) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        frame = self.frameGeometry()  # the window manager's frame counts too, once it has one
        x = max(area.left(), min(near.x(), area.right() + 1 - frame.width()))
        y = max(area.top(), min(near.y(), area.bottom() + 1 - frame.height()))
        self.move(x, y)


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
        self._quick_dial: QuickDial | None = None  # built when first opened
        self.missed = 0  # missed calls not handled yet (the icon's badge)
        self.icon = QSystemTrayIcon(icon("tray-off"), self)
        menu = QMenu()
        self.show_action = QAction(self.tr("Show Agent Desk"), menu)
        self.show_action.triggered.connect(self.showRequested)
        self.dial_action = QAction(icon("call"), self.tr("Quick dial…"), menu)
        self.dial_action.triggered.connect(lambda: self.quick_dial.popup())
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
    def quick_dial(self) -> QuickDial:
        """The quick-dial box (built on first use)."""
        if self._quick_dial is None:
            self._quick_dial = QuickDial(self.dialer)
        return self._quick_dial

    def close_quick_dial(self) -> None:
        if self._quick_dial is not None:
            self._quick_dial.close()

    @property
    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        if self.available:
            self.icon.show()

    def set_missed(self, count: int) -> None:
        """Show how many missed calls wait (a badge on the icon and a line in its tooltip)."""
        self.missed = count
        self.refresh()

    def refresh(self) -> None:
        self.level = overall_level(self.session)
        self.icon.setIcon(badged(icon(f"tray-{self.level}"), self.missed))
        lines = [self.tr("Agent Desk")] + [i.text for i in indicators(self.session)]
        if self.missed:
            lines.append(fill(self.tr("Missed calls waiting: %1"), self.missed))
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


def badged(base: QIcon, count: int) -> QIcon:
    """``base`` with ``count`` in a red disc at its top right (``base`` itself for 0)."""
    if count <= 0:
        return base
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QFont, QPainter

    size = 64
    pixmap = base.pixmap(size, size)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = QRectF(size * 0.42, 0, size * 0.58, size * 0.58)
    painter.setBrush(QColor("#d32f2f"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(disc)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * (0.36 if count < 10 else 0.28)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
    painter.end()
    return QIcon(pixmap)
