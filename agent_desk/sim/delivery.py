"""Outbound event delivery for the simulated PBX: webhooks (POST JSON) and callbacks (GET).

A :class:`Deliverer` sends requests in the order they were queued, one at a time per target URL
base, through one ``httpx.AsyncClient``, and applies the delivery faults: a duplicate is sent
right after the original, a reordered request is held back and sent after the next one, and a
malformed request has its body (or one query parameter) mangled. A failed delivery is counted
and logged, never retried (real PBXs differ; the simulator keeps it simple and visible).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import random
from typing import Any
from urllib.parse import urlsplit

import httpx

from agent_desk.sim.faults import Faults

log = logging.getLogger(__name__)


@dataclasses.dataclass
class Outgoing:
    method: str
    url: str
    params: dict[str, str] | None = None
    content: bytes | None = None
    headers: dict[str, str] = dataclasses.field(default_factory=dict)


def _origin(url: str) -> str:
    """``scheme://host:port`` of a callback URL: its path may carry the desk's webhook secret."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class Deliverer:
    """An ordered queue of outgoing requests with fault injection."""

    def __init__(self, faults: Faults, rng: random.Random, timeout: float = 5.0) -> None:
        self.faults = faults
        self.rng = rng
        self.sent = 0
        self.failed = 0
        self._queue: asyncio.Queue[Outgoing] = asyncio.Queue()
        self._held: Outgoing | None = None
        self._client = httpx.AsyncClient(timeout=timeout)
        self._worker: asyncio.Task | None = None

    def send(self, outgoing: Outgoing) -> None:
        """Queue a request (with faults applied); delivery happens in the background, in order."""
        if self._worker is None:
            self._worker = asyncio.ensure_future(self._run())
        if self.faults.malformed and self.rng.random() < self.faults.malformed:
            outgoing = self._mangle(outgoing)
        if self._held is None and self.faults.reorder and self.rng.random() < self.faults.reorder:
            self._held = outgoing
            return
        self._queue.put_nowait(outgoing)
        if self.faults.duplicate and self.rng.random() < self.faults.duplicate:
            self._queue.put_nowait(outgoing)
        if self._held is not None:
            self._queue.put_nowait(self._held)
            self._held = None

    def _mangle(self, outgoing: Outgoing) -> Outgoing:
        if outgoing.content is not None:
            return dataclasses.replace(outgoing, content=outgoing.content[: len(outgoing.content) // 2])
        params = dict(outgoing.params or {})
        if params:
            params.pop(self.rng.choice(sorted(params)))
        return dataclasses.replace(outgoing, params=params)

    async def _run(self) -> None:
        while True:
            item = await self._queue.get()
            try:
                response = await self._client.request(
                    item.method, item.url, params=item.params, content=item.content, headers=item.headers
                )
                self.sent += 1
                if response.status_code >= 400:
                    log.info("delivery to %s answered %s", _origin(item.url), response.status_code)
            except httpx.HTTPError as exc:
                self.failed += 1
                log.info("delivery to %s failed: %s", _origin(item.url), type(exc).__name__)
            finally:
                self._queue.task_done()

    async def drain(self) -> None:
        """Wait until everything queued so far (and any held-back request) has been sent."""
        if self._held is not None:
            self._queue.put_nowait(self._held)
            self._held = None
        if self._worker is not None:
            await self._queue.join()

    async def close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            await asyncio.gather(self._worker, return_exceptions=True)
        await self._client.aclose()

    @staticmethod
    def json_post(url: str, body: Any, headers: dict[str, str] | None = None) -> Outgoing:
        import json

        return Outgoing(
            "POST",
            url,
            content=json.dumps(body, ensure_ascii=False).encode(),
            headers={"Content-Type": "application/json", **(headers or {})},
        )
