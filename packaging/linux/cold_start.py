"""Start-up time of the installed ``agent-desk`` against a bare PySide6 window, on an X server.

    DISPLAY=:95 python packaging/linux/cold_start.py [--runs 10] [--program /usr/bin/agent-desk]

Prints one JSON object. Figures, each the minimum (and median) of ``--runs`` runs, interleaved
so that both programs see the same machine load:

* ``version_s``: ``agent-desk --version`` until it exits;
* ``window_s``: launch until the main window is mapped on the X server (no window manager runs
  under Xvfb, so mapping is immediate), found by polling ``xwininfo`` every few milliseconds;
* ``bare_window_s``: the same for a bare ``QMainWindow`` run by this Python (PySide6 needed);
* ``first_window_s``: the very first window launch (page cache as the installation left it).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare-window")
window.resize(760, 520)
window.show()
app.exec()
"""


def mapped(title: str) -> bool:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True).stdout
    for line in tree.splitlines():
        if f'"{title}"' in line and " 1x1+" not in line:
            info = subprocess.run(["xwininfo", "-id", line.split()[0]], capture_output=True, text=True).stdout
            if "IsViewable" in info:
                return True
    return False


def time_window(argv: list[str], title: str, timeout: float = 30.0) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "QT_QPA_PLATFORM": "xcb"}
    )
    try:
        while not mapped(title):
            if process.poll() is not None or time.perf_counter() - start > timeout:
                raise RuntimeError(f"{argv[0]}: no window {title!r}")
            time.sleep(0.002)
        return time.perf_counter() - start
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)


def time_exit(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def summary(values: list[float]) -> dict[str, float]:
    return {"min": round(min(values), 3), "median": round(statistics.median(values), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--program", default="/usr/bin/agent-desk")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "bare.py"
        bare.write_text(BARE)

        def app(n: int) -> list[str]:  # a fresh config each run: no running instance to hand over to
            return [args.program, "--config", str(Path(tmp) / f"c{n}" / "config.toml")]

        first = time_window(app(0), "Agent Desk")
        window, bare_window, version = [], [], []
        for n in range(1, args.runs + 1):
            window.append(time_window(app(n), "Agent Desk"))
            bare_window.append(time_window([sys.executable, str(bare)], "bare-window"))
            version.append(time_exit([args.program, "--version"]))
    print(
        json.dumps(
            {
                "runs": args.runs,
                "program": args.program,
                "first_window_s": round(first, 3),
                "window_s": summary(window),
                "bare_window_s": summary(bare_window),
                "window_vs_bare": round(min(window) / min(bare_window), 2),
                "version_s": summary(version),
            }
        )
    )


if __name__ == "__main__":
    main()
