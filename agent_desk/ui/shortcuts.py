"""Keyboard shortcuts: the keys of the screen-pop actions, and the *Keyboard shortcuts* list.

The pop actions (copy the number, open the CRM, write a note, dismiss) work from the main window
on the newest pop — a pop never takes the keyboard focus, so the agent's keys reach it through
the window — and inside a pop once it has the focus (while writing a note). Both use
:data:`POP_KEYS`. :func:`window_shortcuts` reads every shortcut the window really has (its
actions and ``QShortcut`` objects), so the list cannot drift from the keys.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

#: pop action → key sequence (portable text form)
POP_KEYS = {"copy": "Ctrl+Shift+C", "crm": "Ctrl+Shift+O", "note": "Ctrl+Shift+N", "dismiss": "Ctrl+Shift+D"}


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for every action and QShortcut of ``window`` that has keys, in menu order."""
    found: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        keys = action.shortcut()
        if not keys.isEmpty() and action.text():
            found.append((action.text().replace("&", ""), keys.toString(QKeySequence.SequenceFormat.NativeText)))
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.key().isEmpty() and shortcut.whatsThis():
            found.append((shortcut.whatsThis(), shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)))
    unique = dict.fromkeys(found)
    return list(unique)


class ShortcutsDialog(QDialog):
    """The list of the window's shortcuts (Help → Keyboard shortcuts)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts — Agent Desk"))
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for text, keys in window_shortcuts(window):
            self.table.addTopLevelItem(QTreeWidgetItem([text, keys]))
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        close = QPushButton(self.tr("Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.resize(460, 380)
