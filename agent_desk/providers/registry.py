"""The provider registry: every fact about a provider that is not protocol code, in one place.

One :class:`ProviderSpec` per PBX dialect, in :data:`SPECS` (the first entry is the default: the
provider a new profile starts with and the one the demo signs in to). Everything else reads it:
``config`` (valid provider keys, secret fields), :mod:`agent_desk.providers` (the client
classes), :mod:`agent_desk.sim.dialects` (the simulator dialects), the sign-in and settings forms
(titles, fields, labels), the demo and ``agent-desk simulate``. A :class:`Provider` subclass gets
its ``title`` and ``capabilities`` from its entry (see ``Provider.__init_subclass__``).

Adding a provider means writing its module in ``providers/``, its simulator dialect in
``sim/dialects/`` and one entry here; ``tests/test_provider_registry.py`` checks that nothing else
names it.

This module imports nothing heavy (not even :mod:`agent_desk.models` until capabilities are
asked for), so the first window can read it. Labels are untranslated source texts marked with
``QT_TRANSLATE_NOOP``; the UI passes them through ``QCoreApplication.translate(LABEL_CONTEXT, label)``.
"""

from __future__ import annotations

import dataclasses
import importlib
from typing import TYPE_CHECKING, Any

from agent_desk.errors import ConfigError

if TYPE_CHECKING:
    from agent_desk.models import Capability
    from agent_desk.providers.base import Provider
    from agent_desk.sim.dialects import Dialect

#: The translation context of every label here (Qt's lupdate reads the markers below).
LABEL_CONTEXT = "LoginDialog"


def _translate_noop(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it (no Qt here)."""
    return text


QT_TRANSLATE_NOOP = _translate_noop  # the name Qt's lupdate looks for


@dataclasses.dataclass(frozen=True, slots=True)
class ProfileField:
    """A profile field a form shows: its name (a ``Profile`` attribute or a secret field) and its
    label as an untranslated source text (context :data:`LABEL_CONTEXT`)."""

    name: str
    label: str


# -------------------------------------------------------------------- fields
USERNAME = ProfileField("username", QT_TRANSLATE_NOOP("LoginDialog", "User name"))
APP_ID = ProfileField("app_id", QT_TRANSLATE_NOOP("LoginDialog", "App ID"))
SIP_USER = ProfileField("sip_user", QT_TRANSLATE_NOOP("LoginDialog", "SIP user"))
DOMAIN = ProfileField("domain", QT_TRANSLATE_NOOP("LoginDialog", "Domain"))

API_KEY = ProfileField("api_key", QT_TRANSLATE_NOOP("LoginDialog", "API key"))
PASSWORD = ProfileField("password", QT_TRANSLATE_NOOP("LoginDialog", "Password (instead of an API key)"))
APP_SECRET = ProfileField("app_secret", QT_TRANSLATE_NOOP("LoginDialog", "App secret"))
SIP_PASSWORD = ProfileField("sip_password", QT_TRANSLATE_NOOP("LoginDialog", "SIP password"))
COMPANY_KEY = ProfileField("key", QT_TRANSLATE_NOOP("LoginDialog", "Company key"))
WEBHOOK_SECRET = ProfileField("webhook_secret", QT_TRANSLATE_NOOP("LoginDialog", "Webhook secret (optional)"))
#: the desk's token for the company's relay (``events = "relay"``): no provider's, every webhook provider's
RELAY_TOKEN = ProfileField("relay_token", QT_TRANSLATE_NOOP("LoginDialog", "Relay token (from IT)"))

#: Every secret field, in the order forms show them. ``config.SECRET_FIELDS`` is their names.
SECRETS: tuple[ProfileField, ...] = (
    API_KEY,
    PASSWORD,
    APP_SECRET,
    SIP_PASSWORD,
    COMPANY_KEY,
    WEBHOOK_SECRET,
    RELAY_TOKEN,
)

#: Event sources by the capability (its value) that makes them possible; ``"none"`` is always possible.
#: (The company's relay takes a webhook provider's events for every desk: ``"relay"`` needs webhooks too.)
_EVENT_CAPABILITIES = {"webhook": "webhook_events", "websocket": "websocket_events", "relay": "webhook_events"}


def _load(target: str) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


@dataclasses.dataclass(frozen=True, slots=True)
class ProviderSpec:
    """What the rest of the app knows about one provider without importing its module.

    ``provider`` and ``dialect`` are ``"module:Class"`` targets, imported only when asked for.
    ``fields`` are the profile text fields its forms show beyond server address and extension;
    ``secrets`` its secret fields (all of them in :data:`SECRETS`). ``offers`` names what its API
    document offers (:class:`~agent_desk.models.Capability` values, kept as text so that reading
    the registry does not import the models); :attr:`capabilities` is the same as enum members,
    and the provider class has exactly these. ``one_webhook_per_company``: the PBX keeps a single
    webhook configuration for the whole company, so registering replaces whoever had it (OnePOS).
    ``own`` names the fields that are the agent's own sign-in (their user name and password, or SIP
    user and password): all the sign-in window asks for on a profile IT provisioned
    (:mod:`agent_desk.provision`), beside the extension and a relay's desk token.
    """

    key: str
    title: str
    provider: str
    dialect: str
    offers: tuple[str, ...]
    fields: tuple[ProfileField, ...] = ()
    secrets: tuple[ProfileField, ...] = ()
    one_webhook_per_company: bool = False
    own: tuple[str, ...] = ()

    @property
    def capabilities(self) -> frozenset[Capability]:
        from agent_desk.models import Capability

        return frozenset(Capability(name) for name in self.offers)

    @property
    def event_sources(self) -> tuple[str, ...]:
        """The ``events`` values a profile of this provider may use, ``"none"`` last."""
        offered = (source for source, capability in _EVENT_CAPABILITIES.items() if capability in self.offers)
        return (*offered, "none")

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(field.name for field in self.fields)

    @property
    def secret_names(self) -> tuple[str, ...]:
        return tuple(field.name for field in self.secrets)

    def provider_class(self) -> type[Provider]:
        """The client class (imports its module)."""
        cls: type[Provider] = _load(self.provider)
        return cls

    def dialect_class(self) -> type[Dialect]:
        """The simulator dialect class (imports its module, and aiohttp)."""
        cls: type[Dialect] = _load(self.dialect)
        return cls


SPECS: tuple[ProviderSpec, ...] = (
    ProviderSpec(
        key="tel4vn",
        title="TEL4VN Call Center",
        provider="agent_desk.providers.tel4vn:Tel4vnProvider",
        dialect="agent_desk.sim.dialects.tel4vn:Tel4vnDialect",
        offers=(
            "click_to_call_sync",
            "click_to_call_async",
            "live_calls",
            "listen",
            "whisper",
            "barge",
            "transfer",
            "softphone_status",
            "agent_states",
            "history",
            "recordings",
            "customers",
            "webhook_events",
            "webhook_registration",
            "campaigns",  # autodialer and autocall queues (tel4vn_campaigns.py)
            "do_not_call",  # the autocall queues' do-not-call list
        ),
        fields=(USERNAME,),
        secrets=(API_KEY, PASSWORD, WEBHOOK_SECRET),
        own=("username", "password"),
    ),
    ProviderSpec(
        key="tel4vn-pbx",
        title="TEL4VN PBX",
        provider="agent_desk.providers.tel4vn_pbx:Tel4vnPbxProvider",
        dialect="agent_desk.sim.dialects.tel4vn_pbx:Tel4vnPbxDialect",
        offers=("click_to_call_sync", "history", "recordings", "webhook_events", "webhook_registration"),
        fields=(USERNAME,),
        secrets=(API_KEY, PASSWORD, WEBHOOK_SECRET),
        own=("username", "password"),
    ),
    ProviderSpec(
        key="onepos",
        title="OnePOS / VoIP247",
        provider="agent_desk.providers.onepos:OnePosProvider",
        dialect="agent_desk.sim.dialects.onepos:OnePosDialect",
        offers=(
            "history",
            "recordings",
            "live_calls",
            "agent_states",
            "queue_stats",
            "softphone_status",
            "webhook_events",
            "webhook_registration",
            "campaigns",  # campaigns, leads and bulk import (onepos_campaigns.py)
            "reports",  # /report/summary, by-agent, by-queue, campaign/{id}
        ),
        secrets=(API_KEY, WEBHOOK_SECRET),
        one_webhook_per_company=True,
        own=("api_key",),  # OnePOS documents one key, no agent sign-in
    ),
    ProviderSpec(
        key="oapi",
        title="oapi",
        provider="agent_desk.providers.oapi:OapiProvider",
        dialect="agent_desk.sim.dialects.oapi:OapiDialect",
        offers=("click_to_call_sync", "history", "recordings", "websocket_events"),
        fields=(APP_ID, SIP_USER),
        secrets=(APP_SECRET, SIP_PASSWORD),
        own=("sip_user", "sip_password"),
    ),
    ProviderSpec(
        key="voicecloud",
        title="VoiceCloud Call Center",
        provider="agent_desk.providers.voicecloud:VoiceCloudProvider",
        dialect="agent_desk.sim.dialects.voicecloud:VoiceCloudDialect",
        offers=("click_to_call_sync", "click_to_call_async", "webhook_events", "recordings"),
        fields=(DOMAIN,),
        secrets=(COMPANY_KEY, WEBHOOK_SECRET),
        own=("key",),  # VoiceCloud documents the company key only
    ),
)

#: provider key → spec, in registry order
REGISTRY: dict[str, ProviderSpec] = {spec.key: spec for spec in SPECS}
#: Every provider key, the default first.
PROVIDER_KEYS: tuple[str, ...] = tuple(REGISTRY)
#: Every text field some provider's form shows, in a stable order (each once).
PROFILE_FIELDS: tuple[ProfileField, ...] = tuple(
    sorted({field for spec in SPECS for field in spec.fields}, key=lambda field: field.name)
)
#: field name → its untranslated label, for every text and secret field
FIELD_LABELS: dict[str, str] = {field.name: field.label for field in (*PROFILE_FIELDS, *SECRETS)}


def provider_spec(key: str) -> ProviderSpec:
    """The spec for a provider key; ConfigError naming the known keys for an unknown one."""
    try:
        return REGISTRY[key]
    except KeyError:
        raise ConfigError(f"unknown provider '{key}' (one of {', '.join(PROVIDER_KEYS)})") from None
