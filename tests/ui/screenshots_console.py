"""Screenshots of the Supervisor console for the README: run under Xvfb, one language a run.

    Xvfb :94 -screen 0 1280x800x24 &
    DISPLAY=:94 .venv/bin/python -m tests.ui.screenshots_console resources/screenshots en
    DISPLAY=:94 .venv/bin/python -m tests.ui.screenshots_console resources/screenshots vi

It runs the demo in-process (the real window and simulator), signs in as the TEL4VN supervisor
(extension 100), puts 300 long calls on the floor plus a few ringing ones, churns a few calls a
second, selects a call and listens in, and saves ``console-<lang>.png`` (the
main window on the Supervisor tab). Then it does the same as a OnePOS supervisor, whose console
has queue figures and a chart (40 s of it) but no listen/whisper/barge/transfer, and saves
``console-onepos-<lang>.png``. Each waits for its call events to be up before the shot.
"""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

from tests.ui.screenshots import until

FLOOR = 300


async def fill_floor(world) -> None:
    world.settings.rate_per_min = 0
    world.start_standing_calls(FLOOR)
    world.settings.ring_timeout = 60.0
    for ext in ("101", "102", "105"):
        world.extension(ext).answers = False
        world.start_inbound(extension=ext)


async def churn(world, seconds: float) -> None:
    """A standing call ends and one starts every half second; a caller joins a queue every 1.5 s."""
    for step in range(int(seconds * 2)):
        world.churn(1)
        if step % 3 == 0:
            world.start_inbound(queue=("999", "888")[step % 2])
        await asyncio.sleep(0.5)


async def sign_in(desk, profile) -> None:
    desk.begin_sign_in(profile)
    await until(
        lambda: (
            desk.session.signed_in
            and desk.session.profile.name == profile.name
            and desk.console is not None
            and desk.console.provider is desk.session.provider
            and desk.console.calls.rowCount() >= FLOOR
            and desk.session.health is not None
            and desk.session.health.state == "up"
        ),
        timeout=30,
    )


async def shoot(desk, out: Path, name: str, *, listen: bool) -> None:
    from agent_desk.models import CallAction

    console = desk.console
    desk.window.tabs.setCurrentWidget(console)
    await asyncio.sleep(0.5)
    chosen = console.calls.row(console.calls.rowCount() // 3)
    console.select_call(chosen.call_id)
    if listen:  # the result names the agent's extension: "Listening to the call of … (3157) …"
        console.call_actions.actions[CallAction.LISTEN].trigger()
        await until(lambda: f"({chosen.extension})" in console.result.text() and "…" not in console.result.text())
    await asyncio.sleep(1.2)
    desk.window.grab().save(str(out / name))


async def scenario(desk, out: Path, lang: str) -> None:
    from agent_desk.demo import SUPERVISOR_PROFILE
    from agent_desk.ui.window.app import start_demo

    sim = await start_demo(desk)
    world = sim.world
    await until(lambda: desk.session.signed_in)
    await fill_floor(world)
    desk.window.resize(1260, 760)
    churning = asyncio.ensure_future(churn(world, 120))
    team = [e.username for e in world.extensions.values()]  # the supervisor watches the whole floor
    supervisor = dataclasses.replace(desk.config.profiles[SUPERVISOR_PROFILE])
    supervisor.extra = {**supervisor.extra, "agents": team}
    await sign_in(desk, supervisor)
    await shoot(desk, out, f"console-{lang}.png", listen=True)
    agent = desk.config.profiles["onepos"]
    onepos = dataclasses.replace(  # the simulator's one company webhook is this desk's to take (OnePOS keeps one)
        agent,
        name="onepos-supervisor",
        extension="100",
        role="supervisor",
        extra={**agent.extra, "register_webhook": True},
    )
    _, secrets = sim.profile("onepos", "100")
    desk.config.profiles[onepos.name] = onepos
    base = desk.secret_source
    from agent_desk.secrets import SecretStore, env_name

    desk.secret_source = lambda p: (
        SecretStore(p, env={env_name(k): v for k, v in secrets.items()}) if p.name == onepos.name else base(p)
    )
    await sign_in(desk, onepos)
    await asyncio.sleep(40)  # the queue chart gathers 40 points of the OnePOS figures
    await shoot(desk, out, f"console-onepos-{lang}.png", listen=False)
    churning.cancel()
    desk.quit()


if __name__ == "__main__":
    from tests.ui.screenshots import main

    main(scenario)
