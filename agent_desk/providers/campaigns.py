"""The campaign client of the active provider: one interface over each document's campaign API.

:func:`campaign_client` gives the client for a provider that declares
:attr:`~agent_desk.models.Capability.CAMPAIGNS` (TEL4VN autodialer/autocall queues, OnePOS
campaigns) and raises :class:`~agent_desk.errors.Unsupported` for any other, so the CLI exits 5 and
the Campaigns tab says why. The clients live beside their provider (``tel4vn_campaigns.py``,
``onepos_campaigns.py``) and send every request through the provider's own
:meth:`~agent_desk.providers.base.Provider.request` (token, deadline, error mapping).
"""

from __future__ import annotations

import abc
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent_desk.models import Capability

if TYPE_CHECKING:
    from agent_desk.providers.base import Provider
    from agent_desk.supervisor.campaigns import Campaign, CampaignReport, CampaignSpec, DncResult


class CampaignClient(abc.ABC):
    """What the desk does with campaigns; each provider maps it onto its documented calls."""

    #: True where the PBX cannot list campaigns and the desk lists the ones it created
    desk_kept: bool = False
    #: True where a campaign may play an IVR template instead of calling agents (TEL4VN and OnePOS autocall)
    ivr_templates: bool = False
    #: What the PBX's create call takes besides the name and the customers, for a campaign that calls
    #: agents and for an autocall (a template): "queue", "agents", "ratio" (calls per free agent),
    #: "concurrent" (simultaneous calls, carried in ``CampaignSpec.ratio``), "retries"
    dialer_fields: frozenset[str] = frozenset({"queue", "agents", "ratio", "retries"})
    autocall_fields: frozenset[str] = frozenset({"queue", "agents", "ratio", "retries"})

    def __init__(self, provider: Provider) -> None:
        self.provider = provider

    def fields(self, template: bool) -> frozenset[str]:
        """What a new campaign offers: the autocall's fields with a template, else the dialer's."""
        return self.autocall_fields if template else self.dialer_fields

    @abc.abstractmethod
    async def campaigns(self) -> list[Campaign]:
        """Every campaign, with state and progress where the PBX tells."""

    @abc.abstractmethod
    async def create(self, spec: CampaignSpec) -> tuple[Campaign, list[str]]:
        """Create ``spec``; returns the campaign and the PBX's complaints about single customers."""

    @abc.abstractmethod
    async def start(self, campaign_id: str) -> None: ...

    @abc.abstractmethod
    async def stop(self, campaign_id: str) -> None: ...

    @abc.abstractmethod
    async def delete(self, campaign_id: str) -> None: ...

    @abc.abstractmethod
    async def report(self, campaign_id: str) -> CampaignReport:
        """Outcome counts (and the leads where the PBX lists them) of one campaign."""

    def record_autocall(self, data: dict[str, Any]) -> str | None:
        """Keep the outcome a PBX event reported for one autocall customer (TEL4VN's
        ``cdr_autocall``); the id of the campaign it belongs to, None when none of ours."""
        return None

    def autocall_queues_with(self, number: str) -> list[str]:
        """The autocall queues this desk created whose customers have ``number`` (national format):
        where "do not call" would block it; none where the provider has no do-not-call list."""
        return []

    async def add_dnc(self, numbers: list[str]) -> DncResult:
        """Put numbers on the do-not-call list; Unsupported where the document has none."""
        raise self.provider.unsupported(Capability.DNC)


def campaign_client(provider: Provider, data_dir: Path | None = None) -> CampaignClient:
    """The campaign client for ``provider``; Unsupported when its document has no campaign API."""
    if not provider.supports(Capability.CAMPAIGNS):
        raise provider.unsupported(Capability.CAMPAIGNS)
    from agent_desk.providers.onepos import OnePosProvider
    from agent_desk.providers.tel4vn import Tel4vnBase
    from agent_desk.supervisor.campaigns import CampaignStore

    if isinstance(provider, OnePosProvider):
        from agent_desk.providers.onepos_campaigns import OnePosCampaigns

        return OnePosCampaigns(provider, CampaignStore(provider.profile.name, data_dir))
    if isinstance(provider, Tel4vnBase):
        from agent_desk.providers.tel4vn_campaigns import Tel4vnCampaigns

        return Tel4vnCampaigns(provider, CampaignStore(provider.profile.name, data_dir))
    raise provider.unsupported(Capability.CAMPAIGNS)  # declared, but no client here yet
