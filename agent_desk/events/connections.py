"""Connection limits for the servers that take a PBX's webhooks (the desk's listener and the relay).

aiohttp has no cap on connections: a local user or a LAN host that opens more connections than the
process may have open files (``ulimit -n``) and sends nothing leaves no descriptor for the PBX, and
every valid event is refused for as long as they last. :class:`ConnectionGuard` wraps the server's
protocol factory (:meth:`ConnectionGuard.site` builds the aiohttp site) and keeps:

* **a total cap** below the open-file limit: at most ``min(max_total, soft limit − reserve)``
  connections, so ``reserve`` descriptors stay free for the PBX's next connection and for the
  process itself (the journal, the log, the PBX client);
* **a cap per peer address** (``per_peer``), so one host cannot take every place;
* **a header deadline**: a connection that has not started a request within ``header_deadline``
  seconds of opening is closed (aiohttp's keep-alive timeout takes over after a request).

A new connection over a cap pushes out an *idle* connection (open, no request being handled): the
oldest of its own peer over the per-peer cap, else the oldest of the peer holding the most
connections; when every connection is busy the new one is closed instead. A request in progress,
a desk's websocket included, is never cut. Connections are marked busy by :attr:`ConnectionGuard.middleware`,
which the server's application must install. Each closing is counted (:attr:`ConnectionGuard.counters`)
and logged through ``note`` (one line per reason a minute, see :class:`~agent_desk.logmask.ReasonLog`).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

MAX_TOTAL = 4096  # connections at most, whatever the open-file limit
RESERVE = 128  # open files kept free below the soft limit
PER_PEER = 512  # connections at most from one address
HEADER_DEADLINE = 10.0  # seconds from opening a connection to its first request
FD_WANTED = 65536  # the soft limit on open files a server asks for (up to the hard limit)

Note = Callable[[str], object]


def raise_fd_limit(wanted: int = FD_WANTED) -> int | None:
    """Raise this process's soft limit on open files towards ``wanted`` (never above the hard
    limit), so a flood of half-open connections does not exhaust it at 1,024; the soft limit now,
    or None where there is no such limit (Windows)."""
    try:
        import resource
    except ImportError:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def open_file_limit() -> int | None:
    """The soft limit on open files, or None where there is none to read (Windows, unlimited)."""
    try:
        import resource
    except ImportError:
        return None
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return None if soft == resource.RLIM_INFINITY else int(soft)


@dataclasses.dataclass(eq=False)
class _Connection:
    peer: str
    transport: asyncio.Transport
    opened: float
    busy: int = 0  # requests being handled
    served: bool = False  # a request was started (aiohttp's keep-alive timeout applies from then)
    deadline: asyncio.TimerHandle | None = None


class ConnectionGuard:
    """Caps and a header deadline for one server's connections (see the module doc)."""

    def __init__(
        self,
        *,
        max_total: int = MAX_TOTAL,
        reserve: int = RESERVE,
        per_peer: int = PER_PEER,
        header_deadline: float = HEADER_DEADLINE,
        note: Note = lambda reason: None,
    ) -> None:
        limit = open_file_limit()
        self.max_total = max(16, min(max_total, limit - reserve)) if limit is not None else max_total
        self.per_peer = min(per_peer, self.max_total)
        self.header_deadline = header_deadline
        self.note = note
        self.counters: collections.Counter[str] = collections.Counter()
        self._open: dict[asyncio.BaseTransport, _Connection] = {}  # in opening order
        self._by_peer: dict[str, dict[_Connection, None]] = collections.defaultdict(dict)  # in opening order

    @property
    def open(self) -> int:
        return len(self._open)

    # ------------------------------------------------------------------ serving
    def site(self, runner: web.AppRunner, host: str, port: int) -> web.TCPSite:
        """The aiohttp site for ``runner`` on ``host:port``, its connections under this guard."""
        return _GuardedSite(self, runner, host, port)

    @web.middleware
    async def middleware(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """Marks the request's connection busy while it is handled (never pushed out then)."""
        conn = self._open.get(request.transport) if request.transport is not None else None
        if conn is None:
            return await handler(request)
        conn.busy += 1
        conn.served = True
        if conn.deadline is not None:
            conn.deadline.cancel()
            conn.deadline = None
        try:
            return await handler(request)
        finally:
            conn.busy -= 1

    # ------------------------------------------------------------------ bookkeeping
    def _opened(self, transport: asyncio.Transport) -> bool:
        """Admit a new connection, pushing out an idle one over a cap; False: close the new one."""
        peername = transport.get_extra_info("peername")
        peer = str(peername[0]) if isinstance(peername, tuple) and peername else "local"
        mine = self._by_peer[peer]
        if len(mine) >= self.per_peer and not self._push_out(mine, f"over {self.per_peer} connections from {peer}"):
            return self._refuse(f"over {self.per_peer} busy connections from {peer}")
        if len(self._open) >= self.max_total:
            crowded_first = sorted(self._by_peer.values(), key=len, reverse=True)
            if not any(self._push_out(peers, f"over {self.max_total} connections in all") for peers in crowded_first):
                return self._refuse(f"over {self.max_total} busy connections in all")
        conn = _Connection(peer, transport, time.monotonic())
        conn.deadline = asyncio.get_running_loop().call_later(self.header_deadline, self._expire, conn)
        self._open[transport] = conn
        mine[conn] = None
        return True

    def _closed(self, transport: asyncio.BaseTransport) -> None:
        conn = self._open.pop(transport, None)
        if conn is None:
            return
        if conn.deadline is not None:
            conn.deadline.cancel()
        mine = self._by_peer.get(conn.peer)
        if mine is not None:
            mine.pop(conn, None)
            if not mine:
                del self._by_peer[conn.peer]

    def _push_out(self, connections: dict[_Connection, None], reason: str) -> bool:
        """Close the oldest idle connection of ``connections``; False when all are busy."""
        idle = next((conn for conn in connections if not conn.busy), None)
        if idle is None:
            return False
        self._close(idle, f"closed an idle connection: {reason}")
        return True

    def _refuse(self, reason: str) -> bool:
        self.counters[f"refused: {reason}"] += 1
        self.note(f"refused a connection: {reason}")
        return False

    def _expire(self, conn: _Connection) -> None:
        conn.deadline = None
        if not conn.served and conn.transport in self._open:
            self._close(conn, f"closed a connection that sent no request within {self.header_deadline:g} s")

    def _close(self, conn: _Connection, reason: str) -> None:
        self.counters[reason.split(":")[0]] += 1
        self.note(reason)
        self._closed(conn.transport)
        conn.transport.abort()  # at once: the descriptor is what is short


class _Guarded(asyncio.Protocol):
    """aiohttp's protocol for one connection, admitted and accounted for by the guard."""

    def __init__(self, guard: ConnectionGuard, inner: asyncio.Protocol) -> None:
        self.guard = guard
        self.inner = inner
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.inner.connection_made(transport)
        if not self.guard._opened(transport):
            transport.abort()

    def data_received(self, data: bytes) -> None:
        self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.transport is not None:
            self.guard._closed(self.transport)
        self.inner.connection_lost(exc)

    def pause_writing(self) -> None:
        self.inner.pause_writing()

    def resume_writing(self) -> None:
        self.inner.resume_writing()


class _GuardedSite(web.TCPSite):
    """aiohttp's TCP site with every connection's protocol wrapped by the guard."""

    def __init__(self, guard: ConnectionGuard, runner: web.AppRunner, host: str, port: int) -> None:
        super().__init__(runner, host, port)
        self.guard = guard

    async def start(self) -> None:
        await web.BaseSite.start(self)
        server = self._runner.server
        assert server is not None
        factory: Callable[[], Any] = server

        def protocol() -> asyncio.Protocol:
            return _Guarded(self.guard, factory())

        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(protocol, self._host, self._port, backlog=self._backlog)
        with contextlib.suppress(IndexError, AttributeError):
            self._bound_port = self._server.sockets[0].getsockname()[1]
