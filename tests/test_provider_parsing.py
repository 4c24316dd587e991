"""Event parsers turn pathological input into BadEvent, never into another exception."""

from __future__ import annotations

import pytest

from agent_desk.config import parse_profile
from agent_desk.errors import BadEvent
from agent_desk.models import WebhookRequest
from agent_desk.providers import create_provider
from agent_desk.secrets import SecretStore

DEEP = b"[" * 100_000  # json.loads raises RecursionError on this, not ValueError


def provider(key, **extra):
    profile = parse_profile("x", {"provider": key, "base_url": "http://h", "extension": "101", **extra})
    return create_provider(profile, SecretStore(profile, env={}))


@pytest.mark.parametrize("key", ["tel4vn", "tel4vn-pbx", "onepos"])
def test_deeply_nested_webhook_body_is_a_bad_event(key):
    route = provider(key).webhook_routes[0][1]
    request = WebhookRequest("POST", route, {}, {"content-type": "application/json"}, DEEP)
    with pytest.raises(BadEvent):
        provider(key).parse_webhook(request)


def test_deeply_nested_websocket_frame_is_a_bad_event():
    with pytest.raises(BadEvent):
        provider("oapi", app_id="a", sip_user="101").parse_frame(DEEP)
