"""``agent-desk --demo --tour``: the simulator, a throw-away demo config and a scripted tour of the commands.

:func:`run_demo` starts the simulator with background traffic in a temporary directory (the
user's own config is never touched), runs status, capabilities, dials, calls, listen and history
in-process as a shell would show them, then keeps the simulator running until Ctrl-C and says how
to use it from another terminal.
"""

from __future__ import annotations

import asyncio
import contextlib
import shlex
import tempfile
from pathlib import Path
from typing import Any

from agent_desk.cli.parser import PROG
from agent_desk.cli.runner import execute, stop_signals
from agent_desk.demo import (
    AGENT_EXTENSION,
    DEFAULT_PROFILE,
    DEMO_RATE_PER_MIN,
    SUPERVISOR_PROFILE,
    DemoConfig,
    write_demo_config,
)
from agent_desk.sim.server import Simulator
from agent_desk.sim.world import SimError, SimSettings


class _Tour:
    """Runs CLI commands in-process against the demo config, echoing each like a shell would."""

    def __init__(self, demo: DemoConfig) -> None:
        self.demo = demo

    async def run(self, *argv: str, profile: str = DEFAULT_PROFILE) -> int:

        shown = ([] if profile == self.demo.config.default_profile else ["--profile", profile]) + list(argv)
        print(f"\n$ {PROG} {shlex.join(shown)}", flush=True)
        return await execute(["--config", str(self.demo.path), "--profile", profile, *argv], env=self.demo.env(profile))

    async def agent_call_id(self) -> str | None:
        """The live call on the agent's extension, as the supervisor's live-calls API shows it."""
        from agent_desk.providers import create_provider

        profile = self.demo.config.profiles[SUPERVISOR_PROFILE]
        async with create_provider(profile, self.demo.secret_store(SUPERVISOR_PROFILE)) as provider:
            calls = await provider.live_calls()
        return next((c.call_id for c in calls if c.extension == AGENT_EXTENSION), None)


async def run_tour(sim: Simulator, demo: DemoConfig) -> None:
    """status, capabilities, dial sync, calls, listen (supervisor), dial async, a history page."""
    tour = _Tour(demo)
    agent = sim.world.extension(AGENT_EXTENSION)
    customers = list(sim.world.customers.values())
    agent.paused = True  # keep queue calls off the agent's phone so the tour's dials find it free
    try:
        await tour.run("status")
        await tour.run("capabilities")
        print("\n(a sync click-to-call waits until your phone picks up; the demo phone answers in a moment)")
        await tour.run("dial", customers[0].phone, "--sync")
        await tour.run("calls")
        if SUPERVISOR_PROFILE in demo.config.profiles:
            call_id = await tour.agent_call_id()
            if call_id:
                await tour.run("listen", call_id, profile=SUPERVISOR_PROFILE)
                with contextlib.suppress(SimError):  # it may have ended on its own meanwhile
                    sim.world.hangup(call_id)
                print("\n(the customer hangs up)")
        await tour.run("dial", customers[1].phone, "--async")
        await tour.run("history", "--limit", "5")
    finally:
        agent.paused = False


def _handoff(demo: DemoConfig) -> str:
    lines = [
        f"\nThe demo PBX keeps running with about {DEMO_RATE_PER_MIN:g} inbound calls a minute.",
        "Use it from another terminal (demo credentials, not real secrets):",
        f"  {demo.shell_exports(demo.config.default_profile or DEFAULT_PROFILE)}",
        "  agent-desk calls",
    ]
    others = [name for name in demo.config.profiles if name != demo.config.default_profile]
    if others:
        lines.append("Other profiles: add --profile NAME after exporting that profile's variables:")
        lines += [f"  {name}: {demo.shell_exports(name, config=False)}" for name in others]
    lines.append("Press Ctrl-C to stop the demo.")
    return "\n".join(lines)


async def _unless_stopped(coro: Any, stop: asyncio.Event) -> bool:
    """Run ``coro`` unless ``stop`` is set first (then cancel it). True when it ran to the end."""
    task = asyncio.ensure_future(coro)
    waiter = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
        if not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
    if task.cancelled():
        return False
    task.result()  # a tour that crashed is an internal error
    return True


async def run_demo() -> int:
    """Simulator + throw-away config + tour, then serve until SIGINT/SIGTERM. Returns 0."""

    settings = SimSettings(rate_per_min=DEMO_RATE_PER_MIN)
    with tempfile.TemporaryDirectory(prefix="agent-desk-demo-") as directory:
        async with stop_signals() as stop, Simulator(settings) as sim:
            demo = write_demo_config(sim, Path(directory))
            print(f"Demo PBX simulator listening on {sim.base_url}; demo config in {demo.path}", flush=True)
            if await _unless_stopped(run_tour(sim, demo), stop):
                print(_handoff(demo), flush=True)
                await stop.wait()
    print("Demo stopped.", flush=True)
    return 0
