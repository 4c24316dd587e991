"""The call-event relay (``agent-desk relay``): one server per PBX account that receives the PBX's
webhooks and pushes each call to the right desks over connections the desks open.

* :mod:`.config`: ``relay.toml``; :mod:`.tokens`: desk tokens (hashed) and what each may see;
* :mod:`.store`: the event history (memory, SQLite) and :mod:`.redis_store` (Redis Streams,
  shared by replicas); :mod:`.wire`: events as JSON, offsets, routing;
* :mod:`.server`: the aiohttp server (webhooks, ``/desk`` websockets, ``/healthz``, ``/metrics``);
* :mod:`.runtime`: putting them together from a config, as ``agent-desk relay serve`` does.

The desk side is :mod:`agent_desk.events.relay`.
"""
