"""The Qt-free rules behind the Settings dialog."""

from __future__ import annotations

import pytest

from agent_desk.config import WebhookSettings
from agent_desk.models import Capability
from agent_desk.settings_rules import (
    color_scheme,
    crm_problem,
    event_sources,
    pbx_instruction,
    port_problem,
    url_problem,
)


@pytest.mark.parametrize(
    ("choice", "system", "scheme"),
    [
        ("system", "dark", "dark"),
        ("system", "light", "light"),
        ("system", "unknown", "light"),
        ("light", "dark", "light"),
        ("dark", "light", "dark"),
        ("dark", "unknown", "dark"),
    ],
)
def test_theme_choice_maps_to_a_scheme(choice, system, scheme):
    assert color_scheme(choice, system) == scheme


def test_event_sources_follow_capabilities():
    assert event_sources({Capability.WEBHOOK_EVENTS}) == ("webhook", "relay", "none")
    assert event_sources({Capability.WEBSOCKET_EVENTS}) == ("websocket", "none")
    assert event_sources(set()) == ("none",)


@pytest.mark.parametrize(
    ("template", "problem"),
    [
        ("", ""),
        ("https://crm.example/search?phone={phone}", ""),
        ("http://10.0.0.5/c/{phone}", ""),
        ("https://crm.example/search", "phone"),
        ("crm.example/{phone}", "scheme"),
        ("ftp://x/{phone}", "scheme"),
    ],
)
def test_crm_template(template, problem):
    assert crm_problem(template) == problem


def test_ports_and_urls():
    assert [port_problem(t) for t in ("0", "8765", "65535", "65536", "-1", "80a", "")] == [
        "",
        "",
        "",
        "port",
        "port",
        "port",
        "port",
    ]
    assert url_problem("") == "missing" and url_problem("", required=False) == ""
    assert url_problem("pbx.example") == "scheme" and url_problem("https://pbx.example") == ""
    assert url_problem("wss://x/ws", ("ws", "wss")) == ""


def test_what_the_pbx_must_be_told():
    routes = ["/hooks/tel4vn"]
    local = WebhookSettings(host="127.0.0.1", port=8765)
    assert pbx_instruction("none", local, routes, True).kind == "none"
    assert pbx_instruction("websocket", local, routes, False).kind == "websocket"
    missing = pbx_instruction("webhook", local, routes, True)
    assert (missing.kind, missing.port, missing.local_only) == ("public_missing", 8765, True)
    lan = WebhookSettings(host="0.0.0.0", port=9000, public_url="http://192.168.1.20:9000/")
    step = pbx_instruction("webhook", lan, routes, True)
    assert (step.kind, step.url, step.local_only) == ("register", "http://192.168.1.20:9000/hooks/tel4vn", False)
    told = pbx_instruction(
        "webhook",
        WebhookSettings(host="127.0.0.1", public_url="http://10.1.1.1:8765"),
        ["/api/callcenter/call_in"],
        False,
    )
    assert (told.kind, told.url, told.local_only) == ("tell", "http://10.1.1.1:8765/api/callcenter/call_in", True)
