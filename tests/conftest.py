"""Shared fixtures: an isolated environment, an in-memory keyring, the simulator on loopback, and the
CLI run as a demo profile of it.

Hypothesis runs on the ``default`` profile, or on ``ci`` (chosen by ``HYPOTHESIS_PROFILE=ci`` or by a
``CI`` variable): a random seed (``HYPOTHESIS_SEED`` sets it) printed in the header and again after a
failure, no example database, the reproduction blob printed, no deadline.
"""

from __future__ import annotations

import os
import random
import signal
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from agent_desk.config import parse_profile
from agent_desk.demo import DemoConfig, write_demo_config
from agent_desk.providers import create_provider
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator
from agent_desk.sim.world import SimSettings
from tests.helpers.cli import Run, base_env, run_cli
from tests.helpers.sim import fast_settings
from tests.helpers.webhooks import SECRET as WEBHOOK_SECRET

# The CLI tests send SIGINT to the CLI as a terminal's Ctrl-C does. A suite started in the background
# without job control (``make test &`` from a script, nohup) inherits SIGINT ignored, and so would every
# process it spawns (an ignored signal stays ignored across exec, and Python then keeps it ignored);
# a Python handler here is reset to the default in each child instead.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

hypothesis_settings.register_profile(
    "ci", derandomize=False, database=None, print_blob=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
HYPOTHESIS_PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default")
hypothesis_settings.load_profile(HYPOTHESIS_PROFILE)


@pytest.hookimpl(tryfirst=True)  # before Hypothesis' own plugin reads --hypothesis-seed
def pytest_configure(config: pytest.Config) -> None:
    if HYPOTHESIS_PROFILE == "ci" and config.getoption("hypothesis_seed", None) is None:
        config.option.hypothesis_seed = os.environ.get("HYPOTHESIS_SEED") or str(random.randrange(2**32))


def _hypothesis_seed_line(config: pytest.Config) -> str | None:
    seed = config.getoption("hypothesis_seed", None)
    if seed is None:
        return None
    return f"hypothesis profile {HYPOTHESIS_PROFILE!r}, seed {seed} (to run it again: HYPOTHESIS_SEED={seed})"


def pytest_report_header(config: pytest.Config) -> str | None:
    return _hypothesis_seed_line(config)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config) -> None:
    line = _hypothesis_seed_line(config)
    if line and terminalreporter.stats.get("failed"):
        terminalreporter.write_line(line)


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in a dict (tests only)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No AGENT_DESK_* variables from the outside; config and data under tmp_path."""
    for name in list(os.environ):
        if name.startswith("AGENT_DESK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AGENT_DESK_CONFIG", str(tmp_path / "config" / "config.toml"))
    monkeypatch.setenv("AGENT_DESK_DATA", str(tmp_path / "data"))
    return tmp_path


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def sim_settings() -> SimSettings:
    return fast_settings()


@pytest.fixture
def sim_dialects() -> list[str] | None:
    """The dialects the ``sim`` fixture serves: None for every one (a module overrides it for fewer)."""
    return None


@pytest.fixture
async def sim(sim_settings: SimSettings, sim_dialects: list[str] | None):
    """The simulator on a free loopback port."""
    async with Simulator(sim_settings, providers=sim_dialects) as simulator:
        yield simulator


@pytest.fixture
async def provider_for(sim: Simulator):
    """``await provider_for("tel4vn", extension="101", **profile_overrides)`` → a provider on the simulator."""
    made = []

    def make(key: str, extension: str = "101", **overrides):
        table, secrets = sim.profile(key, extension)
        table.update(overrides)
        profile = parse_profile(f"sim-{key}", table)
        store = SecretStore(profile, env={env_name(k): v for k, v in secrets.items()})
        provider = create_provider(profile, store)
        made.append(provider)
        return provider

    yield make
    for provider in made:
        await provider.aclose()


@pytest.fixture
async def webhook_provider_for(sim: Simulator):
    """Like ``provider_for``, with the webhook listener on loopback and the ``webhook_secret`` it checks."""
    made = []

    def make(key: str, extension: str = "101", **overrides):
        table, secrets = sim.profile(key, extension)
        table.update({"events": "webhook", "webhook": {"host": "127.0.0.1", "port": 0}, **overrides})
        secrets = {"webhook_secret": WEBHOOK_SECRET, **secrets} if key != "onepos" else secrets
        if key == "onepos":
            table.setdefault("register_webhook", True)  # the company's one webhook: taken over knowingly
        profile = parse_profile(f"e2e-{key}", table)
        provider = create_provider(profile, SecretStore(profile, env={env_name(k): v for k, v in secrets.items()}))
        made.append(provider)
        return provider

    yield make
    for provider in made:
        await provider.aclose()


@pytest.fixture
def demo(sim: Simulator, tmp_path: Path) -> DemoConfig:
    """The demo config (:func:`agent_desk.demo.write_demo_config`) for the test's simulator."""
    return write_demo_config(sim, tmp_path)


@pytest.fixture
def agent(demo: DemoConfig):
    """``await agent(*args, profile="tel4vn")``: the CLI as that demo profile."""

    async def run(*args: str, profile: str = "tel4vn", **kwargs) -> Run:
        env = base_env(AGENT_DESK_CONFIG=str(demo.path), **demo.env(profile))
        return await run_cli("--profile", profile, *args, env=env, **kwargs)

    return run
