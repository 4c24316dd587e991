"""Screenshots of the agent's shift for the README: the call card, a transfer from a pop, the missed
list with its count, the catch-up notice and three stacked pops; one language and theme a run.

    QT_QPA_PLATFORM=offscreen:configfile=tests/ui/laptop-screen.json \
        .venv/bin/python -m tests.ui.shift_screenshots OUT_DIR en light      # or: vi dark, ...

(the JSON gives the offscreen platform a 1366×768 laptop screen). It runs the demo in-process
(simulator, webhook events) and saves ``callcard-``, ``wrapup-``, ``callback-``, ``transfer-``,
``pops-``, ``pops-more-``, ``missed-`` and ``catchup-<theme>-<lang>.png``. Pictures that hold several windows
(a pop beside the transfer picker, the stacked pops) are composed from each window's own grab at
its place on the screen, so they need no X server.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from tests.ui.screenshots import main, until


def compose(windows, out: Path) -> None:
    """Paint the windows' grabs at their places on a picture of the screen's work area."""
    from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPixmap

    area = QGuiApplication.primaryScreen().availableGeometry()
    picture = QPixmap(area.size())
    picture.fill(QColor("#3b4252"))
    painter = QPainter(picture)
    for window in windows:
        painter.drawPixmap(window.frameGeometry().topLeft() - area.topLeft(), window.grab())
    painter.end()
    picture.save(str(out))


async def scenario(desk, out: Path, lang: str) -> None:
    from PySide6.QtCore import QDateTime

    from agent_desk.ui.pops import screen_pop as sp
    from agent_desk.ui.window.app import start_demo

    theme = sys.argv[3] if len(sys.argv) > 3 else "light"
    name = f"{theme}-{lang}"
    sim = await start_demo(desk)
    desk.apply_theme(theme)
    world = sim.world
    world.settings.rate_per_min = 0
    world.settings.answer_delay, world.settings.talk_time, world.settings.ring_timeout = 0.5, (120.0, 120.0), 20.0
    agent = world.extension("101")
    await until(lambda: desk.session.signed_in and desk.session.health and desk.session.health.state == "up")
    await until(lambda: desk.missed._up)
    await asyncio.sleep(1.0)
    desk.window.banner.hide()
    customers = list(world.customers.values())
    window = desk.window

    # the call card of a click-to-call
    window.dial_pad.dial_text(customers[7].phone)
    card = desk.call_card
    await until(lambda: "·" in card.state_label.text() and card.customer_label.text())
    await asyncio.sleep(3.2)
    card.note_button.click()
    card.note.setPlainText("Khách hỏi phí chuyển gói." if lang == "vi" else "Asked about the plan change fee.")
    await asyncio.sleep(0.3)
    window.grab().save(str(out / f"callcard-{name}.png"))

    # wrap-up with a callback, and the callback when it comes due
    desk.session.profile.extra["wrap_up"] = 45
    for call in list(world.calls.values()):
        world.hangup(call.id)
    await until(lambda: card.wrap_up.isVisible())
    panel = card.wrap_up
    panel.disposition.setCurrentIndex(panel.disposition.findData(panel.callback_codes[0]))
    panel.when.setDateTime(QDateTime.currentDateTime().addSecs(-60))
    panel.schedule_button.click()
    await asyncio.sleep(2.3)
    window.grab().save(str(out / f"wrapup-{name}.png"))
    panel.finish()
    desk.callbacks.check()
    window.tabs.setCurrentWidget(desk.missed_view)
    await asyncio.sleep(0.4)
    window.grab().save(str(out / f"callback-{name}.png"))
    for callback in desk.callbacks.due():
        desk.callbacks.dismiss(callback.call_id)
    window.banner.hide()
    window.tabs.setCurrentIndex(0)
    card.clear()

    # transfer my call from its pop
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    world.start_inbound(customers[0].phone, extension="101")
    await until(
        lambda: popped and popped[-1].state == sp.PopState.ANSWERED and "…" not in popped[-1].history_label.text()
    )
    pop = popped[-1]
    pop.transfer_button.click()
    dialog = desk.transfer.dialog
    await until(lambda: dialog.list.count() > 0)
    dialog.query.setText("vu" if lang == "en" else "đức")
    dialog.move(window.x() + 40, window.y() + 120)
    await asyncio.sleep(0.5)
    compose([window, pop, dialog], out / f"transfer-{name}.png")
    dialog.query.returnPressed.emit()
    await until(lambda: pop.state == sp.PopState.ENDED)
    await until(lambda: "105" in card.message.text())
    await asyncio.sleep(0.3)
    desk.pops.close_all()
    for call in list(world.calls.values()):
        world.hangup(call.id)
    card.clear()

    # three stacked pops, and a fourth collapsed with the oldest into "N more calls"
    agent.answers = False
    for customer in customers[1:4]:
        world.start_inbound(customer.phone, extension="101")
        await asyncio.sleep(0.4)
    await until(lambda: len(desk.pops.pops) == 3 and all("…" not in p.history_label.text() for p in popped[-3:]))
    await asyncio.sleep(0.5)
    compose([window, *desk.pops.pops.values()], out / f"pops-{name}.png")
    world.start_inbound(customers[10].phone, extension="101")
    await until(lambda: len(desk.pops.pops) == 4 and "…" not in popped[-1].history_label.text())
    await asyncio.sleep(0.5)
    shown = [p for p in desk.pops.pops.values() if p.isVisible()]
    compose([window, *shown, desk.pops._more], out / f"pops-more-{name}.png")

    # the missed list with its count
    for call in list(world.calls.values()):
        world.hangup(call.id)
    await until(lambda: desk.missed.count() >= 2)
    desk.pops.close_all()
    card.clear()
    window.tabs.setCurrentWidget(desk.missed_view)
    await asyncio.sleep(0.5)
    window.grab().save(str(out / f"missed-{name}.png"))

    # the catch-up after the desk was closed
    profile = desk.session.profile
    await desk.session.sign_out()
    agent.answers = True
    world.settings.talk_time = (1.0, 1.0)
    world.start_inbound(customers[8].phone, extension="101")
    await asyncio.sleep(3.0)
    agent.answers = False
    world.settings.ring_timeout = 1.0
    world.start_inbound(customers[9].phone, extension="101")
    await asyncio.sleep(2.5)
    agent.answers = True
    await desk.sign_in(profile, {}, False)
    await until(lambda: desk.missed_view.notice.isVisible())
    await asyncio.sleep(0.6)
    window.grab().save(str(out / f"catchup-{name}.png"))
    desk.quit()


if __name__ == "__main__":
    main(scenario)
