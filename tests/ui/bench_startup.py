"""Cold start to an interactive window, and peak RSS: Agent Desk vs a bare QMainWindow, same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.bench_startup [--runs 5]

Each sample is a fresh interpreter. Wall time runs from spawning the process to the child's
report, which it prints on the event loop's first turn after the window is shown: for Agent
Desk, the main window as ``main()`` builds it ("interactive"), and once more after the second
phase ran (qasync loop adopted, icons, tray, pops, single-instance server, config read, the
sign-in window open on an empty config: "sign-in window"). Peak RSS is the child's
``ru_maxrss`` at each moment. The child also lists the heavy modules already imported at the
interactive moment (there should be none). Minimums of N runs are reported, with the ratios
Agent Desk / bare.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HEAVY = ("httpx", "keyring", "aiohttp", "websockets", "agent_desk.providers.base", "agent_desk.sim.server",
         "PySide6.QtMultimedia")

BARE = """
import json, resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.resize(760, 520)
window.show()
def report():
    print(json.dumps({"rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), flush=True)
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""

DESK = """
import json, resource, sys
from PySide6.QtCore import QTimer
from agent_desk.ui.app import adopt_loop, bootstrap
app, desk = bootstrap()
desk.show()
def report(stage):
    heavy = [m for m in HEAVY if m in sys.modules]
    print(json.dumps({"stage": stage, "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "heavy": heavy, "visible": desk.window.isVisible()}), flush=True)
def second_phase():  # what main() does on the loop's first turn
    adopt_loop(app)
    desk.start()
    report("live")
    desk.instance.close()
    app.exit(0)
QTimer.singleShot(0, lambda: report("interactive"))
QTimer.singleShot(0, second_phase)
app.exec()
""".replace("HEAVY", repr(HEAVY))


def sample(code: str) -> tuple[float, dict]:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "AGENT_DESK_CONFIG": os.path.join(home, "config.toml"),
               "AGENT_DESK_DATA": os.path.join(home, "data"), "QT_QPA_PLATFORM": os.environ.get(
                   "QT_QPA_PLATFORM", "offscreen")}
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 env=env, text=True)
        line = child.stdout.readline()
        if not line:
            child.kill()
            raise RuntimeError(f"the probe failed: {child.stderr.read()}")
        wall = time.perf_counter() - start
        report = json.loads(line)
        if report.get("stage") == "interactive":
            second = child.stdout.readline()
            if not second:
                child.kill()
                raise RuntimeError(f"the probe failed: {child.stderr.read()}")
            live = json.loads(second)
            report["live"] = {**live, "wall": time.perf_counter() - start}
        child.wait(timeout=30)
    return wall, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    bare, desk = [], []
    for _ in range(runs):  # interleaved, so both see the same machine load
        bare.append(sample(BARE))
        desk.append(sample(DESK))
    bare_wall, bare_rss = min(w for w, _ in bare), min(r["rss_kb"] for _, r in bare) / 1024
    desk_wall, desk_rss = min(w for w, _ in desk), min(r["rss_kb"] for _, r in desk) / 1024
    live_wall = min(r["live"]["wall"] for _, r in desk)
    live_rss = min(r["live"]["rss_kb"] for _, r in desk) / 1024
    heavy = sorted({m for _, r in desk for m in r["heavy"]})
    print(f"bare QMainWindow           : {bare_wall * 1000:6.0f} ms  {bare_rss:5.1f} MB peak RSS  (min of {runs})")
    print(f"Agent Desk, interactive    : {desk_wall * 1000:6.0f} ms  {desk_rss:5.1f} MB peak RSS")
    print(f"  ratio to bare            : {desk_wall / bare_wall:6.2f} x  {desk_rss / bare_rss:5.2f} x     "
          "(target <= 1.5 x)")
    print(f"Agent Desk, sign-in window : {live_wall * 1000:6.0f} ms  {live_rss:5.1f} MB peak RSS  (loop, tray, "
          f"pops, config loaded)")
    print(f"  ratio to bare            : {live_wall / bare_wall:6.2f} x  {live_rss / bare_rss:5.2f} x")
    print(f"main window visible        : {all(r['visible'] for _, r in desk)}")
    print(f"heavy modules loaded before the window was interactive: {heavy or 'none'}")


if __name__ == "__main__":
    main()
