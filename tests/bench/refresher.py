"""The console's refresher alone: ``python -m tests.bench.refresher [--calls 5000] [--refreshes 20]``.

The real :class:`~agent_desk.supervisor.refresher.Refresher` with its own OnePOS provider reads the
simulator (a child process, as in :mod:`tests.bench.console`, holding ``--calls`` standing calls on
as many floor agents) in this process's loop, with no console and no Qt: after a first read,
``--refreshes`` reads, each after ``calls / 300`` calls were ended and started (the console bench's
churn) and a pause of ``--pause`` seconds. It prints the thread CPU time (``time.thread_time``) of
each read's ``refresh_once`` (the HTTP requests, the decode, the records, the diffs): minimum,
median and maximum. This is the refresher's share of ``worker_cpu_ms_per_s`` in the console bench,
without the GUI thread taking the GIL; compare two checkouts by running each in turn.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from tests.bench.console import SimProcess


async def measure(calls: int, refreshes: int, pause: float) -> list[float]:
    """Thread CPU (ms) of each of ``refreshes`` reads, after a first one."""
    from agent_desk.config import parse_profile
    from agent_desk.providers import create_provider
    from agent_desk.secrets import SecretStore, env_name
    from agent_desk.supervisor.refresher import Refresher

    sim = SimProcess()
    ready = await sim.start(calls)
    profile = parse_profile("bench-refresher", {**ready["profile"], "events": "none"})
    provider = create_provider(profile, SecretStore(profile, env={env_name(k): v for k, v in ready["secrets"].items()}))
    refresher = Refresher(provider, lambda update: None)
    cpu_ms = []
    try:
        await refresher.refresh_once()
        for _ in range(refreshes):
            await sim.churn(max(1, round(calls / 300)))
            await asyncio.sleep(pause)
            started = time.thread_time()
            await refresher.refresh_once()
            cpu_ms.append((time.thread_time() - started) * 1000)
    finally:
        await provider.aclose()
        await sim.stop()
    return cpu_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--refreshes", type=int, default=20)
    parser.add_argument("--pause", type=float, default=0.05, help="seconds between the churn and the read")
    args = parser.parse_args()
    cpu_ms = asyncio.run(measure(args.calls, args.refreshes, args.pause))
    print(
        f"refresh_once at {args.calls} live calls, thread CPU over {len(cpu_ms)} reads: "
        f"min {min(cpu_ms):.1f} / median {statistics.median(cpu_ms):.1f} / max {max(cpu_ms):.1f} ms"
    )


if __name__ == "__main__":
    main()
