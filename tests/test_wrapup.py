"""The wrap-up settings and the callbacks store."""

from __future__ import annotations

import datetime as dt

import pytest

from agent_desk.config import parse_profile
from agent_desk.errors import ConfigError
from agent_desk.journal import Journal, JournalEntry
from agent_desk.wrapup import Callback, Callbacks, callback_codes, wrap_up_seconds


def profile(**table):
    return parse_profile("p", {"provider": "tel4vn", "base_url": "http://127.0.0.1:1", "extension": "101", **table})


def test_wrap_up_is_whole_seconds_and_a_wrong_value_names_the_field():
    assert wrap_up_seconds(profile()) == 0
    assert wrap_up_seconds(profile(wrap_up=45)) == 45
    for bad in (-1, 3601, "30", 1.5, True):
        with pytest.raises(ConfigError, match="wrap_up"):
            wrap_up_seconds(profile(wrap_up=bad))


def test_callback_codes_default_to_the_codes_that_say_call_back():
    assert callback_codes(profile(dispositions=["Resolved", "Call back", "Wrong number"])) == ["Call back"]
    assert callback_codes(profile(dispositions=["Đã giải quyết", "Hẹn gọi lại"])) == ["Hẹn gọi lại"]
    chosen = profile(dispositions=["Resolved", "Later"], callback_dispositions=["Later"])
    assert callback_codes(chosen) == ["Later"]
    with pytest.raises(ConfigError, match="callback_dispositions"):
        callback_codes(profile(dispositions=["Resolved"], callback_dispositions=["Later"]))


def test_a_callback_is_reminded_once_when_due_and_done_when_the_number_is_called(tmp_path):
    store = Callbacks(tmp_path / "j.sqlite3")
    now = dt.datetime.now(dt.UTC)
    store.schedule(Callback("p", "c1", "0901234567", now - dt.timedelta(minutes=1), "Lý Thị Mai"))
    store.schedule(Callback("p", "c2", "0902000000", now + dt.timedelta(hours=1)))
    assert [c.call_id for c in store.due("p", now.timestamp())] == ["c1"]
    assert [c.call_id for c in store.to_remind("p", now.timestamp())] == ["c1"]
    assert store.to_remind("p", now.timestamp()) == [], "reminded once"
    assert store.called("p", "+84 901 234 567") == 1
    assert store.due("p", now.timestamp()) == [] and store.get("p", "c2") is not None
    store.schedule(Callback("p", "c2", "0902000000", now - dt.timedelta(seconds=1)))  # moved earlier
    assert [c.call_id for c in store.to_remind("p", now.timestamp())] == ["c2"]
    assert store.dismiss("p", "c2") and store.due("p", now.timestamp()) == []


def test_the_journal_keeps_the_wrap_up_time_and_opens_an_older_file(tmp_path):
    import sqlite3

    path = tmp_path / "j.sqlite3"
    old = sqlite3.connect(path)  # a journal from before the wrap-up column
    old.executescript(
        """CREATE TABLE calls (profile TEXT NOT NULL, call_id TEXT NOT NULL, direction TEXT NOT NULL, phone TEXT,
           customer TEXT, started_at TEXT NOT NULL, answered_at TEXT, ended_at TEXT, duration INTEGER,
           note TEXT NOT NULL DEFAULT '', disposition TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL,
           PRIMARY KEY (profile, call_id));"""
    )
    old.close()
    journal = Journal(path)
    journal.record_call(JournalEntry("p", "c1", "outbound", "0901234567", None, dt.datetime.now(dt.UTC)))
    journal.set_wrap_up("p", "c1", 31)
    assert journal.get("p", "c1").wrap_up == 31
    with pytest.raises(KeyError):
        journal.set_wrap_up("p", "nope", 1)
    journal.close()
