"""TEL4VN PBX API (seed document 003): provider key ``tel4vn-pbx``.

The PBX document is a subset of the Call Center one, so this reuses
:class:`~agent_desk.providers.tel4vn.Tel4vnBase` (see its module for the profile settings and
the client-side assumptions shared by both). Differences: the token comes from
``POST /v1/auth/token`` and its ``expired`` is an absolute Unix time; ``/v1/auth`` answers
``{"data": {...}}`` without an extension; CDRs are ``GET /v1/cdr`` (one mapping; pagination
prints ``limit/page/total``, scroll prints ``scroll_id``); ``GET /v1/click2call`` answers
``{"data": {"message": "success"}}`` without a call id. There is no asynchronous click-to-call,
no live-call list, no supervisor action, no customer list and no user status, so ``login`` cannot
tell whether the softphone is registered (``softphone_registered`` is None).

Client-side assumptions
-----------------------
* Refusal bodies are undocumented here; the Call Center's (``{"status": "fail", "error": ...}``)
  are understood, and any other HTTP error status is a refusal quoting the body.
* ``customer_id`` is not a parameter of this document's click-to-call and is not sent.
* History's status filter is sent as the document's ``status`` (answered → ANSWERED, busy → BUSY,
  missed → NO-ANSWERED, cancelled → CANCEL: the words its records print); "failed" covers two PBX
  statuses (NOT-AVAILABLE, INVALID) and is filtered on the client, with the total unknown.
"""

from __future__ import annotations

from typing import Any

from agent_desk.models import DialResult
from agent_desk.providers.tel4vn import Tel4vnBase, int_or_none, text_or_none

_STATUS_FILTERS = {"answered": "ANSWERED", "busy": "BUSY", "missed": "NO-ANSWERED", "cancelled": "CANCEL"}


class Tel4vnPbxProvider(Tel4vnBase):
    """TEL4VN PBX API v1."""

    key = "tel4vn-pbx"
    token_path = "/v1/auth/token"
    cdr_path = "/v1/cdr"

    def pbx_status_filter(self, status: str | None) -> str | None:
        return _STATUS_FILTERS.get(status or "")

    def _expires_at(self, data: dict[str, Any]) -> float | None:
        return float(expired) if (expired := int_or_none(data.get("expired"))) else None

    def _dial_result(self, mode: str, number: str, body: dict[str, Any]) -> DialResult:
        data = body.get("data")
        message = text_or_none(data.get("message")) if isinstance(data, dict) else None
        return DialResult(mode=mode, number=number, extension=self.profile.extension, message=message)
