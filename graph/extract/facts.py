"""Proposals, demands, conditions, stances, statements and affiliations of one document.

Every rule is general: cue words come from ``data/language.json``; the rules find a
cue, its agent (the actor mention right before it, across auxiliaries, adverbs and
appositions), its object (the rest of the clause), and any condition attached by a
marker ("provided that", "unless", ...). Each kind of fact lives in its own module;
:class:`FactFinder` runs them in order.
"""

from __future__ import annotations

from .affiliations import AffiliationRules
from .clauses import Found
from .proposals import ProposalRules
from .stances import StanceRules
from .statements import StatementRules

__all__ = ["FactFinder", "Found"]


class FactFinder(AffiliationRules, ProposalRules, StanceRules, StatementRules):
    """Finds the facts of one document given its sentences and resolved mentions."""

    def run(self) -> Found:
        self.find_affiliations()
        self.find_proposals()
        self.find_stances()
        self.find_statements()
        return self.found
