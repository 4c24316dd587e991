"""The relay over real loopback sockets: webhooks in, desks (real RelaySource clients) out.

Routing by extension, a supervisor sees every call, a desk away gets what it missed exactly once,
tokens (unknown refused with 401, revoked dropped live), history gaps, health and metrics.
"""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest

from agent_desk import errors
from agent_desk.events import Condition
from agent_desk.relay.store import MemoryHistory
from agent_desk.relay.tokens import SqliteTokenBook
from tests.helpers import until
from tests.relay.helpers import SECRET, desk, post, running_relay, tel4vn


class PerTurn:
    """Samples ``count()`` once per turn of the event loop (a callback that schedules itself for the next)."""

    def __init__(self, count) -> None:
        self.count = count
        self.samples = [count()]
        self._handle = asyncio.get_running_loop().call_soon(self._tick)

    def _tick(self) -> None:
        self.samples.append(self.count())
        self._handle = asyncio.get_running_loop().call_soon(self._tick)

    def stop(self) -> None:
        self._handle.cancel()

    def most(self) -> int:
        """The largest growth of the count within one turn."""
        return max(b - a for a, b in zip(self.samples, self.samples[1:], strict=False))


@pytest.fixture
async def client():
    async with httpx.AsyncClient(timeout=5) as http:
        yield http


async def test_events_reach_only_the_desk_of_their_extension_and_every_supervisor(tmp_path, client):
    async with running_relay(tmp_path) as relay:
        _, t101 = await relay.tokens.add("101")
        _, t102 = await relay.tokens.add("102")
        _, tsup = await relay.tokens.add("900", supervisor=True)
        d101, d102, sup = [await desk(relay.url, t).start() for t in (t101, t102, tsup)]
        try:
            assert (await post(client, relay.url, tel4vn("a", "ringing", callee="101"))).status_code == 200
            assert (await post(client, relay.url, tel4vn("b", "ringing", callee="102"))).status_code == 200
            # an outbound call from 102 reaches 102 as the caller
            body = tel4vn("c", "ringing", caller="102", callee="0912345678", direction="outbound")
            assert (await post(client, relay.url, body)).status_code == 200
            await until(lambda: len(sup.events) == 3 and len(d102.events) == 2 and len(d101.events) == 1)
            await asyncio.sleep(0.2)  # nothing else arrives
            assert d101.states() == [("a", "ringing")]
            assert d102.states() == [("b", "ringing"), ("c", "ringing")]
            assert sup.states() == [("a", "ringing"), ("b", "ringing"), ("c", "ringing")]
            assert {e.source for e in sup.events} == {"relay"}
            assert sup.events[0].caller == "0899888999" and sup.events[0].provider == "tel4vn"
        finally:
            for d in (d101, d102, sup):
                await d.stop()


async def test_a_duplicate_webhook_is_published_once(tmp_path, client):
    async with running_relay(tmp_path) as relay:
        _, token = await relay.tokens.add("101")
        d = await desk(relay.url, token).start()
        try:
            for _ in range(3):
                assert (await post(client, relay.url, tel4vn("dup", "ringing"))).status_code == 200
            await until(lambda: d.events)
            await asyncio.sleep(0.2)
            assert d.states() == [("dup", "ringing")]
        finally:
            await d.stop()


async def test_a_desk_that_was_away_gets_the_missed_events_once_on_reconnect(tmp_path, client):
    position = tmp_path / "desk" / "relay-office.json"
    async with running_relay(tmp_path) as relay:
        _, token = await relay.tokens.add("101")
        first = await desk(relay.url, token, position).start()
        await post(client, relay.url, tel4vn("x1", "ringing"))
        await until(lambda: len(first.events) == 1)
        await first.stop()  # the desk is away (the app was closed)...
        for call_id, state in (("x2", "ringing"), ("x3", "ringing"), ("x2", "hangup")):
            await post(client, relay.url, tel4vn(call_id, state))
        await post(client, relay.url, tel4vn("other", "ringing", callee="102"))
        again = await desk(relay.url, token, position).start()  # ...and starts again from its saved position
        try:
            await until(lambda: len(again.events) == 3)
            await post(client, relay.url, tel4vn("x4", "ringing"))
            await until(lambda: len(again.events) == 4)
            await asyncio.sleep(0.3)
            assert again.states() == [("x2", "ringing"), ("x3", "ringing"), ("x2", "hangup"), ("x4", "ringing")]
            assert [e.raw.get("replayed", False) for e in again.events] == [True, True, True, False]
            # x2 ended while the desk was away: journaled, not popped; x3 still rings: it pops
            assert [e.raw.get("call_ended", False) for e in again.events] == [True, False, True, False]
            assert again.source.gaps == 0
        finally:
            await again.stop()


async def test_a_replay_burst_gives_the_loop_a_turn_between_frames(tmp_path, client, monkeypatch):
    """A desk back from away gets its missed events as one burst: the frames already read are handled
    with a turn for the rest of the loop between them (TURN_BUDGET_S 0: after every frame), not a
    socket read's worth in one turn. Every event arrives once."""
    from agent_desk.events import relay as relay_source

    monkeypatch.setattr(relay_source, "TURN_BUDGET_S", 0.0)
    position = tmp_path / "desk" / "relay-office.json"
    async with running_relay(tmp_path) as relay:
        _, token = await relay.tokens.add("101")
        await (await desk(relay.url, token, position).start()).stop()  # a position to come back from
        missed = [f"r{i}" for i in range(300)]
        for batch in range(0, len(missed), 50):
            await asyncio.gather(*(post(client, relay.url, tel4vn(c, "ringing")) for c in missed[batch : batch + 50]))
        again = desk(relay.url, token, position)
        frames = PerTurn(lambda: again.source.frames)
        try:
            await again.start()
            await until(lambda: len(again.events) == len(missed), timeout=10)
        finally:
            frames.stop()
            await again.stop()
    assert sorted(e.call_id for e in again.events) == sorted(missed)
    assert all(e.raw.get("replayed") for e in again.events)
    assert frames.most() == 1, f"{frames.most()} frames handled in one loop turn"


async def test_a_dropped_connection_resumes_without_loss_or_repeat(tmp_path, client):
    async with running_relay(tmp_path) as relay:
        _, token = await relay.tokens.add("101")
        d = await desk(relay.url, token).start()
        try:
            sent = 0
            for round_ in range(3):
                for i in range(5):
                    await post(client, relay.url, tel4vn(f"r{round_}-{i}", "ringing"))
                    sent += 1
                await until(lambda n=sent: len(d.events) == n)
                for conn in list(relay._desks):  # cut the desks' connections from the relay's side
                    relay._close_desk(conn, 1011, "test cut")
                await until(lambda r=round_: d.source.connections >= r + 2, timeout=5)
            await asyncio.sleep(0.3)
            ids = [e.call_id for e in d.events]
            assert len(ids) == len(set(ids)) == 15
        finally:
            await d.stop()


async def test_a_first_start_gets_only_new_events(tmp_path, client):
    async with running_relay(tmp_path) as relay:
        _, token = await relay.tokens.add("101")
        await post(client, relay.url, tel4vn("old", "ringing"))
        d = await desk(relay.url, token, tmp_path / "pos.json").start()
        try:
            await post(client, relay.url, tel4vn("new", "ringing"))
            await until(lambda: d.events)
            await asyncio.sleep(0.2)
            assert d.states() == [("new", "ringing")]
        finally:
            await d.stop()


async def test_an_unknown_token_is_refused_with_401_and_the_desk_stops_retrying(tmp_path, client):
    async with running_relay(tmp_path) as relay:
        answer = await client.get(relay.url + "/desk", headers={"Authorization": "Bearer not-a-token"})
        assert (answer.status_code, answer.text) == (401, "unknown or revoked desk token")
        assert (await client.get(relay.url + "/desk")).status_code == 401
        d = desk(relay.url, "not-a-token")
        with pytest.raises(errors.RelayTokenRefused, match="refused this desk's token"):
            await asyncio.wait_for(d.source.run(d.events.append, d.health.append), 5)
        assert d.source.connections == 0
        assert "agent_desk_relay_desks_refused_total 3.0" in (await client.get(relay.url + "/metrics")).text


async def test_a_new_token_works_and_a_revoked_one_is_dropped_without_a_restart(tmp_path, client):
    async with running_relay(tmp_path) as relay:
        other_book = SqliteTokenBook(tmp_path / "relay-data")  # what `agent-desk relay token` uses
        grant, token = await other_book.add("101")
        d = desk(relay.url, token)
        task = asyncio.create_task(d.source.run(d.events.append, d.health.append))
        await until(lambda: d.source.connections == 1)
        assert await other_book.revoke(grant.id)
        with pytest.raises(errors.RelayTokenRefused):
            await asyncio.wait_for(task, 5)  # closed with 4003 within a heartbeat; no retry
        assert d.source.connections == 1
        assert [g.id for g in await other_book.grants()] == []


async def test_a_history_that_no_longer_reaches_back_is_reported(tmp_path, client):
    position = tmp_path / "pos.json"
    async with running_relay(tmp_path, MemoryHistory(3)) as relay:
        port = relay.port
        _, token = await relay.tokens.add("101")
        d = await desk(relay.url, token, position).start()
        await d.stop()
        for i in range(6):
            await post(client, relay.url, tel4vn(f"g{i}", "ringing"))
        again = await desk(relay.url, token, position).start()
        try:
            assert again.source.gaps == 1
            assert (again.health[-1].state, again.health[-1].condition) == ("up", Condition.GAP)
            assert "away longer than the relay's history reaches" in again.health[-1].detail
            await post(client, relay.url, tel4vn("after", "ringing"))
            await until(lambda: again.events)
            assert again.states() == [("after", "ringing")]
        finally:
            await again.stop()
    # the relay started again at the same address (a new epoch): the saved position's history is gone
    async with running_relay(tmp_path, port=port) as relay:
        third = await desk(relay.url, token, position).start()
        try:
            assert third.source.gaps == 1
            assert third.health[-1].condition == Condition.GAP
            assert "history was started again" in third.health[-1].detail
        finally:
            await third.stop()


async def test_webhooks_follow_the_listener_rules_and_health_and_metrics_are_served(tmp_path, client):
    async with running_relay(tmp_path) as relay:
        hook = tel4vn("m1", "ringing")
        wrong = await client.post(relay.url + "/hooks/tel4vn", json=hook, headers={"X-Api-Key": "nope"})
        assert (wrong.status_code, wrong.text) == (403, "wrong webhook secret")
        prefixed = await client.post(f"{relay.url}/{SECRET}/hooks/tel4vn", json=hook)
        assert prefixed.status_code == 200 and prefixed.json() == {"ok": True, "events": 1}
        missing = await client.post(relay.url + "/hooks/tel4vn", json=hook)  # loopback is no excuse
        assert (missing.status_code, missing.text) == (401, "the webhook secret is missing")
        page = await client.post(
            relay.url + "/hooks/tel4vn", json=hook, headers={"X-Api-Key": SECRET, "Origin": "https://evil.example"}
        )
        assert (page.status_code, page.text) == (403, "requests from web pages are not accepted")
        assert (await client.post(relay.url + "/hooks/nothing", json=hook)).status_code == 404
        health = await client.get(relay.url + "/healthz")
        assert health.status_code == 200 and health.json()["ok"] is True and health.json()["store"] == "memory"
        metrics = await client.get(relay.url + "/metrics")
        assert metrics.headers["content-type"].startswith("text/plain")
        text = metrics.text
        assert "agent_desk_relay_webhooks_accepted_total 1.0" in text
        assert 'agent_desk_relay_webhooks_refused_total{reason="403 wrong webhook secret",status="403"} 1.0' in text
        assert "agent_desk_relay_events_published_total 1.0" in text
        assert "agent_desk_relay_desks_connected 0.0" in text


async def test_a_dead_relay_turns_the_desk_red_after_dead_after_and_green_again_when_back(tmp_path):
    async with running_relay(tmp_path) as relay:
        port = relay.port
        _, token = await relay.tokens.add("101")
        d = desk(relay.url, token, backoff_max=0.3)
        d.source.dead_after = 1.0
        await d.start()
    try:
        await until(lambda: d.health[-1].state == "reconnecting", timeout=5)
        assert d.health[-1].condition is None
        await until(lambda: d.health[-1].state == "down", timeout=5)
        assert d.health[-1].condition == Condition.NO_CONTACT
        assert d.health[-1].detail.startswith("no contact with the relay for 1 s")
        async with running_relay(tmp_path, port=port):
            await until(lambda: d.connected, timeout=5)
            await asyncio.sleep(1.5)  # no stale timer turns it red while connected
            assert (d.health[-1].state, d.health[-1].condition) == ("up", Condition.GAP)  # a new relay, a new epoch
    finally:
        await d.stop()


@pytest.mark.parametrize("store", ["memory", "sqlite"])
async def test_concurrent_webhooks_are_kept_in_one_order_and_all_delivered(tmp_path, client, store):
    from agent_desk.relay.store import SqliteHistory

    history = MemoryHistory(1000) if store == "memory" else SqliteHistory(tmp_path / "events.sqlite3", 1000)
    async with running_relay(tmp_path, history) as relay:
        _, token = await relay.tokens.add("900", supervisor=True)
        sup = await desk(relay.url, token).start()
        try:
            answers = await asyncio.gather(
                *(post(client, relay.url, tel4vn(f"p{i}", "ringing", callee=str(100 + i % 7))) for i in range(60))
            )
            assert {a.status_code for a in answers} == {200}
            await until(lambda: len(sup.events) == 60, timeout=10)
            assert len({e.call_id for e in sup.events}) == 60
        finally:
            await sup.stop()


async def test_nothing_is_skipped_when_events_arrive_as_a_heartbeat_runs_out(tmp_path, client):
    """A heartbeat of 2 ms: pings race the events all the time; every event still arrives once."""
    async with running_relay(tmp_path, heartbeat=0.002) as relay:
        _, token = await relay.tokens.add("900", supervisor=True)
        sup = await desk(relay.url, token, heartbeat=0.5).start()
        try:
            for burst in range(20):
                await asyncio.gather(*(post(client, relay.url, tel4vn(f"h{burst}-{i}", "ringing")) for i in range(10)))
                await asyncio.sleep(0.002 * (burst % 3))
            await until(lambda: len(sup.events) == 200, timeout=10)
            assert len({e.call_id for e in sup.events}) == 200
        finally:
            await sup.stop()


async def test_a_request_the_relay_cannot_parse_is_one_masked_log_line(tmp_path, client, caplog):
    """A 2 MB URL behind the secret path prefix: aiohttp's 400, one line without the secret, no traceback."""
    caplog.set_level(logging.INFO)
    async with running_relay(tmp_path) as relay:
        reader, writer = await asyncio.open_connection("127.0.0.1", relay.port)
        writer.write(f"GET /{SECRET}/hooks/tel4vn?x=".encode() + b"9" * 2_000_000 + b" HTTP/1.1\r\n\r\n")
        await writer.drain()
        answer = await reader.read(100)
        writer.close()
        ok = await post(client, relay.url, tel4vn("u1", "ringing"))  # and it keeps serving
        assert answer.startswith(b"HTTP/1.0 400 ") and ok.status_code == 200
        assert relay.intake.counters["unparsable"] == 1
    lines = [r for r in caplog.records if "not valid HTTP" in r.getMessage() or r.exc_info]
    assert len(lines) == 1 and not lines[0].exc_info, [r.getMessage() for r in lines]
    assert lines[0].getMessage().startswith("relay: a request that is not valid HTTP: LineTooLong")
    assert not any(SECRET in r.getMessage() for r in caplog.records)


async def test_grants_made_within_one_second_are_listed_in_the_order_they_were_made(tmp_path):
    book = SqliteTokenBook(tmp_path / "relay-data")
    made = [(await book.add(str(100 + n)))[0] for n in range(12)]
    assert [g.id for g in await book.grants()] == [g.id for g in made]
