"""Who may post to a local webhook endpoint: the secret every listener requires, and no browser.

Loopback proves nothing (other users of a terminal server, and every tunnel or reverse proxy,
arrive on 127.0.0.1), so every listener requires a secret; these rules are shared by the webhook
listener and the relay, which call the functions below.

* :func:`listener_secret` — the profile's ``webhook_secret`` (environment, keyring, file), else
  one generated at first use and kept in the keyring, or, where there is no keyring, in a 0600
  file ``webhook-secret.<profile>`` in the data directory.
* :func:`browser_refusal` — a request carrying ``Origin`` or ``Sec-Fetch-Site: cross-site|same-site``
  comes from a web page (PBXs send neither) and is refused with 403.
* :func:`secret_matches` — a constant-time comparison.
* :func:`in_use` — while a listener serves, its secret is masked in httpx's request lines (the
  callback URL carries it) and in every text :func:`mask_in_use` is given.
* :func:`secret_callback_url` — the URL the PBX is given: the secret travels as the path prefix
  just before the route (``https://desk.lan:8765/<secret>/hooks/tel4vn``);
  :func:`pbx_callback_url` the same for a profile's ``[webhook]`` settings (``agent-desk status``).
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import os
import secrets
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from agent_desk.errors import KeyringUnavailable

if TYPE_CHECKING:
    from agent_desk.config import WebhookSettings
    from agent_desk.secrets import SecretStore

log = logging.getLogger(__name__)
_IN_USE: set[str] = set()  # the secrets of the listeners serving in this process

FIELD = "webhook_secret"
GENERATED_BYTES = 24  # token_urlsafe(24): 32 URL-safe characters
BROWSER_SITES = ("cross-site", "same-site")


def secret_file(data_dir: Path, profile: str) -> Path:
    """Where a generated secret is kept on a machine without a keyring (mode 0600)."""
    return data_dir / f"webhook-secret.{quote(profile, safe='')}"


def listener_secret(store: SecretStore, data_dir: Path | None = None) -> str:
    """The secret the profile's listener requires: configured, else generated once and kept."""
    configured = store.get(FIELD)
    if configured:
        return configured
    if data_dir is None:
        from agent_desk.config import default_data_dir

        data_dir = default_data_dir()
    path = secret_file(data_dir, store.profile.name)
    with contextlib.suppress(OSError):
        kept = path.read_text(encoding="ascii").strip()
        if kept:
            return kept
    generated = secrets.token_urlsafe(GENERATED_BYTES)
    with contextlib.suppress(KeyringUnavailable):
        store.store(FIELD, generated)
        if store.get(FIELD) == generated:  # a null keyring "stores" nothing
            log.info("profile '%s': generated a webhook secret and stored it in the keyring", store.profile.name)
            return generated
    _write_private(path, generated)
    log.info(
        "profile '%s': no keyring; the generated webhook secret is kept in %s (mode 0600)", store.profile.name, path
    )
    return generated


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(text + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def in_use(secret: str, active: bool) -> None:
    """Note that a listener with ``secret`` starts (``active``) or stops serving."""
    if active:
        _IN_USE.add(secret)
    else:
        _IN_USE.discard(secret)


def mask_in_use(text: str) -> str:
    """``text`` with the secrets of serving listeners masked."""
    from agent_desk.logmask import mask

    return mask(text, _IN_USE)


def browser_refusal(headers: Mapping[str, str]) -> str | None:
    """The 403 reason for a request a web page sent (``headers`` with lower-case names), else None."""
    if "origin" in headers:
        return "requests from web pages are not accepted"
    if headers.get("sec-fetch-site", "").strip().lower() in BROWSER_SITES:
        return "requests from web pages are not accepted"
    return None


def secret_matches(given: str | None, secret: str) -> bool:
    """True when ``given`` is ``secret`` (constant time)."""
    return given is not None and hmac.compare_digest(given.encode(), secret.encode())


def secret_callback_url(public_url: str, routes: Iterable[str], secret: str) -> str:
    """``public_url`` with the secret as a path segment before the route (the first route is added
    unless ``public_url`` already ends with one)."""
    public = public_url.rstrip("/")
    routes = list(routes)
    path = urlsplit(public).path
    route = next((r for r in routes if path.endswith(r)), None)
    if route is None:
        base, tail = public, (routes[0] if routes else "")
    else:
        base, tail = public[: -len(route)], route
    prefix = "/" + quote(secret, safe="") if secret else ""
    return base + prefix + tail


def pbx_callback_url(webhook: WebhookSettings, routes: Iterable[str], secret: str) -> str:
    """The URL the PBX must call (secret included: it is what the PBX administrator is given):
    ``public_url``'s, else the listener's own address."""
    public = webhook.public_url or f"http://{_url_host(webhook.host)}:{webhook.port}"
    return secret_callback_url(public, routes, secret)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _install_filter() -> None:
    from agent_desk.logmask import MaskingFilter

    logging.getLogger("httpx").addFilter(MaskingFilter(lambda: _IN_USE))


_install_filter()
