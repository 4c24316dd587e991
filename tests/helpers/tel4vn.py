"""TEL4VN test helpers shared by the Call Center and PBX provider tests: a provider with chosen
table and secrets, a token for raw requests, and reading every CDR page."""

from __future__ import annotations

import httpx

from agent_desk.config import parse_profile
from agent_desk.models import HistoryQuery
from agent_desk.providers import create_provider
from agent_desk.providers.base import Provider
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator
from agent_desk.sim.world import Call
from tests.helpers.waiting import until

PHONE = "0901234567"


def make_provider(
    sim: Simulator, key: str = "tel4vn", extension: str = "101", table=None, **secrets: str | None
) -> Provider:
    """A provider whose table and secrets differ from the demo profile's where asked (None drops one)."""
    base_table, base_secrets = sim.profile(key, extension)
    base_table.update(table or {})
    base_secrets.update(secrets)
    profile = parse_profile(f"sim-{key}", base_table)
    env = {env_name(k): v for k, v in base_secrets.items() if v is not None}
    return create_provider(profile, SecretStore(profile, env=env))


async def call_finished(sim: Simulator, call: Call) -> None:
    """Wait for the call's CDR, then for every delivery it caused."""
    await until(lambda: any(c.id == call.id for c in sim.world.cdrs))
    await sim.drain()


async def bearer(sim: Simulator, key: str = "tel4vn") -> dict[str, str]:
    """A token for raw requests to the dialect, obtained the documented way."""
    table, secrets = sim.profile(key)
    path = "/v2/auth/token" if key == "tel4vn" else "/v1/auth/token"
    async with httpx.AsyncClient(base_url=table["base_url"]) as client:
        answer = await client.post(path, json={"api_key": secrets["api_key"]})
    return {"Authorization": f"Bearer {answer.json()['data']['token']}"}


async def read_all(provider: Provider, limit: int) -> tuple[list, list]:
    """Every record by following next_cursor; also the pages' totals."""
    records, totals, cursor = [], [], None
    while True:
        page = await provider.history(HistoryQuery(limit=limit, cursor=cursor))
        records += page.records
        totals.append(page.total)
        cursor = page.next_cursor
        if cursor is None:
            return records, totals
