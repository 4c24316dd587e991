"""Phone numbers as Vietnamese agents type them, and as Vietnamese PBXs want them.

:func:`dial_string` turns what an agent typed, pasted or clicked (``tel:+84 90-123 4567``,
``(090) 123 4567``, ``84901234567``, an extension ``101``) into the digits a PBX dials:
national format for Vietnamese numbers (``0901234567``), ``00`` + country code for others,
extensions unchanged. :func:`display` formats a number for people (``0901 234 567``).
:func:`load_in_background` loads the formatter (``phonenumbers``) in a thread of its own.
:func:`caller_number` is the strict form for numbers that come from a PBX or a customer record:
a caller id that is not plainly a phone number (``0901234567&redirect=https://evil.example``) is
shown as text only, never put into a CRM URL, a dial string or the dial field.
"""

from __future__ import annotations

import re
import sys
import threading
from urllib.parse import unquote

from agent_desk.errors import ConfigError

REGION = "VN"
LINK_SCHEMES = ("tel:", "callto:", "sip:")  # links the app opens as a number to dial
_EXTENSION = re.compile(r"^\d{2,6}$")
_SCHEME = re.compile(r"^(tel|callto|sip):(//)?", re.IGNORECASE)
_CALLER = re.compile(r"\+?[\d\s().\-]{2,32}")


class InvalidNumber(ConfigError):
    """What was typed is not a phone number or an extension."""


def strip_link(text: str) -> str:
    """``tel:+84%20901`` → ``+84 901``: drop a tel/callto/sip scheme and URL escapes."""
    text = unquote(text.strip())
    text = _SCHEME.sub("", text)
    return text.split(";", 1)[0].split("?", 1)[0].split("@", 1)[0].strip()


def dial_string(text: str) -> str:
    """The string to send to the PBX, or :class:`InvalidNumber` with a sentence saying why."""
    import phonenumbers

    raw = strip_link(text)
    compact = re.sub(r"[\s().\-/]", "", raw)
    if not compact:
        raise InvalidNumber("enter a phone number or an extension")
    if _EXTENSION.match(compact):
        return compact
    if not re.fullmatch(r"\+?\d+", compact):
        raise InvalidNumber(f"'{raw}' is not a phone number: use digits, spaces and an optional leading +")
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    elif compact.startswith("84") and len(compact) in (11, 12):
        compact = "+" + compact
    try:
        parsed = phonenumbers.parse(compact, REGION)
    except phonenumbers.NumberParseException:
        raise InvalidNumber(f"'{raw}' is not a phone number") from None
    if not phonenumbers.is_possible_number(parsed):
        raise InvalidNumber(f"'{raw}' has the wrong number of digits for a phone number")
    if parsed.country_code == 84:
        national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        return re.sub(r"\D", "", national)
    return "00" + str(parsed.country_code) + str(parsed.national_number)


def caller_number(text: str | None) -> str:
    """A number from the PBX as the string to dial, or ``""`` when it is not a phone number or an
    extension made of digits, spaces, ``()``, ``.``, ``-`` and a leading ``+`` (no link stripping)."""
    if not text or not _CALLER.fullmatch(text.strip()):
        return ""
    try:
        return dial_string(text)
    except InvalidNumber:
        return ""


def display(number: str | None) -> str:
    """A number formatted for people; anything that does not parse is returned as it is."""
    if not number:
        return ""
    import phonenumbers

    if _EXTENSION.match(number):
        return number
    try:
        parsed = phonenumbers.parse(number, REGION)
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_possible_number(parsed):
        return number
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if parsed.country_code == 84
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(parsed, fmt)


def load_in_background() -> threading.Thread | None:
    """Load ``phonenumbers`` in a thread of its own (its modules, regular expressions and Vietnam's
    metadata: ~85 ms of CPU), so that the first number a view formats (the first call's row and
    pop, the console's first paint) does not pay it on the GUI thread; a caller that needs it
    meanwhile waits for the import to finish. The thread, or None when it is loaded or loading."""
    if "phonenumbers" in sys.modules:
        return None
    loader = threading.Thread(target=display, args=("0901234567",), name="phonenumbers-load", daemon=True)
    loader.start()
    return loader


def same_number_key(number: str | None) -> str:
    """A number's digits in national form, for telling two spellings of one number apart cheaply
    ("+84 90 123 4567", "84901234567" and "0901234567" give the same key; '' for none)."""
    digits = re.sub(r"\D", "", number or "")
    return "0" + digits[2:] if digits.startswith("84") and len(digits) > 9 else digits
