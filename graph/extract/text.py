"""Blocks, bullets and sentences of a document, as offsets into its text."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "Sentence",
    "asker_named",
    "asker_spans",
    "dateline_length",
    "entry_starts",
    "split_sentences",
    "quote_spans",
]

#: The words that label a reporter's turn ("Q", "QUESTION", "Reporter").
_ASKER = (
    r"(?:Q|Question|QUESTION|Reporter|REPORTER|Journalist|JOURNALIST|Correspondent|CORRESPONDENT)"
)
#: An outlet's name: capitalised words, particles between ("Expresso das Ilhas", "The Point").
_OUTLET = (
    r"[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|of|the|de|del|da|das|do|dos|di|du|des|la|le"
    r"|el|al)){0,4}"
)
#: A transcript's question label and whom it names: "Q (Ana Rios, Reuters):" (groups 1 and
#: 2), "Ana Rios (Reuters):" (3 and 4), the outlet alone ("Q (Inforpress):", 5), or the
#: reporter introducing themselves after the label, perhaps with the outlet's city ("Q: Ana
#: Rios, The Point, Banjul.", 6 and 7).
QUESTION_LABEL = re.compile(
    rf"(?m)^[ \t]*(?:(?:{_ASKER}[ \t]*\(([^,()\n]+),[ \t]*([^()\n]+)\)"
    r"|((?:[A-Z][\w'’.-]+[ \t]+){1,3}[A-Z][\w'’.-]+)[ \t]*\(([^,()\n]+)\)"
    rf"|{_ASKER}[ \t]*\(({_OUTLET})\))[ \t]*:"
    rf"|{_ASKER}[ \t]*:[ \t]*((?:[A-Z][\w'’-]+[ \t]+){{1,2}}[A-Z][\w'’-]+),[ \t]*({_OUTLET})"
    r"(?:,[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)?\.)"
)


def asker_named(mt: re.Match[str]) -> bool:
    """Whether a question label (:data:`QUESTION_LABEL`) names a reporter, not an outlet
    alone ("Q (Inforpress):")."""
    return mt.group(5) is None


def asker_spans(mt: re.Match[str]) -> tuple[tuple[int, int], tuple[int, int]]:
    """Where a question label (:data:`QUESTION_LABEL`) names the reporter and the outlet (an
    empty span at the outlet's start for a reporter it leaves unnamed).

    >>> text = "Q (Inforpress): Why?"
    >>> [text[a:b] for a, b in asker_spans(QUESTION_LABEL.match(text))]
    ['', 'Inforpress']
    >>> text = "Q: Ana Rios, The Point, Banjul. Why?"
    >>> [text[a:b] for a, b in asker_spans(QUESTION_LABEL.match(text))]
    ['Ana Rios', 'The Point']
    """
    for asker, outlet in ((1, 2), (3, 4), (6, 7)):
        if mt.group(outlet) is not None:
            return mt.span(asker), mt.span(outlet)
    return (mt.start(5), mt.start(5)), mt.span(5)


_BULLET = re.compile(r"^[ \t]*(?:[•●▪◦‣∙·*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))[ \t]*")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col maj adm sen rep st no jr sr prof vs etc inc ltd co corp gov sgt capt"
    " jan feb mar apr jun jul aug sep sept oct nov dec approx fig al brig cdr cmdr lieut".split()
)
_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = "”»"


@dataclass(frozen=True)
class Sentence:
    """A sentence: ``text[start:end]``.

    Attributes:
        block: index of the line-block (paragraph or bullet item) it belongs to.
        bullet: the sentence opens a bullet item.
        in_list: the block is a bullet item.
        lead: for a bullet item after a lead-in line ending with a colon, the
            index of that lead-in sentence; else ``None``.
    """

    start: int
    end: int
    block: int
    bullet: bool = False
    in_list: bool = False
    lead: int | None = None


#: A quotation in single curly marks, as British and Nordic outlets write it ("‘It is a step
#: forward,’ said X"): the opening mark starts a word, the closing one follows the quotation's
#: own punctuation (a possessive "parties’ " does not close it).
_SINGLE_QUOTED = re.compile(
    r"(?:^|(?<=[\s(\[—–]))‘(?=[^\s’])[^‘]{1,1500}?(?<=[.,!?…])’(?=[\s)\]—–]|$)"
)


def single_quoted(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where each quotation in single curly marks opens and closes: the marks' offsets.

    >>> single_quoted("‘It is the parties’ duty,’ said Ana Ruiz.")
    [(0, 25)]
    """
    end = len(text) if end is None else end
    return [(m.start(), m.end() - 1) for m in _SINGLE_QUOTED.finditer(text, start, end)]


def quote_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of quoted passages (curly, guillemet, straight or single curly quotes), marks
    excluded."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = [(a + 1, b) for a, b in single_quoted(text, start, end)]
    open_at: int | None = None
    straight_open: int | None = None
    for i in range(start, end):
        c = text[i]
        if c in _OPEN_QUOTES and open_at is None:
            open_at = i
        elif c in _CLOSE_QUOTES and open_at is not None:
            spans.append((open_at + 1, i))
            open_at = None
        elif c == '"':
            if straight_open is None:
                straight_open = i
            else:
                spans.append((straight_open + 1, i))
                straight_open = None
    return sorted(spans)


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets just after each sentence-final mark inside ``text[start:end]``."""
    ends: list[int] = []
    depth = 0
    straight = False
    single = single_quoted(text, start, end)
    opens, closes = {a for a, _ in single}, {b for _, b in single}
    i = start
    while i < end:
        c = text[i]
        if c in _OPEN_QUOTES or i in opens:
            depth += 1
        elif c in _CLOSE_QUOTES or i in closes:
            depth = max(0, depth - 1)
        elif c == '"':
            straight = not straight
        elif c in ".!?" and depth == 0 and not straight:
            j = i + 1
            while j < end and text[j] in '"”’»)]':
                j += 1
            if (
                j < end
                and text[j].isspace()
                and _starts_sentence(text, j, end)
                and not _abbreviation(text, i)
            ):
                ends.append(j)
        elif c == ";" and not (depth or straight) and _clauses_apart(text, i, end, ends, start):
            ends.append(i + 1)  # "A will meet in May; B said it would be held in C": two
        elif c in ".!?" and (depth or straight):
            # A quote that closes right after the mark may end the sentence.
            j = i + 1
            if j < end and (text[j] in '”»"' or j in closes):
                k = j + 1
                if k < end and text[k].isspace() and _starts_sentence(text, k, end):
                    # _starts_sentence found a mark before ``end``: no need to copy the rest.
                    nxt = text[k:end].lstrip()[:1]
                    if nxt and (nxt.isupper() or nxt in _OPEN_QUOTES + '"‘'):
                        if c == '"':
                            straight = False
                        ends.append(k)
                        depth = 0
                        straight = False
                        i = k
                        continue
        i += 1
    return ends


#: Words each side of a semicolon needs for it to part two sentences (not items of a list).
_CLAUSE_WORDS = 6


def _clauses_apart(text: str, i: int, end: int, ends: list[int], start: int) -> bool:
    """Whether the semicolon at ``i`` parts two clauses long enough to be sentences of their
    own; the parser reads each better alone."""
    before = text[(ends[-1] if ends else start) : i].split()
    stop = min((k for k in (text.find(m, i + 1, end) for m in ".!?;") if k >= 0), default=end)
    after = text[i + 1 : stop].split()
    return len(before) >= _CLAUSE_WORDS and len(after) >= _CLAUSE_WORDS


def _starts_sentence(text: str, j: int, end: int) -> bool:
    k = j
    while k < end and text[k].isspace():
        k += 1
    if k >= end:
        return False
    c = text[k]
    return c.isupper() or c.isdigit() or c in _OPEN_QUOTES + "\"'‘(["


def _abbreviation(text: str, dot: int) -> bool:
    k = dot
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    word = text[k:dot]
    if not word:
        return False
    if word.lower() in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        return True  # an initial: "Joseph R. Biden"
    if "." in word:  # U.S., U.N.: ends a sentence only before a common sentence opener
        nxt = re.match(r"\s+([A-Z][a-z]+)", text[dot + 1 : dot + 30])
        return not (nxt and nxt.group(1).lower() in _OPENERS)
    return False


#: A wire dateline: a place in capitals, perhaps a region or a date, perhaps the agency, and a
#: dash ("KABUL, Afghanistan — ", "NAIROBI (Reuters) - ", "BEIJING, Nov. 5 (Xinhua) -- ",
#: "OSLO, Feb 3, 2026 — ").
_DATELINE_BODY = (
    r"[A-Z][A-Z'’.-]{2,}(?:[ /][A-Z][A-Z'’.-]+)*"
    r"(?:,[ \t]+[A-Z0-9][\w.'’]*(?:[ \t]+[A-Z0-9][\w.'’]*){0,3})*"
    r"[ \t]*(?:\([A-Z][\w .&-]{1,30}\)[ \t]*)?(?:[—–]|-{1,2})[ \t]+(?=[A-Z0-9“\"‘'])"
)
_DATELINE = re.compile(_DATELINE_BODY)
#: The time stamp that opens a live blog's entry, with its zone and a dash if any ("11:20 GMT - ");
#: not a body's acronym after it ("18:20 UNEP Executive Director ...").
_TIME_STAMP = re.compile(
    r"\d{1,2}[:.]\d{2}(?:[ \t]*(?:GMT|UTC|BST|[CEW]ES?T|[ECMP][SD]?T|[JI]ST|AE[SD]T|SGT|HKT|MSK|"
    r"[WCE]AT|SAST)\b)?(?:[ \t]*[—–-])?[ \t]+(?=[A-Z“\"])"
)
#: A dateline run on after a headline the page gave no line of its own ("... talks resume
#: WASHINGTON — Negotiators ..."): a new sentence starts at it.
_RUN_ON_DATELINE = re.compile(r"(?<=[\w,.?!”\"’)] )" + _DATELINE_BODY)
#: How far into a document a headline may run on into a dateline.
_HEADLINE_SPAN = 400


def entry_starts(text: str) -> list[int]:
    """Where each entry of a live blog starts: a line opened by a time stamp.

    >>> entry_starts("LIVE: talks\\n\\n11:20 GMT - Peru will back it.\\n\\n10:05 - Chile spoke.")
    [13, 45]
    """
    return [m.start() for m in _ENTRY_LINE.finditer(text)]


#: A line a live blog's time stamp opens.
_ENTRY_LINE = re.compile(r"(?m)^(?=" + _TIME_STAMP.pattern + ")")


def dateline_length(sentence: str) -> int:
    """How many characters of ``sentence`` a leading wire dateline takes (0 if none).

    >>> dateline_length("LIMA, Peru (AP) — Peru and Chile agreed on Monday.")
    18
    >>> dateline_length("Peru and Chile agreed on Monday.")
    0
    >>> dateline_length("11:20 GMT - Peru will back it.")  # a live blog's time stamp
    12
    >>> dateline_length("16:30 Peru will back it.")
    6
    >>> dateline_length("18:20 UNEP Executive Director X said.")  # an acronym, no time zone
    6
    """
    stamp = _TIME_STAMP.match(sentence)
    if stamp:
        return stamp.end()
    m = _DATELINE.match(sentence)
    return m.end() if m and _dated(m.group(), sentence[m.end() :]) else 0


def _dated(dateline: str, rest: str = "") -> bool:
    """A hyphen closes a dateline only after a region, a date or an agency, or before a whole
    sentence ("MEXICO CITY - The two governments agreed on Monday to ..."; "NATO - Russia
    talks" is a headline's hyphen)."""
    if not dateline.rstrip().endswith(" -") or any(c in dateline for c in ",("):
        return True
    return len(rest.split()) >= 8 and rest.rstrip().endswith((".", '."', ".”"))


def _run_on_datelines(text: str, start: int, end: int) -> list[int]:
    """Where a dateline starts after a run-on headline near the top of a document."""
    stop = min(end, _HEADLINE_SPAN)
    return [
        m.start()
        for m in _RUN_ON_DATELINE.finditer(text, start, stop)
        if m.start() > start and _dated(m.group())
    ]


_OPENERS = frozenset(
    "the a an this that these those it he she they we i in on at but and or so yet however"
    " meanwhile after before while when if as both neither its his her their there".split()
)


#: Words a hard-wrapped line can end on only in mid-sentence.
_RUN_ON_WORDS = frozenset(
    "a an the of to in on at by for from with and or but as that which who than its their his"
    " her our".split()
)


def _continues(line: str, following: str, width: int = 0) -> bool:
    """Whether ``following`` carries on the sentence of ``line`` (wire copy wrapped at a fixed
    width: "... opened their latest round of peace talks with the / government on Tuesday").

    In text wrapped at ``width`` columns, a line the next line's first word would not have fit
    on carries on too, whatever that word's case ("... Foreign Minister, Ana / Ruiz, said").
    """
    end, nxt = line.rstrip(), following.lstrip()
    if not end or not nxt or end[-1] in '.!?:;"”' or _BULLET.match(following):
        return False
    if nxt[0].islower():
        return True
    if end[-1] == "," or end.rsplit(None, 1)[-1] in _RUN_ON_WORDS:
        return True
    return len(end) <= width < len(end) + 1 + len(nxt.split(None, 1)[0])


def _wrap_width(lines: list[str]) -> int:
    """The width ``lines`` are hard-wrapped at: the longest line carried on by a line that
    starts in lower case, when at least two are; else 0 (the text is not hard-wrapped)."""
    wrapped = [
        len(line.rstrip())
        for line, following in zip(lines, lines[1:], strict=False)
        if following[:1].islower() and line.strip() and line.rstrip()[-1] not in '.!?:;"”'
    ]
    return max(wrapped) if len(wrapped) >= 2 else 0


def _logical_lines(text: str, start: int) -> list[tuple[int, str]]:
    """``text[start:]`` as lines, each with its offset; a hard-wrapped line and the lines that
    carry on its sentence are one (their newlines kept, so offsets stay the text's)."""
    out: list[tuple[int, str]] = []
    offset = start
    lines = text[start:].split("\n")
    width = _wrap_width(lines)
    for line in lines:
        if out and out[-1][1].strip() and _continues(out[-1][1].rsplit("\n", 1)[-1], line, width):
            out[-1] = (out[-1][0], out[-1][1] + "\n" + line)
        else:
            out.append((offset, line))
        offset += len(line) + 1
    return out


#: A label that links to other stories: "Read more:", "Also read:", "Related:", "See also:".
_LINK_LABEL = re.compile(
    r"(?i:read\s+more|read\s+also|also\s+read|see\s+also|related(?:\s+(?:news|stories|articles))?)"
    r"\s*(?::|$)"
)


#: A page's note of how long its story takes to read: "AFP October 3, 2025 4 min read".
_READING_TIME = re.compile(r"\b\d+\s*min(?:ute)?s?\.?\s+read\b", re.I)


def _story_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``lines`` less the links to other stories and the page's notes: a line opening with a
    link label ("Read more: X tours Y"), a label alone on its line with the headlines under it
    (lines up to the next that ends like a sentence), a line giving the reading time."""
    out: list[tuple[int, str]] = []
    under_label = False
    for line_start, line in lines:
        body = line.strip()
        if not body or len(body) < 80 and _READING_TIME.search(body):
            continue
        if _LINK_LABEL.match(body):
            under_label = _LINK_LABEL.fullmatch(body) is not None
            continue
        if under_label and body[-1] not in '.!?"”':
            continue  # a headline under "Related"
        under_label = False
        out.append((line_start, line))
    return out


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Split ``text[start:]`` into sentences, one line-block at a time.

    >>> [s.start for s in split_sentences("One. Two.\\n• Three")]
    [0, 5, 12]
    """
    sentences: list[Sentence] = []
    block = 0
    lead: int | None = None
    for line_start, line in _story_lines(_logical_lines(text, start)):
        m = _BULLET.match(line)
        bullet = bool(m) and len(line) > (m.end() if m else 0)
        body_start = line_start + (m.end() if bullet and m else len(line) - len(line.lstrip()))
        body_end = line_start + len(line.rstrip())
        if body_start >= body_end:
            continue
        ends = sorted(
            {
                *_sentence_ends(text, body_start, body_end),
                *_run_on_datelines(text, body_start, body_end),
            }
        ) + [body_end]
        s = body_start
        first = True
        for e in ends:
            seg_start = s
            while seg_start < e and text[seg_start].isspace():
                seg_start += 1
            seg_end = e
            while seg_end > seg_start and text[seg_end - 1].isspace():
                seg_end -= 1
            if seg_end > seg_start:
                sentences.append(
                    Sentence(
                        seg_start,
                        seg_end,
                        block,
                        bullet and first,
                        bullet,
                        lead if bullet else None,
                    )
                )
                first = False
            s = e
        if not bullet:
            lead = len(sentences) - 1 if text[body_end - 1] == ":" else None
        block += 1
    return sentences
