"""TEL4VN autodialer and autocall queues (document 002), as a :class:`CampaignClient`.

Mapping of the desk's campaign onto the document:

* Without a template: an **autodialer** queue, ``POST /v2/autodialer/queue`` with
  ``campaign_id`` (a new UUID: the document asks for one and offers no call that lists them),
  ``queue_code`` (``--queue``, else the name made into a code), ``precall_ratio`` (the ratio as
  a percentage, as text like the document's ``"150"``), ``max_recall_count`` (retries, as text),
  ``queue_agents`` (the extensions joined by commas; the document's sample holds one) and
  ``customers`` ``[{"id", "mobiles"}]``. Success is ``{"message": "successfully"}``; the queue
  dials at once.
* With a template: an **autocall** (IVR) queue, ``POST /v2/autocall/queue`` with
  ``queue_code``, ``template``, ``concurrent_call`` (the ratio, at least 1), ``max_recall_count``
  and ``customers`` (with their extra columns, e.g. ``contract_number``); the answer's
  ``data.fail`` lists customers the PBX refused. It takes no agents: the desk offers none for it
  (``autocall_fields``), and the CLI refuses ``--agents`` with ``--template``.
* Start, stop, delete: ``POST /v2/<kind>/queue/{start,stop,delete}`` ``{"queue_code"}``; delete
  stops the queue first, as the document asks ("sau khi đã tạm dừng").
* Do-not-call: ``POST /v2/autocall/queue/dnc`` takes customer **ids** of a queue, so a number
  is blocked in every autocall queue this desk created whose customers have it.
* TEL4VN has no list call: the queues this desk created are kept in the data directory
  (:class:`~agent_desk.supervisor.campaigns.CampaignStore`) and listed from there, with the state
  the desk last set. Autodialer progress comes from ``GET /v2/customer?campaign_id=`` (each
  customer's status: new, queue, answered, busy, no-answered, cancel, fail, in either case);
  autocall queues have no progress call: their calls arrive as ``cdr_autocall`` events (the newer
  TEL4VN documents' event; add it to the profile's ``webhook_events``), whose outcome per
  customer the desk keeps with the queue (:meth:`Tel4vnCampaigns.record_autocall`).
* Error bodies: ``{"message": "campaign is invalid"}``, ``{"message": "queue not found"}`` and
  ``{"code": 404|400, "content": "queue not found"|"import fail", ...}`` with any HTTP status
  (a 200 whose ``code`` is 400 or more is an error too).
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from agent_desk import errors
from agent_desk.models import Capability
from agent_desk.providers.campaigns import CampaignClient
from agent_desk.providers.tel4vn import Tel4vnBase, int_or_none, national, text_or_none
from agent_desk.supervisor.campaigns import (
    Campaign,
    CampaignReport,
    CampaignSpec,
    CampaignStore,
    DncResult,
    now_iso,
)

CUSTOMER_PAGE = 100
CUSTOMER_PAGES_MAX = 100
_FINAL = {
    "answered",
    "busy",
    "no-answered",
    "no_answered",
    "cancel",
    "fail",
    "failed",
    "unknown",
    "not-available",
    "invalid",
    "dnc",
}


def queue_code_for(name: str) -> str:
    """A queue code from a campaign name: ``Nhắc phí T12`` → ``Nhac-phi-T12``."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    code = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")
    return code[:40] or "Autodialer"


class Tel4vnCampaigns(CampaignClient):
    """Autodialer and autocall queues of a TEL4VN call center."""

    desk_kept = True
    ivr_templates = True
    #: the autocall queue's body has no agents (the template answers) and takes concurrent_call
    autocall_fields = frozenset({"queue", "concurrent", "retries"})
    provider: Tel4vnBase

    def __init__(self, provider: Tel4vnBase, store: CampaignStore) -> None:
        super().__init__(provider)
        self.store = store

    # ------------------------------------------------------------------ requests
    async def _post(self, path: str, body: dict[str, Any], what: str) -> dict[str, Any]:
        try:
            response = await self.provider.request("POST", path, json=body, what=what)
            answer = self.provider._checked(response)
        except errors.NotFound as exc:
            queue = body.get("queue_code", "")
            raise errors.NotFound(f"the PBX has no queue '{queue}'", code=exc.code, detail=exc.detail) from None
        code = int_or_none(answer.get("code"))
        if code is not None and code >= 400:
            said = text_or_none(answer.get("content")) or text_or_none(answer.get("message")) or str(code)
            raise errors.PbxRefused(f"the PBX refused: {said}", code=str(code))
        return answer

    def _entry(self, campaign_id: str) -> dict[str, Any]:
        entry = self.store.find(campaign_id)
        if entry is None:
            raise errors.NotFound(
                f"'{campaign_id}' is not a queue this desk created (TEL4VN cannot list its queues, "
                f"so the desk knows only its own)"
            )
        return entry

    # ------------------------------------------------------------------ create
    async def create(self, spec: CampaignSpec) -> tuple[Campaign, list[str]]:
        code = spec.queue or queue_code_for(spec.name)
        if self.store.find(code) is not None:
            raise errors.ConfigError(f"this desk already created a queue '{code}': pick another --queue or --name")
        customers = [{"id": c.id, "mobiles": list(c.phones)} for c in spec.customers]
        complaints: list[str] = []
        if spec.template:
            kind = "autocall"
            body: dict[str, Any] = {
                "queue_code": code,
                "template": spec.template,
                "concurrent_call": max(1, round(spec.ratio)),
                "max_recall_count": spec.retries,
                "customers": [{**c.extra, "id": c.id, "mobiles": list(c.phones)} for c in spec.customers],
            }
            answer = await self._post("/v2/autocall/queue", body, "the autocall queue")
            data = answer["data"] if isinstance(answer.get("data"), dict) else {}
            failed = [str(f) for f in data.get("fail", []) if isinstance(f, (str, int))]
            complaints = [f"customer {f} was refused by the PBX" for f in failed]
            campaign_id = None
        else:
            kind = "autodialer"
            campaign_id = str(uuid.uuid4())
            body = {
                "campaign_id": campaign_id,
                "queue_code": code,
                "precall_ratio": str(round(spec.ratio * 100)),
                "max_recall_count": str(spec.retries),
                "customers": customers,
            }
            if spec.agents:
                body["queue_agents"] = ",".join(spec.agents)
            await self._post("/v2/autodialer/queue", body, "the autodialer queue")
            failed = []
        entry = {
            "id": code,
            "kind": kind,
            "name": spec.name,
            "campaign_id": campaign_id,
            "template": spec.template,
            "agents": spec.agents,
            "ratio": spec.ratio,
            "retries": spec.retries,
            "state": "running",
            "created_at": now_iso(),
            "customers": [{"id": c.id, "phones": c.phones} for c in spec.customers if c.id not in failed],
        }
        self.store.save(entry)
        return self._campaign(entry, None), complaints

    # ------------------------------------------------------------------ list and progress
    async def _statuses(self, campaign_id: str) -> list[str]:
        """Each customer's status in the autodialer campaign, lower case."""
        statuses: list[str] = []
        for page in range(CUSTOMER_PAGES_MAX):
            params = {"campaign_id": campaign_id, "limit": CUSTOMER_PAGE, "offset": page * CUSTOMER_PAGE}
            response = await self.provider.request("GET", "/v2/customer", params=params, what="the campaign progress")
            body = self.provider._checked(response)
            rows = [r for r in body.get("data") or [] if isinstance(r, dict)]
            statuses += [(text_or_none(r.get("status")) or "unknown").lower() for r in rows]
            total = int_or_none(body.get("total"))
            if len(rows) < CUSTOMER_PAGE or (total is not None and len(statuses) >= total):
                break
        return statuses

    def record_autocall(self, data: dict[str, Any]) -> str | None:
        """Keep one ``cdr_autocall`` event's outcome (``customer_id``, ``status``, ``press_key``)
        on the autocall queue of this desk that has that customer; returns the queue's id."""
        customer_id, status = text_or_none(data.get("customer_id")), text_or_none(data.get("status"))
        if customer_id is None or status is None:
            return None
        for entry in self.store.load():
            if entry.get("kind") != "autocall":
                continue
            if any(str(c.get("id")) == customer_id for c in entry.get("customers") or []):
                outcomes = dict(entry.get("outcomes") or {})
                outcomes[customer_id] = {"status": status.lower(), "press_key": text_or_none(data.get("press_key"))}
                self.store.save({**entry, "outcomes": outcomes})
                return str(entry["id"])
        return None

    @staticmethod
    def _autocall_statuses(entry: dict[str, Any]) -> list[str]:
        """Each customer's last ``cdr_autocall`` outcome, ``queue`` for those not reported yet."""
        outcomes = entry.get("outcomes") or {}
        return [
            str((outcomes.get(str(c.get("id"))) or {}).get("status") or "queue") for c in entry.get("customers") or []
        ]

    def _campaign(self, entry: dict[str, Any], statuses: list[str] | None) -> Campaign:
        total = len(entry.get("customers") or [])
        answered = pending = None
        state = entry.get("state", "unknown")
        if statuses is not None:
            answered = sum(s == "answered" for s in statuses)
            pending = sum(s not in _FINAL for s in statuses)
            if pending == 0 and statuses and state == "running":
                state = "completed"
        return Campaign(
            id=entry["id"],
            name=entry.get("name") or entry["id"],
            state=state,
            kind=entry.get("kind", "autodialer"),
            queue=entry["id"],
            total=total,
            called=None if statuses is None else sum(s not in ("new", "queue") for s in statuses),
            answered=answered,
            pending=pending,
            created_at=entry.get("created_at"),
            source="desk",
            raw={k: v for k, v in entry.items() if k != "customers"},
        )

    async def campaigns(self) -> list[Campaign]:
        out = []
        for entry in self.store.load():
            statuses = None
            if entry.get("kind") == "autodialer" and entry.get("campaign_id"):
                statuses = await self._statuses(entry["campaign_id"])
            elif entry.get("kind") == "autocall" and entry.get("outcomes"):
                statuses = self._autocall_statuses(entry)
            out.append(self._campaign(entry, statuses))
        return out

    # ------------------------------------------------------------------ control
    async def _control(self, campaign_id: str, action: str) -> dict[str, Any]:
        entry = self._entry(campaign_id)
        await self._post(f"/v2/{entry.get('kind', 'autodialer')}/queue/{action}", {"queue_code": entry["id"]}, action)
        return entry

    async def start(self, campaign_id: str) -> None:
        entry = await self._control(campaign_id, "start")
        self.store.save({**entry, "state": "running"})

    async def stop(self, campaign_id: str) -> None:
        entry = await self._control(campaign_id, "stop")
        self.store.save({**entry, "state": "stopped"})

    async def delete(self, campaign_id: str) -> None:
        entry = self._entry(campaign_id)
        try:
            if entry.get("state") == "running":
                await self._control(campaign_id, "stop")
            await self._control(campaign_id, "delete")
        except errors.NotFound:
            pass  # already gone on the PBX: the desk forgets it too
        self.store.remove(campaign_id)

    async def report(self, campaign_id: str) -> CampaignReport:
        entry = self._entry(campaign_id)
        campaign = self._campaign(entry, None)
        if entry.get("kind") == "autocall":
            return self._autocall_report(entry)
        if not entry.get("campaign_id"):
            return CampaignReport(campaign.id, campaign.name, campaign.state, total=campaign.total or 0)
        leads = []
        statuses: list[str] = []
        for page in range(CUSTOMER_PAGES_MAX):
            params = {"campaign_id": entry["campaign_id"], "limit": CUSTOMER_PAGE, "offset": page * CUSTOMER_PAGE}
            response = await self.provider.request("GET", "/v2/customer", params=params, what="the campaign report")
            rows = [r for r in self.provider._checked(response).get("data") or [] if isinstance(r, dict)]
            for row in rows:
                status = (text_or_none(row.get("status")) or "unknown").lower()
                statuses.append(status)
                leads.append(
                    {
                        "id": text_or_none(row.get("customer_code")) or text_or_none(row.get("customer_id")),
                        "name": text_or_none(row.get("customer_name")),
                        "phone": national(row.get("phone_number")) or None,
                        "status": status,
                    }
                )
            if len(rows) < CUSTOMER_PAGE:
                break
        campaign = self._campaign(entry, statuses)
        return CampaignReport(
            campaign_id=campaign.id,
            name=campaign.name,
            state=campaign.state,
            total=campaign.total or 0,
            called=campaign.called,
            answered=sum(s == "answered" for s in statuses),
            busy=sum(s == "busy" for s in statuses),
            no_answer=sum(s in ("no-answered", "no_answered") for s in statuses),
            failed=sum(s in ("cancel", "fail", "failed", "unknown", "not-available") for s in statuses),
            pending=campaign.pending,
            leads=leads,
        )

    def _autocall_report(self, entry: dict[str, Any]) -> CampaignReport:
        """An autocall queue's report from the ``cdr_autocall`` events this desk received."""
        statuses = self._autocall_statuses(entry)
        campaign = self._campaign(entry, statuses if entry.get("outcomes") else None)
        outcomes = entry.get("outcomes") or {}
        leads = [
            {
                "id": str(c.get("id")),
                "phone": (c.get("phones") or [None])[0],
                "status": status,
                "press_key": (outcomes.get(str(c.get("id"))) or {}).get("press_key"),
            }
            for c, status in zip(entry.get("customers") or [], statuses, strict=True)
        ]
        return CampaignReport(
            campaign_id=campaign.id,
            name=campaign.name,
            state=campaign.state,
            total=campaign.total or 0,
            called=sum(s != "queue" for s in statuses),
            answered=sum(s == "answered" for s in statuses),
            busy=sum(s == "busy" for s in statuses),
            no_answer=sum(s in ("no-answered", "no_answered") for s in statuses),
            failed=sum(s in ("cancel", "fail", "failed", "invalid", "not-available") for s in statuses),
            pending=sum(s not in _FINAL for s in statuses),
            leads=leads,
        )

    # ------------------------------------------------------------------ do-not-call
    def _autocall_entries(self) -> list[dict[str, Any]]:
        return [e for e in self.store.load() if e.get("kind") == "autocall"]

    def autocall_queues_with(self, number: str) -> list[str]:
        if not self.provider.supports(Capability.DNC):
            return []
        return [
            entry["id"]
            for entry in self._autocall_entries()
            if any(number in customer.get("phones", []) for customer in entry.get("customers") or [])
        ]

    async def add_dnc(self, numbers: list[str]) -> DncResult:
        if not self.provider.supports(Capability.DNC):
            raise self.provider.unsupported(Capability.DNC)
        blocked: dict[str, list[str]] = {}
        for entry in self._autocall_entries():
            ids = []
            for customer in entry.get("customers") or []:
                hits = [n for n in numbers if n in customer.get("phones", [])]
                if hits:
                    ids.append(str(customer["id"]))
                    for n in hits:
                        blocked.setdefault(n, []).append(entry["id"])
            if ids:
                await self._post(
                    "/v2/autocall/queue/dnc",
                    {"queue_code": entry["id"], "customers": [{"id": i} for i in ids]},
                    "the do-not-call list",
                )
                outcomes = dict(entry.get("outcomes") or {})  # a later cdr_autocall wins (already dialled)
                outcomes.update({i: {"status": "dnc", "press_key": None} for i in ids if i not in outcomes})
                self.store.save({**entry, "outcomes": outcomes})
        return DncResult(blocked=blocked, unmatched=[n for n in numbers if n not in blocked])
