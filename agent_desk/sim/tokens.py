"""Tokens the simulated PBX issues: random, with a lifetime, revocable all at once (fault injection)."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from aiohttp import web


class TokenIssuer:
    """Issues opaque tokens bound to a subject (a username, an app id...) that expire."""

    def __init__(self, clock: Callable[[], float], ttl: Callable[[], float]) -> None:
        self._clock = clock
        self._ttl = ttl  # read on each issue so tests can change settings.token_ttl
        self._tokens: dict[str, tuple[str, float]] = {}

    def issue(self, subject: str, ttl: float | None = None) -> tuple[str, float]:
        """A new token and its expiry (Unix time)."""
        token = secrets.token_urlsafe(24)
        expires_at = self._clock() + (self._ttl() if ttl is None else ttl)
        self._tokens[token] = (subject, expires_at)
        return token, expires_at

    def subject(self, token: str | None) -> str | None:
        """Who the token belongs to, or None if it is unknown or expired."""
        if not token:
            return None
        entry = self._tokens.get(token)
        if entry is None:
            return None
        if entry[1] <= self._clock():
            del self._tokens[token]
            return None
        return entry[0]

    def expires_at(self, token: str) -> float | None:
        entry = self._tokens.get(token)
        return entry[1] if entry else None

    def expire_all(self) -> int:
        """Revoke every token now; returns how many there were."""
        count = len(self._tokens)
        self._tokens.clear()
        return count

    def bearer_subject(self, request: web.Request) -> str | None:
        """The subject of the request's ``Authorization: Bearer`` token, or None."""
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer":
            return None
        return self.subject(token.strip())
