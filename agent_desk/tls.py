"""TLS for every connection the app opens: the operating system's trust store, and certificate errors in words.

:func:`client_context` is the one place an HTTPS or WSS client gets its ``ssl.SSLContext`` (and
:func:`system_context` for a request of no profile's: the provisioning file): the OS
trust store through ``truststore`` (Windows' and macOS' certificate stores, OpenSSL's system paths on
Linux), so a PBX or relay behind the company's own CA, or a TLS-inspecting proxy the company trusts,
works as it does in the browser. A profile's ``ca_file`` adds one more CA bundle for the rare server
the system does not trust; ``verify_tls = false`` turns checks off (the status bar warns about it).

:func:`certificate_error` turns a failed handshake into a :class:`~agent_desk.errors.CertificateError`
that names the host and says what is wrong with its certificate (untrusted issuer, expired, wrong
name), or None when the failure was not about the certificate.

:func:`plain_http_host` names a PBX the profile reaches over plain ``http://`` on another machine
(not loopback): its password and calls cross the network unencrypted, so the command line warns
once on stderr and the window keeps a warning on its status bar.
"""

from __future__ import annotations

import functools
import ipaddress
import ssl
from pathlib import Path
from typing import TYPE_CHECKING

from agent_desk.errors import CertificateError

if TYPE_CHECKING:
    from agent_desk.config import Profile


def client_context(profile: Profile) -> ssl.SSLContext:
    """The SSL context for connections of ``profile`` (cached per ``(verify_tls, ca_file)``)."""
    return _context(profile.verify_tls, getattr(profile, "ca_file", "") or "")


def system_context() -> ssl.SSLContext:
    """The SSL context of a connection that belongs to no profile (IT's provisioning server): the OS
    trust store alone, certificates always checked."""
    return _context(True, "")


@functools.lru_cache(maxsize=8)
def _context(verify: bool, ca_file: str) -> ssl.SSLContext:
    if not verify:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_file:
        context.load_verify_locations(cafile=str(Path(ca_file).expanduser()))
    return context


def plain_http_host(profile: Profile) -> str | None:
    """The host of the profile's ``http://`` PBX address when it is not this machine (loopback), else None."""
    from urllib.parse import urlsplit

    parts = urlsplit(profile.base_url or "")
    host = parts.hostname or ""
    if parts.scheme.lower() != "http" or not host or host.lower() == "localhost" or host.endswith(".localhost"):
        return None
    try:
        if ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass
    return host


def certificate_error(exc: BaseException, host: str) -> CertificateError | None:
    """A :class:`~agent_desk.errors.CertificateError` for ``host`` if ``exc`` (or an exception it wraps)
    is a failed certificate check; None when the failure was about something else."""
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        text = str(getattr(current, "verify_message", "") or current)
        if isinstance(current, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in text:
            return CertificateError(host, _reason(text.lower()), detail=type(exc).__name__)
        pending += [e for e in (current.__cause__, current.__context__, *current.args) if isinstance(e, BaseException)]
    return None


def _reason(text: str) -> str:
    if "expired" in text:
        return "expired"
    if "hostname" in text or "ip address mismatch" in text or "not valid for" in text:
        return "wrong_name"
    if "self-signed" in text or "self signed" in text or "issuer" in text:
        return "untrusted"
    return "unverified"
