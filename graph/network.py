"""The links of a store read once, and the actor network's edges joined from them here.

The actor network (:data:`graph.tables.ACTOR_RELATIONS`) joins the links: a
proposal's proposers with its addressees, the proposers of the proposals a
condition is attached to with whoever must act on it, a stance's holder with the
proposers of what it is on. As one SPARQL query per relation, the store enumerates
every ``(actor, actor, fact)`` row of the join: 9.5 million at 10,000 generated
documents, six minutes, and as many Python objects. :class:`Links` reads each link
once (one query, numbered nodes) and :meth:`Links.actor_edges` joins them by fact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Iterable, Iterator

from rdflib import Graph

from . import tables
from .namespace import PREFIXES

__all__ = ["Links"]

#: The predicates of the links by full IRI, as :data:`graph.tables.LINK_RELATIONS` names them.
_PREDICATE = {PREFIXES[p.split(":")[0]] + p.split(":")[1]: p for p, _, _ in tables.LINK_RELATIONS}


class Links:
    """Every link of :data:`graph.tables.LINK_RELATIONS` between two IRIs of a graph.

    Nodes are numbered as they come; each predicate keeps its ``(subject, object)``
    pairs as numbers.
    """

    def __init__(self, g: Graph) -> None:
        self.iris: list[str] = []
        self._number: dict[str, int] = {}
        self._pairs: dict[str, list[tuple[int, int]]] = {p: [] for p, _, _ in tables.LINK_RELATIONS}
        values = " ".join(p for p, _, _ in tables.LINK_RELATIONS)
        for s, p, o in tables.select(
            g,
            f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o . "
            "FILTER(isIRI(?s) && isIRI(?o)) }",
        ):
            self._pairs[_PREDICATE[p]].append((self._node(s), self._node(o)))
        self.demands = {
            self._number[d]
            for (d,) in tables.select(g, "SELECT ?d WHERE { ?d a dg:Demand }")
            if d in self._number
        }

    def _node(self, iri: str) -> int:
        number = self._number.get(iri)
        if number is None:
            number = self._number[iri] = len(self.iris)
            self.iris.append(iri)
        return number

    def full_view(self) -> Iterator[tables.Link]:
        """The edges of the full view, as :func:`graph.tables.links` gives them."""
        iris = self.iris
        for predicate, name, back in tables.LINK_RELATIONS:
            for s, o in self._pairs[predicate]:
                relation = "demands" if name == "proposes" and s in self.demands else name
                yield (
                    tables.Link(iris[o], iris[s], relation)
                    if back
                    else tables.Link(iris[s], iris[o], relation)
                )

    def _by_subject(self, predicate: str) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for s, o in self._pairs[predicate]:
            out[s].append(o)
        return out

    def actor_edges(self, actors: Container[str]) -> dict[tuple[str, str, str], list[str]]:
        """The facts behind each edge ``(u, v, relation)`` of the actor network.

        The rows :func:`graph.tables.actor_pairs` gives, grouped by edge: both ends
        in ``actors`` and different, each fact once per edge.
        """
        iris = self.iris
        keep = {n for n, iri in enumerate(iris) if iri in actors}
        by = self._by_subject("dg:proposedBy")
        out: dict[tuple[str, str, str], list[str]] = defaultdict(list)

        def join(relation: str, fact: str, sources: Iterable[int], targets: Iterable[int]) -> None:
            ends = sorted({v for v in targets if v in keep})
            for u in sorted({u for u in sources if u in keep}):
                for v in ends:
                    if u != v:
                        out[iris[u], iris[v], relation].append(fact)

        to = self._by_subject("dg:addressedTo")
        for fact, proposers in by.items():
            relation = "demands" if fact in self.demands else "proposes"
            join(relation, iris[fact], proposers, to.get(fact, ()))
        attached: dict[int, list[int]] = defaultdict(list)  # condition -> its proposals
        for proposal, condition in self._pairs["dg:conditionalOn"]:
            attached[condition].append(proposal)
        for condition, acting in self._by_subject("dg:requiresActionBy").items():
            proposers = (u for p in attached.get(condition, ()) for u in by.get(p, ()))
            join("conditions", iris[condition], proposers, acting)
        for relation in ("rejects", "supports"):
            for holder, target in self._pairs[f"dg:{relation}"]:
                key = f"{iris[holder]} {relation} {iris[target]}"
                join(relation, key, (holder,), by.get(target) or (target,))
        for person, organisation in self._pairs["dg:affiliatedWith"]:
            key = f"{iris[person]} affiliated {iris[organisation]}"
            join("affiliated", key, (person,), (organisation,))
        concerns = self._by_subject("dg:concerns")
        for fact, speakers in self._by_subject("dg:speaker").items():
            join("mentions", iris[fact], speakers, concerns.get(fact, ()))
        return out
