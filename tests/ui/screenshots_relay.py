"""Screenshots of the status bar on a relay desk, alive and dead, for the README (Xvfb or offscreen):

    DISPLAY=:99 .venv/bin/python -m tests.ui.screenshots_relay resources/screenshots en [dark]

It runs the demo app (the real window and simulator), starts a real relay in the same process for
the simulator's TEL4VN account (the callback registered with the simulator), signs agent 101 in
with ``events = "relay"``, lets a call pop through the relay and saves ``relay-ok-<lang>.png`` (the
main window); then stops the relay, waits until the status bar turns red (``DEAD_AFTER`` shortened
to 3 s) and saves ``relay-dead-<lang>.png``. With ``dark`` the files are ``dark-relay-…``.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from pathlib import Path

from tests.ui.screenshots import main, until

SECRET = "screenshot-relay-secret"


async def scenario(desk, out: Path, lang: str) -> None:
    from agent_desk.config import parse_profile
    from agent_desk.events import relay as relay_source
    from agent_desk.providers import create_provider
    from agent_desk.relay.server import RelayServer
    from agent_desk.relay.store import MemoryHistory
    from agent_desk.relay.tokens import SqliteTokenBook
    from agent_desk.secrets import SecretStore, env_name
    from agent_desk.ui.window.app import start_demo

    dark = "dark" in sys.argv[3:]
    prefix = "dark-" if dark else ""
    if dark:
        desk.apply_theme("dark")
    relay_source.DEAD_AFTER = 3.0
    sim = await start_demo(desk)
    sim.world.settings.rate_per_min = 0
    await until(lambda: desk.session.signed_in)
    table, secrets = sim.profile("tel4vn", "100")
    pbx_profile = parse_profile("relay", table)
    pbx = create_provider(pbx_profile, SecretStore(pbx_profile, env={env_name(k): v for k, v in secrets.items()}))
    relay = RelayServer(pbx, MemoryHistory(1000), SqliteTokenBook(Path(tempfile.mkdtemp())), secret=SECRET)
    await relay.start()
    await pbx.register_webhook(f"{relay.url}/{SECRET}/hooks/tel4vn", SECRET)
    _, token = await relay.tokens.add("101")

    current = desk.session.profile
    profile = dataclasses.replace(current, name="team-relay", events="relay", relay_url=relay.url)
    _, agent_secrets = sim.profile(current.provider, "101")
    assert await desk.sign_in(profile, {**agent_secrets, "relay_token": token}, False)
    label = desk.window.status.labels["events"]
    await until(lambda: label.property("level") == "ok" and "relay" in label.text())
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    sim.world.start_inbound(extension="101")
    await until(lambda: popped)
    desk.window.grab().save(str(out / f"{prefix}relay-ok-{lang}.png"))
    desk.pops.close_all()
    await relay.stop()
    await until(lambda: label.property("level") == "error", timeout=20)
    desk.window.grab().save(str(out / f"{prefix}relay-dead-{lang}.png"))
    await pbx.aclose()
    desk.quit()


if __name__ == "__main__":
    main(scenario)
