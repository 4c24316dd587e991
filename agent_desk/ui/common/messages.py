"""Every typed error of the core as one translated sentence: the one place the GUI words errors.

The core's exception classes (and a PbxRefused's ``code``) are the contract, not its English
texts (see :mod:`agent_desk.errors`), so the mapping is by class. A PBX's own free text (an
unknown refusal code, a configuration field name) is quoted as it came, inside a translated
sentence.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from agent_desk import errors
from agent_desk.phone import InvalidNumber
from agent_desk.providers.registry import FIELD_LABELS, LABEL_CONTEXT

_REFUSED_PREFIX = "the PBX refused: "
_SERVER_ERROR_PREFIX = "the PBX had a server error"


def fill(text: str, *args: object) -> str:
    """Qt-style ``%1``, ``%2`` placeholders (translators keep them; word order may change)."""
    for index in range(len(args), 0, -1):  # %10 before %1
        text = text.replace(f"%{index}", str(args[index - 1]))
    return text


def capability_name(capability: str) -> str:
    names = {
        "click_to_call_sync": QCoreApplication.translate("Messages", "click-to-call that waits for your phone"),
        "click_to_call_async": QCoreApplication.translate("Messages", "click-to-call that returns at once"),
        "live_calls": QCoreApplication.translate("Messages", "live calls"),
        "listen": QCoreApplication.translate("Messages", "listening in"),
        "whisper": QCoreApplication.translate("Messages", "whispering"),
        "barge": QCoreApplication.translate("Messages", "barging in"),
        "transfer": QCoreApplication.translate("Messages", "transfers"),
        "softphone_status": QCoreApplication.translate("Messages", "softphone status"),
        "agent_states": QCoreApplication.translate("Messages", "agent states"),
        "queue_stats": QCoreApplication.translate("Messages", "queue figures"),
        "history": QCoreApplication.translate("Messages", "call history"),
        "recordings": QCoreApplication.translate("Messages", "recordings"),
        "customers": QCoreApplication.translate("Messages", "customer records"),
        "webhook_events": QCoreApplication.translate("Messages", "call events by webhook"),
        "webhook_registration": QCoreApplication.translate("Messages", "webhook registration"),
        "websocket_events": QCoreApplication.translate("Messages", "call events by websocket"),
        "campaigns": QCoreApplication.translate("Messages", "outbound campaigns"),
        "do_not_call": QCoreApplication.translate("Messages", "a do-not-call list"),
        "reports": QCoreApplication.translate("Messages", "call reports"),
    }
    return names.get(capability, capability.replace("_", " "))


def secret_name(field: str) -> str:
    names = {
        "api_key": QCoreApplication.translate("Messages", "API key"),
        "password": QCoreApplication.translate("Messages", "password"),
        "app_secret": QCoreApplication.translate("Messages", "app secret"),
        "sip_password": QCoreApplication.translate("Messages", "SIP password"),
        "key": QCoreApplication.translate("Messages", "company key"),
        "webhook_secret": QCoreApplication.translate("Messages", "webhook secret"),
        "relay_token": QCoreApplication.translate("Messages", "relay token"),
    }
    return names.get(field, field)


def field_label(field: str) -> str:
    """A form's label for a profile or secret field (its source text is in the provider registry)."""
    label = FIELD_LABELS.get(field)
    return QCoreApplication.translate(LABEL_CONTEXT, label) if label else secret_name(field)


def invalid_number_text(exc: InvalidNumber) -> str:
    """The reason a typed number was refused, from :func:`agent_desk.phone.dial_string`'s texts."""
    text = str(exc)
    quoted = re.match(r"^'(.*)' ", text, re.DOTALL)
    raw = quoted.group(1) if quoted else ""
    if not raw:
        return QCoreApplication.translate("Messages", "Enter a phone number or an extension.")
    if text.endswith("use digits, spaces and an optional leading +"):
        return fill(
            QCoreApplication.translate(
                "Messages", "“%1” is not a phone number: use digits, spaces and an optional leading +."
            ),
            raw,
        )
    if "wrong number of digits" in text:
        return fill(
            QCoreApplication.translate("Messages", "“%1” has the wrong number of digits for a phone number."), raw
        )
    return fill(QCoreApplication.translate("Messages", "“%1” is not a phone number."), raw)


def _refusal_text(exc: errors.PbxRefused) -> str:
    if isinstance(exc, errors.NotRegistered):
        return QCoreApplication.translate(
            "Messages", "Your softphone is not registered: open it, sign in, and try again."
        )
    if isinstance(exc, errors.UserBusy):
        return QCoreApplication.translate("Messages", "Your extension is busy on another call.")
    if isinstance(exc, errors.RelayTokenRefused):
        return QCoreApplication.translate(
            "Messages", "The company's relay did not accept this computer's relay token: ask IT for a new one."
        )
    if isinstance(exc, errors.CallNotPlaced):
        return QCoreApplication.translate(
            "Messages", "The PBX asked to sign in again, so the call was not placed: press Call again."
        )
    if isinstance(exc, errors.AuthFailed):
        return QCoreApplication.translate(
            "Messages", "The PBX did not accept your credentials: check the API key or password."
        )
    if isinstance(exc, errors.NotFound):
        return QCoreApplication.translate("Messages", "The PBX does not know that user, call or record.")
    if exc.code == "NO_ANSWER":
        return QCoreApplication.translate(
            "Messages", "You did not pick up the call on your phone, so the customer was not dialled."
        )
    text = str(exc)
    if text.startswith(_REFUSED_PREFIX):
        return fill(QCoreApplication.translate("Messages", "The PBX refused: %1"), text[len(_REFUSED_PREFIX) :])
    return fill(QCoreApplication.translate("Messages", "The PBX refused the request (%1)."), text)


def certificate_text(exc: errors.CertificateError) -> str:
    """What is wrong with a server's certificate, naming the host."""
    reasons = {
        "untrusted": QCoreApplication.translate(
            "Messages", "The certificate of %1 comes from an issuer this computer does not trust."
        ),
        "expired": QCoreApplication.translate("Messages", "The certificate of %1 has expired."),
        "wrong_name": QCoreApplication.translate("Messages", "The certificate of %1 is for another name."),
    }
    default = QCoreApplication.translate("Messages", "The certificate of %1 could not be verified.")
    advice = QCoreApplication.translate(
        "Messages", "Ask IT to install the company's certificate authority, or set a CA file in the profile."
    )
    return fill(reasons.get(exc.reason, default), exc.host) + " " + advice


def error_text(exc: BaseException) -> str:
    """One sentence for the agent, in the interface language."""
    if isinstance(exc, errors.PbxRefused):
        return _refusal_text(exc)
    if isinstance(exc, errors.PbxTimeout):
        return QCoreApplication.translate("Messages", "The PBX did not answer in time.")
    if isinstance(exc, errors.CertificateError):
        return certificate_text(exc)
    if isinstance(exc, errors.AnswerTooLarge):
        return QCoreApplication.translate("Messages", "The PBX's answer is too large, so it was not read.")
    if isinstance(exc, errors.PbxUnreachable):
        if str(exc).startswith(_SERVER_ERROR_PREFIX):
            return QCoreApplication.translate("Messages", "The PBX had a server error; try again in a moment.")
        return QCoreApplication.translate("Messages", "Cannot reach the PBX: check the network and the server address.")
    if isinstance(exc, errors.Unsupported):
        return fill(
            QCoreApplication.translate("Messages", "%1 cannot do this: it has no API for %2."),
            exc.provider,
            capability_name(exc.capability),
        )
    if isinstance(exc, errors.KeyringUnavailable):
        return QCoreApplication.translate(
            "Messages",
            "No system keyring is available on this computer, so the secret was not "
            "remembered; it is kept in memory until you sign out.",
        )
    if isinstance(exc, errors.SecretMissing):
        return fill(
            QCoreApplication.translate("Messages", "Profile “%1” has no %2: enter it in the sign-in window."),
            exc.profile,
            secret_name(exc.field),
        )
    if isinstance(exc, errors.JournalError):
        return journal_error_text(exc)
    if isinstance(exc, errors.RefresherStopped):
        return QCoreApplication.translate("Messages", "The process that reads the live calls stopped unexpectedly.")
    if isinstance(exc, InvalidNumber):
        return invalid_number_text(exc)
    if isinstance(exc, errors.AddressInUse):
        return fill(
            QCoreApplication.translate(
                "Messages",
                "Agent Desk cannot listen on %1: another program may be using that port. "
                "Choose another port in Settings.",
            ),
            exc.address,
        )
    if isinstance(exc, errors.ConfigError):
        return fill(QCoreApplication.translate("Messages", "Configuration problem: %1"), str(exc))
    if isinstance(exc, errors.AgentDeskError):
        return str(exc)
    return fill(
        QCoreApplication.translate("Messages", "Unexpected error (%1); details are in the log."), type(exc).__name__
    )


def journal_error_text(exc: errors.JournalError) -> str:
    reasons = {
        "full": QCoreApplication.translate(
            "Messages",
            "The disk is full, so the journal could not be saved. "
            "Free some space; your text is kept here and saved again as you type.",
        ),
        "readonly": QCoreApplication.translate(
            "Messages",
            "The journal's folder cannot be written to, so it "
            "could not be saved. Your text is kept here; copy it somewhere safe.",
        ),
        "missing": QCoreApplication.translate(
            "Messages",
            "This call could not be written to the journal, so its note is not saved yet. Your text is kept here.",
        ),
    }
    return reasons.get(exc.reason) or fill(
        QCoreApplication.translate(
            "Messages", "The journal could not be saved (%1). Your text is kept here; copy it somewhere safe."
        ),
        exc.detail or exc.reason,
    )


def dial_error_text(exc: BaseException) -> str:
    """Like :func:`error_text`, warning that a timed-out click-to-call may still ring."""
    if isinstance(exc, errors.PbxTimeout):
        return QCoreApplication.translate(
            "Messages",
            "The PBX did not answer in time. The call may still ring your phone: do not dial again straight away.",
        )
    return error_text(exc)
