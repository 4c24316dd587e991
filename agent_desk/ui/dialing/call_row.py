"""One call's line in the session's call list (:mod:`agent_desk.ui.dialing.call_log`), made with the first
call: building the dataclass costs ~1 ms that the window's first frame does not need."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from agent_desk.phone import display
from agent_desk.ui.common.outcome import outcome_word
from agent_desk.ui.dialing.call_log import clock_text, direction_arrow, state_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidgetItem


@dataclasses.dataclass(slots=True)
class CallRow:
    """One call of the session in the list: its item and what its text is made of."""

    item: QListWidgetItem
    when: str
    direction: str
    phone: str = ""
    state: str = "ringing"
    name: str = ""
    duration: int | None = None
    outcome: str | None = None

    def text(self) -> str:
        parts = [f"{self.when}  {direction_arrow(self.direction)}  {display(self.phone) or '?'}"]
        if self.name:
            parts.append(self.name)
        if self.outcome:
            status = outcome_word(self.outcome)
            if self.outcome == "answered" and self.duration:
                status += f" {clock_text(self.duration)}"
        else:
            status = state_text(self.state)
        parts.append(status)
        return "  ·  ".join(parts)
