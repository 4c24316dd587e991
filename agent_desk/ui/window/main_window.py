"""The main window: tabs (Phone now; history, journal, settings and the supervisor console plug
in through :meth:`MainWindow.add_view`), a banner for things that need reading, menus, and the
session's status bar.

The window asks the desk to act through signals; it holds no network code. Closing it hides it
to the tray when the desktop has one (the app keeps listening for calls), else it quits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agent_desk.ui.common.plain import plain_labels
from agent_desk.ui.common.status import SessionStatusBar, colour, dark_palette
from agent_desk.ui.dialing.call_log import CallLog
from agent_desk.ui.dialing.dial_pad import DialPad
from agent_desk.ui.dialing.dialer import Dialer
from agent_desk.ui.settings.preferences import UiSettings
from agent_desk.ui.window.session import Session

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent

_BANNER_BACKGROUND = {"warn": "#fff4e0", "error": "#fdecea", "ok": "#e8f5e9", "off": "#f0f0f0"}
_DARK_BANNER_BACKGROUND = {"warn": "#3a2c10", "error": "#3d1b1b", "ok": "#1b3320", "off": "#333333"}


class Banner(QFrame):
    """A dismissible sentence across the top of the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        self.level = "warn"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0)
        self.hide()
        plain_labels(self)  # texts from the PBX or a customer record are never HTML

    def show_text(self, text: str, level: str = "warn") -> None:
        from PySide6.QtCore import Qt  # see agent_desk.ui: not at import time

        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setText(text)
        self.level = level
        self.restyle()
        self.show()

    def restyle(self) -> None:
        """Colours for the current palette (light or dark) and level."""
        dark = dark_palette()
        background = (_DARK_BANNER_BACKGROUND if dark else _BANNER_BACKGROUND)[self.level]
        self.setStyleSheet(
            f"#banner {{ background: {background}; border-bottom: 2px solid {colour(self.level)}; }} "
            f"#banner QLabel {{ color: {'#f0f0f0' if dark else '#202020'}; }}"
        )


class MainWindow(QMainWindow):
    """See the module doc. ``closeToTray`` decides what the close button does."""

    switchProfileRequested = Signal()
    signOutRequested = Signal()
    quitRequested = Signal()
    languageChosen = Signal(str)
    settingsRequested = Signal()
    historySearchRequested = Signal()
    popActionRequested = Signal(str)  # a key of agent_desk.ui.window.shortcuts.POP_KEYS, for the newest pop
    hiddenToTray = Signal()  # the close button hid the window; the app keeps listening

    def __init__(self, session: Session, dialer: Dialer, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.close_to_tray = False
        self.shortcuts_dialog: QWidget | None = None
        self.setWindowTitle(self.tr("Agent Desk"))
        self.resize(760, 520)

        self.banner = Banner(self)
        phone = QWidget(self)  # first: the dial pad and the call list are made in it, not moved there (~1.8 ms)
        self.dial_pad = DialPad(dialer, phone)
        self.call_log = CallLog(session, dialer, phone)
        columns = QHBoxLayout(phone)
        columns.addWidget(self.dial_pad, 2)
        self._calls_column = QVBoxLayout()
        self._calls_column.addWidget(self.call_log, 1)
        columns.addLayout(self._calls_column, 3)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(phone, self.tr("Phone"))
        self.dial_pad.apply_style()  # in its place now (see DialPad.apply_style)

        central = QWidget(self)
        layout = self._central_layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.status = SessionStatusBar(session, self)
        self.setStatusBar(self.status)
        self.actions_added = False  # the menus' actions come with add_actions()
        self._build_menus()
        session.changed.connect(self._session_changed)
        self._session_changed()

    def complete(self) -> None:
        """The icons, once the window is up: loading Qt's SVG engine takes ~50 ms, not needed to paint."""
        from agent_desk.ui.common.paths import icon

        self.setWindowIcon(icon("agent-desk"))
        self.dial_pad.apply_icons()

    def add_actions(self) -> None:
        """The menus' actions (once; the desk adds them on the turn after the sign-in window, before the
        shortcuts: a closed menu shows none of them, and they cost ~2.5 ms, with PySide6's QAction type)."""
        if self.actions_added:
            return
        self.actions_added = True
        from PySide6.QtGui import QAction, QActionGroup

        from agent_desk.ui.common.paths import icon

        account = self.account_menu
        self.switch_action = account.addAction(self.tr("Sign in or switch profile…"))
        self.switch_action.triggered.connect(self.switchProfileRequested)
        self.sign_out_action = account.addAction(self.tr("Sign out"))
        self.sign_out_action.triggered.connect(self.signOutRequested)
        account.addSeparator()
        quit_action = self.quit_action = account.addAction(self.tr("Quit"))
        quit_action.triggered.connect(self.quitRequested)

        calls = self.calls_menu
        dial = self.dial_action = calls.addAction(self.tr("Dial a number"))
        dial.setIcon(icon("call"))
        dial.triggered.connect(self.focus_dial_pad)
        clipboard = self.clipboard_action = calls.addAction(self.tr("Call the copied number"))
        clipboard.triggered.connect(self.dial_pad.call_clipboard)
        search = self.history_search_action = calls.addAction(self.tr("Search the call history"))
        search.triggered.connect(self.historySearchRequested)
        calls.addSeparator()
        self.pop_actions: dict[str, QAction] = {}
        for name, text in (
            ("copy", self.tr("Copy the caller's number")),
            ("crm", self.tr("Open the caller in the CRM")),
            ("note", self.tr("Write a note for the call")),
            ("dismiss", self.tr("Dismiss the screen-pop")),
        ):
            action = self.pop_actions[name] = calls.addAction(text)
            action.triggered.connect(lambda _=False, n=name: self.popActionRequested.emit(n))

        options = self.options_menu
        self.settings_action = options.addAction(self.tr("Settings…"))
        self.settings_action.triggered.connect(self.settingsRequested)
        options.addSeparator()
        self.option_actions = {
            "auto_open_crm": self._toggle(options, self.tr("Open the CRM when a call rings"), "auto_open_crm"),
            "pop_sound": self._toggle(options, self.tr("Ring sound with screen-pops"), "pop_sound"),
            "notify": self._toggle(options, self.tr("Desktop notification with screen-pops"), "notify"),
        }
        language = options.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, text in (("system", self.tr("Follow the system")), ("vi", "Tiếng Việt"), ("en", "English")):
            action = self.language_actions[code] = QAction(text, group)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: self.languageChosen.emit(c))
            language.addAction(action)
        self.sync_options()

        self.shortcuts_action = self.help_menu.addAction(self.tr("Keyboard shortcuts"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self._session_changed()

    def add_shortcuts(self) -> None:
        """The keyboard shortcuts (the desk adds them on the turn after the sign-in window: setting one
        builds Qt's enum namespace, ~45 ms, see :mod:`agent_desk.ui`)."""
        from PySide6.QtGui import QKeySequence

        from agent_desk.ui.window.shortcuts import POP_KEYS

        keys: list[tuple[QAction, QKeySequence.StandardKey | str]] = [
            (self.switch_action, "Ctrl+Shift+P"),
            (self.quit_action, QKeySequence.StandardKey.Quit),
            (self.dial_action, "Ctrl+L"),
            (self.clipboard_action, "Ctrl+Shift+V"),
            (self.history_search_action, QKeySequence.StandardKey.Find),
            (self.settings_action, "Ctrl+,"),
            (self.shortcuts_action, "F1"),
            *((action, POP_KEYS[name]) for name, action in self.pop_actions.items()),
        ]
        for action, key in keys:
            action.setShortcut(QKeySequence(key))

    def add_view(self, widget: QWidget, title: str) -> int:
        """The seam for later views (history, journal, settings, supervisor console)."""
        return self.tabs.addTab(widget, title)

    def add_alert(self, alert: QWidget) -> None:
        """Put a persistent alert (the softphone watchdog's) at the very top, above the banner."""
        self._central_layout.insertWidget(0, alert)

    def add_call_card(self, card: QWidget) -> None:
        """Put the call card (the current call) above the session's call list in the Phone tab."""
        self._calls_column.insertWidget(0, card)

    def remove_view(self, widget: QWidget) -> None:
        """Take a view added by :meth:`add_view` off the tabs (the widget itself is kept)."""
        index = self.tabs.indexOf(widget)
        if index >= 0:
            self.tabs.removeTab(index)

    def focus_dial_pad(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.bring_to_front()
        self.dial_pad.number.setFocus()
        self.dial_pad.number.selectAll()

    def bring_to_front(self) -> None:
        self.show()
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        """The menu bar's menus, as the first frame shows them: their titles (:meth:`add_actions` fills them)."""
        bar = self.menuBar()
        self.account_menu = bar.addMenu(self.tr("&Account"))
        self.calls_menu = bar.addMenu(self.tr("&Calls"))
        self.options_menu = bar.addMenu(self.tr("&Options"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

    def sync_options(self) -> None:
        """Tick the Options menu as the settings say (after the Settings dialog saved them)."""
        if not self.actions_added:
            return
        for setting, action in self.option_actions.items():
            action.setChecked(getattr(self.settings, setting))
        self.language_actions[self.settings.language].setChecked(True)

    def show_shortcuts(self) -> QWidget:
        """Show the list of keyboard shortcuts (a fresh one: another view may have added keys)."""
        from agent_desk.ui.window.shortcuts_dialog import ShortcutsDialog

        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()
            self.shortcuts_dialog.deleteLater()
        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.show()
        return self.shortcuts_dialog

    def restyle(self) -> None:
        """Recolour what carries level colours, after a switch between light and dark."""
        for widget in self.findChildren(QWidget):  # a styled widget keeps the palette it was polished with
            if sheet := widget.styleSheet():
                widget.setStyleSheet("")
                widget.setStyleSheet(sheet)
        self.status.refresh()
        self.dial_pad.refresh()
        if self.banner.isVisible():
            self.banner.restyle()

    def _toggle(self, menu: QMenu, text: str, setting: str) -> QAction:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(getattr(self.settings, setting))
        action.toggled.connect(lambda on: setattr(self.settings, setting, on))
        return action

    def _session_changed(self) -> None:
        if self.actions_added:
            self.sign_out_action.setEnabled(self.session.signed_in)
        profile = self.session.profile
        # Qt appends the application's display name ("Agent Desk") to a title that does not end with it
        title = f"{profile.name} — Agent Desk" if profile and self.session.signed_in else self.tr("Agent Desk")
        self.setWindowTitle(title)

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.close_to_tray:
            event.ignore()
            self.hide()
            self.hiddenToTray.emit()
            return
        event.ignore()
        self.quitRequested.emit()
