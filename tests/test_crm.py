"""The CRM address of a customer."""

from __future__ import annotations

from agent_desk.crm import crm_url


def test_the_phone_is_filled_in_escaped_keeping_a_plus():
    assert crm_url("https://crm.example/search?phone={phone}", "0901234567") == (
        "https://crm.example/search?phone=0901234567"
    )
    assert crm_url("https://crm.example/c/{phone}?again={phone}", "+84 90&1") == (
        "https://crm.example/c/+84%2090%261?again=+84%2090%261"
    )
    assert crm_url("https://crm.example/home", "0901234567") == "https://crm.example/home"
