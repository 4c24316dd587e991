"""One outcome per call, decided once in the core and only displayed by the UI.

An outcome says how a call ended for the agent whose desk shows it:

* ``answered``: their phone picked it up (for a click-to-call, and the customer did not refuse);
* ``answered_elsewhere``: a colleague's phone picked up a call that rang theirs too;
* ``missed``: an incoming call nobody picked up;
* ``rejected``: the call was declined (the PBX says so);
* ``busy``: the other side was busy;
* ``no_answer``: an outgoing call nobody picked up;
* ``failed``: the PBX could not connect it (unreachable, congestion, invalid number);
* ``unknown``: the PBX's records do not say.

:func:`status_outcome` reads the provider's own status text (``CallEvent.pbx_status``) with the
vocabulary of every document (Asterisk dispositions, TEL4VN, OnePOS, oapi); :func:`decide` combines
it with what the call registry saw (who answered, whose phone rang).
"""

from __future__ import annotations

import re

OUTCOMES = ("answered", "answered_elsewhere", "missed", "rejected", "busy", "no_answer", "failed", "unknown")

#: provider status text (upper case, no spaces, dashes or underscores) → outcome; None: nobody
#: picked up, and the direction decides (a missed call inbound, no answer otherwise)
_STATUS_OUTCOMES: dict[str, str | None] = {
    "ANSWERED": "answered",
    "ANSWER": "answered",
    "SUCCESS": "answered",
    "NORMALCLEARING": "answered",
    "BUSY": "busy",
    "USERBUSY": "busy",
    "NOANSWER": None,
    "NOANSWERED": None,
    "NOUSERRESPONSE": None,
    "MISSED": None,
    "ABANDON": None,
    "ABANDONED": None,
    "CANCEL": None,
    "CANCELLED": None,
    "CANCELED": None,
    "ORIGINATORCANCEL": None,
    "IVR": None,
    "REJECTED": "rejected",
    "REJECT": "rejected",
    "DECLINED": "rejected",
    "CALLREJECTED": "rejected",
    "FAILED": "failed",
    "FAIL": "failed",
    "CONGESTION": "failed",
    "CHANUNAVAIL": "failed",
    "NOTAVAILABLE": "failed",
    "INVALID": "failed",
    "SUBSCRIBERABSENT": "failed",
    "UNKNOWN": "unknown",
}


#: statuses a document gives both to a call that failed and to one nobody picked up: TEL4VN's
#: ``invalid`` is "an error, e.g. the agent did not pick up a click-to-call" (document 002). On a call
#: nobody answered they say nobody picked up, so the outcome does not hang on which event came first.
_FAILED_OR_UNANSWERED = frozenset({"INVALID"})


def status_key(text: str) -> str:
    """``"no answer"`` / ``"NO_ANSWER"`` / ``"no-answered"`` → ``"NOANSWER"`` / ``"NOANSWERED"``."""
    return re.sub(r"[\s_-]", "", text.upper())


def status_outcome(pbx_status: str | None, direction: str) -> str | None:
    """The outcome a provider's status text states, or None when it states none (or is unknown)."""
    if not pbx_status:
        return None
    key = status_key(pbx_status)
    if key not in _STATUS_OUTCOMES:
        return None
    outcome = _STATUS_OUTCOMES[key]
    if outcome is None:  # nobody picked up (or the caller gave up first)
        return "missed" if direction == "inbound" else "no_answer"
    return outcome


def unanswered_outcome(pbx_status: str | None, direction: str) -> str | None:
    """:func:`status_outcome` for a call nobody picked up: a status that may mean either (see
    ``_FAILED_OR_UNANSWERED``) says nobody picked up (missed inbound, no answer outbound)."""
    if pbx_status and status_key(pbx_status) in _FAILED_OR_UNANSWERED:
        return "missed" if direction == "inbound" else "no_answer"
    return status_outcome(pbx_status, direction)


def decide(
    *,
    direction: str,
    answered: bool,
    answered_by: str | None,
    viewer: str | None,
    viewer_answered: bool,
    pbx_status: str | None,
) -> str:
    """The outcome of an ended call for ``viewer`` (an extension whose phone rang, or None).

    What the registry saw wins over the provider's words where they disagree about who answered;
    the status text tells the ways an unanswered call ended (busy, failed, rejected...).
    """
    stated = status_outcome(pbx_status, direction)
    if answered or viewer_answered:
        if viewer is not None and not viewer_answered and answered_by is not None and answered_by != viewer:
            return "answered_elsewhere"
        if direction == "outbound" and stated in ("busy", "no_answer", "failed", "rejected"):
            return stated  # the agent picked up the click-to-call; the customer did not
        return "answered"
    stated = unanswered_outcome(pbx_status, direction)
    if stated is not None and stated != "answered":
        return stated
    if stated == "answered":
        return "answered_elsewhere" if viewer is not None and answered_by not in (None, viewer) else "answered"
    if direction == "inbound":
        return "missed"
    if direction == "outbound":
        return "no_answer"
    return "unknown"
