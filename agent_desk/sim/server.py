"""The simulator's HTTP server: every dialect on one loopback port, plus control routes.

Usage in tests and the demo::

    async with Simulator(SimSettings(answer_delay=0.05)) as sim:
        table, secrets = sim.profile("tel4vn", extension="101")
        ...

Routes:

* ``/<provider>/...``: each dialect, exactly as its document describes (see ``dialects/``).
* ``/recordings/<name>``: call recordings (a short WAV tone), for the recording URLs in CDRs.
* ``/_sim/...``: control for tests, the demo and curl; not part of any provider's API:
  ``GET /_sim/state``; ``POST /_sim/inbound`` ``{"phone", "queue", "extension"}``;
  ``POST /_sim/calls/<id>/hangup``; ``POST /_sim/standing {"count"}`` (that many long calls on
  floor agents, for a big floor) and ``POST /_sim/churn {"count"}`` (that many of them end and
  as many start); ``POST /_sim/extensions/<ext>``
  ``{"registered", "answers", "paused"}``; ``POST /_sim/faults`` ``{"latency", "error_burst",
  "duplicate", "reorder", "malformed"}``; ``POST /_sim/tokens/expire``;
  ``POST /_sim/connections/drop``; and dialect extras under ``/_sim/<provider>/``.

Fault injection (latency, 5xx bursts) applies to the dialect routes only.
"""

from __future__ import annotations

import asyncio
import io
import json
import math
import ssl
import struct
import wave
from typing import Any

from aiohttp import web

from agent_desk.sim.campaigns import Dialer
from agent_desk.sim.dialects import DIALECTS, Dialect, dialect_class
from agent_desk.sim.faults import Faults
from agent_desk.sim.tokens import TokenIssuer
from agent_desk.sim.world import SimError, SimSettings, World


def _tone_wav(seconds: float = 1.0, rate: int = 8000) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        frames = b"".join(
            struct.pack("<h", int(6000 * math.sin(2 * math.pi * 440 * i / rate))) for i in range(int(seconds * rate))
        )
        out.writeframes(frames)
    return buf.getvalue()


class Simulator:
    """One simulated call center served over HTTP on ``host:port`` (port 0 picks a free one)."""

    def __init__(
        self,
        settings: SimSettings | None = None,
        *,
        providers: list[str] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.world = World(settings)
        self.dialer = Dialer(self.world)  # outbound campaigns (sim/campaigns.py)
        self.faults = Faults()
        self.tokens = TokenIssuer(self.world.clock, lambda: self.world.settings.token_ttl)
        self.host = host
        self.port = port
        self.ssl_context = ssl_context  # serve HTTPS/WSS with this certificate (the TLS tests)
        self.dialects: dict[str, Dialect] = {
            key: dialect_class(key)(self) for key in (DIALECTS if providers is None else providers)
        }
        self._runner: web.AppRunner | None = None
        self._wav: bytes | None = None

    # ------------------------------------------------------------------ lifecycle
    @property
    def base_url(self) -> str:
        return f"{'https' if self.ssl_context else 'http'}://{self.host}:{self.port}"

    def url(self, provider: str) -> str:
        """The ``base_url`` a profile uses for ``provider``."""
        return f"{self.base_url}/{provider}"

    def _build(self) -> web.Application:
        app = web.Application(middlewares=[self._fault_middleware], client_max_size=1024 * 1024)
        app.add_routes(
            [
                web.get("/recordings/{name}", self._recording),
                web.get("/_sim/state", self._state),
                web.post("/_sim/inbound", self._inbound),
                web.post("/_sim/calls/{call_id}/hangup", self._hangup),
                web.post("/_sim/standing", self._standing),
                web.post("/_sim/churn", self._churn),
                web.post("/_sim/extensions/{ext}", self._set_extension),
                web.post("/_sim/faults", self._set_faults),
                web.post("/_sim/tokens/expire", self._expire_tokens),
                web.post("/_sim/connections/drop", self._drop_connections),
            ]
        )
        for key, dialect in self.dialects.items():
            extra = dialect.control_routes()
            if extra:
                control = web.Application()
                control.add_routes(extra)
                app.add_subapp(f"/_sim/{key}/", control)
            app.add_subapp(f"/{key}/", dialect.build())
        return app

    async def start(self) -> Simulator:
        self._runner = web.AppRunner(self._build(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, ssl_context=self.ssl_context)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.world.base_url = self.base_url
        for dialect in self.dialects.values():
            await dialect.start()
        self.world.start()
        return self

    async def stop(self) -> None:
        await self.dialer.close()
        await self.world.close()
        for dialect in self.dialects.values():
            await dialect.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Simulator:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def drain(self) -> None:
        """Wait until every event published so far has been delivered by every dialect."""
        await asyncio.sleep(0)
        for dialect in self.dialects.values():
            await dialect.drain()

    def profile(self, provider: str, extension: str = "101") -> tuple[dict[str, Any], dict[str, str]]:
        """A ready profile table and its secrets for logging in to ``provider`` as ``extension``."""
        return self.dialects[provider].demo_profile(extension)

    def drop_connections(self) -> int:
        return sum(d.drop_connections() for d in self.dialects.values())

    # ------------------------------------------------------------------ middleware and routes
    @web.middleware
    async def _fault_middleware(self, request: web.Request, handler):
        if request.path.startswith(("/_sim/", "/recordings/")):
            return await handler(request)
        if self.faults.latency:
            if request.can_read_body:  # read it now: a client that times out must not lose the request
                await request.read()
            await asyncio.sleep(self.faults.latency)
        if self.faults.take_error():
            return web.json_response({"error": "Service Unavailable"}, status=503)
        return await handler(request)

    async def _recording(self, request: web.Request) -> web.Response:
        if self._wav is None:
            self._wav = _tone_wav()
        return web.Response(body=self._wav, content_type="audio/wav")

    async def _state(self, request: web.Request) -> web.Response:
        w = self.world
        states = w.agent_states()
        return web.json_response(
            {
                "base_url": self.base_url,
                "providers": {key: self.url(key) for key in self.dialects},
                "extensions": {
                    n: {
                        "name": e.name,
                        "state": states[n],
                        "registered": e.registered,
                        "answers": e.answers,
                        "paused": e.paused,
                    }
                    for n, e in w.extensions.items()
                },
                "calls": [
                    {
                        "id": c.id,
                        "direction": c.direction,
                        "customer": c.customer,
                        "state": c.state,
                        "extension": c.extension,
                        "legs": {n: leg.id for n, leg in c.legs.items()},
                        "monitors": c.monitors,
                    }
                    for c in w.calls.values()
                ],
                "cdrs": len(w.cdrs),
                "faults": self.faults.__dict__,
            }
        )

    @staticmethod
    async def _body(request: web.Request) -> dict[str, Any]:
        if not request.can_read_body:
            return {}
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise web.HTTPBadRequest(text="body must be JSON") from None
        if not isinstance(body, dict):
            raise web.HTTPBadRequest(text="body must be a JSON object")
        return body

    async def _inbound(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        try:
            call = self.world.start_inbound(
                body.get("phone"), queue=body.get("queue", "999"), extension=body.get("extension")
            )
        except SimError as exc:
            return web.json_response({"error": exc.code}, status=404)
        return web.json_response({"call_id": call.id, "phone": call.customer})

    async def _hangup(self, request: web.Request) -> web.Response:
        try:
            call = self.world.hangup(request.match_info["call_id"])
        except SimError as exc:
            return web.json_response({"error": exc.code}, status=404)
        return web.json_response({"call_id": call.id, "status": call.status})

    async def _count(self, request: web.Request) -> int:
        count = (await self._body(request)).get("count")
        if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= 100_000:
            raise web.HTTPBadRequest(text="count must be a whole number from 0 to 100000")
        return count

    async def _standing(self, request: web.Request) -> web.Response:
        calls = self.world.start_standing_calls(await self._count(request))
        return web.json_response({"started": len(calls), "live": len(self.world.calls)})

    async def _churn(self, request: web.Request) -> web.Response:
        ended = self.world.churn(await self._count(request))
        return web.json_response({"ended": ended, "started": ended, "live": len(self.world.calls)})

    async def _set_extension(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        try:
            ext = self.world.extension(request.match_info["ext"])
        except SimError as exc:
            return web.json_response({"error": exc.code}, status=404)
        for field in ("registered", "answers", "paused"):
            if field in body:
                if not isinstance(body[field], bool):
                    raise web.HTTPBadRequest(text=f"{field} must be true or false")
                setattr(ext, field, body[field])
        return web.json_response(
            {"extension": ext.number, "registered": ext.registered, "answers": ext.answers, "paused": ext.paused}
        )

    async def _set_faults(self, request: web.Request) -> web.Response:
        try:
            self.faults.update(await self._body(request))
        except ValueError as exc:
            raise web.HTTPBadRequest(text=str(exc)) from None
        return web.json_response(self.faults.__dict__)

    async def _expire_tokens(self, request: web.Request) -> web.Response:
        return web.json_response({"expired": self.tokens.expire_all()})

    async def _drop_connections(self, request: web.Request) -> web.Response:
        return web.json_response({"dropped": self.drop_connections()})
