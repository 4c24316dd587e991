"""The ``redis://`` store: one Redis Stream per company shared by every relay replica.

* **History.** ``XADD agent-desk:relay:<company>:events MAXLEN ~ <history>`` keeps each event
  (field ``e``: the wire JSON, ``t``: the wall time it was accepted); the stream ids are the
  offsets. The events of the webhooks that arrived during one write go in one MULTI/EXEC (group
  commit), so they stay together and in order.
  ``since`` reads with ``XRANGE (offset +``; it reports a gap when the desk's own entry was
  trimmed away (for a desk that saw the stream empty: when anything was trimmed, by Redis 7's
  ``entries-added``), or when the offset is past the stream's last id (another stream).
* **Epoch.** ``agent-desk:relay:<company>:epoch`` is set once (``SET NX``) by the first replica;
  Redis losing its data loses it too, and the next replica to look sets a new one, so desks are
  told their old positions no longer count. Replicas read it again at every desk's welcome.
* **Feed.** Each replica follows the stream with blocking ``XREAD`` (on a client of its own, so
  the blocked connection never delays an ``XADD``) from the last id it handed on,
  so a webhook accepted by one replica reaches the desks of every other. A lost connection is
  retried every second from the same id (nothing is skipped).
* **Tokens.** :class:`RedisTokenBook` keeps the grants in the hash
  ``agent-desk:relay:<company>:tokens`` (SHA-256 of the token → grant JSON), known to every replica.

The client is redis-py's asyncio API; every command has a socket timeout.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any, cast

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from agent_desk.errors import ConfigError
from agent_desk.relay.store import Deliver, History, new_epoch
from agent_desk.relay.tokens import Grant, TokenBook, grant_from_json, new_grant, token_hash
from agent_desk.relay.wire import Record, order

log = logging.getLogger(__name__)

_Entries = list[tuple[str, dict[str, str]]]  # stream entries as the client decodes them

BLOCK_MS = 1000  # one blocking XREAD waits this long before it is issued again
SOCKET_TIMEOUT = 5.0
RETRY = 1.0  # seconds between attempts while Redis is unreachable


def _client(url: str) -> aioredis.Redis:
    try:
        return aioredis.from_url(
            url, decode_responses=True, socket_timeout=SOCKET_TIMEOUT, socket_connect_timeout=SOCKET_TIMEOUT
        )
    except ValueError as exc:
        raise ConfigError(f"relay.store is not a Redis URL ({exc})") from None


def _keys(company: str) -> tuple[str, str, str]:
    root = f"agent-desk:relay:{company}"
    return f"{root}:events", f"{root}:epoch", f"{root}:tokens"


class RedisHistory(History):
    """The company's stream (see the module doc)."""

    kind = "redis"

    def __init__(self, url: str, limit: int, company: str = "default") -> None:
        super().__init__(limit)
        self.url = url
        self.stream, self.epoch_key, _ = _keys(company)
        self.redis: aioredis.Redis | None = None
        self._feed: aioredis.Redis | None = None  # its own connections: the blocking XREAD holds one

    async def open(self) -> None:
        self.redis = _client(self.url)
        self._feed = _client(self.url)
        try:
            await self._epoch()
        except RedisError as exc:
            await self.close()
            raise ConfigError(f"relay.store: Redis at {self._where()} cannot be reached: {exc}") from None

    def _where(self) -> str:
        return self.url.split("@")[-1]  # never a password

    async def close(self) -> None:
        await self._finish_writes()
        for client in (self.redis, self._feed):
            if client is not None:
                await client.aclose()
        self.redis = self._feed = None

    def _db(self) -> aioredis.Redis:
        if self.redis is None:
            raise RuntimeError("the Redis history is not open")
        return self.redis

    def _feed_client(self) -> aioredis.Redis:
        if self._feed is None:
            raise RuntimeError("the Redis history is not open")
        return self._feed

    async def _epoch(self) -> str:
        db = self._db()
        await db.set(self.epoch_key, new_epoch(), nx=True)
        self.epoch = str(await db.get(self.epoch_key))
        return self.epoch

    async def _append_groups(self, groups: list[list[dict[str, Any]]]) -> list[list[Record]]:
        now = time.time()
        events = [event for group in groups for event in group]
        async with self._db().pipeline(transaction=True) as pipe:
            for event in events:
                pipe.xadd(
                    self.stream,
                    {"e": json.dumps(event, ensure_ascii=False), "t": repr(now)},
                    maxlen=self.limit,
                    approximate=True,
                )
            ids = await pipe.execute() if events else []
        records = [Record(str(i), e, now) for i, e in zip(ids, events, strict=True)]
        results, start = [], 0
        for group in groups:
            results.append(records[start : start + len(group)])
            start += len(group)
        return results

    async def head(self) -> str:
        await self._epoch()  # Redis may have lost everything since the last look
        last = await self._db().xrevrange(self.stream, count=1)
        return str(last[0][0]) if last else "0-0"

    async def since(self, offset: str) -> list[Record] | None:
        try:
            after = order(offset)
        except ValueError:
            return None
        db = self._db()
        try:
            info = await db.xinfo_stream(self.stream)
        except RedisError:  # no stream yet: only a position from another history is wrong
            return [] if after == (0, 0) else None
        if after > order(str(info.get("last-generated-id") or "0-0")):
            return None
        if after == (0, 0):  # the desk saw the stream empty: a gap if anything was trimmed since
            trimmed = int(info.get("entries-added", 0)) > int(info.get("length", 0))
        else:  # trimming removes the oldest first: everything after an entry still kept is kept too
            trimmed = not await db.xrange(self.stream, min=offset, max=offset, count=1)
        if trimmed:
            return None
        entries = cast(_Entries, await db.xrange(self.stream, min=f"({offset}", max="+", count=self.limit + 1))
        return [self._record(i, fields) for i, fields in entries]

    @staticmethod
    def _record(entry_id: str, fields: dict[str, str]) -> Record:
        return Record(str(entry_id), json.loads(fields["e"]), float(fields.get("t", 0) or 0))

    async def follow(self, deliver: Deliver) -> None:
        last = None
        failing = False
        while True:
            try:
                if last is None:
                    last = await self.head()
                found = cast(
                    "list[tuple[str, _Entries]]",
                    await self._feed_client().xread({self.stream: last}, block=BLOCK_MS, count=500),
                )
                if failing:
                    log.warning("relay: Redis at %s is reachable again", self._where())
                    failing = False
            except RedisError as exc:
                if not failing:
                    log.error("relay: Redis at %s: %s; retrying every %g s", self._where(), exc, RETRY)
                    failing = True
                await asyncio.sleep(RETRY)
                continue
            for _, entries in found:
                records = [self._record(i, fields) for i, fields in entries]
                if records:
                    last = records[-1].offset
                    deliver(records)


class RedisTokenBook(TokenBook):
    """Grants in the company's Redis hash (see the module doc)."""

    def __init__(self, url: str, company: str = "default") -> None:
        self.url = url
        _, _, self.key = _keys(company)
        self.redis = _client(url)

    async def _call(self, coro: Any) -> Any:
        try:
            return await coro
        except RedisError as exc:
            raise ConfigError(f"relay: the token book in Redis cannot be reached: {exc}") from None

    async def add(self, extension: str, supervisor: bool = False) -> tuple[Grant, str]:
        grant, token = new_grant(extension, supervisor)
        await self._call(self.redis.hset(self.key, token_hash(token), json.dumps(grant.to_json())))
        return grant, token

    async def _all(self) -> dict[str, Grant]:
        raw = await self._call(self.redis.hgetall(self.key))
        return {field: grant_from_json(value) for field, value in raw.items()}

    async def grants(self) -> list[Grant]:
        return sorted((await self._all()).values(), key=lambda g: (g.created, g.id))

    async def revoke(self, grant_id: str) -> bool:
        fields = [field for field, grant in (await self._all()).items() if grant.id == grant_id]
        return bool(fields) and bool(await self._call(self.redis.hdel(self.key, *fields)))

    async def check(self, token: str) -> Grant | None:
        value = await self._call(self.redis.hget(self.key, token_hash(token)))
        return grant_from_json(value) if value else None

    async def close(self) -> None:
        await self.redis.aclose()
