"""The event loop's worst stall while a synchronous click-to-call waits on the PBX.

``run(hold) -> dict`` starts ``python -m tests.bench.stall HOLD`` (a fresh process, Qt offscreen),
which starts the PBX (``python -m tests.bench.stall --pbx HOLD``: the simulator's TEL4VN dialect
in its own process, the agent's phone picking up only after ``HOLD`` seconds, so the sync
``GET /v1/click2call`` is held open that long), signs a real :class:`~agent_desk.ui.window.desk.Desk`
in to it, and runs two probes on the qasync loop: a ``QTimer`` (precise, every
:data:`PERIOD_MS` ms; lateness = the gap between two ticks minus the period) and an asyncio task
sleeping :data:`PERIOD_MS` ms in a loop (lateness = the overshoot of each sleep). Baseline: the
same probes for ``HOLD`` seconds on the idle, signed-in desk. Then the Dialer places the call
(``desk.dialer.dial``, as the dial pad does) and the probes run until it reports the pick-up.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench.stats import percentile

ROOT = Path(__file__).resolve().parents[2]
PERIOD_MS = 10
CUSTOMER = "0901234567"

METHOD = (
    f"a QTimer (PreciseTimer, {PERIOD_MS} ms; lateness = gap between ticks - period) and an asyncio task "
    f"(sleep {PERIOD_MS} ms in a loop; lateness = overshoot) run on the qasync loop of a real signed-in Desk "
    "(Qt offscreen). Baseline: both probes for the hold time on the idle desk. Measured: from "
    "desk.dialer.dial() until the Dialer reports the pick-up, while the simulator (TEL4VN dialect, another "
    "process) holds the sync click-to-call GET /v1/click2call open for the hold time "
    "(SimSettings.answer_delay)."
)


def lateness_summary(values_ms: list[float]) -> dict[str, Any]:
    values = sorted(values_ms)
    if not values:
        return {"samples": 0}
    return {
        "samples": len(values),
        "p50_ms": round(percentile(values, 0.50) or 0.0, 3),
        "p99_ms": round(percentile(values, 0.99) or 0.0, 3),
        "max_ms": round(values[-1], 3),
    }


class Probes:
    """The two lateness probes; ``start()``, then ``stop()`` gives both summaries."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self._tick)
        self.qt: list[float] = []
        self.loop: list[float] = []
        self._last = 0.0
        self._task: asyncio.Task | None = None

    def _tick(self) -> None:
        now = time.perf_counter()
        self.qt.append(max(0.0, (now - self._last) * 1000 - PERIOD_MS))
        self._last = now

    async def _sleeper(self) -> None:
        while True:
            due = time.perf_counter() + PERIOD_MS / 1000
            await asyncio.sleep(PERIOD_MS / 1000)
            self.loop.append(max(0.0, (time.perf_counter() - due) * 1000))

    def start(self) -> None:
        self.qt.clear()
        self.loop.clear()
        self._last = time.perf_counter()
        self.timer.start()
        self._task = asyncio.ensure_future(self._sleeper())

    async def stop(self) -> dict[str, Any]:
        self.timer.stop()
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)
        return {"qtimer": lateness_summary(self.qt), "asyncio_sleep": lateness_summary(self.loop)}


async def measure(hold: float) -> dict[str, Any]:
    from agent_desk.config import parse_profile
    from agent_desk.secrets import SecretStore, env_name
    from agent_desk.ui.dialing import dialer as dialing
    from agent_desk.ui.settings.preferences import UiSettings
    from agent_desk.ui.window.desk import Desk

    pbx = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.stall", "--pbx", str(hold)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        table, found = json.loads(await asyncio.get_running_loop().run_in_executor(None, pbx.stdout.readline))
        profile = parse_profile(
            "bench-stall", {**table, "events": "none", "click_to_call": "sync", "dial_timeout": hold + 30}
        )
        with tempfile.TemporaryDirectory() as home:
            desk = Desk(
                settings=UiSettings(Path(home) / "ui.ini"),
                instance_name=f"agent-desk-bench-{os.getpid()}",
                secret_source=lambda p: SecretStore(p, env={env_name(k): v for k, v in found.items()}),
            )
            desk.show()
            desk.bring_up()
            if not await desk.sign_in(profile, {}, False):
                raise RuntimeError("the bench could not sign in to the simulator")
            probes = Probes()
            probes.start()
            await asyncio.sleep(hold)
            idle = await probes.stop()
            probes.start()
            started = time.monotonic()
            problem = desk.dialer.dial(CUSTOMER)
            if problem:
                raise RuntimeError(problem)
            while desk.dialer.waiting:
                await asyncio.sleep(0.05)
            waited = time.monotonic() - started
            during = await probes.stop()
            outcome = desk.dialer.phase
            await desk.shutdown()
    finally:
        pbx.terminate()
        pbx.wait(10)
        pbx.stdout.close()
    if outcome != dialing.DialPhase.DONE:
        raise RuntimeError(f"the held click-to-call ended as {outcome}: {desk.dialer.text}")
    return {"hold_s": hold, "waited_s": round(waited, 2), "outcome": outcome, "idle": idle, "during": during}


def run(hold: float) -> dict[str, Any]:
    """The stall figure of one run, measured in a fresh GUI process (see the module doc)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as home:
        env.update(AGENT_DESK_CONFIG=str(Path(home) / "config.toml"), AGENT_DESK_DATA=str(Path(home) / "data"))
        child = subprocess.run(
            [sys.executable, "-m", "tests.bench.stall", str(hold)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
            check=True,
        )
    measured = json.loads(child.stdout)
    figure = {"name": "stall.sync_click_to_call", **measured, "method": METHOD}
    for probe in ("qtimer", "asyncio_sleep"):
        idle, during = measured["idle"][probe], measured["during"][probe]
        figure[f"ratio_max_{probe}"] = round(during["max_ms"] / idle["max_ms"], 2) if idle.get("max_ms") else None
    return figure


def summary(figure: dict[str, Any]) -> str:
    idle, during = figure["idle"], figure["during"]
    return "\n".join(
        f"stall during a {figure['hold_s']:g} s sync click-to-call ({probe}): max {during[probe]['max_ms']} ms, "
        f"p99 {during[probe]['p99_ms']} ms; idle max {idle[probe]['max_ms']} ms (x{figure[f'ratio_max_{probe}']})"
        for probe in ("qtimer", "asyncio_sleep")
    )


async def serve_pbx(hold: float) -> None:
    from agent_desk.sim.server import Simulator
    from agent_desk.sim.world import SimSettings

    settings = SimSettings(answer_delay=hold, ring_timeout=hold + 30, customer_answer_delay=1.0, rate_per_min=0.0)
    async with Simulator(settings, providers=["tel4vn"]) as sim:
        print(json.dumps(sim.profile("tel4vn", "101")), flush=True)
        await asyncio.Event().wait()


def main() -> None:
    if sys.argv[1] == "--pbx":
        asyncio.run(serve_pbx(float(sys.argv[2])))
        return
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        result = loop.run_until_complete(measure(float(sys.argv[1])))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
