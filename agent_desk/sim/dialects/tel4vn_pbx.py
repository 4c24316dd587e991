"""The TEL4VN PBX API (seed document 003) as the simulator serves it, mounted at ``/tel4vn-pbx``.

It is the Call Center dialect (:mod:`agent_desk.sim.dialects.tel4vn`) cut down to what document
003 describes: ``POST /v1/auth`` (its own response shape), ``POST /v1/auth/token`` (``expired`` is
an absolute Unix time), ``GET|POST /v1/event``, ``DELETE /v1/event/<id>``, ``GET /v1/cdr`` (one
mapping, no ``customer_id``; pagination prints ``limit/page/total``, scroll prints ``scroll_id``;
extra filters ``status`` and ``recordingfile``), ``GET /v1/cdr/<id>`` and ``GET /v1/click2call``
answering ``{"data": {"message": "success"}}``. Event hooks are delivered exactly as for tel4vn.

Undocumented choices
--------------------
Everything listed under the tel4vn dialect's "Undocumented choices" that concerns these routes
holds here too (error envelopes, CDR order, scroll continuation with ``?scroll_id=``, date
filters, hook data). In addition:

* Document 003 prints no error body at all; we use the Call Center document's (002) envelopes:
  ``{"code", "content", "error"}`` for sign-in, token, event and CDR errors and
  ``{"status": "fail", "error": CODE}`` (HTTP 400/404) for click-to-call refusals, including
  ``NO_ANSWER`` when the extension never picks up.
* ``GET /v1/click2call`` waits for the extension to pick up or stop ringing, like the Call Center's
  synchronous click-to-call (the index lists it as synchronous; document 003 does not say).
* Only the documented ``ext`` and ``phone`` are read (the caller-id and ``auto_answer``
  parameters are accepted and ignored); ``hotline`` and ``customer_id`` are not parameters of this
  document and are ignored.
* ``status`` matches the printed CDR status (ANSWERED, BUSY, NO-ANSWERED, CANCEL, NOT-AVAILABLE,
  INVALID) ignoring case; ``recordingfile`` matches the recording's file name.
* There is one CDR mapping, so there is no mapping control route; the hook-sides and end-date
  variants of the tel4vn dialect are served under ``/_sim/tel4vn-pbx/``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from aiohttp import web

from agent_desk.sim.dialects.tel4vn import DOMAIN_UUID, CdrFilter, Tel4vnDialect
from agent_desk.sim.world import Call, Cdr, Extension


class Tel4vnPbxDialect(Tel4vnDialect):
    """TEL4VN PBX API v1."""

    key = "tel4vn-pbx"
    token_path = "/v1/auth/token"
    cdr_path = "/v1/cdr"
    cdr_filters: ClassVar[dict[str, CdrFilter]] = {
        **Tel4vnDialect.cdr_filters,
        "status": lambda cdr, v: cdr.status.upper() == v.upper(),
        "recordingfile": lambda cdr, v: cdr.recording == v,
    }

    def routes(self) -> list[web.RouteDef]:
        return self.common_routes()

    def control_routes(self) -> list[web.RouteDef]:
        return [
            web.post("/hooks", self.set_revision),
            web.post("/hook-sides", self.set_hook_sides),
            web.post("/end-date", self.set_end_date),
        ]

    def _place(self, query: Any) -> Call:
        return super()._place({k: v for k, v in query.items() if k not in ("customer_id", "hotline")})

    def account_body(self, ext: Extension) -> dict[str, Any]:
        return {
            "data": {
                "user_uuid": ext.user_uuid,
                "domain_uuid": DOMAIN_UUID,
                "username": ext.username,
                "api_key": self.api_key(ext),
                "user_enabled": "true",
                "level": ext.level,
            }
        }

    def token_body(self, ext: Extension, token: str, expires_at: float) -> dict[str, Any]:
        return {"data": {"expired": int(expires_at), "token": token, "user_id": ext.user_uuid}}

    def pagination_keys(self, limit: int, offset: int, total: int) -> dict[str, int]:
        return {"limit": limit, "page": offset // limit + 1, "total": total}

    def cdr_json(self, cdr: Cdr) -> dict[str, Any]:
        record = self.default_cdr(cdr)
        del record["customer_id"]
        return record

    def dial_success(self, call: Call) -> dict[str, Any]:
        return {"data": {"message": "success"}}
