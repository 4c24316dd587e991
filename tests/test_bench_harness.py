"""`make bench`'s orchestration (tests/bench/__main__.py): a part that fails does not lose the others.

The parts themselves are benchmarks (minutes each); here two stand-ins take their place in
:func:`tests.bench.__main__.plan`, one that finishes and one that raises, and the real ``main()``
runs them: the JSON written holds the finished part, names the failed one with its error, and the
exit status is not 0. The ingestion part's wait for the last events does not take a stall of its
own loop for a silence. The garbage-collection pauses figure counts each collection by generation.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import json
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from agent_desk.models import CallEvent
from tests.bench import __main__ as bench
from tests.bench.gc_pauses import CollectionPauses, summary_line


def _plan(order: list[str]):
    def plan(mode: str, args: Any) -> dict[str, Any]:
        def console(measured: dict[str, Any]) -> dict[str, Any]:
            order.append("console")
            raise TimeoutError("POST /_sim/churn timed out")

        def shift(measured: dict[str, Any]) -> dict[str, Any]:
            order.append("shift")
            return {"shift": {"calls": 3, "rss_first_call_mb": 100.0, "rss_last_call_mb": 101.0}}

        def relay(measured: dict[str, Any]) -> dict[str, Any]:
            order.append("relay")
            return {"relay": {"mode": mode}}

        return {"console": ("the console", console), "relay": ("the relay", relay), "shift": ("a shift", shift)}

    return plan


def test_a_failed_part_is_named_and_the_finished_ones_are_written(tmp_path: Path, monkeypatch, capsys):
    order: list[str] = []
    monkeypatch.setattr(bench, "plan", _plan(order))
    monkeypatch.setattr(sys, "argv", ["tests.bench", "--quick", "--out", str(tmp_path), "--parts", "console,shift"])

    assert bench.main() == 1, "a failed part makes the run fail"

    assert order == ["console", "shift"], "the parts after the failed one still ran; relay was not chosen"
    (written,) = tmp_path.glob("*.json")
    report = json.loads(written.read_text())
    assert report["shift"]["rss_last_call_mb"] == 101.0
    assert "relay" not in report and report["console"] == {"error": "TimeoutError: POST /_sim/churn timed out"}
    assert report["run"]["failed_parts"] == ["console"]
    assert report["failed"] == [
        {"part": "console", "error": "TimeoutError: POST /_sim/churn timed out", "seconds": pytest.approx(0, abs=5)}
    ]
    assert set(report["run"]["parts_seconds"]) == {"console", "shift"}
    out, err = capsys.readouterr()
    assert "FAILED: console" in out and "POST /_sim/churn timed out" in out
    assert "shift: no summary (KeyError" in out, "the stand-in's result lacks the summary's keys: said, not raised"
    assert "[1/2] console: the console (quick)" in err and "[2/2] shift done in" in err


def test_an_unknown_part_is_refused(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["tests.bench", "--parts", "shift,nonsense"])
    with pytest.raises(SystemExit) as exit_:
        bench.main()
    assert exit_.value.code == 2
    assert "no part named nonsense" in capsys.readouterr().err


async def test_settle_does_not_take_a_stall_of_its_own_loop_for_silence(monkeypatch):
    """The receiver's loop blocked longer than SETTLE while it handled frames, then more come: all are waited for."""
    monkeypatch.setattr(bench, "SETTLE", 0.3)
    receiver = bench.Receiver("quick")
    arrivals = receiver.arrivals["websocket"]

    async def flood() -> None:
        await asyncio.sleep(0)
        time.sleep(0.5)  # the loop works through a socket read's worth of frames without yielding
        for n in range(5):
            arrivals.mark(f"c{n}/ringing")
        await asyncio.sleep(0.05)
        for n in range(5, 10):
            arrivals.mark(f"c{n}/ringing")

    sender = asyncio.create_task(flood())
    await receiver._settle(["websocket"], [10])
    assert arrivals.count == 10
    await sender


def test_only_the_events_the_sender_sent_are_counted_as_arrived():
    """The registry's own events (a previous run's open calls published ``lost``) are not arrivals."""

    def event(state: str, raw: dict[str, Any]) -> CallEvent:
        at = dt.datetime.now(dt.UTC)
        return CallEvent("c1", state, "inbound", "0901234567", "101", "101", "oapi", "websocket", at, raw=raw)

    arrivals = bench.Arrivals()
    bench.Receiver._arrived(arrivals, event("lost", {"derived": True}), True)
    bench.Receiver._arrived(arrivals, event("hangup", {"type": "call"}), True)
    assert arrivals.by_key.keys() == {"c1/hangup"}


def test_the_collection_pauses_are_counted_by_generation():
    pauses = CollectionPauses().start()
    try:
        gc.collect(0)
        gc.collect(1)
        gc.collect(0)
    finally:
        pauses.stop()
    gc.collect(2)  # after stop: not counted
    summary = pauses.summary()
    assert (summary["count"], sorted(summary["by_generation"])) == (3, ["0", "1"])
    assert [summary["by_generation"][g]["count"] for g in ("0", "1")] == [2, 1]
    assert summary["max_ms"] == max(f["max_ms"] for f in summary["by_generation"].values())
    assert summary_line(summary).startswith("gc pauses: 3, max ")
