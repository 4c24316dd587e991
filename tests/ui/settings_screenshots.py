"""Screenshots of the Settings dialog (every page) and of the main window in the dark theme.

    Xvfb :99 -screen 0 1280x800x24 &
    DISPLAY=:99 .venv/bin/python -m tests.ui.settings_screenshots OUT_DIR vi
    DISPLAY=:99 .venv/bin/python -m tests.ui.settings_screenshots OUT_DIR en

It runs the demo in-process (simulator, webhook events), opens *Options → Settings…* and saves
``settings-<page>-<lang>.png`` for each page, then switches to the dark theme, lets a customer
call and saves ``dark-main-<lang>.png``, ``dark-pop-<lang>.png`` and ``dark-settings-<lang>.png``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.ui.screenshots import until

PAGES = ("profile", "events", "pop", "appearance")


async def scenario(desk, out: Path, lang: str) -> None:
    from agent_desk.ui.window.app import start_demo

    sim = await start_demo(desk)
    sim.world.settings.rate_per_min = 0
    await until(lambda: desk.session.signed_in and desk.session.health and desk.session.health.state == "up")
    desk.window.banner.hide()
    dialog = desk.open_settings()
    dialog.move(40, 40)
    await until(lambda: dialog.secrets["api_key"].where.text())
    for index, page in enumerate(PAGES):
        dialog.tabs.setCurrentIndex(index)
        await asyncio.sleep(0.3)
        dialog.grab().save(str(out / f"settings-{page}-{lang}.png"))
    dialog.crm_url.setText("crm.example/search")
    dialog.tabs.setCurrentIndex(0)
    dialog.save_button.click()
    await asyncio.sleep(0.3)
    dialog.grab().save(str(out / f"settings-invalid-{lang}.png"))
    dialog.reject()

    desk.apply_theme("dark")
    desk.window.banner.show_text("Settings saved.", "warn")
    agent = sim.world.extension("101")
    agent.answers = False
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    sim.world.start_inbound(next(iter(sim.world.customers.values())).phone, extension="101")
    await until(lambda: popped and "…" not in popped[0].history_label.text())
    await asyncio.sleep(0.8)
    desk.window.grab().save(str(out / f"dark-main-{lang}.png"))
    popped[0].grab().save(str(out / f"dark-pop-{lang}.png"))
    dialog = desk.open_settings()
    await asyncio.sleep(0.4)
    dialog.grab().save(str(out / f"dark-settings-{lang}.png"))
    shortcuts = desk.window.show_shortcuts()
    await asyncio.sleep(0.3)
    shortcuts.grab().save(str(out / f"shortcuts-{lang}.png"))
    desk.quit()


def main() -> None:
    from tests.ui.screenshots import main as run_demo

    run_demo(scenario)


if __name__ == "__main__":
    main()
