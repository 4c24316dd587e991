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
masked).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Mapping
from urllib.parse import quote, quote_plus

from agent_desk.config import SECRET_FIELDS
from agent_desk.secrets import env_name

MASK = "***"


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
        forms = {form for value in values if value for form in (value, quote(value, safe=""), quote_plus(value))}
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
