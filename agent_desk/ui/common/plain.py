"""Every label shows its text as typed: PBX and customer data is never read as HTML.

A QLabel's default text format guesses rich text from the text itself, so a caller id such as
``<h1><font color=red>POLICE</font></h1>`` would render as a red headline. :func:`plain_labels`
sets every label under a widget to plain text; each window and pop calls it once it is built,
and :func:`plain_label` makes one label added later.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_labels(widget: QWidget) -> None:
    """Set ``widget``'s labels (and ``widget`` itself if it is one) to plain text."""
    labels = widget.findChildren(QLabel)
    if isinstance(widget, QLabel):
        labels.append(widget)
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A new label that shows ``text`` as plain text."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
