"""``relay.toml``: the relay's settings, and the provider it parses webhooks with.

The file has one ``[relay]`` table (see the README's section for IT). Its path is ``--config
FILE``, else ``$AGENT_DESK_RELAY_CONFIG``, else ``relay.toml`` in the user's config directory.
Keys the relay does not know are the provider's (``domain`` for VoiceCloud, ``username`` for
TEL4VN registration...), validated as a desk profile's would be. Secrets (``webhook_secret`` and
the PBX credentials) come from ``AGENT_DESK_<FIELD>`` or the OS keyring (user
``relay:<field>``), never from the file. Every problem is a ConfigError naming ``relay.<field>``.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from agent_desk.config import APP_NAME, SECRET_FIELDS, Profile, parse_profile
from agent_desk.errors import ConfigError

if TYPE_CHECKING:
    from agent_desk.secrets import SecretStore

PROFILE_NAME = "relay"  # the keyring user is "relay:<field>"
NO_PBX_URL = "http://127.0.0.1:9"  # the provider's base URL when none is set (it is then never called)


def default_relay_config_path() -> Path:
    env = os.environ.get("AGENT_DESK_RELAY_CONFIG")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "relay.toml"


def default_relay_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "relay"


@dataclasses.dataclass(slots=True)
class RelayConfig:
    """The ``[relay]`` table, validated."""

    provider: str
    host: str = "0.0.0.0"
    port: int = 8780
    base_url: str = ""
    public_url: str = ""
    store: str = "memory"
    history: int = 10000
    data_dir: Path = dataclasses.field(default_factory=default_relay_data_dir)
    register_webhook: bool = False  # OnePOS: replace-guarded registration (see registration.py)
    heartbeat: float = 15.0  # seconds between pings to each desk
    company: str = "default"  # the Redis stream's name part: one stream per PBX account
    provider_settings: dict[str, Any] = dataclasses.field(default_factory=dict)
    path: Path | None = None
    #: the desks' provisioning file, served to anyone at GET /provision (so it may hold no secret)
    provision_file: Path | None = None
    provision: bytes | None = None  # its content, read and checked with the config

    @property
    def listen(self) -> str:
        return f"{self.host}:{self.port}"

    def profile(self) -> Profile:
        """The provider's profile: the relay's provider settings under the profile name ``relay``."""
        table = {"provider": self.provider, "base_url": self.base_url or NO_PBX_URL, **self.provider_settings}
        if self.register_webhook:  # OnePOS's provider takes the company's one webhook only when told to
            table["register_webhook"] = True
        try:
            return parse_profile(PROFILE_NAME, table)
        except ConfigError as exc:
            raise ConfigError(str(exc).replace(f"profile '{PROFILE_NAME}'", "relay", 1)) from None

    def secrets(self, env: dict[str, str] | None = None) -> SecretStore:
        from agent_desk.secrets import SecretStore

        return SecretStore(self.profile(), env=env)


def _text(table: dict[str, Any], field: str) -> str | None:
    if field not in table:
        return None
    value = table.pop(field)
    if not isinstance(value, str):
        raise ConfigError(f"relay.{field} must be text")
    return value.strip()


def _url(field: str, value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"relay.{field} must be an http(s) URL, got '{value}'")
    return value


def parse_listen(value: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ConfigError(f"relay.listen must be host:port such as 0.0.0.0:8780, got '{value}'")
    return host, int(port)


def parse_relay_config(data: dict[str, Any], path: Path | None = None) -> RelayConfig:
    """Validate a parsed ``relay.toml``."""
    table = data.get("relay")
    if not isinstance(table, dict):
        raise ConfigError("relay: the file needs a [relay] table (see the README)")
    table = dict(table)
    provider = _text(table, "provider")
    if not provider:
        from agent_desk.providers.registry import REGISTRY

        hooks = [key for key, spec in REGISTRY.items() if "webhook_events" in spec.offers]
        raise ConfigError(f"relay.provider is missing (one of {', '.join(hooks)})")
    config = RelayConfig(provider=provider, path=path)
    listen = _text(table, "listen")
    if listen is not None:
        config.host, config.port = parse_listen(listen)
    for field in ("base_url", "public_url"):
        value = _text(table, field)
        if value:
            setattr(config, field, _url(field, value))
    store = _text(table, "store")
    if store is not None:
        config.store = store
    company = _text(table, "company")
    if company is not None:
        if not company or not company.replace("-", "").replace("_", "").isalnum():
            raise ConfigError("relay.company must be letters, digits, - or _")
        config.company = company
    data_dir = _text(table, "data_dir")
    if data_dir is not None:
        if not data_dir:
            raise ConfigError("relay.data_dir must be a directory")
        config.data_dir = Path(data_dir).expanduser()
    if "history" in table:
        value = table.pop("history")
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 10_000_000:
            raise ConfigError("relay.history must be a number of events between 1 and 10000000")
        config.history = value
    if "heartbeat" in table:
        value = table.pop("heartbeat")
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0.05 <= value <= 300:
            raise ConfigError("relay.heartbeat must be a number of seconds between 0.05 and 300")
        config.heartbeat = float(value)
    if "register_webhook" in table:
        value = table.pop("register_webhook")
        if not isinstance(value, bool):
            raise ConfigError("relay.register_webhook must be true or false")
        config.register_webhook = value
    provision_file = _text(table, "provision_file")
    if provision_file:
        from agent_desk.provision import check_public, read_file

        config.provision_file = Path(provision_file).expanduser()
        try:
            config.provision = read_file(str(config.provision_file))
        except ConfigError as exc:
            raise ConfigError(str(exc).replace("--provision:", "relay.provision_file:", 1)) from None
        check_public(config.provision, str(config.provision_file))
    written = sorted(set(table) & set(SECRET_FIELDS))
    if written:
        raise ConfigError(
            f"relay.{written[0]} is a secret: set AGENT_DESK_{written[0].upper()} or store it in the keyring, "
            "not in the file"
        )
    config.provider_settings = table
    config.profile()  # provider and its settings are checked now, not at the first webhook
    return config


def load_relay_config(path: Path | None = None) -> RelayConfig:
    """Read and validate ``relay.toml``; ConfigError when it is missing or wrong."""
    path = path or default_relay_config_path()
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"relay config {path} does not exist (see the README's section on the relay)") from None
    except OSError as exc:
        raise ConfigError(f"cannot read relay config {path}: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"relay config {path} is not valid TOML: {exc}") from None
    return parse_relay_config(data, path)
