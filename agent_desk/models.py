"""Provider-neutral values that providers return and the CLI and GUI display.

Every provider maps its own response shape onto these. Fields a provider does not give are
``None`` (never a made-up value). ``raw`` keeps the provider's original record for display of
details the neutral shape does not cover.

``LiveCall`` and ``AgentState``, the records a supervisor's console polls by the thousand, are
defined in :mod:`agent_desk.live` (untracked by the garbage collector) and imported from there on
the first use of either name here: the agent's start-up, which uses neither, does not import msgspec.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agent_desk.live import AgentState as AgentState
    from agent_desk.live import LiveCall as LiveCall

_LIVE = ("LiveCall", "AgentState")  # defined in agent_desk.live, imported on first use (the module doc)


def __getattr__(name: str) -> Any:
    if name in _LIVE:
        from agent_desk import live

        value = globals()[name] = getattr(live, name)  # found directly from now on
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Capability(str, enum.Enum):
    """What a provider can do, according to its API document."""

    CLICK_TO_CALL_SYNC = "click_to_call_sync"
    CLICK_TO_CALL_ASYNC = "click_to_call_async"
    LIVE_CALLS = "live_calls"
    LISTEN = "listen"
    WHISPER = "whisper"
    BARGE = "barge"
    TRANSFER = "transfer"
    SOFTPHONE_STATUS = "softphone_status"
    AGENT_STATES = "agent_states"
    QUEUE_STATS = "queue_stats"
    HISTORY = "history"
    RECORDINGS = "recordings"
    CUSTOMERS = "customers"
    WEBHOOK_EVENTS = "webhook_events"
    WEBHOOK_REGISTRATION = "webhook_registration"
    WEBSOCKET_EVENTS = "websocket_events"
    CAMPAIGNS = "campaigns"  # outbound campaigns / dialler queues: create, start, stop, delete
    DNC = "do_not_call"  # a do-not-call list for campaign calls
    REPORTS = "reports"  # call reports from the PBX (elsewhere computed from the history)


class CallAction(str, enum.Enum):
    """Supervisor actions on a live call."""

    LISTEN = "listen"
    WHISPER = "whisper"
    BARGE = "barge"
    TRANSFER = "transfer"

    @property
    def capability(self) -> Capability:
        return Capability(self.value)


#: The click-to-call modes and the capability each needs, the profile's preferred one first in order of offer.
DIAL_MODE_CAPABILITIES = {"sync": Capability.CLICK_TO_CALL_SYNC, "async": Capability.CLICK_TO_CALL_ASYNC}


def dial_capability(mode: str) -> Capability:
    """The capability a click-to-call in ``mode`` (``"sync"`` or ``"async"``) needs."""
    return DIAL_MODE_CAPABILITIES[mode]


def dial_modes(capabilities: Collection[Capability]) -> tuple[str, ...]:
    """The click-to-call modes a provider offers, ``sync`` first (may be empty: no click-to-call at all)."""
    return tuple(mode for mode, capability in DIAL_MODE_CAPABILITIES.items() if capability in capabilities)


def dial_mode(preferred: str, capabilities: Collection[Capability]) -> str | None:
    """The mode to dial in: ``preferred`` (the profile's) when offered, else the other one; None: neither."""
    offered = dial_modes(capabilities)
    if preferred in offered:
        return preferred
    return offered[0] if offered else None


DIRECTIONS = ("inbound", "outbound", "internal", "unknown")
CDR_STATUSES = ("answered", "missed", "busy", "cancelled", "failed", "unknown")


def _jsonable(value: Any) -> Any:
    if isinstance(value, _Record):
        return value.to_json()
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


class _Record:
    """Mixin: ``to_json()`` gives a JSON-ready dict (ISO-8601 times, enum values)."""

    def to_json(self) -> dict[str, Any]:
        return {f.name: _jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]


@dataclasses.dataclass(slots=True)
class AccountStatus(_Record):
    """Result of logging in: who we are and whether the softphone is registered."""

    provider: str
    user: str | None
    extension: str | None
    logged_in: bool
    softphone_registered: bool | None = None  # None: the provider cannot tell
    level: str | None = None  # e.g. TEL4VN "admin"; a supervisor level unlocks the console
    agent_name: str | None = None
    detail: str | None = None


@dataclasses.dataclass(slots=True)
class DialResult(_Record):
    """Outcome of a click-to-call. ``call_id`` is None where the provider returns none."""

    mode: str  # "sync" | "async"
    number: str
    extension: str
    call_id: str | None = None
    message: str | None = None


@dataclasses.dataclass(slots=True)
class ActionResult(_Record):
    """Outcome of listen / whisper / barge / transfer."""

    action: CallAction
    call_id: str
    extension: str
    message: str | None = None


@dataclasses.dataclass(slots=True)
class CdrRecord(_Record):
    """One call detail record."""

    call_id: str
    direction: str  # one of DIRECTIONS
    caller: str | None
    callee: str | None
    extension: str | None
    status: str  # one of CDR_STATUSES
    started_at: dt.datetime | None = None
    answered_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    duration: int | None = None
    billsec: int | None = None
    recording: str | None = None  # a URL, or a provider's media name resolved by recording_url()
    customer_id: str | None = None
    queue: str | None = None
    raw: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @property
    def phone(self) -> str | None:
        """The customer's side of the call (the number that is not the agent's extension)."""
        if self.direction == "inbound":
            return self.caller
        if self.direction == "outbound":
            return self.callee
        return self.callee if self.caller == self.extension else self.caller


#: the PBXs' clock: every document gives times, and searches by day, in Vietnam time (UTC+7, no daylight saving)
PBX_TZ = dt.timezone(dt.timedelta(hours=7))


def pbx_today(now: dt.datetime | None = None) -> dt.date:
    """The PBX's calendar day at ``now`` (default: this moment): the day its searches and reports call
    today, which is not the desk's own date between 17:00 and 24:00 UTC on a machine set to UTC."""
    return (now or dt.datetime.now(PBX_TZ)).astimezone(PBX_TZ).date()


@dataclasses.dataclass(slots=True)
class HistoryQuery:
    """Filters for a CDR search. ``cursor`` continues a previous page (page number or scroll id).
    ``start`` and ``end`` are the PBX's calendar days (:data:`PBX_TZ`), whatever the desk's own zone."""

    start: dt.date | None = None
    end: dt.date | None = None
    phone: str | None = None
    direction: str | None = None
    status: str | None = None
    extension: str | None = None
    limit: int = 20
    cursor: str | None = None


@dataclasses.dataclass(slots=True)
class CdrPage(_Record):
    """One page of history. ``next_cursor`` is None on the last page."""

    records: list[CdrRecord]
    total: int | None = None
    next_cursor: str | None = None


@dataclasses.dataclass(slots=True)
class QueueStats(_Record):
    """Live figures for one queue."""

    queue: str
    name: str | None = None
    waiting: int | None = None
    answered: int | None = None
    abandoned: int | None = None
    agents_available: int | None = None
    longest_wait: int | None = None  # seconds
    raw: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)


@dataclasses.dataclass(slots=True)
class Customer(_Record):
    """A customer record the PBX keeps."""

    id: str
    name: str | None
    phone: str | None
    code: str | None = None
    raw: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)


@dataclasses.dataclass(slots=True)
class WebhookRegistration(_Record):
    """A callback URL registered with the PBX, kept so it can be removed on exit."""

    url: str
    ids: list[str] = dataclasses.field(default_factory=list)  # provider ids of what was created


EVENT_STATES = ("ringing", "answered", "hangup", "missed", "cdr")
#: The state the call registry publishes for a leg the PBX never ended ("lost track"); never a provider's.
LOST = "lost"


@dataclasses.dataclass(slots=True)
class CallEvent(_Record):
    """A provider's call event, normalized. ``agent-desk events --json`` prints the public fields.

    ``call_id`` is the provider's id for this event (a leg id for TEL4VN queue calls);
    ``flow_id`` links legs to their CDR where the provider gives something to link on.
    ``customer`` is the outside party's number when it can be told apart from the extension.
    ``outcome`` is how the call ended (:mod:`agent_desk.events.outcome`), decided by the call
    registry on the events that end it (hangup, missed, cdr) and None before; ``pbx_status`` is
    the provider's own status text as it was sent (``"CANCELLED"``), None where it sent none.
    """

    call_id: str
    state: str  # one of EVENT_STATES, or LOST (published by the registry only)
    direction: str  # one of DIRECTIONS
    caller: str | None
    callee: str | None
    extension: str | None
    provider: str
    source: str  # "webhook" | "websocket" | "relay"
    at: dt.datetime
    duration: int | None = None
    recording_url: str | None = None
    flow_id: str | None = None
    customer: str | None = None
    queue: str | None = None
    outcome: str | None = None  # one of events.outcome.OUTCOMES once the call ended; set by the registry
    pbx_status: str | None = None  # the provider's own status text, as it was sent
    raw: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    PUBLIC_FIELDS = (
        "call_id",
        "state",
        "direction",
        "caller",
        "callee",
        "extension",
        "provider",
        "source",
        "at",
        "duration",
        "recording_url",
        "outcome",
        "pbx_status",
    )

    def public_json(self) -> dict[str, Any]:
        """The stable ``agent-desk events --json`` object."""
        return {name: _jsonable(getattr(self, name)) for name in self.PUBLIC_FIELDS}


def customer_phone(event: CallEvent) -> str:
    """The outside party's number of an event ('' when it has none): ``customer`` when the provider
    told it apart, else the caller of a call that is not outbound, the callee of one that is."""
    if event.customer:
        return event.customer
    return (event.caller if event.direction != "outbound" else event.callee) or ""


@dataclasses.dataclass(slots=True)
class WebhookRequest:
    """An HTTP request that reached the local webhook listener, as providers see it.

    ``headers`` keys are lower-case; ``query`` holds the first value of each parameter.
    """

    method: str
    path: str  # the route path, without any secret prefix, e.g. "/hooks/tel4vn"
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
