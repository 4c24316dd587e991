"""The demo: ``agent-desk --demo`` and the demo material any front end needs for a running simulator.

Reusable part (the GUI's demo mode uses it too): :func:`write_demo_config` writes, for a running
:class:`~agent_desk.sim.server.Simulator`, a config file with one profile per provider it serves
(extension 101, an agent) plus a supervisor (extension 100) on the registry's first provider,
and returns the demo
secrets *beside* the file, never in it. In-process, give each profile
``DemoConfig.secret_store(name)``; in a shell, export ``DemoConfig.shell_exports(name)``.
The terminal tour (``--demo --tour``) is :mod:`agent_desk.cli.tour`.
"""

from __future__ import annotations

import dataclasses
import shlex
from pathlib import Path
from typing import Any

from agent_desk.config import Config, parse_profile, save_config
from agent_desk.providers.registry import PROVIDER_KEYS
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator

DEMO_RATE_PER_MIN = 6.0
GUIDE_WEBHOOK_PORT = 8765  # the first listener port the printed profiles use, one port each
AGENT_EXTENSION = "101"
SUPERVISOR_EXTENSION = "100"
DEFAULT_PROFILE = PROVIDER_KEYS[0]  # the registry's first provider (TEL4VN): its profile is named after it
SUPERVISOR_PROFILE = f"{DEFAULT_PROFILE}-supervisor"
DISPOSITIONS = ["Đã giải quyết", "Hẹn gọi lại", "Khiếu nại", "Sai số"]  # the demo company's wrap-up codes


def demo_tables(sim: Simulator) -> dict[str, tuple[dict[str, Any], dict[str, str]]]:
    """Profile name → ``(profile table, secrets)``: each served provider as agent 101, plus the
    supervisor (100) of the default provider when it is served."""
    tables = {key: sim.profile(key, AGENT_EXTENSION) for key in sim.dialects}
    if DEFAULT_PROFILE in sim.dialects:
        tables[SUPERVISOR_PROFILE] = sim.profile(DEFAULT_PROFILE, SUPERVISOR_EXTENSION)
        team = tables[SUPERVISOR_PROFILE][0].get("agents")
        if team:  # the transfer picker's colleagues, as the supervisor console reads them
            tables[DEFAULT_PROFILE][0]["agents"] = list(team)
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

    lines = [
        "Demo credentials (simulator only, not real secrets). Paste a profile into your config",
        "file and export its variables; they are not per profile, so export one profile's at a time.",
    ]
    for offset, (name, (table, secrets)) in enumerate(demo_tables(sim).items()):
        if "events" not in table:  # a webhook provider: the listener registers its callback with the simulator
            port = GUIDE_WEBHOOK_PORT + offset
            table = {
                **table,
                "events": "webhook",
                "webhook": {"host": "127.0.0.1", "port": port, "public_url": f"http://127.0.0.1:{port}"},
            }
        lines += [
            "",
            f"# --- {name}",
            tomli_w.dumps({"profiles": {name: table}}).rstrip(),
            _exports({env_name(field): value for field, value in secrets.items()}),
        ]
    return "\n".join(lines)
