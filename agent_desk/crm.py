"""The customer's page in the company's CRM: the profile's ``crm_url`` template filled in.

A template is an http(s) address with a ``{phone}`` placeholder (checked by
:func:`agent_desk.settings_rules.crm_problem`), e.g. ``https://crm.example/search?phone={phone}``.
"""

from __future__ import annotations

from urllib.parse import quote

from agent_desk.phone import caller_number


def crm_url(template: str, phone: str) -> str:
    """``template`` with every ``{phone}`` replaced by ``phone`` as a number to dial, URL-escaped (a
    leading ``+`` kept); ``""`` when ``phone`` is not a phone number (a hostile caller id never
    reaches a URL)."""
    number = caller_number(phone)
    return template.replace("{phone}", quote(number, safe="+")) if number else ""
