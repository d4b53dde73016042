"""The graph's vocabulary: every ``dg:`` term is defined here, once.

The namespace is closed (``_fail = True``), so a misspelt term raises at import
time instead of silently minting a new IRI. No other module writes an IRI string.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

__all__ = [
    "DG",
    "DGID_DEFAULT",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "WD",
    "XSD",
]


class DG(DefinedNamespace):
    """The diplograph vocabulary, contract v1 (docs/vocabulary.md; see shapes/vocabulary.ttl)."""

    _NS = Namespace("https://w3id.org/diplograph/ns#")
    _fail = True

    # Coarse classes (the scored contract).
    Actor: URIRef
    State: URIRef
    Organisation: URIRef
    Person: URIRef
    Place: URIRef
    Proposal: URIRef
    Demand: URIRef
    Condition: URIRef
    Statement: URIRef
    Document: URIRef
    # Finer classes.
    Alliance: URIRef
    InternationalBody: URIRef
    Ministry: URIRef
    ArmedForce: URIRef
    MediaOutlet: URIRef
    ResearchInstitute: URIRef
    PoliticalParty: URIRef
    Company: URIRef
    Treaty: URIRef
    WeaponSystem: URIRef
    MilitaryActivity: URIRef
    Position: URIRef
    Evidence: URIRef
    # Properties of the contract.
    proposedBy: URIRef
    addressedTo: URIRef
    concerns: URIRef
    conditionalOn: URIRef
    requiresActionBy: URIRef
    reciprocal: URIRef
    rejects: URIRef
    supports: URIRef
    speaker: URIRef
    affiliatedWith: URIRef
    role: URIRef
    evidence: URIRef
    source: URIRef
    start: URIRef
    end: URIRef
    text: URIRef
    sha256: URIRef
    # Additions.
    status: URIRef
    path: URIRef
    negated: URIRef
    quote: URIRef
    rule: URIRef
    extractorVersion: URIRef
    joinedBecause: URIRef


SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
DGID_DEFAULT = "https://w3id.org/diplograph/id/"

#: The prefixes every Turtle file and every SPARQL query gets.
PREFIXES: dict[str, str] = {
    "dg": str(DG._NS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "owl": str(OWL),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "xsd": str(XSD),
    "wd": str(WD),
    "dgid": DGID_DEFAULT,
}
