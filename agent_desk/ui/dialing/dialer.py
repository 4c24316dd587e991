"""Click-to-call for every place the GUI dials from (dial pad, pop, clipboard, tel: links, tray).

One call at a time. The request runs as an asyncio task, so the window stays live while a
synchronous click-to-call waits for the agent's phone to be picked up. **Cancel only stops
waiting**: the request is left to finish on its own (its outcome becomes a notice) and is
never sent again — a second request would ring the customer twice.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from agent_desk import errors
from agent_desk.errors import AgentDeskError
from agent_desk.phone import InvalidNumber, dial_string, display
from agent_desk.ui.common.messages import dial_error_text, error_text, fill, invalid_number_text
from agent_desk.ui.support.tasks import TaskSet
from agent_desk.ui.window.session import Session

if TYPE_CHECKING:
    from agent_desk.models import DialResult


class DialPhase(enum.StrEnum):
    """Where the current click-to-call is (the values are the strings logs have always shown)."""

    IDLE = "idle"
    RINGING = "ringing"  # a sync call waits for the agent's phone to be picked up
    PLACING = "placing"  # an async call is being sent
    DONE = "done"
    FAILED = "failed"
    ABANDONED = "abandoned"  # the agent stopped waiting; the request was not withdrawn


class Dialer(QObject):
    """State of the current click-to-call; views render :attr:`phase` and :attr:`text`."""

    changed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.phase = DialPhase.IDLE
        self.text = ""
        self.number = ""
        self.result: DialResult | None = None
        self._attempt = 0  # bumped by cancel(): an older attempt's outcome is only a notice
        self._tasks = TaskSet()
        session.changed.connect(self._on_session_changed)

    # ------------------------------------------------------------------ what is possible
    def mode(self) -> str | None:
        """The profile's click-to-call mode, or the other one when only that exists; None: neither."""
        provider, profile = self.session.provider, self.session.profile
        if provider is None or profile is None:
            return None
        from agent_desk.models import dial_mode  # not at import: the first window does without it

        return dial_mode(profile.click_to_call, provider.capabilities)

    def unavailable_reason(self) -> str:
        """Why calls cannot be placed now ('' when they can): for tooltips and inline messages."""
        if not self.session.signed_in:
            return self.tr("Sign in to place calls.")
        if self.mode() is None:
            provider = self.session.provider
            return fill(
                self.tr("%1 has no click-to-call API, so calls are placed from your phone."),
                provider.title if provider else "",
            )
        return ""

    @property
    def waiting(self) -> bool:
        return self.phase in (DialPhase.RINGING, DialPhase.PLACING)

    # ------------------------------------------------------------------ actions
    def dial(self, text: str, customer_id: str | None = None) -> str | None:
        """Start calling what was typed or clicked; returns a sentence when it cannot start.

        ``customer_id``: the PBX's id of the customer called (a pop's or a CDR's), sent where the
        provider's click-to-call takes it, so the PBX attributes the call."""
        reason = self.unavailable_reason()
        if reason:
            return reason
        if self.waiting:
            return self.tr("A call is already being placed: wait for it or stop waiting first.")
        try:
            number = dial_string(text)
        except InvalidNumber as exc:
            return invalid_number_text(exc)
        mode = self.mode()
        assert mode is not None and self.session.provider is not None
        self._attempt += 1
        self.number, self.result = number, None
        if mode == "sync":
            self._set(DialPhase.RINGING, fill(self.tr("Ringing your phone… pick it up to call %1."), display(number)))
        else:
            self._set(DialPhase.PLACING, fill(self.tr("Placing the call to %1…"), display(number)))
        self._tasks.spawn(
            self._place(self.session.provider, number, mode, self._attempt, customer_id or None),
            on_error=lambda exc: self._set(DialPhase.FAILED, error_text(exc)),
        )
        return None

    def cancel(self) -> None:
        """Stop waiting for a synchronous call (the request is not withdrawn, nor ever resent)."""
        if not self.waiting:
            return
        self._attempt += 1
        self._set(
            DialPhase.ABANDONED,
            fill(
                self.tr("Stopped waiting. The call to %1 may still ring your phone; it will not be placed again."),
                display(self.number),
            ),
        )

    async def _place(self, provider, number: str, mode: str, attempt: int, customer_id: str | None) -> None:
        try:
            result = await provider.dial(number, mode=mode, customer_id=customer_id)
        except AgentDeskError as exc:
            if attempt == self._attempt:
                self._set(DialPhase.FAILED, dial_error_text(exc))
            else:
                self.session.notice.emit(
                    fill(
                        self.tr("The call to %1 you stopped waiting for failed: %2"),
                        display(number),
                        dial_error_text(exc),
                    )
                )
            if isinstance(exc, errors.NotRegistered):  # show the fresh registration state
                await self.session.refresh_status()
            return
        if attempt != self._attempt:
            self.session.notice.emit(
                fill(self.tr("The call to %1 you stopped waiting for went through."), display(number))
            )
            return
        self.result = result
        if mode == "sync":
            text = fill(self.tr("Your phone picked up: calling %1."), display(number))
        else:  # the PBX's call id means nothing to a person: the number says which call
            text = fill(self.tr("Call to %1 placed: your phone will ring."), display(number))
        self._set(DialPhase.DONE, text)

    def _set(self, phase: DialPhase, text: str) -> None:
        self.phase, self.text = phase, text
        self.changed.emit()

    def _on_session_changed(self) -> None:
        if not self.session.signed_in and self.phase != DialPhase.IDLE:
            self._attempt += 1
            self._tasks.cancel()
            self._set(DialPhase.IDLE, "")
        else:
            self.changed.emit()  # availability may have changed
