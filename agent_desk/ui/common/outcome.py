"""How a call's outcome reads on screen: the one place that words the core's outcome.

The outcome itself is decided by the call registry (:mod:`agent_desk.events.outcome`); the pop,
the Journal and "Calls this session" only show it, with these words and colours.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: outcome → status level (the colour of :func:`agent_desk.ui.common.status.colour`)
LEVELS = {
    "answered": "ok",
    "answered_elsewhere": "off",
    "missed": "error",
    "rejected": "error",
    "busy": "warn",
    "no_answer": "warn",
    "failed": "error",
    "unknown": "off",
}


def outcome_word(outcome: str) -> str:
    """The outcome as a list shows it (Journal, "Calls this session"): lower case."""
    words = {
        "answered": QCoreApplication.translate("Outcome", "answered"),
        "answered_elsewhere": QCoreApplication.translate("Outcome", "answered by a colleague"),
        "missed": QCoreApplication.translate("Outcome", "missed"),
        "rejected": QCoreApplication.translate("Outcome", "declined"),
        "busy": QCoreApplication.translate("Outcome", "busy"),
        "no_answer": QCoreApplication.translate("Outcome", "not answered"),
        "failed": QCoreApplication.translate("Outcome", "failed"),
        "unknown": QCoreApplication.translate("Outcome", "outcome unknown"),
    }
    return words.get(outcome, outcome)


def outcome_title(outcome: str) -> str:
    """The outcome as a pop's heading shows it."""
    titles = {
        "answered": QCoreApplication.translate("Outcome", "Answered"),
        "answered_elsewhere": QCoreApplication.translate("Outcome", "Answered by a colleague"),
        "missed": QCoreApplication.translate("Outcome", "Missed call"),
        "rejected": QCoreApplication.translate("Outcome", "Declined"),
        "busy": QCoreApplication.translate("Outcome", "Busy"),
        "no_answer": QCoreApplication.translate("Outcome", "Not answered"),
        "failed": QCoreApplication.translate("Outcome", "Call failed"),
        "unknown": QCoreApplication.translate("Outcome", "Ended, outcome unknown"),
    }
    return titles.get(outcome, outcome)


def outcome_level(outcome: str) -> str:
    return LEVELS.get(outcome, "off")
