"""The OnePOS document's own curl examples, replayed against the simulator with httpx.

Each request keeps the example's method, path, headers and body; only the host
(``https://test.voip247.vn``) becomes the simulator's ``/onepos`` base URL and the placeholders
(``YOUR_API_KEY``, ``{token}``) become real values. The answers must carry the keys the document
prints. The monitor calls (listed without shapes) are checked against the dialect's documented
design, and the last tests check what the simulator must refuse.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator

import httpx
import pytest

from agent_desk.sim.server import Simulator
from agent_desk.sim.world import VN_TZ
from tests.helpers import until
from tests.helpers.sim import fast_settings

KEY = "onepos"
JSON = {"Content-Type": "application/json"}
DOC_CDR_KEYS = {"call_id", "caller", "callee", "duration", "status", "recording"}
CDR_EXTRA_KEYS = {"direction", "timestamp"}  # the dialect's documented additions


@pytest.fixture
def sim_settings():
    return fast_settings(talk_time=(30.0, 30.0))  # a call stays live while the monitor is read


@pytest.fixture
async def sim(sim_settings):
    async with Simulator(sim_settings, providers=[KEY]) as simulator:
        yield simulator


@contextlib.asynccontextmanager
async def signed_in(sim: Simulator) -> AsyncIterator[tuple[httpx.AsyncClient, dict[str, str]]]:
    """The document's login example; gives a client on the simulator and the bearer header."""
    async with httpx.AsyncClient(base_url=sim.url(KEY)) as client:
        yield client, await login(client, sim)


async def login(client: httpx.AsyncClient, sim: Simulator) -> dict[str, str]:
    api_key = sim.profile(KEY)[1]["api_key"]
    answer = await client.post(
        "/api/v3/auth/login", headers=JSON, content=f'{{\n    "api_key": "{api_key}"\n  }}'.encode()
    )
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"status", "data"} and body["status"] is True
    assert set(body["data"]) == {"access_token", "token_type", "expires_in"}
    assert (body["data"]["token_type"], body["data"]["expires_in"]) == ("Bearer", 86400)
    return {"Authorization": f"Bearer {body['data']['access_token']}"}


async def test_webhook_config_example(sim):
    async with signed_in(sim) as (client, auth):
        answer = await client.post(
            "/api/v3/webhook/config",
            headers={**auth, **JSON},
            content=(
                b'{\n    "url":    "https://your-app.com/hook",\n    "events": ["call.ended","call.missed"],\n'
                b'    "secret": "your_secret_key"\n  }'
            ),
        )
    assert answer.status_code == 200
    assert answer.json() == {
        "status": True,
        "data": {"url": "https://your-app.com/hook", "events": ["call.ended", "call.missed"]},
    }
    [config] = sim.dialects[KEY].webhooks.values()
    assert (config.url, config.events, config.secret) == (
        "https://your-app.com/hook",
        {"call.ended", "call.missed"},
        "your_secret_key",
    )


async def test_cdr_example(sim):
    async with signed_in(sim) as (client, auth):
        example = await client.get(
            "/api/v3/cdr?start_date=2025-03-01&end_date=2025-03-26&direction=inbound&limit=20", headers=auth
        )
        assert example.status_code == 200
        assert example.json() == {"status": True, "total": 0, "page": 1, "data": []}  # history is recent
        today = dt.datetime.now(VN_TZ).date()
        recent = await client.get(
            f"/api/v3/cdr?start_date={today - dt.timedelta(days=31)}&end_date={today}&direction=inbound&limit=20",
            headers=auth,
        )
        by_extension = [
            (
                await client.get(
                    f"/api/v3/cdr?start_date={today - dt.timedelta(days=31)}&end_date={today}&extension={ext}",
                    headers=auth,
                )
            ).json()
            for ext in ("103", "ext_103")
        ]
    assert by_extension[0] == by_extension[1] and by_extension[0]["total"] == sum(
        c.extension == "103" for c in sim.world.cdrs
    )
    body = recent.json()
    inbound = [c for c in sim.world.cdrs if c.direction == "inbound"]
    assert set(body) == {"status", "total", "page", "data"} and (body["total"], body["page"]) == (len(inbound), 1)
    assert len(body["data"]) == 20 and all(set(row) == DOC_CDR_KEYS | CDR_EXTRA_KEYS for row in body["data"])
    row = body["data"][0]
    assert row["callee"].startswith("ext_") and row["direction"] == "inbound"
    assert row["status"] in ("answered", "missed", "busy") and row["timestamp"].endswith("+07:00")
    assert {r["call_id"] for r in body["data"]} == {c.id for c in inbound[-20:]}


async def test_monitor_shapes_with_a_live_call(sim):
    call = sim.world.start_inbound("0901234567", extension="103")
    await until(lambda: call.state == "answered")
    async with signed_in(sim) as (client, auth):
        calls = (await client.get("/api/v3/monitor/active-calls", headers=auth)).json()
        agents = (await client.get("/api/v3/monitor/agents", headers=auth)).json()
        queues = (await client.get("/api/v3/monitor/queue-stats", headers=auth)).json()
    assert calls == {
        "status": True,
        "data": [
            {
                "call_id": call.id,
                "caller": "0901234567",
                "callee": "ext_103",
                "direction": "inbound",
                "status": "answered",
                "queue": None,
                "timestamp": calls["data"][0]["timestamp"],
                "duration": calls["data"][0]["duration"],
            }
        ],
    }
    assert agents["status"] is True and len(agents["data"]) == 8
    agent = next(a for a in agents["data"] if a["extension"] == "103")
    assert agent == {
        "extension": "103",
        "username": "ext_103",
        "name": sim.world.extensions["103"].name,
        "status": "busy",
        "registered": True,
    }
    assert queues["status"] is True and [q["queue"] for q in queues["data"]] == ["999", "888"]
    assert set(queues["data"][0]) == {
        "queue",
        "name",
        "waiting",
        "answered",
        "abandoned",
        "agents_available",
        "agents_total",
        "longest_wait",
    }
    assert queues["data"][0]["agents_available"] == 3  # 103 is on the call


async def test_what_the_simulator_refuses(sim):
    async with httpx.AsyncClient(base_url=sim.url(KEY)) as client:
        for path in ("/api/v3/cdr?start_date=2026-11-01&end_date=2026-11-02", "/api/v3/monitor/agents"):
            for headers in ({}, {"Authorization": "Bearer not-a-token"}):
                answer = await client.get(path, headers=headers)
                assert (answer.status_code, answer.json()) == (401, {"status": False, "message": "Unauthorized"})
        wrong_key = await client.post("/api/v3/auth/login", json={"api_key": "YOUR_API_KEY"})
        assert (wrong_key.status_code, wrong_key.json()["status"]) == (401, False)
        for body in (b'{"apikey": "x"}', b"api_key=x", b"[]"):
            assert (await client.post("/api/v3/auth/login", content=body, headers=JSON)).status_code == 400
        auth = await login(client, sim)
        dates = "start_date=2026-11-01&end_date=2026-11-02"
        for query in ("limit=101", "limit=0", "page=0", "page=x", "direction=sideways", "status=cancelled"):
            answer = await client.get(f"/api/v3/cdr?{dates}&{query}", headers=auth)
            assert answer.status_code == 400 and answer.json()["status"] is False, query
        reversed_dates = await client.get("/api/v3/cdr?start_date=2026-11-02&end_date=2026-11-01", headers=auth)
        assert reversed_dates.status_code == 400
        for config in (
            {"url": "https://a.vn/h", "events": ["call.transferred"]},
            {"url": "ftp://a.vn/h", "events": []},
            {"url": "https://a.vn/h"},
            {"url": "https://a.vn/h", "events": [], "secret": 5},
        ):
            answer = await client.post("/api/v3/webhook/config", json=config, headers=auth)
            assert answer.status_code == 400 and answer.json()["status"] is False, config
        wrong_method = await client.get("/api/v3/auth/login")
        assert wrong_method.status_code == 405 and wrong_method.headers["Allow"] == "POST"
        assert wrong_method.json() == {"status": False, "message": "Method Not Allowed"}
        assert (await client.post("/api/v3/cdr", headers=auth)).status_code == 405
        unknown = await client.get("/api/v3/users", headers=auth)  # the user API is not served
        assert (unknown.status_code, unknown.json()) == (404, {"status": False, "message": "Not Found"})
        sim.tokens.expire_all()
        assert (await client.get(f"/api/v3/cdr?{dates}", headers=auth)).status_code == 401


async def test_an_empty_config_means_no_webhook(sim):
    async with signed_in(sim) as (client, auth):
        await client.post(
            "/api/v3/webhook/config",
            headers=auth,
            json={"url": "http://127.0.0.1:9/hook", "events": ["call.ended"], "secret": "s"},
        )
        assert len(sim.dialects[KEY].webhooks) == 1
        for empty in ({"url": "", "events": ["call.ended"]}, {"url": "http://127.0.0.1:9/hook", "events": []}):
            await client.post(
                "/api/v3/webhook/config",
                headers=auth,
                json={"url": "http://127.0.0.1:9/hook", "events": ["call.ended"]},
            )
            answer = await client.post("/api/v3/webhook/config", headers=auth, json=empty)
            assert answer.json() == {"status": True, "data": empty} and sim.dialects[KEY].webhooks == {}
