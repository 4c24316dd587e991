"""OnePOS campaigns, leads, autocall and reports (document 000), as the simulator serves them.

The document lists these endpoints by verb and path, with two request bodies (autocall create and
bulk leads) and no answer shapes; every answer below uses the document's success envelope
``{"status": true, "data": ...}`` and the dialect's error envelope ``{"status": false,
"message"}``. Routes (added to :class:`~agent_desk.sim.dialects.onepos.OnePosDialect` by
:func:`campaign_routes`, behind its bearer-token guard), dialled by the simulator's
:class:`~agent_desk.sim.campaigns.Dialer`:

* ``GET /api/v3/campaign`` → ``data: [campaign]``; ``POST /api/v3/campaign`` → ``data: campaign``
  (HTTP 201); ``GET|PUT|DELETE /api/v3/campaign/{id}``; ``POST /api/v3/campaign/{id}/start|stop``.
* ``GET /api/v3/campaign/{id}/leads`` (``page``, ``limit`` as the CDR) → ``total, page, data:
  [lead]``; ``POST .../leads`` one lead → ``data: lead``; ``POST .../leads/bulk`` ``{"leads":
  [...]}`` → ``data: {"imported": N, "failed": [{"index", "phone", "message"}]}``.
* ``POST /api/v3/autocall/create`` (the document's body) → ``data: autocall``; ``GET
  /api/v3/autocall/{id}``; ``POST /api/v3/autocall/{id}/stop``.
* ``GET /api/v3/report/summary|by-agent|by-queue`` with ``start_date`` and ``end_date``
  (``YYYY-MM-DD``, as the CDR) and ``GET /api/v3/report/campaign/{id}``.

Undocumented choices
--------------------
* A campaign: ``{"id", "name", "status": "draft"|"running"|"stopped"|"completed", "queue",
  "agents": ["101", ...], "dial_ratio", "retry_times", "retry_interval", "total_leads",
  "called", "answered", "pending" (leads not finished yet), "created_at"}``. ``POST`` needs
  ``name`` (text); ``queue`` (a queue code, default none), ``agents`` (extensions; default the
  queue's members, else every agent), ``dial_ratio`` (calls per free agent, > 0, default 1),
  ``retry_times`` (>= 0, default 0) and ``retry_interval`` (seconds, kept and echoed; the
  simulator retries at once) are optional.
  ``PUT`` takes the same fields, each optional. Unknown ids → 404 "campaign not found".
* A lead: ``{"id", "phone", "name", "status": "new"|"queue"|"calling"|"answered"|"busy"|
  "no-answered"|"cancel"|"fail", "attempts", "agent", "custom_1"...}``. ``phone`` must be a
  Vietnamese number (``0`` or ``84`` and 9 digits, the TEL4VN document's pattern); the bulk
  import keeps the good leads and lists the others in ``failed``; a bulk of more than 10000
  leads is refused whole (400).
* An autocall: ``{"id", "campaign_id", "status": "scheduled"|"running"|"stopped"|"completed",
  "template_id", "schedule_at", "retry_times", "retry_interval", "total", "called",
  "answered", "pending"}``; it plays ``template_id`` to each phone, one call at a time, from
  ``schedule_at`` (now when absent or past). ``campaign_id`` and ``phones`` are required.
* Reports count the CDRs whose start is within the Vietnam days asked: ``summary`` → ``data:
  {"start_date", "end_date", "total_calls", "inbound", "outbound", "answered", "missed",
  "answer_rate" (0..1, null with no inbound call), "avg_wait", "max_wait", "talk_time",
  "avg_talk"}`` (answered/missed/answer rate and waits over inbound calls; wait = seconds from
  the start to the answer, or to the end for a missed call; avg_wait over answered calls);
  ``by-agent`` → ``data: [{"extension", "name", "total_calls", "answered", "missed",
  "talk_time", "avg_talk"}]``; ``by-queue`` → ``data: [{"queue", "name", "offered",
  "answered", "missed", "answer_rate", "avg_wait", "max_wait"}]``; ``campaign/{id}`` →
  ``data: {"campaign_id", "name", "status", "total_leads", "called", "answered", "busy",
  "no_answer", "failed", "pending", "talk_time", "by_agent": [{"extension", "answered",
  "talk_time"}]}``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING, Any

from aiohttp import web

from agent_desk.sim.campaigns import Campaign, Lead
from agent_desk.sim.dialects.onepos import _day, _whole, bad_request, iso, ok, refusal
from agent_desk.sim.world import Cdr

if TYPE_CHECKING:
    from agent_desk.sim.dialects.onepos import OnePosDialect

OWNER = "onepos"
AUTOCALL_OWNER = "onepos-autocall"
PHONE = re.compile(r"^(84|0[35789])[0-9]{8}$")
MAX_BULK = 10000
_CAMPAIGN_STATUS = {"new": "draft", "running": "running", "stopped": "stopped", "done": "completed"}
_AUTOCALL_STATUS = {"new": "scheduled", "running": "running", "stopped": "stopped", "done": "completed"}


def _number(value: Any, *, whole: bool = False) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if whole and not float(value).is_integer():
        return None
    return float(value)


class OnePosCampaignRoutes:
    """The handlers; they share the dialect's world, dialer and JSON helpers."""

    def __init__(self, dialect: OnePosDialect) -> None:
        self.dialect = dialect
        self.world = dialect.world
        self.dialer = dialect.sim.dialer
        self._ids = itertools.count(1)

    def routes(self) -> list[web.RouteDef]:
        api = "/api/v3"
        return [
            web.get(f"{api}/campaign", self.list_campaigns),
            web.post(f"{api}/campaign", self.create_campaign),
            web.get(f"{api}/campaign/{{id}}", self.get_campaign),
            web.put(f"{api}/campaign/{{id}}", self.update_campaign),
            web.delete(f"{api}/campaign/{{id}}", self.delete_campaign),
            web.post(f"{api}/campaign/{{id}}/{{action:start|stop}}", self.control_campaign),
            web.get(f"{api}/campaign/{{id}}/leads", self.list_leads),
            web.post(f"{api}/campaign/{{id}}/leads", self.add_lead),
            web.post(f"{api}/campaign/{{id}}/leads/bulk", self.bulk_leads),
            web.post(f"{api}/autocall/create", self.create_autocall),
            web.get(f"{api}/autocall/{{id}}", self.get_autocall),
            web.post(f"{api}/autocall/{{id}}/stop", self.stop_autocall),
            web.get(f"{api}/report/summary", self.report_summary),
            web.get(f"{api}/report/by-agent", self.report_by_agent),
            web.get(f"{api}/report/by-queue", self.report_by_queue),
            web.get(f"{api}/report/campaign/{{id}}", self.report_campaign),
        ]

    # ------------------------------------------------------------------ campaigns
    def campaign_json(self, c: Campaign) -> dict[str, Any]:
        counts = c.counts()
        return {
            "id": c.id,
            "name": c.name,
            "status": _CAMPAIGN_STATUS[c.state],
            "queue": c.queue_code or None,
            "agents": list(c.agents),
            "dial_ratio": c.ratio,
            "retry_times": c.retries,
            "retry_interval": c.extra.get("retry_interval", 0),
            "total_leads": counts["total"],
            "called": sum(1 for lead in c.leads.values() if lead.attempts),
            "answered": counts.get("answered", 0),
            "pending": counts.get("new", 0) + counts.get("queue", 0) + counts.get("calling", 0),
            "created_at": iso(c.created_at),
        }

    def _campaign(self, request: web.Request) -> Campaign:
        campaign = self.dialer.find(OWNER, request.match_info["id"])
        if campaign is None:
            raise web.HTTPNotFound(
                text='{"status": false, "message": "campaign not found"}', content_type="application/json"
            )
        return campaign

    def _settings(self, body: dict[str, Any], campaign: Campaign | None) -> dict[str, Any]:
        """The campaign fields of a POST/PUT body, checked; 400 for a bad one."""
        out: dict[str, Any] = {}
        if "name" in body or campaign is None:
            if not isinstance(body.get("name"), str) or not body["name"].strip():
                raise bad_request("name is required")
            out["name"] = body["name"].strip()
        if "queue" in body:
            queue = body["queue"]
            if queue is not None and (not isinstance(queue, str) or queue not in self.world.queues):
                raise bad_request("queue must be a queue code of this PBX")
            out["queue_code"] = queue or ""
        if "agents" in body:
            agents = body["agents"]
            if (
                not isinstance(agents, list)
                or not agents
                or any(not isinstance(a, str) or a.removeprefix("ext_") not in self.world.extensions for a in agents)
            ):
                raise bad_request("agents must be a list of extensions of this PBX")
            out["agents"] = [a.removeprefix("ext_") for a in agents]
        for name, key, whole, lowest in (
            ("dial_ratio", "ratio", False, 0.0),
            ("retry_times", "retries", True, 0.0),
            ("retry_interval", "retry_interval", True, 0.0),
        ):
            if name in body:
                value = _number(body[name], whole=whole)
                if value is None or value < lowest or (name == "dial_ratio" and value <= 0):
                    raise bad_request(f"{name} must be a number {'> 0' if name == 'dial_ratio' else '>= 0'}")
                out[key] = int(value) if whole else value
        return out

    def _default_agents(self, queue_code: str) -> list[str]:
        queue = self.world.queues.get(queue_code)
        if queue is not None:
            return list(queue.members)
        return [e.number for e in self.world.extensions.values() if e.level == "agent" and not e.floor]

    async def list_campaigns(self, request: web.Request) -> web.Response:
        return ok(data=[self.campaign_json(c) for c in self.dialer.of(OWNER)])

    async def create_campaign(self, request: web.Request) -> web.Response:
        fields = self._settings(await self.dialect._json_object(request), None)
        queue_code = fields.get("queue_code", "")
        campaign = self.dialer.new_campaign(
            id=f"camp_{next(self._ids):03d}",
            name=fields["name"],
            kind="agents",
            queue_code=queue_code,
            agents=fields.get("agents") or self._default_agents(queue_code),
            ratio=fields.get("ratio", 1.0),
            retries=fields.get("retries", 0),
            owner=OWNER,
        )
        campaign.extra["retry_interval"] = fields.get("retry_interval", 0)
        self.dialer.add(campaign)
        return web.json_response({"status": True, "data": self.campaign_json(campaign)}, status=201)

    async def get_campaign(self, request: web.Request) -> web.Response:
        return ok(data=self.campaign_json(self._campaign(request)))

    async def update_campaign(self, request: web.Request) -> web.Response:
        campaign = self._campaign(request)
        fields = self._settings(await self.dialect._json_object(request), campaign)
        if "retry_interval" in fields:
            campaign.extra["retry_interval"] = fields.pop("retry_interval")
        for key, value in fields.items():
            setattr(campaign, key, value)
        return ok(data=self.campaign_json(campaign))

    async def delete_campaign(self, request: web.Request) -> web.Response:
        campaign = self._campaign(request)
        self.dialer.delete(campaign)
        return ok(data={"id": campaign.id})

    async def control_campaign(self, request: web.Request) -> web.Response:
        campaign = self._campaign(request)
        if request.match_info["action"] == "start":
            self.dialer.start(campaign)
        else:
            self.dialer.stop(campaign)
        return ok(data=self.campaign_json(campaign))

    # ------------------------------------------------------------------ leads
    @staticmethod
    def lead_json(lead: Lead) -> dict[str, Any]:
        return {
            **{k: v for k, v in lead.extra.items() if k not in ("phone", "name")},
            "id": lead.id,
            "phone": lead.phones[0],
            "name": lead.name,
            "status": lead.status,
            "attempts": lead.attempts,
            "agent": lead.agent,
        }

    def _lead(self, campaign: Campaign, item: Any) -> Lead | str:
        """A lead from one object of a request, or why it is refused."""
        if not isinstance(item, dict):
            return "a lead must be an object"
        phone, name = item.get("phone"), item.get("name", "")
        if not isinstance(phone, str) or not PHONE.match(phone.strip()):
            return "phone must be a Vietnamese number (0xxxxxxxxx or 84xxxxxxxxx)"
        if not isinstance(name, str):
            return "name must be text"
        extra = {k: v for k, v in item.items() if isinstance(v, (str, int, float)) and k not in ("phone", "name")}
        return Lead(id=f"lead_{len(campaign.leads) + 1:05d}", phones=[phone.strip()], name=name, extra=extra)

    async def list_leads(self, request: web.Request) -> web.Response:
        campaign = self._campaign(request)
        page, limit = _whole(request.query, "page", 1), _whole(request.query, "limit", 20, 100)
        leads = list(campaign.leads.values())
        chunk = leads[(page - 1) * limit : page * limit]
        return ok(total=len(leads), page=page, data=[self.lead_json(lead) for lead in chunk])

    async def add_lead(self, request: web.Request) -> web.Response:
        campaign = self._campaign(request)
        lead = self._lead(campaign, await self.dialect._json_object(request))
        if isinstance(lead, str):
            return refusal(400, lead)
        campaign.add_leads([lead])
        return web.json_response({"status": True, "data": self.lead_json(lead)}, status=201)

    async def bulk_leads(self, request: web.Request) -> web.Response:
        campaign = self._campaign(request)
        items = (await self.dialect._json_object(request)).get("leads")
        if not isinstance(items, list) or not items:
            return refusal(400, "leads must be a non-empty list")
        if len(items) > MAX_BULK:
            return refusal(400, f"at most {MAX_BULK} leads per import")
        failed, good = [], []
        for index, item in enumerate(items):
            lead = self._lead(campaign, item)
            if isinstance(lead, str):
                phone = item.get("phone") if isinstance(item, dict) else None
                failed.append({"index": index, "phone": phone, "message": lead})
            else:
                campaign.add_leads([lead])
                good.append(lead)
        return ok(data={"imported": len(good), "failed": failed})

    # ------------------------------------------------------------------ autocall
    def autocall_json(self, c: Campaign) -> dict[str, Any]:
        counts = c.counts()
        final = sum(counts.get(s, 0) for s in ("answered", "busy", "no-answered", "cancel", "fail", "dnc"))
        return {
            "id": c.id,
            "campaign_id": c.extra["campaign_id"],
            "status": _AUTOCALL_STATUS[c.state],
            "template_id": c.template,
            "schedule_at": c.extra.get("schedule_at"),
            "retry_times": c.retries,
            "retry_interval": c.extra.get("retry_interval", 0),
            "total": counts["total"],
            "called": sum(1 for lead in c.leads.values() if lead.attempts),
            "answered": counts.get("answered", 0),
            "pending": counts["total"] - final,
        }

    async def create_autocall(self, request: web.Request) -> web.Response:
        body = await self.dialect._json_object(request)
        campaign_id, phones = body.get("campaign_id"), body.get("phones")
        if not isinstance(campaign_id, str) or not campaign_id:
            return refusal(400, "campaign_id is required")
        if (
            not isinstance(phones, list)
            or not phones
            or any(not isinstance(p, str) or not PHONE.match(p) for p in phones)
        ):
            return refusal(400, "phones must be a non-empty list of Vietnamese numbers")
        template = body.get("template_id", "")
        retries, interval = body.get("retry_times", 0), body.get("retry_interval", 0)
        if (
            not isinstance(template, str)
            or _number(retries, whole=True) is None
            or _number(interval, whole=True) is None
        ):
            return refusal(400, "template_id must be text; retry_times and retry_interval whole numbers")
        delay = 0.0
        schedule = body.get("schedule_at")
        if schedule is not None:
            try:
                when = dt.datetime.fromisoformat(schedule) if isinstance(schedule, str) else None
            except ValueError:
                when = None
            if when is None or when.tzinfo is None:
                return refusal(400, "schedule_at must be an ISO-8601 time with its offset")
            delay = max(0.0, when.timestamp() - self.world.clock())
        campaign = self.dialer.new_campaign(
            id=f"ac_{next(self._ids):03d}",
            name=campaign_id,
            kind="ivr",
            queue_code="",
            agents=[],
            ratio=1.0,
            retries=int(retries),
            template=template,
            owner=AUTOCALL_OWNER,
        )
        campaign.extra.update(campaign_id=campaign_id, schedule_at=schedule, retry_interval=int(interval))
        campaign.add_leads([Lead(id=f"{campaign.id}-{i + 1}", phones=[p]) for i, p in enumerate(phones)])
        self.dialer.add(campaign)
        if delay:
            self.world._spawn(self._start_later(campaign, delay))
        else:
            self.dialer.start(campaign)
        return ok(data=self.autocall_json(campaign))

    async def _start_later(self, campaign: Campaign, delay: float) -> None:
        await asyncio.sleep(delay)
        if campaign.state == "new":
            self.dialer.start(campaign)

    def _autocall(self, request: web.Request) -> Campaign:
        campaign = self.dialer.find(AUTOCALL_OWNER, request.match_info["id"])
        if campaign is None:
            raise web.HTTPNotFound(
                text='{"status": false, "message": "autocall not found"}', content_type="application/json"
            )
        return campaign

    async def get_autocall(self, request: web.Request) -> web.Response:
        return ok(data=self.autocall_json(self._autocall(request)))

    async def stop_autocall(self, request: web.Request) -> web.Response:
        campaign = self._autocall(request)
        if campaign.state == "new":
            campaign.state = "stopped"
        self.dialer.stop(campaign)
        return ok(data=self.autocall_json(campaign))

    # ------------------------------------------------------------------ reports
    def _cdrs(self, request: web.Request) -> tuple[list[Cdr], str, str]:
        start, end = _day(request.query, "start_date", end=False), _day(request.query, "end_date", end=True)
        if start >= end:
            raise bad_request("start_date must not be after end_date")
        rows = [c for c in self.world.cdrs if start <= c.started_at < end]
        return rows, request.query["start_date"], request.query["end_date"]

    @staticmethod
    def _wait(cdr: Cdr) -> float:
        return (cdr.answered_at or cdr.ended_at) - cdr.started_at

    def _figures(self, rows: list[Cdr]) -> dict[str, Any]:
        inbound = [c for c in rows if c.direction == "inbound"]
        answered_in = [c for c in inbound if c.status == "answered"]
        talk = sum(c.billsec for c in rows if c.status == "answered")
        answered_all = sum(1 for c in rows if c.status == "answered")
        return {
            "total_calls": len(rows),
            "inbound": len(inbound),
            "outbound": sum(1 for c in rows if c.direction == "outbound"),
            "answered": len(answered_in),
            "missed": len(inbound) - len(answered_in),
            "answer_rate": round(len(answered_in) / len(inbound), 4) if inbound else None,
            "avg_wait": round(sum(self._wait(c) for c in answered_in) / len(answered_in)) if answered_in else 0,
            "max_wait": round(max((self._wait(c) for c in inbound), default=0)),
            "talk_time": talk,
            "avg_talk": round(talk / answered_all) if answered_all else 0,
        }

    async def report_summary(self, request: web.Request) -> web.Response:
        rows, start, end = self._cdrs(request)
        return ok(data={"start_date": start, "end_date": end, **self._figures(rows)})

    async def report_by_agent(self, request: web.Request) -> web.Response:
        rows, _, _ = self._cdrs(request)
        data = []
        for number in sorted({c.extension for c in rows if c.extension}):
            mine = [c for c in rows if c.extension == number]
            answered = [c for c in mine if c.status == "answered"]
            talk = sum(c.billsec for c in answered)
            ext = self.world.extensions.get(number)
            data.append(
                {
                    "extension": number,
                    "name": ext.name if ext else None,
                    "total_calls": len(mine),
                    "answered": len(answered),
                    "missed": len(mine) - len(answered),
                    "talk_time": talk,
                    "avg_talk": round(talk / len(answered)) if answered else 0,
                }
            )
        return ok(data=data)

    async def report_by_queue(self, request: web.Request) -> web.Response:
        rows, _, _ = self._cdrs(request)
        data = []
        for code, queue in self.world.queues.items():
            figures = self._figures([c for c in rows if c.queue == code and c.direction == "inbound"])
            data.append(
                {
                    "queue": code,
                    "name": queue.name,
                    "offered": figures["inbound"],
                    "answered": figures["answered"],
                    "missed": figures["missed"],
                    "answer_rate": figures["answer_rate"],
                    "avg_wait": figures["avg_wait"],
                    "max_wait": figures["max_wait"],
                }
            )
        return ok(data=data)

    async def report_campaign(self, request: web.Request) -> web.Response:
        campaign = self._campaign(request)
        counts = campaign.counts()
        agents: dict[str, dict[str, Any]] = {}
        for lead in campaign.leads.values():
            if lead.agent and lead.status == "answered":
                row = agents.setdefault(lead.agent, {"extension": lead.agent, "answered": 0, "talk_time": 0})
                row["answered"] += 1
                row["talk_time"] += lead.talk_seconds
        return ok(
            data={
                "campaign_id": campaign.id,
                "name": campaign.name,
                "status": _CAMPAIGN_STATUS[campaign.state],
                "total_leads": counts["total"],
                "called": sum(1 for lead in campaign.leads.values() if lead.attempts),
                "answered": counts.get("answered", 0),
                "busy": counts.get("busy", 0),
                "no_answer": counts.get("no-answered", 0),
                "failed": counts.get("cancel", 0) + counts.get("fail", 0),
                "pending": counts.get("new", 0) + counts.get("queue", 0) + counts.get("calling", 0),
                "talk_time": sum(lead.talk_seconds for lead in campaign.leads.values()),
                "by_agent": list(agents.values()),
            }
        )


def campaign_routes(dialect: OnePosDialect) -> list[web.RouteDef]:
    """The campaign, lead, autocall and report routes for ``dialect``."""
    return OnePosCampaignRoutes(dialect).routes()
