"""Widgets show state; they never save anything themselves."""
