"""One rule for reading an HTTP answer: an overall deadline, a size cap on the body as it streams in,
and transport failures in words.

:func:`capped_send` is how the providers read every PBX answer (:mod:`agent_desk.providers.base`)
and how a desk reads IT's provisioning file (:mod:`agent_desk.provision`). The caller words the
two failures that depend on what was asked: ``TimeoutError`` (the deadline passed, or httpx's own
timeout fired) and :class:`BodyTooLarge`. A failed certificate check is a
:class:`~agent_desk.errors.CertificateError` naming the host; any other transport failure is a
:class:`~agent_desk.errors.PbxUnreachable` with the exception's type as detail.
"""

from __future__ import annotations

import asyncio

import httpx

from agent_desk import errors, tls


class BodyTooLarge(Exception):
    """The answer's body is larger than the cap (declared, or counted as it streamed); not read further."""


async def capped_send(
    client: httpx.AsyncClient, request: httpx.Request, *, deadline: float, max_bytes: int, host: str
) -> tuple[httpx.Response, bytes]:
    """Send ``request`` and read its (decoded) body, all within ``deadline`` seconds; the response
    (its stream closed) and the body. ``host`` names the server in a certificate error."""
    try:
        async with asyncio.timeout(deadline):
            response = await client.send(request, stream=True)
            try:
                body = await _capped_body(response, max_bytes)
            finally:
                await response.aclose()
    except httpx.TimeoutException:
        raise TimeoutError from None
    except httpx.TransportError as exc:
        problem = tls.certificate_error(exc, host)
        if problem:
            raise problem from None
        raise errors.PbxUnreachable(detail=type(exc).__name__) from None
    return response, body


async def _capped_body(response: httpx.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes and "content-encoding" not in response.headers:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)
