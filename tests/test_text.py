"""One fold for every search box: case, accents and Vietnamese đ/Đ."""

from __future__ import annotations

from agent_desk.journal import Journal, JournalEntry
from agent_desk.text import fold, matches


def test_fold_removes_case_accents_and_the_vietnamese_d():
    assert fold("Lý Thị Mai") == fold("LY THI MAI") == "ly thi mai"
    assert fold("Đặng Mai Phương") == "dang mai phuong"
    assert fold("đỗ minh khoa") == fold("Do Minh Khoa")
    assert fold(None) == "" and fold("") == ""


def test_matches_any_field_and_empty_matches_everything():
    assert matches("ly thi", "0901", "Lý Thị Mai")
    assert matches("DANG", None, "Đặng Mai Phương")
    assert not matches("tran", "Lý Thị Mai")
    assert matches("  ", "anything")


def test_the_journal_finds_vietnamese_typed_without_accents(tmp_path):
    import datetime as dt

    journal = Journal(tmp_path / "j.sqlite3")
    at = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    for i, name in enumerate(("Lý Thị Mai", "Đặng Mai Phương", "Trần Văn Minh")):
        journal.record_call(JournalEntry("p", f"c{i}", "inbound", f"090100000{i}", name, at + dt.timedelta(minutes=i)))
    assert [e.customer for e in journal.search("p", "Ly Thi Mai")] == ["Lý Thị Mai"]
    assert [e.customer for e in journal.search("p", "dang")] == ["Đặng Mai Phương"]
    assert len(journal.search("p", "MAI")) == 2
    journal.close()


def test_fold_of_ascii_text_is_the_decomposed_fold():
    import string
    import unicodedata

    text = string.printable + "CALL-0001 Agent ABC"
    decomposed = unicodedata.normalize("NFKD", text)
    assert fold(text) == "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
