"""One command's context: the parsed arguments, the chosen profile, its secrets, and log masking."""

from __future__ import annotations

import argparse
import sys
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from agent_desk.cli.parser import PROG

if TYPE_CHECKING:
    from agent_desk.config import Profile
    from agent_desk.providers.base import Provider
    from agent_desk.secrets import SecretStore

MASK = "***"


class Session:
    """One command's context: parsed arguments, the chosen profile, its secrets, and masking.

    ``env`` replaces ``os.environ`` as the source of ``AGENT_DESK_*`` secrets (the demo passes
    each profile's demo secrets this way).
    """

    def __init__(self, args: argparse.Namespace, env: Mapping[str, str] | None = None) -> None:
        self.args = args
        self.env = env
        self._profile: Profile | None = None
        self._store: SecretStore | None = None
        self._seen: set[str] = set()  # secret values handed out, masked in logs and error texts

    def profile(self) -> Profile:
        if self._profile is None:
            from pathlib import Path

            from agent_desk.config import load_config
            from agent_desk.errors import ConfigError

            config = load_config(Path(self.args.config) if self.args.config else None)
            if not config.profiles:
                raise ConfigError(
                    f"no profile is configured in {config.path}: add a [profiles.NAME] "
                    f"table (see the README) or pass --config FILE"
                )
            self._profile = config.profile(self.args.profile)
        return self._profile

    def secrets(self) -> SecretStore:
        """The profile's secret store; every value it returns is remembered for masking."""
        if self._store is None:
            from agent_desk.secrets import SecretStore

            store = SecretStore(self.profile(), env=self.env)
            lookup = store.get

            def get(field: str) -> str | None:
                value = lookup(field)
                if value:
                    self._seen.add(value)
                return value

            store.get = get  # type: ignore[method-assign]
            self._store = store
        return self._store

    @asynccontextmanager
    async def provider(self) -> AsyncIterator[Provider]:
        from agent_desk.providers import create_provider

        provider = create_provider(self.profile(), self.secrets())
        try:
            yield provider
        finally:
            await provider.aclose()

    def mask(self, text: str) -> str:
        """``text`` with every secret value this process knows replaced by ``***``."""
        import os

        from agent_desk.config import SECRET_FIELDS

        env = os.environ if self.env is None else self.env
        values = set(self._seen) | {env[n] for f in SECRET_FIELDS if env.get(n := "AGENT_DESK_" + f.upper())}
        for value in sorted(values, key=len, reverse=True):
            text = text.replace(value, MASK)
        return text


class _MaskingFilter:
    """A logging filter that masks the session's secrets in every record."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def filter(self, record: Any) -> bool:
        message = record.getMessage()
        masked = self.session.mask(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


def _log_to_stderr(session: Session) -> Any:
    """Warnings (and with ``-v`` the requests) go to stderr, secrets masked; returns the handler."""
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"{PROG}: %(levelname)s: %(message)s"))
    handler.addFilter(_MaskingFilter(session))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO if session.args.verbose else logging.WARNING)
    return handler
