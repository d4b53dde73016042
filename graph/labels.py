"""Labels as clean text: the names and texts a query compares, free of typographic noise.

Source text keeps no-break spaces, thin spaces, line breaks, soft hyphens and
curly apostrophes; a label that keeps them matches no query typed on a keyboard
(``?p rdfs:label "Andrey Baklitskiy"``). Labels (``rdfs:label``,
``skos:altLabel``, ``dg:role``) go through :func:`clean_label`; evidence keeps
the exact source slice and its offsets.
"""

from __future__ import annotations

import re

__all__ = ["clean_label"]

#: Characters dropped outright: soft hyphen, zero-width space, word joiner, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
#: Typographic apostrophes (right and left single quotes, modifier letter, prime).
_APOSTROPHES = dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u2032"), "'")
_TRANSLATE = {**_INVISIBLE, **_APOSTROPHES}
#: Any run of white space, Unicode's included (NBSP, thin and narrow spaces, line breaks).
_SPACE = re.compile(r"\s+")


def clean_label(text: str) -> str:
    """``text`` with white space collapsed to single spaces and apostrophes made plain.

    >>> clean_label("Andrey\\u00a0Baklitskiy")
    'Andrey Baklitskiy'
    >>> clean_label(" the EU\\u2019s single\\nmarket\\u2009rules ")
    "the EU's single market rules"
    >>> clean_label("de\\u00adescalation")
    'deescalation'
    """
    return _SPACE.sub(" ", text.translate(_TRANSLATE)).strip()
