"""Profiles IT provisions: one file of ``[profiles.NAME]`` tables, given to every desk.

``agent-desk --provision URL|FILE`` (and the installers) read it from an ``https://`` URL (``http://``
only on this computer: a loopback address), or from a file path; :func:`read` fetches with the OS
trust store, an overall deadline and a size cap, like every other request. :func:`parse` validates it
with the config's one validation (:func:`agent_desk.config.parse_config`: a wrong value is a
ConfigError naming the field) and takes the secrets out: a provisioning file is copied to every desk,
so a secret in it is dropped, named, and never written. :func:`install` merges the profiles into the
user's config (same-named profiles are replaced, others kept) and marks each with
``provisioned_from``: the sign-in window then asks only for what is the agent's own
(:data:`agent_desk.providers.registry.ProviderSpec.own`), the full form staying under Settings.

The relay can serve the file (``provision_file`` in ``relay.toml``, ``GET /provision``): it is public
there, since a desk has no relay token before it is provisioned; so the relay refuses a file with a
secret in it (:func:`check_public`).
"""

from __future__ import annotations

import dataclasses
import ipaddress
from pathlib import Path
from urllib.parse import urlsplit

from agent_desk.config import Config, load_config, parse_config, save_config
from agent_desk.errors import CertificateError, ConfigError, PbxRefused, PbxTimeout, PbxUnreachable

MAX_BYTES = 256 * 1024  # a provisioning file is a few profiles: anything larger is not one
DEADLINE = 20.0  # seconds for the whole download
MARK = "provisioned_from"  # the profile key saying where IT's profile came from


@dataclasses.dataclass(slots=True)
class Provisioned:
    """A validated provisioning file: its profiles (no secrets) and the secret fields dropped."""

    config: Config
    dropped: list[str]  # "profile.field" of every secret the file held


def is_url(source: str) -> bool:
    return source.lower().startswith(("https://", "http://"))


def _check_url(source: str) -> None:
    parts = urlsplit(source)
    if not parts.hostname:
        raise ConfigError(f"--provision: '{source}' has no host")
    if parts.scheme == "http":
        host = parts.hostname
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise ConfigError(f"--provision: use https:// for {host} (http:// only for this computer)")


async def fetch(url: str, *, deadline: float = DEADLINE, max_bytes: int = MAX_BYTES) -> bytes:
    """GET ``url`` under the providers' rule (:func:`agent_desk.fetch.capped_send`: OS trust store,
    ``deadline`` for the whole download, ``max_bytes`` cap), no redirects followed. ConfigError for a
    bad URL, PbxRefused for an HTTP error, a redirect or a file too large, PbxTimeout / PbxUnreachable /
    CertificateError as for every request."""
    import httpx  # not at import: the sign-in window imports this module

    from agent_desk import tls
    from agent_desk.fetch import BodyTooLarge, capped_send

    _check_url(url)
    host = urlsplit(url).hostname or ""
    async with httpx.AsyncClient(verify=tls.system_context(), timeout=deadline, follow_redirects=False) as client:
        request = client.build_request("GET", url, headers={"Accept": "application/toml, text/plain"})
        try:
            response, body = await capped_send(client, request, deadline=deadline, max_bytes=max_bytes, host=host)
        except TimeoutError:
            raise PbxTimeout(f"{host} did not send the profile file within {deadline:g} s") from None
        except BodyTooLarge:
            raise PbxRefused(f"the profile file is larger than {max_bytes // 1024} KiB: not a profile file") from None
        except PbxUnreachable as exc:
            if isinstance(exc, CertificateError):
                raise
            raise PbxUnreachable(f"{host} cannot be reached", detail=exc.detail) from None
    if response.status_code >= 400:
        raise PbxRefused(f"the server refused the profile file: HTTP {response.status_code}")
    if response.is_redirect:
        raise PbxRefused("the server sent a redirect instead of the profile file: give its final address")
    return body


def read_file(path: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    file = Path(path).expanduser()
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise ConfigError(f"--provision: {file} is larger than {max_bytes // 1024} KiB: not a profile file")
        return file.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"--provision: {file} does not exist") from None
    except OSError as exc:
        raise ConfigError(f"--provision: cannot read {file}: {exc.strerror}") from None


async def read(source: str) -> bytes:
    """The provisioning file's bytes from a URL or a path."""
    return await fetch(source) if is_url(source) else read_file(source)


def parse(raw: bytes, source: str) -> Provisioned:
    """Validate the file (ConfigError naming the field); its profiles, marked, without secrets."""
    import tomllib  # here: the sign-in window imports this module for is_provisioned, and needs no TOML

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"the profile file from {source} is not valid TOML: {exc}") from None
    config = parse_config(data)
    if not config.profiles:
        raise ConfigError(f"the profile file from {source} has no [profiles.NAME] table")
    dropped = []
    for name, profile in config.profiles.items():
        dropped += [f"{name}.{field}" for field in sorted(profile.file_secrets)]
        profile.file_secrets = {}
        profile.extra[MARK] = source
    return Provisioned(config, dropped)


def check_public(raw: bytes, source: str) -> None:
    """For a file served to anyone (the relay's ``/provision``): valid, and without a secret."""
    found = parse(raw, source).dropped
    if found:
        raise ConfigError(f"relay.provision_file: {found[0]} is a secret and the file is public: remove it")


def install(provisioned: Provisioned, path: Path | None = None) -> Path:
    """Merge the profiles into the user's config (``path``, else the default) and save it; the path.
    The current config must be readable (a broken one is never overwritten)."""
    current = load_config(path)
    merged = dict(current.profiles)
    merged.update(provisioned.config.profiles)
    default = provisioned.config.default_profile or current.default_profile
    if default is None and len(provisioned.config.profiles) == 1:
        default = next(iter(provisioned.config.profiles))
    return save_config(Config(profiles=merged, default_profile=default, path=current.path), path or current.path)


def is_provisioned(profile: object) -> bool:
    """True for a profile IT provisioned (the sign-in window then asks only for the agent's own)."""
    extra = getattr(profile, "extra", {})
    return bool(extra.get(MARK))
