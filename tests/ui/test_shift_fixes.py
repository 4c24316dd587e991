"""Smaller things that confused agents: stale texts, a list kept across profiles, a silent hide."""

from __future__ import annotations

import httpx

from tests.helpers import until


def test_history_says_nothing_about_calls_loaded_when_the_first_page_failed(run, qsim, signed_in):
    desk = signed_in()
    qsim.faults.error_burst = 5
    view = desk.history
    desk.window.tabs.setCurrentWidget(view)
    run(until(lambda: view.search is not None and not view.loading and view.message.text(), what="the failure"))
    assert "server error" in view.message.text()
    assert view.count.text() == "", "not '0 calls loaded; more on the PBX'"


def test_calls_this_session_start_again_with_another_profile(run, qsim, signed_in, accounts):
    desk = signed_in(events="webhook")

    async def call_in() -> None:
        async with httpx.AsyncClient() as client:
            await client.post(f"{qsim.base_url}/_sim/inbound", json={"extension": "101"})

    run(call_in())
    log = desk.window.call_log
    run(until(lambda: log.list is not None and log.list.count() == 1, what="the call in the list"))
    other = accounts.profile("tel4vn", "102")
    assert run(desk.sign_in(other, {}, False))
    assert log.list.count() == 0, "another profile's session starts with an empty list"


def test_the_first_hide_to_the_tray_is_told_once(make_desk):
    desk = make_desk()
    assert not desk.settings.told_close_to_tray
    desk.window.hiddenToTray.emit()
    assert desk.settings.told_close_to_tray


def test_the_quick_dial_box_stays_on_the_screen_when_a_message_makes_it_grow(make_desk):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QCursor, QGuiApplication

    desk = make_desk()
    box = desk.tray.quick_dial
    area = QGuiApplication.primaryScreen().availableGeometry()
    QCursor.setPos(QPoint(area.right() - 5, area.bottom() - 5))  # the tray's corner
    box.popup()
    box.number.setText("0901234567")
    box.call()  # not signed in: a message
    assert box.error.isVisible() and box.width() == 340
    assert area.contains(box.frameGeometry()), "the whole box is on the screen"
    box.hide()
