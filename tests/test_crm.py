"""The CRM address of a customer."""

from __future__ import annotations

from agent_desk.crm import crm_url


def test_the_phone_is_filled_in_as_the_number_to_dial():
    assert crm_url("https://crm.example/search?phone={phone}", "0901234567") == (
        "https://crm.example/search?phone=0901234567"
    )
    assert crm_url("https://crm.example/c/{phone}?again={phone}", "+84 90 123 4567") == (
        "https://crm.example/c/0901234567?again=0901234567"
    )
    assert crm_url("https://crm.example/home", "0901234567") == "https://crm.example/home"


def test_a_caller_id_that_is_not_a_phone_number_makes_no_address():
    assert crm_url("https://crm.example/search?phone={phone}", "x&admin=1") == ""
    assert crm_url("https://crm.example/search?phone={phone}", "") == ""
