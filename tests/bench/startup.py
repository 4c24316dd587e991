"""Cold start to an interactive window, and peak RSS: Agent Desk vs a bare QMainWindow, same run.

``run(runs) -> dict`` gives the figures for ``make bench``; on its own, it prints them::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.startup [--runs 5]

Each sample is a fresh interpreter. Wall time runs from spawning the process to the child's
report, which it prints on the event loop's first turn after the window is shown. Agent Desk runs
as the ``agent-desk`` command does (``cli.runner.main``: the parser, ``forward_to_running``'s
probe for a window already running, then ``app.main()``), with ``Desk.show`` and ``Desk.start``
wrapped to report: the main window ("interactive"), once more after the second phase ran (icons,
theme, config read, the sign-in window open on an empty config: "sign-in window"), and on the turn
after it, once ``Desk.start()``'s queued work is done: the single-instance server listening, the
qasync loop adopted, the tray, the shortcuts, the softphone watchdog, the screen-pops, the journal,
the call card and the tabs ("views built").
Peak RSS is the child's VmHWM (``ru_maxrss`` off Linux) at each moment. The child also lists the
heavy modules already imported at the interactive moment and at the sign-in window's (there
should be none). Minimums of N runs are reported, with the ratios Agent Desk / bare.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

#: The child's peak RSS in kB: VmHWM of its own memory map (Linux), which starts afresh at exec; on
#: Linux ru_maxrss would also count the parent's RSS at fork time (it survives exec).
PEAK_RSS = """
import time
def peak_rss_kb():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

HEAVY = (
    "httpx",
    "keyring",
    "aiohttp",
    "websockets",
    "sqlite3",
    "agent_desk.providers.base",
    "agent_desk.sim.server",
    "PySide6.QtMultimedia",
    "PySide6.QtCharts",
)

BARE = (
    PEAK_RSS
    + """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.resize(760, 520)
window.show()
def report():
    print(json.dumps({"rss_kb": peak_rss_kb(), "cpu": time.process_time()}), flush=True)
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""
)

DESK = (
    PEAK_RSS
    + """
import json, sys
from agent_desk.cli import runner  # first, as the console script imports it: PySide6 comes with the window
from agent_desk.ui.window.desk import Desk
from PySide6.QtCore import QCoreApplication, QTimer
def report(desk, stage):
    heavy = [m for m in HEAVY if m in sys.modules]
    print(json.dumps({"stage": stage, "rss_kb": peak_rss_kb(), "cpu": time.process_time(), "heavy": heavy,
                      "visible": desk.window.isVisible(), "sign_in_window": desk.login is not None,
                      "pops": desk.pops is not None,
                      "loop": "qasync" in sys.modules}), flush=True)
show, start = Desk.show, Desk.start
def shown(desk):  # app.main() shows the window, then runs Qt's loop: report on its first turn
    show(desk)
    QTimer.singleShot(0, lambda: report(desk, "interactive"))
def started(desk, *args, **kwargs):  # app.main()'s second phase, on that first turn
    start(desk, *args, **kwargs)
    report(desk, "live")
    QTimer.singleShot(0, lambda: views(desk))
def views(desk):  # the turn after: start() queued the listening, loop, pops, call card and tabs before this
    report(desk, "views")
    desk.instance.close()
    QCoreApplication.exit(0)
Desk.show, Desk.start = shown, started
sys.exit(runner.main([]))  # what `agent-desk` runs: the parser, the probe for a running window, app.main()
""".replace("HEAVY", repr(HEAVY))
)


def compile_package() -> None:
    """Compile ``agent_desk`` to bytecode (``__pycache__``, which git ignores), as an installation has it.

    The installers ship bytecode (PyInstaller) and ``pip install`` compiles on install, so the app
    never compiles its ~60 start-up modules at launch; a machine with ``PYTHONDONTWRITEBYTECODE`` set
    would, at every sample (~90 ms on the 2-core test machine), while the bare window's standard
    library is compiled already.
    """
    import compileall

    import agent_desk

    compileall.compile_dir(os.path.dirname(agent_desk.__file__), quiet=1)


def sample(code: str) -> tuple[float, dict]:
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "AGENT_DESK_CONFIG": os.path.join(home, "config.toml"),
            "AGENT_DESK_DATA": os.path.join(home, "data"),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
        )
        line = child.stdout.readline()
        if not line:
            child.kill()
            raise RuntimeError(f"the probe failed: {child.stderr.read()}")
        wall = time.perf_counter() - start
        report = json.loads(line)
        if report.get("stage") == "interactive":
            for stage in ("live", "views"):
                later = child.stdout.readline()
                if not later:
                    child.kill()
                    raise RuntimeError(f"the probe failed: {child.stderr.read()}")
                report[stage] = {**json.loads(later), "wall": time.perf_counter() - start}
        child.wait(timeout=30)
    return wall, report


METHOD = (
    "each sample is a fresh interpreter (Qt offscreen, empty config and data dirs); wall time from spawning "
    "the process to the child's report, printed by a zero-delay QTimer after window.show(), i.e. on the "
    "event loop's first turn with the window shown; RSS is the child's peak (VmHWM) at that moment, CPU its "
    "process_time() (which machine load bends less than wall time). "
    "Bare: a QApplication and a 760x520 QMainWindow. Agent Desk: the agent-desk command's own path "
    "(agent_desk.cli imported first, as the console script does; cli.runner.main: parser, the probe for a "
    "running window, app.main), reporting once desk.show() ran "
    "('interactive'), then after the second phase (icons, theme, config read, sign-in window open: "
    "'sign_in_window'), then on the next turn (single-instance server listening, qasync loop adopted; "
    "tray, shortcuts, softphone watchdog, screen-pops, journal, call card and tabs built: 'views_built'). "
    "Bare and Agent Desk samples are "
    "interleaved; minimum of N each. agent_desk is compiled to bytecode first, as installed."
)


def run(runs: int = 5) -> dict:
    """Minimums of ``runs`` interleaved samples of each, with the ratios Agent Desk / bare."""
    compile_package()
    bare, desk = [], []
    for _ in range(runs):  # interleaved, so both see the same machine load
        bare.append(sample(BARE))
        desk.append(sample(DESK))
    bare_ms, bare_mb = min(w for w, _ in bare) * 1000, min(r["rss_kb"] for _, r in bare) / 1024
    bare_cpu = min(r["cpu"] for _, r in bare) * 1000

    def figure(name: str, ms: float, mb: float, cpu: float) -> dict:
        return {
            "name": name,
            "wall_ms": round(ms, 1),
            "peak_rss_mb": round(mb, 1),
            "cpu_ms": round(cpu * 1000, 1),
            "ratio_time": round(ms / bare_ms, 2),
            "ratio_memory": round(mb / bare_mb, 2),
            "ratio_cpu": round(cpu * 1000 / bare_cpu, 2),
            "target_ratio": 1.5,
        }

    return {
        "runs": runs,
        "method": METHOD,
        "baseline": {
            "name": "startup.bare_qmainwindow",
            "wall_ms": round(bare_ms, 1),
            "peak_rss_mb": round(bare_mb, 1),
            "cpu_ms": round(bare_cpu, 1),
        },
        "figures": [
            figure(
                "startup.interactive",
                min(w for w, _ in desk) * 1000,
                min(r["rss_kb"] for _, r in desk) / 1024,
                min(r["cpu"] for _, r in desk),
            ),
            *(
                figure(
                    name,
                    min(r[stage]["wall"] for _, r in desk) * 1000,
                    min(r[stage]["rss_kb"] for _, r in desk) / 1024,
                    min(r[stage]["cpu"] for _, r in desk),
                )
                for name, stage in (("startup.sign_in_window", "live"), ("startup.views_built", "views"))
            ),
        ],
        "main_window_visible": all(r["visible"] for _, r in desk),
        "sign_in_window_open": all(r["live"]["sign_in_window"] for _, r in desk),
        "pops_ready_on_the_next_turn": all(r["views"]["pops"] for _, r in desk),
        "loop_adopted_on_the_next_turn": all(r["views"]["loop"] and not r["live"]["loop"] for _, r in desk),
        "heavy_modules_before_interactive": sorted({m for _, r in desk for m in r["heavy"]}),
        "heavy_modules_before_sign_in_window": sorted({m for _, r in desk for m in r["live"]["heavy"]}),
    }


def summary(result: dict) -> str:
    base = result["baseline"]
    lines = [
        f"{'bare QMainWindow':<30}{base['wall_ms']:>8.0f} ms {base['peak_rss_mb']:>7.1f} MB peak RSS "
        f"{base['cpu_ms']:>6.0f} ms CPU (min of {result['runs']})"
    ]
    lines += [
        f"{f['name']:<30}{f['wall_ms']:>8.0f} ms {f['peak_rss_mb']:>7.1f} MB {f['cpu_ms']:>6.0f} ms CPU   "
        f"x{f['ratio_time']} time, x{f['ratio_memory']} memory, x{f['ratio_cpu']} CPU (target <= x{f['target_ratio']})"
        for f in result["figures"]
    ]
    lines.append(
        f"heavy modules loaded before the window was interactive: "
        f"{result['heavy_modules_before_interactive'] or 'none'}; before the sign-in window: "
        f"{result['heavy_modules_before_sign_in_window'] or 'none'}"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    print(summary(run(parser.parse_args().runs)))


if __name__ == "__main__":
    main()
