"""One command's context: the parsed arguments, the chosen profile, its secrets, and log masking
(:class:`~agent_desk.logmask.SecretMask`).

A command that talks to the PBX either borrows a bare provider client (:meth:`CommandContext.provider`)
or, where it signs in or runs call events (``status``, ``events``), the core
:class:`agent_desk.session.Session` the GUI uses too (:meth:`CommandContext.signed_in`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from agent_desk.cli.parser import PROG
from agent_desk.logmask import SecretMask, environment_secrets

if TYPE_CHECKING:
    from agent_desk.config import Profile
    from agent_desk.providers.base import Provider
    from agent_desk.secrets import SecretStore
    from agent_desk.session import Session


class CommandContext:
    """One command's context: parsed arguments, the chosen profile, its secrets, and masking.

    ``env`` replaces ``os.environ`` as the source of ``AGENT_DESK_*`` secrets (the demo passes
    each profile's demo secrets this way).
    """

    def __init__(self, args: argparse.Namespace, env: Mapping[str, str] | None = None) -> None:
        self.args = args
        self.env = env
        self._profile: Profile | None = None
        self._store: SecretStore | None = None
        #: masks, in logs and error texts, the AGENT_DESK_* secrets and every secret value handed out
        self.secret_mask = SecretMask()
        self.secret_mask.remember(environment_secrets(env))

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
                self.secret_mask.remember([value] if value else [])
                return value

            store.get = get  # type: ignore[method-assign]
            self._store = store
        return self._store

    @asynccontextmanager
    async def provider(self) -> AsyncIterator[Provider]:
        from agent_desk.providers import create_provider
        from agent_desk.tls import plain_http_host

        profile = self.profile()
        if (host := plain_http_host(profile)) is not None:
            print(
                f"{PROG}: warning: profile '{profile.name}' reaches the PBX at {host} over plain http://: "
                "passwords and calls cross the network unencrypted; use https:// if the PBX offers it",
                file=sys.stderr,
            )
        provider = create_provider(profile, self.secrets())
        try:
            yield provider
        finally:
            await provider.aclose()

    @asynccontextmanager
    async def signed_in(self, *, account: bool = True, unreachable_ok: bool = False) -> AsyncIterator[Session]:
        """The core session signed in to the profile (the account read once unless not ``account``,
        call events not started; see :meth:`agent_desk.session.Session.sign_in` for
        ``unreachable_ok``); signed out, its client closed, when the block ends."""
        from agent_desk.session import Session

        session = Session(status_interval=None)
        try:
            await session.sign_in(
                self.profile(), self.secrets(), events=False, account=account, unreachable_ok=unreachable_ok
            )
            yield session
        finally:
            await session.sign_out()

    def mask(self, text: str) -> str:
        """``text`` with every secret value this command knows replaced by ``***``."""
        return self.secret_mask.mask(text)


def _log_to_stderr(ctx: CommandContext) -> Callable[[], None]:
    """Warnings (and with ``-v`` the requests) go to stderr; the command's secret mask goes on every
    handler of the root logger. Returns the function that undoes both (``main()`` also runs in-process)."""
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"{PROG}: %(levelname)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO if ctx.args.verbose else logging.WARNING)
    uninstall = ctx.secret_mask.install(root)

    def undo() -> None:
        uninstall()
        root.removeHandler(handler)

    return undo
