"""The relay's Prometheus metrics (``GET /metrics``), on a registry of its own per relay."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

CONTENT_TYPE = CONTENT_TYPE_LATEST


class RelayMetrics:
    """Webhooks accepted and refused by reason, events published and delivered, desks connected,
    replay requests by outcome, and store lag (webhook accepted → record handed to the desks)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.webhooks_accepted = Counter("agent_desk_relay_webhooks_accepted", "Webhook requests accepted", registry=r)
        self.webhooks_refused = Counter(
            "agent_desk_relay_webhooks_refused", "Webhook requests refused", ["status", "reason"], registry=r
        )
        self.events_published = Counter("agent_desk_relay_events_published", "Events kept in the history", registry=r)
        self.events_sent = Counter("agent_desk_relay_events_sent", "Events sent to desks (one per desk)", registry=r)
        self.desks = Gauge("agent_desk_relay_desks_connected", "Desks connected to this relay", registry=r)
        self.desks_refused = Counter(
            "agent_desk_relay_desks_refused", "Desk connections refused for a bad token", registry=r
        )
        self.replays = Counter(
            "agent_desk_relay_replay_requests", "Desk resumptions by outcome", ["outcome"], registry=r
        )
        self.store_lag = Histogram(
            "agent_desk_relay_store_lag_seconds",
            "Webhook accepted by a replica until the record reaches this replica's desks",
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
            registry=r,
        )

    def text(self) -> bytes:
        return generate_latest(self.registry)
