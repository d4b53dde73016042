"""Turtle output, byte-identical for identical input."""

from __future__ import annotations

from rdflib import Graph

__all__ = ["to_turtle"]


def to_turtle(g: Graph) -> str:
    """Serialise ``g`` as Turtle with the vocabulary's prefixes.

    The graph holds no blank nodes, and rdflib's Turtle writer sorts subjects,
    predicates and objects, so the same graph always gives the same bytes.
    """
    return g.serialize(format="turtle")
