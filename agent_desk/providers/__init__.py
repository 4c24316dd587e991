"""The provider registry: one module per PBX dialect, imported only when used.

Adding a provider means adding its module, one line to :data:`PROVIDERS`, its key to
``config.PROVIDER_KEYS``, and its simulator dialect.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from agent_desk.errors import ConfigError

if TYPE_CHECKING:
    from agent_desk.config import Profile
    from agent_desk.providers.base import Provider
    from agent_desk.secrets import SecretStore

#: provider key → "module:Class"
PROVIDERS: dict[str, str] = {
    "tel4vn": "agent_desk.providers.tel4vn:Tel4vnProvider",
    "tel4vn-pbx": "agent_desk.providers.tel4vn_pbx:Tel4vnPbxProvider",
    "onepos": "agent_desk.providers.onepos:OnePosProvider",
    "oapi": "agent_desk.providers.oapi:OapiProvider",
    "voicecloud": "agent_desk.providers.voicecloud:VoiceCloudProvider",
}


def provider_class(key: str) -> type[Provider]:
    """The class for a provider key; ConfigError for an unknown key."""
    try:
        target = PROVIDERS[key]
    except KeyError:
        raise ConfigError(f"unknown provider '{key}' (one of {', '.join(PROVIDERS)})") from None
    module, _, name = target.partition(":")
    cls: type[Provider] = getattr(importlib.import_module(module), name)
    return cls


def create_provider(profile: Profile, secrets: SecretStore | None = None, **kwargs: Any) -> Provider:
    """Instantiate the profile's provider (``kwargs`` go to the constructor, e.g. ``transport``)."""
    return provider_class(profile.provider)(profile, secrets, **kwargs)
