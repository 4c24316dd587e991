"""Item 3: the caller id was rendered as HTML in the pop, and a caller id that is not a phone number
went into the CRM URL. Labels are plain text; such a caller id is shown as text only."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from agent_desk.crm import crm_url
from agent_desk.phone import caller_number
from agent_desk.ui.dialing import dialer as d
from agent_desk.ui.pops import screen_pop as sp
from tests.ui.conftest import until

HTML = "<h1><font color=red>POLICE</font></h1>"
SMUGGLED = "0901234567&redirect=https://evil.example"


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_a_caller_id_that_is_not_a_number_never_becomes_a_url_or_a_dial_string():
    assert caller_number(SMUGGLED) == "" and caller_number(HTML) == "" and caller_number("tel:0901234567") == ""
    assert caller_number("0901 234 567") == "0901234567" and caller_number("101") == "101"
    assert crm_url("https://crm.example/?phone={phone}", SMUGGLED) == ""
    assert crm_url("https://crm.example/?phone={phone}", "+84 90 123 4567") == "https://crm.example/?phone=0901234567"


def test_html_and_smuggled_caller_ids_are_shown_as_text_and_never_opened_or_dialled(run, qsim, signed_in):
    desk = signed_in(events="webhook", crm_url="https://crm.example/search?phone={phone}")
    desk.settings.auto_open_crm = True
    popped: list[sp.ScreenPop] = []
    desk.pops.poppedUp.connect(popped.append)
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "catch")
    try:
        for phone in (HTML, SMUGGLED):
            qsim.world.start_inbound(phone, extension="101")
        run(until(lambda: len(popped) == 2, what="two pops"))
        html_pop, smuggled_pop = popped
        for pop in popped:
            labels = [pop, *pop.findChildren(QLabel)]
            assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels if isinstance(label, QLabel))
            assert not pop.crm_button.isEnabled()
        assert html_pop.number_label.text() == HTML and smuggled_pop.number_label.text() == SMUGGLED
        desk.pops.open_crm(SMUGGLED)
        run(until(lambda: all(p.state != sp.PopState.RINGING for p in popped), timeout=8, what="the calls to end"))
        assert not smuggled_pop.call_back_button.isVisible()
        desk.pops.call_back(SMUGGLED)
        assert desk.dialer.phase != d.DialPhase.RINGING and desk.window.dial_pad.number.text() == ""
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert catcher.urls == []
