"""The first run of a profile IT provisioned: the sign-in window asks only for the agent's own
sign-in (extension, user name and password), signs in against the simulator, and keeps the rest."""

from __future__ import annotations

import tomli_w

from agent_desk.config import load_config
from agent_desk.provision import MARK, install, parse
from agent_desk.secrets import SecretStore
from tests.helpers import until


def provision(sim, source: str = "https://relay.example.vn/provision") -> None:
    """What ``agent-desk --provision`` writes: the company's profile, without the agent's fields."""
    table, _ = sim.profile("tel4vn", "101")
    company = {k: v for k, v in table.items() if k not in ("extension", "username")}
    company.update(events="none", crm_url="https://crm.example/search?phone={phone}")
    raw = tomli_w.dumps({"profiles": {"office": company}}).encode()
    install(parse(raw, source))


def visible(dialog) -> dict[str, bool]:
    rows = {
        "provider": dialog.provider,
        "server": dialog.base_url,
        "extension": dialog.extension,
        "username": dialog.texts["username"],
        "password": dialog.secrets["password"],
        "api_key": dialog.secrets["api_key"],
        "events": dialog.events,
        "crm": dialog.crm_url,
    }
    return {name: dialog.form.isRowVisible(widget) for name, widget in rows.items()}


def test_the_first_run_asks_only_for_the_agents_own_sign_in(run, qsim, make_desk, isolated_env):
    provision(qsim)
    desk = make_desk(secret_source=lambda profile: SecretStore(profile, env={}))  # nothing stored yet
    desk.start()
    run(until(lambda: desk.login is not None and desk.login.isVisible(), what="the sign-in window"))
    dialog = desk.login
    assert dialog.short and dialog.provisioned_note.isVisible()
    assert "Your company set up “office” for you" in dialog.provisioned_note.text()
    assert visible(dialog) == {
        "provider": False,
        "server": False,
        "extension": True,
        "username": True,
        "password": True,
        "api_key": False,
        "events": False,
        "crm": False,
    }
    _, secrets = qsim.profile("tel4vn", "101")
    dialog.extension.setText("101")
    dialog.texts["username"].setText("agent101")
    dialog.secrets["password"].setText(secrets["password"])
    dialog.sign_in_button.click()
    run(until(lambda: desk.session.signed_in, what="the sign-in with the agent's own password"))
    saved = load_config().profiles["office"]
    assert (saved.extension, saved.username, saved.base_url) == ("101", "agent101", qsim.url("tel4vn"))
    assert saved.crm_url == "https://crm.example/search?phone={phone}" and saved.extra[MARK]
    assert not saved.file_secrets


def test_all_fields_shows_the_whole_form(run, qsim, make_desk, isolated_env):
    provision(qsim)
    desk = make_desk(secret_source=lambda profile: SecretStore(profile, env={}))
    desk.start()
    run(until(lambda: desk.login is not None and desk.login.isVisible(), what="the sign-in window"))
    dialog = desk.login
    dialog.all_fields_button.click()
    assert not dialog.short and not dialog.all_fields_button.isVisible()
    assert all(visible(dialog).values()), visible(dialog)
    assert dialog.base_url.text() == qsim.url("tel4vn")
