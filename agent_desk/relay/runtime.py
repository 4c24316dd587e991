"""A relay built from its config: the provider, the history, the token book and the server."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from agent_desk.events.webhook_auth import listener_secret
from agent_desk.providers import provider_class
from agent_desk.providers.base import Provider
from agent_desk.relay.config import RelayConfig
from agent_desk.relay.registration import register
from agent_desk.relay.server import RelayServer
from agent_desk.relay.store import open_history
from agent_desk.relay.tokens import SqliteTokenBook, TokenBook


def is_redis(config: RelayConfig) -> bool:
    return config.store.startswith(("redis://", "rediss://", "unix://"))


def token_book(config: RelayConfig) -> TokenBook:
    """Redis with a ``redis://`` store (every replica sees the same tokens), else ``data_dir``."""
    if is_redis(config):
        from agent_desk.relay.redis_store import RedisTokenBook

        return RedisTokenBook(config.store, config.company)
    return SqliteTokenBook(config.data_dir)


def relay_provider(config: RelayConfig, env: Mapping[str, str] | None = None) -> Provider:
    """The provider that parses the relay's webhooks (and registers them): the desk profile's class,
    minus the requirement of an extension, which a relay does not have."""
    cls = provider_class(config.provider)
    required = tuple(field for field in cls.required_fields if field != "extension")
    relay_cls: type[Provider] = type(cls.__name__, (cls,), {"required_fields": required, "__doc__": cls.__doc__})
    return relay_cls(config.profile(), config.secrets(dict(env) if env is not None else None))


def build_relay(config: RelayConfig, env: Mapping[str, str] | None = None) -> RelayServer:
    """The relay of ``config`` (not started); secrets from ``env`` (default ``os.environ``) or the keyring.

    The webhook secret is always required: ``webhook_secret``, else one generated at the first start
    and kept (keyring, or a 0600 file in ``data_dir``; see :mod:`agent_desk.events.webhook_auth`)."""
    provider = relay_provider(config, env)
    secrets = provider.secrets
    history = open_history(config.store, config.history, config.data_dir, config.company)
    secret = listener_secret(secrets, config.data_dir)  # configured, else generated once and kept
    return RelayServer(
        provider,
        history,
        token_book(config),
        host=config.host,
        port=config.port,
        secret=secret,
        heartbeat=config.heartbeat,
        provision=config.provision,
    )


async def start_registration(relay: RelayServer, config: RelayConfig) -> None:
    """Register the callback with the PBX (see registration.py); the outcome goes to /healthz."""
    relay.registration = "registering"
    relay.registration = await register(
        relay.provider,
        config.base_url,
        config.public_url,
        relay.intake.secret,
        onepos_opt_in=config.register_webhook,
    )


async def serve(config: RelayConfig, stop: asyncio.Event, env: Mapping[str, str] | None = None) -> None:
    """Run the relay of ``config`` until ``stop`` is set, then close it cleanly."""
    relay = build_relay(config, env)
    try:
        await relay.start()
        registering = asyncio.create_task(start_registration(relay, config))
        try:
            await stop.wait()
        finally:
            registering.cancel()
            await asyncio.gather(registering, return_exceptions=True)
            await relay.stop()
    finally:
        await relay.provider.aclose()
