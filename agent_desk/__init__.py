"""Agent Desk: a desktop companion to the softphone for call-center agents and supervisors."""

__version__ = "0.1.0"
