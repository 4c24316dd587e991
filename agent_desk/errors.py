"""Typed errors shared by the core, the command line and the GUI.

Every error a user can meet is an :class:`AgentDeskError` whose ``str()`` is one sentence an
agent understands, and whose ``exit_code`` is the command line's exit status for it:

* 2 usage or configuration error,
* 3 the PBX refused (softphone not registered, busy, authentication, not found),
* 4 the PBX is unreachable or did not answer in time,
* 5 the active provider cannot do what was asked.

The GUI shows ``str(error)`` through its own translated texts keyed on the class (and ``code``),
so the classes, not the English sentences, are the contract.
"""

from __future__ import annotations


class AgentDeskError(Exception):
    """Base of every error meant for the user."""

    exit_code = 1


class ConfigError(AgentDeskError):
    """The configuration or a command's arguments are wrong. ``str()`` names the field and profile."""

    exit_code = 2


class SecretMissing(ConfigError):
    """A secret the provider needs is in none of: environment, keyring, config file."""

    def __init__(self, profile: str, field: str, keyring_note: str = "") -> None:
        env = "AGENT_DESK_" + field.upper()
        text = (
            f"profile '{profile}': no {field} found; set the environment variable {env} "
            f"or store it with 'agent-desk secret set {field}'"
        )
        if keyring_note:
            text += f" ({keyring_note})"
        super().__init__(text)
        self.profile = profile
        self.field = field


class AddressInUse(ConfigError):
    """A local listener cannot listen on ``address`` (``host:port``): ``reason`` is the system's word
    for why (usually another program already listens there)."""

    def __init__(self, what: str, address: str, reason: str) -> None:
        super().__init__(f"{what} cannot listen on {address}: {reason} (is another program using that port?)")
        self.address = address
        self.reason = reason


class KeyringUnavailable(AgentDeskError):
    """No usable OS keyring (typical on a headless Linux machine)."""

    exit_code = 2

    def __init__(self, detail: str = "") -> None:
        text = (
            "no system keyring is available on this machine, so secrets cannot be remembered; "
            "use environment variables such as AGENT_DESK_API_KEY instead"
        )
        if detail:
            text += f" ({detail})"
        super().__init__(text)


class PbxRefused(AgentDeskError):
    """The PBX answered and said no. ``code`` is the provider's error code when it gave one."""

    exit_code = 3
    default_message = "the PBX refused the request"

    def __init__(self, message: str | None = None, *, code: str | None = None, detail: str = "") -> None:
        super().__init__(message or self.default_message)
        self.code = code
        self.detail = detail


class NotRegistered(PbxRefused):
    """USER_NOT_REGISTERED (TEL4VN) or a device-offline 400 (oapi)."""

    default_message = "your softphone is not registered: open it, sign in, and try again"


class UserBusy(PbxRefused):
    """USER_BUSY: the extension is already on a call."""

    default_message = "your extension is busy on another call"


class AuthFailed(PbxRefused):
    """Wrong or expired credentials that a token refresh could not fix."""

    default_message = "the PBX did not accept your credentials: check the API key or password"


class RelayTokenRefused(AuthFailed):
    """The company's relay does not know this desk's ``relay_token`` (unknown or revoked)."""

    default_message = "the relay refused this desk's token (unknown or revoked); ask IT for a new relay_token"


class CallNotPlaced(AuthFailed):
    """A click-to-call the PBX refused with 401 (its session ended): it is never sent again, since
    a second send could ring the customer twice. The desk has signed in again; the agent presses
    Call again."""

    default_message = "the PBX asked to sign in again, so the call was not placed: press Call again"


class NotFound(PbxRefused):
    """The user, call, queue or record does not exist on the PBX."""

    default_message = "the PBX does not know that user, call or record"


class PbxUnreachable(AgentDeskError):
    """No answer from the PBX: connection refused, DNS failure, TLS failure."""

    exit_code = 4
    default_message = "cannot reach the PBX: check the network and the server address"

    def __init__(self, message: str | None = None, *, detail: str = "") -> None:
        super().__init__(message or self.default_message)
        self.detail = detail


class PbxTimeout(PbxUnreachable):
    """The PBX did not answer in time. For a click-to-call the call may still have been placed."""

    default_message = "the PBX did not answer in time"


class CertificateError(PbxUnreachable):
    """The server's TLS certificate failed the check; the message names the host and the reason.

    ``reason`` is one of :data:`CERTIFICATE_REASONS` (the GUI words each in the interface language).
    """

    def __init__(self, host: str, reason: str, *, detail: str = "") -> None:
        why = CERTIFICATE_REASONS.get(reason, CERTIFICATE_REASONS["unverified"])
        super().__init__(
            f"the certificate of {host} {why}: ask IT to install the company's certificate authority, "
            "or set ca_file in the profile",
            detail=detail,
        )
        self.host = host
        self.reason = reason


CERTIFICATE_REASONS = {
    "untrusted": "comes from an issuer this computer does not trust",
    "expired": "has expired",
    "wrong_name": "is for another name",
    "unverified": "could not be verified",
}


class AnswerTooLarge(PbxUnreachable):
    """The PBX's answer was over the size cap (10 MiB); it was not read further."""

    default_message = "the PBX's answer is too large"


class RefresherStopped(AgentDeskError):
    """The supervisor console's refresher process ended without being asked to (it died, or could
    not be started); another one is started after a delay."""

    def __init__(self, message: str = "the process that reads the live calls stopped unexpectedly") -> None:
        super().__init__(message)


class Unsupported(AgentDeskError):
    """The active provider has no API for this; ``capability`` names what was asked."""

    exit_code = 5

    def __init__(self, provider: str, capability: str) -> None:
        super().__init__(f"{provider} cannot do this: it has no API for {capability.replace('_', ' ')}")
        self.provider = provider
        self.capability = capability


class JournalError(AgentDeskError):
    """The local journal could not be opened, read or written. ``reason`` is ``"full"`` (the disk
    is full), ``"readonly"`` (no permission to write there), ``"missing"`` (the call was never
    recorded) or ``"io"`` (anything else; ``detail`` has the system's words)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"the journal could not be written: {detail or reason}")
        self.reason = reason
        self.detail = detail


class BadEvent(ValueError):
    """A webhook request or websocket frame that cannot be a call event; ``str()`` is a short reason.

    The listener answers it with a 4xx and keeps serving; it is not an AgentDeskError because no
    user ever sees it.
    """
