"""The TEL4VN documents' own curl examples, replayed against the simulator with httpx.

Each request keeps the example's method, path, headers and body; only the host becomes the
simulator's base URL and the placeholders ({{TOKEN}}, the account, ids) become real values. The
answers must carry the keys the documents print, and the documented error bodies must come back
verbatim. The last tests check what the simulator must refuse (no token, wrong method, missing
parameters).

The autodialer and autocall queue examples (and "Post Customer" sent to /v2/autocall/queue as
its curl does) are replayed in tests/test_campaigns.py; here "Post Customer" is replayed against
its HTTP Request line, POST /v2/customer.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator

import httpx
import pytest

from agent_desk.sim.server import Simulator
from tests.helpers.sim import fast_settings

JSON = {"Content-Type": "application/json"}
ACCOUNT_KEYS = {"api_key", "domain_uuid", "enabled", "extension", "level", "user_uuid", "username"}
TOKEN_KEYS = {"client_id", "domain_uuid", "expired_in", "refresh_token", "token", "token_type", "user_id"}
EVENT_KEYS = {"event_domain_uuid", "domain_uuid", "domain_name", "event_name", "callback_url", "callback_apikey"}
DEFAULT_CDR_KEYS = {
    "id",
    "sip_call_id",
    "cause",
    "duration",
    "direction",
    "recording_url",
    "extension",
    "from_number",
    "to_number",
    "receive_dest",
    "time_started",
    "time_answered",
    "time_ended",
    "status",
    "customer_id",
}
FLEX_CDR_KEYS = {
    "cdrId",
    "sip_call_id",
    "recordFile",
    "extensionId",
    "to",
    "hangupAt",
    "answeredAt",
    "ringAt",
    "dialAt",
    "status",
    "duration",
    "direction",
    "billsec",
    "customerId",
}
LIVE_CALL_KEYS = {"call_id", "context", "created_time", "destination", "direction", "ip", "source", "state"}
USER_KEYS = {"agent_name", "ext_loggedin", "extension", "user_uuid", "username"}
CUSTOMER_KEYS = {
    "campaign_id",
    "contract_number",
    "created_at",
    "customer_code",
    "customer_id",
    "customer_name",
    "phone_number",
    "status",
    "updated_at",
}
NOT_REGISTERED_MESSAGE = "User not registered extension with Softphone or IP Phone"


@pytest.fixture
def sim_settings():
    return fast_settings(talk_time=(30.0, 30.0))  # calls stay live while the examples act on them


@pytest.fixture
async def sim(sim_settings):
    async with Simulator(sim_settings, providers=["tel4vn", "tel4vn-pbx"]) as simulator:
        yield simulator


def raw(body: str) -> bytes:
    """A ``--data-raw`` body as curl sends it."""
    return body.encode()


@contextlib.asynccontextmanager
async def signed_in(sim: Simulator, key: str) -> AsyncIterator[tuple[httpx.AsyncClient, dict[str, str]]]:
    """The documents' Login Account and Get Access Token examples; gives a client and the bearer header."""
    async with httpx.AsyncClient(base_url=sim.url(key), follow_redirects=True) as client:  # curl -L
        yield client, await sign_in(client, sim, key)


async def sign_in(client: httpx.AsyncClient, sim: Simulator, key: str) -> dict[str, str]:
    table, secrets = sim.profile(key)
    login = await client.post(
        "/v1/auth",
        headers=JSON,
        content=raw(f'{{\n    "username" : "{table["username"]}",\n    "password" : "{secrets["password"]}"\n}}'),
    )
    assert login.status_code == 200
    token_path = "/v2/auth/token" if key == "tel4vn" else "/v1/auth/token"
    token = await client.post(
        token_path, headers=JSON, content=raw(f'{{\n    "api_key": "{login.json()["data"]["api_key"]}"\n}}')
    )
    assert token.status_code == 200
    if key == "tel4vn":
        assert set(login.json()) == {"code", "content", "data"} and set(login.json()["data"]) == ACCOUNT_KEYS
        assert set(token.json()["data"]) == TOKEN_KEYS and token.json()["data"]["token_type"] == "Bearer"
    else:
        assert set(login.json()) == {"data"} and set(login.json()["data"]) == {
            "user_uuid",
            "domain_uuid",
            "username",
            "api_key",
            "user_enabled",
            "level",
        }
        assert set(token.json()) == {"data"} and set(token.json()["data"]) == {"expired", "token", "user_id"}
    return {"Authorization": f"Bearer {token.json()['data']['token']}"}


@pytest.mark.parametrize("key", ["tel4vn", "tel4vn-pbx"])
async def test_event_examples(sim, key):
    async with signed_in(sim, key) as (client, auth):
        created = await client.post(
            "/v1/event",
            headers={**auth, **JSON},
            content=raw(
                '{\n    "callback_url" : "https://webhook.demo/",\n    "callback_apikey" : "foo",\n'
                '    "event" : "create"\n}'
            ),
        )
        assert created.json() == {"created": True}
        listed = (await client.get("/v1/event", headers=auth)).json()
        [event] = listed["data"]
        assert set(listed) == {"data"} and set(event) == EVENT_KEYS
        assert (event["event_name"], event["callback_url"], event["callback_apikey"]) == (
            "create",
            "https://webhook.demo/",
            "foo",
        )
        deleted = await client.delete(f"/v1/event/{event['event_domain_uuid']}", headers=auth)
        assert deleted.json() == {"deleted": True}
        assert (await client.get("/v1/event", headers=auth)).json() == {"data": []}


async def test_cdr_examples_in_both_mappings(sim):
    async with signed_in(sim, "tel4vn") as (client, auth):
        scroll = (await client.get("/v2/cdr?", headers=auth)).json()
        assert set(scroll) == {"data", "scroll_id"} and set(scroll["data"][0]) == DEFAULT_CDR_KEYS
        paged = (await client.get("/v2/cdr?page=2&limit=10", headers=auth)).json()
        assert set(paged) == {"data", "limit", "offset", "total"}
        assert (paged["limit"], paged["offset"], paged["total"]) == (10, 10, len(sim.world.cdrs))
        one = (await client.get(f"/v2/cdr/{paged['data'][0]['id']}", headers=auth)).json()
        assert one == paged["data"][0]
        assert (await client.get(f"/v2/cdr/{one['sip_call_id']}", headers=auth)).json() == one
        switched = await client.post(f"{sim.base_url}/_sim/tel4vn/cdr-mapping", json={"mapping": "flex"})
        assert switched.json() == {"mapping": "flex"}
        flex = (await client.get("/v2/cdr?page=1&limit=10", headers=auth)).json()
        assert set(flex) == {"data", "limit", "offset", "total"} and set(flex["data"][0]) == FLEX_CDR_KEYS
        assert set((await client.get(f"/v2/cdr/{one['id']}", headers=auth)).json()) == FLEX_CDR_KEYS
        missing = await client.get("/v2/cdr/01b7d166-b564-42ec-80a1-4ad343225934", headers=auth)
        assert missing.status_code == 404 and missing.json()["code"] == 404


async def test_pbx_cdr_and_click_to_call_examples(sim):
    pbx_keys = DEFAULT_CDR_KEYS - {"customer_id"}
    async with signed_in(sim, "tel4vn-pbx") as (client, auth):
        scroll = (await client.get("/v1/cdr?", headers=auth)).json()
        assert set(scroll) == {"data", "scroll_id"} and set(scroll["data"][0]) == pbx_keys
        more = (await client.get(f"/v1/cdr?scroll_id={scroll['scroll_id']}", headers=auth)).json()
        assert set(more) == {"data", "scroll_id"} and more["data"][0] != scroll["data"][0]
        paged = (await client.get("/v1/cdr?page=1&limit=10&status=ANSWERED", headers=auth)).json()
        assert set(paged) == {"data", "limit", "page", "total"} and paged["page"] == 1
        assert {r["status"] for r in paged["data"]} == {"ANSWERED"}
        one = await client.get(f"/v1/cdr/{paged['data'][0]['id']}", headers=auth)
        assert one.json() == paged["data"][0]
        dialled = await client.get("/v1/click2call?ext=101&phone=0899098899", headers=auth)
        assert dialled.json() == {"data": {"message": "success"}}


async def test_click_to_call_examples_and_their_error_bodies(sim):
    world = sim.world
    async with signed_in(sim, "tel4vn") as (client, auth):
        sync = (await client.get("/v1/click2call?ext=101&phone=0899098899", headers=auth)).json()
        assert set(sync) == {"status", "call_id"} and sync["status"] == "success"
        assert world.calls[sync["call_id"]].legs["101"].state == "answered"
        world.hangup(sync["call_id"])
        asynchronous = (await client.get("/v1/click2call/async?ext=101&phone=0899098899", headers=auth)).json()
        assert set(asynchronous) == {"status", "call_id"}
        world.hangup(asynchronous["call_id"])
        posted = (
            await client.post(
                "/v2/click2call",
                headers={**auth, **JSON},
                content=raw('{\n  "id": "KH1",\n  "mobile": "0899098899",\n  "agent": "101"\n}'),
            )
        ).json()
        assert set(posted) == {"code", "call_id", "status"} and (posted["code"], posted["status"]) == ("0", "success")
        assert world.calls[posted["call_id"]].customer_id == "KH1"
        world.hangup(posted["call_id"])

        world.extensions["101"].registered = False
        failed = await client.get("/v1/click2call?ext=101&phone=0899098899", headers=auth)
        assert failed.json() == {"status": "fail", "error": "USER_NOT_REGISTERED"}
        failed = await client.get("/v1/click2call/async?ext=101&phone=0899098899", headers=auth)
        assert failed.json() == {"status": "fail", "message": NOT_REGISTERED_MESSAGE, "error": "USER_NOT_REGISTERED"}
        failed = await client.post(
            "/v2/click2call",
            headers={**auth, **JSON},
            content=raw('{"id": "KH1", "mobile": "0899098899", "agent": "101"}'),
        )
        assert failed.json() == {
            "code": "1",
            "status": "fail",
            "message": NOT_REGISTERED_MESSAGE,
            "error": "USER_NOT_REGISTERED",
        }


async def test_call_examples_and_their_error_bodies(sim):
    world = sim.world
    async with signed_in(sim, "tel4vn") as (client, auth):
        moved = world.click_to_call("102", "0899123456")
        listed = (await client.get("/v2/call", headers={**auth, **JSON})).json()
        assert set(listed) == {"data", "total"} and listed["total"] == 1
        assert set(listed["data"][0]) == LIVE_CALL_KEYS and listed["data"][0]["call_id"] == moved.id
        body = raw('{\n    "ext" : "101"\n}')
        done = (await client.post(f"/v2/call/{moved.id}/transfer", headers={**auth, **JSON}, content=body)).json()
        assert done == {"status": "success", "call_id": moved.id, "ext": "101"} and moved.extension == "101"
        world.hangup(moved.id)
        watched = world.click_to_call("102", "0899123456")
        for action in ("listen", "whisper", "barge"):
            done = await client.post(f"/v2/call/{watched.id}/{action}", headers={**auth, **JSON}, content=body)
            assert done.json() == {"status": "success", "call_id": watched.id, "ext": "101"}
            assert watched.monitors == {"101": action}
        world.hangup(watched.id)
        refused = world.click_to_call("102", "0899123456")
        world.extensions["101"].registered = False
        for action in ("transfer", "listen", "whisper", "barge"):
            failed = await client.post(f"/v2/call/{refused.id}/{action}", headers={**auth, **JSON}, content=body)
            assert failed.json() == {"status": "fail", "error": "USER_NOT_REGISTERED"}


async def test_user_and_customer_examples_and_their_error_bodies(sim):
    world = sim.world
    user = world.extensions["101"]
    async with signed_in(sim, "tel4vn") as (client, auth):
        for path in (f"/v2/user/{user.username}/status", f"/v2/customer/user/{user.user_uuid}/status"):
            status = (await client.get(path, headers={**auth, **JSON})).json()
            assert set(status) == {"code", "content", "data"} and set(status["data"]) == USER_KEYS
            assert status["data"]["ext_loggedin"] == "true" and status["data"]["extension"] == "101"
        missing = await client.get("/v2/user/test.user01/status", headers={**auth, **JSON})
        assert missing.status_code == 404
        assert missing.json() == {"code": 404, "content": "user is not existed", "error": "Not Found"}

        listed = (await client.get("/v2/customer", headers={**auth, **JSON})).json()
        assert set(listed) == {"code", "content", "data", "limit", "offset", "total"}
        assert (listed["limit"], listed["offset"], listed["total"]) == (10, 0, len(world.customers))
        assert set(listed["data"][0]) == CUSTOMER_KEYS
        first = listed["data"][0]["customer_id"]
        one = (await client.get(f"/v2/customer/{first}", headers={**auth, **JSON})).json()
        assert one == {"code": 200, "content": "successfully", "data": listed["data"][0]}
        missing = await client.get("/v2/customer/dddddddd-1111-2222-3333-eeeeeeee", headers={**auth, **JSON})
        assert missing.json() == {"code": 404, "content": "Not Found", "error": "Not Found"}

        sample = {
            "campaign_id": "aaaaaaaa-1111-2222-3333-eeeeeeee",
            "customer_name": "Khach Hang 01",
            "customer_code": "KH01",
            "phone_number": "0899888998",
            "contract_number": "ABC123",
        }
        created = await client.post("/v2/customer", headers={**auth, **JSON}, content=raw(json.dumps(sample)))
        assert created.status_code == 201 and set(created.json()) == {"code", "content", "id"}
        assert world.customers[created.json()["id"]].phone == "0899888998"
        bad = await client.post(
            "/v2/customer", headers={**auth, **JSON}, content=raw(json.dumps({**sample, "phone_number": "12345"}))
        )
        assert bad.json() == {
            "code": 400,
            "content": [{"phone_number": "Does not match pattern '^(84|0[3|5|7|8|9])+([0-9]{8})$'"}],
            "error": "Bad Request",
        }


@pytest.mark.parametrize("key", ["tel4vn", "tel4vn-pbx"])
async def test_the_simulator_refuses_what_the_documents_do_not_allow(sim, key):
    cdr_path = "/v2/cdr" if key == "tel4vn" else "/v1/cdr"
    async with signed_in(sim, key) as (client, auth):
        assert (await client.get(cdr_path)).status_code == 401
        assert (await client.get(cdr_path, headers={"Authorization": "Bearer made-up"})).status_code == 401
        assert (await client.put("/v1/event", headers=auth)).status_code == 405
        assert (await client.get("/v1/auth")).status_code == 405
        missing = await client.get("/v1/click2call?ext=101", headers=auth)
        assert missing.status_code == 400 and missing.json()["error"] == "INVALID_PARAMETER"
        no_event = await client.post("/v1/event", headers={**auth, **JSON}, content=raw('{"callback_apikey": "x"}'))
        assert no_event.status_code == 400
        wrong = await client.post("/v1/auth", headers=JSON, content=raw('{"username": "agent101", "password": "x"}'))
        assert wrong.status_code == 401
        sim.tokens.expire_all()
        assert (await client.get(cdr_path, headers=auth)).status_code == 401
    if key == "tel4vn":
        async with httpx.AsyncClient(base_url=sim.url(key)) as plain:
            assert (await plain.get("/v2/call")).status_code == 401
            assert (await plain.post("/v2/click2call", json={})).status_code == 401
