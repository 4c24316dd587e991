"""The simulated call center that every dialect of the simulator exposes.

One :class:`World` holds extensions (agents), queues, customers, live calls and CDRs. Calls have
a life driven by asyncio tasks and the timings in :class:`SimSettings`:

* **Inbound**: a customer calls a hotline; the call rings every free, registered member of a
  queue (or one extension) on its own *leg*; the first extension that picks up gets it, the other
  legs stop ringing; the parties talk; the call hangs up; a CDR follows. Nobody answering within
  ``ring_timeout`` makes it a missed call.
* **Click-to-call**: the PBX rings the agent's extension first; when it picks up (after
  ``answer_delay``, or never when the extension's ``answers`` is False) the customer is dialled.
* **Supervisor actions**: listen / whisper / barge add a monitor to a live call; transfer moves
  it to another extension.

Every step is published as a :class:`SimEvent` to subscribers; dialects turn those into their
own deliveries (webhooks, callbacks, websocket frames). Leg ids follow TEL4VN's documented rule:
ringing/answered/hangup carry the leg's id, the CDR carries the flow's id, and the two are the
same when only one extension rang.

Problems a PBX reports are raised as :class:`SimError` with a code (``USER_NOT_REGISTERED``,
``USER_BUSY``, ``USER_NOT_FOUND``, ``CALL_NOT_FOUND``) for the dialect to render its own way.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import datetime as dt
import logging
import os
import random
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)

VN_TZ = dt.timezone(dt.timedelta(hours=7))


class SimError(Exception):
    """A refusal from the simulated PBX; ``code`` is dialect-neutral."""

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code


@dataclasses.dataclass
class SimSettings:
    """Timings (seconds) and traffic. Tests shrink the timings; the demo uses the defaults."""

    answer_delay: float = 2.0  # an agent's phone rings this long before pick-up
    customer_answer_delay: float = 1.5  # click-to-call: the customer picks up after this
    talk_time: tuple[float, float] = (6.0, 25.0)
    ring_timeout: float = 20.0  # ringing longer than this ends unanswered
    cdr_delay: float = 0.3  # a CDR appears this long after hang-up
    token_ttl: float = 3600.0  # lifetime of every token the dialects issue
    rate_per_min: float = 0.0  # inbound calls generated per minute (0: only on request)
    history_days: int = 30  # seeded CDR history reaches this far back
    history_size: int = 240
    seed: int | None = 7


@dataclasses.dataclass
class Extension:
    number: str
    name: str
    username: str
    password: str
    user_uuid: str
    level: str = "agent"  # "admin" for the supervisor
    registered: bool = True  # softphone signed in
    answers: bool = True  # False: the phone rings but is never picked up
    paused: bool = False
    floor: bool = False  # made by World.start_standing_calls for a big floor


@dataclasses.dataclass
class Queue:
    code: str
    name: str
    members: list[str]
    answered: int = 0
    abandoned: int = 0


@dataclasses.dataclass
class Customer:
    id: str
    code: str
    name: str
    phone: str
    campaign_id: str
    contract_number: str
    status: str = "NEW"
    created_at: str = "2026-10-01T08:00:00Z"


@dataclasses.dataclass
class Leg:
    """One extension's part of a call."""

    id: str
    extension: str
    state: str = "ringing"  # ringing | answered | hangup


@dataclasses.dataclass
class Call:
    """A call flow, live or finished."""

    id: str
    sip_call_id: str
    direction: str  # inbound | outbound | internal
    customer: str  # the customer's number (or the other extension for internal calls)
    hotline: str
    created_at: float
    queue: Queue | None = None
    legs: dict[str, Leg] = dataclasses.field(default_factory=dict)
    extension: str | None = None  # the agent who has (or dialled) the call
    state: str = "ringing"  # ringing | answered | hangup
    answered_at: float | None = None
    ended_at: float | None = None
    status: str | None = None  # final: answered | no-answered | busy | cancel | invalid
    monitors: dict[str, str] = dataclasses.field(default_factory=dict)  # ext -> listen|whisper|barge
    click_to_call: bool = False
    auto_answer: bool = False  # a click-to-call with auto_answer: the extension picked up by itself
    customer_id: str | None = None
    recording: str | None = None  # media name; URL via World.recording_url()

    @property
    def duration(self) -> int:
        end = self.ended_at or time.time()
        return round(end - self.created_at)

    @property
    def billsec(self) -> int:
        if self.answered_at is None:
            return 0
        end = self.ended_at or time.time()
        return round(end - self.answered_at)


@dataclasses.dataclass
class Cdr:
    """A finished call's record (flow level)."""

    id: str
    sip_call_id: str
    direction: str
    extension: str | None
    from_number: str
    to_number: str
    hotline: str
    queue: str | None
    started_at: float
    answered_at: float | None
    ended_at: float
    status: str  # answered | busy | no-answered | cancel | not-available | invalid
    cause: str
    recording: str | None
    customer_id: str | None

    @property
    def duration(self) -> int:
        return round(self.ended_at - self.started_at)

    @property
    def billsec(self) -> int:
        return 0 if self.answered_at is None else round(self.ended_at - self.answered_at)


@dataclasses.dataclass
class SimEvent:
    """One step of a call: ``kind`` is ringing | answered | hangup | missed | cdr."""

    kind: str
    call: Call
    leg: Leg | None = None
    cdr: Cdr | None = None
    at: float = dataclasses.field(default_factory=time.time)


Subscriber = Callable[[SimEvent], Awaitable[None] | None]

_AGENTS = [
    ("100", "Nguyễn Thị Lan", "admin"),
    ("101", "Trần Văn Minh", "agent"),
    ("102", "Lê Thị Hương", "agent"),
    ("103", "Phạm Quốc Bảo", "agent"),
    ("104", "Hoàng Thu Trang", "agent"),
    ("105", "Vũ Đức Anh", "agent"),
    ("106", "Đặng Mai Phương", "agent"),
    ("107", "Bùi Thanh Tùng", "agent"),
]
_CUSTOMERS = [
    "Nguyễn Văn An",
    "Trần Thị Bích",
    "Lê Hoàng Cường",
    "Phạm Thị Dung",
    "Hoàng Văn Em",
    "Huỳnh Thị Giang",
    "Phan Văn Hải",
    "Võ Thị Hạnh",
    "Đỗ Minh Khoa",
    "Ngô Thị Lệ",
    "Dương Văn Long",
    "Lý Thị Mai",
    "Đinh Công Nam",
    "Trịnh Thị Oanh",
    "Mai Văn Phúc",
    "Tô Thị Quyên",
    "Châu Văn Sơn",
    "Lâm Thị Thảo",
    "Quách Văn Uy",
    "Kiều Thị Vân",
]
_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
_MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Quốc", "Thanh", "Ngọc", "Đức", "Hải", "Kim"]
_GIVEN = [
    "An",
    "Bình",
    "Chi",
    "Dũng",
    "Giang",
    "Hà",
    "Hiếu",
    "Khánh",
    "Linh",
    "Nam",
    "Phúc",
    "Quân",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trung",
    "Tuấn",
    "Vy",
    "Yến",
]
HOTLINE = "19001919"
CAMPAIGN_ID = "c0ffee00-1111-2222-3333-444455556666"


class World:
    """The whole simulated call center. Create it, then :meth:`start` its background traffic."""

    def __init__(self, settings: SimSettings | None = None, clock: Callable[[], float] = time.time) -> None:
        self.settings = settings or SimSettings()
        self.clock = clock
        self.rng = random.Random(self.settings.seed)
        # Live calls get ids no earlier run gave (the seed repeats the traffic, not the ids), so a journal
        # that outlives the simulator never merges a new call into an old one's record.
        self._run_salt = int.from_bytes(os.urandom(16), "big")
        self.base_url = ""  # set by the server once it listens; recordings are served there
        self.extensions: dict[str, Extension] = {}
        self.queues: dict[str, Queue] = {}
        self.customers: dict[str, Customer] = {}
        self.calls: dict[str, Call] = {}  # live calls by flow id
        self.cdrs: list[Cdr] = []  # oldest first
        self._subscribers: list[Subscriber] = []
        self._tasks: set[asyncio.Task] = set()
        self._answered: dict[str, asyncio.Future] = {}  # click-to-call flow id -> agent picked up?
        self._floor: list[Extension] = []  # agents of the standing calls, oldest first
        self._floor_free: collections.deque[Extension] = collections.deque()  # floor agents that left a call
        self._populate()

    # ------------------------------------------------------------------ set-up
    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _live_uuid(self) -> str:
        """An id for a live call or leg: drawn from the seeded generator, unique to this run."""
        return str(uuid.UUID(int=self.rng.getrandbits(128) ^ self._run_salt, version=4))

    def _populate(self) -> None:
        for number, name, level in _AGENTS:
            self.extensions[number] = Extension(
                number=number,
                name=name,
                username=f"agent{number}" if level == "agent" else "supervisor",
                password=f"pw-{number}",
                user_uuid=self._uuid(),
                level=level,
            )
        self.queues["999"] = Queue("999", "Sales", ["101", "102", "103", "104"])
        self.queues["888"] = Queue("888", "Support", ["105", "106", "107"])
        for i, name in enumerate(_CUSTOMERS):
            phone = f"09{self.rng.randrange(10**7, 10**8)}"
            cid = self._uuid()
            self.customers[cid] = Customer(
                id=cid,
                code=f"KH{i + 1:02d}",
                name=name,
                phone=phone,
                campaign_id=CAMPAIGN_ID,
                contract_number=f"HD{100000 + i * 7919}",
            )
        self._seed_history()

    def _seed_history(self) -> None:
        now = self.clock()
        span = self.settings.history_days * 86400
        agents = [e for e in self.extensions.values() if e.level == "agent"]
        for _ in range(self.settings.history_size):
            started = now - self.rng.uniform(600, span)
            customer = self.rng.choice(list(self.customers.values()))
            ext = self.rng.choice(agents).number
            direction = self.rng.choice(("inbound", "inbound", "outbound"))
            status = self.rng.choices(("answered", "no-answered", "busy", "cancel"), (70, 15, 10, 5))[0]
            answered = started + self.rng.uniform(3, 15) if status == "answered" else None
            ended = (answered or started) + (self.rng.uniform(20, 400) if answered else self.rng.uniform(5, 25))
            cdr_id = self._uuid()
            self.cdrs.append(
                Cdr(
                    id=cdr_id,
                    sip_call_id=self._uuid(),
                    direction=direction,
                    extension=ext,
                    from_number=customer.phone if direction == "inbound" else ext,
                    to_number=ext if direction == "inbound" else customer.phone,
                    hotline=HOTLINE,
                    queue="999" if direction == "inbound" else None,
                    started_at=started,
                    answered_at=answered,
                    ended_at=ended,
                    status=status,
                    cause=_CAUSES[status],
                    recording=f"rec-{cdr_id}.wav" if answered else None,
                    customer_id=customer.code,
                )
            )
        self.cdrs.sort(key=lambda c: c.started_at)

    # ------------------------------------------------------------------ lookup helpers
    def extension(self, number_or_user: str) -> Extension:
        """By extension number, username or user_uuid; SimError USER_NOT_FOUND otherwise."""
        ext = self.extensions.get(number_or_user)
        if ext is None:
            ext = next((e for e in self.extensions.values() if number_or_user in (e.username, e.user_uuid)), None)
        if ext is None:
            raise SimError("USER_NOT_FOUND", f"user {number_or_user} does not exist")
        return ext

    def customer_by_phone(self, phone: str) -> Customer | None:
        return next((c for c in self.customers.values() if c.phone == phone), None)

    def live_call(self, call_id: str) -> Call:
        """A live call by flow id or leg id; SimError CALL_NOT_FOUND otherwise."""
        call = self.calls.get(call_id)
        if call is None:
            call = next((c for c in self.calls.values() if any(leg.id == call_id for leg in c.legs.values())), None)
        if call is None:
            raise SimError("CALL_NOT_FOUND", f"call {call_id} is not in progress")
        return call

    def is_busy(self, number: str) -> bool:
        return any(
            (number in c.legs and c.legs[number].state != "hangup") or number in c.monitors for c in self.calls.values()
        )

    def recording_url(self, media: str | None) -> str | None:
        return f"{self.base_url}/recordings/{media}" if media else None

    # ------------------------------------------------------------------ events
    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback(event)`` for every event; returns a function that unsubscribes."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def _emit(self, kind: str, call: Call, leg: Leg | None = None, cdr: Cdr | None = None) -> None:
        event = SimEvent(kind, call, leg, cdr, self.clock())
        for callback in list(self._subscribers):
            try:
                result = callback(event)
                if asyncio.iscoroutine(result):
                    self._spawn(result)
            except Exception:  # a broken subscriber must not stop the call center
                log.exception("simulator subscriber failed on %s", kind)

    def _spawn(self, coro: Awaitable[Any]) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # ------------------------------------------------------------------ calls
    def _new_call(self, direction: str, customer: str, **kw: Any) -> Call:
        call = Call(
            id=self._live_uuid(),
            sip_call_id=self._live_uuid(),
            direction=direction,
            customer=customer,
            hotline=HOTLINE,
            created_at=self.clock(),
            **kw,
        )
        self.calls[call.id] = call
        return call

    def _ring(self, call: Call, numbers: list[str]) -> None:
        single = len(numbers) == 1 and not call.legs
        for number in numbers:
            leg = Leg(id=call.id if single else self._live_uuid(), extension=number)
            call.legs[number] = leg
            self._emit("ringing", call, leg)

    def click_to_call(
        self, extension: str, phone: str, customer_id: str | None = None, *, auto_answer: bool = False
    ) -> Call:
        """Start a click-to-call from ``extension``; refusals are raised before anything rings.
        ``auto_answer``: the extension picks up by itself, at once."""
        ext = self.extension(extension)
        if not ext.registered:
            raise SimError("USER_NOT_REGISTERED", "User not registered extension with Softphone or IP Phone")
        if self.is_busy(ext.number):
            raise SimError("USER_BUSY", "User is busy")
        call = self._new_call("outbound", phone, extension=ext.number, click_to_call=True, customer_id=customer_id)
        call.auto_answer = auto_answer
        self._answered[call.id] = asyncio.get_running_loop().create_future()
        self._ring(call, [ext.number])
        self._spawn(self._click_to_call_life(call, ext))
        return call

    async def wait_agent_pickup(self, call: Call) -> bool:
        """For sync click-to-call: True when the agent's phone picked up, False when it stopped ringing."""
        future = self._answered.get(call.id)
        return True if future is None else await asyncio.shield(future)

    async def _click_to_call_life(self, call: Call, ext: Extension) -> None:
        s = self.settings
        leg = call.legs[ext.number]
        delay = 0.0 if call.auto_answer else min(s.answer_delay, s.ring_timeout)
        picked = (ext.answers or call.auto_answer) and await self._sleep_unless_ended(call, delay)
        if not picked:
            await self._sleep_unless_ended(call, max(0.0, s.ring_timeout - s.answer_delay))
        future = self._answered.pop(call.id, None)
        if future is not None and not future.done():
            future.set_result(bool(picked))
        if not picked:
            self._finish(call, "invalid")
            return
        leg.state = "answered"
        self._emit("answered", call, leg)
        if not await self._sleep_unless_ended(call, s.customer_answer_delay):
            return
        call.state, call.answered_at = "answered", self.clock()
        call.recording = f"rec-{call.id}.wav"
        if await self._sleep_unless_ended(call, self.rng.uniform(*s.talk_time)):
            self._finish(call, "answered")

    def start_inbound(
        self, phone: str | None = None, *, queue: str | None = "999", extension: str | None = None
    ) -> Call:
        """A customer calls in, ringing one ``extension`` or the free members of ``queue``."""
        if phone is None:
            phone = self.rng.choice(list(self.customers.values())).phone
        q = self.queues.get(queue) if queue and not extension else None
        customer = self.customer_by_phone(phone)
        call = self._new_call("inbound", phone, queue=q, customer_id=customer.code if customer else None)
        self._spawn(self._inbound_life(call, extension))
        return call

    async def _inbound_life(self, call: Call, extension: str | None) -> None:
        s = self.settings
        if extension:
            targets = [self.extension(extension).number]
        else:
            members = call.queue.members if call.queue else []
            targets = [
                n
                for n in members
                if self.extensions[n].registered and not self.extensions[n].paused and not self.is_busy(n)
            ]
        if not targets:  # everyone busy: the caller waits, then gives up
            await asyncio.sleep(min(s.ring_timeout, 5.0))
            self._finish(call, "no-answered")
            return
        self._ring(call, targets)
        answering = [n for n in targets if self.extensions[n].answers]
        if not answering:
            if await self._sleep_unless_ended(call, s.ring_timeout):
                self._finish(call, "no-answered")
            return
        delays = {n: s.answer_delay * self.rng.uniform(0.8, 1.2) for n in answering}
        winner = min(delays, key=delays.__getitem__)
        if not await self._sleep_unless_ended(call, min(delays[winner], s.ring_timeout)):
            return
        if delays[winner] > s.ring_timeout:
            self._finish(call, "no-answered")
            return
        for number, leg in call.legs.items():
            if number != winner and leg.state == "ringing":
                leg.state = "hangup"
                self._emit("hangup", call, leg)
        leg = call.legs[winner]
        leg.state, call.state, call.extension = "answered", "answered", winner
        call.answered_at = self.clock()
        call.recording = f"rec-{call.id}.wav"
        self._emit("answered", call, leg)
        if await self._sleep_unless_ended(call, self.rng.uniform(*s.talk_time)):
            self._finish(call, "answered")

    async def _sleep_unless_ended(self, call: Call, seconds: float) -> bool:
        """Sleep; False if the call ended (hung up by hand) in the meantime."""
        deadline = self.clock() + seconds
        while self.clock() < deadline:
            if call.state == "hangup":
                return False
            await asyncio.sleep(min(0.05, max(0.0, deadline - self.clock())))
        return call.state != "hangup"

    def _finish(self, call: Call, status: str) -> None:
        """Hang up every leg, publish hangup (and missed), and schedule the CDR."""
        if call.state == "hangup":
            return
        call.state, call.ended_at, call.status = "hangup", self.clock(), status
        call.monitors.clear()
        for leg in call.legs.values():
            if leg.state != "hangup":
                leg.state = "hangup"
                self._emit("hangup", call, leg)
            self._floor_left(leg.extension)
        if call.answered_at is None:
            call.recording = None
            if call.direction == "inbound":
                self._emit("missed", call, None)
        if call.queue is not None:
            if status == "answered":
                call.queue.answered += 1
            else:
                call.queue.abandoned += 1
        self.calls.pop(call.id, None)
        future = self._answered.pop(call.id, None)
        if future is not None and not future.done():
            future.set_result(False)
        self._spawn(self._write_cdr(call))

    async def _write_cdr(self, call: Call) -> None:
        await asyncio.sleep(self.settings.cdr_delay)
        inbound = call.direction == "inbound"
        ext = call.extension or (next(iter(call.legs)) if call.legs else None)
        cdr = Cdr(
            id=call.id,
            sip_call_id=call.sip_call_id,
            direction=call.direction,
            extension=ext,
            from_number=call.customer if inbound else (ext or call.hotline),  # a campaign call: the hotline
            to_number=(ext or (call.queue.code if call.queue else "")) if inbound else call.customer,
            hotline=call.hotline,
            queue=call.queue.code if call.queue else None,
            started_at=call.created_at,
            answered_at=call.answered_at,
            ended_at=call.ended_at or self.clock(),
            status=call.status or "invalid",
            cause=_CAUSES.get(call.status or "", "NORMAL_CLEARING"),
            recording=call.recording,
            customer_id=call.customer_id,
        )
        self.cdrs.append(cdr)
        self._emit("cdr", call, None, cdr)

    def hangup(self, call_id: str) -> Call:
        """End a live call now (the customer or agent hung up)."""
        call = self.live_call(call_id)
        self._finish(call, "answered" if call.answered_at else "cancel")
        return call

    def monitor(self, call_id: str, extension: str, mode: str) -> Call:
        """A supervisor's ``extension`` listens, whispers or barges into a live call."""
        if mode not in ("listen", "whisper", "barge"):
            raise ValueError(mode)
        call = self.live_call(call_id)
        ext = self.extension(extension)
        if not ext.registered:
            raise SimError("USER_NOT_REGISTERED")
        if ext.number in call.legs or (self.is_busy(ext.number) and ext.number not in call.monitors):
            raise SimError("USER_BUSY")
        call.monitors[ext.number] = mode
        return call

    def transfer(self, call_id: str, extension: str) -> Call:
        """Move a live call to ``extension``: it rings there and the old agent's leg ends."""
        call = self.live_call(call_id)
        target = self.extension(extension)
        if not target.registered:
            raise SimError("USER_NOT_REGISTERED")
        if self.is_busy(target.number):
            raise SimError("USER_BUSY")
        old = call.legs.get(call.extension or "")
        if old is not None and old.state != "hangup":
            old.state = "hangup"
            self._emit("hangup", call, old)
            self._floor_left(old.extension)
        leg = Leg(id=self._live_uuid(), extension=target.number)
        call.legs[target.number] = leg
        call.extension = target.number
        self._emit("ringing", call, leg)
        leg.state = "answered"
        self._emit("answered", call, leg)
        return call

    # ------------------------------------------------------------------ a big floor (tests, bench, demo)
    def start_standing_calls(self, count: int, *, max_age: float = 600.0) -> list[Call]:
        """``count`` answered inbound calls that last until hung up (:meth:`hangup`, :meth:`churn`).

        Each is on a floor agent of its own (extension ``3000`` upwards, created as needed, in no
        queue's ring list), in queue 999 or 888 by turns, started up to ``max_age`` seconds ago.
        No task runs per call, so thousands are cheap; ringing and answered are published.
        """
        calls = []
        queues = list(self.queues.values())
        busy = {c.extension for c in self.calls.values()}
        for _ in range(count):
            ext = self._floor_agent(busy)
            busy.add(ext.number)
            customer = f"09{self.rng.randrange(10**7, 10**8)}"
            call = self._new_call("inbound", customer, queue=queues[len(self.calls) % len(queues)])
            call.created_at -= self.rng.uniform(0.0, max_age)
            leg = Leg(id=call.id, extension=ext.number, state="answered")
            call.legs[ext.number] = leg
            call.extension, call.state = ext.number, "answered"
            call.answered_at = call.created_at + min(3.0, self.clock() - call.created_at)
            call.recording = f"rec-{call.id}.wav"
            self._emit("ringing", call, leg)
            self._emit("answered", call, leg)
            calls.append(call)
        return calls

    def churn(self, count: int) -> int:
        """Hang up ``count`` random standing calls and start as many new ones; returns how many ended."""
        standing = [c for c in self.calls.values() if c.extension and self.extensions[c.extension].floor]
        ended = self.rng.sample(standing, min(count, len(standing)))
        for call in ended:
            self._finish(call, "answered")
        self.start_standing_calls(len(ended), max_age=0.0)
        return len(ended)

    def _floor_left(self, number: str | None) -> None:
        """Note that floor agent ``number`` (if it is one) left a call: a candidate for the next standing call."""
        ext = self.extensions.get(number or "")
        if ext is not None and ext.floor:
            self._floor_free.append(ext)

    def _floor_agent(self, busy: set[str | None]) -> Extension:
        """A floor agent not in ``busy``, created when none is free; O(1) amortized.

        Candidates come from ``_floor_free`` (agents that left a call, in that order); one found busy
        is dropped, since it is queued again when the call it is on ends."""
        while self._floor_free:
            free = self._floor_free.popleft()
            if free.number not in busy:
                return free
        number = str(3000 + len(self._floor))
        name = f"{self.rng.choice(_FAMILY)} {self.rng.choice(_MIDDLE)} {self.rng.choice(_GIVEN)}"
        ext = Extension(
            number=number,
            name=name,
            username=f"agent{number}",
            password=f"pw-{number}",
            user_uuid=self._uuid(),
            floor=True,
        )
        self.extensions[number] = ext
        self._floor.append(ext)
        return ext

    def agent_states(self) -> dict[str, str]:
        """Every extension's state, in one pass over the live calls: offline (softphone not
        registered), busy (on a call or monitoring one), ringing, paused, else available."""
        ringing: set[str] = set()
        busy: set[str] = set()
        for call in self.calls.values():
            busy.update(call.monitors)
            for number, leg in call.legs.items():
                if leg.state == "answered":
                    busy.add(number)
                elif leg.state == "ringing":
                    ringing.add(number)
        states = {}
        for number, ext in self.extensions.items():
            if not ext.registered:
                states[number] = "offline"
            elif number in busy:
                states[number] = "busy"
            elif number in ringing:
                states[number] = "ringing"
            else:
                states[number] = "paused" if ext.paused else "available"
        return states

    # ------------------------------------------------------------------ traffic
    async def _traffic(self) -> None:
        rate = self.settings.rate_per_min
        while rate > 0:
            await asyncio.sleep(self.rng.expovariate(rate / 60.0))
            queue = self.rng.choice(list(self.queues))
            self.start_inbound(queue=queue)

    def start(self) -> None:
        """Start generating inbound calls at ``settings.rate_per_min`` (call inside a running loop)."""
        if self.settings.rate_per_min > 0:
            self._spawn(self._traffic())

    async def close(self) -> None:
        """Stop every call and task."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()


_CAUSES = {
    "answered": "NORMAL_CLEARING",
    "no-answered": "NO_ANSWER",
    "busy": "USER_BUSY",
    "cancel": "ORIGINATOR_CANCEL",
    "invalid": "NO_USER_RESPONSE",
    "not-available": "SUBSCRIBER_ABSENT",
}


def local_time(ts: float | None, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    """A Unix time as Vietnam local time text ('' for None), the way the documents print times."""
    if ts is None:
        return ""
    return dt.datetime.fromtimestamp(ts, VN_TZ).strftime(fmt)
