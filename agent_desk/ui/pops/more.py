"""The "N more calls" pop: the collapsed screen-pops, one button each, at the bottom of the stack.

A click on a call's button brings its pop back into the stack (as the newest); the pop it
displaces collapses instead. Calls that got no pop at all (the manager's ``POP_LIMIT`` reached) are
counted in the title, without a button. Frameless, on top, never takes the focus, out of the taskbar, like
the pops.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from agent_desk.ui.common.messages import fill

MAX_LISTED = 4
_FLAGS = (
    Qt.WindowType.Tool
    | Qt.WindowType.WindowStaysOnTopHint
    | Qt.WindowType.FramelessWindowHint
    | Qt.WindowType.WindowDoesNotAcceptFocus
)


class MorePop(QFrame):
    """See the module doc. ``chosen(call_id)`` when the agent asks to see a collapsed call.

    Its buttons are made once (at most :data:`MAX_LISTED`) and styled by the pop's one style sheet;
    :meth:`set_calls` only changes their texts and which are shown, and does nothing when the list is
    the same (the manager calls it on every placement of the pops)."""

    chosen = Signal(str)

    def __init__(self, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, _FLAGS)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("morePops")
        self.setFixedWidth(width)
        self.setStyleSheet(
            "#morePops { background: palette(base); border: 1px solid palette(mid); }"
            " #morePopsTitle { font-weight: bold; } QPushButton { text-align: left; }"
        )
        self.title = QLabel(self)
        self.title.setObjectName("morePopsTitle")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 8)
        self._layout.addWidget(self.title)
        self.buttons: list[QPushButton] = []  # the shown ones
        self._made: list[QPushButton] = []  # every button made, shown or not
        self._calls: list[tuple[str, str, str]] = []  # what the buttons show
        self._listed = 0

    def set_calls(self, calls: list[tuple[str, str, str]], unlisted: int = 0) -> None:
        """``(call id, number as shown, state text)`` of the collapsed pops, newest first ('' for a
        number: unknown), and how many more calls have no pop to show."""
        self._listed = len(calls)
        self.set_unlisted(unlisted)
        calls = calls[:MAX_LISTED]
        if calls == self._calls:
            return
        self._calls = calls
        while len(self._made) < len(calls):
            button = QPushButton(self)
            button.setFlat(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(self.tr("Show this call's screen-pop"))
            index = len(self._made)
            button.clicked.connect(lambda _=False, i=index: self.chosen.emit(self._calls[i][0]))
            self._layout.addWidget(button)
            self._made.append(button)
        for index, button in enumerate(self._made):
            if index < len(calls):
                _call_id, number, state = calls[index]
                button.setText(f"{number or '?'} · {state}")
            button.setVisible(index < len(calls))  # a child made after its window was shown stays hidden otherwise
        self.buttons = self._made[: len(calls)]
        self.adjustSize()

    def set_unlisted(self, count: int) -> None:
        """How many ringing calls have no pop at all: they count in the title."""
        total = self._listed + count
        self.title.setText(self.tr("1 more call") if total == 1 else fill(self.tr("%1 more calls"), total))
