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
* Reports: ``GET /report/summary``, ``/report/by-agent``, ``/report/by-queue`` with
  ``start_date`` and ``end_date`` (``YYYY-MM-DD``, the CDR's parameters).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from agent_desk import errors
from agent_desk.providers.campaigns import CampaignClient
from agent_desk.providers.onepos import OnePosProvider, _int, _text
from agent_desk.supervisor.campaigns import Campaign, CampaignReport, CampaignSpec
from agent_desk.supervisor.reports import AgentFigures, CallFigures, CallReport, QueueFigures

BULK_CHUNK = 1000
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
    """Campaigns and leads of a OnePOS / VoIP247 tenant."""

    provider: OnePosProvider

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
        return [self.campaign_from(row) for row in _rows(body.get("data"))]

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
        return self.campaign_from({**data, "total_leads": len(leads) - len(complaints)}), complaints

    async def start(self, campaign_id: str) -> None:
        await self._call("POST", f"/campaign/{campaign_id}/start", f"campaign {campaign_id}")

    async def stop(self, campaign_id: str) -> None:
        await self._call("POST", f"/campaign/{campaign_id}/stop", f"campaign {campaign_id}")

    async def delete(self, campaign_id: str) -> None:
        await self._call("DELETE", f"/campaign/{campaign_id}", f"campaign {campaign_id}")

    async def report(self, campaign_id: str) -> CampaignReport:
        body = await self._call("GET", f"/report/campaign/{campaign_id}", f"campaign {campaign_id}")
        data = _object(body.get("data"))
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
