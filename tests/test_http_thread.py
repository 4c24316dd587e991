"""Requests through the HTTP thread (agent_desk.http_thread) against a real loopback server: the same
answers and errors as httpx's own transport, sent on the thread, and a caller that stops waiting or
reading stops the request there."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest
from aiohttp import web

from agent_desk import errors
from agent_desk.fetch import BodyTooLarge, capped_send
from agent_desk.http_thread import READ_AHEAD, ThreadTransport
from agent_desk.session import Session
from tests.helpers import until
from tests.helpers.net import serving

LONG = bytes(range(256)) * (3 * READ_AHEAD // 256 + 7)  # read ahead, then pulled in chunks


@pytest.fixture
async def server():
    seen: dict[str, object] = {"slow_done": False}

    async def echo(request: web.Request) -> web.Response:
        return web.json_response({"body": (await request.text()), "q": request.query.get("q")}, headers={"X-Seen": "1"})

    async def long(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        await response.prepare(request)
        for start in range(0, len(LONG), 64 * 1024):
            await response.write(LONG[start : start + 64 * 1024])
        return response

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(2)
        seen["slow_done"] = True
        return web.Response(text="late")

    app = web.Application()
    app.router.add_post("/echo", echo)
    app.router.add_get("/long", long)
    app.router.add_get("/slow", slow)
    async with serving(app) as url:
        yield url, seen


def pool(transport: ThreadTransport) -> object:
    assert transport._inner is not None
    return transport._inner._pool


async def test_answers_and_bodies_are_those_of_the_server_and_sent_on_the_thread(server):
    url, _ = server
    transport = ThreadTransport()
    async with httpx.AsyncClient(base_url=url, transport=transport) as client:
        response = await client.post("/echo", params={"q": "số"}, json={"a": 1})
        assert response.status_code == 200 and response.headers["X-Seen"] == "1"
        assert response.json() == {"body": '{"a":1}', "q": "số"}
        long = await client.get("/long")
        assert long.content == LONG, "read ahead, then the rest pulled from the thread, in order"
        threads = {t.name for t in threading.enumerate()}
        assert "http" in threads
        assert transport._loop.loop is not asyncio.get_running_loop(), "the pool belongs to the thread's loop"
    assert transport._inner is None, "closing the client closed the transport's connections"


async def test_a_size_cap_stops_reading_and_the_connection_is_given_back(server):
    url, _ = server
    transport = ThreadTransport()
    async with httpx.AsyncClient(base_url=url, transport=transport) as client:
        with pytest.raises(BodyTooLarge):
            await capped_send(client, client.build_request("GET", "/long"), deadline=5, max_bytes=READ_AHEAD, host="x")
        await until(lambda: not pool(transport)._requests, what="the request to end on the thread")
        response, body = await capped_send(
            client, client.build_request("POST", "/echo", content=b"after"), deadline=5, max_bytes=1000, host="x"
        )
        assert response.status_code == 200 and b"after" in body


async def test_a_deadline_cancels_the_request_on_the_thread(server):
    url, seen = server
    transport = ThreadTransport()
    async with httpx.AsyncClient(base_url=url, transport=transport) as client:
        with pytest.raises(TimeoutError):
            await capped_send(client, client.build_request("GET", "/slow"), deadline=0.3, max_bytes=1000, host="x")
        await until(lambda: not pool(transport)._requests, timeout=1, what="the request to be cancelled on the thread")
        assert seen["slow_done"] is False, "cancelled, not answered"


async def test_transport_failures_reach_the_caller_as_httpx_raises_them(unused_tcp_port):
    async with httpx.AsyncClient(transport=ThreadTransport()) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get(f"http://127.0.0.1:{unused_tcp_port}/")
        request = client.build_request("GET", f"http://127.0.0.1:{unused_tcp_port}/")
        with pytest.raises(errors.PbxUnreachable):
            await capped_send(client, request, deadline=5, max_bytes=10, host="x")


def test_only_a_session_that_asks_sends_on_the_thread():
    from agent_desk.config import parse_profile

    profile = parse_profile("p", {"provider": "tel4vn", "base_url": "https://pbx.example", "extension": "101"})
    assert Session()._provider_options(profile) == {}, "the CLI and the console's worker keep their own loop"
    assert isinstance(Session(http_thread=True)._provider_options(profile)["transport"], ThreadTransport)
