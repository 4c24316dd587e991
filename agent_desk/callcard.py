"""The call card's model: the agent's own calls, inbound and outbound, as a person follows them.

:class:`CallCards` is fed the session's call events for the agent's extension (``mine``) and keeps
one :class:`CallCard` per call — a click-to-call included, which has no screen-pop — with its
number, customer, direction, state and a timer that runs from the answer. Qt-free, with an
injectable monotonic clock; the view (:mod:`agent_desk.ui.callcard`) only renders it.

States: ``ringing`` → ``answered`` → ``ended``, or ``missed`` (an inbound call that was not
answered; a ``missed`` event makes it so at once). A card is found by its call id or by the flow
id its events share. :meth:`CallCards.current` is the card to show: the newest call still ringing
or on, else the newest that ended, until it is cleared.
"""

from __future__ import annotations

import collections
import dataclasses
import time
from collections.abc import Callable

from agent_desk.models import CallEvent

RINGING, ANSWERED, ENDED, MISSED = "ringing", "answered", "ended", "missed"
LIVE = (RINGING, ANSWERED)
MAX_CARDS = 50


def outside_number(event: CallEvent) -> str:
    """The other party's number of one of the agent's events (the customer, or a colleague)."""
    if event.customer:
        return event.customer
    return (event.caller if event.direction != "outbound" else event.callee) or ""


@dataclasses.dataclass(slots=True)
class CallCard:
    """One call of the agent's. ``call_id`` is the id of the agent's leg: the one to transfer."""

    call_id: str
    direction: str
    phone: str
    started: float  # monotonic
    state: str = RINGING
    flow_id: str | None = None
    customer: str | None = None
    customer_id: str | None = None
    queue: str | None = None
    answered: float | None = None  # monotonic
    ended: float | None = None  # monotonic
    duration: int | None = None  # the PBX's, when it gives one

    @property
    def live(self) -> bool:
        return self.state in LIVE

    def talk_seconds(self, now: float) -> int | None:
        """Seconds since the answer (until the end); None before an answer."""
        if self.answered is None:
            return None
        if self.state == ENDED and self.duration is not None:
            return self.duration
        return int(max(0.0, (self.ended or now) - self.answered))


class CallCards:
    """See the module doc."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.cards: collections.OrderedDict[str, CallCard] = collections.OrderedDict()  # oldest first
        self._ids: dict[str, str] = {}  # call id or flow id → card key
        self.cleared: str | None = None  # the ended card the agent put away

    def find(self, event: CallEvent) -> CallCard | None:
        for known in (event.call_id, event.flow_id):
            if known and (key := self._ids.get(known)) is not None:
                return self.cards.get(key)
        return None

    def feed(self, event: CallEvent) -> CallCard | None:
        """Take one of the agent's events; the card it changed (None: nothing to show for it)."""
        card = self.find(event)
        now = self.clock()
        if card is None:
            if event.state not in ("ringing", "answered"):
                return None
            card = CallCard(
                call_id=event.call_id,
                direction=event.direction,
                phone=outside_number(event),
                started=now,
                flow_id=event.flow_id,
                queue=event.queue,
            )
            self.cards[event.call_id] = card
            while len(self.cards) > MAX_CARDS:
                self._forget(next(iter(self.cards)))
        for known in (event.call_id, event.flow_id):
            if known:
                self._ids[known] = card.call_id
        card.phone = card.phone or outside_number(event)
        card.queue = card.queue or event.queue
        if event.state == "answered" and card.state == RINGING:
            card.state, card.answered = ANSWERED, now
        elif event.state == "hangup" and card.live:
            card.state = ENDED if card.state == ANSWERED or card.direction == "outbound" else MISSED
            card.ended = now
            card.duration = event.duration if card.answered is not None else None
        elif event.state == "missed" and card.state != ANSWERED and card.answered is None:
            card.state, card.ended = MISSED, card.ended or now
        return card

    def set_customer(self, call_id: str, name: str | None, customer_id: str | None = None) -> CallCard | None:
        card = self.cards.get(self._ids.get(call_id, call_id))
        if card is not None:
            card.customer = name or card.customer
            card.customer_id = customer_id or card.customer_id
        return card

    def current(self) -> CallCard | None:
        """The newest live call, else the newest ended one not cleared."""
        cards = list(self.cards.values())
        live = [c for c in cards if c.live]
        if live:
            return live[-1]
        if cards and cards[-1].call_id != self.cleared:
            return cards[-1]
        return None

    def clear(self) -> None:
        """Put the newest ended card away (the agent is done with it)."""
        card = self.current()
        if card is not None and not card.live:
            self.cleared = card.call_id

    def reset(self) -> None:
        """Forget every call (sign-out, another profile)."""
        self.cards.clear()
        self._ids.clear()
        self.cleared = None

    def _forget(self, key: str) -> None:
        self.cards.pop(key, None)
        self._ids = {known: k for known, k in self._ids.items() if k != key}
