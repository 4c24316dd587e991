"""The shared provider plumbing: token cache, one refresh on 401, error mapping, no retries."""

from __future__ import annotations

import asyncio
import socket

import pytest
from aiohttp import web

from agent_desk import errors
from agent_desk.config import parse_profile
from agent_desk.models import Capability
from agent_desk.providers import create_provider, provider_class
from agent_desk.providers.base import Provider, TokenCache, refusal_for_code
from agent_desk.secrets import SecretStore


async def test_token_cache_fetches_once_for_concurrent_callers_and_refreshes_near_expiry():
    now = [1000.0]
    calls = []

    async def fetch():
        calls.append(now[0])
        await asyncio.sleep(0.01)
        return f"t{len(calls)}", now[0] + 120

    cache = TokenCache(fetch, clock=lambda: now[0])
    assert await asyncio.gather(*(cache.get() for _ in range(5))) == ["t1"] * 5
    now[0] += 30
    assert await cache.get() == "t1"  # 90 s left: still fresh
    now[0] += 40
    assert await cache.get() == "t2"  # inside the 60 s margin: refreshed
    cache.invalidate()
    assert await cache.get() == "t3"


@pytest.mark.parametrize(
    "code, cls, words",
    [
        ("USER_NOT_REGISTERED", errors.NotRegistered, "softphone is not registered"),
        ("user_busy", errors.UserBusy, "busy"),
        ("WEIRD", errors.PbxRefused, "the PBX refused: odd"),
    ],
)
def test_refusal_for_code(code, cls, words):
    error = refusal_for_code(code, "odd")
    assert type(error) is cls and words in str(error) and error.exit_code == 3


class EchoProvider(Provider):
    """The smallest provider: bearer tokens from /token; used to exercise Provider.request."""

    key = "echo"
    title = "Echo"

    async def _fetch_token(self):
        response = await self.request("POST", "/token", auth=False)
        return response.json()["token"], None


@pytest.fixture
async def server():
    state = {"tokens": 0, "hits": 0, "valid": set(), "slow": 0.0, "reject_all": False}

    async def token(request):
        state["tokens"] += 1
        value = f"tok{state['tokens']}"
        state["valid"] = {value}
        return web.json_response({"token": value})

    async def thing(request):
        state["hits"] += 1
        await asyncio.sleep(state["slow"])
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if state["reject_all"] or token not in state["valid"]:
            return web.json_response({"error": "unauthorized"}, status=401)
        return web.json_response({"ok": True})

    async def broken(request):
        return web.json_response({"error": "x"}, status=502)

    app = web.Application()
    app.add_routes([web.post("/token", token), web.get("/thing", thing), web.get("/broken", broken)])
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    yield state, f"http://127.0.0.1:{port}"
    await runner.cleanup()


def make(url, **extra):
    profile = parse_profile("t", {"provider": "tel4vn", "base_url": url, **extra})
    return EchoProvider(profile, SecretStore(profile, env={}))


async def test_401_refreshes_the_token_once(server):
    state, url = server
    async with make(url) as provider:
        assert (await provider.request("GET", "/thing")).json() == {"ok": True}
        state["valid"] = {"revoked-everything"}  # the server forgot our token
        assert (await provider.request("GET", "/thing")).status_code == 200
        assert state["tokens"] == 2
        state["reject_all"] = True  # nothing will ever be accepted
        with pytest.raises(errors.AuthFailed):
            await provider.request("GET", "/thing")
        assert state["tokens"] == 3  # one refresh, not a loop


async def test_timeout_is_reported_not_retried(server):
    state, url = server
    async with make(url, timeout=0.2) as provider:
        await provider.tokens.get()
        state["slow"] = 0.5
        with pytest.raises(errors.PbxTimeout, match="did not answer the click-to-call in time"):
            await provider.request("GET", "/thing", what="the click-to-call")
        assert state["hits"] == 1


async def test_server_errors_and_unreachable(server):
    _, url = server
    async with make(url) as provider:
        with pytest.raises(errors.PbxUnreachable, match="HTTP 502"):
            await provider.request("GET", "/broken", auth=False)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    async with make(f"http://127.0.0.1:{closed}") as provider:
        with pytest.raises(errors.PbxUnreachable) as exc:
            await provider.request("GET", "/thing", auth=False)
        assert exc.value.exit_code == 4 and "cannot reach the PBX" in str(exc.value)


async def test_unsupported_operations_name_the_capability(server):
    _, url = server
    async with make(url) as provider:
        assert not provider.supports(Capability.QUEUE_STATS)
        with pytest.raises(errors.Unsupported, match="Echo cannot do this: it has no API for queue stats"):
            await provider.queue_stats()


def test_registry_rejects_unknown_provider_and_checks_required_fields():
    with pytest.raises(errors.ConfigError, match="unknown provider 'nope'"):
        provider_class("nope")
    profile = parse_profile("x", {"provider": "tel4vn", "base_url": "http://h"})
    profile.provider = "nope"
    with pytest.raises(errors.ConfigError):
        create_provider(profile)


def test_a_long_answer_is_decoded_in_short_pieces_to_what_json_gives(monkeypatch):
    """A megabyte of rows never goes to msgspec in one decode (the GIL is held throughout one): each
    row is decoded on its own, and the values are json's, whatever the shape around the rows."""
    import json

    from agent_desk.providers import base

    rows = [{"call_id": f"c{i}", "caller": "0901234567", "n": i, "tags": ["a", {"b": None}]} for i in range(8000)]
    big_text = "x" * (3 * base.PIECE_BYTES)  # a long string: no members to split it into
    shapes = [
        {"status": True, "data": rows},  # OnePOS's envelope
        rows,  # a bare list
        {"data": {"items": rows, "total": 8000}, "note": big_text, "a": 1},  # nested deeper
        [[rows[:3000], rows[3000:]], big_text],
    ]
    decoders = base._fast_decoders()
    pieces: list[int] = []

    class Measured:
        def decode(self, data):
            pieces.append(len(data))
            return decoders_any.decode(data)

    decoders_any = decoders.any
    monkeypatch.setattr(decoders, "any", Measured())
    for shape in shapes:
        body = json.dumps(shape).encode()
        assert len(body) > base.FAST_JSON_BYTES
        pieces.clear()
        assert base.parse_json(body) == json.loads(body)
        assert len(pieces) > 1
        assert max(pieces) <= max(base.PIECE_BYTES, len(json.dumps(big_text)))
    body = (json.dumps({"a": rows, "b": 2})[:-1] + ', "a": 3}').encode()  # a repeated key: the last value
    assert base.parse_json(body) == json.loads(body) == {"a": 3, "b": 2}


def test_a_long_answer_parses_as_json_would_also_where_the_fast_parser_refuses():
    import json

    from agent_desk.providers.base import FAST_JSON_BYTES, _fast_decoders, parse_json

    pad = " " * FAST_JSON_BYTES  # long enough for the fast path
    texts = [
        '{"calls": [{"id": 123456789012345678901234567890, "n": -0, "x": 1.5e3, "s": "Tr\\u1ea7n"}], "a": 1, "a": 2}',
        '{"wait": NaN, "max": Infinity, "min": -Infinity, "big": 1e400}',  # json's extensions
        '{"lone": "\\ud800"}',
    ]
    bodies = [(text + pad).encode() for text in texts]
    bodies += ["\ufeff{}".encode() + pad.encode(), ('{"a": 1}' + pad).encode("utf-16")]  # a BOM; UTF-16
    for body in bodies:
        assert repr(parse_json(body)) == repr(json.loads(body))
    assert type(parse_json(bodies[0])["calls"][0]["id"]) is int
    assert _fast_decoders().any.decode(bodies[0]) == json.loads(bodies[0])  # the first took the fast path
    for bad in (b"[1," + pad.encode(), b'"\xff"' + pad.encode(), b"{'a': 1}" + pad.encode()):
        with pytest.raises(ValueError):
            parse_json(bad)


# ---------------------------------------------------------------------- rows reused between reads
def test_rows_of_splits_a_list_answer_and_leaves_the_rest_to_parse_json():
    import json

    from agent_desk.providers.base import parse_json, rows_of

    body = b'{"status": true, "data": [{"a": 1}, 2, {"b": [3]}], "total": 3, "data": [{"a": 1}, {"c": null}]}'
    head, rows = rows_of(body)
    assert head == {"status": True, "total": 3} and [bytes(r) for r in rows] == [b'{"a": 1}', b'{"c": null}']
    assert {**head, "data": [parse_json(bytes(r)) for r in rows]} == json.loads(body)
    for other in (b"[1, 2]", b'{"data": {"a": 1}}', b'{"status": true}', b'{"data": [NaN]}', b"not json", b""):
        assert rows_of(other) is None


def test_row_memo_hands_back_the_record_of_a_row_whose_read_fields_are_unchanged():
    from agent_desk.providers.base import RowMemo, rows_of

    made: list[dict] = []

    def make(row):
        made.append(row)
        return None if row.get("id") == "skip" else (row.get("id"), row.get("state"), row.get("n"))

    memo = RowMemo(("id", "state", "n"), make)

    def read(text: str):
        made.clear()
        _, rows = rows_of(text.encode())
        return memo.records(rows)

    first = read('{"data": [{"id": "a", "state": "ringing", "duration": 1}, {"id": "b", "n": 1}, 7, {"id": "skip"}]}')
    assert first == [("a", "ringing", None), ("b", None, 1)] and len(made) == 3, "a row that is no object has none"
    second = read('{"data": [{"id": "a", "state": "ringing", "duration": 2}, {"id": "b", "n": 1.0}, {"id": "skip"}]}')
    assert second[0] is first[0], "only a field the record is not made from changed: the same record"
    assert second[1] == ("b", None, 1.0) and type(second[1][2]) is float, "1 and 1.0 are different texts"
    assert [row.get("id") for row in made] == ["b"], "unchanged rows are not decoded, even one with no record"
    third = read('{"data": [{"id": "b", "n": 1.0, "state": null}, {"n": 1.0, "id": "a", "state": "answered"}]}')
    assert third == [("b", None, 1.0), ("a", "answered", 1.0)] and third[0] is second[1], "null is a missing field"
    fourth = read('{"data": [{"id": "b", "n": 1.0}, {"id": "b", "n": 2}]}')  # one id twice: each its own record
    assert fourth == [("b", None, 1.0), ("b", None, 2)] and fourth[0] is third[0] and len(made) == 1


def test_row_memo_refuses_what_msgspec_refuses_and_keeps_the_last_read():
    from agent_desk.providers.base import RowMemo, rows_of

    memo = RowMemo(("id", "n"), lambda row: (row["id"], row.get("n")))
    _, rows = rows_of(b'{"data": [{"id": "a", "n": 1}]}')
    (kept,) = memo.records(rows)
    _, rows = rows_of(b'{"data": [{"id": "a", "n": 1e400}]}')  # json reads it as inf; msgspec refuses
    with pytest.raises(ValueError):
        memo.records(rows)
    _, rows = rows_of(b'{"data": [{"id": "a", "n": 1}]}')
    assert memo.records(rows)[0] is kept


@pytest.mark.parametrize("key", ["onepos", "tel4vn"])
def test_records_are_made_from_the_fields_named_for_the_row_memo_only(key):
    from agent_desk.providers import onepos, tel4vn

    class Reads(dict):
        def __init__(self, *args) -> None:
            super().__init__(*args)
            self.read: set[str] = set()

        def get(self, name, default=None):
            self.read.add(name)
            return super().get(name, default)

        def __getitem__(self, name):
            self.read.add(name)
            return super().__getitem__(name)

    made = {
        "onepos": [(onepos.OnePosProvider.live_call_from, onepos.LIVE_CALL_FIELDS)],
        "tel4vn": [(tel4vn.live_call_from, tel4vn.LIVE_CALL_FIELDS)],
    }[key]
    if key == "onepos":
        made.append((onepos.OnePosProvider.agent_from, onepos.AGENT_FIELDS))
    row = {"call_id": "c1", "caller": "0901", "callee": "ext_101", "extension": "", "username": "ext_101"}
    for make, fields in made:
        reads = Reads(row)
        make(reads, {})
        assert reads.read <= set(fields), f"{make.__qualname__} reads {reads.read - set(fields)} too"


async def test_a_provider_reusing_rows_reads_every_answer_as_one_making_records_anew():
    """OnePOS on a server answering in turn: the same records (but raw) or the same error whether
    it reuses unchanged rows' records or not, through answers msgspec refuses and refusals."""
    import msgspec

    from agent_desk.providers.onepos import OnePosProvider

    row = (
        '{{"call_id": "{id}", "caller": "0901234567", "callee": "ext_101", "direction": "inbound", '
        '"status": "answered", "queue": {queue}, "timestamp": "2026-12-06T09:00:00+07:00", "duration": {duration}}}'
    )

    def calls(*rows: str) -> str:
        return '{"status": true, "data": [' + ", ".join(rows) + "]}"

    answers = [
        calls(row.format(id="a", queue='"999"', duration=1), row.format(id="b", queue="null", duration=1)),
        calls(row.format(id="a", queue='"999"', duration=2), row.format(id="b", queue="null", duration="NaN")),
        calls(row.format(id="a", queue="1e400", duration=3), row.format(id="b", queue="null", duration=3), "7"),
        calls(row.format(id="a", queue='"999"', duration=4), row.format(id="b", queue='"888"', duration=4)),
        '{"status": false, "message": "not now"}',
        '{"status": true, "data": {"calls": []}}',
        calls(row.format(id="a", queue='"999"', duration=5)),
    ]
    current = {"answer": ""}

    async def login(request):
        return web.json_response({"status": True, "data": {"access_token": "t", "expires_in": 3600}})

    async def active_calls(request):
        return web.Response(text=current["answer"], content_type="application/json")

    app = web.Application()
    app.add_routes([web.post("/api/v3/auth/login", login), web.get("/api/v3/monitor/active-calls", active_calls)])
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"
    profile = parse_profile("t", {"provider": "onepos", "base_url": url})
    secrets = SecretStore(profile, env={"AGENT_DESK_API_KEY": "k"})

    async def read(provider):
        try:
            return [msgspec.structs.replace(c, raw={}) for c in await provider.live_calls()]
        except errors.AgentDeskError as exc:
            return (type(exc), str(exc))

    try:
        async with OnePosProvider(profile, secrets) as reusing, OnePosProvider(profile, secrets) as anew:
            reusing.raw_rows = False
            for answer in answers:
                current["answer"] = answer
                got, expected = await read(reusing), await read(anew)
                assert got == expected, answer
                if answer is answers[3]:
                    assert [c.queue for c in got] == ["999", "888"], "a changed field is seen"
            (first,) = await reusing.live_calls()
            (again,) = await reusing.live_calls()
            assert again is first and first.raw == {}, "an unchanged row: the record of the last read"
    finally:
        await runner.cleanup()
