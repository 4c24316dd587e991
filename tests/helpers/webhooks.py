"""The webhook end-to-end harness: a pipeline on a webhook listener registered with the simulator,
and the checks every call's published events must pass (tests/test_events_webhook_e2e.py and
tests/test_events_fidelity.py); a tiny webhook receiver for the providers' registration tests."""

from __future__ import annotations

from collections import Counter

import httpx
from aiohttp import web

from agent_desk.events import SourceHealth
from agent_desk.events.pipeline import EventPipeline
from agent_desk.models import CallEvent, WebhookRequest
from agent_desk.providers.base import Provider
from agent_desk.sim.server import Simulator
from agent_desk.sim.world import Call
from tests.helpers.waiting import until

SECRET = "e2e-hook-secret"
PROVIDERS = ("tel4vn", "tel4vn-pbx", "onepos", "voicecloud")
SENDS_CDR = {"tel4vn": True, "tel4vn-pbx": True, "onepos": False, "voicecloud": True}
RANK = {"ringing": 0, "answered": 1, "hangup": 2}


class Desk:
    """A running pipeline with its published events."""

    def __init__(self, pipeline: EventPipeline) -> None:
        self.pipeline = pipeline
        self.published: list[tuple[CallEvent, bool]] = []
        self.health: list[SourceHealth] = []
        pipeline.subscribe(lambda event, mine: self.published.append((event, mine)), self.health.append)

    @property
    def port(self) -> int:
        return self.pipeline.source.port  # type: ignore[union-attr]

    def of(self, call: Call) -> list[tuple[CallEvent, bool]]:
        ids = {call.id, call.sip_call_id}
        return [
            (e, mine)
            for e, mine in self.published
            if e.call_id in ids or e.flow_id in ids or e.call_id in {leg.id for leg in call.legs.values()}
        ]


async def open_desk(sim: Simulator, provider: Provider) -> Desk:
    desk = Desk(EventPipeline(provider.profile, provider))
    await desk.pipeline.start()
    await until(lambda: any(h.state == "up" for h in desk.health))
    url = f"http://127.0.0.1:{desk.port}"
    if provider.key == "voicecloud":
        async with httpx.AsyncClient() as http:
            answer = await http.post(f"{sim.base_url}/_sim/voicecloud/crm", json={"url": f"{url}/{SECRET}"})
            answer.raise_for_status()
    else:
        secret = provider.secrets.require("webhook_secret")
        await provider.register_webhook(url + next(iter(provider.webhook_routes))[1], secret)
    return desk


async def finish(sim: Simulator, call: Call) -> None:
    """Wait until the call ended (and its CDR exists), then until every delivery went out."""
    await until(lambda: call.id not in sim.world.calls and any(c.id == call.id for c in sim.world.cdrs))
    await sim.drain()


def check_call(desk: Desk, call: Call, provider_key: str) -> list[tuple[CallEvent, bool]]:
    """Every leg moves forward without repeats and ends; one missed for an unanswered inbound call; one CDR."""
    events = desk.of(call)
    assert events, f"nothing published for call {call.id}"
    legs: dict[str | None, list[str]] = {}
    for event, _ in events:
        if event.state in RANK:
            legs.setdefault(event.extension, []).append(event.state)
    assert set(legs) == set(call.legs), (legs, call.legs)  # every extension that rang, nobody else
    for extension, states in legs.items():
        ranks = [RANK[s] for s in states]
        assert ranks == sorted(set(ranks)) and states[-1] == "hangup", (extension, states)
    counts = Counter(e.state for e, _ in events)
    unanswered_inbound = call.direction == "inbound" and call.answered_at is None
    assert counts["missed"] == (1 if unanswered_inbound else 0), counts
    assert counts["cdr"] == (1 if SENDS_CDR[provider_key] else 0), counts
    assert counts["answered"] <= 1, counts  # 0 when it came after the hangup (reordered): not published
    states = [e.state for e, _ in events]
    end = next((i for i, state in enumerate(states) if state in ("missed", "cdr")), len(states))
    assert set(states[end:]) <= {"missed", "cdr"}, states  # nothing after the call ended
    assert all(e.provider == provider_key and e.source == "webhook" for e, _ in events)
    mine = [(e.state, e.extension) for e, m in events if m]
    if "101" in call.legs:
        assert sum(1 for state, _ in mine if state == "ringing") <= 1
        assert any(state in ("ringing", "answered") for state, _ in mine)  # the pop
    else:
        assert not [m for m in mine if m[0] in RANK]
    return events


class HookCollector:
    """A tiny webhook receiver on 127.0.0.1:0 that keeps every request as a WebhookRequest.

    ``url`` ends in ``path``; requests to any path and method are kept, or with ``only_post`` only
    POSTs to ``path`` (anything else gets 404 and is not kept).
    """

    def __init__(self, path: str = "/hooks/tel4vn", *, only_post: bool = False) -> None:
        self.requests: list[WebhookRequest] = []
        self.url = ""
        self._path, self._only_post = path, only_post
        self._runner: web.AppRunner | None = None

    async def _keep(self, request: web.Request) -> web.Response:
        self.requests.append(
            WebhookRequest(
                method=request.method,
                path=request.path,
                query=dict(request.query),
                headers={k.lower(): v for k, v in request.headers.items()},
                body=await request.read(),
            )
        )
        return web.json_response({"ok": True})

    async def __aenter__(self) -> HookCollector:
        app = web.Application()
        if self._only_post:
            app.router.add_post(self._path, self._keep)
        else:
            app.router.add_route("*", "/{tail:.*}", self._keep)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}{self._path}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._runner is not None
        await self._runner.cleanup()
