"""Two relay replicas on one real redis-server: they share events, tokens and history, and a desk
resumes on the other replica exactly where it left off."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import redis.asyncio as aioredis

from agent_desk import errors
from agent_desk.relay.redis_store import RedisHistory, RedisTokenBook
from tests.helpers import until
from tests.relay.helpers import desk, post, running_relay, tel4vn


@pytest.fixture
async def client():
    async with httpx.AsyncClient(timeout=10) as http:
        yield http


def replica(tmp_path, url: str, limit: int = 1000):
    return running_relay(tmp_path, RedisHistory(url, limit, "acme"), RedisTokenBook(url, "acme"))


async def test_a_webhook_accepted_by_one_replica_reaches_desks_on_the_other(tmp_path, client, redis_url):
    async with replica(tmp_path, redis_url) as a, replica(tmp_path, redis_url) as b:
        assert a.history.epoch == b.history.epoch
        _, t101 = await a.tokens.add("101")
        _, tsup = await b.tokens.add("900", supervisor=True)  # either replica's book is every replica's
        d101 = await desk(a.url, t101).start()
        sup = await desk(b.url, tsup).start()
        try:
            await post(client, b.url, tel4vn("via-b", "ringing"))
            await post(client, a.url, tel4vn("via-a", "ringing", callee="102"))
            await until(lambda: len(sup.events) == 2 and len(d101.events) == 1, timeout=10)
            await asyncio.sleep(0.3)
            assert d101.states() == [("via-b", "ringing")]
            assert sorted(sup.states()) == [("via-a", "ringing"), ("via-b", "ringing")]
        finally:
            await d101.stop()
            await sup.stop()


async def test_a_desk_resumes_on_the_other_replica_exactly_once(tmp_path, client, redis_url):
    async with replica(tmp_path, redis_url) as a, replica(tmp_path, redis_url) as b:
        _, token = await a.tokens.add("101")
        d = await desk(a.url, token).start()
        await post(client, a.url, tel4vn("seen", "ringing"))
        await until(lambda: len(d.events) == 1, timeout=10)
        await d.stop()
        for i in range(6):
            await post(client, (a, b)[i % 2].url, tel4vn(f"away-{i}", "ringing"))
        d.source.relay_url = b.url  # the load balancer sends the reconnect to the other replica
        await d.start()
        try:
            await until(lambda: len(d.events) == 7, timeout=10)
            await post(client, a.url, tel4vn("live", "ringing"))
            await until(lambda: len(d.events) == 8, timeout=10)
            await asyncio.sleep(0.3)
            assert [e.call_id for e in d.events] == ["seen"] + [f"away-{i}" for i in range(6)] + ["live"]
            assert [bool(e.raw.get("replayed")) for e in d.events[1:]] == [True] * 6 + [False]
            assert d.source.gaps == 0
        finally:
            await d.stop()


async def test_tokens_revoked_on_one_replica_are_refused_by_all(tmp_path, client, redis_url):
    async with replica(tmp_path, redis_url) as a, replica(tmp_path, redis_url) as b:
        grant, token = await a.tokens.add("101")
        d = desk(b.url, token)
        task = asyncio.create_task(d.source.run(d.events.append, d.health.append))
        await until(lambda: d.source.connections == 1, timeout=10)
        assert await a.tokens.revoke(grant.id)
        with pytest.raises(errors.RelayTokenRefused):
            await asyncio.wait_for(task, 5)
        answer = await client.get(a.url + "/desk", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 401


async def test_redis_losing_its_data_is_told_to_the_desks_as_a_gap(tmp_path, client, redis_url):
    async with replica(tmp_path, redis_url) as a:
        _, token = await a.tokens.add("101")
        d = await desk(a.url, token).start()
        await d.stop()
        old_epoch = a.history.epoch
        flush = aioredis.from_url(redis_url)
        await flush.flushall()
        await flush.aclose()
        _, token = await a.tokens.add("101")  # the tokens went with the data
        d.source.token = token
        await d.start()
        try:
            assert a.history.epoch != old_epoch
            assert d.source.gaps == 1 and "history was started again" in d.health[-1].detail
            await post(client, a.url, tel4vn("after-flush", "ringing"))
            await until(lambda: d.events, timeout=10)
            assert d.states() == [("after-flush", "ringing")]
        finally:
            await d.stop()


async def test_a_trimmed_stream_is_a_gap(tmp_path, client, redis_url):
    async with replica(tmp_path, redis_url, limit=2) as a:
        _, token = await a.tokens.add("101")
        d = await desk(a.url, token).start()
        await d.stop()
        history = a.history
        assert isinstance(history, RedisHistory)
        for i in range(5):
            await post(client, a.url, tel4vn(f"t{i}", "ringing"))
        await history._db().xtrim(history.stream, maxlen=2, approximate=False)  # what MAXLEN ~ does in bulk
        await d.start()
        try:
            assert d.source.gaps == 1 and "away longer" in d.health[-1].detail
        finally:
            await d.stop()


async def test_grants_made_within_one_second_are_listed_in_the_order_they_were_made(redis_url):
    book = RedisTokenBook(redis_url, "order")
    try:
        made = [(await book.add(str(100 + n)))[0] for n in range(12)]
        assert [g.id for g in await book.grants()] == [g.id for g in made]
    finally:
        await book.close()
