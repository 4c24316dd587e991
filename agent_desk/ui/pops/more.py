"""The "N more calls" pop: the collapsed screen-pops, one button each, at the bottom of the stack.

A click on a call's button brings its pop back into the stack (as the newest); the pop it
displaces collapses instead. Calls that got no pop at all (the manager's ``POP_LIMIT`` reached) are
counted in the title, without a button. Frameless, on top, never takes the focus, out of the taskbar, like
the pops.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from agent_desk.phone import display
from agent_desk.ui.common.messages import fill

MAX_LISTED = 4
_FLAGS = (
    Qt.WindowType.Tool
    | Qt.WindowType.WindowStaysOnTopHint
    | Qt.WindowType.FramelessWindowHint
    | Qt.WindowType.WindowDoesNotAcceptFocus
)


class MorePop(QFrame):
    """See the module doc. ``chosen(call_id)`` when the agent asks to see a collapsed call."""

    chosen = Signal(str)

    def __init__(self, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, _FLAGS)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("morePops")
        self.setFixedWidth(width)
        self.setStyleSheet("#morePops { background: palette(base); border: 1px solid palette(mid); }")
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 8)
        self._layout.addWidget(self.title)
        self.buttons: list[QPushButton] = []
        self._listed = 0

    def set_calls(self, calls: list[tuple[str, str, str]], unlisted: int = 0) -> None:
        """``(call id, number, state text)`` of the collapsed pops, newest first, and how many more
        calls have no pop to show."""
        self._listed = len(calls)
        self.set_unlisted(unlisted)
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        for call_id, phone, state in calls[:MAX_LISTED]:
            button = QPushButton(f"{display(phone) or '?'} · {state}", self)
            button.setFlat(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(self.tr("Show this call's screen-pop"))
            button.setStyleSheet("text-align: left")
            button.clicked.connect(lambda _=False, c=call_id: self.chosen.emit(c))
            self._layout.addWidget(button)
            button.show()  # a child made after its window was shown stays hidden otherwise
            self.buttons.append(button)
        self.adjustSize()

    def set_unlisted(self, count: int) -> None:
        """How many ringing calls have no pop at all: they count in the title."""
        total = self._listed + count
        self.title.setText(self.tr("1 more call") if total == 1 else fill(self.tr("%1 more calls"), total))
