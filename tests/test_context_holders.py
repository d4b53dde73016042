"""Who acts and who speaks: holders of proposals named by reference (sentences of our own)."""

from __future__ import annotations

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def _extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def _holders(x: Extraction, content: str) -> set[str]:
    labels = {e.key: e.label for e in x.entities}
    return {labels[k] for p in x.proposals if content in p.label for k in p.proposers}


def test_accepting_a_proposal_puts_none_forward() -> None:
    # "accept" puts forward only under a modal ("Peru could accept ..."): accepting the
    # proposal of another gives the one who accepts no offer of its own
    x = _extract("Peru accepted the proposal to reopen the border crossing with Chile on Monday.")
    assert "Peru" not in _holders(x, "border crossing")


def test_city_before_an_agreement_names_where_it_was_signed() -> None:
    # "the Lima peace agreement": signed in Lima, not Peru's proposal
    x = _extract(
        "The Lima peace agreement will allow the return of refugees to the border region,"
        " officials said."
    )
    assert "Peru" not in _holders(x, "return of refugees")


def test_one_country_is_never_a_list() -> None:
    # "the country" names one state: not the three the sentence before lists
    x = _extract(
        "Tessaly rejected the list of terms on Sunday.\n\nChile, Peru and Bolivia sent their"
        " terms on Friday through Ecuador.\n\nThe country's foreign minister also said Lima"
        " would not give up its fishing rights."
    )
    labels = {e.key: e.label for e in x.entities}
    speakers = {labels[k] for s in x.statements if "fishing rights" in s.label for k in s.speakers}
    assert not speakers & {"Chile", "Bolivia"}


def test_its_after_and_is_the_body_just_named() -> None:
    # "the Commission and its chairman": the Commission's chairman, not the subject's
    x = _extract(
        "The Andean Council urged both sides to settle the dispute through the Amazon Basin"
        " Commission and its chairman, Ana Rios."
    )
    labels = {e.key: e.label for e in x.entities}
    orgs = {labels[a.org] for a in x.affiliations if labels[a.person] == "Ana Rios"}
    assert orgs == {"Amazon Basin Commission"}
