"""The History tab's core: queries from filters, one search paged over the simulator, CSV export."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt

import pytest

from agent_desk.config import parse_profile
from agent_desk.history import CSV_COLUMNS, HistorySearch, InvalidRange, default_range, make_query, write_csv
from agent_desk.models import CdrPage, CdrRecord
from agent_desk.phone import InvalidNumber
from agent_desk.providers import create_provider
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator


@pytest.fixture
async def sim(sim_settings):
    async with Simulator(sim_settings, providers=["tel4vn", "onepos"]) as simulator:
        yield simulator


def provider(sim: Simulator, key: str, **table):
    base, secrets = sim.profile(key, "101")
    base.update(table)
    profile = parse_profile(f"sim-{key}", base)
    return create_provider(profile, SecretStore(profile, env={env_name(k): v for k, v in secrets.items()}))


def test_make_query_normalizes_the_phone_and_refuses_impossible_filters():
    query = make_query(
        start=dt.date(2026, 11, 1),
        end=dt.date(2026, 11, 30),
        phone="+84 90-123 4567",
        direction="inbound",
        status="",
        limit=25,
    )
    assert (query.phone, query.direction, query.status, query.limit, query.cursor) == (
        "0901234567",
        "inbound",
        None,
        25,
        None,
    )
    assert make_query(phone="  ").phone is None
    with pytest.raises(InvalidRange):
        make_query(start=dt.date(2026, 11, 2), end=dt.date(2026, 11, 1))
    with pytest.raises(InvalidNumber):
        make_query(phone="09x1")


@pytest.mark.parametrize(
    "key,table",
    [("tel4vn", {}), ("tel4vn", {"cdr_paging": "page"}), ("onepos", {})],
    ids=["tel4vn-scroll", "tel4vn-page", "onepos-page"],
)
async def test_a_search_pages_to_the_end_and_keeps_every_record_once(sim, key, table):
    expected = [c.id for c in reversed(sim.world.cdrs) if c.extension == "101"]
    search = HistorySearch(
        make_query(
            extension="101",
            start=dt.date.today() - dt.timedelta(days=40),
            end=dt.date.today() + dt.timedelta(days=1),
            limit=3,
        )
    )
    async with provider(sim, key, **table) as pbx:
        while not search.finished:
            added = await search.fetch(pbx)
            assert len(added) <= 3
        assert await search.fetch(pbx) == [], "nothing is asked for after the last page"
    assert [r.call_id for r in search.records] == expected
    assert search.pages == -(-len(expected) // 3)
    assert search.total == (None if table == {} and key == "tel4vn" else len(expected))  # scroll gives no total


def test_a_record_that_comes_twice_is_kept_once():
    def record(call_id: str) -> CdrRecord:
        return CdrRecord(
            call_id=call_id, direction="inbound", caller="0901234567", callee="101", extension="101", status="answered"
        )

    search = HistorySearch(make_query())
    assert [r.call_id for r in search.add(CdrPage([record("a"), record("b")], total=3, next_cursor="2"))] == ["a", "b"]
    assert not search.finished
    assert [r.call_id for r in search.add(CdrPage([record("b"), record("c")], total=4))] == ["c"]
    assert search.finished and [r.call_id for r in search.records] == ["a", "b", "c"] and search.total == 4


async def test_csv_export_writes_what_was_loaded(sim, tmp_path):
    search = HistorySearch(make_query(limit=5))
    async with provider(sim, "tel4vn") as pbx:
        await search.fetch(pbx)
    first = dataclasses.replace(search.records[0], queue="Bán hàng")  # Vietnamese text survives the round trip
    path = tmp_path / "calls.csv"
    assert write_csv([first, *search.records[1:]], path) == 5
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), "a BOM, for spreadsheet programs"
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["call_id"] for r in rows] == [r.call_id for r in search.records]
    assert rows[0]["queue"] == "Bán hàng" and rows[0]["phone"] == first.phone
    assert dt.datetime.fromisoformat(rows[0]["started_at"]) == first.started_at
    assert rows[0]["duration"] == str(first.duration)


def test_a_failed_export_leaves_the_earlier_file_alone(tmp_path):
    path = tmp_path / "calls.csv"
    path.write_text("earlier export", encoding="utf-8")

    def broken():
        yield CdrRecord(call_id="a", direction="inbound", caller="1", callee="2", extension="2", status="missed")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_csv(broken(), path)
    assert path.read_text(encoding="utf-8") == "earlier export"
    assert list(tmp_path.iterdir()) == [path]


def test_a_new_search_covers_the_last_30_days_in_vietnam_time():
    late_evening_utc = dt.datetime(2026, 12, 1, 18, 30, tzinfo=dt.UTC)  # already 2 December in Hà Nội
    assert default_range(late_evening_utc) == (dt.date(2026, 11, 3), dt.date(2026, 12, 2))
