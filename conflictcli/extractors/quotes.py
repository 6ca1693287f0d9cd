"""Quotes: direct speech in quotation marks and reported (indirect) speech, with speaker and cue.

Direct quotes come from a single left-to-right scan over the quotation marks of the text (every
common style: ``"…"``, ``“…”``, ``„…“``, ``«…»``, ``‘…’``, NYT's ``''…''``), so unbalanced marks cost
at most one quote and never the rest of the article. Indirect quotes come from the dependency parse: a
reporting verb from ``resources/quotes/cues.tsv`` and its clausal complement (``ccomp``, a
to-infinitive ``xcomp``, or an object for verbs such as *accuse*), plus "according to X" and
relative-clause reports ("which Baku claims were caused by …"). The approach follows textacy's
``extract.triples.direct_quotations`` and the attribution structure (source, cue, content) of PARC
and PolNeAR (Newell, Margolin & Ruths 2018).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from conflictcli.extractors._doc import doc_text, register_extension

register_extension("conflictcli_quotes")

QUOTE_MARKS = re.compile(r"''|``|[\"“”„‟«»‘’‚‹›']")
DOUBLE_MARKS = frozenset({'"', "''", "``", "“", "”", "„", "‟", "«", "»"})
ALWAYS_OPEN = frozenset({"„", "«", "‚", "‹", "``"})
ALWAYS_CLOSE = frozenset({"»", "›"})
OPEN_STYLE = frozenset({"“", "‘", "‟"})
CLOSE_STYLE = frozenset({"”", "’"})
OPENING_CONTEXT = frozenset("([{—–-/:")
CLOSING_CONTEXT = frozenset(".,;:!?)]}—–-…/")
SENTENCE_END = frozenset(".!?…,;:—-")
HUMAN_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
PRONOUNS = HUMAN_PRONOUNS | frozenset(
    {"i", "we", "you", "they", "it", "me", "us", "them", "who", "which", "that", "one"}
)
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
SUBJECT_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "acl"})
MENTION_LEFT_DEPS = frozenset({"compound", "flat", "amod", "det", "poss", "nmod", "nummod", "case"})
OBJECT_DEPS = frozenset({"dobj", "prep", "pobj", "dative", "attr", "oprd"})
TRIM_CHARS = " \t\n\r\u00a0.,;:—–-"


@dataclass
class Cue:
    """A reporting verb's entry in ``cues.tsv``."""

    lemma: str
    complements: frozenset[str]
    frame: str


@dataclass
class QuoteCandidate:
    """A quote under construction: content offsets, the marks' extent and its attribution."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    direct: bool
    cue: tuple[int, int] | None = None
    speaker_token: Token | None = None
    speaker: str | None = None
    speaker_mention: tuple[int, int] | None = None


@cache
def load_cues() -> dict[str, Cue]:
    """Reporting-verb lemmas with the complements they take (``resources/quotes/cues.tsv``)."""
    text = files("conflictcli").joinpath("resources/quotes/cues.tsv").read_text(encoding="utf-8")
    cues: dict[str, Cue] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, complements, frame = line.split("\t")[:3]
        cues[lemma] = Cue(lemma, frozenset(complements.split(",")), frame)
    return cues


def extension_value(doc: Doc, name: str) -> Any:
    """``doc._.<name>``, or None when no component registered that extension."""
    return doc._.get(name) if Doc.has_extension(name) else None


def _paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs start: blank-line separated when the text has blank lines."""
    separator = r"\n[ \t\u00a0]*\n\s*" if re.search(r"\n[ \t\u00a0]*\n", text) else r"\n\s*"
    return [0] + [match.end() for match in re.finditer(separator, text)]


def _flanking(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether a mark at ``text[start:end]`` can open (left-flanking) and can close (right-flanking)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    can_open = not after.isspace() and (
        before.isspace() or before in OPENING_CONTEXT or QUOTE_MARKS.match(before) is not None
    )
    can_close = not before.isspace() and (
        after.isspace() or after in CLOSING_CONTEXT or QUOTE_MARKS.match(after) is not None
    )
    return can_open, can_close


def _mark_role(text: str, mark: str, start: int, end: int, open_kind: str | None) -> str | None:
    """Classify one mark as ``"open"``, ``"close"`` or ``None`` (an apostrophe or noise)."""
    kind = "double" if mark in DOUBLE_MARKS else "single"
    if mark in ALWAYS_OPEN:
        return "open"
    if mark in ALWAYS_CLOSE:
        return "close" if open_kind == kind else None
    can_open, can_close = _flanking(text, start, end)
    if kind == "single":
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        if before.isalnum() and after.isalnum():
            return None
        if open_kind == "single" and can_close:
            return "close"
        if open_kind is None and can_open and mark != "’":
            return "open"
        return None
    if can_open and can_close:
        if mark in OPEN_STYLE:
            return "open" if open_kind is None else "close"
        if mark in CLOSE_STYLE:
            return "close" if open_kind else "open"
        return "close" if open_kind else "open"
    if can_close:
        return "close" if open_kind else None
    if can_open:
        return "open"
    if open_kind is None:
        return "open" if mark in OPEN_STYLE else None
    return "close" if mark in CLOSE_STYLE else None


def find_direct_quotes(text: str, *, max_chars: int = 6000) -> list[QuoteCandidate]:
    """Quotation-mark spans of ``text``: content offsets without the marks.

    A quote may run over several paragraphs when each new paragraph reopens it; a quote still open
    at a paragraph end without a reopening mark, or longer than ``max_chars``, is dropped, so an
    unbalanced mark costs one quote.
    """
    paragraph_starts = _paragraph_starts(text)
    quotes: list[QuoteCandidate] = []
    open_kind: str | None = None
    open_start = open_end = 0
    open_paragraph = 0
    for match in QUOTE_MARKS.finditer(text):
        mark, start, end = match.group(), match.start(), match.end()
        kind = "double" if mark in DOUBLE_MARKS else "single"
        paragraph = bisect_right(paragraph_starts, start) - 1
        if open_kind is not None and paragraph != open_paragraph:
            reopens = (
                paragraph == open_paragraph + 1
                and start == paragraph_starts[paragraph]
                and kind == open_kind
                and _mark_role(text, mark, start, end, None) == "open"
            )
            if reopens and start - open_start <= max_chars:
                open_paragraph = paragraph
                continue
            open_kind = None
        role = _mark_role(text, mark, start, end, open_kind)
        if role == "open" and open_kind is None:
            open_kind, open_start, open_end = kind, start, end
            open_paragraph = paragraph
        elif role == "open" and kind == open_kind and mark not in {'"', "''"}:
            open_start, open_end = start, end
            open_paragraph = paragraph
        elif role == "close" and kind == open_kind:
            open_kind = None
            if end - open_start > max_chars:
                continue
            content_start, content_end = open_end, start
            while content_start < content_end and text[content_start].isspace():
                content_start += 1
            while content_end > content_start and text[content_end - 1].isspace():
                content_end -= 1
            if content_end > content_start:
                quotes.append(
                    QuoteCandidate(content_start, content_end, open_start, end, True)
                )
    return quotes


def _is_scare_quote(text: str, quote: QuoteCandidate, *, max_words: int) -> bool:
    """A short quoted term inside running text ("human shields"), not speech."""
    if len(text[quote.start : quote.end].split()) > max_words:
        return False
    before = text[max(0, quote.outer_start - 3) : quote.outer_start].rstrip()
    return bool(before) and before[-1].isalnum()


class _DocIndex:
    """Per-document lookups: sentence and paragraph bounds, quoted tokens, party mentions."""

    def __init__(self, doc: Doc, quotes: list[QuoteCandidate]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.sents = list(doc.sents)
        self.sent_starts = [sent.start for sent in self.sents]
        self.paragraph_starts = _paragraph_starts(self.text)
        self.token_starts = [token.idx for token in doc]
        self.quoted = bytearray(len(doc))
        for quote in quotes:
            first, last = self.token_range(quote.outer_start, quote.outer_end)
            for i in range(first, last):
                self.quoted[i] = 1
        self.mentions: list[tuple[int, int, str]] = []
        for party in extension_value(doc, "conflictcli_parties") or []:
            for mention in party.get("mentions") or []:
                self.mentions.append((mention["start"], mention["end"], party["name"]))
        self.mentions.sort()
        self.mention_starts = [start for start, _, _ in self.mentions]
        self.persons = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        self.person_ends = [ent.end_char for ent in self.persons]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices ``[first, last)`` of the tokens overlapping characters ``[start, end)``."""
        first = max(0, bisect_right(self.token_starts, start) - 1)
        if first < len(self.doc) and self.doc[first].idx + len(self.doc[first]) <= start:
            first += 1
        last = bisect_left(self.token_starts, end)
        return first, max(first, last)

    def sentence_of(self, token_index: int) -> Span:
        return self.sents[bisect_right(self.sent_starts, token_index) - 1]

    def paragraph_of(self, char: int) -> int:
        return bisect_right(self.paragraph_starts, char) - 1

    def party_at(self, start: int, end: int) -> str | None:
        """The party whose mention overlaps ``[start, end)``, preferring the longest overlap."""
        best, best_overlap = None, 0
        stop = bisect_left(self.mention_starts, end)
        for mention_start, mention_end, name in self.mentions[max(0, stop - 50) : stop]:
            overlap = min(end, mention_end) - max(start, mention_start)
            if overlap > best_overlap:
                best, best_overlap = name, overlap
        return best

    def person_before(self, char: int) -> str | None:
        index = bisect_right(self.person_ends, char) - 1
        return self.persons[index].text if index >= 0 else None


def _is_cue_token(token: Token, cues: dict[str, Cue]) -> bool:
    return token.tag_.startswith("VB") and token.lemma_.lower() in cues


def _according_to(token: Token) -> bool:
    return (
        token.lower_ == "according"
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].lower_ == "to"
    )


def _subject_of(cue: Token, quoted: bytearray) -> Token | None:
    """The speaker token of a cue: its subject, "according to X", or a climbed-to head's subject.

    Subjects inside quotation marks are not speakers (the parser often makes the quote's first noun
    the subject of an inverted "… murmured Tommy").
    """
    if _according_to(cue):
        to = cue.doc[cue.i + 1]
        objects = [child for child in to.children if child.dep_ == "pobj"]
        if objects:
            return objects[0]
        return cue.doc[cue.i + 2] if cue.i + 2 < len(cue.doc) else None
    verb = cue
    for _ in range(4):
        for child in verb.children:
            if quoted[child.i]:
                continue
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return verb.head
                return child
            if child.dep_ == "nsubjpass":
                agents = [c for c in verb.children if c.dep_ == "agent"]
                for agent in agents:
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            return pobj
                return None
        if verb.dep_ in SUBJECT_CLIMB_DEPS and verb.head is not verb:
            verb = verb.head
        else:
            return None
    return None


def _mention_bounds(token: Token) -> tuple[int, int]:
    """Character bounds of the speaker mention: the noun phrase core without appositives."""
    if token.pos_ == "PRON":
        return token.idx, token.idx + len(token)
    left = token.i
    for child in token.lefts:
        if child.dep_ in MENTION_LEFT_DEPS:
            left = min(left, child.left_edge.i)
    right = token.i
    for child in token.rights:
        if child.dep_ in {"compound", "flat"} and child.i == right + 1:
            right = child.i
    doc = token.doc
    if token.ent_type_:
        ent_start = token.i
        while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
            ent_start -= 1
        ent_end = token.i
        while ent_end + 1 < len(doc) and doc[ent_end + 1].ent_iob_ == "I":
            ent_end += 1
        left, right = min(left, ent_start), max(right, ent_end)
    while left < right and doc[left].dep_ == "case":
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def _speaker_name(index: _DocIndex, token: Token, start: int, end: int) -> str | None:
    """The party name for a speaker mention, else a pronoun's preceding PERSON, else the name."""
    party = index.party_at(token.idx, token.idx + len(token)) or index.party_at(start, end)
    if party:
        return party
    lower = token.lower_
    if lower in HUMAN_PRONOUNS:
        return index.person_before(start)
    if lower in PRONOUNS:
        return None
    doc = index.doc
    first, last = index.token_range(start, end)
    while first < last - 1 and doc[first].pos_ in {"DET", "PRON"}:
        first += 1
    return doc[first:last].text or None


def _fallback_subject(cue: Token, index: _DocIndex) -> Token | None:
    """A name or pronoun right next to a cue the parser left without subject ("said Holmes")."""
    doc = cue.doc
    for offset in (1, -1, 2, -2, 3):
        i = cue.i + offset
        if 0 <= i < len(doc) and not index.quoted[i]:
            token = doc[i]
            if token.pos_ == "PROPN" or (token.pos_ == "PRON" and token.lower_ in PRONOUNS):
                if token.lower_ not in RELATIVE_PRONOUNS:
                    return token
    return None


def _attribute_direct(
    quote: QuoteCandidate, index: _DocIndex, cues: dict[str, Cue]
) -> None:
    """Find the cue and speaker of a direct quote in its own sentences (and a colon lead-in)."""
    doc, text = index.doc, index.text
    first, last = index.token_range(quote.outer_start, quote.outer_end)
    if first >= len(doc):
        return
    paragraph_first = index.paragraph_of(quote.outer_start)
    paragraph_last = index.paragraph_of(max(quote.outer_start, quote.outer_end - 1))
    region_start = index.sentence_of(first).start
    region_end = index.sentence_of(max(first, last - 1)).end
    if region_end < len(doc) and doc[region_end].is_lower:
        region_end = index.sentence_of(region_end).end
    lead = text[: quote.outer_start].rstrip()
    candidates: list[tuple[int, Token]] = []
    for i in range(region_start, min(region_end, len(doc))):
        token = doc[i]
        if index.quoted[i] or not (_is_cue_token(token, cues) or _according_to(token)):
            continue
        paragraph = index.paragraph_of(token.idx)
        if paragraph < paragraph_first or paragraph > paragraph_last:
            if not (lead.endswith(":") and token.idx < quote.outer_start):
                continue
        distance = (
            quote.outer_start - token.idx
            if token.idx < quote.outer_start
            else token.idx - quote.outer_end
        )
        candidates.append((distance, token))
    if not candidates and lead.endswith(":"):
        colon = index.token_range(len(lead) - 1, len(lead))[0]
        if colon < len(doc):
            sentence = index.sentence_of(colon)
            for token in sentence:
                if not index.quoted[token.i] and (
                    _is_cue_token(token, cues) or _according_to(token)
                ):
                    candidates.append((quote.outer_start - token.idx, token))
    if not candidates:
        return
    cue = min(candidates, key=lambda item: item[0])[1]
    _set_cue(quote, cue, index)


def _set_cue(quote: QuoteCandidate, cue: Token, index: _DocIndex) -> None:
    if _according_to(cue):
        quote.cue = (cue.idx, cue.doc[cue.i + 1].idx + 2)
    else:
        quote.cue = (cue.idx, cue.idx + len(cue))
    subject = _subject_of(cue, index.quoted)
    if subject is None and quote.direct:
        subject = _fallback_subject(cue, index)
    if subject is not None and not index.quoted[subject.i]:
        quote.speaker_token = subject


def _content_bounds(doc: Doc, text: str, first: int, last: int) -> tuple[int, int] | None:
    """Character bounds of tokens ``[first, last]`` trimmed of edge punctuation and spaces."""
    if last < first:
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    if end - start < 2:
        return None
    return start, end


def _relative_report(token: Token, cues: dict[str, Cue]) -> tuple[int, int, Token] | None:
    """ "which Baku claims were caused by …": (first, last) content tokens and the speaker head."""
    doc = token.doc
    if token.lemma_.lower() not in cues and token.lower_.rstrip("s") not in cues:
        return None
    i = token.i - 1
    while i >= 0 and token.i - i <= 5 and doc[i].pos_ in {"PROPN", "NOUN", "DET", "ADJ", "PRON", "PART"}:
        if doc[i].lower_ in RELATIVE_PRONOUNS:
            break
        i -= 1
    if i < 0 or doc[i].lower_ not in RELATIVE_PRONOUNS or i >= token.i - 1:
        return None
    if token.i + 1 >= len(doc) or doc[token.i + 1].pos_ not in {"AUX", "VERB"}:
        return None
    speaker = doc[token.i - 1]
    head = doc[token.i + 1]
    while head.dep_ in {"aux", "auxpass", "neg"} and head.head.i > head.i:
        head = head.head
    sentence_end = head.sent.end - 1
    last = max(head.right_edge.i, token.i + 1) if head.i > token.i else sentence_end
    return token.i + 1, min(last, sentence_end), speaker


def _find_indirect(
    doc: Doc, index: _DocIndex, cues: dict[str, Cue]
) -> list[QuoteCandidate]:
    """Reported speech from the parse: cue verb + complement, "according to", relative reports."""
    found: list[QuoteCandidate] = []

    def add(first: int, last: int, cue: Token, speaker: Token | None) -> None:
        if first < last and doc[first].lower_ == "that" and doc[first].dep_ == "mark":
            first += 1
        bounds = _content_bounds(doc, index.text, first, last)
        if bounds is None:
            return
        quote = QuoteCandidate(bounds[0], bounds[1], bounds[0], bounds[1], False)
        _set_cue(quote, cue, index)
        if speaker is not None:
            quote.speaker_token = speaker
        found.append(quote)

    for token in doc:
        if index.quoted[token.i]:
            continue
        if _according_to(token):
            sentence = index.sentence_of(token.i)
            phrase_end = doc[token.i + 1].right_edge.i
            left = (sentence.start, token.i - 1)
            right = (phrase_end + 1, sentence.end - 1)
            first, last = max((left, right), key=lambda bounds: bounds[1] - bounds[0])
            add(first, last, token, None)
            continue
        relative = _relative_report(token, cues)
        if relative is not None:
            add(relative[0], relative[1], token, relative[2])
            continue
        if not _is_cue_token(token, cues):
            continue
        cue = cues[token.lemma_.lower()]
        complements = [
            child
            for child in token.children
            if (child.dep_ == "ccomp" and "ccomp" in cue.complements)
            or (
                child.dep_ == "xcomp"
                and "xcomp" in cue.complements
                and any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.lefts)
            )
        ]
        if complements:
            complement = complements[0]
            add(complement.left_edge.i, complement.right_edge.i, token, None)
            continue
        if "object" in cue.complements:
            objects = [child for child in token.rights if child.dep_ in OBJECT_DEPS]
            if objects:
                add(objects[0].left_edge.i, max(child.right_edge.i for child in objects), token, None)
    return found


def _merge(
    text: str, direct: list[QuoteCandidate], indirect: list[QuoteCandidate]
) -> list[QuoteCandidate]:
    """Combine both kinds: a clause that is all quotation becomes the direct quote's attribution; a
    clause mixing quoted and unquoted words stays indirect (``direct`` false); nested reports go."""
    kept_direct = list(direct)
    kept_indirect: list[QuoteCandidate] = []
    for quote in sorted(indirect, key=lambda q: q.start - q.end):
        if any(other.start <= quote.start and quote.end <= other.end for other in kept_indirect):
            continue
        inside = [d for d in kept_direct if quote.start <= d.outer_end and d.outer_start <= quote.end]
        if any(d.outer_start <= quote.start and quote.end <= d.outer_end for d in inside):
            continue
        covered = [d for d in inside if quote.start <= d.outer_start + 1 and d.outer_end - 1 <= quote.end]
        outside = text[quote.start : quote.end]
        for d in sorted(covered, key=lambda d: -d.outer_start):
            rel_start, rel_end = d.outer_start - quote.start, d.outer_end - quote.start
            outside = outside[: max(0, rel_start)] + outside[max(0, rel_end) :]
        if covered and not any(ch.isalnum() for ch in outside):
            for d in covered:
                if d.cue is None:
                    d.cue, d.speaker_token = quote.cue, quote.speaker_token
            continue
        if inside and any(d not in covered for d in inside):
            continue
        for d in covered:
            kept_direct.remove(d)
        kept_indirect.append(quote)
    return sorted(kept_direct + kept_indirect, key=lambda q: q.start)


def _resolve_speakers(quotes: list[QuoteCandidate], index: _DocIndex, *, float_sentences: int) -> None:
    """Speaker names and mentions, then floating quotes (no cue) take a speaker from context.

    A floating quote continues the previous attributed speaker, except in a dialogue exchange: when
    it opens a paragraph right after two paragraphs of direct speech by two different speakers, it
    is the earlier one's turn again (turn-taking, as in fiction and interview transcripts).
    """
    for quote in quotes:
        token = quote.speaker_token
        if token is not None:
            start, end = _mention_bounds(token)
            quote.speaker_mention = (start, end)
            quote.speaker = _speaker_name(index, token, start, end)
    turns: list[tuple[int, str | None]] = []
    previous: QuoteCandidate | None = None
    for quote in quotes:
        paragraph = index.paragraph_of(quote.outer_start)
        if quote.direct and quote.cue is None and previous is not None:
            first = index.token_range(quote.outer_start, quote.outer_start + 1)[0]
            prev_last = index.token_range(previous.outer_end - 1, previous.outer_end)[0]
            gap = bisect_right(index.sent_starts, first) - bisect_right(index.sent_starts, prev_last)
            opens_paragraph = index.paragraph_starts[paragraph] == quote.outer_start
            exchange = (
                opens_paragraph
                and len(turns) >= 2
                and turns[-1][0] == paragraph - 1
                and turns[-2][0] == paragraph - 2
                and turns[-1][1] != turns[-2][1]
                and turns[-2][1] is not None
            )
            if exchange:
                quote.speaker = turns[-2][1]
            elif gap <= float_sentences or (opens_paragraph and turns and turns[-1][0] == paragraph - 1):
                quote.speaker = previous.speaker
        if quote.direct and (not turns or turns[-1][0] != paragraph):
            turns.append((paragraph, quote.speaker))
        if quote.speaker is not None or quote.speaker_mention is not None:
            previous = quote


def extract_quotes(
    doc: Doc,
    *,
    scare_quote_max_words: int = 3,
    max_quote_chars: int = 6000,
    float_sentences: int = 2,
) -> list[dict[str, Any]]:
    """Direct and indirect quotes of ``doc`` with speaker, speaker mention and cue.

    Args:
        doc: A parsed Doc; ``doc._.conflictcli_parties`` (if set) names the speakers.
        scare_quote_max_words: Quoted terms this short inside running text are not speech.
        max_quote_chars: Longer "quotes" come from an unbalanced mark and are dropped.
        float_sentences: A quote with no cue takes the speaker of an attributed quote at most this
            many sentences before it (a floating quote).

    Returns:
        Dicts ``{"text", "start", "end", "speaker", "speaker_mention", "cue", "direct"}`` in text
        order; ``text``/``start``/``end`` is the content without quotation marks.
    """
    text = doc_text(doc)
    if not text.strip() or not len(doc):
        return []
    cues = load_cues()
    direct = [
        quote
        for quote in find_direct_quotes(text, max_chars=max_quote_chars)
        if not _is_scare_quote(text, quote, max_words=scare_quote_max_words)
    ]
    index = _DocIndex(doc, direct)
    for quote in direct:
        _attribute_direct(quote, index, cues)
    quotes = _merge(text, direct, _find_indirect(doc, index, cues))
    _resolve_speakers(quotes, index, float_sentences=float_sentences)
    return [_as_dict(text, quote) for quote in quotes]


def text_span(text: str, start: int, end: int) -> dict[str, Any]:
    """A contract span over an already materialized ``doc.text`` (cheaper than ``span_dict``)."""
    return {"text": text[start:end], "start": start, "end": end}


def _as_dict(text: str, quote: QuoteCandidate) -> dict[str, Any]:
    mention, cue = quote.speaker_mention, quote.cue
    return {
        **text_span(text, quote.start, quote.end),
        "speaker": quote.speaker,
        "speaker_mention": text_span(text, *mention) if mention else None,
        "cue": text_span(text, *cue) if cue else None,
        "direct": quote.direct,
    }


class QuotesComponent:
    """Stores :func:`extract_quotes` on ``doc._.conflictcli_quotes``."""

    def __init__(self, *, scare_quote_max_words: int, max_quote_chars: int, float_sentences: int) -> None:
        self.options = {
            "scare_quote_max_words": scare_quote_max_words,
            "max_quote_chars": max_quote_chars,
            "float_sentences": float_sentences,
        }

    def __call__(self, doc: Doc) -> Doc:
        doc._.conflictcli_quotes = extract_quotes(doc, **self.options)
        return doc


@Language.factory(
    "conflictcli_quotes",
    assigns=["doc._.conflictcli_quotes"],
    requires=["token.dep", "token.lemma", "token.tag", "doc.sents", "doc.ents"],
    default_config={"scare_quote_max_words": 3, "max_quote_chars": 6000, "float_sentences": 2},
)
def make_quotes(
    nlp: Language, name: str, scare_quote_max_words: int, max_quote_chars: int, float_sentences: int
) -> QuotesComponent:
    """The ``conflictcli_quotes`` pipeline component."""
    return QuotesComponent(
        scare_quote_max_words=scare_quote_max_words,
        max_quote_chars=max_quote_chars,
        float_sentences=float_sentences,
    )
