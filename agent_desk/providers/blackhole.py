"""Kazoo "Blackhole" call events over Socket.IO: the settings and the payload parsing (no I/O).

AntBuddy "AntRing" (the oapi document's PBX) publishes its call signals the way public
integrations show: a Kazoo Blackhole Socket.IO feed. After connecting, the client emits
``subscribe`` with ``{"account_id", "auth_token", "binding"}`` once per binding
(``call.CHANNEL_CREATE.*``, ``call.CHANNEL_ANSWER.*``, ``call.CHANNEL_DESTROY.*``) and receives
events named ``CHANNEL_CREATE`` / ``CHANNEL_ANSWER`` / ``CHANNEL_DESTROY`` whose single argument
is the Kazoo call-event object (``Call-ID``, ``Call-Direction``, ``Caller-ID-Name``,
``Caller-ID-Number``, ``From``, ``To``, ``Request``, ``Custom-Channel-Vars`` with ``Account-ID``,
``Owner-ID``, ``Username``, ``Timestamp``; on destroy ``Hangup-Cause``, ``Billing-Seconds``,
``Duration-Seconds``). The transport is :mod:`agent_desk.events.socketio`.

Settings (``[profiles.NAME]`` of an oapi profile with ``ws_dialect = "blackhole"``)
-----------------------------------------------------------------------------------
* ``ws_url``: the Socket.IO server. Default ``https://ws.antbuddy.com:5557`` when ``base_url`` is
  AntBuddy's production API (``https://openapi.antbuddy.com``), otherwise ``base_url`` itself
  (the feed served beside the API, as the simulator does). The URL's path is put in front of
  ``socketio_path``.
* ``socketio_path`` (default ``"socket.io"``): the Socket.IO endpoint on that server.
* ``account_id`` (required): the Kazoo account id sent with every ``subscribe``.
* ``socketio_protocol`` (default ``5``): the Socket.IO protocol revision. This build uses
  python-socketio 5, which speaks revision 5 (Engine.IO 4: socket.io 3.x and 4.x servers) only;
  ``4`` (socket.io 2.x, Engine.IO 3: what Kazoo's Blackhole historically ran) and ``3``
  (socket.io 1.x) are recognised and refused with a ConfigError that says so, since a client of
  revision 5 cannot talk to such a server.
* ``socketio_transports`` (default ``["polling", "websocket"]``: long-polling, then the upgrade):
  ``["websocket"]`` skips the polling step.
* ``blackhole_bindings`` (default the three above): one ``subscribe`` each.

Reading the events (the assumptions)
------------------------------------
* ``auth_token`` is the voice auth token of ``POST /oapi/v1/voice/auth_token`` (the one the JSON
  websocket uses); its ``expire`` drives the renewal.
* ``Call-Direction`` is Kazoo's, from the switch's point of view of *that channel*: ``inbound``
  means the channel came into the switch, ``outbound`` that the switch placed it. A channel with
  an owner (``Custom-Channel-Vars`` ``Owner-ID`` or ``Username``: an agent's phone) is the
  agent's side, so the customer is the other party: Kazoo ``outbound`` (the switch rang the
  agent's phone) is an *inbound* call for Agent Desk, Kazoo ``inbound`` (the phone dialled out) an
  *outbound* one. A channel without an owner is the customer's (carrier) side and keeps Kazoo's
  direction. Anything else is ``unknown``. (The first leg of a click-to-call, the switch ringing
  the agent's own phone, therefore reads as an inbound ringing.)
* ``caller`` is ``Caller-ID-Number`` (else the user part of ``From``), ``callee`` the user part
  of ``Request`` (else of ``To``). ``extension`` is ``Username``; without it, on an owned channel,
  the agent's number (the callee when the phone was rung, the caller when it dialled), then
  ``Owner-ID``. ``customer`` is the caller of an inbound call and the callee of an outbound one.
* ``Timestamp`` is in Gregorian seconds (since year 0): Unix time = Timestamp − 62167219200.
* ``call_id`` is ``Call-ID`` (one per channel); ``flow_id`` is ``Other-Leg-Call-ID`` on an owned
  channel when Kazoo sends it (the customer's leg, shared by every phone a queue rings), else
  ``Call-ID``. On destroy ``duration`` is ``Duration-Seconds``; ``Billing-Seconds`` and
  ``Hangup-Cause`` stay in ``raw``.
* An event whose ``Account-ID`` is not the profile's ``account_id`` is skipped (BadEvent).
"""

from __future__ import annotations

import dataclasses
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from agent_desk import errors
from agent_desk.config import Profile
from agent_desk.models import PBX_TZ, CallEvent
from agent_desk.providers.base import event_time

GREGORIAN_OFFSET = 62167219200  # seconds from 0000-01-01 to 1970-01-01 (Erlang's calendar)
CHANNEL_STATES = {"CHANNEL_CREATE": "ringing", "CHANNEL_ANSWER": "answered", "CHANNEL_DESTROY": "hangup"}
DEFAULT_BINDINGS = tuple(f"call.{name}.*" for name in CHANNEL_STATES)
PRODUCTION_API_HOST = "openapi.antbuddy.com"
PRODUCTION_STREAM_URL = "https://ws.antbuddy.com:5557"
SUPPORTED_PROTOCOL = 5
_OTHER_PROTOCOLS = {4: "socket.io 2.x, Engine.IO 3", 3: "socket.io 1.x"}
_TRANSPORTS = ("polling", "websocket")


@dataclasses.dataclass(frozen=True, slots=True)
class BlackholeSettings:
    """Where and how to subscribe (see the module doc)."""

    url: str  # scheme://host[:port][?query]: the server, without a path
    path: str  # the Socket.IO endpoint path on it, e.g. "socket.io" or "oapi/socket.io"
    account_id: str
    protocol: int
    bindings: tuple[str, ...]
    transports: tuple[str, ...]

    def subscriptions(self, token: str) -> list[dict[str, str]]:
        """The ``subscribe`` payloads, one per binding, carrying ``token``."""
        return [{"account_id": self.account_id, "auth_token": token, "binding": b} for b in self.bindings]


def blackhole_settings(profile: Profile) -> BlackholeSettings:
    """Validate the profile's Blackhole settings; ConfigError naming the field."""
    extra, where = profile.extra, f"profile '{profile.name}'"
    account_id = extra.get("account_id")
    if not isinstance(account_id, str) or not account_id.strip():
        raise errors.ConfigError(
            f'{where}: account_id (the Kazoo account id) is required with ws_dialect = "blackhole"'
        )
    protocol = extra.get("socketio_protocol", SUPPORTED_PROTOCOL)
    if isinstance(protocol, str) and protocol.strip().isdigit():
        protocol = int(protocol)
    if protocol in _OTHER_PROTOCOLS:
        raise errors.ConfigError(
            f"{where}: socketio_protocol {protocol} ({_OTHER_PROTOCOLS[protocol]}) cannot be used: this build "
            f"speaks Socket.IO protocol {SUPPORTED_PROTOCOL} only (socket.io 3.x and 4.x servers)"
        )
    if protocol != SUPPORTED_PROTOCOL:
        raise errors.ConfigError(f"{where}: socketio_protocol must be {SUPPORTED_PROTOCOL}, got {protocol!r}")
    bindings = _text_list(extra.get("blackhole_bindings", list(DEFAULT_BINDINGS)), f"{where}: blackhole_bindings")
    transports = _text_list(extra.get("socketio_transports", list(_TRANSPORTS)), f"{where}: socketio_transports")
    if set(transports) - set(_TRANSPORTS):
        raise errors.ConfigError(f"{where}: socketio_transports may hold only {' and '.join(_TRANSPORTS)}")
    path = extra.get("socketio_path", "socket.io")
    if not isinstance(path, str) or not path.strip("/"):
        raise errors.ConfigError(f'{where}: socketio_path must be a path such as "socket.io"')
    base = urlsplit(profile.ws_url or _default_url(profile.base_url))
    scheme = {"ws": "http", "wss": "https"}.get(base.scheme, base.scheme)
    full_path = "/".join(p for p in (base.path.strip("/"), path.strip("/")) if p)
    return BlackholeSettings(
        url=urlunsplit((scheme, base.netloc, "", base.query, "")),
        path=full_path,
        account_id=account_id.strip(),
        protocol=protocol,
        bindings=tuple(bindings),
        transports=tuple(transports),
    )


def _default_url(base_url: str) -> str:
    return PRODUCTION_STREAM_URL if urlsplit(base_url).hostname == PRODUCTION_API_HOST else base_url


def _text_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise errors.ConfigError(f"{where} must be a non-empty list of names")
    return value


# ---------------------------------------------------------------------- payloads (pure)
def _user_part(value: Any) -> str | None:
    """``"101@realm"`` / ``"sip:101@realm"`` → ``"101"``; None for anything empty."""
    if not isinstance(value, str) or not value.strip():
        return None
    user = value.strip().removeprefix("sip:").split("@", 1)[0]
    return user or None


def _text(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return value.strip() or None if isinstance(value, str) else None


def _whole(value: Any, name: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
        return int(value)
    raise errors.BadEvent(f"{name} is not a number of seconds: {value!r}")


def _direction(kazoo: str | None, owned: bool) -> str:
    """Agent Desk's direction (the customer's view) from Kazoo's channel direction (see module doc)."""
    if kazoo not in ("inbound", "outbound"):
        return "unknown"
    if owned:
        return "inbound" if kazoo == "outbound" else "outbound"
    return kazoo


def parse_channel_event(name: str, payload: Any, *, account_id: str, provider: str) -> CallEvent:
    """One Blackhole ``CHANNEL_*`` event as a CallEvent; BadEvent saying what is wrong with it."""
    state = CHANNEL_STATES.get(name)
    if state is None:
        raise errors.BadEvent(f"unknown Blackhole event {name!r}")
    if not isinstance(payload, dict):
        raise errors.BadEvent(f"{name} carries no call-event object")
    call_id = _text(payload.get("Call-ID"))
    if call_id is None:
        raise errors.BadEvent(f"{name} without Call-ID")
    ccv = payload.get("Custom-Channel-Vars", {})
    if not isinstance(ccv, dict):
        raise errors.BadEvent(f"{name}: Custom-Channel-Vars is not an object")
    account = _text(ccv.get("Account-ID"))
    if account is not None and account != account_id:
        raise errors.BadEvent(f"{name} of another account")
    stamp = payload.get("Timestamp")
    if isinstance(stamp, str) and stamp.strip().isdigit():
        stamp = int(stamp)
    if not isinstance(stamp, (int, float)) or isinstance(stamp, bool) or stamp <= GREGORIAN_OFFSET:
        raise errors.BadEvent(f"{name} without a Gregorian Timestamp")
    username, owner = _text(ccv.get("Username")), _text(ccv.get("Owner-ID"))
    owned = bool(username or owner)
    direction = _direction(_text(payload.get("Call-Direction")), owned)
    caller = _text(payload.get("Caller-ID-Number")) or _user_part(payload.get("From"))
    callee = _user_part(payload.get("Request")) or _user_part(payload.get("To"))
    agent_number = {"inbound": callee, "outbound": caller}.get(direction) if owned else None
    customer = {"inbound": caller, "outbound": callee}.get(direction)
    other_leg = _text(payload.get("Other-Leg-Call-ID")) if owned else None
    duration = _whole(payload.get("Duration-Seconds"), "Duration-Seconds") if state == "hangup" else None
    return CallEvent(
        call_id=call_id,
        state=state,
        direction=direction,
        caller=caller,
        callee=callee,
        extension=username or agent_number or owner,
        provider=provider,
        source="websocket",
        at=event_time(stamp - GREGORIAN_OFFSET, PBX_TZ, "Timestamp"),
        duration=duration,
        flow_id=other_leg or call_id,
        customer=customer,
        raw=payload,
    )
