"""Registering the relay's callback URL with the PBX, once, when the relay starts.

With ``base_url`` and ``public_url`` in ``relay.toml``:

* TEL4VN (call center and PBX) and VoiceCloud: the callback is ``public_url`` + ``/<webhook_secret>``
  + the provider's first route (the secret as a path prefix, so it also reaches the relay through a
  proxy that drops headers), registered with ``provider.register_webhook`` (TEL4VN: ``/v1/event``
  for each event, replacing earlier registrations of the same URL).
* OnePOS keeps **one** webhook per company, and its document has no way to read it: the relay
  registers there only with ``register_webhook = true``, and first tries ``GET
  /api/v3/webhook/config``; when that names a different URL, the relay refuses to replace it and
  says which URL it found. The callback is ``public_url`` + ``/hooks/onepos`` (OnePOS signs its
  bodies with the secret instead).

The registration is not removed when the relay stops: the relay is the company's endpoint, and a
restart must not leave the PBX without one. Failures never stop the relay from serving; they are
logged and shown by ``/healthz`` (``registration``).
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING
from urllib.parse import quote

from agent_desk import errors

if TYPE_CHECKING:
    from agent_desk.providers.base import Provider

log = logging.getLogger(__name__)

TIMEOUT = 30.0


class ReplaceRefused(errors.PbxRefused):
    """OnePOS already posts the company's events to another URL."""


def one_per_company(provider: Provider) -> bool:
    """Whether the PBX keeps one webhook per company that the provider can try to read (OnePOS)."""
    return callable(getattr(provider, "current_webhook_url", None))


def callback_url(provider: Provider, public_url: str, secret: str | None, *, shown: bool = False) -> str:
    """The URL the PBX is asked to call (see the module doc); the secret is quoted as one path
    segment, or ``***`` when the URL is ``shown``."""
    route = next(path for _, path in provider.webhook_routes)
    prefix = ""
    if secret and not one_per_company(provider):  # OnePOS signs its bodies
        prefix = "/***" if shown else "/" + quote(secret, safe="")
    return public_url.rstrip("/") + prefix + route


async def register(
    provider: Provider, base_url: str, public_url: str, secret: str | None, *, onepos_opt_in: bool
) -> str:
    """Register the callback; returns the state in words for ``/healthz`` (never the secret)."""
    if not base_url or not public_url:
        return "off (set base_url and public_url to register the callback with the PBX)"
    url = callback_url(provider, public_url, secret)
    shown = callback_url(provider, public_url, secret, shown=True)
    try:
        async with asyncio.timeout(TIMEOUT):
            if one_per_company(provider):
                if not onepos_opt_in:
                    return (
                        "off: OnePOS keeps one webhook per company; set register_webhook = true "
                        "to let the relay take it"
                    )
                found = await provider.current_webhook_url()  # type: ignore[attr-defined]
                if found and found != url:
                    raise ReplaceRefused(
                        f"OnePOS already sends this company's events to {found}; the relay does not replace "
                        "it (remove that webhook, or point it at the relay, then restart the relay)"
                    )
            await provider.register_webhook(url, secret)
    except TimeoutError:
        log.error("relay: the PBX did not answer the registration within %g s", TIMEOUT)
        return "failed: the PBX did not answer in time"
    except errors.AgentDeskError as exc:
        log.error("relay: the callback was not registered: %s", exc)
        return f"failed: {exc}"
    log.info("relay: callback registered with %s: %s", provider.key, shown)
    return f"registered: {shown}"
