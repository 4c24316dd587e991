"""Help → Keyboard shortcuts: every shortcut the window has (see :func:`window_shortcuts`)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from agent_desk.ui.window.shortcuts import window_shortcuts


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
