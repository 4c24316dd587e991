"""Outbound campaigns in the simulated call center: leads dialled onto the floor at a ratio.

One :class:`Dialer` per simulator holds every campaign the dialects created (TEL4VN autodialer and
autocall queues, OnePOS campaigns and autocalls) and dials them through the shared
:class:`~agent_desk.sim.world.World`, so their calls ring real simulated extensions, publish the
world's ringing / answered / hangup / cdr events and land in the CDRs and reports like any call.

* ``kind = "agents"`` (a predictive dialer: TEL4VN autodialer, OnePOS campaigns): while running,
  it keeps ``ceil(free agents x ratio)`` customer calls dialling, where free agents are the
  campaign's extensions that are registered, not paused and not on or ringing with a call. A
  customer who picks up is connected to a free agent of the campaign (the agent's phone rings
  then answers after a short auto-answer); when nobody is free any more the call is dropped
  (``cancel``, the PBX's abandoned outbound call).
* ``kind = "ivr"`` (TEL4VN autocall, OnePOS autocall): at most ``ratio`` calls at once, each
  playing the campaign's template to the customer, who may press a key; no agent is involved.

Each attempt's outcome is drawn from the world's seeded random generator: 65 % answered, 20 %
no-answered, 15 % busy. A lead that was not reached is dialled again, its next number first,
until it was tried ``1 + retries`` times. Leads on the campaign's do-not-call list are skipped
(``dnc``) if they have not been dialled yet; a call already placed goes on, as TEL4VN's document
says. A campaign whose leads are all final is ``done``.

Dialects listen with :meth:`Dialer.on_outcome` to mirror lead outcomes in their own records.
"""

from __future__ import annotations

import asyncio
import dataclasses
import math
from collections.abc import Callable
from typing import Any

from agent_desk.sim.world import Call, SimEvent, World

#: lead statuses (TEL4VN's customer statuses, lower case, plus ``calling`` and ``dnc``)
FINAL = ("answered", "busy", "no-answered", "cancel", "fail", "dnc")
TICK = 0.1  # seconds between two looks at the floor
AUTO_ANSWER = 0.3  # seconds an agent's phone rings before a connected campaign call is picked up
OUTCOMES = (("answered", 65), ("no-answered", 20), ("busy", 15))


@dataclasses.dataclass
class Lead:
    """One customer of a campaign, with one or more numbers."""

    id: str
    phones: list[str]
    name: str = ""
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)
    status: str = "new"  # new | queue | calling | answered | busy | no-answered | cancel | fail | dnc
    attempts: int = 0
    press_key: str = ""
    agent: str | None = None
    talk_seconds: int = 0
    updated_at: float | None = None


@dataclasses.dataclass
class Campaign:
    """A dialling campaign. ``ratio``: calls per free agent (agents) or calls at once (ivr)."""

    id: str
    name: str
    kind: str  # "agents" | "ivr"
    queue_code: str
    agents: list[str]
    ratio: float
    retries: int
    created_at: float
    template: str = ""
    owner: str = ""  # the dialect's namespace: "tel4vn-autodialer", "tel4vn-autocall", "onepos", ...
    state: str = "new"  # new | running | stopped | done
    leads: dict[str, Lead] = dataclasses.field(default_factory=dict)
    dnc: set[str] = dataclasses.field(default_factory=set)
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """How many leads are in each status, plus ``total`` and ``dialled`` (attempts made)."""
        counts: dict[str, int] = {"total": len(self.leads), "dialled": 0}
        for lead in self.leads.values():
            counts[lead.status] = counts.get(lead.status, 0) + 1
            counts["dialled"] += lead.attempts
        return counts

    def add_leads(self, leads: list[Lead]) -> None:
        for lead in leads:
            lead.status = "dnc" if lead.id in self.dnc else ("queue" if self.state == "running" else "new")
            self.leads[lead.id] = lead


Outcome = Callable[[Campaign, Lead, Call], None]


class Dialer:
    """Every campaign of one simulator, and the tasks that dial the running ones."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.campaigns: dict[str, Campaign] = {}  # "<owner>/<id>" → campaign
        self._calls: dict[str, tuple[Campaign, Lead]] = {}  # live campaign calls by flow id
        self._runners: dict[str, asyncio.Task[None]] = {}
        self._listeners: list[Outcome] = []
        world.subscribe(self._on_world_event)

    # ------------------------------------------------------------------ registry
    @staticmethod
    def key(owner: str, campaign_id: str) -> str:
        return f"{owner}/{campaign_id}"

    def find(self, owner: str, campaign_id: str) -> Campaign | None:
        return self.campaigns.get(self.key(owner, campaign_id))

    def of(self, owner: str) -> list[Campaign]:
        return [c for c in self.campaigns.values() if c.owner == owner]

    def add(self, campaign: Campaign) -> Campaign:
        self.campaigns[self.key(campaign.owner, campaign.id)] = campaign
        return campaign

    def on_outcome(self, listener: Outcome) -> None:
        """Call ``listener(campaign, lead, call)`` after every attempt's outcome is known."""
        self._listeners.append(listener)

    def new_campaign(self, **fields: Any) -> Campaign:
        return Campaign(created_at=self.world.clock(), **fields)

    # ------------------------------------------------------------------ control
    def start(self, campaign: Campaign) -> None:
        """Run (or resume) ``campaign``; one with nothing left to dial is ``done`` at once."""
        campaign.state = "running"
        for lead in campaign.leads.values():
            if lead.status == "new":
                lead.status = "queue"
        key = self.key(campaign.owner, campaign.id)
        if key not in self._runners or self._runners[key].done():
            self._runners[key] = self.world._spawn(self._run(campaign))

    def stop(self, campaign: Campaign) -> None:
        """Pause: no new calls; calls already placed go on."""
        if campaign.state == "running":
            campaign.state = "stopped"

    def delete(self, campaign: Campaign) -> None:
        self.stop(campaign)
        self.campaigns.pop(self.key(campaign.owner, campaign.id), None)
        runner = self._runners.pop(self.key(campaign.owner, campaign.id), None)
        if runner is not None:
            runner.cancel()

    def block(self, campaign: Campaign, lead_ids: list[str]) -> None:
        """Put leads on the do-not-call list: skipped if not dialled yet."""
        campaign.dnc.update(lead_ids)
        for lead_id in lead_ids:
            lead = campaign.leads.get(lead_id)
            if lead is not None and lead.status in ("new", "queue"):
                lead.status = "dnc"

    # ------------------------------------------------------------------ dialling
    def _pending(self, campaign: Campaign) -> Lead | None:
        return next((lead for lead in campaign.leads.values() if lead.status == "queue"), None)

    def _in_flight(self, campaign: Campaign) -> list[Call]:
        calls = (self.world.calls.get(call_id) for call_id, (c, _) in self._calls.items() if c is campaign)
        return [call for call in calls if call is not None]

    def free_agents(self, campaign: Campaign) -> list[str]:
        states = self.world.agent_states()
        return [a for a in campaign.agents if states.get(a) == "available"]

    async def _run(self, campaign: Campaign) -> None:
        while campaign.state == "running":
            self._fill(campaign)
            idle = self._pending(campaign) is None and not self._in_flight(campaign)
            if idle and all(lead.status in FINAL for lead in campaign.leads.values()):
                campaign.state = "done"
                break
            await asyncio.sleep(TICK)

    def _fill(self, campaign: Campaign) -> None:
        live = self._in_flight(campaign)
        if campaign.kind == "ivr":
            room = max(1, int(campaign.ratio)) - len(live)
        else:
            dialling = sum(1 for call in live if call.extension is None)
            room = math.ceil(len(self.free_agents(campaign)) * campaign.ratio) - dialling
        while room > 0:
            lead = self._pending(campaign)
            if lead is None:
                return
            self._place(campaign, lead)
            room -= 1

    def _place(self, campaign: Campaign, lead: Lead) -> None:
        world = self.world
        phone = lead.phones[lead.attempts % len(lead.phones)]
        lead.attempts += 1
        lead.status, lead.updated_at = "calling", world.clock()
        call = world._new_call("outbound", phone, customer_id=lead.id)
        self._calls[call.id] = (campaign, lead)
        world._spawn(self._life(campaign, lead, call))

    async def _life(self, campaign: Campaign, lead: Lead, call: Call) -> None:
        world, s = self.world, self.world.settings
        outcome = world.rng.choices([o for o, _ in OUTCOMES], [w for _, w in OUTCOMES])[0]
        ring = s.customer_answer_delay * world.rng.uniform(0.6, 1.4)
        if outcome != "answered":
            ring = min(s.ring_timeout, ring * 2)
        if not await world._sleep_unless_ended(call, ring):
            return
        if outcome != "answered":
            world._finish(call, outcome)
            return
        call.state, call.answered_at = "answered", world.clock()
        call.recording = f"rec-{call.id}.wav"
        if campaign.kind == "ivr":
            lead.press_key = world.rng.choice(("1", "2", ""))
        else:
            free = self.free_agents(campaign)
            if not free:
                world._finish(call, "cancel")
                return
            agent = free[0]
            world._ring(call, [agent])
            leg = call.legs[agent]
            if not await world._sleep_unless_ended(call, AUTO_ANSWER):
                return
            leg.state, call.extension = "answered", agent
            lead.agent = agent
            world._emit("answered", call, leg)
        if await world._sleep_unless_ended(call, world.rng.uniform(*s.talk_time)):
            world._finish(call, "answered")

    def _on_world_event(self, event: SimEvent) -> None:
        if event.kind != "cdr":
            return
        entry = self._calls.pop(event.call.id, None)
        if entry is None:
            return
        campaign, lead = entry
        status = event.call.status or "fail"
        lead.updated_at = self.world.clock()
        lead.talk_seconds += event.call.billsec
        too_short = event.call.billsec < int(campaign.extra.get("min_recall_duration") or 0)
        if status == "answered" and not (too_short and lead.attempts <= campaign.retries):
            lead.status = "answered"
        elif lead.id in campaign.dnc:
            lead.status = "dnc"
        elif lead.attempts <= campaign.retries:
            lead.status = "queue"
        else:
            lead.status = status if status in FINAL else "fail"
        for listener in list(self._listeners):
            listener(campaign, lead, event.call)

    async def close(self) -> None:
        for task in self._runners.values():
            task.cancel()
        await asyncio.gather(*self._runners.values(), return_exceptions=True)
        self._runners.clear()
