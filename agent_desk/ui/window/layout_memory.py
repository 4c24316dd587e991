"""What the window looked like last time: size, position, maximised, the tab, the splitters.

:class:`LayoutMemory` saves the main window's geometry (Qt's ``saveGeometry``: size, position and
maximised state, put back on the screen it fits), the current tab, and the state of every
splitter in the window (keyed by the view that holds it and its place there) in ``ui.ini``. It
puts them back once the window is up; splitters of views built later (the Journal on its first
showing, the Supervisor tab) get theirs when they appear.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

from agent_desk.ui.settings.preferences import UiSettings


def splitter_key(splitter: QSplitter, window: QMainWindow) -> str:
    """``JournalView/0``: the class of the tab's view that holds the splitter, and its index there."""
    name = _owner_name(splitter)
    siblings = [s for s in window.findChildren(QSplitter) if _owner_name(s) == name]
    return f"{name}/{siblings.index(splitter)}"


def _owner_name(splitter: QSplitter) -> str:
    owner = splitter.parentWidget()
    while owner is not None:
        parent = owner.parentWidget()
        if parent is None or isinstance(parent.parentWidget(), QTabWidget):  # a tab's page
            return type(owner).__name__
        owner = parent
    return "window"


class LayoutMemory(QObject):
    """See the module doc."""

    def __init__(self, window: QMainWindow, tabs: QTabWidget, settings: UiSettings) -> None:
        super().__init__(window)
        self.window = window
        self.tabs = tabs
        self.settings = settings
        self._restored: set[int] = set()  # splitters already given their saved state (by id)
        tabs.currentChanged.connect(lambda _i: self.restore_splitters())

    def restore_geometry(self) -> None:
        """The saved size, position and maximised state (before the window is first shown)."""
        geometry = self.settings.layout_value("window/geometry")
        if geometry:
            self.window.restoreGeometry(QByteArray(geometry))

    def restore_views(self) -> None:
        """The saved tab, and the splitters there are now (once the tabs are in)."""
        tab = (self.settings.layout_value("window/tab") or b"").decode()
        if tab.isdigit() and int(tab) < self.tabs.count():
            self.tabs.setCurrentIndex(int(tab))
        self.restore_splitters()

    def restore_splitters(self) -> None:
        for splitter in self.window.findChildren(QSplitter):
            if id(splitter) in self._restored:
                continue
            self._restored.add(id(splitter))
            state = self.settings.layout_value("splitters/" + splitter_key(splitter, self.window))
            if state:
                splitter.restoreState(QByteArray(state))

    def save(self) -> None:
        """Remember how the window looks now."""
        self.settings.set_layout_value("window/geometry", bytes(self.window.saveGeometry().data()))
        self.settings.set_layout_value("window/tab", str(self.tabs.currentIndex()).encode())
        for splitter in self.window.findChildren(QSplitter):
            key = "splitters/" + splitter_key(splitter, self.window)
            self.settings.set_layout_value(key, bytes(splitter.saveState().data()))
        self.settings.sync()
