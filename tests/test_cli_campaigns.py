"""``agent-desk campaigns``, ``campaign ...``, ``dnc add`` and ``report`` as real subprocesses
against the simulator (the error contract of tests/test_cli.py holds: one line on stderr)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from tests.helpers import until
from tests.helpers.sim import fast_settings


@pytest.fixture
def sim_settings():
    return fast_settings(talk_time=(0.1, 0.2), history_size=80)


def customer_file(tmp_path: Path, lines: list[str], name: str = "khach-hang.csv") -> Path:
    path = tmp_path / name
    path.write_text("id,name,phone\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


async def test_tel4vn_campaign_lifecycle(sim, agent, tmp_path):
    empty = await agent("campaigns", "--json", profile="tel4vn-supervisor")
    assert empty.json() == {"campaigns": [], "kept_by_desk": True}
    path = customer_file(tmp_path, [f"KH{i},Khách {i},+84 90 000 00{i:02d}" for i in range(6)])
    made = await agent(
        "campaign",
        "create",
        str(path),
        "--name",
        "Tháng 12",
        "--agents",
        "101,102",
        "--ratio",
        "1.5",
        "--retries",
        "1",
        "--json",
        profile="tel4vn-supervisor",
    )
    result = made.json()
    assert result["campaign"]["id"] == "Thang-12" and result["customers"] == 6
    queue = sim.dialer.find("tel4vn-autodialer", "Thang-12")
    assert queue.ratio == 1.5 and queue.agents == ["101", "102"] and queue.leads["KH3"].phones == ["0900000003"]
    await until(lambda: queue.state == "done", timeout=20)
    listed = await agent("campaigns", profile="tel4vn-supervisor")
    assert "cannot list its queues" in listed.out and "Thang-12" in listed.out and "completed" in listed.out
    leads_csv = tmp_path / "leads.csv"
    report = await agent("campaign", "report", "Thang-12", "--csv", str(leads_csv), profile="tel4vn-supervisor")
    assert report.rc == 0 and "Leads      6" in report.out and "Pending    0" in report.out
    with leads_csv.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 6 and {r["id"] for r in rows} == {f"KH{i}" for i in range(6)}
    stopped = await agent("campaign", "stop", "Thang-12", profile="tel4vn-supervisor")
    assert stopped.rc == 0 and "Stopped campaign Thang-12" in stopped.out
    deleted = await agent("campaign", "delete", "Thang-12", "--json", profile="tel4vn-supervisor")
    assert deleted.json() == {"id": "Thang-12", "action": "delete", "done": True}
    again = await agent("campaign", "start", "Thang-12", profile="tel4vn-supervisor")
    assert again.rc == 3 and "not a queue this desk created" in again.err


async def test_bad_rows_are_listed_and_nothing_is_sent(sim, agent, tmp_path):
    path = customer_file(tmp_path, ["KH1,A,0901234567", "KH2,B,12345", "KH1,C,0912345678", "KH4,D,"])
    run = await agent("campaign", "create", str(path), profile="tel4vn-supervisor")
    assert run.rc == 2 and "3 line(s) of khach-hang.csv refused; nothing was sent" in run.err
    assert run.out.splitlines() == [
        "khach-hang.csv: line 3: '12345' is not a valid Vietnamese phone number",
        "khach-hang.csv: line 4: id 'KH1' is already used on line 2",
        "khach-hang.csv: line 5: no phone number",
    ]
    as_json = await agent("campaign", "create", str(path), "--json", profile="tel4vn-supervisor")
    assert as_json.rc == 2 and '"refused": [{"line": 3' in as_json.out
    assert sim.dialects["tel4vn"].hits["POST /v2/autodialer/queue"] == 0
    bad_ratio = await agent("campaign", "create", str(path), "--ratio", "0", profile="tel4vn-supervisor")
    assert bad_ratio.rc == 2 and "--ratio" in bad_ratio.err


async def test_xlsx_autocall_and_dnc(sim, agent, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Mã KH", "Họ tên", "Số điện thoại", "contract_number"])
    book.active.append(["KH1", "An", "0901234567", "HD1"])
    book.active.append(["KH2", "Bình", "0912345678", "HD2"])
    path = tmp_path / "ivr.xlsx"
    book.save(path)
    with_agents = await agent(
        "campaign", "create", str(path), "--template", "IVR-1", "--agents", "101", profile="tel4vn-supervisor"
    )
    assert with_agents.rc == 2 and "--agents" in with_agents.err and "takes no agents" in with_agents.err
    assert sim.dialects["tel4vn"].hits["POST /v2/autocall/queue"] == 0, "nothing sent"
    made = await agent("campaign", "create", str(path), "--template", "IVR-1", "--json", profile="tel4vn-supervisor")
    assert made.json()["campaign"]["kind"] == "autocall"
    dnc = await agent("dnc", "add", "+84912345678", "0987654321", "--json", profile="tel4vn-supervisor")
    assert dnc.json() == {"blocked": {"0912345678": ["ivr"]}, "unmatched": ["0987654321"]}
    assert "KH2" in sim.dialer.find("tel4vn-autocall", "ivr").dnc
    bad = await agent("dnc", "add", "12", profile="tel4vn-supervisor")
    assert bad.rc == 2


async def test_onepos_campaign_via_cli(sim, agent, tmp_path):
    path = customer_file(tmp_path, ["KH1,A,0901234567", "KH2,B,0912345678"])
    made = await agent("campaign", "create", str(path), "--queue", "999", "--ratio", "2", "--json", profile="onepos")
    campaign_id = made.json()["campaign"]["id"]
    started = await agent("campaign", "start", campaign_id, profile="onepos")
    assert started.rc == 0
    await until(lambda: sim.dialer.find("onepos", campaign_id).state == "done", timeout=20)
    listed = (await agent("campaigns", "--json", profile="onepos")).json()
    assert listed["kept_by_desk"] is False and listed["campaigns"][0]["state"] == "completed"
    dnc = await agent("dnc", "add", "0901234567", profile="onepos")
    assert dnc.rc == 5 and "do not call" in dnc.err


async def test_onepos_autocall_via_cli(sim, agent, tmp_path):
    path = customer_file(tmp_path, ["KH1,A,0901234567", "KH2,B,0912345678"])
    made = await agent("campaign", "create", str(path), "--template", "tpl_greet_01", "--json", profile="onepos")
    campaign = made.json()["campaign"]
    assert (campaign["kind"], campaign["state"]) == ("autocall", "draft")
    assert (await agent("campaign", "start", campaign["id"], profile="onepos")).rc == 0
    [autocall] = [c for c in sim.dialer.campaigns.values() if c.owner == "onepos-autocall"]
    assert autocall.template == "tpl_greet_01" and autocall.extra["campaign_id"] == campaign["id"]
    await until(lambda: autocall.state == "done", timeout=20)
    listed = (await agent("campaigns", "--json", profile="onepos")).json()["campaigns"]
    assert [(c["kind"], c["state"], c["total"], c["pending"]) for c in listed] == [("autocall", "completed", 2, 0)]
    again = await agent("campaign", "start", campaign["id"], profile="onepos")
    assert again.rc != 0 and "cannot resume" in again.err


async def test_unsupported_providers_exit_5(agent):
    for args in (("campaigns",), ("report",)):
        run = await agent(*args, profile="voicecloud")
        assert run.rc == 5 and "cannot do this" in run.err, run


async def test_report_json_and_text(sim, agent, tmp_path):
    today = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()
    start = (today - dt.timedelta(days=40)).isoformat()
    onepos = (await agent("report", "--from", start, "--json", profile="onepos")).json()
    assert onepos["source"] == "report" and onepos["summary"]["offered"] > 0 and onepos["by_queue"]
    tel4vn = await agent("report", "--from", start, "--to", today.isoformat(), "--by", "agent", profile="tel4vn")
    assert tel4vn.rc == 0 and "computed from" in tel4vn.out and "Answer rate" in tel4vn.out and "EXT" in tel4vn.out
    by_queue = (await agent("report", "--from", start, "--by", "queue", "--json", profile="tel4vn")).json()
    assert "by_agent" not in by_queue and by_queue["by_queue"][0]["queue"] == "999"
    out = tmp_path / "report.csv"
    written = await agent("report", "--from", start, "--csv", str(out), profile="tel4vn")
    assert written.rc == 0 and out.read_text(encoding="utf-8-sig").startswith("section,key,name")
    backwards = await agent("report", "--from", today.isoformat(), "--to", start, profile="tel4vn")
    assert backwards.rc == 2 and "--from must not be after --to" in backwards.err
