"""Every label shows its text as typed: PBX and customer data is never read as HTML.

A QLabel's default text format guesses rich text from the text itself, so a caller id such as
``<h1><font color=red>POLICE</font></h1>`` would render as a red headline. :func:`plain_labels`
sets every label under a widget to plain text; each window and pop calls it once it is built,
and :func:`plain_label` makes one label added later.

The format is set through the ``textFormat`` property with ``Qt::PlainText``'s value, not with
``Qt.TextFormat.PlainText``: PySide6 builds every enum of the ``Qt`` namespace on its first use
(~45 ms on the 2-core test machine), and the main window, the first thing the agent sees, needs
no other (see :mod:`agent_desk.ui`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

PLAIN_TEXT = 0  # Qt::PlainText (Qt.TextFormat.PlainText), fixed by Qt's ABI


def set_plain(label: QLabel) -> None:
    """Show ``label``'s text as typed (``label.setTextFormat(Qt.TextFormat.PlainText)``)."""
    label.setProperty("textFormat", PLAIN_TEXT)


def plain_labels(widget: QWidget) -> None:
    """Set ``widget``'s labels (and ``widget`` itself if it is one) to plain text."""
    labels = widget.findChildren(QLabel)
    if isinstance(widget, QLabel):
        labels.append(widget)
    for label in labels:
        set_plain(label)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A new label that shows ``text`` as plain text."""
    label = QLabel(text, parent)
    set_plain(label)
    return label
