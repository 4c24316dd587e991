"""Screen-pops: one per ringing inbound call on the agent's own extension, never two.

:class:`PopManager` listens to the session's call events. A ``ringing`` event (or an
``answered`` that overtook it, as webhooks handled out of order can) whose call id it has not seen
opens a :class:`~agent_desk.ui.pops.screen_pop.ScreenPop` at once — on the screen under
the mouse pointer — and only then starts the slow parts as asyncio tasks (customer lookup,
recent calls with this number), which fill the pop in when they arrive: an answer that is the pop's
last look-up outstanding places the pops at once, an earlier one within :data:`LOOKUP_PLACE_MS`, so
the two answers of a call landing close together change its height and place the stack once (each
placement lays the pop out again). Later events move the
pop to answered, then to a call card (answered calls) or close it (calls that stopped ringing).
The journal is written by its own subscriber of the session's call events
(:func:`agent_desk.journal.journal_calls`, after the pop is on screen); a note typed in the pop, and
its disposition when the profile has wrap-up codes, are saved as the agent types through the desk's
:class:`~agent_desk.ui.journal.notes.Notes`.

Building a pop's widgets costs more than a frame on a slow PC, so the manager keeps one *spare* pop,
built with no call on a turn of the event loop when no call event waits (after sign-in, and after each
pop it uses): a ringing call binds the spare (:meth:`ScreenPop.bind`: texts only) and shows it in the
same turn the event is taken from the session's queue; everything else the event causes — the call
card, the missed list, the journal — comes after the pop is shown. A closed pop is not destroyed but
hidden and kept (at most :data:`KEPT_POPS`) for the next call, which binds it before the spare: under a
stream of calls no pop is built or destroyed (building one is ~6 ms of the GUI thread, polishing it
~2 ms more, destroying it more again). Its signals are connected once, when it is built, to slots that
act on the call it shows at that moment. A pop that took the keyboard focus for a note is destroyed.

The event registry already removes duplicates; the manager also remembers the last
:data:`SEEN_LIMIT` call ids, so a repeated ``ringing`` never pops twice, even after a dismiss.

Bounds (a PBX that loses hangups, or a flood, must not bury the agent or the machine): at most
:data:`MAX_SHOWN` pops are shown and at most :data:`POP_LIMIT` exist at once. Pops that do not fit
on screen are hidden and listed in one "N more calls" pop (:mod:`agent_desk.ui.pops.stacking`); a
call that would need a pop beyond :data:`POP_LIMIT` gets none: it is *collapsed* — counted in that
same "N more calls" pop (:attr:`PopManager.collapsed`, :attr:`PopManager.collapsedChanged`) and said
once on the status bar — until it ends. Under a burst of calls the session coalesces: a ringing call it
delivers late with a newer one queued behind it (:attr:`Session.coalescing`) is collapsed the same
way, so the newest call is the one on top. ``auto_open_crm`` opens at most :data:`CRM_OPENS` browser
tabs a :data:`CRM_WINDOW` seconds. A call the registry lost track of (state ``lost``) moves its pop
to "lost track" and closes it like a call that stopped ringing.
"""

from __future__ import annotations

import collections
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QTimer, QUrl, Signal
from PySide6.QtGui import QCursor, QDesktopServices, QGuiApplication, QScreen

from agent_desk.crm import crm_url
from agent_desk.errors import AgentDeskError
from agent_desk.models import LOST, CallEvent, Capability, HistoryQuery, customer_phone
from agent_desk.phone import caller_number, display
from agent_desk.session import SessionState
from agent_desk.ui.common.messages import error_text, fill
from agent_desk.ui.common.paths import resources_dir
from agent_desk.ui.dialing.dialer import Dialer
from agent_desk.ui.journal.notes import Notes
from agent_desk.ui.pops import screen_pop as sp
from agent_desk.ui.pops.more import MorePop
from agent_desk.ui.pops.stacking import stack
from agent_desk.ui.settings.preferences import UiSettings
from agent_desk.ui.support.tasks import TaskSet
from agent_desk.ui.window.session import Session

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

    from agent_desk.providers.campaigns import CampaignClient

SEEN_LIMIT = 2000
HISTORY_ROWS = 3
STOPPED_CLOSE_MS = 8000  # a pop whose call stopped ringing closes after this (unless a note was begun)
MAX_POPS = 4  # ended pops beyond this close first
MAX_SHOWN = 3  # pops shown at once; older ones collapse into "N more calls"
POP_LIMIT = 8  # pops open at once, whatever their state; further calls are collapsed without a pop
CRM_OPENS, CRM_WINDOW = 3, 60.0  # auto_open_crm opens at most this many tabs in this many seconds
MARGIN = 12
HOVER_CHECK_MS = 300
SPARE_RETRY_MS = 50  # the spare pop is built when no call event waits: look again this much later
KEPT_POPS = 3  # closed pops kept hidden for the next calls (see the module doc)
LOOKUP_PLACE_MS = 16  # a look-up's answer with another still outstanding is placed within this (one frame)


class PopManager(QObject):
    """Opens, updates, places and closes screen-pops; saves the notes typed in them to ``notes``."""

    poppedUp = Signal(object)  # ScreenPop, once it is visible
    notify = Signal(str, str)  # title, text: a desktop notification
    customerFound = Signal(str, str)  # call id, customer name
    transferRequested = Signal(str, str, str)  # call id, number, customer name ('' unknown): transfer my call
    collapsedChanged = Signal(int)  # how many ringing calls have no pop of their own (POP_LIMIT reached)

    def __init__(
        self, session: Session, dialer: Dialer, settings: UiSettings, notes: Notes, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.dialer = dialer
        self.settings = settings
        self.pops: dict[str, sp.ScreenPop] = {}
        self._screens: dict[str, QScreen] = {}
        self._seen: collections.OrderedDict[str, None] = collections.OrderedDict()
        self._flows: dict[str, str] = {}  # flow id → call id of the pop (a missed call names the flow)
        self._names: dict[str, str] = {}  # call id → the customer's name, once looked up
        self._customer_ids: dict[str, str] = {}  # call id → the PBX's customer id, sent with a call back
        self.collapsed: collections.OrderedDict[str, None] = collections.OrderedDict()  # call ids without a pop
        self._crm_opened: collections.deque[float] = collections.deque()  # monotonic times of automatic opens
        self.notes = notes
        self.notes.noteChanged.connect(self._note_changed)
        self.notes.dispositionChanged.connect(self._disposition_changed)
        self.notes.failed.connect(self._note_failed)
        self.notes.saved.connect(self._note_saved)
        self._sound: QSoundEffect | None = None
        self._more: MorePop | None = None  # the "N more calls" pop, made when first needed
        self._hover_check = QTimer(self)  # while the pointer is over a pop, nothing moves; look again
        self._hover_check.setInterval(HOVER_CHECK_MS)
        self._hover_check.timeout.connect(self._pointer_left)
        self._spare: sp.ScreenPop | None = None  # built ahead, bound when a call rings (see the module doc)
        self._placed: object = None  # what the last placement placed (see _restack)
        self._listed: list[str] = []  # call ids the last placement listed in "N more calls"
        self._kept: list[sp.ScreenPop] = []  # closed pops, hidden, bound before the spare (see the module doc)
        self._dnc: dict[str, tuple[CampaignClient, str]] = {}  # call id → client and number of its do-not-call offer
        self._spare_timer = QTimer(self)
        self._spare_timer.setSingleShot(True)
        self._spare_timer.timeout.connect(self._make_spare)
        self._lookups: dict[str, int] = {}  # call id → its pop's look-ups not answered yet
        self._place_timer = QTimer(self)  # places the pops after a look-up's answer (see _looked_up)
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(LOOKUP_PLACE_MS)
        self._place_timer.timeout.connect(self._restack)
        self._tasks = TaskSet()
        session.callEvent.connect(self.on_event)
        session.changed.connect(self._on_session_changed)

    # ------------------------------------------------------------------ events
    def on_event(self, event: CallEvent, mine: bool) -> None:
        if not mine:
            return
        pop = self.pops.get(event.call_id) or self.pops.get(self._flows.get(event.flow_id or "", ""))
        if (
            pop is None
            and not event.raw.get("call_ended")  # replayed after the call ended: journaled, not popped
            and event.state in ("ringing", "answered")
            and event.direction != "outbound"
            and event.call_id not in self._seen
        ):  # an "answered" may overtake its "ringing": pop anyway
            if not self.session.coalescing and self._room():
                pop = self._open(event)
            else:
                self._collapse(event.call_id)
        elif pop is None and event.state in ("hangup", "missed", LOST) and event.call_id in self.collapsed:
            del self.collapsed[event.call_id]
            self._collapsed_changed()
        if pop is not None:
            if event.state == "answered":
                pop.set_state(sp.PopState.ANSWERED)
            elif event.state in ("hangup", "missed", "cdr", LOST):
                self._ended(pop, event)
            self._restack()

    def _room(self) -> bool:
        """True when another pop may open (ended pops are closed first to make room)."""
        if len(self.pops) >= POP_LIMIT:
            for call_id, pop in list(self.pops.items()):
                if pop.state not in (sp.PopState.RINGING, sp.PopState.ANSWERED) and not pop.note_started:
                    self.close(call_id)
                    break
        return len(self.pops) < POP_LIMIT

    def _collapse(self, call_id: str) -> None:
        """A call with no pop of its own: counted, said on the status bar when the count first rises."""
        self._remember(call_id)
        self.collapsed[call_id] = None
        while len(self.collapsed) > SEEN_LIMIT:
            self.collapsed.popitem(last=False)
        if len(self.collapsed) == 1:
            self.session.notice.emit(
                self.tr("More calls are ringing than pops can show; the others are listed in the call log.")
            )
        self._collapsed_changed()

    def _collapsed_changed(self) -> None:
        self.collapsedChanged.emit(len(self.collapsed))
        if self._more is not None:
            self._more.set_unlisted(len(self.collapsed))

    def _may_open_crm(self) -> bool:
        now = time.monotonic()
        while self._crm_opened and now - self._crm_opened[0] > CRM_WINDOW:
            self._crm_opened.popleft()
        if len(self._crm_opened) >= CRM_OPENS:
            return False
        self._crm_opened.append(now)
        return True

    def _remember(self, call_id: str) -> None:
        self._seen[call_id] = None
        while len(self._seen) > SEEN_LIMIT:
            self._seen.popitem(last=False)

    def _open(self, event: CallEvent) -> sp.ScreenPop | None:
        self._remember(event.call_id)
        provider, profile = self.session.provider, self.session.profile
        if provider is None or profile is None:
            return None
        shown = customer_phone(event)  # as the PBX sent it: shown as plain text only
        phone = caller_number(shown)  # "" for a caller id that is not a phone number
        lookups = bool(phone) and provider.supports(Capability.CUSTOMERS)
        history = bool(phone) and provider.supports(Capability.HISTORY)
        if self._kept:
            pop = self._kept.pop()
        else:
            pop, self._spare = self._spare or self._new_pop(), None
        pop.bind(
            event.call_id,
            shown,
            queue=event.queue,
            crm=bool(profile.crm_url) and bool(phone),
            lookups=lookups,
            history=history,
            dialable=bool(phone),
            transfer=provider.supports(Capability.TRANSFER),
        )
        call_id = event.call_id
        self.pops[call_id] = pop
        if event.flow_id:
            self._flows[event.flow_id] = call_id
        self._screens[call_id] = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        self._trim()
        self._restack()
        self.poppedUp.emit(pop)
        self._spare_later()
        self.notify.emit(self.tr("Incoming call"), pop.number_text or self.tr("Unknown number"))
        self._ring()
        if profile.dispositions:  # after show(): reading the journal waits for the disk
            pop.set_dispositions(profile.dispositions, self.notes.disposition(profile.name, call_id))
        if profile.crm_url and self.settings.auto_open_crm and phone and self._may_open_crm():
            self.open_crm(phone)
        if lookups + history:
            self._lookups[call_id] = lookups + history
        if lookups:
            self._tasks.spawn(self._lookup_customer(call_id, phone))
        if history:
            self._tasks.spawn(self._recent_calls(call_id, phone))
        if phone and provider.supports(Capability.DNC):  # after show(): the desk's queue list is on disk
            self._offer_dnc(pop, phone)
        return pop

    def _new_pop(self) -> sp.ScreenPop:
        """A pop with its signals connected, once for all the calls it will show: each slot acts on
        the call the pop shows when the agent acts (see the module doc)."""
        pop = sp.ScreenPop()

        def number() -> str:  # "" for a caller id that is not a phone number
            return caller_number(pop.phone)

        pop.transferRequested.connect(
            lambda: self.transferRequested.emit(pop.call_id, number(), self._names.get(pop.call_id, ""))
        )
        pop.dismissed.connect(lambda: self.close(pop.call_id))
        pop.openCrm.connect(lambda: self.open_crm(number()))
        pop.copyNumber.connect(lambda: self.copy_number(number() or pop.phone))
        pop.callBack.connect(lambda: self.call_back(number(), self._customer_ids.get(pop.call_id)))
        pop.noteEdited.connect(lambda text: self.notes.edit(self._profile_name(), pop.call_id, text, pop))
        pop.dispositionChosen.connect(lambda code: self.notes.set_disposition(self._profile_name(), pop.call_id, code))
        pop.dncRequested.connect(lambda: self._block_number(pop))
        return pop

    def _spare_later(self) -> None:
        """Build the spare pop on the next turn of the event loop (see :meth:`_make_spare`)."""
        if self._spare is None and not self._spare_timer.isActive():
            self._spare_timer.start(0)

    def _make_spare(self) -> None:
        """Build the spare pop, polished and laid out, unless call events wait (they go first)."""
        if self._spare is not None or not self.session.signed_in:
            return
        if self.session.pending:
            self._spare_timer.start(SPARE_RETRY_MS)
            return
        pop = self._new_pop()
        pop.fit()  # polishes it and its children: the style sheets' cost is paid here
        self._spare = pop

    def _offer_dnc(self, pop: sp.ScreenPop, phone: str) -> None:
        """A caller who is a customer of an autocall queue this desk created gets "Do not call this
        number again" on the pop (TEL4VN autocall's do-not-call list)."""
        from agent_desk.providers.campaigns import campaign_client
        from agent_desk.supervisor.campaigns import normalize

        provider = self.session.provider
        if provider is None:
            return
        try:
            number = normalize(phone)
            client = campaign_client(provider)
            queues = client.autocall_queues_with(number)
        except (ValueError, AgentDeskError):  # not a Vietnamese number, or no readable queue list
            return
        if not queues:
            return
        self._dnc[pop.call_id] = (client, number)
        pop.offer_dnc(queues)

    def _block_number(self, pop: sp.ScreenPop) -> None:
        """The agent asked to block the caller of ``pop`` (see :meth:`_offer_dnc`)."""
        offer = self._dnc.get(pop.call_id)
        if offer is None:
            return
        pop.dnc_button.setEnabled(False)
        self._tasks.spawn(self._block(pop.call_id, *offer))

    async def _block(self, call_id: str, client: CampaignClient, number: str) -> None:
        try:
            result = await client.add_dnc([number])
        except AgentDeskError as exc:
            text, ok = error_text(exc), False
        else:
            queues = ", ".join(sorted(set(result.blocked.get(number, []))))
            ok = bool(queues)
            text = (
                fill(self.tr("%1 will not be called again by %2."), display(number), queues)
                if ok
                else fill(self.tr("%1 is in no autocall queue this desk created: nothing to block."), display(number))
            )
        pop = self.pops.get(call_id)
        if pop is not None:
            pop.set_dnc_result(text, ok)
        else:  # the pop closed meanwhile
            self.session.notice.emit(text)

    def _ended(self, pop: sp.ScreenPop, event: CallEvent) -> None:
        """A hangup, missed call or call record: the outcome, where the core decided one, is the heading.
        A call the registry lost track of (no news for too long) says so instead."""
        if event.state == LOST:
            if pop.state in (sp.PopState.RINGING, sp.PopState.ANSWERED):
                pop.set_state(sp.PopState.LOST)
            return
        was_answered = pop.state == sp.PopState.ANSWERED or pop.outcome == "answered"
        if event.outcome is not None:
            if event.outcome == pop.outcome:
                return
            if event.outcome == "missed":
                self.notify.emit(self.tr("Missed call"), pop.number_text)
            pop.set_outcome(event.outcome, event.duration)
            if was_answered or event.outcome == "answered":
                self._close_ended_later(pop.call_id)  # an answered call stays as a call card a while
                return
        elif event.state == "cdr":
            return
        elif pop.state == sp.PopState.ANSWERED:
            pop.set_state(sp.PopState.ENDED, event.duration)
            self._close_ended_later(pop.call_id)
            return
        elif pop.state == sp.PopState.RINGING:
            pop.set_state(sp.PopState.STOPPED)
        else:
            return
        call_id = pop.call_id
        QTimer.singleShot(STOPPED_CLOSE_MS, self, lambda: self._close_if_idle(call_id))

    def _close_ended_later(self, call_id: str) -> None:
        """An answered call's pop closes after the ``close_ended_after`` setting (0: it stays)."""
        if seconds := self.settings.close_ended_after:
            QTimer.singleShot(seconds * 1000, self, lambda: self._close_if_idle(call_id))

    def _close_if_idle(self, call_id: str) -> None:
        pop = self.pops.get(call_id)
        if pop is not None and not pop.note_started:
            self.close(call_id)

    # ------------------------------------------------------------------ slow parts (tasks)
    async def _lookup_customer(self, call_id: str, phone: str) -> None:
        provider = self.session.provider
        try:
            customer = await provider.find_customer(phone)  # type: ignore[union-attr]
        except AgentDeskError as exc:
            if pop := self.pops.get(call_id):
                pop.set_customer_error(error_text(exc))
                self._looked_up(call_id)
            return
        if customer is not None and customer.id:
            self._customer_ids[call_id] = customer.id
        if pop := self.pops.get(call_id):
            pop.set_customer(customer)
            self._looked_up(call_id)
        if customer is not None and customer.name:
            self._names[call_id] = customer.name
            self.customerFound.emit(call_id, customer.name)
            if self.session.profile is not None:
                self.notes.set_customer(self.session.profile.name, call_id, customer.name)

    async def _recent_calls(self, call_id: str, phone: str) -> None:
        provider = self.session.provider
        try:
            page = await provider.history(HistoryQuery(phone=phone, limit=HISTORY_ROWS))  # type: ignore[union-attr]
        except AgentDeskError as exc:
            if pop := self.pops.get(call_id):
                pop.set_history_error(error_text(exc))
                self._looked_up(call_id)
            return
        if pop := self.pops.get(call_id):
            records = sorted(page.records, key=lambda r: r.started_at.timestamp() if r.started_at else 0, reverse=True)
            pop.set_history(records[:HISTORY_ROWS])
            self._looked_up(call_id)

    def _looked_up(self, call_id: str) -> None:
        """One look-up of the pop of ``call_id`` answered (or failed) and changed its contents: the
        pops are placed at once when no other look-up of that pop is outstanding, else within
        :data:`LOOKUP_PLACE_MS` (or by any placement before), so two answers close together place once."""
        left = self._lookups.pop(call_id, 1) - 1
        if left > 0:
            self._lookups[call_id] = left
            if not self._place_timer.isActive():
                self._place_timer.start()
        else:
            self._restack()

    # ------------------------------------------------------------------ actions
    def open_crm(self, phone: str) -> None:
        profile = self.session.profile
        url = crm_url(profile.crm_url, phone) if profile is not None and profile.crm_url else ""
        if url:
            QDesktopServices.openUrl(QUrl(url))

    def copy_number(self, phone: str) -> None:
        QGuiApplication.clipboard().setText(phone)
        self.session.notice.emit(fill(self.tr("Copied %1"), display(phone)))

    def call_back(self, phone: str, customer_id: str | None = None) -> None:
        if not caller_number(phone):
            self.session.notice.emit(self.tr("This caller's number is not a phone number, so it cannot be called."))
            return
        problem = self.dialer.dial(phone, customer_id)
        if problem:
            self.session.notice.emit(problem)

    def current(self) -> sp.ScreenPop | None:
        """The pop the keyboard's pop actions act on: the newest ringing or answered one, else the newest."""
        live = [pop for pop in self.pops.values() if pop.state in (sp.PopState.RINGING, sp.PopState.ANSWERED)]
        shown = live or list(self.pops.values())
        return shown[-1] if shown else None

    def act(self, action: str) -> None:
        """Run a pop action (``copy``, ``crm``, ``note``, ``dismiss``) on :meth:`current`, or say why not."""
        pop = self.current()
        if pop is None:
            self.session.notice.emit(self.tr("No screen-pop is open."))
            return
        if action == "crm" and not pop.crm_button.isEnabled():
            self.session.notice.emit(self.tr("No CRM address is set in this profile."))
            return
        pop.act(action)

    def restyle(self) -> None:
        for pop in self.pops.values():
            pop.restyle()
        for pop in [*self._kept, *([self._spare] if self._spare is not None else [])]:
            pop.restyle()

    def close(self, call_id: str, *, restack: bool = True) -> None:
        """Close the pop of ``call_id``; ``restack=False`` leaves placing the rest to the caller."""
        if self.session.profile is not None:
            self.notes.flush(self.session.profile.name, call_id)
        pop = self.pops.pop(call_id, None)
        self._screens.pop(call_id, None)
        self._names.pop(call_id, None)
        self._customer_ids.pop(call_id, None)
        self._dnc.pop(call_id, None)
        self._lookups.pop(call_id, None)
        self._flows = {flow: call for flow, call in self._flows.items() if call != call_id}
        if pop is not None:
            pop.close()
            if len(self._kept) < KEPT_POPS and pop.reusable and self.session.signed_in:
                self._kept.append(pop)  # hidden, bound to the next call (see the module doc)
            else:
                pop.deleteLater()
            if restack:
                self._restack()

    def close_all(self) -> None:
        for call_id in list(self.pops):
            self.close(call_id, restack=False)
        self._restack()
        if self._more is not None:
            self._more.hide()

    def _trim(self) -> None:
        """Keep at most MAX_POPS: close the oldest pops that are no longer ringing or on a call (the
        caller places the rest: a new pop is placed once, not once per pop closed for it)."""
        for call_id, pop in list(self.pops.items()):
            if len(self.pops) <= MAX_POPS:
                return
            if pop.state not in (sp.PopState.RINGING, sp.PopState.ANSWERED) and not pop.note_started:
                self.close(call_id, restack=False)

    def _restack(self) -> None:
        """Place the pops (see :mod:`agent_desk.ui.pops.stacking`): no overlap, the oldest collapsed
        into "N more calls" when they do not fit, and nothing moved while the pointer is over it.
        Nothing is done when the pops, their order, heights and screens, the collapsed count and the
        state texts of the pops listed in "N more calls" are what the last placement placed (most
        events and look-ups change none of them: a shown pop's new state is drawn by the pop itself).
        It places what a look-up's answer left waiting (see :meth:`_looked_up`)."""
        self._place_timer.stop()
        screens: dict[QScreen, list[str]] = {}
        for call_id, pop in self.pops.items():
            screen = self._screens.get(call_id) or QGuiApplication.primaryScreen()
            screens.setdefault(screen, []).append(call_id)
            pop.fit()
        pointer = QCursor.pos()
        placement = (
            tuple((c, id(p), p.height()) for c, p in self.pops.items()),
            tuple((id(screen), screen.availableGeometry().getRect(), tuple(ids)) for screen, ids in screens.items()),
            len(self.collapsed),
            # the same pops, heights and screens collapse the same pops as last time: their texts
            tuple(self.pops[c].state_label.text() for c in self._listed if c in self.pops),
        )
        if placement == self._placed:
            return
        hovering = False
        collapsed: list[str] = []
        more_at: QPoint | None = None
        for screen, ids in screens.items():
            area = screen.availableGeometry()
            pops = [self.pops[c] for c in ids]
            held = {
                i: pop.y() for i, pop in enumerate(pops) if pop.isVisible() and pop.frameGeometry().contains(pointer)
            }
            hovering = hovering or bool(held)
            more = self._more_pop()
            placed, collapsed_here = None, -1
            for _ in range(4):  # the "N more" pop's height depends on how many it lists: until it settles
                placed = stack(
                    [pop.height() for pop in pops],
                    top=area.top() + MARGIN,
                    bottom=area.bottom() - MARGIN,
                    margin=MARGIN,
                    max_shown=MAX_SHOWN,
                    more_height=more.sizeHint().height(),
                    held=held,
                )
                if placed.collapsed == collapsed_here:
                    break
                collapsed_here = placed.collapsed
                more.set_calls(self._collapsed_calls(ids[:collapsed_here]), len(self.collapsed))
            assert placed is not None
            left = area.right() - MARGIN - sp.POP_WIDTH
            for pop, top in zip(pops, placed.tops, strict=True):
                if top is None:
                    pop.hide()
                    continue
                if pop.pos() != QPoint(left, top):
                    pop.move(QPoint(left, top))
                if not pop.isVisible():
                    pop.show()
            collapsed += ids[: placed.collapsed]
            if placed.more_top is not None:
                more_at = QPoint(left, placed.more_top)
        self._show_more(collapsed, more_at)
        self._listed = collapsed
        self._placed = None if hovering else placement  # placed around a held pop: placed again later
        if hovering:  # once the pointer leaves, what waited is placed
            self._hover_check.start()

    def _more_pop(self) -> MorePop:
        if self._more is None:
            self._more = MorePop(sp.POP_WIDTH)
            self._more.chosen.connect(self.promote)
        return self._more

    def _show_more(self, collapsed: list[str], where: QPoint | None) -> None:
        more = self._more
        if not collapsed or where is None:
            if more is not None:
                more.hide()
            return
        more = self._more_pop()
        more.set_calls(self._collapsed_calls(collapsed), len(self.collapsed))
        more.move(where)
        more.show()

    def _collapsed_calls(self, ids: list[str]) -> list[tuple[str, str, str]]:
        return [(c, self.pops[c].number_text, self.pops[c].state_label.text()) for c in reversed(ids)]

    def promote(self, call_id: str) -> None:
        """Show a collapsed call's pop again, as the newest."""
        pop = self.pops.pop(call_id, None)
        if pop is not None:
            self.pops[call_id] = pop
            self._restack()

    def _pointer_left(self) -> None:
        pointer = QCursor.pos()
        if any(pop.isVisible() and pop.frameGeometry().contains(pointer) for pop in self.pops.values()):
            return
        self._hover_check.stop()
        self._restack()

    def _ring(self) -> None:
        if not self.settings.pop_sound:
            return
        if self._sound is None:
            from PySide6.QtMultimedia import QSoundEffect  # only for agents who turned sound on

            from agent_desk.ui.common.media_backend import media_backend_quiet

            with media_backend_quiet():
                self._sound = QSoundEffect(self)
                self._sound.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / "ring.wav")))
        self._sound.play()

    # ------------------------------------------------------------------ notes
    def _note_changed(self, profile: str, call_id: str, text: str, origin: object) -> None:
        pop = self.pops.get(call_id)
        if pop is not None and pop is not origin and self._profile_name() == profile:
            if pop.set_note(text):
                self._restack()  # the pop grew

    def _disposition_changed(self, profile: str, call_id: str, code: str) -> None:
        pop = self.pops.get(call_id)
        if pop is not None and self._profile_name() == profile:
            pop.set_disposition(code)

    def _note_failed(self, profile: str, call_id: str, text: str) -> None:
        self.session.notice.emit(text)
        if (pop := self.pops.get(call_id)) is not None and self._profile_name() == profile:
            pop.set_note_problem(text)
            self._restack()

    def _note_saved(self, profile: str, call_id: str) -> None:
        pop = self.pops.get(call_id)
        if pop is not None and pop.note_problem.text() and self._profile_name() == profile:
            pop.set_note_problem("")
            self._restack()

    def _profile_name(self) -> str:
        return self.session.profile.name if self.session.profile else ""

    def _on_session_changed(self) -> None:
        if self.session.state == SessionState.SIGNED_OUT:
            self.close_all()
            spare, self._spare = self._spare, None
            if spare is not None:  # made again at the next sign-in
                spare.deleteLater()
            for pop in self._kept:
                pop.deleteLater()
            self._kept.clear()
        elif self.session.signed_in:
            self._spare_later()
