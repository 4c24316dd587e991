"""OnePOS campaigns, leads and reports (document 000), as a :class:`CampaignClient` and a report source.

The document gives these endpoints by verb and path and prints two request bodies (bulk leads,
autocall create) but no answer; the client reads the shapes the simulator serves
(``sim/dialects/onepos_campaigns.py``) and is lenient where a real PBX may differ: ids may be
numbers or text, a campaign's state may be called ``status`` or ``state`` with the usual words
(draft/new/pending, running/active/started, stopped/paused, completed/finished/done), counts may
be missing (shown as unknown), and a list may come as ``data`` or ``data.items``.

* Campaigns: ``GET /campaign``; create = ``POST /campaign`` ``{"name", "queue", "agents",
  "dial_ratio", "retry_times"}`` then ``POST /campaign/{id}/leads/bulk`` ``{"leads": [{"phone",
  "name", ...extra columns}]}`` in chunks of :data:`BULK_CHUNK` (a customer's further numbers go
  as ``phone_2``, ``phone_3``...); start/stop = ``POST /campaign/{id}/start|stop``; delete =
  ``DELETE /campaign/{id}``; report = ``GET /report/campaign/{id}`` and the leads from ``GET
  /campaign/{id}/leads``. Created campaigns are not started: ``start`` does that.
* Autocall (an IVR template played to each customer instead of calls to agents): a campaign
  created with a template is an ordinary campaign with its leads, which the desk remembers as an
  autocall (the PBX has no list of autocalls: ``campaigns.json`` in the data directory keeps the
  campaign id, the template and, once started, the autocall id). Start = ``POST /autocall/create``
  with the document's body ``{"campaign_id", "phones", "template_id", "retry_times",
  "retry_interval"}`` (every lead's number); its state and counts then come from ``GET
  /autocall/{id}``; stop = ``POST /autocall/{id}/stop``. The document has no call to resume an
  autocall, so a stopped one cannot be started again (a new campaign of the customers not reached
  can). The autocall reports counts only: the leads' own outcomes stay unknown.
* Reports: ``GET /report/summary``, ``/report/by-agent``, ``/report/by-queue`` with
  ``start_date`` and ``end_date`` (``YYYY-MM-DD``, the CDR's parameters).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from agent_desk import errors
from agent_desk.providers.campaigns import CampaignClient
from agent_desk.providers.onepos import OnePosProvider, _int, _text
from agent_desk.supervisor.campaigns import Campaign, CampaignReport, CampaignSpec, CampaignStore, now_iso
from agent_desk.supervisor.reports import AgentFigures, CallFigures, CallReport, QueueFigures

BULK_CHUNK = 1000
AUTOCALL_RETRY_INTERVAL = 300  # seconds between two calls to one number (the document's example)
LEAD_PAGES_MAX = 50
_STATES = {
    "draft": "draft",
    "new": "draft",
    "pending": "draft",
    "scheduled": "draft",
    "running": "running",
    "active": "running",
    "started": "running",
    "stopped": "stopped",
    "paused": "stopped",
    "completed": "completed",
    "finished": "completed",
    "done": "completed",
}


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _rows(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data = data["items"]
    return [row for row in data if isinstance(row, dict)] if isinstance(data, list) else []


def _id(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    return _text(value)


def _float(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


class OnePosCampaigns(CampaignClient):
    """Campaigns, leads and autocalls of a OnePOS / VoIP247 tenant."""

    provider: OnePosProvider
    ivr_templates = True

    def __init__(self, provider: OnePosProvider, store: CampaignStore) -> None:
        super().__init__(provider)
        self.store = store

    def _autocall_entry(self, campaign_id: str) -> dict[str, Any] | None:
        entry = self.store.find(campaign_id)
        return entry if entry is not None and entry.get("kind") == "autocall" else None

    async def _call(self, method: str, path: str, what: str, **kwargs: Any) -> dict[str, Any]:
        provider = self.provider
        try:
            response = await provider.request(method, provider.api_path(path), what=what, **kwargs)
            return provider._checked(response)
        except errors.NotFound as exc:
            raise errors.NotFound(f"the PBX has no {what.removeprefix('the ')}", detail=exc.detail) from None

    @staticmethod
    def campaign_from(row: dict[str, Any]) -> Campaign:
        state = (_text(row.get("status")) or _text(row.get("state")) or "").lower()
        total, answered = _int(row.get("total_leads")), _int(row.get("answered"))
        called = _int(row.get("called"))
        pending = _int(row.get("pending"))
        return Campaign(
            id=_id(row.get("id")) or "",
            name=_text(row.get("name")) or _id(row.get("id")) or "",
            state=_STATES.get(state, "unknown"),
            kind="campaign",
            queue=_text(row.get("queue")),
            total=total,
            called=called,
            answered=answered,
            pending=pending,
            created_at=_text(row.get("created_at")),
            raw=row,
        )

    async def campaigns(self) -> list[Campaign]:
        body = await self._call("GET", "/campaign", "the campaign list")
        listed = [self.campaign_from(row) for row in _rows(body.get("data"))]
        return [await self._as_autocall(c) for c in listed]

    async def _as_autocall(self, campaign: Campaign) -> Campaign:
        """``campaign`` as the autocall this desk made of it (state and counts of the autocall)."""
        entry = self._autocall_entry(campaign.id)
        if entry is None:
            return campaign
        campaign.kind = "autocall"
        autocall_id = entry.get("autocall_id")
        if not isinstance(autocall_id, str):
            campaign.state = "draft"  # the campaign's own state means nothing for an autocall
            return campaign
        data = await self._autocall(autocall_id)
        campaign.state = _STATES.get((_text(data.get("status")) or "").lower(), "unknown")
        campaign.total = _int(data.get("total"))
        campaign.called = _int(data.get("called"))
        campaign.answered = _int(data.get("answered"))
        campaign.pending = _int(data.get("pending"))
        return campaign

    async def _autocall(self, autocall_id: str) -> dict[str, Any]:
        body = await self._call("GET", f"/autocall/{autocall_id}", f"autocall {autocall_id}")
        return _object(body.get("data"))

    async def create(self, spec: CampaignSpec) -> tuple[Campaign, list[str]]:
        body: dict[str, Any] = {"name": spec.name, "dial_ratio": spec.ratio, "retry_times": spec.retries}
        if spec.queue:
            body["queue"] = spec.queue
        if spec.agents:
            body["agents"] = spec.agents
        answer = await self._call("POST", "/campaign", "the new campaign", json=body)
        data = _object(answer.get("data"))
        campaign_id = _id(data.get("id"))
        if not campaign_id:
            raise errors.PbxRefused("the PBX created the campaign but sent no id", code="BAD_RESPONSE")
        leads = []
        for c in spec.customers:
            lead: dict[str, Any] = {**c.extra, "phone": c.phones[0], "name": c.name or c.id, "customer_id": c.id}
            lead.update({f"phone_{i}": p for i, p in enumerate(c.phones[1:], start=2)})
            leads.append(lead)
        complaints: list[str] = []
        for start in range(0, len(leads), BULK_CHUNK):
            chunk = leads[start : start + BULK_CHUNK]
            try:
                answer = await self._call(
                    "POST", f"/campaign/{campaign_id}/leads/bulk", "the lead import", json={"leads": chunk}
                )
            except errors.AgentDeskError as exc:
                raise type(exc)(
                    f"campaign {campaign_id} was created, but its leads from customer {start + 1} on were not "
                    f"imported: {exc}"
                ) from None
            result = _object(answer.get("data"))
            for failure in _rows(result.get("failed")):
                index = _int(failure.get("index"))
                who = (
                    spec.customers[start + index].id
                    if index is not None and start + index < len(spec.customers)
                    else "?"
                )
                complaints.append(f"customer {who}: {_text(failure.get('message')) or 'refused'}")
        campaign = self.campaign_from({**data, "total_leads": len(leads) - len(complaints)})
        if spec.template:
            self.store.save(
                {
                    "id": campaign_id,
                    "kind": "autocall",
                    "name": spec.name,
                    "template": spec.template,
                    "retries": spec.retries,
                    "created_at": now_iso(),
                }
            )
            campaign.kind = "autocall"
        return campaign, complaints

    async def start(self, campaign_id: str) -> None:
        entry = self._autocall_entry(campaign_id)
        if entry is None:
            await self._call("POST", f"/campaign/{campaign_id}/start", f"campaign {campaign_id}")
            return
        if isinstance(entry.get("autocall_id"), str):
            raise errors.PbxRefused(
                f"the autocall of campaign {campaign_id} was started once; OnePOS cannot resume an autocall: "
                "create a new campaign of the customers not reached"
            )
        phones = [str(lead["phone"]) for lead in await self._leads(campaign_id) if lead.get("phone")]
        body = {
            "campaign_id": campaign_id,
            "phones": phones,
            "template_id": entry.get("template"),
            "retry_times": entry.get("retries", 0),
            "retry_interval": AUTOCALL_RETRY_INTERVAL,
        }
        answer = await self._call("POST", "/autocall/create", "the autocall", json=body)
        autocall_id = _id(_object(answer.get("data")).get("id"))
        if not autocall_id:
            raise errors.PbxRefused("the PBX started the autocall but sent no id", code="BAD_RESPONSE")
        self.store.save({**entry, "autocall_id": autocall_id})

    async def stop(self, campaign_id: str) -> None:
        entry = self._autocall_entry(campaign_id)
        if entry is not None and isinstance(entry.get("autocall_id"), str):
            autocall_id = entry["autocall_id"]
            await self._call("POST", f"/autocall/{autocall_id}/stop", f"autocall {autocall_id}")
            return
        await self._call("POST", f"/campaign/{campaign_id}/stop", f"campaign {campaign_id}")

    async def delete(self, campaign_id: str) -> None:
        entry = self._autocall_entry(campaign_id)
        if entry is not None and isinstance(entry.get("autocall_id"), str):
            await self.stop(campaign_id)  # the autocall would go on dialling the deleted campaign's numbers
        await self._call("DELETE", f"/campaign/{campaign_id}", f"campaign {campaign_id}")
        if entry is not None:
            self.store.remove(campaign_id)

    async def report(self, campaign_id: str) -> CampaignReport:
        body = await self._call("GET", f"/report/campaign/{campaign_id}", f"campaign {campaign_id}")
        data = _object(body.get("data"))
        leads = await self._leads(campaign_id)
        entry = self._autocall_entry(campaign_id)
        if entry is not None:
            for lead in leads:  # the autocall reports counts only, not each number's outcome or calls
                lead.update(status=None, attempts=None, agent=None)
            autocall_id = entry.get("autocall_id")
            autocall = await self._autocall(autocall_id) if isinstance(autocall_id, str) else {}
            data = {
                "name": data.get("name"),
                "status": autocall.get("status", "draft"),
                "total_leads": autocall.get("total"),
                "called": autocall.get("called"),
                "answered": autocall.get("answered"),
                "pending": autocall.get("pending"),
            }
        state = (_text(data.get("status")) or "").lower()
        return CampaignReport(
            campaign_id=_id(data.get("campaign_id")) or campaign_id,
            name=_text(data.get("name")) or campaign_id,
            state=_STATES.get(state, "unknown"),
            total=_int(data.get("total_leads")) or len(leads),
            called=_int(data.get("called")),
            answered=_int(data.get("answered")),
            busy=_int(data.get("busy")),
            no_answer=_int(data.get("no_answer")),
            failed=_int(data.get("failed")),
            pending=_int(data.get("pending")),
            talk_time=_int(data.get("talk_time")),
            leads=leads,
        )

    async def _leads(self, campaign_id: str) -> list[dict[str, Any]]:
        """Every lead of the campaign (pages of 100, at most :data:`LEAD_PAGES_MAX`)."""
        leads: list[dict[str, Any]] = []
        for page in range(1, LEAD_PAGES_MAX + 1):
            answer = await self._call(
                "GET", f"/campaign/{campaign_id}/leads", f"campaign {campaign_id}", params={"page": page, "limit": 100}
            )
            rows = _rows(answer.get("data"))
            leads += [
                {
                    "id": _text(r.get("customer_id")) or _id(r.get("id")),
                    "name": _text(r.get("name")),
                    "phone": _text(r.get("phone")),
                    "status": _text(r.get("status")),
                    "attempts": _int(r.get("attempts")),
                    "agent": _text(r.get("agent")),
                }
                for r in rows
            ]
            total = _int(answer.get("total"))
            if len(rows) < 100 or (total is not None and len(leads) >= total):
                break
        return leads

    # ------------------------------------------------------------------ reports
    async def call_report(self, start: dt.date, end: dt.date) -> CallReport:
        params = {"start_date": start.isoformat(), "end_date": end.isoformat()}
        summary = await self._call("GET", "/report/summary", "the call report", params=params)
        agents = await self._call("GET", "/report/by-agent", "the call report", params=params)
        queues = await self._call("GET", "/report/by-queue", "the call report", params=params)
        s = _object(summary.get("data"))
        return CallReport(
            start=start,
            end=end,
            source="report",
            summary=CallFigures(
                total_calls=_int(s.get("total_calls")),
                offered=_int(s.get("inbound")),
                answered=_int(s.get("answered")),
                missed=_int(s.get("missed")),
                answer_rate=_float(s.get("answer_rate")),
                avg_wait=_int(s.get("avg_wait")),
                max_wait=_int(s.get("max_wait")),
                talk_time=_int(s.get("talk_time")),
            ),
            by_agent=[
                AgentFigures(
                    extension=_id(r.get("extension")) or "",
                    name=_text(r.get("name")),
                    calls=_int(r.get("total_calls")),
                    answered=_int(r.get("answered")),
                    missed=_int(r.get("missed")),
                    talk_time=_int(r.get("talk_time")),
                )
                for r in _rows(agents.get("data"))
            ],
            by_queue=[
                QueueFigures(
                    queue=_id(r.get("queue")) or "",
                    name=_text(r.get("name")),
                    offered=_int(r.get("offered")),
                    answered=_int(r.get("answered")),
                    missed=_int(r.get("missed")),
                    answer_rate=_float(r.get("answer_rate")),
                    avg_wait=_int(r.get("avg_wait")),
                    max_wait=_int(r.get("max_wait")),
                )
                for r in _rows(queues.get("data"))
            ],
        )
