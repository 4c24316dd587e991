"""Screenshots of the supervisor's Campaigns and Reports tabs, an alert, and the wallboard, for the
README: run under Xvfb (1920x1080, so the wallboard fills a TV-sized screen), one language and
theme a run.

    Xvfb :93 -screen 0 1920x1080x24 &
    DISPLAY=:93 .venv/bin/python -m tests.ui.screenshots_supervisor resources/screenshots en light
    DISPLAY=:93 .venv/bin/python -m tests.ui.screenshots_supervisor resources/screenshots vi dark

It runs the demo in-process (the real window and simulator) and signs in as a OnePOS supervisor
(extension 100): creates a campaign from a customer file through the New campaign dialog, starts
it and lets the floor dial it (``campaigns-<lang>-<theme>.png``), reads a month's report
(``reports-...``), makes a caller wait in queue 888 past low thresholds (``alert-...``), and opens
the wallboard full-screen (``wallboard-...``, 1920x1080).
"""

from __future__ import annotations

import asyncio
import dataclasses
import sys
import tempfile
from pathlib import Path

from tests.ui.screenshots import until

THEME = sys.argv[3] if len(sys.argv) > 3 else "light"
NAMES = {"en": "December renewals", "vi": "Gia hạn tháng 12"}


def customer_file() -> Path:
    path = Path(tempfile.mkdtemp(prefix="agent-desk-shots-")) / "customers.csv"
    families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
    rows = [f"KH{i:03d},{families[i % 8]} Văn {chr(65 + i % 26)},09{i + 12345678:08d}" for i in range(60)]
    path.write_text("id,name,phone\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


async def sign_in_onepos_supervisor(desk, sim) -> None:
    from agent_desk.secrets import SecretStore, env_name

    profile = dataclasses.replace(
        desk.config.profiles["onepos"], name="onepos-supervisor", extension="100", role="supervisor"
    )
    _, secrets = sim.profile("onepos", "100")
    desk.config.profiles[profile.name] = profile
    base = desk.secret_source
    desk.secret_source = lambda p: (
        SecretStore(p, env={env_name(k): v for k, v in secrets.items()}) if p.name == profile.name else base(p)
    )
    desk.begin_sign_in(profile)
    await until(
        lambda: desk.session.signed_in and desk.session.profile.name == profile.name and desk.supervisor_views,
        timeout=30,
    )


async def scenario(desk, out: Path, lang: str) -> None:
    from agent_desk.ui.window.app import start_demo

    desk.apply_theme(THEME)
    sim = await start_demo(desk)
    world = sim.world
    world.settings.rate_per_min = 0
    world.settings.talk_time = (20.0, 40.0)
    await until(lambda: desk.session.signed_in)
    await sign_in_onepos_supervisor(desk, sim)
    desk.window.resize(1260, 760)
    campaigns, reports = desk.supervisor_views
    console = desk.console

    # Campaigns: a running campaign with progress
    desk.window.tabs.setCurrentWidget(campaigns)
    dialog = campaigns.new_campaign()
    dialog.load(customer_file())
    dialog.name.setText(NAMES[lang])
    dialog.queue.setText("999")
    dialog.ratio.setValue(1.5)
    dialog.retries.setValue(1)
    dialog.create_button.click()
    await until(lambda: campaigns.model.rowCount() == 1, timeout=10)
    campaigns.select(campaigns.model.campaigns[0].id)
    campaigns.start_action.trigger()
    await until(lambda: (campaigns.model.campaigns[0].answered or 0) >= 4, timeout=60)
    campaigns.select(campaigns.model.campaigns[0].id)
    await asyncio.sleep(1.0)
    desk.window.grab().save(str(out / f"campaigns-{lang}-{THEME}.png"))

    # Reports: the last month, with charts
    desk.window.tabs.setCurrentWidget(reports)
    reports.start.setDate(reports.end.date().addDays(-29))
    reports.load()
    await until(lambda: reports.current is not None, timeout=20)
    await asyncio.sleep(1.0)
    desk.window.grab().save(str(out / f"reports-{lang}-{THEME}.png"))

    # An alert: callers waiting in queue 888, nobody there picks up
    for ext in ("105", "106", "107"):
        world.extension(ext).answers = False
    world.settings.ring_timeout = 120.0
    dialog = console.edit_thresholds()
    dialog.waiting.setValue(1)
    dialog.longest.setValue(15)
    dialog._accept()
    world.start_inbound(queue="888")  # rings 105-107; a second caller would find them all ringing
    desk.window.tabs.setCurrentWidget(console)
    try:
        await until(lambda: len(console.monitor.active) >= 2, timeout=40)
    except TimeoutError:
        print("alerts:", console.monitor.active, console.floor and console.floor.queues, file=sys.stderr)
        raise
    await asyncio.sleep(1.5)
    desk.window.grab().save(str(out / f"alert-{lang}-{THEME}.png"))

    # The wallboard, full-screen
    board = console.show_wallboard()
    await asyncio.sleep(2.5)
    board.grab().save(str(out / f"wallboard-{lang}-{THEME}.png"))
    board.close()
    desk.quit()


if __name__ == "__main__":
    from tests.ui.screenshots import main

    main(scenario)
