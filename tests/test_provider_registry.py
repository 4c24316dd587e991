"""The provider registry is the one place that knows the providers.

Adding a provider touches its module in ``providers/``, its simulator dialect in ``sim/dialects/``
and one entry in ``providers/registry.py``: every spec resolves to a client class and a dialect,
the capabilities it declares are exactly the operations its class implements, everything that
lists providers reads the registry, and no other module of the package names a provider (a scan
of the sources).
"""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest

from agent_desk import config, settings_rules
from agent_desk.errors import ConfigError, Unsupported
from agent_desk.models import Capability
from agent_desk.providers import PROVIDERS, REGISTRY, SPECS, provider_class, provider_spec
from agent_desk.providers.base import Provider
from agent_desk.providers.registry import FIELD_LABELS, PROFILE_FIELDS, SECRETS
from agent_desk.sim.dialects import DIALECTS, Dialect, dialect_class

PACKAGE = Path(__file__).resolve().parents[1] / "agent_desk"
#: Where provider keys and titles may appear: the registry and each provider's own code.
ALLOWED = (PACKAGE / "providers", PACKAGE / "sim" / "dialects")

#: A Provider operation → the capabilities that make a provider override it (any of them).
OPERATIONS: dict[str, frozenset[Capability]] = {
    "dial": frozenset({Capability.CLICK_TO_CALL_SYNC, Capability.CLICK_TO_CALL_ASYNC}),
    "live_calls": frozenset({Capability.LIVE_CALLS}),
    "call_action": frozenset({Capability.LISTEN, Capability.WHISPER, Capability.BARGE, Capability.TRANSFER}),
    "agents": frozenset({Capability.AGENT_STATES}),
    "queue_stats": frozenset({Capability.QUEUE_STATS}),
    "history": frozenset({Capability.HISTORY}),
    "find_customer": frozenset({Capability.CUSTOMERS}),
    "parse_webhook": frozenset({Capability.WEBHOOK_EVENTS}),
    "register_webhook": frozenset({Capability.WEBHOOK_REGISTRATION}),
    "unregister_webhook": frozenset({Capability.WEBHOOK_REGISTRATION}),
    "event_stream_token": frozenset({Capability.WEBSOCKET_EVENTS}),
    "stream_url": frozenset({Capability.WEBSOCKET_EVENTS}),
    "parse_frame": frozenset({Capability.WEBSOCKET_EVENTS}),
}
#: Capabilities no single method shows: the sign-in answer (every provider signs in) and the
#: recording URL (the base class plays ``record.recording`` as it is).
NOT_A_METHOD = {Capability.SOFTPHONE_STATUS, Capability.RECORDINGS}


#: Capabilities whose operations live in a client beside the provider (providers/campaigns.py,
#: supervisor/reports.py), checked by test_campaign_and_report_clients_follow_the_declarations.
IN_CLIENTS = {Capability.CAMPAIGNS, Capability.DNC, Capability.REPORTS}


def test_every_capability_is_checked_one_way_or_another():
    covered = set().union(*OPERATIONS.values()) | NOT_A_METHOD | IN_CLIENTS
    assert covered == set(Capability), f"say how to check {sorted(set(Capability) - covered)}"


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.key)
def test_every_spec_resolves_to_its_client_class_and_simulator_dialect(spec):
    cls = spec.provider_class()
    assert issubclass(cls, Provider) and cls.key == spec.key and provider_class(spec.key) is cls
    assert cls.title == spec.title
    dialect = spec.dialect_class()
    assert issubclass(dialect, Dialect) and dialect.key == spec.key and dialect_class(spec.key) is dialect


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.key)
def test_declared_capabilities_are_what_the_class_implements(spec):
    cls = spec.provider_class()
    assert cls.capabilities == spec.capabilities, "the class takes them from its registry entry"
    for operation, capabilities in OPERATIONS.items():
        implemented = getattr(cls, operation) is not getattr(Provider, operation)
        declared = bool(capabilities & spec.capabilities)
        assert implemented == declared, (
            f"{spec.key}: {operation} is {'' if implemented else 'not '}implemented but "
            f"{sorted(c.value for c in capabilities)} {'are' if declared else 'are not'} declared"
        )
    assert bool(cls.webhook_routes) == (Capability.WEBHOOK_EVENTS in spec.capabilities)


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.key)
def test_forms_show_fields_that_exist(spec):
    profile_fields = {field.name for field in dataclasses.fields(config.Profile)}
    assert set(spec.field_names) <= profile_fields
    assert set(spec.secrets) <= set(SECRETS)
    required = set(spec.provider_class().required_fields) - {"base_url", "extension"}
    assert required <= set(spec.field_names), f"{spec.key} requires a field its forms do not show"
    assert spec.event_sources == settings_rules.event_sources(spec.capabilities), "the Settings dialog offers these"
    assert ("webhook" in spec.event_sources) == (Capability.WEBHOOK_EVENTS in spec.capabilities)
    assert ("websocket" in spec.event_sources) == (Capability.WEBSOCKET_EVENTS in spec.capabilities)


def test_a_provider_key_and_its_title_are_given_once():
    assert len({spec.key for spec in SPECS}) == len(SPECS)
    assert len({spec.title for spec in SPECS}) == len(SPECS)
    assert all(label for label in FIELD_LABELS.values())
    assert {field.name for field in PROFILE_FIELDS} == {name for spec in SPECS for name in spec.field_names}


def test_everything_that_lists_providers_reads_the_registry():
    assert tuple(REGISTRY) == tuple(spec.key for spec in SPECS)
    for key in REGISTRY:
        assert config.parse_profile("p", {"provider": key, "base_url": "https://pbx.example.vn"}).provider == key
    with pytest.raises(ConfigError, match="provider 'asterisk' is not one of tel4vn, tel4vn-pbx, onepos"):
        config.parse_profile("p", {"provider": "asterisk", "base_url": "https://pbx.example.vn"})
    assert config.SECRET_FIELDS == tuple(field.name for field in SECRETS)
    assert PROVIDERS == {spec.key: spec.provider for spec in SPECS}
    assert DIALECTS == {spec.key: spec.dialect for spec in SPECS}


def test_an_unknown_provider_is_a_config_error_naming_the_known_ones():
    with pytest.raises(ConfigError, match="unknown provider 'asterisk' \\(one of tel4vn, "):
        provider_spec("asterisk")
    with pytest.raises(ConfigError, match="unknown provider 'asterisk'"):
        dialect_class("asterisk")


def _strings(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string constant in a module that is not a docstring, with its line."""
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def _naming(text: str) -> set[str]:
    """The provider keys and titles a text names, as whole words (``/hooks/onepos`` names
    ``onepos``; ``tel4vn-supervisor`` and ``xoapi`` name nothing)."""
    names = {name for spec in SPECS for name in (spec.key, spec.title)}
    return {name for name in names if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)}


def test_no_module_outside_the_providers_and_their_dialects_names_a_provider():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if any(path.is_relative_to(allowed) for allowed in ALLOWED):
            continue
        for line, text in _strings(ast.parse(path.read_text(encoding="utf-8"))):
            for name in sorted(_naming(text)):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {name!r}")
    assert not found, "read it from agent_desk.providers.registry instead:\n" + "\n".join(found)


def test_the_scan_sees_what_it_looks_for():
    tree = ast.parse('"""Docstrings may say tel4vn."""\nX = ("onepos", f"/hooks/{1}/oapi", "TEL4VN PBX")\n')
    assert sorted(name for _, text in _strings(tree) for name in _naming(text)) == ["TEL4VN PBX", "oapi", "onepos"]
    assert not _naming("tel4vn-supervisor, TEL4VN, xoapi")


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.key)
def test_campaign_and_report_clients_follow_the_declarations(spec, tmp_path):
    from agent_desk.providers.campaigns import CampaignClient, campaign_client
    from agent_desk.providers.onepos import OnePosProvider
    from agent_desk.secrets import SecretStore

    table = {"provider": spec.key, "base_url": "http://127.0.0.1:9", "extension": "101"}
    table.update({name: "x" for name in spec.field_names})
    profile = config.parse_profile("p", table)
    provider = spec.provider_class()(profile, SecretStore(profile, env={}))
    if Capability.CAMPAIGNS in spec.capabilities:
        client = campaign_client(provider, tmp_path)
        overrides_dnc = type(client).add_dnc is not CampaignClient.add_dnc
        assert overrides_dnc == (Capability.DNC in spec.capabilities)
    else:
        assert Capability.DNC not in spec.capabilities
        with pytest.raises(Unsupported):
            campaign_client(provider, tmp_path)
    # a report API (onepos_campaigns.OnePosCampaigns.call_report) is OnePOS's; the others compute from history
    assert (Capability.REPORTS in spec.capabilities) == isinstance(provider, OnePosProvider)
