"""What the status bar and the tray icon say about the session, and the status bar itself.

:func:`indicators` turns the session into up to four :class:`Indicator` values (sign-in,
softphone registration, call-event source, and certificate checks when they are off), each with
a level — ``ok``, ``warn``, ``error`` or ``off`` — that picks its colour; :func:`overall_level` is
the tray icon's colour.
"""

from __future__ import annotations

import dataclasses
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from agent_desk.session import SessionState
from agent_desk.ui.common.messages import error_text, fill
from agent_desk.ui.window.session import Session

if TYPE_CHECKING:
    from agent_desk.events import SourceHealth

COLOURS = {"ok": "#2e7d32", "warn": "#b26a00", "error": "#c62828", "off": "#757575"}
DARK_COLOURS = {"ok": "#81c784", "warn": "#ffb74d", "error": "#ef9a9a", "off": "#a0a0a0"}  # on dark palettes


def dark_palette() -> bool:
    """True when the application's palette is dark (light text on a dark window)."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.palette().window().color().lightness() < 128


def colour(level: str) -> str:
    """The text colour of a level, readable on the current palette (look it up when painting)."""
    return (DARK_COLOURS if dark_palette() else COLOURS)[level]


@dataclasses.dataclass(frozen=True, slots=True)
class Indicator:
    """One piece of the status bar: what it is about, its level (its colour), its text and tooltip."""

    key: str  # "account" | "softphone" | "events" | "tls" | "plain-http"
    level: str
    text: str
    tooltip: str = ""


def account_indicator(session: Session) -> Indicator:
    if session.state == SessionState.SIGNING_IN and session.profile is not None:
        return Indicator(
            "account", "warn", fill(QCoreApplication.translate("Status", "Signing in to %1…"), session.profile.name)
        )
    if session.state != SessionState.SIGNED_IN or session.account is None or session.profile is None:
        return Indicator("account", "off", QCoreApplication.translate("Status", "Signed out"))
    account = session.account
    who = account.agent_name or account.user or session.profile.name
    extension = account.extension or session.profile.extension
    provider = session.provider.title if session.provider else session.profile.provider
    return Indicator(
        "account",
        "ok",
        fill(QCoreApplication.translate("Status", "%1 · extension %2"), who, extension),
        fill(QCoreApplication.translate("Status", "Signed in to %1 with profile “%2”"), provider, session.profile.name),
    )


def softphone_indicator(session: Session) -> Indicator | None:
    if session.state != SessionState.SIGNED_IN or session.account is None:
        return None
    registered = session.account.softphone_registered
    if registered is True:
        return Indicator("softphone", "ok", QCoreApplication.translate("Status", "Softphone registered"))
    if registered is False:
        return Indicator(
            "softphone",
            "error",
            QCoreApplication.translate("Status", "Softphone not registered"),
            QCoreApplication.translate(
                "Status", "Open your softphone and sign in: calls cannot reach you until it is registered."
            ),
        )
    provider = session.provider.title if session.provider else ""
    return Indicator(
        "softphone",
        "off",
        QCoreApplication.translate("Status", "Softphone status unknown"),
        fill(
            QCoreApplication.translate("Status", "%1 does not report whether your softphone is registered."), provider
        ),
    )


def events_indicator(session: Session) -> Indicator | None:
    profile = session.profile
    if session.state != SessionState.SIGNED_IN or profile is None:
        return None
    if profile.events == "none":
        return Indicator(
            "events",
            "off",
            QCoreApplication.translate("Status", "Call events off"),
            QCoreApplication.translate(
                "Status",
                "This profile receives no call events, so there are no screen-pops. "
                "Choose a webhook or websocket event source in the profile.",
            ),
        )
    from agent_desk.events import Condition, HealthState  # not at import: the first window is signed out

    health = session.health
    if health is None or health.state == HealthState.STARTING:
        return Indicator(
            "events", "warn", QCoreApplication.translate("Status", "Call events: starting…"), _starting(session)
        )
    if health.state == HealthState.UP:
        if health.source == "relay":
            gap = health.condition == Condition.GAP
            text = QCoreApplication.translate("Status", "Call events: relay connected")
            tip = (
                QCoreApplication.translate(
                    "Status",
                    "Connected to the company's relay, but it no longer had every event since this desk was last "
                    "connected: calls in between may be missing here. Check the History tab.",
                )
                if gap
                else QCoreApplication.translate("Status", "Connected to the company's relay.")
            )
            return Indicator("events", "warn" if gap else "ok", text, tip)
        provider = session.provider.title if session.provider else profile.provider
        if health.source == "websocket":
            text = QCoreApplication.translate("Status", "Call events: websocket connected")
            tip = fill(QCoreApplication.translate("Status", "Connected to the call events of %1."), provider)
        else:
            text = fill(
                QCoreApplication.translate("Status", "Call events: listening on port %1"),
                health.port,
            )
            tip = fill(
                QCoreApplication.translate("Status", "Agent Desk listens on port %1 for the call events of %2."),
                health.port,
                provider,
            )
        return Indicator("events", "ok", text, tip)
    if health.state == HealthState.RECONNECTING:
        lost = QCoreApplication.translate("Status", "The connection to the call events was lost.")
        return Indicator(
            "events",
            "warn",
            QCoreApplication.translate("Status", "Call events: reconnecting…"),
            _retrying(health, lost),
        )
    if health.state == HealthState.SILENT:  # up, but a call the PBX recorded never arrived (events.silence)
        return Indicator(
            "events",
            "warn",
            QCoreApplication.translate("Status", "Call events: a recent call never arrived"),
            health.detail,  # in the interface language: see Session.health
        )
    if health.condition == Condition.NO_CONTACT:
        return Indicator(
            "events",
            "error",
            QCoreApplication.translate("Status", "Call events: relay unreachable"),
            QCoreApplication.translate(
                "Status",
                "The company's relay has not answered for a while, so no calls can pop up. Agent Desk keeps "
                "trying; if this lasts, tell IT.",
            ),
        )
    stopped = QCoreApplication.translate(
        "Status", "Call events have stopped, so calls cannot pop up. Sign out and in again to start them."
    )
    if health.retry_in is not None:  # credentials refused: tried again now and then
        tip = _retrying(health, stopped)
    elif health.error is not None:
        tip = f"{error_text(health.error)} {stopped}"
    else:
        tip = stopped
    return Indicator("events", "error", QCoreApplication.translate("Status", "Call events stopped"), tip)


def _retrying(health: SourceHealth, otherwise: str) -> str:
    """What went wrong, in the interface language (the error's own words, else ``otherwise``), and
    when the source tries again where it does."""
    parts = [error_text(health.error) if health.error is not None else otherwise]
    if health.retry_in is not None:
        tries = QCoreApplication.translate("Status", "Agent Desk tries again in %1 s.")
        parts.append(fill(tries, math.ceil(health.retry_in)))
    return " ".join(part for part in parts if part)


def _starting(session: Session) -> str:
    """Why call events are not up yet: the PBX is still taking the webhook's callback address (and
    why it did not take it the last time, and when it is asked again), or the source is still opening."""
    from agent_desk.events import Condition

    health = session.health
    if health is not None and health.condition == Condition.REGISTERING:
        provider = session.provider.title if session.provider else ""
        if health.retry_in is not None:
            refused = fill(
                QCoreApplication.translate(
                    "Status",
                    "Agent Desk is listening, but %1 did not take this desk's callback address, so no call can "
                    "pop up yet.",
                ),
                provider,
            )
            return f"{refused} {_retrying(health, '')}"
        return fill(
            QCoreApplication.translate(
                "Status",
                "Agent Desk is listening and waiting for %1 to take this desk's callback address. "
                "A call that rings before then will not pop up.",
            ),
            provider,
        )
    return QCoreApplication.translate(
        "Status", "Agent Desk is connecting to the call events. Calls cannot pop up until they are connected."
    )


def tls_indicator(session: Session) -> Indicator | None:
    """A warning while the profile's certificate checks are off: anyone on the network path could listen."""
    profile = session.profile
    if session.state != SessionState.SIGNED_IN or profile is None or profile.verify_tls:
        return None
    return Indicator(
        "tls",
        "warn",
        QCoreApplication.translate("Status", "Certificate checks off"),
        QCoreApplication.translate(
            "Status",
            "This profile does not check the server's TLS certificate (verify_tls = false): turn the check "
            "back on in Settings, or ask IT for the company's certificate authority.",
        ),
    )


def plain_http_indicator(session: Session) -> Indicator | None:
    """A warning while the profile reaches a PBX on another machine over plain ``http://``."""
    profile = session.profile
    if session.state != SessionState.SIGNED_IN or profile is None:
        return None
    from agent_desk.tls import plain_http_host  # ssl: not before a sign-in (the first window needs none)

    if (host := plain_http_host(profile)) is None:
        return None
    return Indicator(
        "plain-http",
        "warn",
        QCoreApplication.translate("Status", "PBX connection not encrypted"),
        QCoreApplication.translate(
            "Status",
            "This profile reaches the PBX at {host} over plain http://: passwords and calls cross the network "
            "unencrypted. Use an https:// address in Settings if the PBX offers one.",
        ).format(host=host),
    )


def indicators(session: Session) -> list[Indicator]:
    found = [
        account_indicator(session),
        softphone_indicator(session),
        events_indicator(session),
        tls_indicator(session),
        plain_http_indicator(session),
    ]
    return [i for i in found if i is not None]


def overall_level(session: Session) -> str:
    """``off`` when signed out, else the worst of ``error`` > ``warn`` > ``ok`` (unknowns are ok)."""
    if session.state not in (SessionState.SIGNED_IN, SessionState.SIGNING_IN):
        return "off"
    levels = {i.level for i in indicators(session)}
    for level in ("error", "warn"):
        if level in levels:
            return level
    return "ok"


class StatusLabel(QLabel):
    """A coloured dot and a short text."""

    def show_indicator(self, indicator: Indicator) -> None:
        self.setText(f'<span style="color:{colour(indicator.level)}">●</span>&nbsp;{_escape(indicator.text)}')
        self.setToolTip(indicator.tooltip)
        self.setProperty("level", indicator.level)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SessionStatusBar(QStatusBar):
    """Permanent indicators on the right, transient notices on the left."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        keys = ("account", "softphone", "events", "tls", "plain-http")
        self.labels = {key: StatusLabel(self) for key in keys}
        for label in self.labels.values():
            self.addPermanentWidget(label)
        session.changed.connect(self.refresh)
        session.notice.connect(lambda text: self.showMessage(text, 15000))
        self.refresh()

    def refresh(self) -> None:
        shown = {i.key: i for i in indicators(self.session)}
        for key, label in self.labels.items():
            indicator = shown.get(key)
            label.setVisible(indicator is not None)
            if indicator is not None:
                label.show_indicator(indicator)
