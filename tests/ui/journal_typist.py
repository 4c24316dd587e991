"""An agent typing a note in the real Journal tab, for the kill -9 test (run as a subprocess).

    AGENT_DESK_CONFIG=... AGENT_DESK_DATA=... python -m tests.ui.journal_typist type
    AGENT_DESK_CONFIG=... AGENT_DESK_DATA=... python -m tests.ui.journal_typist show CALL_ID

Both run the demo in-process (the real window, the simulator, webhooks; the journal in
``$AGENT_DESK_DATA``). ``type`` lets a customer call agent 101, opens the Journal tab, selects
the call and types :data:`TEXT` key by key, pausing between words; it prints one JSON line
``{"call_id", "profile"}`` once the call is listed, then ``{"saved": N}`` each time the journal
confirms the first N characters are written, and types on until killed. ``show`` opens the
Journal tab of a new run, selects the call and prints ``{"note": ...}`` as its editor shows it.
"""

from __future__ import annotations

import asyncio
import functools
import json
import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests import helpers

TEXT = " ".join(f"Khách số {i} hỏi về hợp đồng, hẹn gọi lại." for i in range(1, 400))
KEY_MS = 0.01  # between keystrokes
WORD_PAUSE = 0.5  # after each word: longer than the save debounce


def type_text(widget: QWidget, text: str) -> None:
    """Key presses and releases for ``text``, Vietnamese letters included (QTest.keyClicks takes
    ASCII only; other characters go as key events that carry the text, as an input method sends)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)


def say(**values: object) -> None:
    print(json.dumps(values, ensure_ascii=False), flush=True)


until = functools.partial(helpers.until, timeout=20.0, what="the demo to get there")


async def scenario(desk, mode: str, call_id: str | None) -> None:
    from agent_desk.ui.window.app import start_demo

    sim = await start_demo(desk)
    sim.world.settings.rate_per_min = 0  # only the calls made here
    await until(lambda: desk.session.signed_in and desk.session.health and desk.session.health.state == "up")
    view = desk.journal_view
    desk.window.tabs.setCurrentWidget(view)
    if call_id is None:
        await asyncio.sleep(1.0)  # the webhook registration
        call_id = sim.world.start_inbound(extension="101").id
    await until(lambda: view.model.row_of(call_id) >= 0)
    view.table.selectRow(view.model.row_of(call_id))
    profile = desk.session.profile.name
    if mode == "show":
        say(note=view.note.toPlainText())
        desk.quit()
        return
    say(call_id=call_id, profile=profile)
    view.notes.saved.connect(lambda p, c: say(saved=len(view.notes.text(p, c))) if c == call_id else None)
    view.note.setFocus()
    for word in TEXT.split(" "):
        for char in word + " ":
            type_text(view.note, char)
            await asyncio.sleep(KEY_MS)
        await asyncio.sleep(WORD_PAUSE)
    desk.quit()


def main() -> None:
    from PySide6.QtCore import QTimer

    from agent_desk.ui.window.app import adopt_loop, bootstrap

    mode = sys.argv[1]
    call_id = sys.argv[2] if mode == "show" else None
    app, desk = bootstrap(demo=True)
    desk.show()

    def failed(exc: BaseException) -> None:
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        app.exit(1)

    loops = []

    def second_phase() -> None:
        loops.append(adopt_loop(app))
        desk.bring_up()
        desk.run_task(scenario(desk, mode, call_id), on_error=failed)

    QTimer.singleShot(0, second_phase)
    desk.closed.connect(lambda: app.exit(0))
    status = app.exec()
    for loop in loops:  # as app.main() does: stop the adopted loop and its worker threads
        loop.stop()
        loop.close()
    sys.exit(status)


if __name__ == "__main__":
    main()
