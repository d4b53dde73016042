"""Serialisations of the graph: each returns a string; the caller writes files."""

from __future__ import annotations

from .turtle import to_turtle

__all__ = ["to_turtle"]
