"""What the Settings dialog offers and checks, without Qt (so it is tested on its own).

* :func:`color_scheme` — a theme choice (``system`` / ``light`` / ``dark``) and the system's
  scheme → the scheme to show;
* :func:`event_sources` — what a provider's capabilities allow (its click-to-call modes:
  :func:`agent_desk.models.dial_modes`);
* :func:`crm_problem`, :func:`port_problem`, :func:`url_problem` — one problem code per field
  (the dialog words them, translated); ``""`` means the value is fine;
* :func:`pbx_instruction` — what the PBX must be told so call events reach this computer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from agent_desk.config import WebhookSettings

if TYPE_CHECKING:
    from agent_desk.models import Capability

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def color_scheme(choice: str, system: str) -> str:
    """``"dark"`` or ``"light"``: the forced choice, else the system's (unknown counts as light)."""
    if choice in ("light", "dark"):
        return choice
    return "dark" if system == "dark" else "light"


def event_sources(capabilities: Collection[Capability]) -> tuple[str, ...]:
    """The event sources a provider can use, ``none`` last (always possible)."""
    from agent_desk.models import Capability  # not at import: config.parse_profile uses this module

    offered = []
    if Capability.WEBHOOK_EVENTS in capabilities:
        offered.append("webhook")
    if Capability.WEBSOCKET_EVENTS in capabilities:
        offered.append("websocket")
    if Capability.WEBHOOK_EVENTS in capabilities:
        offered.append("relay")  # the company's relay takes the webhooks for the desks
    return (*offered, "none")


def url_problem(text: str, schemes: tuple[str, ...] = ("http", "https"), *, required: bool = True) -> str:
    """``"missing"``, ``"scheme"`` (not one of ``schemes``, no host, or not a URL at all, such as
    ``http://[::1`` or a port over 65535) or ``""``. The config file and the dialog both use it."""
    text = text.strip()
    if not text:
        return "missing" if required else ""
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number or out of range
    except ValueError:
        return "scheme"
    return "" if parts.scheme in schemes and parts.hostname else "scheme"


def crm_problem(template: str) -> str:
    """A CRM address template: ``""`` (fine or empty), ``"scheme"`` (not http(s)) or ``"phone"``
    (no ``{phone}`` placeholder)."""
    template = template.strip()
    if not template:
        return ""
    if url_problem(template.replace("{phone}", "0"), required=False):
        return "scheme"
    return "" if "{phone}" in template else "phone"


def port_problem(text: str) -> str:
    """A listener port: ``""`` for 0–65535 (0: any free port), else ``"port"``."""
    text = text.strip()
    return "" if text.isascii() and text.isdigit() and len(text) <= 5 and int(text) <= 65535 else "port"


@dataclasses.dataclass(frozen=True, slots=True)
class Instruction:
    """What to tell the PBX. ``kind``: ``none`` (no events), ``websocket`` (we connect; nothing
    to tell), ``register`` (we register ``url`` ourselves when signing in), ``tell`` (someone must
    set ``url`` on the PBX), ``public_missing`` (no public address yet; the listener is on
    ``port``). ``local_only``: the listener accepts this computer only, which a PBX elsewhere
    cannot reach."""

    kind: str
    url: str = ""
    port: int = 0
    local_only: bool = False


def pbx_instruction(
    events: str, webhook: WebhookSettings, routes: Iterable[str], can_register: bool, secret: str = ""
) -> Instruction:
    """What the PBX must be told; the URL carries ``secret`` as its path prefix."""
    if events == "none":
        return Instruction("none")
    if events in ("websocket", "relay"):
        return Instruction(events)
    public_host = urlsplit(webhook.public_url).hostname or ""
    local_only = webhook.host in LOOPBACK_HOSTS and public_host not in LOOPBACK_HOSTS
    if not webhook.public_url:
        return Instruction("public_missing", port=webhook.port, local_only=local_only)
    kind = "register" if can_register else "tell"
    from agent_desk.events.webhook_auth import secret_callback_url  # not at import: as Capability above

    url = secret_callback_url(webhook.public_url, routes, secret)
    return Instruction(kind, url=url, port=webhook.port, local_only=local_only)


@dataclasses.dataclass(slots=True)
class SettingsChange:
    """What *Save* asks the desk to do: the profile to write (None: no profile edited), secrets
    to store in the keyring, secret fields to forget, and the desk preferences."""

    profile: Any  # agent_desk.config.Profile | None
    store: dict[str, str] = dataclasses.field(default_factory=dict, repr=False)
    forget: tuple[str, ...] = ()
    prefs: dict[str, Any] = dataclasses.field(default_factory=dict)
