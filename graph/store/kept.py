"""Which rows of each preset a change of the store can touch: the presets' keys.

The answers a store keeps (:mod:`graph.store.answers`) hold each preset's rows by the
node, or pair of nodes, they are about: their key (``?proposal`` for ``proposals``,
``?holder ?target`` for ``stances``). After a build changed the store, only the rows
of the keys a changed triple (one the union gained or lost) can reach are computed
again, the next time the preset is asked for.

A key's rows read the triples within a few steps of it (its label, its proposers'
labels ...). Each :class:`Reach` names changed triples (by predicate) and how the keys
are found from the node ``?n`` they hang off: the node itself, the (subject, object)
pair, or a SPARQL pattern binding the key's variables from ``?n``. A pattern is matched
in the store as it is when the triple is there: before a write for the triples it may
remove, after the writes for those they added (:class:`~graph.store.local.LocalStore`).
So every path from a key to a changed triple is found whole.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["KEEPING", "Keeping", "Reach"]


@dataclass(frozen=True)
class Reach:
    """Changed triples with one of ``predicates`` (prefixed names; any, if none) reach the
    keys ``pattern`` binds from ``?n``, the triple's subject (``end`` ``"s"``) or object
    (``"o"``), or each of several patterns (their union); without a pattern the key is
    ``?n``, or for ``end`` ``"so"`` the (subject, object) pair."""

    predicates: tuple[str, ...] = ()
    end: str = "s"
    pattern: str | tuple[str, ...] = ""


@dataclass(frozen=True)
class Keeping:
    """How a preset's answer is kept.

    Attributes:
        key: the variables its rows are kept by (added to the kept rows where the
            preset does not show them).
        reaches: which changed triples can change a key's rows.
        columns: parameters answered by the rows' column of that name (an IRI).
        since_until: the column ``--param since=`` and ``until=`` bound (as text).
        counts: the kept rows are ``(*key, counted, *counts)``, and the answer counts
            the distinct ``counted`` of each ``counts`` group in a last column ``count``.
        counted: the variable counted.
        count: that column's name.
    """

    key: tuple[str, ...]
    reaches: tuple[Reach, ...]
    columns: tuple[str, ...] = ()
    since_until: str = ""
    counts: tuple[str, ...] = ()
    counted: str = ""
    count: str = ""


_LABEL = ("rdfs:label",)
_REIFIED = ("rdf:subject", "rdf:predicate", "rdf:object")
_STANCE = ("dg:rejects", "dg:supports")
_EVIDENCE = ("dg:text", "dg:start", "dg:end", "dg:rule", "dg:source")


def _path(key: str, path: str) -> str:
    return f"?{key} {path} ?n"


#: Every preset's keeping, by preset name.
KEEPING: dict[str, Keeping] = {
    "actors": Keeping(
        ("actor",),
        (
            Reach(("rdf:type", "rdfs:label", *_STANCE)),
            Reach(
                ("dg:proposedBy", "dg:addressedTo", "dg:requiresActionBy", "dg:concerns")
                + ("dg:speaker", *_STANCE),
                "o",
            ),
        ),
        columns=("actor",),
    ),
    "affiliations": Keeping(
        ("person",),
        (
            Reach(("dg:affiliatedWith", "dg:role", "rdfs:label")),
            Reach(("rdfs:label", "rdf:type"), pattern=_path("person", "dg:affiliatedWith")),
        ),
        columns=("person", "org"),
    ),
    "conditions": Keeping(
        ("condition",),
        (
            Reach(("rdf:type", "rdfs:label", "dg:requiresActionBy")),
            Reach(("dg:conditionalOn",), "o"),
            Reach(_LABEL, pattern=_path("condition", "dg:requiresActionBy")),
            Reach(("rdfs:label", "dg:proposedBy"), pattern=_path("condition", "^dg:conditionalOn")),
            Reach(_LABEL, pattern=_path("condition", "^dg:conditionalOn/dg:proposedBy")),
        ),
        columns=("condition",),
    ),
    "documents": Keeping(
        ("document",),
        (
            Reach(("rdf:type", "rdfs:label", "schema:datePublished", "dg:path")),
            Reach(("prov:wasDerivedFrom",), "o"),
            Reach(("rdf:type",), pattern=_path("document", "^prov:wasDerivedFrom")),
        ),
        columns=("document",),
    ),
    # By evidence node: a position or an actor's stance is read in thousands of documents.
    "evidence": Keeping(
        ("evidence",),
        (
            Reach(_EVIDENCE),
            Reach(("dg:evidence",), "o"),
            Reach(("rdf:type", "rdfs:label", *_REIFIED), pattern=_path("evidence", "^dg:evidence")),
            Reach(
                _LABEL,
                pattern=(
                    _path("evidence", "^dg:evidence/rdf:subject|^dg:evidence/rdf:object"),
                    _path("evidence", "dg:source"),
                ),
            ),
        ),
        columns=("fact",),
    ),
    "proposals": Keeping(
        ("proposal",),
        (
            Reach(
                ("rdf:type", "rdfs:label", "dg:proposedBy", "dg:addressedTo", "dg:conditionalOn")
            ),
            Reach(
                _LABEL,
                pattern=_path(
                    "proposal",
                    "dg:proposedBy|dg:addressedTo|dg:conditionalOn"
                    "|dg:conditionalOn/dg:requiresActionBy",
                ),
            ),
            Reach(("dg:requiresActionBy",), pattern=_path("proposal", "dg:conditionalOn")),
        ),
        columns=("proposal",),
    ),
    "reports": Keeping(
        ("proposal",),
        (
            Reach(("rdf:type", "rdfs:label", "dg:evidence")),
            Reach(
                ("dg:source", "dg:text", "dg:joinedBecause"),
                pattern=_path("proposal", "dg:evidence"),
            ),
            Reach(("schema:datePublished",), pattern=_path("proposal", "dg:evidence/dg:source")),
        ),
        columns=("proposal",),
    ),
    "rules": Keeping(
        ("evidence",),
        (
            Reach(("dg:rule",)),
            Reach(("dg:evidence",), "o"),
            Reach(("rdf:type", "rdf:predicate"), pattern=_path("evidence", "^dg:evidence")),
        ),
        counts=("rule", "kind"),
        counted="fact",
        count="facts",
    ),
    # By (actor, target): an actor of a large corpus holds thousands of stances.
    "shifts": Keeping(
        ("actor", "target"),
        (
            Reach(_STANCE, "so"),
            Reach(
                ("rdf:type", *_REIFIED, "prov:wasDerivedFrom", "dg:evidence"),
                pattern="?n rdf:subject ?actor ; rdf:object ?target",
            ),
            Reach(
                ("schema:datePublished",),
                pattern="?s prov:wasDerivedFrom ?n ; rdf:subject ?actor ; rdf:object ?target",
            ),
            Reach(
                ("dg:text",), pattern="?s dg:evidence ?n ; rdf:subject ?actor ; rdf:object ?target"
            ),
            Reach(
                _LABEL,
                pattern=(
                    "?n dg:rejects|dg:supports ?target BIND (?n AS ?actor)",
                    "?actor dg:rejects|dg:supports ?n BIND (?n AS ?target)",
                ),
            ),
        ),
        columns=("actor", "target"),
    ),
    # By (holder, target): a holder of a large corpus holds thousands of stances.
    "stances": Keeping(
        ("holder", "target"),
        (
            Reach(_STANCE, "so"),
            Reach(
                ("rdfs:label", "rdf:type"),
                pattern=(
                    "?n dg:rejects|dg:supports ?target BIND (?n AS ?holder)",
                    "?holder dg:rejects|dg:supports ?n BIND (?n AS ?target)",
                ),
            ),
        ),
        columns=("holder", "target"),
    ),
    "statements": Keeping(
        ("statement",),
        (
            Reach(("rdf:type", "rdfs:label", "dg:quote", "dg:speaker", "prov:wasDerivedFrom")),
            Reach(_LABEL, pattern=_path("statement", "dg:speaker|prov:wasDerivedFrom")),
        ),
        columns=("statement",),
    ),
    "timeline": Keeping(
        ("node",),
        (
            Reach(
                ("rdf:type", "rdfs:label", "dg:proposedBy", "dg:speaker", *_REIFIED)
                + ("prov:wasDerivedFrom",)
            ),
            Reach(
                ("schema:datePublished", "rdfs:label"),
                pattern=_path("node", "prov:wasDerivedFrom"),
            ),
            Reach(_LABEL, pattern=_path("node", "dg:proposedBy|dg:speaker|rdf:subject|rdf:object")),
        ),
        columns=("actor", "node"),
        since_until="date",
    ),
}
