"""AntBuddy's Kazoo "Blackhole" Socket.IO feed, served by the oapi dialect beside its JSON websocket.

A python-socketio ``AsyncServer`` (Socket.IO protocol 5) attached to the oapi dialect's
application at ``socketio_path = "socket.io"``, so a profile whose ``base_url`` is
``http://127.0.0.1:PORT/oapi`` reaches it at ``/oapi/socket.io/`` without a ``ws_url``. Public
integrations give the client's side (see :mod:`agent_desk.providers.blackhole`); the rest is ours.

* Anyone may connect. A client emits ``subscribe`` with ``{"account_id", "auth_token",
  "binding"}`` (Kazoo's example client also sends ``"bindings": [...]``: accepted too). The
  account is :data:`ACCOUNT_ID`; the token is an oapi voice auth token
  (``POST /oapi/v1/voice/auth_token``) that has not expired; a binding is
  ``call.CHANNEL_CREATE.*``, ``call.CHANNEL_ANSWER.*``, ``call.CHANNEL_DESTROY.*`` or
  ``call.*.*``. A refused subscribe gets an ``error`` event ``{"code", "message", "binding"}``:
  401 for an unknown or expired token, 403 for another account id, 400 for a missing or unknown
  binding or a payload that is not an object. Subscribing again to a binding replaces its token.
  A client that asks for a Socket.IO acknowledgement gets one (no arguments) once the subscribe is
  handled: after the binding is taken, or after its ``error`` event. No document says whether
  Blackhole acknowledges, so ``acknowledge = False`` makes the feed send none (the other reading).
* Every ringing / answered / hangup of an extension's leg (the whole account's: Blackhole
  bindings are account-wide) goes to each socket bound to it as ``CHANNEL_CREATE`` /
  ``CHANNEL_ANSWER`` / ``CHANNEL_DESTROY``, in order, with the Kazoo fields of
  :meth:`BlackholeFeed.payload`. Customers' (carrier) channels are not sent.
* Tokens are checked every ``expiry_check`` seconds: a socket whose token expired (or was revoked
  by ``POST /_sim/tokens/expire``) gets ``error`` 401 "auth_token expired" and is disconnected.
* :meth:`BlackholeFeed.drop` disconnects every socket from the server's side (a polite Socket.IO
  disconnect, as a restarting server does).
* ``subscribes`` records every ``subscribe`` received (with its outcome), ``connects`` counts
  connections: tests read both.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
from typing import TYPE_CHECKING, Any

import socketio

from agent_desk.sim.world import Call, Leg, SimEvent

if TYPE_CHECKING:
    from agent_desk.sim.dialects.oapi import OapiDialect

log = logging.getLogger(__name__)

ACCOUNT_ID = "4b31dd1d32ce6d249897c06332375d65"  # shaped like Kazoo's example account id
REALM = "sim.antbuddy.local"
GREGORIAN_OFFSET = 62167219200
EVENT_NAMES = {"ringing": "CHANNEL_CREATE", "answered": "CHANNEL_ANSWER", "hangup": "CHANNEL_DESTROY"}
_BINDING = re.compile(r"call\.(CHANNEL_CREATE|CHANNEL_ANSWER|CHANNEL_DESTROY|\*)\.\*")


@dataclasses.dataclass(slots=True)
class Subscribe:
    """One ``subscribe`` the feed received."""

    sid: str
    account_id: Any
    auth_token: Any
    binding: Any
    accepted: bool


class BlackholeFeed:
    """The Socket.IO server and its subscriptions (see the module doc)."""

    def __init__(self, dialect: OapiDialect) -> None:
        self.dialect = dialect
        self.sio = socketio.AsyncServer(async_mode="aiohttp", logger=False, engineio_logger=False)
        self.bindings: dict[str, dict[str, str]] = {}  # sid → binding → token
        self.subscribes: list[Subscribe] = []
        self.connects = 0
        self.acknowledge = True  # answer a subscribe's acknowledgement request (see the module doc)
        self._outbox: asyncio.Queue[tuple[str, str, dict[str, Any]]] = asyncio.Queue()
        self._tasks: list[asyncio.Task] = []
        self.sio.on("connect", self._on_connect)
        self.sio.on("disconnect", self._on_disconnect)
        self.sio.on("subscribe", self._on_subscribe)

    def attach(self, app) -> None:
        self.sio.attach(app, socketio_path="socket.io")

    async def start(self) -> None:
        self._tasks = [asyncio.ensure_future(self._pump()), asyncio.ensure_future(self._watch_tokens())]

    # ------------------------------------------------------------------ Socket.IO handlers
    async def _on_connect(self, sid: str, environ: dict, auth: Any = None) -> None:
        self.connects += 1
        self.bindings[sid] = {}

    async def _on_disconnect(self, sid: str, reason: Any = None) -> None:
        self.bindings.pop(sid, None)

    async def _on_subscribe(self, sid: str, data: Any = None) -> Any:
        body = data if isinstance(data, dict) else {}
        bindings = body.get("bindings")
        names: list[Any] = bindings if isinstance(bindings, list) else [body.get("binding")]
        for binding in names:
            refusal = self._refusal(data, body, binding)
            self.subscribes.append(
                Subscribe(sid, body.get("account_id"), body.get("auth_token"), binding, refusal is None)
            )
            if refusal is not None:
                code, message = refusal
                await self.sio.emit("error", {"code": code, "message": message, "binding": binding}, to=sid)
            elif sid in self.bindings:
                self.bindings[sid][binding] = body["auth_token"]
        return None if self.acknowledge else self.sio.not_handled  # not_handled: python-socketio sends no ack

    def _refusal(self, data: Any, body: dict[str, Any], binding: Any) -> tuple[int, str] | None:
        if not isinstance(data, dict):
            return 400, "subscribe takes an object {account_id, auth_token, binding}"
        subject = self.dialect.tokens.subject(
            body.get("auth_token") if isinstance(body.get("auth_token"), str) else None
        )
        if subject is None or not subject.startswith("oapi:"):
            return 401, "invalid auth_token"
        if body.get("account_id") != ACCOUNT_ID:
            return 403, "auth_token is not valid for this account_id"
        if not isinstance(binding, str) or not _BINDING.fullmatch(binding):
            return 400, f"unknown binding {binding!r}"
        return None

    # ------------------------------------------------------------------ delivery
    def on_event(self, event: SimEvent) -> None:
        name = EVENT_NAMES.get(event.kind)
        if name is None or event.leg is None:
            return
        payload = None  # built for the first socket bound to it: a floor of thousands has none
        for sid, bound in self.bindings.items():
            if f"call.{name}.*" in bound or "call.*.*" in bound:
                payload = payload or self.payload(name, event.call, event.leg, event.at)
                self._outbox.put_nowait((sid, name, payload))

    def payload(self, name: str, call: Call, leg: Leg, at: float) -> dict[str, Any]:
        """The Kazoo call-event object for one event of an extension's leg (its phone's channel).

        The switch rang the phone of an inbound or internal call (Call-Direction ``outbound``);
        the phone of an outbound (click-to-call) call is sent as having dialled (``inbound``).
        """
        ext = self.dialect.world.extensions.get(leg.extension)
        rung = call.direction != "outbound"
        caller, callee = (call.customer, leg.extension) if rung else (leg.extension, call.customer)
        data: dict[str, Any] = {
            "Call-ID": leg.id,
            "Other-Leg-Call-ID": call.id,
            "Call-Direction": "outbound" if rung else "inbound",
            "Caller-ID-Name": caller if rung or ext is None else ext.name,
            "Caller-ID-Number": caller,
            "From": f"{caller}@{REALM}",
            "To": f"{callee}@{REALM}",
            "Request": f"{callee}@{REALM}",
            "Custom-Channel-Vars": {
                "Account-ID": ACCOUNT_ID,
                "Owner-ID": ext.user_uuid.replace("-", "") if ext else None,
                "Username": leg.extension,
            },
            "Timestamp": int(at) + GREGORIAN_OFFSET,
        }
        if name == "CHANNEL_DESTROY":
            mine = call.extension == leg.extension
            answered = mine and call.answered_at is not None
            data.update(
                {
                    "Hangup-Cause": "NORMAL_CLEARING" if answered else "ORIGINATOR_CANCEL",
                    "Billing-Seconds": call.billsec if answered else 0,
                    "Duration-Seconds": call.duration,
                }
            )
        return data

    async def _pump(self) -> None:
        while True:
            sid, name, payload = await self._outbox.get()
            try:
                if sid in self.bindings:
                    await self.sio.emit(name, payload, to=sid)
            except Exception:  # a socket that went away; its disconnect cleans up
                log.debug("blackhole: could not send %s to %s", name, sid, exc_info=True)
            finally:
                self._outbox.task_done()

    async def _watch_tokens(self) -> None:
        while True:
            await asyncio.sleep(self.dialect.expiry_check)
            for sid, bound in list(self.bindings.items()):
                if any(self.dialect.tokens.subject(token) is None for token in bound.values()):
                    self.bindings[sid] = {}
                    await self.sio.emit("error", {"code": 401, "message": "auth_token expired"}, to=sid)
                    await self.sio.disconnect(sid)

    async def drain(self) -> None:
        await self._outbox.join()

    def drop(self) -> int:
        """Disconnect every socket from the server's side; returns how many."""
        sids = list(self.bindings)
        for sid in sids:
            self._tasks.append(asyncio.ensure_future(self.sio.disconnect(sid)))
        return len(sids)

    async def close(self) -> None:
        for sid in list(self.bindings):
            try:
                await asyncio.wait_for(self.sio.disconnect(sid), 2.0)
            except (TimeoutError, ConnectionError):
                pass
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
