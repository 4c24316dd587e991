"""``agent-desk secret set|forget FIELD``: a secret into the OS keyring, read from stdin or a prompt."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent_desk.cli.context import CommandContext


def cmd_secret(ctx: CommandContext) -> int:
    import os

    from agent_desk.config import SECRET_FIELDS
    from agent_desk.errors import ConfigError
    from agent_desk.secrets import SecretStore, env_name

    args = ctx.args
    if args.field not in SECRET_FIELDS:
        raise ConfigError(f"'{args.field}' is not a secret field (one of {', '.join(SECRET_FIELDS)})")
    profile = ctx.profile()
    store = SecretStore(profile, env=ctx.env)
    if args.secret_action == "forget":
        removed = store.forget(args.field)
        print(
            f"Removed {args.field} of profile '{profile.name}' from the keyring."
            if removed
            else f"No {args.field} of profile '{profile.name}' was stored in the keyring."
        )
        return 0
    _check_keyring()
    value = _read_secret(args.field, profile.name)
    ctx.secret_mask.remember([value])  # nothing logged while storing it may show it
    store.store(args.field, value)
    print(f"Stored {args.field} of profile '{profile.name}' in the system keyring.")
    if (os.environ if ctx.env is None else ctx.env).get(env_name(args.field)):
        print(f"Note: {env_name(args.field)} is set and takes precedence over the keyring.")
    return 0


def _check_keyring() -> None:
    """Fail before asking for a secret that could not be kept."""
    import keyring
    from keyring.backends import fail

    from agent_desk.errors import KeyringUnavailable

    if isinstance(keyring.get_keyring(), fail.Keyring):
        raise KeyringUnavailable("no keyring backend is installed or running")


def _read_secret(field: str, profile: str) -> str:
    """One line from stdin when it is piped, else a prompt that does not echo."""
    from agent_desk.errors import ConfigError

    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        try:
            value = getpass.getpass(f"{field} for profile '{profile}': ")
        except EOFError:
            value = ""
    else:
        value = sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""
    if not value:
        raise ConfigError(f"no value given for {field}: type it at the prompt or pipe it on stdin")
    return value
