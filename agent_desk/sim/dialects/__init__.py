"""Simulator dialects: one module per provider document, each a :class:`Dialect` subclass.

A dialect is mounted at ``/<key>`` on the simulator's port, so the profile's ``base_url`` is
``http://127.0.0.1:PORT/<key>`` and the document's paths follow it unchanged
(``.../tel4vn/v2/auth/token``, ``.../onepos/api/v3/cdr``). It reads and changes the shared
:class:`~agent_desk.sim.world.World`, subscribes to its events to deliver them the way its
document says, and describes a ready-made demo profile for itself.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from aiohttp import web

if TYPE_CHECKING:
    from agent_desk.sim.server import Simulator

#: dialect key (the provider key) → "module:Class"
DIALECTS: dict[str, str] = {
    "tel4vn": "agent_desk.sim.dialects.tel4vn:Tel4vnDialect",
    "tel4vn-pbx": "agent_desk.sim.dialects.tel4vn_pbx:Tel4vnPbxDialect",
    "onepos": "agent_desk.sim.dialects.onepos:OnePosDialect",
    "oapi": "agent_desk.sim.dialects.oapi:OapiDialect",
    "voicecloud": "agent_desk.sim.dialects.voicecloud:VoiceCloudDialect",
}


def dialect_class(key: str) -> type[Dialect]:
    module, _, name = DIALECTS[key].partition(":")
    return getattr(importlib.import_module(module), name)


class Dialect:
    """Base of a provider dialect. Subclasses set ``key`` and implement :meth:`build`."""

    key: ClassVar[str]

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.world = sim.world
        self.faults = sim.faults
        self.tokens = sim.tokens

    @property
    def base_url(self) -> str:
        return self.sim.url(self.key)

    def build(self) -> web.Application:
        """The dialect's routes, relative to its mount point."""
        raise NotImplementedError

    def control_routes(self) -> list[web.RouteDef]:
        """Extra routes under ``/_sim/<key>/`` (test and demo control, not part of the document)."""
        return []

    def demo_profile(self, extension: str = "101") -> tuple[dict[str, Any], dict[str, str]]:
        """``(profile table, secrets)`` that log in as ``extension`` on this dialect."""
        raise NotImplementedError

    async def start(self) -> None:
        """Called once the server listens (base URLs are known)."""

    async def close(self) -> None:
        """Stop deliveries and close connections."""

    async def drain(self) -> None:
        """Wait until every event published so far has been delivered (tests)."""

    def drop_connections(self) -> int:
        """Close open websocket connections (fault injection); returns how many."""
        return 0
