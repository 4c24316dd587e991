"""Text matching as people type it: one fold for every search box (Journal, History, the console
filter, the colleague picker).

:func:`fold` removes case and accents, so "ly thi mai", "Lý Thị Mai" and "LY THI MAI" are the same
text. Vietnamese "đ"/"Đ" is a letter of its own (not "d" with a combining mark), so Unicode
decomposition alone keeps it; it folds to "d" here. The result is for comparing only, never shown.

:func:`printable` is for the terminal: PBX and customer data printed by the command line goes
through it, so a caller id's escape sequences cannot drive the terminal.
"""

from __future__ import annotations

import unicodedata

_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o"})


def fold(text: str | None) -> str:
    """``text`` without case or accents ("Đặng Mai Phương" → "dang mai phuong"); '' for None."""
    if not text:
        return ""
    if text.isascii():  # no accents to take off (the console folds each of 5,000 calls' texts)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def matches(needle: str, *haystack: str | None) -> bool:
    """True when folded ``needle`` occurs in any folded ``haystack`` ('' matches everything)."""
    wanted = fold(needle.strip())
    return not wanted or any(wanted in fold(text) for text in haystack)


def printable(text: str) -> str:
    """``text`` with control characters escaped (ESC as ``\\x1b``), so a caller id cannot drive the terminal."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
