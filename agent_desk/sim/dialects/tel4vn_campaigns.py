"""TEL4VN's autodialer and autocall queues (document 002), as the simulator serves them.

Routes (added to :class:`~agent_desk.sim.dialects.tel4vn.Tel4vnDialect` by :func:`campaign_routes`,
behind its bearer-token guard), dialled by the simulator's :class:`~agent_desk.sim.campaigns.Dialer`:

* ``POST /v2/autodialer/queue`` ``{"campaign_id", "queue_code", "precall_ratio",
  "max_recall_count", "queue_agents", "customers": [{"id", "mobiles": [...]}]}`` →
  ``{"message": "successfully"}``; anything missing or malformed → HTTP 400
  ``{"message": "campaign is invalid"}`` (the document's only error body). The queue starts
  dialling at once ("nhận thông tin về queue để tiến hành tự động gọi ra").
* ``POST /v2/autodialer/queue/{stop,start,delete}`` ``{"queue_code"}`` → ``{"message":
  "successfully"}``; an unknown queue → HTTP 404 ``{"message": "queue not found"}``.
* ``POST /v2/autocall/queue`` ``{"queue_code", "template", "concurrent_call",
  "max_recall_count", "min_recall_duration", "customers": [...]}`` → ``{"code": 200, "content":
  "successfully", "data": {"fail": [ids], "success": [ids]}}``; nothing importable → HTTP 400
  ``{"code": 400, "content": "import fail", "data": {...}}``.
* ``POST /v2/autocall/queue/dnc`` ``{"queue_code", "customers": [{"id"}]}`` and
  ``/v2/autocall/queue/{stop,start,delete}`` → ``{"code": 200, "content": "successfully"}``;
  an unknown queue → HTTP 404 ``{"code": 404, "content": "queue not found"}``.

Undocumented choices
--------------------
* ``precall_ratio`` is a percentage of the free agents (``"150"``: 1.5 calls per free agent);
  ``precall_ratio`` and ``max_recall_count`` may be text (the document's sample) or numbers.
  ``queue_agents`` is one extension or several separated by commas (or a JSON list); without it
  the agents are the members of the world queue named by ``queue_code``, else every agent.
* A mobile must match the document's customer pattern ``^(84|0[3|5|7|8|9])+([0-9]{8})$``; an
  autodialer customer without one makes the whole request invalid, an autocall customer without
  one lands in ``data.fail``.
* ``min_recall_duration``: an answered autocall call shorter than this many seconds is dialled
  again while ``max_recall_count`` allows.
* Posting to an existing ``queue_code`` adds its customers to that queue and takes the new
  parameters. Deleting a running queue stops it first. ``concurrent_call`` defaults to 1 and
  ``max_recall_count`` to 0 on autocall.
* Autodialer customers also become ``GET /v2/customer`` records of the ``campaign_id`` (code =
  the customer's id, status NEW → QUEUE → ANSWERED | BUSY | NO-ANSWERED | CANCEL), which is how
  a client follows a queue's progress; autocall queues have no campaign id and are listed under
  their ``queue_code``.
* Under the newer hook revision (see ``tel4vn.py``), every finished autocall call is posted as
  ``cdr_autocall`` (cdr fields plus ``press_key`` and ``customer_id``); every campaign call also
  sends the ordinary events of its legs and its ``cdr``.
* The Post Customer example's curl goes to ``/v2/autocall/queue`` with a customer body; such a
  body (``customer_code`` and no ``queue_code``) is served as ``POST /v2/customer``.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import TYPE_CHECKING, Any

from aiohttp import web

from agent_desk.sim.campaigns import Campaign, Lead
from agent_desk.sim.dialects.tel4vn import DOMAIN
from agent_desk.sim.world import Call, Customer

if TYPE_CHECKING:
    from agent_desk.sim.dialects.tel4vn import Tel4vnDialect

AUTODIALER = "tel4vn-autodialer"
AUTOCALL = "tel4vn-autocall"
PHONE = re.compile(r"^(84|0[3|5|7|8|9])+([0-9]{8})$")


def _whole(value: Any) -> int | None:
    """A whole number sent as a number or as text (``"150"``); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _agents(value: Any) -> list[str] | None:
    if isinstance(value, list) and all(isinstance(v, (str, int)) for v in value):
        return [str(v).strip() for v in value if str(v).strip()]
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return [part.strip() for part in str(value).split(",") if part.strip()]
    return None


def _customers(value: Any) -> list[tuple[dict[str, Any], list[str]]] | None:
    """``(customer, valid mobiles)`` for each object with a text ``id`` and a ``mobiles`` list."""
    if not isinstance(value, list) or not value:
        return None
    out = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
            return None
        mobiles = item.get("mobiles")
        if not isinstance(mobiles, list):
            return None
        out.append((item, [m for m in mobiles if isinstance(m, str) and PHONE.match(m)]))
    return out


class Tel4vnCampaignRoutes:
    """The handlers; they share the dialect's world, dialer, hooks and JSON helpers."""

    def __init__(self, dialect: Tel4vnDialect) -> None:
        self.dialect = dialect
        self.world = dialect.world
        self.dialer = dialect.sim.dialer
        self.dialer.on_outcome(self._outcome)

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/v2/autodialer/queue", self.autodialer_queue),
            web.post("/v2/autodialer/queue/{action:stop|start|delete}", self.autodialer_control),
            web.post("/v2/autocall/queue", self.autocall_queue),
            web.post("/v2/autocall/queue/dnc", self.autocall_dnc),
            web.post("/v2/autocall/queue/{action:stop|start|delete}", self.autocall_control),
        ]

    # ------------------------------------------------------------------ autodialer
    async def autodialer_queue(self, request: web.Request) -> web.Response:
        invalid = web.json_response({"message": "campaign is invalid"}, status=400)
        try:
            body = await self.dialect._json_object(request)
        except web.HTTPBadRequest:
            return invalid
        campaign_id, code = body.get("campaign_id"), body.get("queue_code")
        ratio, retries = _whole(body.get("precall_ratio")), _whole(body.get("max_recall_count"))
        customers = _customers(body.get("customers"))
        agents = _agents(body["queue_agents"]) if "queue_agents" in body else self._default_agents(code)
        if (
            not isinstance(campaign_id, str)
            or not campaign_id
            or not isinstance(code, str)
            or not code
            or ratio is None
            or ratio < 1
            or retries is None
            or customers is None
            or any(not mobiles for _, mobiles in customers)
            or not agents
            or any(a not in self.world.extensions for a in agents)
        ):
            return invalid
        campaign = self.dialer.find(AUTODIALER, code) or self.dialer.add(
            self.dialer.new_campaign(
                id=code,
                name=code,
                kind="agents",
                queue_code=code,
                agents=agents,
                ratio=1.0,
                retries=0,
                owner=AUTODIALER,
            )
        )
        campaign.agents, campaign.ratio, campaign.retries = agents, ratio / 100, retries
        campaign.extra["campaign_id"] = campaign_id
        campaign.add_leads([Lead(id=item["id"], phones=mobiles) for item, mobiles in customers])
        for item, mobiles in customers:
            self._remember_customer(campaign_id, item, mobiles[0])
        self.dialer.start(campaign)
        return web.json_response({"message": "successfully"})

    def _default_agents(self, code: Any) -> list[str]:
        queue = self.world.queues.get(code) if isinstance(code, str) else None
        if queue is not None:
            return list(queue.members)
        return [e.number for e in self.world.extensions.values() if e.level == "agent" and not e.floor]

    def _remember_customer(self, campaign_id: str, item: dict[str, Any], phone: str) -> None:
        existing = next(
            (c for c in self.world.customers.values() if c.campaign_id == campaign_id and c.code == item["id"]), None
        )
        if existing is not None:
            existing.phone, existing.status = phone, "QUEUE"
            return
        customer_id = str(uuid.uuid4())
        self.world.customers[customer_id] = Customer(
            id=customer_id,
            code=item["id"],
            name=str(item.get("name", "")),
            phone=phone,
            campaign_id=campaign_id,
            contract_number=str(item.get("contract_number", "")),
            status="QUEUE",
            created_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        )

    async def autodialer_control(self, request: web.Request) -> web.Response:
        campaign = await self._queue(request, AUTODIALER)
        if campaign is None:
            return web.json_response({"message": "queue not found"}, status=404)
        self._control(campaign, request.match_info["action"])
        return web.json_response({"message": "successfully"})

    # ------------------------------------------------------------------ autocall
    async def autocall_queue(self, request: web.Request) -> web.Response:
        fail: dict[str, Any] = {"code": 400, "content": "import fail", "data": {"fail": [], "success": []}}
        try:
            body = await self.dialect._json_object(request)
        except web.HTTPBadRequest:
            return web.json_response(fail, status=400)
        if "queue_code" not in body and "customer_code" in body:  # the Post Customer example's curl
            return await self.dialect.create_customer(request)
        code, template = body.get("queue_code"), body.get("template")
        concurrent = _whole(body.get("concurrent_call", 1))
        retries = _whole(body.get("max_recall_count", 0))
        min_recall = _whole(body.get("min_recall_duration", 0))
        customers = _customers(body.get("customers"))
        if (
            not isinstance(code, str)
            or not code
            or not isinstance(template, str)
            or not template
            or not concurrent
            or retries is None
            or min_recall is None
            or customers is None
        ):
            return web.json_response(fail, status=400)
        good = [(item, mobiles) for item, mobiles in customers if mobiles]
        result = {"fail": [item["id"] for item, mobiles in customers if not mobiles], "success": []}
        if not good:
            return web.json_response({**fail, "data": result}, status=400)
        campaign = self.dialer.find(AUTOCALL, code) or self.dialer.add(
            self.dialer.new_campaign(
                id=code, name=code, kind="ivr", queue_code=code, agents=[], ratio=1.0, retries=0, owner=AUTOCALL
            )
        )
        campaign.template, campaign.ratio, campaign.retries = template, float(concurrent), retries
        campaign.extra["min_recall_duration"] = min_recall
        campaign.add_leads([Lead(id=item["id"], phones=mobiles, extra=dict(item)) for item, mobiles in good])
        result["success"] = [item["id"] for item, _ in good]
        self.dialer.start(campaign)
        return web.json_response({"code": 200, "content": "successfully", "data": result})

    async def autocall_dnc(self, request: web.Request) -> web.Response:
        body = await self.dialect._json_object(request)
        customers = body.get("customers")
        if not isinstance(customers, list) or any(
            not isinstance(c, dict) or not isinstance(c.get("id"), str) for c in customers
        ):
            return web.json_response({"code": 400, "content": "customers must be a list of {id}"}, status=400)
        code = body.get("queue_code")
        campaign = self.dialer.find(AUTOCALL, code) if isinstance(code, str) else None
        if campaign is None:
            return web.json_response({"code": 404, "content": "queue not found"}, status=404)
        self.dialer.block(campaign, [c["id"] for c in customers])
        return web.json_response({"code": 200, "content": "successfully"})

    async def autocall_control(self, request: web.Request) -> web.Response:
        campaign = await self._queue(request, AUTOCALL)
        if campaign is None:
            return web.json_response({"code": 404, "content": "queue not found"}, status=404)
        self._control(campaign, request.match_info["action"])
        return web.json_response({"code": 200, "content": "successfully"})

    # ------------------------------------------------------------------ shared
    async def _queue(self, request: web.Request, owner: str) -> Campaign | None:
        try:
            code = (await self.dialect._json_object(request)).get("queue_code")
        except web.HTTPBadRequest:
            return None
        return self.dialer.find(owner, code) if isinstance(code, str) else None

    def _control(self, campaign: Campaign, action: str) -> None:
        if action == "start":
            self.dialer.start(campaign)
        elif action == "stop":
            self.dialer.stop(campaign)
        else:
            self.dialer.delete(campaign)

    def _outcome(self, campaign: Campaign, lead: Lead, call: Call) -> None:
        """Mirror an attempt: the customer record's status; ``cdr_autocall`` for autocall calls."""
        if campaign.owner == AUTODIALER:
            for customer in self.world.customers.values():
                if customer.campaign_id == campaign.extra.get("campaign_id") and customer.code == lead.id:
                    customer.status = lead.status.upper()
        elif campaign.owner == AUTOCALL and self.dialect.revision == "newer":
            cdr = next((c for c in reversed(self.world.cdrs) if c.id == call.id), None)
            if cdr is None:
                return
            self.dialect._post(
                "cdr_autocall",
                lambda: {
                    "call_id": cdr.id,
                    "sip_call_id": cdr.sip_call_id,
                    "domain": DOMAIN,
                    "direction": "outbound",
                    "from_number": cdr.from_number,
                    "to_number": cdr.to_number,
                    "hotline": cdr.hotline,
                    "state": "cdr_autocall",
                    "recording_url": self.world.recording_url(cdr.recording) or "",
                    "status": cdr.status,
                    "duration": cdr.duration,
                    "billsec": cdr.billsec,
                    "press_key": lead.press_key,
                    "customer_id": lead.id,
                },
            )


def campaign_routes(dialect: Tel4vnDialect) -> list[web.RouteDef]:
    """The autodialer and autocall routes for ``dialect``."""
    return Tel4vnCampaignRoutes(dialect).routes()
