"""The providers: one module per PBX dialect, imported only when used, and the registry of them.

What the app knows about each provider (key, title, fields, capabilities, its simulator dialect)
is its :class:`~agent_desk.providers.registry.ProviderSpec` in :mod:`agent_desk.providers.registry`,
re-exported here. Adding a provider means adding its module, its simulator dialect and one
registry entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from agent_desk.providers.registry import (
    PROVIDER_KEYS,
    REGISTRY,
    SPECS,
    ProfileField,
    ProviderSpec,
    provider_spec,
)

if TYPE_CHECKING:
    from agent_desk.config import Profile
    from agent_desk.providers.base import Provider
    from agent_desk.secrets import SecretStore

__all__ = [
    "PROVIDERS",
    "PROVIDER_KEYS",
    "REGISTRY",
    "SPECS",
    "ProfileField",
    "ProviderSpec",
    "create_provider",
    "provider_class",
    "provider_spec",
]

#: provider key → "module:Class" of its client
PROVIDERS: dict[str, str] = {spec.key: spec.provider for spec in SPECS}


def provider_class(key: str) -> type[Provider]:
    """The class for a provider key; ConfigError for an unknown key."""
    return provider_spec(key).provider_class()


def create_provider(profile: Profile, secrets: SecretStore | None = None, **kwargs: Any) -> Provider:
    """Instantiate the profile's provider (``kwargs`` go to the constructor, e.g. ``transport``)."""
    return provider_class(profile.provider)(profile, secrets, **kwargs)
