"""Campaigns and reports: the customer file reader, the simulator's campaign endpoints through the
real clients (TEL4VN autodialer/autocall queues and do-not-call, OnePOS campaigns, leads, autocall
and reports), the dialer on the simulated floor, and reports computed from CDRs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import httpx
import openpyxl
import pytest

from agent_desk import errors
from agent_desk.models import Capability
from agent_desk.providers.campaigns import campaign_client
from agent_desk.providers.onepos_campaigns import OnePosCampaigns
from agent_desk.supervisor.campaigns import CampaignSpec, CustomerRow, normalize, parse_table, read_customers
from agent_desk.supervisor.reports import compute, fetch_report, report_csv
from tests.helpers import until
from tests.helpers.sim import fast_settings


@pytest.fixture
def sim_settings():
    return fast_settings(talk_time=(0.1, 0.2), history_size=80)


def customers(count: int, start: int = 0) -> list[CustomerRow]:
    return [CustomerRow(i + 2, f"CU{start + i:03d}", f"Khách {i}", [f"09{start + i:08d}"]) for i in range(count)]


# ---------------------------------------------------------------------------------- customer files
def test_numbers_are_normalized_to_the_national_format():
    assert normalize("+84 90 123 4567") == "0901234567"
    assert normalize("84901234567") == "0901234567"
    assert normalize("(090) 123-4567") == "0901234567"
    for bad in ("12345", "+1 202 555 0100", "abc"):
        with pytest.raises(ValueError):
            normalize(bad)


def test_csv_rows_are_checked_with_their_line_numbers(tmp_path: Path):
    path = tmp_path / "list.csv"
    path.write_text(
        "\ufeffid;name;phone;phone2;contract_number\n"
        "KH1;Nguyễn Văn A;0901234567;;HD1\n"
        "KH2;Trần B;+84 912 345 678;0987654321, 0901234567;HD2\n"
        "KH3;Lê C;12345;;HD3\n"
        "\n"
        "KH1;Dup;0933333333;;\n"
        ";No id;0977777777;;\n"
        "KH5;No phone;;;\n",
        encoding="utf-8",
    )
    found = read_customers(path)
    assert [(r.line, r.id, r.phones) for r in found.rows] == [
        (2, "KH1", ["0901234567"]),
        (3, "KH2", ["0912345678", "0987654321", "0901234567"]),
        (7, "0977777777", ["0977777777"]),
    ]
    assert found.rows[0].extra == {"contract_number": "HD1"}
    assert [(p.line, p.message) for p in found.problems] == [
        (4, "'12345' is not a valid Vietnamese phone number"),
        (6, "id 'KH1' is already used on line 2"),
        (8, "no phone number"),
    ]


def test_xlsx_is_read_like_csv(tmp_path: Path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Mã KH", "Họ tên", "Số điện thoại"])
    sheet.append(["KH1", "Phạm D", 901234567])  # a number typed into a cell loses its 0
    sheet.append(["KH2", "Võ E", "0912 345 678"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    found = read_customers(path)
    assert found.problems == []
    assert [(r.id, r.name, r.phones) for r in found.rows] == [
        ("KH1", "Phạm D", ["0901234567"]),
        ("KH2", "Võ E", ["0912345678"]),
    ]


def test_files_that_cannot_be_used_say_why(tmp_path: Path):
    with pytest.raises(errors.ConfigError, match="no phone column"):
        parse_table([["id", "name"], ["1", "x"]])
    with pytest.raises(errors.ConfigError, match="empty"):
        parse_table([])
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(errors.ConfigError, match="XLSX"):
        read_customers(broken)
    with pytest.raises(errors.ConfigError, match="cannot read"):
        read_customers(tmp_path / "missing.csv")


# ---------------------------------------------------------------------------------- TEL4VN
async def test_tel4vn_autodialer_dials_the_floor_at_its_ratio(sim, provider_for, tmp_path):
    provider = provider_for("tel4vn", extension="100")
    client = campaign_client(provider, tmp_path)
    assert client.desk_kept and await client.campaigns() == []
    peak = 0

    def watch(event):
        nonlocal peak
        dialling = [c for c in sim.world.calls.values() if c.direction == "outbound" and c.extension is None]
        peak = max(peak, len(dialling))

    sim.world.subscribe(watch)
    spec = CampaignSpec(name="Nhắc phí T12", customers=customers(12), agents=["101", "102"], ratio=1.5, retries=1)
    campaign, complaints = await client.create(spec)
    assert (campaign.id, campaign.kind, campaign.state, complaints) == ("Nhac-phi-T12", "autodialer", "running", [])
    body = sim.dialects["tel4vn"].hits
    assert body["POST /v2/autodialer/queue"] == 1
    dialler = sim.dialer.find("tel4vn-autodialer", "Nhac-phi-T12")
    assert dialler.ratio == 1.5 and dialler.agents == ["101", "102"] and dialler.retries == 1
    await until(lambda: dialler.state == "done", timeout=20)
    assert peak <= 3  # ceil(2 free agents x 1.5)
    listed = (await client.campaigns())[0]
    assert (listed.state, listed.total, listed.pending, listed.source) == ("completed", 12, 0, "desk")
    report = await client.report(campaign.id)
    assert report.total == 12 and report.answered + report.busy + report.no_answer + report.failed == 12
    assert {lead["status"] for lead in report.leads} <= {"answered", "busy", "no-answered", "cancel"}
    cdrs = [c for c in sim.world.cdrs if c.customer_id and c.customer_id.startswith("CU0")]
    answered = [c for c in cdrs if c.status == "answered"]
    assert answered and all(c.extension in ("101", "102") for c in answered)
    assert sum(lead.attempts for lead in dialler.leads.values()) == len(cdrs)


async def test_tel4vn_queue_control_and_errors(sim, provider_for, tmp_path):
    provider = provider_for("tel4vn", extension="100")
    client = campaign_client(provider, tmp_path)
    await client.create(CampaignSpec(name="Q", queue="Autodialer", customers=customers(3), agents=["103"]))
    await client.stop("Autodialer")
    assert sim.dialer.find("tel4vn-autodialer", "Autodialer").state == "stopped"
    assert (await client.campaigns())[0].state == "stopped"
    await client.start("Autodialer")
    await client.delete("Autodialer")
    assert sim.dialer.find("tel4vn-autodialer", "Autodialer") is None and await client.campaigns() == []
    with pytest.raises(errors.NotFound, match="not a queue this desk created"):
        await client.start("Autodialer")
    client.store.save({"id": "Gone", "kind": "autodialer", "state": "stopped", "customers": []})
    with pytest.raises(errors.NotFound, match="no queue 'Gone'"):
        await client.start("Gone")
    with pytest.raises(errors.PbxRefused, match="campaign is invalid"):
        await client.create(CampaignSpec(name="Bad", customers=customers(1), agents=["999999"]))


async def test_tel4vn_documented_bodies_over_http(sim, provider_for):
    """The document's own curl bodies, as text values, and its error bodies."""
    provider = provider_for("tel4vn", extension="100")
    token = await provider.tokens.get()
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=sim.url("tel4vn"), headers=headers) as http:
        doc = {
            "campaign_id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeee",
            "queue_code": "Autodialer",
            "precall_ratio": "150",
            "max_recall_count": "2",
            "queue_agents": "101",
            "customers": [{"id": "TEL4VN_Test", "mobiles": ["0899123456"]}],
        }
        assert (await http.post("/v2/autodialer/queue", json=doc)).json() == {"message": "successfully"}
        missing = {k: v for k, v in doc.items() if k != "precall_ratio"}
        bad = await http.post("/v2/autodialer/queue", json=missing)
        assert (bad.status_code, bad.json()) == (400, {"message": "campaign is invalid"})
        for action in ("stop", "start", "delete"):
            gone = await http.post(f"/v2/autodialer/queue/{action}", json={"queue_code": "Nope"})
            assert (gone.status_code, gone.json()) == (404, {"message": "queue not found"})
        autocall = {
            "queue_code": "Autocall-Q1",
            "template": "IVR-1",
            "concurrent_call": 5,
            "max_recall_count": 3,
            "min_recall_duration": 3,
            "customers": [{"id": "TEL4VN_Test", "mobiles": ["0982596021"], "contract_number": "HD123456"}],
        }
        ok = await http.post("/v2/autocall/queue", json=autocall)
        assert ok.json() == {"code": 200, "content": "successfully", "data": {"fail": [], "success": ["TEL4VN_Test"]}}
        fail = await http.post("/v2/autocall/queue", json={**autocall, "customers": [{"id": "X", "mobiles": ["1"]}]})
        assert (fail.status_code, fail.json()["content"], fail.json()["data"]["fail"]) == (400, "import fail", ["X"])
        dnc = await http.post(
            "/v2/autocall/queue/dnc", json={"queue_code": "Autocall-Q1", "customers": [{"id": "KH_01"}]}
        )
        assert dnc.json() == {"code": 200, "content": "successfully"}
        for path in ("dnc", "stop", "start", "delete"):
            gone = await http.post(f"/v2/autocall/queue/{path}", json={"queue_code": "Nope", "customers": []})
            assert (gone.status_code, gone.json()) == (404, {"code": 404, "content": "queue not found"})
        post_customer = {
            "campaign_id": "c1",
            "customer_name": "Khach Hang 01",
            "customer_code": "KH01",
            "phone_number": "0899888998",
            "contract_number": "ABC123",
        }
        created = await http.post("/v2/autocall/queue", json=post_customer)  # the document's curl for it
        assert created.status_code == 201 and created.json()["content"] == "successfully"


async def test_tel4vn_autocall_dnc_and_cdr_autocall_events(sim, provider_for, tmp_path):
    from tests.helpers.webhooks import HookCollector

    provider = provider_for("tel4vn", extension="100", webhook_events=["cdr_autocall"])
    client = campaign_client(provider, tmp_path)
    sim.dialects["tel4vn"].revision = "newer"
    async with HookCollector() as hooks:
        await provider.register_webhook(hooks.url, None)
        rows = customers(4)
        campaign, _ = await client.create(CampaignSpec(name="Thu nợ", customers=rows, template="IVR-1", ratio=1))
        assert campaign.kind == "autocall" and campaign.id == "Thu-no"
        result = await client.add_dnc([rows[3].phones[0], "0911111111"])
        assert result.blocked == {rows[3].phones[0]: ["Thu-no"]} and result.unmatched == ["0911111111"]
        queue = sim.dialer.find("tel4vn-autocall", "Thu-no")
        assert "CU003" in queue.dnc
        await until(lambda: queue.state == "done", timeout=20)
        attempts = sum(lead.attempts for lead in queue.leads.values())
        await until(lambda: len(hooks.requests) >= attempts, timeout=5)
        body = json.loads(hooks.requests[0].body)
        assert body["state"] == "cdr_autocall" and body["customer_id"].startswith("CU") and "press_key" in body
        events = [e for r in hooks.requests for e in provider.parse_webhook(r)]
        assert len(events) == attempts and all(e.state == "cdr" for e in events)
    assert (await client.campaigns())[0].pending == 4 - ("CU003" in queue.dnc), "nothing reported yet"
    for event in events:
        assert client.record_autocall(event.raw) == "Thu-no"
    listed = (await client.campaigns())[0]
    report = await client.report("Thu-no")
    final = {lead.id: lead.status for lead in queue.leads.values()}
    assert listed.pending == 0 and report.pending == 0 and report.total == 4
    assert {lead["id"]: lead["status"] for lead in report.leads} == final
    assert client.record_autocall({"customer_id": "nobody", "status": "answered"}) is None


async def test_the_do_not_call_check_reads_the_campaign_file_only_when_it_changed(
    sim, provider_for, tmp_path, monkeypatch
):
    """Each pop asks a fresh client whether its caller is in an autocall queue of this desk (on the GUI
    thread): the file is read once, again only after it changed, here or in another process."""
    provider = provider_for("tel4vn", extension="100")
    rows = customers(2)
    await campaign_client(provider, tmp_path).create(CampaignSpec(name="Thu nợ", customers=rows, template="IVR-1"))
    path = tmp_path / "campaigns.json"
    reads: list[Path] = []
    read_text = Path.read_text

    def counted(self: Path, *args, **kwargs) -> str:
        reads.append(self)
        return read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", counted)
    for _ in range(5):  # five pops, each with a client of its own
        assert campaign_client(provider, tmp_path).autocall_queues_with(rows[1].phones[0]) == ["Thu-no"]
    assert reads.count(path) <= 1
    reads.clear()
    assert campaign_client(provider, tmp_path).autocall_queues_with("0911111111") == []
    assert reads == [], "an unchanged file is not read again"
    changed = json.loads(read_text(path, "utf-8"))  # another process adds the number to the queue
    changed[provider.profile.name][0]["customers"].append({"id": "KH9", "phones": ["0911111111"]})
    path.write_text(json.dumps(changed), "utf-8")
    assert campaign_client(provider, tmp_path).autocall_queues_with("0911111111") == ["Thu-no"]
    assert reads == [path]
    await campaign_client(provider, tmp_path).add_dnc(["0911111111"])  # this desk writes the file
    reads.clear()
    entry = campaign_client(provider, tmp_path).store.find("Thu-no")
    assert entry is not None and entry["outcomes"] == {"KH9": {"status": "dnc", "press_key": None}}
    assert reads == [path]


async def test_providers_without_campaigns_are_unsupported(sim, provider_for, tmp_path):
    for key in ("voicecloud", "oapi", "tel4vn-pbx"):
        provider = provider_for(key)
        assert not provider.supports(Capability.CAMPAIGNS)
        with pytest.raises(errors.Unsupported, match=r"outbound|campaigns"):
            campaign_client(provider, tmp_path)
    onepos = campaign_client(provider_for("onepos", extension="100"), tmp_path)
    with pytest.raises(errors.Unsupported):
        await onepos.add_dnc(["0901234567"])


# ---------------------------------------------------------------------------------- OnePOS
async def test_onepos_campaign_leads_start_stop_report_delete(sim, provider_for, tmp_path):
    client = campaign_client(provider_for("onepos", extension="100"), tmp_path)
    assert isinstance(client, OnePosCampaigns) and await client.campaigns() == []
    rows = customers(6)
    rows[0].phones.append("0988888888")
    rows[1].extra["custom_1"] = "HCM"
    campaign, complaints = await client.create(
        CampaignSpec(name="Khuyến mãi", customers=rows, queue="999", agents=["101", "102", "103"], ratio=2, retries=1)
    )
    assert (campaign.state, campaign.total, complaints) == ("draft", 6, [])
    hits = sim.dialects["onepos"].hits
    assert hits["POST /api/v3/campaign"] == 1 and hits[f"POST /api/v3/campaign/{campaign.id}/leads/bulk"] == 1
    dialler = sim.dialer.find("onepos", campaign.id)
    assert dialler.ratio == 2 and dialler.retries == 1 and dialler.agents == ["101", "102", "103"]
    lead = next(iter(dialler.leads.values()))
    assert lead.extra["phone_2"] == "0988888888" and lead.extra["customer_id"] == "CU000"
    await client.start(campaign.id)
    await until(lambda: dialler.state == "done", timeout=20)
    listed = await client.campaigns()
    assert [(c.id, c.state, c.total, c.answered is not None) for c in listed] == [(campaign.id, "completed", 6, True)]
    report = await client.report(campaign.id)
    assert report.total == 6 and report.pending == 0 and len(report.leads) == 6
    assert report.answered + report.busy + report.no_answer + report.failed == 6
    await client.stop(campaign.id)
    await client.delete(campaign.id)
    with pytest.raises(errors.NotFound):
        await client.report(campaign.id)


async def test_onepos_autocall_from_a_template_start_progress_stop(sim, provider_for, tmp_path):
    client = campaign_client(provider_for("onepos", extension="100"), tmp_path)
    assert client.ivr_templates
    campaign, complaints = await client.create(
        CampaignSpec(name="Nhắc hẹn", customers=customers(3), template="tpl_greet_01", retries=2)
    )
    assert (campaign.kind, campaign.state, complaints) == ("autocall", "draft", [])
    hits = sim.dialects["onepos"].hits
    assert hits["POST /api/v3/autocall/create"] == 0, "created, not started"
    listed = await client.campaigns()
    assert [(c.id, c.kind, c.state) for c in listed] == [(campaign.id, "autocall", "draft")]
    await client.start(campaign.id)
    assert hits["POST /api/v3/autocall/create"] == 1 and hits[f"POST /api/v3/campaign/{campaign.id}/start"] == 0
    autocall_id = client.store.find(campaign.id)["autocall_id"]
    dialled = sim.dialer.find("onepos-autocall", autocall_id)
    assert dialled.template == "tpl_greet_01" and dialled.retries == 2 and dialled.extra["campaign_id"] == campaign.id
    assert sorted(p for lead in dialled.leads.values() for p in lead.phones) == [f"09{i:08d}" for i in range(3)]
    await until(lambda: dialled.state == "done", timeout=20)
    [done] = await client.campaigns()
    assert (done.kind, done.state, done.total, done.pending, done.called) == ("autocall", "completed", 3, 0, 3)
    report = await client.report(campaign.id)
    assert (report.state, report.total, report.pending) == ("completed", 3, 0)
    assert len(report.leads) == 3 and {(lead["status"], lead["attempts"]) for lead in report.leads} == {(None, None)}
    with pytest.raises(errors.PbxRefused, match="cannot resume"):
        await client.start(campaign.id)
    await client.delete(campaign.id)
    assert hits[f"POST /api/v3/autocall/{autocall_id}/stop"] == 1, "stopped before the campaign is deleted"
    assert client.store.find(campaign.id) is None and await client.campaigns() == []


async def test_onepos_autocall_stop_while_it_dials(sim, provider_for, tmp_path):
    client = campaign_client(provider_for("onepos", extension="100"), tmp_path)
    campaign, _ = await client.create(CampaignSpec(name="Dài", customers=customers(40), template="tpl_1"))
    await client.start(campaign.id)
    await client.stop(campaign.id)
    [stopped] = await client.campaigns()
    assert (stopped.state, stopped.total) == ("stopped", 40) and stopped.pending


async def test_onepos_bulk_import_reports_refused_leads(sim, provider_for):
    provider = provider_for("onepos", extension="100")
    token = await provider.tokens.get()
    async with httpx.AsyncClient(base_url=sim.url("onepos"), headers={"Authorization": f"Bearer {token}"}) as http:
        created = await http.post("/api/v3/campaign", json={"name": "Doc"})
        assert created.status_code == 201
        cid = created.json()["data"]["id"]
        doc = {
            "leads": [
                {"phone": "0901234567", "name": "Nguyễn Văn A", "custom_1": "HCM"},
                {"phone": "0912345678", "name": "Trần Thị B", "custom_1": "HN"},
                {"phone": "123", "name": "bad"},
            ]
        }
        bulk = (await http.post(f"/api/v3/campaign/{cid}/leads/bulk", json=doc)).json()
        assert bulk["data"]["imported"] == 2 and [f["index"] for f in bulk["data"]["failed"]] == [2]
        single = await http.post(f"/api/v3/campaign/{cid}/leads", json={"phone": "0933333333", "name": "C"})
        assert single.status_code == 201
        leads = (await http.get(f"/api/v3/campaign/{cid}/leads")).json()
        assert leads["total"] == 3 and leads["data"][0]["custom_1"] == "HCM"
        update = await http.put(f"/api/v3/campaign/{cid}", json={"dial_ratio": 1.5})
        assert update.json()["data"]["dial_ratio"] == 1.5
        assert (await http.put(f"/api/v3/campaign/{cid}", json={"dial_ratio": 0})).status_code == 400
        assert (await http.post("/api/v3/campaign", json={})).json() == {"status": False, "message": "name is required"}
        autocall = {
            "campaign_id": cid,
            "phones": ["0901234567", "0912345678"],
            "template_id": "tpl_greet_01",
            "schedule_at": "2099-03-27T09:00:00+07:00",
            "retry_times": 2,
            "retry_interval": 300,
        }
        made = (await http.post("/api/v3/autocall/create", json=autocall)).json()["data"]
        assert (made["status"], made["total"], made["pending"]) == ("scheduled", 2, 2)
        stopped = (await http.post(f"/api/v3/autocall/{made['id']}/stop")).json()["data"]
        assert stopped["status"] == "stopped"
        now = {**autocall, "schedule_at": None}
        running = (await http.post("/api/v3/autocall/create", json=now)).json()["data"]
        await until(lambda: sim.dialer.find("onepos-autocall", running["id"]).state == "done", timeout=20)
        done = (await http.get(f"/api/v3/autocall/{running['id']}")).json()["data"]
        assert done["status"] == "completed" and done["pending"] == 0 and done["called"] == 2
        assert (await http.get("/api/v3/autocall/nope")).status_code == 404


async def test_onepos_reports_match_the_cdrs(sim, provider_for):
    provider = provider_for("onepos", extension="100")
    today = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()
    start = today - dt.timedelta(days=40)
    report = await fetch_report(provider, start, today)
    assert report.source == "report"
    inbound = [c for c in sim.world.cdrs if c.direction == "inbound"]
    answered = [c for c in inbound if c.status == "answered"]
    assert report.summary.offered == len(inbound) and report.summary.answered == len(answered)
    assert report.summary.answer_rate == pytest.approx(len(answered) / len(inbound), abs=1e-4)
    assert sum(a.calls for a in report.by_agent) == sum(1 for c in sim.world.cdrs if c.extension)
    assert {q.queue for q in report.by_queue} == {"999", "888"}
    assert "summary" in report_csv(report).splitlines()[1]


async def test_tel4vn_report_is_computed_from_cdrs(sim, provider_for):
    provider = provider_for("tel4vn", extension="100")
    today = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()
    report = await fetch_report(provider, today - dt.timedelta(days=40), today)
    assert report.source == "history" and report.calls == len(sim.world.cdrs)
    inbound = [c for c in sim.world.cdrs if c.direction == "inbound"]
    assert report.summary.offered == len(inbound)
    assert report.summary.answered == sum(c.status == "answered" for c in inbound)
    longest = max((c.answered_at or c.ended_at) - c.started_at for c in inbound)
    assert abs(report.summary.max_wait - longest) <= 1.5  # the CDR prints whole seconds
    with pytest.raises(errors.Unsupported):
        await fetch_report(provider_for("voicecloud"), today, today)


def test_compute_defines_waits_and_rates():
    from agent_desk.models import CdrRecord

    t0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    s = dt.timedelta(seconds=1)
    records = [
        CdrRecord("a", "inbound", "0901", "101", "101", "answered", t0, t0 + 10 * s, t0 + 70 * s, 70, 60, queue="999"),
        CdrRecord("b", "inbound", "0902", "102", "102", "answered", t0, t0 + 20 * s, t0 + 50 * s, 50, 30, queue="999"),
        CdrRecord("c", "inbound", "0903", None, None, "missed", t0, None, t0 + 45 * s, 45, 0, queue="999"),
        CdrRecord("d", "outbound", "101", "0904", "101", "answered", t0, t0 + 5 * s, t0 + 25 * s, 25, 20),
    ]
    report = compute(records, t0.date(), t0.date(), {"101": "Minh"})
    f = report.summary
    assert (f.offered, f.answered, f.missed, f.answer_rate) == (3, 2, 1, round(2 / 3, 4))
    assert (f.avg_wait, f.max_wait, f.talk_time) == (15, 45, 110)
    agent = report.by_agent[0]
    assert (agent.extension, agent.name, agent.calls, agent.answered, agent.talk_time) == ("101", "Minh", 2, 2, 80)
    assert [(q.queue, q.offered, q.missed) for q in report.by_queue] == [("999", 3, 1)]
    empty = compute([], t0.date(), t0.date())
    assert empty.summary.answer_rate is None and empty.summary.max_wait == 0


async def test_campaign_calls_send_the_ordinary_events(sim, provider_for, tmp_path):
    seen: list[tuple[str, str]] = []
    sim.world.subscribe(lambda e: seen.append((e.kind, e.call.direction)) if e.call.customer_id == "CU000" else None)
    client = campaign_client(provider_for("tel4vn", extension="100"), tmp_path)
    await client.create(CampaignSpec(name="E", customers=customers(1), agents=["104"], retries=5))
    await until(lambda: sim.dialer.find("tel4vn-autodialer", "E").state == "done", timeout=20)
    assert ("cdr", "outbound") in seen
    if sim.dialer.find("tel4vn-autodialer", "E").leads["CU000"].status == "answered":
        assert ("ringing", "outbound") in seen and ("answered", "outbound") in seen
