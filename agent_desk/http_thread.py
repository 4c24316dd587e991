"""HTTP requests sent and read on a thread of their own: the caller's event loop only hands them over.

On the desk's GUI loop (qasync: every asyncio callback is a Qt timer event) one request through
httpx's own transport costs a few milliseconds of the GUI thread: the connection pool, h11, anyio
and a wake-up per socket read and write. A screen-pop's customer and history look-ups were 12 % of
the GUI thread's time at 50 calls a second. :class:`ThreadTransport` is an
``httpx.AsyncBaseTransport`` that runs ``httpx.AsyncHTTPTransport`` (pool, TLS, timeouts: the
same as an ``httpx.AsyncClient`` makes for itself) on one daemon thread with a plain asyncio loop,
shared by every :class:`ThreadTransport` of the process. The caller's loop sees one hand-over per
request and gets the response with its body's first :data:`READ_AHEAD` bytes already read; a longer
body is pulled from the thread as the caller reads it, so a reader that stops early (a size cap)
stops the download. The client's own work (building the request, redirects, decoding) stays with the
caller.

The contract is the transport's: the same responses and the same ``httpx`` exceptions as
``httpx.AsyncHTTPTransport`` (raised in the caller's task), the request's timeouts apply on the
thread, and cancelling the caller's await (an overall deadline, a task cancelled at sign-out)
cancels the request on the thread. :meth:`ThreadTransport.aclose` closes its connections there.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import AsyncIterator, Callable, Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar

import httpx

READ_AHEAD = 256 * 1024  # bytes of a body read on the thread before the response is handed over

_T = TypeVar("_T")


class _Loop:
    """One daemon thread running an asyncio loop for the process's :class:`ThreadTransport` s."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, name="http", daemon=True).start()

    async def run(
        self, coroutine: Coroutine[Any, Any, _T], abandoned: Callable[[_T], Coroutine[Any, Any, Any]] | None = None
    ) -> _T:
        """Run ``coroutine`` on the thread and await its result here; cancelling this await cancels it
        there, and a result it had already made is given to ``abandoned`` (run on the thread)."""
        future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        try:
            return await asyncio.wrap_future(future)
        except asyncio.CancelledError:
            if abandoned is not None:
                future.add_done_callback(lambda done: self._abandon(done, abandoned))
            raise

    def _abandon(self, done: Future[_T], abandoned: Callable[[_T], Coroutine[Any, Any, Any]]) -> None:
        if not done.cancelled() and done.exception() is None:
            asyncio.run_coroutine_threadsafe(abandoned(done.result()), self.loop)


@functools.cache
def _http_loop() -> _Loop:
    return _Loop()


class _Reading:
    """On the thread: a response whose body is being read, one iterator over it from start to end."""

    def __init__(self, response: httpx.Response) -> None:
        assert isinstance(response.stream, httpx.AsyncByteStream)  # what an async transport answers with
        self.response = response
        self._chunks = aiter(response.stream)

    async def next_chunk(self) -> bytes | None:
        """The body's next raw chunk; None at its end (the response is then closed)."""
        try:
            while not (chunk := await anext(self._chunks)):
                pass
        except StopAsyncIteration:
            await self.response.aclose()
            return None
        except BaseException:
            await self.response.aclose()
            raise
        return chunk


class _Body(httpx.AsyncByteStream):
    """A response body: the chunks read ahead, then the rest pulled from the thread chunk by chunk."""

    def __init__(self, loop: _Loop, chunks: list[bytes], rest: _Reading | None) -> None:
        self._loop = loop
        self._chunks = chunks
        self._rest = rest  # the body still being read on the thread; None once read to its end or closed

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk
        self._chunks = []
        while self._rest is not None:
            pulled = await self._loop.run(self._rest.next_chunk())
            if pulled is None:
                self._rest = None
                return
            yield pulled

    async def aclose(self) -> None:
        rest, self._rest = self._rest, None
        if rest is not None:
            await self._loop.run(rest.response.aclose())


async def _close_sent(sent: tuple[Any, ...]) -> None:
    """On the thread: close the response of a request whose caller stopped waiting as it was answered."""
    rest = sent[-1]
    if rest is not None:
        await rest.response.aclose()


class ThreadTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncHTTPTransport(**options)`` on the HTTP thread (see the module doc)."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._loop = _http_loop()
        self._inner: httpx.AsyncHTTPTransport | None = None  # made on the thread: its pool belongs to that loop

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()  # the body as bytes: nothing of the caller's loop is read on the thread
        status, headers, extensions, chunks, rest = await self._loop.run(self._send(request), _close_sent)
        return httpx.Response(status, headers=headers, stream=_Body(self._loop, chunks, rest), extensions=extensions)

    async def _send(
        self, request: httpx.Request
    ) -> tuple[int, list[tuple[bytes, bytes]], dict[str, Any], list[bytes], _Reading | None]:
        """On the thread: send ``request``, read up to :data:`READ_AHEAD` bytes of the answer."""
        if self._inner is None:
            self._inner = httpx.AsyncHTTPTransport(**self._options)
        response = await self._inner.handle_async_request(request)
        reading: _Reading | None = _Reading(response)
        chunks: list[bytes] = []
        size = 0
        while reading is not None and size < READ_AHEAD:
            chunk = await reading.next_chunk()
            if chunk is None:
                reading = None
            else:
                chunks.append(chunk)
                size += len(chunk)
        extensions = {k: v for k, v in response.extensions.items() if k in ("http_version", "reason_phrase")}
        return response.status_code, response.headers.raw, extensions, chunks, reading

    async def aclose(self) -> None:
        inner, self._inner = self._inner, None
        if inner is not None:
            await self._loop.run(inner.aclose())
