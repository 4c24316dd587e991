"""The demo: ``agent-desk --demo`` and the demo material any front end needs for a running simulator.

Reusable part (the GUI's demo mode uses it too): :func:`write_demo_config` writes, for a running
:class:`~agent_desk.sim.server.Simulator`, a config file with one profile per provider it serves
(extension 101, an agent) plus ``tel4vn-supervisor`` (extension 100), and returns the demo
secrets *beside* the file, never in it. In-process, give each profile
``DemoConfig.secret_store(name)``; in a shell, export ``DemoConfig.shell_exports(name)``.

:func:`run_demo` starts the simulator with background traffic in a temporary directory (the
user's own config is never touched), takes a short scripted tour through the CLI commands,
then keeps the simulator running until Ctrl-C and says how to use it from another terminal.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import shlex
import tempfile
from pathlib import Path
from typing import Any

from agent_desk.config import Config, parse_profile, save_config
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator
from agent_desk.sim.world import SimError, SimSettings

DEMO_RATE_PER_MIN = 6.0
AGENT_EXTENSION = "101"
SUPERVISOR_EXTENSION = "100"
DEFAULT_PROFILE = "tel4vn"
SUPERVISOR_PROFILE = "tel4vn-supervisor"
DISPOSITIONS = ["Đã giải quyết", "Hẹn gọi lại", "Khiếu nại", "Sai số"]  # the demo company's wrap-up codes


def demo_tables(sim: Simulator) -> dict[str, tuple[dict[str, Any], dict[str, str]]]:
    """Profile name → ``(profile table, secrets)``: each served provider as agent 101, plus the
    TEL4VN supervisor (100) when TEL4VN is served."""
    tables = {key: sim.profile(key, AGENT_EXTENSION) for key in sim.dialects}
    if "tel4vn" in sim.dialects:
        tables[SUPERVISOR_PROFILE] = sim.profile("tel4vn", SUPERVISOR_EXTENSION)
    for table, _secrets in tables.values():
        table["dispositions"] = list(DISPOSITIONS)
    return tables


@dataclasses.dataclass(slots=True)
class DemoConfig:
    """A written demo config and the secrets that belong to its profiles (kept out of the file)."""

    path: Path
    config: Config
    secrets: dict[str, dict[str, str]]  # profile name → {secret field: value}

    def env(self, profile: str) -> dict[str, str]:
        """``AGENT_DESK_*`` variables carrying the profile's secrets."""
        return {env_name(field): value for field, value in self.secrets[profile].items()}

    def secret_store(self, profile: str) -> SecretStore:
        """A store that resolves the profile's demo secrets without the OS environment or keyring."""
        return SecretStore(self.config.profiles[profile], env=self.env(profile))

    def shell_exports(self, profile: str, *, config: bool = True) -> str:
        """``export AGENT_DESK_CONFIG=... AGENT_DESK_API_KEY=...`` for another terminal."""
        pairs = {"AGENT_DESK_CONFIG": str(self.path)} if config else {}
        return _exports({**pairs, **self.env(profile)})


def _exports(variables: dict[str, str]) -> str:
    return "export " + " ".join(f"{name}={shlex.quote(value)}" for name, value in variables.items())


def write_demo_config(sim: Simulator, directory: Path) -> DemoConfig:
    """Write ``directory/config.toml`` for ``sim`` (secrets excluded) and return it with the secrets."""
    tables = demo_tables(sim)
    profiles = {name: parse_profile(name, table) for name, (table, _) in tables.items()}
    default = DEFAULT_PROFILE if DEFAULT_PROFILE in profiles else next(iter(profiles))
    path = directory / "config.toml"
    config = Config(profiles=profiles, default_profile=default, path=path)
    save_config(config, path)
    return DemoConfig(path=path, config=config, secrets={name: dict(s) for name, (_, s) in tables.items()})


def credentials_guide(sim: Simulator) -> str:
    """For ``agent-desk simulate``: each profile as a TOML table to paste, and its secrets as
    environment variables (demo credentials of the simulator, printed on purpose)."""
    import tomli_w

    lines = ["Demo credentials (simulator only, not real secrets). Paste a profile into your config",
             "file and export its variables; they are not per profile, so export one profile's at a time."]
    for name, (table, secrets) in demo_tables(sim).items():
        lines += ["", f"# --- {name}", tomli_w.dumps({"profiles": {name: table}}).rstrip(),
                  _exports({env_name(field): value for field, value in secrets.items()})]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------- the tour
class _Tour:
    """Runs CLI commands in-process against the demo config, echoing each like a shell would."""

    def __init__(self, demo: DemoConfig) -> None:
        self.demo = demo

    async def run(self, *argv: str, profile: str = DEFAULT_PROFILE) -> int:
        from agent_desk.cli import PROG, execute

        shown = ([] if profile == self.demo.config.default_profile else ["--profile", profile]) + list(argv)
        print(f"\n$ {PROG} {shlex.join(shown)}", flush=True)
        return await execute(["--config", str(self.demo.path), "--profile", profile, *argv],
                             env=self.demo.env(profile))

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
    lines = [f"\nThe demo PBX keeps running with about {DEMO_RATE_PER_MIN:g} inbound calls a minute.",
             "Use it from another terminal (demo credentials, not real secrets):",
             f"  {demo.shell_exports(demo.config.default_profile or DEFAULT_PROFILE)}",
             "  agent-desk calls"]
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
    from agent_desk.cli import stop_signals

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
