"""Changing the language applies at once: every window's texts, the session, pops and tab kept."""

from __future__ import annotations

import httpx
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from agent_desk.ui.common.retranslate import catalogue, switch_language
from agent_desk.ui.history.filters import HistoryFilters
from tests.helpers import until


def texts(desk) -> dict[str, str]:
    w = desk.window
    return {
        "history tab": w.tabs.tabText(w.tabs.indexOf(desk.history)),
        "account menu": w.menuBar().actions()[0].text(),
        "history placeholder": desk.history.filters.phone.placeholderText(),
        "history count": desk.history.count.text(),
    }


def test_switching_the_language_retranslates_at_once_and_keeps_the_session(run, qsim, signed_in):
    desk = signed_in(events="webhook")
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    customer = next(iter(qsim.world.customers.values()))
    qsim.world.extension("101").answers = False  # it rings on through the test

    async def call_in() -> None:
        async with httpx.AsyncClient() as client:
            await client.post(f"{qsim.base_url}/_sim/inbound", json={"extension": "101", "phone": customer.phone})

    run(call_in())
    run(until(lambda: popped, what="the pop"))
    pop = popped[0]
    history = desk.history
    history.page_size = 3
    desk.window.tabs.setCurrentWidget(history)
    run(until(lambda: history.search and history.search.pages and not history.loading, what="a page of history"))
    history.filters.phone.setText("0901")
    assert texts(desk) == {
        "history tab": "History",
        "account menu": "&Account",
        "history placeholder": "Customer's number or name (Ctrl+F)",
        "history count": "3 calls loaded; more on the PBX",
    }
    assert pop.copy_button.text() == "Copy number"
    try:
        desk.window.language_actions["vi"].trigger()
        assert desk.language == "vi" and desk.settings.language == "vi"
        assert texts(desk) == {
            "history tab": "Lịch sử",
            "account menu": "&Tài khoản",
            "history placeholder": "Số hoặc tên khách hàng (Ctrl+F)",
            "history count": "Đã tải 3 cuộc gọi; tổng đài vẫn còn",
        }
        assert pop.copy_button.text() == "Sao chép số" and pop.isVisible(), "the open pop stays, in Vietnamese"
        assert "Cuộc gọi đến" in desk.call_card.state_label.text(), "texts made of pieces are made again"
        assert history.table.model().headerData(0, Qt.Orientation.Horizontal) == "Thời gian"
        assert desk.session.signed_in and desk.window.tabs.currentWidget() is history
        assert history.filters.phone.text() == "0901", "typed text is kept"
        desk.window.language_actions["en"].trigger()
        assert texts(desk)["history tab"] == "History" and pop.copy_button.text() == "Copy number"
        assert texts(desk)["history count"] == "3 calls loaded; more on the PBX"
    finally:
        if desk.language != "en":
            desk.window.language_actions["en"].trigger()
    assert QCoreApplication.translate("HistoryView", "Load more") == "Load more"


def test_the_catalogue_reads_every_message_of_the_shipped_file(qapp):
    found = catalogue()
    assert found is not None and len(found.messages) > 500
    assert ("Desk", "History") in found.texts("vi")["Lịch sử"]
    assert ("Desk", "History") in found.texts("en")["History"]
    pattern, order, _ = next(t for t in found.templates("vi") if t[2][1] == "%1 calls loaded; more on the PBX")
    assert pattern.match("Đã tải 40 cuộc gọi; tổng đài vẫn còn").groups() == ("40",) and order == [1]


def test_a_choice_box_is_measured_again_in_the_new_language(qapp):
    """A box sized on first show would keep the English width and cut off a longer Vietnamese text."""
    filters = HistoryFilters()
    filters.show()
    qapp.processEvents()
    english = filters.status.sizeHint().width()
    translator = switch_language(qapp, "en", "vi", None)
    try:
        box = filters.status
        assert box.currentText() == "Mọi trạng thái"
        fresh = QComboBox()
        fresh.addItems([box.itemText(i) for i in range(box.count())])
        assert box.sizeHint() == fresh.sizeHint() and box.sizeHint().width() > english
    finally:
        switch_language(qapp, "vi", "en", translator)
        filters.deleteLater()
