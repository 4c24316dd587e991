"""Numbers as agents type them → what the PBX dials, and display formatting."""

from __future__ import annotations

import pytest

from agent_desk.phone import InvalidNumber, dial_string, display, strip_link


@pytest.mark.parametrize(
    "typed, dialled",
    [
        ("0901234567", "0901234567"),
        ("090 123 4567", "0901234567"),
        ("(090) 123-4567", "0901234567"),
        ("+84 90 123 4567", "0901234567"),
        ("84901234567", "0901234567"),
        ("0084901234567", "0901234567"),
        ("tel:+84901234567", "0901234567"),
        ("callto://0901234567", "0901234567"),
        ("tel:%2B84%20901234567", "0901234567"),
        ("028 7301 9555", "02873019555"),
        ("1900 1919", "19001919"),
        ("101", "101"),
        ("+1 202 555 0143", "0012025550143"),
    ],
)
def test_dial_string(typed, dialled):
    assert dial_string(typed) == dialled


@pytest.mark.parametrize(
    "typed, reason",
    [
        ("", "enter a phone number"),
        ("abc", "is not a phone number"),
        ("09012345678901234", "wrong number of digits"),
        ("tel:", "enter a phone number"),
    ],
)
def test_invalid_numbers_say_why(typed, reason):
    with pytest.raises(InvalidNumber, match=reason):
        dial_string(typed)


def test_display_and_links():
    assert display("0901234567").replace(" ", "") == "0901234567"
    assert " " in display("0901234567")
    assert display("101") == "101" and display(None) == "" and display("garbage") == "garbage"
    assert strip_link("tel:0901234567;phone-context=+84") == "0901234567"
