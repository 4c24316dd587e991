"""The customer's page in the company's CRM: the profile's ``crm_url`` template filled in.

A template is an http(s) address with a ``{phone}`` placeholder (checked by
:func:`agent_desk.settings_rules.crm_problem`), e.g. ``https://crm.example/search?phone={phone}``.
"""

from __future__ import annotations

from urllib.parse import quote


def crm_url(template: str, phone: str) -> str:
    """``template`` with every ``{phone}`` replaced by ``phone``, URL-escaped (a leading ``+`` kept)."""
    return template.replace("{phone}", quote(phone, safe="+"))
