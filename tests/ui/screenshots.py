"""Screenshots of the demo as an agent sees it, for the README: run under Xvfb, one language a run.

    Xvfb :99 -screen 0 1200x720x24 &
    DISPLAY=:99 .venv/bin/python -m tests.ui.screenshots resources/screenshots vi
    DISPLAY=:99 .venv/bin/python -m tests.ui.screenshots resources/screenshots en

It runs ``agent-desk --demo`` in-process (the real window, simulator and webhooks), lets two
inbound calls come and go, places a click-to-call, then lets a known customer call extension 101
and leaves it ringing. It saves the whole screen (``desk-<lang>.png``), the main window
(``main-<lang>.png``) and the screen-pop (``pop-<lang>.png``), then the History tab with a few
pages of the demo's calls (``history-<lang>.png``), writes notes on the earlier calls in the
Journal tab (``journal-<lang>.png``) and quits.
"""

from __future__ import annotations

import asyncio
import functools
import os
import sys
import tempfile
from pathlib import Path

from tests import helpers

until = functools.partial(helpers.until, timeout=15.0, what="the demo to get there")


async def scenario(desk, out: Path, lang: str) -> None:
    from PySide6.QtGui import QGuiApplication

    from agent_desk.ui.dialing.dialer import DialPhase
    from agent_desk.ui.window.app import start_demo

    sim = await start_demo(desk)
    world = sim.world
    world.settings.rate_per_min = 0  # no random traffic: the script makes its own calls
    agent = world.extension("101")
    world.settings.answer_delay, world.settings.talk_time = 0.6, (1.0, 1.5)
    await until(lambda: desk.session.signed_in and desk.session.health and desk.session.health.state == "up")
    await asyncio.sleep(1.0)  # the webhook registration
    customers = list(world.customers.values())
    for customer in customers[3:5]:
        world.start_inbound(customer.phone, extension="101")
        await asyncio.sleep(3.5)
    desk.pops.close_all()
    desk.window.dial_pad.dial_text(customers[7].phone)
    await until(lambda: desk.dialer.phase == DialPhase.DONE)
    await asyncio.sleep(2.5)
    desk.pops.close_all()
    agent.answers = False  # the next call keeps ringing for the picture
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    world.start_inbound(customers[0].phone, extension="101")
    await until(
        lambda: popped and "…" not in popped[0].customer_label.text() and "…" not in popped[0].history_label.text()
    )
    await asyncio.sleep(0.8)  # let it paint
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0).save(str(out / f"desk-{lang}.png"))
    desk.window.grab().save(str(out / f"main-{lang}.png"))
    popped[0].grab().save(str(out / f"pop-{lang}.png"))
    desk.pops.close_all()
    await history_shot(desk, out, lang)
    await journal_shot(desk, out, lang)
    desk.quit()


async def history_shot(desk, out: Path, lang: str) -> None:
    """The History tab with three pages of everyone's demo calls, one recording playing."""
    view = desk.history
    view.ensure_built()
    view.page_size = 20
    view.filters.mine.setChecked(False)
    desk.window.tabs.setCurrentWidget(view)  # the first search starts by itself
    await until(lambda: view.search and view.search.pages and not view.loading)
    for _ in range(2):
        view.load_more()
        await until(lambda: not view.loading)
    view.select_row(next(i for i, r in enumerate(view.model.records) if r.recording))
    view.player_bar.play_button.click()
    await until(lambda: view.player.playing)
    await asyncio.sleep(0.6)
    desk.window.grab().save(str(out / f"history-{lang}.png"))


NOTES = {
    "vi": ["Hỏi phí chuyển đổi gói cước, đã gửi bảng giá qua email.", "Báo mất sóng ở Quận 3; hẹn gọi lại sáng mai."],
    "en": [
        "Asked about the plan change fee; price list sent by email.",
        "No signal in District 3; call back tomorrow.",
    ],
}


async def journal_shot(desk, out: Path, lang: str) -> None:
    """The Journal tab with notes and dispositions on the calls just made (``journal-<lang>.png``)."""
    from tests.ui.journal_typist import type_text

    view = desk.journal_view
    desk.window.tabs.setCurrentWidget(view)
    await until(lambda: view.model.rowCount() >= 4)
    for row, note, code in zip((3, 2), NOTES[lang], (2, 1), strict=True):  # the two earliest calls
        view.table.selectRow(row)
        type_text(view.note, note)
        view.disposition.setCurrentIndex(code)
    view.table.selectRow(2)
    await until(lambda: not view.notes.writer.unsaved())
    await asyncio.sleep(0.5)  # let it paint
    desk.window.grab().save(str(out / f"journal-{lang}.png"))


def main(play=None) -> None:
    """Run ``play(desk, out, lang)`` (default: :func:`scenario`) in the demo app; argv: OUT LANG."""
    play = play or scenario
    out, lang = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="agent-desk-shots-")
    os.environ["AGENT_DESK_CONFIG"] = os.path.join(home, "config.toml")
    os.environ["AGENT_DESK_DATA"] = os.path.join(home, "data")
    demo_dir = Path(home, "data", "demo")  # the demo reads its own ui.ini (agent_desk.ui.window.app.demo_data_dir)
    demo_dir.mkdir(parents=True)
    Path(demo_dir, "ui.ini").write_text(f"[ui]\nlanguage={lang}\n", encoding="utf-8")

    from PySide6.QtCore import QTimer

    from agent_desk.ui.window.app import adopt_loop, bootstrap

    app, desk = bootstrap(demo=True)
    desk.show()
    desk.window.move(24, 24)

    loops = []

    def second_phase() -> None:
        loops.append(adopt_loop(app))
        desk.bring_up()
        desk.run_task(play(desk, out, lang), on_error=lambda exc: (print(exc, file=sys.stderr), app.exit(1)))

    QTimer.singleShot(0, second_phase)
    desk.closed.connect(lambda: app.exit(0))
    status = app.exec()
    for loop in loops:  # as ui.app.main(): closing the loop joins its executor's worker threads
        loop.stop()
        loop.close()
    sys.exit(status)


if __name__ == "__main__":
    main()
