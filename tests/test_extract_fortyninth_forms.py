"""Forms of English met in briefings, debates and wire copy, in phrasings of our own: a
briefing's host named on a labelled heading line, bodies named after their aim ("the
Campaign to Ban Landmines"), sums of money announced or approved, verbs in the past that
the parser took for participles, and the pronoun after a body's subject."""

from __future__ import annotations

from extraction_helpers import affiliated, conditioned, extract, held_on, labels, people, proposed

_DATED = "Lima, 3 May 2026\n\n"


def _proposed(text: str) -> set[tuple[str, str]]:
    return proposed(extract(_DATED + text))


def test_a_heading_line_labelled_host_names_who_answers_the_briefing() -> None:
    ex = extract(
        "Transcript: Media briefing on the river programme\n\n"
        "Host: Marta Quispe-Lara, Deputy Director, Andean Affairs Unit, Ministry of Foreign "
        "Affairs\n\nLima, 3 May 2026\n\n"
        "QUISPE-LARA: Good morning. The Minister of Foreign Affairs, Javier Soto, has signed "
        "the river accord.\n\n"
        "Q (Ana Ruiz, El Comercio): Will Peru fund the dredging?\n\n"
        "A: We are prepared to fund the dredging of the canal, on condition that Bolivia "
        "shares the costs of the survey.\n"
    )
    assert "Marta Quispe-Lara" in people(ex)
    by = {by for by, what in proposed(ex) if what.startswith("fund the dredging")}
    assert "Marta Quispe-Lara" in by
    assert "Javier Soto" not in by


def test_a_body_named_after_its_aim_is_one_name() -> None:
    ex = extract(
        _DATED + "Marta Vidal of the Global Campaign to Stop Cluster Bombs called on the "
        "Council to act, and Ana Rios, a researcher at the Maritime Arms Survey, agreed."
    )
    names = set(labels(ex).values())
    assert "Global Campaign to Stop Cluster Bombs" in names
    assert "Maritime Arms Survey" in names
    assert ("Marta Vidal", "Global Campaign to Stop Cluster Bombs") in affiliated(ex)
    assert ("Ana Rios", "Maritime Arms Survey") in affiliated(ex)
    ex = extract(
        _DATED + "Chile, which co-chairs the Blue Ambition Coalition to End Ocean Dumping, "
        "will put 50 million dollars into the fund."
    )
    assert "Blue Ambition Coalition to End Ocean Dumping" in set(labels(ex).values())


def test_a_party_named_with_a_state_in_its_name_is_one_party() -> None:
    ex = extract(
        _DATED + "Ana Rios, leader of the opposition Democratic Peru party, urged the "
        "government to drop the tariff."
    )
    assert ("Ana Rios", "Democratic Peru party") in affiliated(ex)
    assert ("Ana Rios", "Peru") not in affiliated(ex)
    party = next(e for e in ex.entities if e.label == "Democratic Peru party")
    assert "Democratic Peru" in party.aliases  # its name without the noun


def test_a_capital_between_a_given_name_and_a_surname_is_part_of_the_name() -> None:
    ex = extract(
        "Geneva, 3 May 2026\n\nChile's legal adviser, Ana Lima Okoro, offered to host the retreat."
    )
    assert "Ana Lima Okoro" in people(ex)
    assert "Peru" not in set(labels(ex).values())  # no capital read inside the name
    assert ("Ana Lima Okoro", "host the retreat") in proposed(ex)


def test_an_infinitive_hung_on_a_relative_clause_is_what_the_urging_asks() -> None:
    found = _proposed(
        "Ana Rios called on the states that had announced their withdrawals to reverse the "
        "decision."
    )
    assert ("Ana Rios", "reverse the decision") in found


def test_a_past_verb_after_a_name_and_its_of_phrase_is_the_sentence_s_verb() -> None:
    found = _proposed(
        "Marta Vidal of the Global Campaign to Stop Cluster Bombs called on the states that "
        "had left the treaty to rejoin it."
    )
    assert ("Marta Vidal", "rejoin it") in found


def test_a_past_verb_right_after_its_subject_noun_is_the_sentence_s_verb() -> None:
    found = _proposed("The Bolivian delegation offered to host talks.")
    assert ("Bolivia", "host talks") in found


def test_a_participle_ending_the_sentence_is_no_root() -> None:
    found = _proposed(
        "Ana Rios, the charity's policy lead, called on creditors to cancel the debts of any "
        "country spending more on debt service than on health and education combined."
    )
    assert any(by == "Ana Rios" and what.startswith("cancel the debts") for by, what in found)


def test_a_commitment_to_an_infinitive_the_parser_took_for_a_purpose() -> None:
    ex = extract(
        _DATED + "Japan has committed to finance a coastguard training centre in Manila, on "
        "condition that the centre trains crews from all member states."
    )
    assert ("Japan", "finance a coastguard training centre in Manila") in proposed(ex)
    assert any(c[0] == "Japan" and "trains crews" in c[2] for c in conditioned(ex))


def test_a_secretariat_acts_for_its_body() -> None:
    found = _proposed("The ASEAN secretariat offered to host the technical talks.")
    assert ("ASEAN", "host the technical talks") in found


def test_a_sum_announced_or_approved_is_offered_with_what_it_is_for() -> None:
    ex = extract(
        _DATED + "Japan announced $40 million for demining in Angola. Norway has approved 60 "
        "million kroner to rebuild the ferry port in Kirkenes. Peru approved a new map."
    )
    found = proposed(ex)
    assert ("Japan", "$40 million for demining in Angola") in found
    assert ("Norway", "60 million kroner to rebuild the ferry port in Kirkenes") in found
    assert not any(by == "Peru" for by, _ in found)
    assert not any(stance[0] == "Norway" for stance in held_on(ex))


def test_a_named_side_s_call_for_a_new_thing_is_not_an_earlier_proposal() -> None:
    ex = extract(
        _DATED + "Ana Rios called on creditors to cancel the debts of poor countries. Minister "
        "Marta Soto backed the G24 call for a realignment of voting shares."
    )
    targets = {label for holder, _, label in held_on(ex) if holder == "Marta Soto"}
    assert targets == {"the G24 call for a realignment of voting shares"}


def test_he_after_a_body_s_subject_is_the_person_named_for_it() -> None:
    ex = extract(
        _DATED + "The embassy is ready to coordinate a study, according to its chief "
        'executive, Ana Rios. "Consultation is only as good as the data," she said.'
    )
    names = labels(ex)
    said = {
        names[k] for s in ex.statements if s.label.startswith("Consultation") for k in s.speakers
    }
    assert said == {"Ana Rios"}


def test_a_body_s_sitting_acts_for_the_body() -> None:
    ex = extract(
        _DATED + "The Andean Community ministerial meeting last week backed Bolivia's position "
        "fully and urged Chile to respect the river treaty."
    )
    assert ("Andean Community", "respect the river treaty") in proposed(ex)
    assert ("Andean Community", "supports", "Bolivia's position") in held_on(ex)


def test_heads_in_a_communique_are_the_body_whose_heads_met() -> None:
    ex = extract(
        "COMMUNIQUE\nSpecial Meeting of the Authority of the Andean Community\nLima, 3 May "
        "2026\n\n1. The Authority of the Andean Community held a Special Meeting in Lima. The "
        "meeting was chaired by the Honourable Ana Rios, President of Peru and Chair of the "
        "Authority.\n\n2. Heads reaffirmed that the Andes must remain a zone of peace.\n\n"
        "3. Heads rejected the description of their mining laws as a threat to the region.\n"
    )
    assert "Ana Rios" in people(ex)
    names = labels(ex)
    said = {names[k] for s in ex.statements if "zone of peace" in s.label for k in s.speakers}
    assert len(said) == 1 and said.pop().endswith("Andean Community")
    assert any(
        h.endswith("Andean Community") and st == "rejects" and "mining laws" in label
        for h, st, label in held_on(ex)
    )


def test_what_a_side_favours_something_over_it_rejects() -> None:
    ex = extract(
        _DATED + "Chile's delegate said his country favoured regulating the fishery under the "
        "treaty rather than a total ban."
    )
    assert ("Chile", "rejects", "a total ban") in held_on(ex)
    ex = extract(_DATED + "Peru backed bilateral talks in preference to sanctions.")
    assert ("Peru", "rejects", "sanctions") in held_on(ex)  # a contrast of three words


def test_a_condition_whose_verb_is_a_passive_verb_of_saying_keeps_its_words() -> None:
    ex = extract(
        _DATED + "The Government of Peru indicated its readiness to contribute police "
        "officers as long as the mission's financing is assured through assessed "
        "contributions."
    )
    assert (
        "Peru",
        "contribute police officers",
        "as long as the mission's financing is assured through assessed contributions",
    ) in conditioned(ex)


def test_a_sum_a_side_would_add_is_its_offer() -> None:
    ex = extract(
        _DATED + "Ana Rios, Peru's representative, said Lima would add a further $10 "
        "million if other donors matched it by December."
    )
    assert any(by == "Peru" and "$10 million" in what for by, what in proposed(ex))
    assert any(c[0] == "Peru" and c[2].startswith("if other donors") for c in conditioned(ex))


def test_a_court_case_urged_open_is_a_demand_but_a_case_made_is_not() -> None:
    found = _proposed(
        "Amnesty International urged Chile to reopen the case. Peru urged Bolivia to make its "
        "case at the court."
    )
    assert ("Amnesty International", "reopen the case") in found
    assert not any(by == "Peru" for by, _ in found)


def test_a_party_s_members_and_a_body_s_chapter_act_for_it() -> None:
    found = _proposed(
        "Some opposition Green Future Party MPs want the bridge closed to lorries. The "
        "Peruvian chapter of Amnesty International called on both governments to publish the "
        "accounts."
    )
    assert ("Green Future Party", "the bridge closed to lorries") in found
    assert ("Amnesty International", "publish the accounts") in found
    assert not any(by in ("MPs", "Peru") for by, _ in found)


def test_a_second_passive_after_a_passive_condition_is_a_second_condition() -> None:
    ex = extract(
        _DATED + "A: Peru remains open to joint oceanographic research with any partner, Chile "
        "included, as long as the survey is led by NARA and the data are published jointly."
    )
    conditions = {c[2] for c in conditioned(ex) if c[0] == "Peru"}
    assert "as long as the data are published jointly" in conditions


def test_a_name_set_off_after_a_noun_is_its_apposition() -> None:
    ex = extract(
        _DATED + "Spain's fishing industry federation, Pescasur, warned the shark listing would "
        "cost its fleet about 30 million euros a year."
    )
    names = labels(ex)
    assert {names[k] for s in ex.statements for k in s.speakers} == {"Pescasur"}


def test_a_title_s_portfolio_is_no_magazine_of_that_name() -> None:
    ex = extract(
        _DATED + "Ana Rios, EU Spokesperson for Foreign Affairs, said the talks would resume. "
        "Marta Soto writes for Foreign Affairs magazine."
    )
    spans = [e.mentions for e in ex.entities if e.label == "Foreign Affairs"]
    assert len(spans) == 1 and len(spans[0]) == 1  # the magazine only
