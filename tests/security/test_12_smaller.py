"""Item 12, the parts done here: files created 0600, control characters escaped in the human
``events`` output, and (with item 5) the masking rule and (with item 4) deep JSON on the socket."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

from agent_desk.events.runner import human_line
from agent_desk.journal import Journal
from agent_desk.models import CallEvent
from agent_desk.ui.settings.preferences import UiSettings


def test_the_journal_and_ui_ini_are_created_0600(tmp_path: Path, qapp):
    journal = Journal(tmp_path / "data" / "journal.sqlite3")
    journal.close()
    settings = UiSettings(tmp_path / "config" / "ui.ini")
    settings.language = "vi"
    settings._qs.sync()
    for path in (tmp_path / "data" / "journal.sqlite3", tmp_path / "config" / "ui.ini"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert [p.name for p in (tmp_path / "data").iterdir() if stat.S_IMODE(p.stat().st_mode) & 0o077] == []


def test_a_caller_ids_escape_sequences_never_reach_the_terminal():
    event = CallEvent(
        call_id="c1",
        state="ringing",
        direction="inbound",
        caller="\x1b]0;pwned\x07\x1b[2J0901",
        callee="101",
        extension="101",
        provider="tel4vn",
        source="webhook",
        at=dt.datetime.now(dt.UTC),
    )
    line = human_line(event, True)
    assert "\x1b" not in line and "\x07" not in line and "\\x1b]0;pwned\\x07" in line
