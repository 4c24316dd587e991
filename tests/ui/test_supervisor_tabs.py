"""The Campaigns and Reports tabs against the simulator over loopback: a campaign created from a
file (bad rows listed, nothing sent), its progress as the floor dials it, stop / delete with a
confirmation naming it, the CSV export; the report with its charts; and what a provider without
the APIs shows."""

from __future__ import annotations

import csv
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QMessageBox

from agent_desk.phone import display
from agent_desk.ui.console.campaigns import CampaignsModel, CampaignsView
from agent_desk.ui.console.reports import ReportsView
from tests.helpers import until

FAST = {"console_refresh": 0.2}


def views(desk) -> tuple[CampaignsView, ReportsView]:
    campaigns, reports = desk.supervisor_views
    assert isinstance(campaigns, CampaignsView) and isinstance(reports, ReportsView)
    return campaigns, reports


def customer_file(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "customers.csv"
    path.write_text("id,name,phone\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_tel4vn_campaign_from_file_to_done(run, qsim, signed_in, tmp_path):
    desk = signed_in("tel4vn", "100", **FAST)
    tab, _ = views(desk)
    desk.window.tabs.setCurrentWidget(tab)
    assert "cannot list its queues" in tab.note.text()
    dialog = tab.new_campaign()
    dialog.load(customer_file(tmp_path, ["KH1,An,0901234567", "KH2,Bình,12345", "KH3,Chi,"]))
    assert not dialog.create_button.isEnabled()
    assert [dialog.problems.item(i).text() for i in range(dialog.problems.count())] == [
        "Line 3: '12345' is not a valid Vietnamese phone number",
        "Line 4: no phone number",
    ]
    dialog.load(customer_file(tmp_path, [f"KH{i},Khách {i},090000000{i}" for i in range(5)]))
    assert dialog.create_button.isEnabled()
    dialog.name.setText("Tháng 12")
    dialog.agents.setText("101,102")
    dialog.ratio.setValue(1.5)
    dialog.create_button.click()
    run(until(lambda: tab.model.rowCount() == 1, what="the new campaign listed"))
    assert qsim.dialects["tel4vn"].hits["POST /v2/autodialer/queue"] == 1
    queue = qsim.dialer.find("tel4vn-autodialer", "Thang-12")
    assert queue.ratio == 1.5 and queue.agents == ["101", "102"]
    run(until(lambda: queue.state == "done", timeout=20, what="the queue dialled"))
    run(until(lambda: tab.model.campaigns[0].state == "completed", timeout=10, what="progress read again"))
    progress = tab.model.index(0, CampaignsModel.PROGRESS).data()
    assert progress == "5 / 5 (100 %)"
    tab.select("Thang-12")
    run(until(lambda: tab.leads.rowCount() == 5, what="the customers of the selected campaign"))
    outcomes = {tab.leads.item(r, 3).text() for r in range(5)}
    assert outcomes <= {"Answered", "Busy", "No answer", "Dropped"}
    assert tab.leads.item(0, 2).text() == display("0900000000")
    out = tmp_path / "export.csv"
    tab.export(out)
    run(until(lambda: out.exists() and "written" in tab.result.text(), what="the CSV export"))
    with out.open(encoding="utf-8-sig") as handle:
        assert len(list(csv.DictReader(handle))) == 5
    box = tab.delete()
    assert box is not None and "Tháng 12" in box.text() and "Thang-12" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    run(until(lambda: tab.model.rowCount() == 0, what="the campaign deleted"))
    assert qsim.dialer.find("tel4vn-autodialer", "Thang-12") is None


def test_onepos_start_stop_and_report_charts(run, qsim, signed_in, tmp_path):
    desk = signed_in("onepos", "100", **FAST)
    tab, reports = views(desk)
    desk.window.tabs.setCurrentWidget(tab)
    assert tab.note.isHidden()
    dialog = tab.new_campaign()
    dialog.load(customer_file(tmp_path, ["KH1,An,0901234567", "KH2,Bình,0912345678"]))
    dialog.queue.setText("999")
    dialog.create_button.click()
    run(until(lambda: tab.model.rowCount() == 1, what="the new campaign listed"))
    campaign = tab.model.campaigns[0]
    assert campaign.state == "draft"
    tab.select(campaign.id)
    assert tab.start_action.isEnabled() and not tab.stop_action.isEnabled()
    tab.start_action.trigger()
    run(until(lambda: qsim.dialer.find("onepos", campaign.id).state in ("running", "done"), what="started"))
    desk.window.tabs.setCurrentWidget(reports)
    reports.start.setDate(reports.start.date().addDays(-40))
    reports.load()
    run(until(lambda: reports.current is not None, what="the report"))
    assert reports.figures["offered"].text() == str(reports.current.summary.offered)
    assert reports.queues.rowCount() == 2 and reports.agents.rowCount() > 0
    assert reports.queue_chart.chart().series() and reports.agent_chart.chart().series()
    target = tmp_path / "report.csv"
    reports.export(target)
    assert target.read_text(encoding="utf-8-sig").startswith("section,key,name")


def test_a_onepos_autocall_from_the_tab(run, qsim, signed_in, tmp_path):
    desk = signed_in("onepos", "100", **FAST)
    tab, _ = views(desk)
    desk.window.tabs.setCurrentWidget(tab)
    dialog = tab.new_campaign()
    assert dialog.template.isVisibleTo(dialog), "OnePOS has the autocall API: the template is asked for"
    dialog.load(customer_file(tmp_path, ["KH1,An,0901234567", "KH2,Bình,0912345678"]))
    dialog.template.setText("tpl_greet_01")
    dialog.create_button.click()
    run(until(lambda: tab.model.rowCount() == 1, what="the new autocall listed"))
    campaign = tab.model.campaigns[0]
    assert (campaign.kind, campaign.state) == ("autocall", "draft")
    assert tab.model.index(0, CampaignsModel.KIND).data() == "Autocall (IVR)"
    tab.select(campaign.id)
    tab.start_action.trigger()
    run(until(lambda: "Started" in tab.result.text(), what="the autocall started"))
    assert qsim.dialects["onepos"].hits["POST /api/v3/autocall/create"] == 1
    run(until(lambda: tab.model.campaigns[0].state == "completed", timeout=20, what="the autocall dialled"))
    assert tab.model.index(0, CampaignsModel.PROGRESS).data() == "2 / 2 (100 %)"


def test_a_tel4vn_autocall_offers_only_what_its_queue_takes(run, qsim, signed_in, tmp_path):
    """TEL4VN's autocall queue (document 002: queue_code, template, concurrent_call, max_recall_count,
    customers) takes no agents and no calls per free agent: with a template the dialog hides both and
    asks for concurrent calls; without one (the autodialer) it asks for agents again."""
    desk = signed_in("tel4vn", "100", **FAST)
    tab, _ = views(desk)
    desk.window.tabs.setCurrentWidget(tab)
    dialog = tab.new_campaign()
    shown = lambda: {n for n, w in dialog.fields.items() if w.isVisibleTo(dialog)}  # noqa: E731
    assert shown() == {"queue", "agents", "ratio", "retries"}
    dialog.agents.setText("101,102")
    dialog.template.setText("IVR-1")
    assert shown() == {"queue", "concurrent", "retries"}
    dialog.load(customer_file(tmp_path, ["KH1,An,0901234567", "KH2,Bình,0912345678"]))
    dialog.queue.setText("Nhac-no")
    dialog.concurrent.setValue(3)
    dialog.create_button.click()
    run(until(lambda: tab.model.rowCount() == 1, what="the autocall queue listed"))
    queue = qsim.dialer.find("tel4vn-autocall", "Nhac-no")
    assert queue is not None and queue.kind == "ivr" and queue.ratio == 3 and queue.agents == []
    assert tab.client.store.find("Nhac-no")["agents"] == []
    dialog = tab.new_campaign()
    dialog.template.setText("IVR-1")
    dialog.template.clear()
    assert shown() == {"queue", "agents", "ratio", "retries"}
    dialog.reject()


def test_a_onepos_autocall_keeps_the_campaign_fields(run, qsim, signed_in):
    """OnePOS makes an autocall from a campaign (POST /campaign with queue, agents, ratio, retries):
    its dialog offers the same fields with a template as without."""
    desk = signed_in("onepos", "100", **FAST)
    tab, _ = views(desk)
    dialog = tab.new_campaign()
    shown = lambda: {n for n, w in dialog.fields.items() if w.isVisibleTo(dialog)}  # noqa: E731
    assert shown() == {"queue", "agents", "ratio", "retries"}
    dialog.template.setText("tpl_greet_01")
    assert shown() == {"queue", "agents", "ratio", "retries"}
    dialog.reject()


def test_tel4vn_report_is_computed_from_the_history(run, qsim, signed_in):
    desk = signed_in("tel4vn", "100", **FAST)
    _, reports = views(desk)
    reports.start.setDate(reports.start.date().addDays(-40))
    reports.load()
    run(until(lambda: reports.current is not None, what="the report"))
    assert "computed from" in reports.status.text()
    assert reports.current.summary.offered == sum(c.direction == "inbound" for c in qsim.world.cdrs)


def test_a_provider_without_the_apis_gets_a_sentence(qapp):
    from agent_desk.config import parse_profile
    from agent_desk.providers import create_provider
    from agent_desk.secrets import SecretStore

    profile = parse_profile(
        "vc", {"provider": "voicecloud", "base_url": "http://127.0.0.1:9", "domain": "abc.com", "extension": "101"}
    )
    session = SimpleNamespace(provider=create_provider(profile, SecretStore(profile, env={})))
    campaigns, reports = CampaignsView(session), ReportsView(session)
    try:
        assert campaigns.table.isHidden() and "outbound campaigns" in campaigns.note.text()
        assert "call reports" in reports.status.text() and not reports.load_button.isEnabled()
    finally:
        campaigns.deleteLater()
        reports.deleteLater()


def test_do_not_call_from_the_tab(run, qsim, signed_in, tmp_path):
    desk = signed_in("tel4vn", "100", **FAST)
    tab, _ = views(desk)
    desk.window.tabs.setCurrentWidget(tab)
    dialog = tab.new_campaign()
    dialog.load(customer_file(tmp_path, ["KH1,An,0901234567", "KH2,Bình,0912345678"]))
    dialog.template.setText("IVR-1")
    dialog.create_button.click()
    run(until(lambda: tab.model.rowCount() == 1, what="the autocall queue listed"))
    assert tab.model.campaigns[0].kind == "autocall" and tab.dnc_action.isVisible()
    blocker = tab.open_dnc()
    blocker.numbers.setPlainText("+84 912 345 678\n12ab")
    blocker.ok_button.click()
    assert blocker.isVisible() and blocker.error.text() == "Not a phone number: 12ab"
    assert qsim.dialects["tel4vn"].hits["POST /v2/autocall/queue/dnc"] == 0, "nothing sent with a bad number"
    blocker.numbers.setPlainText("+84 912 345 678\n0987654321")
    blocker.ok_button.click()
    run(until(lambda: "blocked" in tab.result.text(), what="the do-not-call result"))
    assert tab.result.text().startswith(f"{display('0912345678')} blocked in customers.")
    assert "KH2" in qsim.dialer.find("tel4vn-autocall", "customers").dnc
    assert "is in no autocall queue" in tab.result.text()


def test_do_not_call_from_a_pop(run, qsim, signed_in, tmp_path):
    """A caller who is a customer of an autocall queue this desk created: the pop offers "Do not
    call this number again", which puts the customer on that queue's do-not-call list."""
    desk = signed_in("tel4vn", "100", events="webhook", **FAST)
    tab, _ = views(desk)
    dialog = tab.new_campaign()
    dialog.load(customer_file(tmp_path, ["KH1,An,0901234567", "KH2,Bình,0912345678"]))
    dialog.template.setText("IVR-1")
    dialog.create_button.click()
    run(until(lambda: tab.model.rowCount() == 1, what="the autocall queue listed"))
    popped = []
    desk.pops.poppedUp.connect(popped.append)
    qsim.world.start_inbound("0933333333", extension="100")  # in no queue of ours: no offer
    qsim.world.start_inbound("+84912345678", extension="100")
    run(until(lambda: len(popped) == 2, what="two pops"))
    stranger, customer = sorted(popped, key=lambda pop: pop.phone.endswith("5678"))
    assert stranger.dnc_button.isHidden()
    assert customer.dnc_button.isVisible() and "customers" in customer.dnc_button.toolTip()
    assert qsim.dialects["tel4vn"].hits["POST /v2/autocall/queue/dnc"] == 0
    customer.dnc_button.click()
    run(until(lambda: customer.dnc_result.isVisible(), what="the do-not-call result on the pop"))
    assert customer.dnc_result.text() == f"{display('0912345678')} will not be called again by customers."
    assert customer.dnc_button.isHidden()
    assert qsim.dialects["tel4vn"].hits["POST /v2/autocall/queue/dnc"] == 1
    assert "KH2" in qsim.dialer.find("tel4vn-autocall", "customers").dnc


def test_onepos_has_no_do_not_call(run, qsim, signed_in):
    desk = signed_in("onepos", "100", **FAST)
    tab, _ = views(desk)
    assert not tab.dnc_action.isVisible()
