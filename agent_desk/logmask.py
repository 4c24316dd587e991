"""The one logging filter that keeps secrets out of log lines, for the CLI and the GUI alike.

A front end makes one :class:`SecretMask`, installs it on the root logger's handlers
(:meth:`SecretMask.install`) and feeds it every secret value as soon as it is known: what a
profile's :class:`~agent_desk.secrets.SecretStore` resolves (``known_values()``), the values handed
out, the ``AGENT_DESK_*`` environment (:func:`environment_secrets`). Every record that reaches
those handlers — from the app's own loggers or a library's (httpx, aiohttp, websockets, asyncio),
at any level — then has each known value, as is and URL-encoded, replaced by ``***`` in its
message, its traceback and its stack. The same masking is available for other texts
(:meth:`SecretMask.mask`: error messages, crash reports).

Values are only ever added while the process runs (a secret of a profile signed out of stays
masked). Only values of at least :data:`MIN_SECRET_LENGTH` characters are masked: a one-letter
"secret" would rewrite ordinary words ("chec*** the networ***") while hiding nothing, since so short
a value is no secret.

For bad input (issue 18): :func:`mask` masks a text with given values (same rule);
:class:`MaskingFilter` does what :class:`SecretMask` does for values a callable returns (a serving
listener's secret, on the ``httpx`` logger); :class:`ReasonLog` logs one line per reason at most
every ``interval`` seconds, saying how many more came meanwhile, so a flood of bad requests writes a
few lines a minute, not thousands; :func:`cut` shortens a reason to one line of at most
:data:`MAX_REASON` characters.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping
from urllib.parse import quote, quote_plus

from agent_desk.config import SECRET_FIELDS
from agent_desk.secrets import env_name

MASK = "***"
MIN_SECRET_LENGTH = 6
MAX_REASON = 160
MAX_REASONS = 64  # reasons tracked one by one; the rest share the key "other"


def environment_secrets(env: Mapping[str, str] | None = None) -> list[str]:
    """The values of the ``AGENT_DESK_<FIELD>`` variables of every secret field that are set."""
    env = os.environ if env is None else env
    return [value for field in SECRET_FIELDS if (value := env.get(env_name(field)))]


class SecretMask(logging.Filter):
    """Replaces every remembered secret value by ``***`` in log records (see the module doc)."""

    def __init__(self) -> None:
        super().__init__()
        self._values: frozenset[str] = frozenset()
        self._longest_first: tuple[str, ...] = ()  # so a secret containing another is masked whole

    def remember(self, values: Iterable[str | None]) -> None:
        """Mask these values (and their URL-encoded forms) from now on; empty ones are ignored."""
        forms = {
            form
            for value in values
            if value and len(value) >= MIN_SECRET_LENGTH
            for form in (value, quote(value, safe=""), quote_plus(value))
        }
        if forms - self._values:
            values_now = self._values | forms
            # one assignment each: a record logged from another thread sees the old set or the new one
            self._longest_first = tuple(sorted(values_now, key=len, reverse=True))
            self._values = values_now

    def mask(self, text: str) -> str:
        """``text`` with every remembered value replaced by ``***``."""
        for value in self._longest_first:
            if value in text:
                text = text.replace(value, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the record's message, traceback and stack in place; never drops a record."""
        if not self._longest_first:
            return True
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string: the handler reports it, unmasked parts unread
            return True
        masked = self.mask(message)
        if masked != message:
            record.msg, record.args = masked, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.mask(record.exc_text)
        if record.stack_info:
            record.stack_info = self.mask(record.stack_info)
        return True

    def install(self, logger: logging.Logger | None = None) -> Callable[[], None]:
        """Add this filter to every handler of ``logger`` (the root logger) now; returns a
        function that removes it from them again."""
        handlers = [handler for handler in (logger or logging.getLogger()).handlers if self not in handler.filters]
        for handler in handlers:
            handler.addFilter(self)

        def uninstall() -> None:
            for handler in handlers:
                handler.removeFilter(self)

        return uninstall


def maskable(values: Iterable[str | None]) -> list[str]:
    """The values worth masking (long enough to be secrets), longest first."""
    return sorted({v for v in values if v and len(v) >= MIN_SECRET_LENGTH}, key=len, reverse=True)


def mask(text: str, values: Iterable[str | None]) -> str:
    """``text`` with every secret among ``values`` (see :func:`maskable`) replaced by ``***``."""
    for value in maskable(values):
        text = text.replace(value, MASK)
    return text


def cut(reason: str, limit: int = MAX_REASON) -> str:
    """The first line of ``reason``, at most ``limit`` characters (``…`` where it was cut)."""
    line = reason.strip().split("\n", 1)[0].strip()
    return line if len(line) <= limit else line[: limit - 1] + "…"


class MaskingFilter(logging.Filter):
    """Masks the secrets ``values()`` returns in each record's message and traceback."""

    def __init__(self, values: Callable[[], Iterable[str | None]]) -> None:
        super().__init__()
        self.values = values

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = maskable(self.values())
        if not secrets:
            return True
        message = record.getMessage()
        masked = mask(message, secrets)
        if masked != message:
            record.msg, record.args = masked, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text, secrets)
        if record.stack_info:
            record.stack_info = mask(record.stack_info, secrets)
        return True


class ReasonLog:
    """One log line per reason at most every ``interval`` seconds, with the count of the others."""

    def __init__(
        self,
        logger: logging.Logger,
        interval: float = 60.0,
        *,
        level: int = logging.WARNING,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.logger = logger
        self.interval = interval
        self.level = level
        self.clock = clock
        self._last: dict[str, float] = {}
        self._quiet: dict[str, int] = {}  # reason → how many were not logged since its last line

    def note(self, reason: str, template: str = "%s", *, kind: str | None = None) -> bool:
        """Count ``reason`` under ``kind`` (default: the reason itself); log ``template % reason``
        when the kind's last line is ``interval`` old. True when logged."""
        reason = cut(reason)
        kind = kind or reason
        key = kind if kind in self._last or len(self._last) < MAX_REASONS else "other"
        now = self.clock()
        last = self._last.get(key)
        if last is not None and now - last < self.interval:
            self._quiet[key] = self._quiet.get(key, 0) + 1
            return False
        quiet = self._quiet.pop(key, 0)
        self._last[key] = now
        suffix = f" ({quiet} more like it in the last {now - last:.0f} s)" if quiet and last is not None else ""
        self.logger.log(self.level, template + "%s", reason, suffix)
        return True
