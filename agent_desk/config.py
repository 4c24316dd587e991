"""Profiles: the TOML configuration file and its validation.

The file lives in the user's config dir (``platformdirs``) unless ``--config FILE`` names
another. It holds ``default_profile`` and ``[profiles.NAME]`` tables; see the README for every
field. Secrets may be hand-written in the file (the app warns about it), but :func:`save_config`
never writes one: they belong in the keyring or the environment (see :mod:`agent_desk.secrets`).

Every problem is a :class:`~agent_desk.errors.ConfigError` (exit 2) whose text names the profile
and the field, e.g. ``profile 'office': base_url must be an http(s) URL, got 'pbx'``. The rules
are the Settings dialog's own (:mod:`agent_desk.settings_rules`), so a value the dialog refuses
never loads from the file either: timeouts are finite numbers in (0, :data:`MAX_TIMEOUT`], ports
0–65535 (0: any free port), URLs parse and use http(s), texts are texts, and the file is a
regular file under :data:`MAX_FILE` bytes nested at most :data:`MAX_DEPTH` levels deep.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import os
import stat
from pathlib import Path
from typing import Any

from agent_desk.errors import ConfigError
from agent_desk.providers.registry import PROVIDER_KEYS, SECRETS

APP_NAME = "agent-desk"
SECRET_FIELDS = tuple(field.name for field in SECRETS)
ROLES = ("agent", "supervisor")
EVENT_SOURCES = ("webhook", "websocket", "relay", "none")
DIAL_MODES = ("sync", "async")
MAX_TIMEOUT = 3600.0
MAX_FILE = 1024 * 1024
MAX_DEPTH = 20
MAX_DISPOSITIONS = 200


def default_config_path() -> Path:
    """``$AGENT_DESK_CONFIG`` if set, else ``config.toml`` in the user's config dir."""
    env = os.environ.get("AGENT_DESK_CONFIG")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def default_data_dir() -> Path:
    """Where the journal and logs go (``$AGENT_DESK_DATA`` overrides, for tests and kiosks)."""
    env = os.environ.get("AGENT_DESK_DATA")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def private_file(path: Path) -> None:
    """Create ``path`` (empty) with mode 0600 if it does not exist, else make it 0600: notes and
    numbers are this user's business only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


@dataclasses.dataclass(slots=True)
class WebhookSettings:
    """The local listener the PBX posts events to."""

    host: str = "127.0.0.1"
    port: int = 8765
    public_url: str = ""  # what the PBX should call; set it to auto-register the callback


@dataclasses.dataclass(slots=True)
class Profile:
    """One PBX account. Secret fields are not here: ask a ``SecretStore`` for them."""

    name: str
    provider: str
    base_url: str
    extension: str = ""
    role: str = "agent"
    events: str = "none"
    click_to_call: str = "sync"
    username: str = ""
    app_id: str = ""
    sip_user: str = ""
    domain: str = ""
    ws_url: str = ""
    relay_url: str = ""  # the company's relay, when events = "relay"
    crm_url: str = ""
    timeout: float = 10.0
    dial_timeout: float = 60.0
    verify_tls: bool = True
    ca_file: str = ""  # an extra CA bundle (PEM) trusted beside the OS trust store
    dispositions: list[str] = dataclasses.field(default_factory=list)  # wrap-up codes for the journal
    webhook: WebhookSettings = dataclasses.field(default_factory=WebhookSettings)
    file_secrets: dict[str, str] = dataclasses.field(default_factory=dict, repr=False)
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)  # provider-specific settings

    def to_toml(self) -> dict[str, Any]:
        """The table :func:`save_config` writes: defaults omitted, never a secret."""
        out: dict[str, Any] = {}
        defaults = Profile(name=self.name, provider=self.provider, base_url=self.base_url)
        for f in dataclasses.fields(self):
            if f.name in ("name", "file_secrets", "webhook", "extra"):
                continue
            value = getattr(self, f.name)
            if f.name in ("provider", "base_url") or value != getattr(defaults, f.name):
                out[f.name] = value
        out.update(self.extra)
        if self.webhook != WebhookSettings():
            out["webhook"] = dataclasses.asdict(self.webhook)
        return out


_STR_FIELDS = (
    "provider",
    "base_url",
    "extension",
    "role",
    "events",
    "click_to_call",
    "username",
    "app_id",
    "sip_user",
    "domain",
    "ws_url",
    "relay_url",
    "crm_url",
    "ca_file",
)
_CHOICES = {"provider": PROVIDER_KEYS, "role": ROLES, "events": EVENT_SOURCES, "click_to_call": DIAL_MODES}


def _check_url(profile: str, field: str, value: object, schemes: tuple[str, ...]) -> None:
    from agent_desk.settings_rules import url_problem

    if not isinstance(value, str):
        raise ConfigError(f"profile '{profile}': {field} must be text (a {'/'.join(schemes)} URL)")
    if url_problem(value, schemes):
        raise ConfigError(f"profile '{profile}': {field} must be a {'/'.join(schemes)} URL, got '{value[:200]}'")


def parse_profile(name: str, table: dict[str, Any]) -> Profile:
    """Validate one ``[profiles.NAME]`` table. Unknown keys are kept in ``extra`` for providers."""
    if not isinstance(table, dict):
        raise ConfigError(f"profile '{name}' must be a table")
    data = dict(table)
    if "provider" not in data:
        raise ConfigError(f"profile '{name}': provider is missing (one of {', '.join(PROVIDER_KEYS)})")
    if "base_url" not in data:
        raise ConfigError(f"profile '{name}': base_url is missing")
    kwargs: dict[str, Any] = {}
    for field in _STR_FIELDS:
        if field in data:
            value = data.pop(field)
            if isinstance(value, int) and not isinstance(value, bool) and field == "extension":
                value = str(value)
            if not isinstance(value, str):
                raise ConfigError(f"profile '{name}': {field} must be text")
            kwargs[field] = value.strip()
    for field, choices in _CHOICES.items():
        if field in kwargs and kwargs[field] not in choices:
            raise ConfigError(f"profile '{name}': {field} '{kwargs[field]}' is not one of {', '.join(choices)}")
    _check_url(name, "base_url", kwargs["base_url"], ("http", "https"))
    if kwargs.get("ws_url"):
        _check_url(name, "ws_url", kwargs["ws_url"], ("ws", "wss", "http", "https"))
    if kwargs.get("ca_file") and not Path(kwargs["ca_file"]).expanduser().is_file():
        raise ConfigError(f"profile '{name}': ca_file '{kwargs['ca_file']}' is not a readable file")
    if kwargs.get("relay_url"):
        _check_url(name, "relay_url", kwargs["relay_url"], ("http", "https", "ws", "wss"))
    if kwargs.get("events") == "relay" and not kwargs.get("relay_url"):
        raise ConfigError(f"profile '{name}': events = \"relay\" needs relay_url (the address IT gave you)")
    _check_crm(name, kwargs.get("crm_url", ""))
    for field in ("timeout", "dial_timeout"):
        if field in data:
            value = data.pop(field)
            if (
                not isinstance(value, (int, float))
                or isinstance(value, bool)
                or not math.isfinite(value)
                or not 0 < value <= MAX_TIMEOUT
            ):
                raise ConfigError(f"profile '{name}': {field} must be a number of seconds above 0 and at most 3600")
            kwargs[field] = float(value)
    if "verify_tls" in data:
        value = data.pop("verify_tls")
        if not isinstance(value, bool):
            raise ConfigError(f"profile '{name}': verify_tls must be true or false")
        kwargs["verify_tls"] = value
    if "dispositions" in data:
        kwargs["dispositions"] = _parse_dispositions(name, data.pop("dispositions"))
    kwargs["webhook"] = _parse_webhook(name, data.pop("webhook", {}))
    kwargs["file_secrets"] = {f: str(data.pop(f)) for f in SECRET_FIELDS if f in data}
    return Profile(name=name, extra=data, **kwargs)


def _check_crm(profile: str, template: str) -> None:
    from agent_desk.settings_rules import crm_problem

    problem = crm_problem(template)
    if problem == "scheme":
        raise ConfigError(f"profile '{profile}': crm_url must be an http(s) URL, got '{template[:200]}'")
    if problem == "phone":
        raise ConfigError(f"profile '{profile}': crm_url must contain {{phone}}")


def _parse_dispositions(profile: str, value: Any) -> list[str]:
    """The wrap-up codes: an array of distinct, non-empty texts, in the order the agent sees them."""
    if not isinstance(value, list) or not all(isinstance(code, str) and code.strip() for code in value):
        raise ConfigError(
            f'profile \'{profile}\': dispositions must be a list of texts, e.g. ["Resolved", "Call back"]'
        )
    if len(value) > MAX_DISPOSITIONS:
        raise ConfigError(f"profile '{profile}': dispositions lists {len(value)} codes; at most {MAX_DISPOSITIONS}")
    codes = [code.strip() for code in value]
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise ConfigError(f"profile '{profile}': dispositions lists '{code}' twice")
        seen.add(code)
    return codes


def _parse_webhook(profile: str, table: Any) -> WebhookSettings:
    if not isinstance(table, dict):
        raise ConfigError(f"profile '{profile}': webhook must be a table")
    unknown = set(table) - {"host", "port", "public_url"}
    if unknown:
        raise ConfigError(f"profile '{profile}': webhook has unknown field {sorted(unknown)[0]}")
    settings = WebhookSettings(**table)
    if not isinstance(settings.port, int) or isinstance(settings.port, bool) or not 0 <= settings.port <= 65535:
        raise ConfigError(f"profile '{profile}': webhook.port must be a port number (0-65535)")
    if not isinstance(settings.host, str) or not settings.host.strip():
        raise ConfigError(f"profile '{profile}': webhook.host must be an address such as 127.0.0.1")
    if not isinstance(settings.public_url, str):
        raise ConfigError(f"profile '{profile}': webhook.public_url must be text (an http/https URL)")
    if settings.public_url:
        _check_url(profile, "webhook.public_url", settings.public_url, ("http", "https"))
    return settings


@dataclasses.dataclass(slots=True)
class Config:
    """The whole file: profiles by name and the default one."""

    profiles: dict[str, Profile]
    default_profile: str | None = None
    path: Path | None = None

    def profile(self, name: str | None = None) -> Profile:
        """The named profile, else ``default_profile``, else the only one there is."""
        chosen = name or self.default_profile
        if chosen is None:
            if len(self.profiles) == 1:
                return next(iter(self.profiles.values()))
            where = f" in {self.path}" if self.path else ""
            raise ConfigError(f"no profile chosen{where}: pass --profile NAME or set default_profile")
        try:
            return self.profiles[chosen]
        except KeyError:
            known = ", ".join(sorted(self.profiles)) or "none"
            raise ConfigError(f"profile '{chosen}' does not exist (known: {known})") from None


def parse_config(data: dict[str, Any], path: Path | None = None) -> Config:
    """Validate a parsed TOML document."""
    profiles_table = data.get("profiles", {})
    if not isinstance(profiles_table, dict):
        raise ConfigError("profiles must be a table of [profiles.NAME] sections")
    profiles = {name: parse_profile(name, table) for name, table in profiles_table.items()}
    default = data.get("default_profile")
    if default is not None and not isinstance(default, str):
        raise ConfigError("default_profile must be text (a profile's name)")
    if default is not None and default not in profiles:
        raise ConfigError(f"default_profile '{default}' does not exist")
    return Config(profiles=profiles, default_profile=default, path=path)


def load_config(path: Path | None = None) -> Config:
    """Read and validate the config file. A missing default file is an empty config."""
    explicit = path is not None
    path = path or default_config_path()
    try:
        raw = _read_regular(path)
    except FileNotFoundError:
        if explicit:
            raise ConfigError(f"config file {path} does not exist") from None
        return Config(profiles={}, path=path)
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    import tomllib  # here: with the datetime module it brings, ~4 ms of a first start, which has no file

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"config file {path} is nested more than {MAX_DEPTH} levels deep") from None
    if _depth(data) > MAX_DEPTH:
        raise ConfigError(f"config file {path} is nested more than {MAX_DEPTH} levels deep")
    return parse_config(data, path)


def _read_regular(path: Path) -> bytes:
    """The file's bytes; ConfigError for a FIFO, a device or a directory (reading one could block
    forever) or a file over :data:`MAX_FILE` bytes."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ConfigError(f"config file {path} is not a regular file")
        if info.st_size > MAX_FILE:
            raise ConfigError(f"config file {path} is larger than 1 MiB")
        raw = fh.read(MAX_FILE + 1)
    if len(raw) > MAX_FILE:
        raise ConfigError(f"config file {path} is larger than 1 MiB")
    return raw


def _depth(value: Any) -> int:
    """How deeply tables and arrays nest in a parsed document (iterative: no recursion limit)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            break
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def save_config(config: Config, path: Path | None = None) -> Path:
    """Write the config atomically with mode 0600. Secrets are never written."""
    import tomli_w

    path = path or config.path or default_config_path()
    doc: dict[str, Any] = {}
    if config.default_profile:
        doc["default_profile"] = config.default_profile
    doc["profiles"] = {name: p.to_toml() for name, p in config.profiles.items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        tomli_w.dump(doc, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path


class SaveRefusal(enum.StrEnum):
    """Why :func:`put_profile` did not write the file."""

    UNREADABLE = "unreadable"  # the file could not be read: writing would replace what is in it
    FILE_SECRETS = "file_secrets"  # it holds hand-written secrets, which the file written drops
    WRITE_FAILED = "write_failed"  # the operating system refused the write


@dataclasses.dataclass(frozen=True, slots=True)
class ProfileSave:
    """What :func:`put_profile` did: ``refusal`` None means the file holds the profile now (or
    already did). ``holders`` names the profiles with hand-written secrets, ``error`` the OS's words."""

    refusal: SaveRefusal | None = None
    holders: tuple[str, ...] = ()
    error: str = ""


def put_profile(config: Config, profile: Profile, path: Path | None = None, *, readable: bool = True) -> ProfileSave:
    """Put ``profile`` in ``config`` (the default profile too when none is set) and write the file.

    Never over a file that could not be read (``readable=False``), nor over one holding
    hand-written secrets (the file written keeps no secret, so they would be lost); when the write
    fails ``config`` is left as it was.
    """
    if config.profiles.get(profile.name) == profile:
        return ProfileSave()
    if not readable:
        return ProfileSave(SaveRefusal.UNREADABLE)
    others = [p for name, p in config.profiles.items() if name != profile.name]
    holders = tuple(p.name for p in (*others, profile) if p.file_secrets)
    if holders:
        return ProfileSave(SaveRefusal.FILE_SECRETS, holders=holders)
    previous = dict(config.profiles), config.default_profile
    config.profiles[profile.name] = profile
    config.default_profile = config.default_profile or profile.name
    try:
        save_config(config, path)
    except OSError as exc:
        config.profiles, config.default_profile = previous
        return ProfileSave(SaveRefusal.WRITE_FAILED, error=exc.strerror or str(exc))
    return ProfileSave()
