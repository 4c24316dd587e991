"""Secrets for a profile: environment first, then the OS keyring, then the config file.

Resolution order for a field such as ``api_key`` of profile ``office``:

1. the environment variable ``AGENT_DESK_API_KEY``;
2. the OS keyring, service ``agent-desk``, user ``office:api_key``;
3. a value hand-written in the profile's table (logged as a warning once; the app never writes one).

``keyring`` is imported on first use, not at start-up. On a machine without a usable keyring
backend (headless Linux) reads fall through to the file and writes raise
:class:`~agent_desk.errors.KeyringUnavailable` with a sentence, not a traceback. Values are never
logged; only field names are.

The functions at the end are what a sign-in and the Settings dialog do with secrets
(:func:`resolve_secrets`, :func:`remember_secrets`, :func:`update_keyring`,
:func:`secret_sources`); each may block on the keyring, so a GUI calls them in a worker thread.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from agent_desk.config import SECRET_FIELDS, Profile
from agent_desk.errors import KeyringUnavailable, SecretMissing

SERVICE = "agent-desk"
log = logging.getLogger(__name__)


def env_name(field: str) -> str:
    """``api_key`` → ``AGENT_DESK_API_KEY``."""
    return "AGENT_DESK_" + field.upper()


class SecretStore:
    """Reads and writes one profile's secrets. Pass ``env`` in tests to isolate from ``os.environ``."""

    def __init__(self, profile: Profile, env: Mapping[str, str] | None = None) -> None:
        self.profile = profile
        self._env = os.environ if env is None else env
        self._warned: set[str] = set()
        self.keyring_problem = ""  # set when the keyring could not be read, for messages

    def _user(self, field: str) -> str:
        return f"{self.profile.name}:{field}"

    @staticmethod
    def _check_field(field: str) -> None:
        if field not in SECRET_FIELDS:
            raise ValueError(f"{field!r} is not a secret field")

    def get(self, field: str) -> str | None:
        """The secret, or None when no source has it."""
        self._check_field(field)
        value = self._env.get(env_name(field))
        if value:
            return value
        value = self._from_keyring(field)
        if value:
            return value
        value = self.profile.file_secrets.get(field)
        if value:
            if field not in self._warned:
                self._warned.add(field)
                log.warning(
                    "profile '%s': %s is written in the config file in plain text; "
                    "move it to the keyring or the environment",
                    self.profile.name,
                    field,
                )
            return value
        return None

    def source(self, field: str) -> str | None:
        """Where :meth:`get` finds the secret: ``"env"``, ``"keyring"``, ``"file"`` or None (blocking)."""
        self._check_field(field)
        if self._env.get(env_name(field)):
            return "env"
        if self._from_keyring(field):
            return "keyring"
        return "file" if self.profile.file_secrets.get(field) else None

    def require(self, field: str) -> str:
        """The secret, or :class:`SecretMissing` naming the field, profile and where to put it."""
        value = self.get(field)
        if value is None:
            raise SecretMissing(self.profile.name, field, self.keyring_problem)
        return value

    def _from_keyring(self, field: str) -> str | None:
        try:
            import keyring
            from keyring.errors import KeyringError

            return keyring.get_password(SERVICE, self._user(field))
        except KeyringError as exc:  # NoKeyringError, KeyringLocked, InitError...
            self.keyring_problem = _describe(exc)
            return None

    def store(self, field: str, value: str) -> None:
        """Remember a secret in the OS keyring."""
        self._check_field(field)
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SERVICE, self._user(field), value)
        except KeyringError as exc:
            raise KeyringUnavailable(_describe(exc)) from None

    def forget(self, field: str) -> bool:
        """Remove a secret from the keyring; False when it was not there."""
        self._check_field(field)
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(SERVICE, self._user(field))
        except PasswordDeleteError:
            return False
        except KeyringError as exc:
            raise KeyringUnavailable(_describe(exc)) from None
        return True

    def known_values(self) -> list[str]:
        """Every secret value this profile resolves to (blocking: keyring). The GUI feeds them to its
        :class:`~agent_desk.logmask.SecretMask` at sign-in, so no log line shows one."""
        return [v for f in SECRET_FIELDS if (v := self.get(f))]


def held_secrets(store: SecretStore) -> dict[str, str]:
    """The secret values ``store`` holds in memory, by field: the ``AGENT_DESK_*`` values of its
    environment (every secret found, for a store :func:`resolve_secrets` made). Never reads the
    keyring or the file: what a process of the desk's own is handed (the console's refresher)."""
    return {field: value for field in SECRET_FIELDS if (value := store._env.get(env_name(field)))}


def resolve_secrets(profile: Profile, typed: Mapping[str, str], base: SecretStore | None = None) -> SecretStore:
    """A store holding every secret of ``profile`` in memory: what was typed, else what ``base``
    (environment, keyring, file) resolves. Blocking (keyring): call it in a worker thread."""
    base = base or SecretStore(profile)
    values = {field: typed.get(field) or base.get(field) for field in SECRET_FIELDS}
    store = SecretStore(profile, env={env_name(f): v for f, v in values.items() if v})
    store.keyring_problem = base.keyring_problem
    return store


def remember_secrets(profile: Profile, typed: Mapping[str, str]) -> None:
    """Store the typed secrets in the OS keyring (blocking; worker thread). Raises KeyringUnavailable."""
    store = SecretStore(profile, env={})
    for field, value in typed.items():
        if value:
            store.store(field, value)


def update_keyring(profile: Profile, store: Mapping[str, str], forget: tuple[str, ...] = ()) -> None:
    """Store and forget secrets of ``profile`` in the OS keyring (blocking; worker thread).
    Raises KeyringUnavailable."""
    remember_secrets(profile, store)
    keyring = SecretStore(profile, env={})
    for field in forget:
        keyring.forget(field)


def secret_sources(store: SecretStore) -> dict[str, str | None]:
    """Where each secret field of the store's profile is found now (blocking; worker thread)."""
    return {field: store.source(field) for field in SECRET_FIELDS}


def _describe(exc: Exception) -> str:
    name = type(exc).__name__
    if name == "NoKeyringError":
        return "no keyring backend is installed or running"
    if name == "KeyringLocked":
        return "the keyring is locked"
    return f"keyring error: {name}"
