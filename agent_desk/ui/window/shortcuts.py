"""Keyboard shortcuts: the keys of the screen-pop actions, and what the *Keyboard shortcuts* list
shows (the dialog is :mod:`agent_desk.ui.window.shortcuts_dialog`).

The pop actions (copy the number, open the CRM, write a note, dismiss) work from the main window
on the newest pop — a pop never takes the keyboard focus, so the agent's keys reach it through
the window — and inside a pop once it has the focus (while writing a note). Both use
:data:`POP_KEYS`. :func:`window_shortcuts` reads every shortcut the window really has (its
actions and ``QShortcut`` objects), so the list cannot drift from the keys.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

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
