"""A PBX simulator that speaks every provider dialect over real loopback HTTP and websockets.

:class:`~agent_desk.sim.server.Simulator` is the entry point; :mod:`agent_desk.sim.world` is the
call center behind it; :mod:`agent_desk.sim.dialects` holds one module per provider document.
"""
