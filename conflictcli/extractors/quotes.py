"""Quotes: direct speech in quotation marks and reported (indirect) speech, with speaker and cue.

Direct quotes come from a single left-to-right scan over the quotation marks of the text (every
common style: ``"…"``, ``“…”``, ``„…“``, ``«…»``, ``‘…’``, NYT's ``''…''``), so unbalanced marks cost
at most one quote and never the rest of the article. Indirect quotes come from the dependency parse: a
reporting verb from ``resources/quotes/cues.tsv`` and its clausal complement (``ccomp``, a
to-infinitive ``xcomp``, or an object for verbs such as *accuse*), plus "according to X" and
relative-clause reports ("which Baku claims were caused by …"). The approach follows textacy's
``extract.triples.direct_quotations`` and the attribution structure (source, cue, content) of PARC
and PolNeAR (Newell, Margolin & Ruths 2018).

Speakers: the cue's subject (the nearest one; "said Holmes" and "exclaimed a man" after the cue; a
relative pronoun stands for its antecedent), named by the party it mentions; he/she take a fitting
earlier name (gendered titles, nouns and given names in ``resources/quotes/gender.tsv``), never the
person the quote addresses; "the doctor" is the "Dr. Archie" named before (``role_titles.tsv``), "a
resident who gave his name as Getachew" is Getachew, "hundreds of protesters" are the protesters and
"BYC leaders" speak for the BYC (``groups.tsv``); "his wife" of Mr. Bennet is Mrs. Bennet
(``family_titles.tsv``), "a military officer" named next as "Major Nur" is Major Nur, and "said my
sister-in-law" is the Rose the reply addresses. Any verb right after a quote that runs on ("“…,”
the landlord calculated") tags it, and the person acting before a colon speaks the quote after it.
A direct quote without a cue continues the speaker of its paragraph, takes the person acting next to
it or in the narration before, the person the turn before addresses or speaks to ("said Mrs. Hale
to Edmund"), the person the next reply addresses, or the other party of a two-person exchange
(turn-taking; before the other party has spoken, the person the scene's narration names or the
narrator acting in it; a first-person narrator is named by the vocatives of the others), in the
spirit of the sieves of He, Barbosa & Kondrak (2013) and Muzny et al. (2017). A report apposed to
the clause it rejects ("…, a charge Kabul denies", ``account_nouns.txt``) is cut from that clause.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Any

import numpy

from spacy.attrs import IDX, LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from conflictcli.extractors._doc import doc_text, register_extension
from conflictcli.extractors.places import load_cues as load_place_cues

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
QUOTED_AS_LEMMAS = frozenset({"quote", "cite"})
PARTITIVE_WORDS = frozenset({"one", "some", "several", "both", "each", "two", "three"})
MENTION_LEFT_DEPS = frozenset({"compound", "flat", "amod", "det", "poss", "nmod", "nummod", "case"})
MODIFIER_DEPS = frozenset({"acl", "amod", "pcomp", "pobj", "relcl"})
OBJECT_DEPS = frozenset({"dobj", "prep", "pobj", "dative", "attr", "oprd"})
TRIM_CHARS = " \t\n\r\u00a0.,;:—–-"
COLLECTIVE_TYPES = frozenset({"state", "government", "military", "armed_group", "civilians"})
CHAIN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
NARRATOR = "I"
TITLE_BEFORE = re.compile(r"([A-Za-z]+)\.?[ \t]+$")
# "said I." ends a sentence: the tokenizer keeps the full stop on the pronoun.
NARRATOR_FORMS = frozenset({"i", "i."})
PLACE_OR_THING_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG", "EVENT", "WORK_OF_ART", "LAW"})
NON_NAME_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_WORD = re.compile(r"[^\W\d_]+")
CAPITALIZED_WORD = re.compile(r"\b[A-Z][a-z]+\b")
CALLED = re.compile(r"\bcalled\b")
KNOWN = re.compile(r"\bknown\b")
BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
WORD_BEFORE_MARK = re.compile(r"(\w+)[,:]?\s*$")
FIRST_SENTENCE_END = re.compile(r"[.!?](?=\s+\S)")
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:the|a|an)\s+_?$")
POSSESSIVE_END = re.compile(r"['’]s?$")
VOCATIVE_BEFORE = frozenset({",", "!", "?", ".", ";", "dear", "--", "—"})
VOCATIVE_AFTER = frozenset({",", "!", "?", ".", ";", "--", "—"})
NAME_CALL = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*!\s*")
DIMINUTIVE_ENDINGS = frozenset({"y", "ie", "ey", "ty", "tie", "my", "mie", "ny", "nie", "dy", "die", "sy", "sie", "ly", "lie"})


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
    speaker_referent: Token | None = None
    speaker_key: str | None = None
    speaker: str | None = None
    speaker_mention: tuple[int, int] | None = None
    resolved_by_description: bool = False


def _data_lines(name: str) -> list[str]:
    """The non-blank, non-comment lines of ``resources/quotes/<name>``, stripped."""
    text = files("conflictcli").joinpath(f"resources/quotes/{name}").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def load_cues() -> dict[str, Cue]:
    """Reporting-verb lemmas with the complements they take (``resources/quotes/cues.tsv``)."""
    cues: dict[str, Cue] = {}
    for line in _data_lines("cues.tsv"):
        lemma, complements, frame = line.split("\t")[:3]
        cues[lemma] = Cue(lemma, frozenset(complements.split(",")), frame)
    return cues


@cache
def load_non_reports() -> tuple[str, ...]:
    """Lowercase openings of complements that report nothing (``resources/quotes/non_reports.txt``)."""
    return tuple(_data_lines("non_reports.txt"))


@cache
def load_anaphors() -> frozenset[str]:
    """Generic nouns that refer back to the last named speaker (``resources/quotes/anaphors.txt``)."""
    return _word_list("anaphors.txt")


@cache
def load_gender_words() -> dict[str, str]:
    """Gendered titles, nouns and given names (``resources/quotes/gender.tsv``): word → "m" | "f"."""
    return dict(line.split("\t")[:2] for line in _data_lines("gender.tsv"))


@cache
def load_account_nouns() -> frozenset[str]:
    """Nouns heading a rejected-account apposition (``resources/quotes/account_nouns.txt``)."""
    return _word_list("account_nouns.txt")


@cache
def load_group_words() -> dict[str, str]:
    """Quantity and member words of speaker phrases (``resources/quotes/groups.tsv``): word → kind."""
    return dict(line.split("\t")[:2] for line in _data_lines("groups.tsv"))


@cache
def load_role_titles() -> dict[str, frozenset[str]]:
    """Role nouns with the titles naming a person in that role (``resources/quotes/role_titles.tsv``)."""
    roles: dict[str, frozenset[str]] = {}
    for line in _data_lines("role_titles.tsv"):
        role, titles = line.split("\t")[:2]
        roles[role] = frozenset(titles.split(","))
    return roles


@cache
def _gender_rows(kind: str) -> frozenset[str]:
    """The words of ``resources/quotes/gender.tsv`` whose third column is ``kind``."""
    rows = [line.split("\t") for line in _data_lines("gender.tsv")]
    return frozenset(row[0] for row in rows if len(row) > 2 and row[2].strip() == kind)


def load_titles() -> frozenset[str]:
    """Titles ("mr", "lady"), which no two people share by name."""
    return _gender_rows("title")


@cache
def _word_list(name: str) -> frozenset[str]:
    """The lowercase words of ``resources/quotes/<name>``, one a line ("#" starts a comment)."""
    return frozenset(_data_lines(name))


@cache
def load_address_words() -> dict[str, str]:
    """Forms of address ("sir", "ma'am") → the gender of the person they call."""
    return dict(line.split("\t")[:2] for line in _data_lines("address_words.tsv"))


@cache
def load_nicknames() -> dict[str, frozenset[str]]:
    """Hypocorisms with the formal given names they shorten (``resources/quotes/nicknames.tsv``),
    each in both its spellings: a pet form in -ie is written -y as often ("Hattie"/"Hatty",
    "Cissy"/"Cissie")."""
    names: dict[str, frozenset[str]] = {}
    for line in _data_lines("nicknames.tsv"):
        nickname, formal = line.split("\t")[:2]
        names[nickname] = names.get(nickname, frozenset()) | frozenset(formal.split(","))
    for nickname, formal in list(names.items()):
        if nickname.endswith("ie") and len(nickname) > 3:
            spelt = nickname[:-2] + "y"
        elif nickname.endswith("y") and not nickname.endswith("ey") and len(nickname) > 2:
            spelt = nickname[:-1] + "ie"
        else:
            continue
        names[spelt] = names.get(spelt, frozenset()) | formal
    return names


@cache
def load_family_titles() -> dict[str, tuple[str, bool]]:
    """Family nouns with the title of the person they name and whether a spouse's name is implied
    (``resources/quotes/family_titles.tsv``): "wife" → ("Mrs.", True), "mother" → ("Mrs.", False)."""
    rows = [line.split("\t") for line in _data_lines("family_titles.tsv")]
    return {row[0]: (row[1].capitalize() + ".", row[2].strip() == "always") for row in rows if len(row) > 2}


def load_kin_words() -> frozenset[str]:
    """Relatives and companions of either gender ("cousin", "friend"): "her cousin" is a character."""
    return _gender_rows("kin")


def gender_of(name: str) -> str | None:
    """"m", "f" or None for a name or description, from its first gendered word ("Mrs. Long" → "f");
    a hyphenated given name whose parts disagree ("Jean-Claude": Jean is a woman's name in English, a
    man's in French) tells nothing."""
    words = load_gender_words()
    for written in name.lower().split():
        genders = {words.get(word) for word in _WORD.findall(written)} & {"m", "f"}
        if len(genders) == 1:
            return genders.pop()
        if genders:
            return None
    return None


def extension_value(doc: Doc, name: str) -> Any:
    """``doc._.<name>``, or None when no component registered that extension."""
    return doc._.get(name) if Doc.has_extension(name) else None


def _place_spans(doc: Doc) -> set[tuple[int, int]]:
    """Character spans of the place and metonym mentions found by the places component."""
    spans = {
        (mention["start"], mention["end"])
        for place in extension_value(doc, "conflictcli_places") or []
        for mention in place.get("mentions") or []
    }
    metonyms = extension_value(doc, "conflictcli_metonyms") or []
    spans.update((metonym["start"], metonym["end"]) for metonym in metonyms)
    return spans


def _pronoun_gender(mentions: list[dict[str, Any]], *, least: int = 2) -> str | None:
    """The gender of a person the text names without a gendered word ("Van der Berg", "Mbeki"):
    the one most of the parties component's he/she mentions of it give (at least ``least`` times and
    twice as often as the other: that component links some pronouns to the wrong name)."""
    counts = Counter(PRONOUN_GENDER.get(mention["text"].lower()) for mention in mentions)
    male, female = counts["m"], counts["f"]
    if male >= least and male >= 2 * female:
        return "m"
    if female >= least and female >= 2 * male:
        return "f"
    return None


def _is_heading(name: str) -> bool:
    """Whether a "name" is a heading the recognizer took for a person ("Chapter II. The Visit": its
    first word is in ``resources/quotes/heading_words.txt``), or runs over a line break."""
    first = _WORD.match(name)
    return "\n" in name or (first is not None and first.group().lower() in _word_list("heading_words.txt"))


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


def _written_text(text: str, quote: QuoteCandidate) -> bool:
    """Whether a quote gives the words of a written thing named right before it ("read the heading,
    “Observations on …”", "the inscription: “…”")."""
    found = WORD_BEFORE_MARK.search(text, max(0, quote.outer_start - 40), quote.outer_start)
    return found is not None and found.group(1).lower() in _word_list("written_nouns.txt")


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
        self._relatives: dict[str, set[str]] | None = None
        self._thing_words: frozenset[str] | None = None
        self._bare_paragraphs: int | None = None
        self.renamed: dict[str, str] = {}
        self.tag_subjects: frozenset[int] = frozenset()
        self._name_texts: frozenset[str] | None = None
        self._narration_names: frozenset[str] | None = None
        self.described_speakers: list[tuple[int, str, str]] = []
        self.called_descriptions: dict[str, str | None] = {}
        self.aliases: dict[str, str] = {}
        self._appositions: dict[str, set[str]] | None = None
        self.sents = list(doc.sents)
        self.sent_starts = [sent.start for sent in self.sents]
        self.paragraph_starts = _paragraph_starts(self.text)
        self.token_starts = doc.to_array(IDX).tolist() if len(doc) else []
        self.quoted = bytearray(len(doc))
        self.paragraph_quotes: dict[int, list[QuoteCandidate]] = {}
        for quote in quotes:
            self.paragraph_quotes.setdefault(self.paragraph_of(quote.outer_start), []).append(quote)
        for quote in quotes:
            first, last = self.token_range(quote.outer_start, quote.outer_end)
            for i in range(first, last):
                self.quoted[i] = 1
        # An oath ("by Jove") or a heading ("Chapter II. The Visit") taken for a person speaks for nobody.
        oaths = _word_list("oaths.txt")
        parties = [
            party
            for party in extension_value(doc, "conflictcli_parties") or []
            if party["name"].lower() not in oaths and not _is_heading(party["name"])
        ]
        if self.is_dialogue():
            parties = [party for party in parties if not self._placelike_person(party)]
        self.party_types = {party["name"]: party.get("type") for party in parties}
        # Fiction names characters without gendered words ("Van der Berg"); news keeps to its titles.
        self.pronoun_genders = {
            party["name"]: gender
            for party in (parties if self.is_dialogue() else [])
            if party.get("type") == "person"
            and (gender := _pronoun_gender(party.get("mentions") or [])) is not None
        }
        # Any text's he/she chains may run through a name without a gendered word ("Montraville").
        self.chain_genders = {
            party["name"]: gender
            for party in parties
            if party.get("type") == "person"
            and (gender := _pronoun_gender(party.get("mentions") or [])) is not None
        }
        self.mentions: list[tuple[int, int, str]] = []
        for party in parties:
            for mention in party.get("mentions") or []:
                self.mentions.append((mention["start"], mention["end"], party["name"]))
        self.mentions.sort()
        self.mention_texts: dict[str, str] = {}
        for party in parties:
            for text in [party["name"]] + [mention["text"] for mention in party.get("mentions") or []]:
                key = text.lower().removeprefix("the ").strip()
                if key and key not in PRONOUNS:
                    self.mention_texts.setdefault(key, party["name"])
        self.mention_starts = [start for start, _, _ in self.mentions]
        # A place or a group the recognizer took for a person ("Beledweyne", "Houthis") is nobody's name.
        places = self.place_spans = _place_spans(doc)
        placelike: set[str] = set()
        if self.is_dialogue():
            written: dict[str, list[tuple[int, int]]] = {}
            for ent in doc.ents:
                if ent.label_ == "PERSON":
                    written.setdefault(ent.text, []).append((ent.start_char, ent.end_char))
            placelike = {
                name for name, spans in written.items()
                if self._placelike(name, spans) or name.lower().replace("’", "'") in load_address_words()
            }
        self.persons = [
            ent
            for ent in doc.ents
            if ent.label_ == "PERSON"
            and not _is_heading(ent.text)
            and ent.text not in placelike
            and (ent.start_char, ent.end_char) not in places
            and self.party_types.get(self.party_at(ent.start_char, ent.end_char) or "")
            not in COLLECTIVE_TYPES
            and not _names_a_groups_thing(ent)
        ]
        self.person_ends = [ent.end_char for ent in self.persons]
        # A bare surname takes the gender of the party it names ("Bartlett" of Miss Bartlett).
        self.names = [
            (ent.start_char, ent.end_char, ent.text, self._name_gender(ent.start_char, ent.end_char))
            for ent in self.persons
            if not self.quoted[ent.start]
            and ent.root.pos_ == "PROPN"
            and ent.text[:1].isupper()
        ]
        for party in parties:
            if party.get("type") != "person":
                continue
            for mention in party.get("mentions") or []:
                text = mention["text"]
                first = self.token_range(mention["start"], mention["end"])[0]
                if text.lower() not in PRONOUNS and first < len(doc) and not self.quoted[first]:
                    written = self._name_gender(mention["start"], mention["end"])
                    named = gender_of(party["name"])
                    if written is None or named is None or written == named:
                        gender = written or named
                        self.names.append((mention["start"], mention["end"], party["name"], gender))
        self.things = self._thing_names()
        if self.things:
            self.names = [name for name in self.names if name[2] not in self.things]
        self.names.sort(key=lambda name: name[:3])
        self.name_starts = [start for start, _, _, _ in self.names]

    def _placelike_person(self, party: dict[str, Any]) -> bool:
        """Whether a "person" is a form of address ("Madam"), or a one-word name with no title or
        known given name only ever written where places go ("by Luton there were three people", "to
        find Bedfordshire very interesting", a heading "FROM ST. PANCRAS"): never the subject of a
        clause, never anyone's: a place the recognizer took for a person, whatever pronouns a
        coreference chain gave it."""
        if party.get("type") != "person":
            return False
        if party["name"].lower().replace("’", "'") in load_address_words():
            # "“Madam,” he said": a form of address is nobody's name, whatever a chain hung on it.
            return True
        spans = [(mention["start"], mention["end"]) for mention in party.get("mentions") or []
                 if mention["text"].lower() not in PRONOUNS]
        return self._placelike(party["name"], spans)

    def _placelike(self, name: str, spans: list[tuple[int, int]]) -> bool:
        """Whether ``name``, written at ``spans``, is never where a person goes (see
        :meth:`_placelike_person`): one word or a heading, no title, no known given name, and no
        mention outside quotes is a verb's subject or anyone's possessor; "Holloway Lane" goes
        with the one-word names: a street is no one's surname there."""
        street = name.split()[-1].lower().rstrip(".") in load_place_cues().street_heads
        if (len(name.split()) > 1 and not name.isupper() and not street) or gender_of(name):
            return False
        roots = []
        for start, end in spans:
            first, last = self.token_range(start, end)
            if first < last and not self.quoted[first]:
                roots.append(self.doc[first:last].root)
        personal = [
            root
            for root in roots
            if not root.text.isupper()
            and (
                root.dep_ in {"poss", "appos", "conj"}
                or (root.dep_ in CHAIN_SUBJECT_DEPS | SUBJECT_DEPS and root.head.pos_ in {"VERB", "AUX"})
            )
        ]
        return bool(roots) and not personal

    def _thing_names(self) -> set[str]:
        """Names written only after an article ("the _Lusitania_", "the Lion Wallace booth", "the
        Enemy"): English puts no article before a person's name, so these name ships, shows and
        inns, never a speaker; a title keeps a person ("the Reverend Mr. Eager"). So are untitled names
        the places component reads as a place elsewhere in the text."""
        determined: set[str] = set()
        bare: set[str] = set()
        place_names = {self.text[start:end] for start, end in self.place_spans}
        for start, end, name, gender in self.names:
            if name in place_names and gender is None:
                determined.add(name)
                continue
            before = _ARTICLE_BEFORE.search(self.text, max(0, start - 8), start)
            untitled = gender is None and gender_of(self.titled_text(start, end)) is None
            # A ship bears a woman's name in italics: "the _Margaret Hale_".
            italic = self.text[start - 1 : start] == "_" and self.text[end : end + 1] == "_" and self.is_dialogue()
            if (untitled or italic) and (before is not None or self._written_as_place(start, end)):
                determined.add(name)
            else:
                bare.add(name)
        return determined - bare

    def _written_as_place(self, start: int, end: int) -> bool:
        """Whether the name at ``[start, end)`` is where something happens ("got down at Hollis
        Crossing", "nobody minds at Holm Lacy"): in fiction, the object of "at", "in", "near" or
        "about", unless a verb of looking or acting on someone takes it ("looked at Lukich")."""
        if not self.is_dialogue():
            return False
        first, last = self.token_range(start, end)
        if first >= last:
            return False
        root = self.doc[first:last].root
        while root.dep_ == "compound" and root.head.pos_ == "PROPN" and root.head.i > root.i:
            root = root.head
        preposition = root.head
        if root.dep_ != "pobj" or preposition.lower_ not in {"at", "in", "near", "about"}:
            return False
        return preposition.head.lemma_.lower() not in _word_list("gaze_verbs.txt")

    def thing_words(self) -> frozenset[str]:
        """Capitalised words of the names of things, events and places ("the Battle of Trafalgar"):
        the same word alone in a reply ("Trafalgar, mother.") names no one addressed."""
        if self._thing_words is None:
            self._thing_words = frozenset(
                word.text
                for ent in self.doc.ents
                if ent.label_ not in {"PERSON", *NON_NAME_ENTITIES}
                for word in ent
                if word.text[:1].isupper()
            )
        return self._thing_words

    def _name_gender(self, start: int, end: int) -> str | None:
        """The gender of the name at ``[start, end)``: from its words, the title written before it
        ("Mrs." Morel), or the party it names ("Bartlett" of Miss Bartlett)."""
        party = self.party_at(start, end)
        if party is None:
            return gender_of(self.titled_text(start, end))
        return gender_of(self.titled_text(start, end)) or gender_of(party) or self.pronoun_genders.get(party)

    def add_speaker_names(self, quotes: list[QuoteCandidate]) -> None:
        """Count as names every unquoted occurrence of a proper noun that speaks a direct quote
        ("said Curtis"), also where the entity recognizer missed it or took it for a place."""
        speaking = {
            quote.speaker_token.orth
            for quote in quotes
            if quote.direct and quote.speaker_token is not None and quote.speaker_token.pos_ == "PROPN"
        }
        if not speaking:
            return
        orths = self.doc.to_array(ORTH)
        positions = numpy.flatnonzero(numpy.isin(orths, numpy.array(sorted(speaking), dtype=numpy.uint64)))
        known = {(start, end) for start, end, _, _ in self.names}
        added = False
        for i in positions.tolist():
            token = self.doc[i]
            if self.quoted[i] or token.pos_ != "PROPN":
                continue
            start, end = _mention_bounds(token)
            if (start, end) in known:
                continue
            known.add((start, end))
            if self._written_as_place(start, end):
                # "said Mrs. Hollis" makes no person of "got down at Hollis Crossing".
                continue
            name = self.party_at(start, end) or self.text[start:end]
            self.names.append((start, end, name, self._name_gender(start, end)))
            added = True
        if added:
            self.names.sort(key=lambda name: name[:3])
            self.name_starts = [start for start, _, _, _ in self.names]

    def last_named(self, name: str, before: int) -> str:
        """How ``name`` was last written before ``before``, title included, or ``name`` itself."""
        stop = bisect_left(self.name_starts, before)
        for start, end, other, _ in reversed(self.names[max(0, stop - 40) : stop]):
            if other == name:
                return self.titled_text(start, end)
        return name

    def titled_text(self, start: int, end: int) -> str:
        """The name at ``[start, end)`` with the title written before it ("Mrs. " + "Bennet")."""
        # Only a title in the same sentence: "…only papa.”¶¶Harriet turned round." is no "papa Harriet".
        before = TITLE_BEFORE.search(self.text, max(0, start - 12), start)
        if before is not None and before.group(1).lower() in load_titles():
            # "…stared at their father. Mrs. Bennet said": a stop after a title word ends a sentence
            # unless the title is an abbreviation ("Mr."), and a titled name takes no second title.
            stopped = "." in before.group(0) and before.group(1).lower() not in _word_list("title_abbreviations.txt")
            titled = (_WORD.findall(self.text[start:end].lower())[:1] or [""])[0] in load_titles()
            if not stopped and not titled:
                return f"{before.group(1).lower()} {self.text[start:end]}"
        return self.text[start:end]

    def narrators_relatives(self) -> dict[str, set[str]]:
        """Person nouns the narration names with an apposition after "my" ("my brother Robert",
        "my sister, Agnes,"): noun → the names given to it."""
        if self._relatives is not None:
            return self._relatives
        self._relatives = {}
        words = load_gender_words()
        for token in self.doc:
            if token.lower_ != "my" or token.dep_ != "poss" or self.quoted[token.i]:
                continue
            noun = token.head
            if noun.pos_ != "NOUN" or noun.lower_ not in words:
                continue
            for child in noun.rights:
                if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i <= noun.i + 2:
                    start, end = _mention_bounds(child)
                    name = self.party_at(start, end) or self.text[start:end]
                    self._relatives.setdefault(noun.lower_, set()).add(name)
        return self._relatives

    def bare_paragraphs(self) -> int:
        """How many paragraphs are a bare quote with no tag (counted once)."""
        if self._bare_paragraphs is None:
            bare = 0
            for paragraph, quotes in self.paragraph_quotes.items():
                start = self.paragraph_starts[paragraph]
                ends = self.paragraph_starts[paragraph + 1 :] or [len(self.text)]
                alone = len(quotes) == 1 and not self.text[start : quotes[0].outer_start].strip()
                if alone and not self.text[quotes[0].outer_end : ends[0]].strip():
                    bare += 1
            self._bare_paragraphs = bare
        return self._bare_paragraphs

    def is_dialogue(self, *, least: int = 3, share: float = 0.08) -> bool:
        """Whether the text is dialogue (fiction, transcripts): at least ``least`` paragraphs, and
        ``share`` of all, are a bare quote with no tag. News paragraphs carry their source."""
        bare = self.bare_paragraphs()
        return bare >= least and bare >= share * len(self.paragraph_starts)

    def forget(self, quotes: list[QuoteCandidate]) -> None:
        """Stop counting ``quotes`` as anyone's turn (their words stay quoted, never narration)."""
        for paragraph, found in list(self.paragraph_quotes.items()):
            kept = [quote for quote in found if all(quote is not other for other in quotes)]
            if kept:
                self.paragraph_quotes[paragraph] = kept
            else:
                del self.paragraph_quotes[paragraph]
        self._bare_paragraphs = None

    def narration_names(self) -> frozenset[str]:
        """Proper nouns the narration writes inside a sentence, outside quotes, not as a place the
        places component found (the recognizer's LOC and GPE guesses often are people in fiction)."""
        if self._narration_names is None:
            self._narration_names = frozenset(
                token.text
                for token in self.doc
                if token.pos_ == "PROPN"
                and (not token.is_sent_start or self._given_name_first(token))
                and token.text[:1].isupper()
                and not self.quoted[token.i]
                and token.ent_type_ not in PLACE_OR_THING_ENTITIES - {"GPE", "LOC"}
                and (token.idx, token.idx + len(token)) not in self.place_spans
            )
        return self._narration_names

    def name_texts(self) -> frozenset[str]:
        """The capitalized party mentions the narration writes outside quotes ("Dawlish came aft")."""
        if self._name_texts is None:
            self._name_texts = frozenset(
                self.text[start:end]
                for start, end, _ in self.mentions
                if self.text[start:end][:1].isupper() and not self.quoted[self.token_range(start, end)[0]]
            )
        return self._name_texts

    @staticmethod
    def _given_name_first(token: Token) -> bool:
        """Whether a sentence opens on the first word of a full name ("Rab Gow was at the anvil")."""
        head = token.head
        return (
            token.dep_ == "compound" and head.i == token.i + 1 and head.pos_ == "PROPN" and token.is_alpha
            and token.lower_ not in load_titles() and head.text[:1].isupper()
        )

    def lone_bare_paragraph(self) -> bool:
        """Whether at most one paragraph of the text is a bare quote (news: a closing quote set
        apart; fiction and transcripts have many)."""
        return self.bare_paragraphs() <= 1

    def appositions(self) -> dict[str, set[str]]:
        """Nouns the narration sets beside a person's name ("Mr. Harkness, the mate,", "Van der Berg,
        the Boer hunter", "old Mbeki, the headman"): each word of the description (noun and
        compounds) → the names."""
        if self._appositions is not None:
            return self._appositions
        found: dict[str, set[str]] = {}
        person_nouns = load_gender_words()
        for token in self.doc:
            if token.dep_ != "appos" or self.quoted[token.i]:
                continue
            for name, noun in ((token.head, token), (token, token.head)):
                # The tagger takes a lowercase role noun for a name now and then ("Sol Whitcomb, the blacksmith;").
                common = noun.is_alpha and (noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.text.islower()))
                if name.pos_ != "PROPN" or not name.text[:1].isupper() or not common or self.quoted[name.i]:
                    continue
                start, end = _mention_bounds(name)
                party = self.party_at(start, end)
                person = name.ent_type_ == "PERSON" or self.party_types.get(party or "") == "person"
                # "Madame Zelenska, the medium": a title makes a person of a name the tagger took for a place.
                person = person or gender_of(self.titled_text(start, end).split()[0]) is not None
                place = bool({(start, end), (name.idx, name.idx + len(name))} & self.place_spans)
                if not person and (place or noun.lower_ not in person_nouns):
                    continue
                words = [noun.lower_] + [child.lower_ for child in noun.lefts if child.dep_ == "compound"]
                phrase = name.doc[self.token_range(start, end)[0] : name.i + 1]
                first = next(token for token in phrase if token.pos_ == "PROPN")
                for word in words:
                    found.setdefault(word, set()).add(party or self.text[first.idx : end])
        self._appositions = found
        return found

    def titled_names(self) -> dict[str, set[str]]:
        """Role titles written before a person's name ("Captain Sloane", "Professor Lumley"): the
        title word → the names."""
        roles = load_role_titles()
        found: dict[str, set[str]] = {}
        for start, end, name, _ in self.names:
            words = _WORD.findall(self.titled_text(start, end).lower())
            if len(words) > 1 and words[0] in roles:
                found.setdefault(words[0], set()).add(name)
        return found

    def written_gender(self, written: str) -> str | None:
        """The gender another occurrence of the same written name has ("Letty" tagged at one place
        and not another)."""
        for start, end, _, gender in self.names:
            if gender is not None and self.text[start:end] == written:
                return gender
        return None

    def person_gender(self, name: str) -> str | None:
        """The gender of a speaker key: from its words, else from the parties component's he/she mentions."""
        return gender_of(name) or self.pronoun_genders.get(name)

    def party_named(self, text: str) -> str | None:
        """The party one of whose mentions (or whose name) reads ``text``, "the" aside."""
        key = text.lower().removeprefix("the ").strip()
        return self.mention_texts.get(key)

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

    def antecedent(
        self,
        pronoun: Token,
        gender: str | None,
        *,
        window: int = 40,
        subject_only: bool = False,
        exclude: str | None = None,
    ) -> tuple[int, int, str] | None:
        """The person a he/she pronoun (or "the girl") refers to: the subject of the previous or the
        same sentence if it is a name of a fitting gender, else the nearest preceding fitting name
        outside quotes (never ``exclude``, the possessor of "his uncle")."""
        stop = bisect_left(self.name_starts, pronoun.idx)
        fitting = [
            (start, end, name, name_gender == gender)
            for start, end, name, name_gender in reversed(self.names[max(0, stop - window) : stop])
            if (gender is None or name_gender is None or name_gender == gender)
            and (exclude is None or not _shares_name(name, exclude))
        ]
        if not fitting:
            return None
        sentence = bisect_right(self.sent_starts, pronoun.i) - 1
        earliest = self.sents[max(0, sentence - 1)].start_char
        subjects = []
        for start, end, name, known in fitting:
            if start < earliest:
                break
            head = self.doc[self.token_range(start, end)[0]]
            while head.head.i != head.i and start <= head.head.idx < end:
                head = head.head
            if head.dep_ in {"conj", "appos"} and head.head.dep_ in {"nsubj", "nsubjpass"}:
                # "The mayor of Ihosy, Jean-Claude Razafy, gave …": the apposed name is the subject too.
                head = head.head
            if head.dep_ in {"nsubj", "nsubjpass"}:
                subjects.append((not known, -start, (start, end, name)))
        if subjects:
            return min(subjects)[2]
        return None if subject_only else fitting[0][:3]

    def person_before(self, char: int, gender: str | None = None) -> str | None:
        """The nearest PERSON entity ending before ``char`` whose gender does not clash with ``gender``."""
        stop = bisect_right(self.person_ends, char)
        for ent in reversed(self.persons[max(0, stop - 10) : stop]):
            if gender is None or self._name_gender(ent.start_char, ent.end_char) in {None, gender}:
                return ent.text
        return None


def _names_a_groups_thing(ent: Span) -> bool:
    """A name premodifying what a group owns ("its Az-Zallaqa media arm"): no person to refer to."""
    return (ent.start > 0 and ent.doc[ent.start - 1].lower_ in {"its", "their"}
            and ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN" and ent.root.head.i >= ent.end)


def _is_cue_token(token: Token, cues: dict[str, Cue]) -> bool:
    return token.tag_.startswith("VB") and token.lemma_.lower() in cues


def _is_tag_token(token: Token, cues: dict[str, Cue]) -> bool:
    """A cue, or a word that tags a direct quote only: "quoth" (tagged a name as often as not), or
    an elided past tense ("whisper'd")."""
    if token.dep_ == "amod":
        # "English-speaking audiences": a participle that qualifies a noun tags nothing.
        return False
    if _is_cue_token(token, cues) or token.lower_ == "quoth":
        return True
    return _elided_past(token.lower_) in cues


def _elided_past(word: str) -> str | None:
    """The lemma of an eighteenth-century past tense with its "e" elided ("whisper'd", "reply'd",
    "observ'd" → "whisper", "reply", "observe"), which the tagger reads as a name; None otherwise."""
    if len(word) < 5 or word[-2:] not in {"'d", "’d"}:
        return None
    stem = word[:-2]
    if stem.endswith("y") or stem in load_cues():
        return stem
    return stem + "e"


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
    apposed = _apposed_before(cue, quoted)
    if apposed is not None:
        return apposed
    verb = _coordinated_report(cue)
    for _ in range(4):
        subjects = [
            c for c in verb.children if c.dep_ in SUBJECT_DEPS and not quoted[c.i] and not _across_paragraphs(c, cue)
        ]
        if len(subjects) > 1:
            subjects = [c for c in subjects if not _after_preposition(c)] or subjects
            subjects = [c for c in subjects if not _describes_subject_before(c, subjects)] or subjects
        if subjects:
            subject = min(subjects, key=lambda c: abs(c.i - verb.i))
            if verb != cue and subject.lower_ in HUMAN_PRONOUNS:
                subject = _nearer_same_pronoun(subject, cue, quoted)
            return _partitive_group(_past_dateline(_tag_phrase_before(subject, verb) or subject, verb))
        for child in verb.children:
            if quoted[child.i]:
                continue
            if child.dep_ == "nsubjpass":
                if verb != cue and verb.lemma_.lower() in QUOTED_AS_LEMMAS:
                    # "X was quoted by Radio Okapi as saying …": the speaker is X, not the outlet.
                    return child
                agents = [c for c in verb.children if c.dep_ == "agent"]
                for agent in agents:
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            return pobj
                return None
        if verb == cue:
            earlier = _relative_cue_subject(verb, quoted)
            if earlier is not None:
                return earlier
        if verb.dep_ in SUBJECT_CLIMB_DEPS and verb.head != verb and not _across_paragraphs(verb, verb.head):
            verb = verb.head
            if verb.dep_ == "ROOT" and (apposed := _apposed_before(verb, quoted)) is not None:
                return apposed
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head != verb.head:
            # "… joined the parts by leaning towards him and remarking:": a gerund after a
            # preposition has the subject of the clause it belongs to.
            preposition, verb = verb.head, verb.head.head
            quoted_person = _quoted_as_object(verb, quoted)
            if quoted_person is not None:
                return quoted_person
            heard = _heard_doer(verb, preposition, quoted)
            if heard is not None:
                return heard
        else:
            return None
    return None


def _nearer_same_pronoun(subject: Token, cue: Token, quoted: bytearray) -> Token:
    """The last subject pronoun like ``subject`` between it and ``cue``: "She saw …, for she put the
    rosary round my neck, and said": the parser joined "said" to "saw", but the "she" it follows is
    the same person's nearer mention."""
    for token in reversed(cue.doc[subject.i + 1 : cue.i]):
        if token.lower_ == subject.lower_ and token.dep_ in SUBJECT_DEPS and not quoted[token.i]:
            return token
    return subject


def _across_paragraphs(first: Token, second: Token) -> bool:
    """Whether a paragraph break lies between two tokens: the parser's link across it is no
    sentence ("He kept this suspended …¶“…,” broke in a gentleman" made "broke" a conjunct of "kept")."""
    start, end = sorted((first.idx, second.idx))
    return BLANK_LINE.search(doc_text(first.doc), start, end) is not None


def _heard_doer(verb: Token, preposition: Token, quoted: bytearray) -> Token | None:
    """The person heard doing something by speaking ("I remember hearing him call the rat-catcher by
    saying, “…”": the parser hung "by" on "hearing"; the sayer is "him", not the listener)."""
    if verb.lemma_.lower() not in _word_list("perception_verbs.txt"):
        return None
    for clause in verb.children:
        if clause.dep_ in {"ccomp", "xcomp"} and clause.i < preposition.i:
            for child in clause.children:
                if child.dep_ == "nsubj" and child.i < clause.i and not quoted[child.i]:
                    return child
    return None


def _spaced_hyphen(token: Token) -> bool:
    """A hyphen standing for a dash ("BAMAKO, Jan 22 (Reuters) - Gunmen …"), not joining words."""
    if token.text != "-" or not token.whitespace_ or token.i == 0:
        return False
    return bool(token.doc[token.i - 1].whitespace_)


def _quoted_as_object(verb: Token, quoted: bytearray) -> Token | None:
    """ "State media quoted the governor as saying …", "Reuters cited an officer as saying …": the
    speaker is the object of "quoted"/"cited", not the outlet that quotes."""
    if verb.lemma_.lower() not in QUOTED_AS_LEMMAS:
        return None
    return next((child for child in verb.children if child.dep_ == "dobj" and not quoted[child.i]), None)


def _past_dateline(subject: Token, verb: Token) -> Token:
    """ "ALEPPO, Syria, 16 March 2024 — HTS, which controls Idlib, said …": the parser made the
    dateline's city the subject and hung the real one on it; the speaker is the first noun after
    the dateline's dash that depends on that city."""
    doc = subject.doc
    dash = next(
        (t for t in doc[subject.i + 1 : verb.i] if t.text in {"—", "–", "--"} or _spaced_hyphen(t)), None
    )
    if dash is None or subject.i > 2 or not subject.text.isupper():
        return subject
    for token in doc[dash.i + 1 : verb.i]:
        if token.pos_ in {"NOUN", "PROPN"} and subject in token.ancestors:
            while token.dep_ in {"compound", "flat"} and token.head.i > token.i:
                token = token.head
            return token
    return subject


def _partitive_group(subject: Token) -> Token:
    """ "One of the sources said …": the group a quantifier picks its speaker from (the sources)."""
    if subject.lower_ not in PARTITIVE_WORDS and not (subject.like_num and subject.pos_ == "NUM"):
        return subject
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            group = next((child for child in prep.children if child.dep_ == "pobj"), None)
            if group is not None and group.pos_ in {"NOUN", "PROPN"}:
                return group
    return subject


def _after_preposition(subject: Token) -> bool:
    """A second subject the parser hung on a verb that opens right after a preposition ("masked men
    claiming to speak for the Clansman gang denied …": "gang" is the object of "for")."""
    first = subject.left_edge.i
    return first > 0 and subject.doc[first - 1].dep_ == "prep" and subject.doc[first - 1].pos_ == "ADP"


def _tag_phrase_before(subject: Token, verb: Token) -> Token | None:
    """The noun phrase between the last comma and a closing tag verb when the parser took a noun
    of the reported clause for the subject ("…, killing at least 18 people including 12 children, a
    local resistance group and a teacher said": the group, not the people)."""
    doc = verb.doc
    if subject.i > verb.i or verb.i + 1 >= len(doc) or not doc[verb.i + 1].is_punct:
        return None
    comma = next((i for i in range(verb.i - 1, subject.i, -1) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return None
    phrase = doc[comma + 1:verb.i]
    if any(t.pos_ in ("VERB", "AUX", "ADP") or t.is_punct for t in phrase):
        return None
    root = phrase.root
    return root if root.pos_ in ("NOUN", "PROPN") else None


def _describes_subject_before(subject: Token, subjects: list[Token]) -> bool:
    """Whether a common-noun subject follows a named one after a comma: the parser's second
    subject is the name's apposition ("The National Unity Government (NUG), the shadow
    administration formed by ousted lawmakers, condemned …"), the name the speaker."""
    return subject.pos_ == "NOUN" and any(
        other.pos_ == "PROPN" and other.i < subject.i and other.right_edge.i + 2 >= subject.left_edge.i
        and subject.doc[subject.left_edge.i - 1].text == ","
        for other in subjects
    )


def _coordinated_report(cue: Token) -> Token:
    """The report a subjectless cue is coordinated with when the parser joined it to the reported
    clause after it ("X denied that any of its fighters had been there and accused Ankara of …": the
    accuser is X, not "any"): that outer cue; else the cue itself. In a clause told before its cue
    ("The kidnappers contacted the family and demanded a ransom, an official said") the coordinated
    verb stays inside the report."""
    head = cue.head
    if (cue.dep_ != "conj" or head == cue or head.dep_ != "ccomp" or head.head == head or head.i < head.head.i
            or any(child.dep_ in SUBJECT_DEPS for child in cue.children)):
        return cue
    cues = load_cues()
    if _is_cue_token(head, cues) or not _is_cue_token(head.head, cues) or cue.lemma_.lower() not in cues:
        return cue
    if any(token.tag_ in {"``", "''"} or token.is_quote for token in cue.doc[head.head.i + 1 : cue.i]):
        # A quotation between them: the parser ran a tag ("‘…,’ he said, ‘…’") into the next
        # sentence's narration ("Good beamed … and murmured").
        return cue
    return head.head


def _apposed_before(cue: Token, quoted: bytearray) -> Token | None:
    """The name closing an apposition right before a finite cue the parser left without subject ("…,
    a movement official, Mohamed Salem Lehbib, demanded …": the parser hung the name on a noun
    before it): that name is the speaker."""
    if cue.tag_ not in {"VBD", "VBZ", "VBP"} or cue.i < 2 or quoted[cue.i - 2]:
        return None
    if any(child.dep_ in SUBJECT_DEPS or child.dep_ == "nsubjpass" for child in cue.children):
        return None
    doc = cue.doc
    name = doc[cue.i - 1]
    if (name.dep_ == "appos" and name.pos_ in {"PROPN", "NOUN"} and name.head.dep_ == "pobj"
            and not quoted[name.i] and name.left_edge.i > 0 and doc[name.left_edge.i - 1].text == ","
            and any(ancestor.dep_ == "prep" and ancestor.head == cue for ancestor in name.ancestors)):
        # "In a statement posted on Facebook, the NPA's Apolinario Gatmaitan Command claimed …",
        # "In Lichinga, the provincial capital, the governor's office said …": the parser hung the
        # subject on the last noun of the phrase the sentence opens with.
        return name
    name = doc[cue.i - 2]
    if doc[cue.i - 1].text != "," or name.dep_ != "appos" or name.pos_ != "PROPN" or name.head.pos_ != "NOUN":
        return None
    return name


def _relative_cue_subject(participle: Token, quoted: bytearray) -> Token | None:
    """The speaker of a speech participle after a subordinate clause's cue (", an accusation X denied,
    saying …", ", a charge X rejected, saying …"): that clause's subject, the denier, not the speaker
    of the main clause; also when the parser hung the participle on a noun. None otherwise."""
    if participle.dep_ not in {"acl", "advcl"} or participle.tag_ != "VBG":
        return None
    earlier = _preceding_cue_subject(participle, quoted)
    if earlier is not None and (
        (participle.dep_ == "acl" and participle.head.pos_ in {"NOUN", "PROPN"})
        or (earlier.head.dep_ == "relcl" and participle.head.i < earlier.head.i)
        or (earlier.head.i == participle.head.i and earlier.head.dep_ != "ROOT")
    ):
        return earlier
    return None


def _preceding_cue_subject(participle: Token, quoted: bytearray) -> Token | None:
    """The subject of the nearest cue verb before ``participle`` in its sentence, if any."""
    cues = load_cues()
    for i in range(participle.i - 1, participle.sent.start - 1, -1):
        verb = participle.doc[i]
        if quoted[i] or not verb.tag_.startswith("VB") or verb.lemma_.lower() not in cues:
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not quoted[c.i]]
        if subjects:
            return subjects[0]
    return None


def _mention_bounds(token: Token) -> tuple[int, int]:
    """Character bounds of the speaker mention: the noun phrase core without appositives."""
    if token.lower_ in NARRATOR_FORMS:
        return token.idx, token.idx + 1
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
    dashes = [t.i for t in doc[left : token.i] if t.text in {"—", "–", "--"}]
    if dashes:
        # "16 March 2024 — HTS": a dateline the parser hung on the name is no part of it.
        left = dashes[-1] + 1
    while left < right and (doc[left].dep_ == "case" or doc[left].lower_ == "quoth"):
        # "quoth Ned" parsed as one name: the tag word is no part of it.
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def _speaker_name(index: _DocIndex, token: Token, start: int, end: int) -> str | None:
    """The party name for a speaker mention (the issuing institution of a document: "a police
    report" → the police), else a pronoun's preceding PERSON, else the name."""
    possessors = [child for child in token.lefts if child.dep_ == "poss"]
    if possessors and _personal_possessor(index, possessors[-1]):
        # "his lawyer said": a person's lawyer or relative is somebody else (an institution's
        # spokesman speaks for it).
        start = max(start, possessors[-1].right_edge.idx + len(possessors[-1].right_edge))
    commentator = token.pos_ == "NOUN" and token.lemma_.lower() in _word_list("commentator_nouns.txt")
    party = (
        _issuer(index, token)
        or index.party_at(token.idx, token.idx + len(token))
        # "A Russian military blogger" comments on the military; he does not speak for it.
        or (None if commentator else index.party_at(start, end))
    )
    if party:
        return party
    lower = token.lower_
    if lower in HUMAN_PRONOUNS:
        return index.person_before(start, PRONOUN_GENDER.get(lower))
    if lower in PRONOUNS:
        return None
    doc = index.doc
    first, last = index.token_range(start, end)
    while first < last - 1 and doc[first].pos_ in {"DET", "PRON"}:
        first += 1
    return doc[first:last].text or None


def _personal_possessor(index: _DocIndex, possessor: Token) -> bool:
    if possessor.lower_ in PRONOUN_GENDER:
        return True
    party = index.party_at(possessor.idx, possessor.idx + len(possessor))
    return party is not None and index.party_types.get(party) == "person"


def _issuer(index: _DocIndex, token: Token) -> str | None:
    """The party that issued a document named as a source ("a police report", "the army's
    statement", "a statement from the governor's office"): the party of its modifier or of the
    author after "from"/"by"/"of", when the document itself is no party's mention."""
    if token.pos_ != "NOUN" or token.lower_ not in _word_list("statement_nouns.txt"):
        return None
    for child in token.lefts:
        if child.dep_ in {"compound", "poss", "amod"}:
            bounds = _mention_bounds(child)
            party = index.party_at(*bounds) or index.mention_texts.get(child.lower_)
            if party is not None:
                return party
    for preposition in token.rights:
        # "A statement from the governor's office", "a post by the group": the author after the noun.
        if preposition.dep_ != "prep" or preposition.lower_ not in {"from", "by", "of"}:
            continue
        for author in preposition.children:
            if author.dep_ == "pobj":
                party = index.party_at(author.idx, author.idx + len(author)) or index.party_at(
                    author.left_edge.idx, author.right_edge.idx + len(author.right_edge)
                )
                if party is not None:
                    return party
    return _issuing_agent(index, token) or _earlier_issuer(index, token)


def _earlier_issuer(index: _DocIndex, document: Token) -> str | None:
    """Who made "the statement" a report names again ("The ministry issued a statement … The
    statement said", "X said in a statement … The statement added"): the subject of the verb the
    latest earlier mention of that document hangs on."""
    if [child.lower_ for child in document.lefts] != ["the"]:
        return None
    for earlier in reversed(document.doc[max(0, document.i - 120) : document.i]):
        if earlier.lemma_ != document.lemma_:
            continue
        verb = earlier.head.head if earlier.dep_ == "pobj" else earlier.head
        if earlier.dep_ not in {"dobj", "pobj"}:
            return None
        subject = next((child for child in reversed(list(verb.children)) if child.dep_ == "nsubj"), None)
        if subject is not None:
            start, end = _mention_bounds(subject)
            return index.party_at(subject.idx, subject.idx + len(subject)) or index.party_at(start, end)
        return None
    return None


def issuing_agents(document: Token) -> list[Token]:
    """Who issued a document: after "by" in "a communique issued by the junta", "a statement signed
    by its commander", "a video released by the group" (``resources/quotes/issuing_verbs.txt``; "a
    report seen by reporters" names no author), the owner of the channel it was posted on ("a
    message posted on the group's Telegram channel"), or after "attributed to"."""
    authors: list[Token] = []
    for participle in document.rights:
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            continue
        issued = participle.lemma_.lower() in _word_list("issuing_verbs.txt")
        attributed = participle.lemma_.lower() == "attribute"
        for link in participle.children:
            objects = [child for child in link.children if child.dep_ == "pobj"]
            attributed_to = attributed and link.dep_ == "prep" and link.lower_ == "to"
            if (issued and link.dep_ == "agent") or attributed_to:
                authors.extend(objects)
            elif issued and link.dep_ == "prep" and link.lower_ in {"on", "in"}:
                authors.extend(
                    owner for channel in objects for owner in channel.children if owner.dep_ == "poss"
                )
    return authors


def _issuing_agent(index: _DocIndex, document: Token) -> str | None:
    """The party that issued a document (:func:`issuing_agents`)."""
    for author in issuing_agents(document):
        party = index.party_at(author.idx, author.idx + len(author)) or index.party_at(
            author.left_edge.idx, author.right_edge.idx + len(author.right_edge)
        )
        if party is not None:
            return party
    return None


def _fallback_subject(cue: Token, index: _DocIndex) -> Token | None:
    """The speaker of a cue the parser left without subject: the noun phrase it governs right after
    it ("exclaimed a man in the crowd", "returned my father"), or a name or pronoun next to it."""
    doc = cue.doc
    for verb in (cue, cue.head):
        # "And above all rose the voice of the clever lady, crying: …": a voice after an inverted
        # verb of sound is its subject, whatever the parser made of it.
        for child in verb.children:
            voice = child.dep_ in {"dobj", "attr"} and child.lemma_.lower() in _word_list("voice_nouns.txt")
            if voice and not index.quoted[child.i] and child.i < verb.i + 4:
                return child
    for i in range(cue.i + 1, min(len(doc), cue.i + 7)):
        token = doc[i]
        inside_phrase = token.text == "," and token.head.i > i and token.head.pos_ in {"NOUN", "PROPN"}
        if index.quoted[i] or (token.is_punct and not inside_phrase):
            break
        through_preposition = token.head.dep_ == "prep" and token.head.i != cue.i
        if through_preposition and index.is_dialogue() and not _is_person(token):
            # "“…,” came from the corner": where the voice came from says nothing of whose it is.
            break
        if _governed_phrase(token, cue) and not _addressed_by(token):
            return token
        # "said the peddler slowly", "said that gentleman from the hearth" parsed as a clause of its
        # own: the inverted subject right after the verb.
        # So is "“I say,” said the frog, …, “is this house …”" where the parser gave the frog to the
        # next quote's verb: a subject right after a tag that follows the closing mark.
        tag_after_quote = cue.i > 0 and index.quoted[cue.i - 1]
        inverted = token.dep_ == "nsubj" and token.pos_ in {"NOUN", "PROPN"}
        inverted = inverted and (index.is_dialogue() or tag_after_quote)
        determined = all(
            doc[k].pos_ in {"DET", "ADJ"} or doc[k].lower_ in {"that", "this"} for k in range(cue.i + 1, i)
        )
        if inverted and determined:
            return token
    after = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    inverted_tag = cue.i > 0 and index.quoted[cue.i - 1] and after is not None and not index.quoted[after.i]
    if inverted_tag and after.is_alpha and after.text[:1].isupper() and after.lower_ not in NARRATOR_FORMS:
        # "“I was,” said Cecily, and then stopped": a name the tagger took for an adverb still speaks.
        if index.is_dialogue() and after.pos_ not in {"PRON", "DET", "ADP", "CCONJ", "SCONJ"}:
            return after
    for offset in (1, -1, 2, -2, 3):
        i = cue.i + offset
        if 0 <= i < len(doc) and not index.quoted[i] and not _addressed_by(doc[i]):
            token = doc[i]
            if token.pos_ == "PROPN" or (token.pos_ == "PRON" and token.lower_ in PRONOUNS):
                if token.lower_ not in RELATIVE_PRONOUNS:
                    return token
    return None


def _addressed_by(token: Token) -> bool:
    """Whether a word belongs to the object of "to" ("called to Harry Lamb"): the person spoken to."""
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "to"


def _attribute_direct(
    quote: QuoteCandidate, index: _DocIndex, cues: dict[str, Cue], *, adjacent_chars: int = 12
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
    undashed = lead.rstrip("-—–").rstrip()
    if undashed.endswith(":"):
        # A colon and a dash lead in a quote as a colon does ("and spoke:--").
        lead = undashed
    candidates: list[tuple[int, Token]] = []
    for i in range(region_start, min(region_end, len(doc))):
        token = doc[i]
        if index.quoted[i] or not (_is_tag_token(token, cues) or _according_to(token)):
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
        if token.i >= last and any(index.quoted[last : token.i]):
            continue
        candidates.append((distance, token))
    if not candidates and region_end < len(doc) and doc[region_end].idx - quote.outer_end <= 2:
        tag = index.sentence_of(region_end)
        if index.paragraph_of(tag.start_char) == paragraph_last:
            for token in tag[:4]:
                if index.quoted[token.i]:
                    break
                if _is_tag_token(token, cues):
                    subject = _subject_of(token, index.quoted)
                    if subject is not None and _is_person(subject):
                        candidates.append((token.idx - quote.outer_end, token))
                    break
    # A clause-heading verb of speech tags a direct quote before any other cue further off does
    # ("Tom, who knew the road, said: “…”", but not "In messages posted online, they threatened
    # attacks “…”"); a verb of belief never does across a colon ("Seeing that I did not believe her,
    # she went on:" is hers). A tag right at the marks stays ("“…” he thought").
    speech = [item for item in candidates if _speech_cue(item[1], cues)]
    if speech and not any(distance <= adjacent_chars for distance, _ in candidates):
        candidates = speech
    elif lead.endswith(":"):
        candidates = [item for item in candidates if item[1].idx > quote.outer_start]
    if not candidates and lead.endswith(":"):
        colon = index.token_range(len(lead) - 1, len(lead))[0]
        if colon < len(doc):
            sentence = index.sentence_of(colon)
            if index.is_dialogue():
                # The lead-in is before the colon: a tag of the next paragraph's quote the parser
                # ran into this sentence ("…: ‘Darling, …’ ¶ ‘I am dressed,’ Kitty said.") is not its cue.
                sentence = sentence[: colon - sentence.start]
            for token in sentence:
                if not index.quoted[token.i] and (
                    (_is_tag_token(token, cues) and not _belief_cue(token, cues)) or _according_to(token)
                ):
                    candidates.append((quote.outer_start - token.idx, token))
    if not candidates:
        tag = _speech_tag(quote, index)
        if tag is not None:
            _set_cue(quote, tag, index)
        elif lead.endswith(":"):
            _colon_speaker(quote, len(lead) - 1, index)
        return
    cue = min(candidates, key=lambda item: item[0])[1]
    if lead.endswith(","):
        interrupting = [
            token for distance, token in candidates if token.idx < quote.outer_start and distance <= 40
        ]
        # "Miss Dart said, half laughing and half alarmed, “or a conjurer.”": a participle of manner
        # after the tag is no tag of its own.
        finite = [token for token in interrupting if token.tag_ in {"VBD", "VBZ", "VBP"}]
        finite = finite if index.is_dialogue() else []
        if finite or interrupting:
            cue = max(finite or interrupting, key=lambda token: token.idx)
    _set_cue(quote, cue, index)


def _speech_cue(token: Token, cues: dict[str, Cue]) -> bool:
    """Whether a cue token is a verb of speech ("say", "reply") heading a clause, not a modifier
    ("messages posted online")."""
    cue = cues.get(token.lemma_.lower())
    return cue is not None and cue.frame == "speech" and token.dep_ not in MODIFIER_DEPS


def _belief_cue(token: Token, cues: dict[str, Cue]) -> bool:
    """Whether a cue token is a verb of belief ("know", "understand"), which reports no words."""
    cue = cues.get(token.lemma_.lower())
    return cue is not None and cue.frame == "belief"


def _colon_speaker(quote: QuoteCandidate, colon_char: int, index: _DocIndex) -> None:
    """The person whose action a colon hands over to the quote: "the Old Man introduced him with a
    quirk of the lips:" → the Old Man speaks (no reporting verb, so no cue)."""
    colon = index.token_range(colon_char, colon_char + 1)[0]
    if colon >= len(index.doc):
        return
    sentence = index.sentence_of(colon)
    verbs = [
        token for token in sentence if token.i < colon and token.pos_ == "VERB" and not index.quoted[token.i]
    ]
    for verb in reversed(verbs):
        subjects = [child for child in verb.children if child.dep_ == "nsubj" and not index.quoted[child.i]]
        if subjects and _is_person(subjects[0]):
            quote.speaker_token = subjects[0]
            quote.speaker_referent = _relative_antecedent(subjects[0])
            return


def _speech_tag(quote: QuoteCandidate, index: _DocIndex, *, reach: int = 6) -> Token | None:
    """Any verb that tags a quote as speech right after it, when the sentence runs on past the
    closing mark: "“…,” the saloon-keeper calculated", "“Aw,” fleered Happy Jack", "“…?” she
    pouted"."""
    doc, text = index.doc, index.text
    content = text[quote.start : quote.end].rstrip()
    after = text[quote.outer_end : quote.outer_end + 4].lstrip()
    if not content or not after or not (
        content[-1] in ",—-" or (content[-1] in "!?" and after[:1].islower())
    ):
        return None
    first = index.token_range(quote.outer_end, quote.outer_end + 1)[0]
    paragraph = index.paragraph_of(quote.outer_end - 1)
    for i in range(first, min(len(doc), first + reach)):
        token = doc[i]
        if index.quoted[i] or index.paragraph_of(token.idx) != paragraph:
            return None
        if token.is_punct and token.tag_ != "HYPH":
            return None
        if token.pos_ != "VERB" or token.tag_ not in {"VBD", "VBZ", "VBP"}:
            continue
        if token.lemma_.lower() in _word_list("perception_verbs.txt"):
            return None
        before = [child for child in token.lefts if child.i >= first and child.dep_ in SUBJECT_DEPS]
        after_subject = [
            word
            for word in doc[token.i + 1 : min(len(doc), token.i + 8)]
            if not index.quoted[word.i] and _governed_phrase(word, token)
        ]
        if any(_is_speaker_word(child) for child in before) or (not before and after_subject):
            return token
        return None
    return None


def _governed_phrase(token: Token, verb: Token) -> bool:
    """A noun right after ``verb`` that names who did it: its subject, object or attribute ("said
    one", "exclaimed a man") or the object of its particle ("broke in a thin, elderly gentleman")."""
    counted_one = token.lower_ == "one" and token.dep_ in {"attr", "nsubj", "dobj"}
    if token.pos_ not in {"NOUN", "PROPN"} and not counted_one:
        return False
    head = token.head
    if head.i == verb.i:
        return True
    return head.dep_ in {"prt", "prep"} and head.head.i == verb.i and head.i == verb.i + 1


def _is_speaker_word(token: Token) -> bool:
    """A subject that can speak: a name, a noun or a personal pronoun (not "it", "that")."""
    if token.pos_ == "PRON":
        return token.lower_ in {"he", "she", "we", "they", "you"} | NARRATOR_FORMS
    return token.pos_ in {"PROPN", "NOUN"}


def _set_cue(quote: QuoteCandidate, cue: Token, index: _DocIndex) -> None:
    if _according_to(cue):
        quote.cue = (cue.idx, cue.doc[cue.i + 1].idx + 2)
    else:
        quote.cue = (cue.idx, cue.idx + len(cue))
    subject = _subject_of(cue, index.quoted)
    if (cue.pos_ != "VERB" or subject is None) and _elided_past(cue.lower_) is not None:
        # "and I answer'd", "the Captain turn'd to me, and whisper'd in my Ear:" parsed as names: the
        # word right before the verb when it can be a subject, else the subject written last before it.
        sentence = index.sentence_of(cue.i)
        before = [
            token
            for token in cue.doc[sentence.start : cue.i]
            if not index.quoted[token.i] and token.dep_ not in {"pobj", "dobj", "poss", "dative"}
            and (
                token.dep_ in CHAIN_SUBJECT_DEPS or token.pos_ == "PROPN"
                or token.lower_ in {"i", "he", "she", "we", "they"}
            )
            and _elided_past(token.lower_) is None
        ]
        subject = before[-1] if before else subject
    if subject is not None and subject.pos_ == "VERB" and quote.direct and index.is_dialogue():
        # "said the boy, grinning" with the participle parsed as the subject: the boy it tells of.
        subject = next((child for child in subject.children if child.dep_ == "nsubj"), None)
    if subject is None and quote.direct:
        subject = _fallback_subject(cue, index)
    if subject is not None and not index.quoted[subject.i]:
        owner = _voice_owner(subject, index)
        if owner is None and quote.direct and subject.lemma_.lower() in _word_list("utterance_nouns.txt"):
            # "“…,” came the answer, muffled by the quilt": the words, not who spoke them.
            return
        quote.speaker_token = owner or subject
        quote.speaker_referent = _relative_antecedent(subject)


def _voice_owner(subject: Token, index: _DocIndex) -> Token | None:
    """The person a voice speaker belongs to: its possessor ("her aunt's voice", "his answer"), the
    name its own phrase gives ("another voice, which Margaret knew to be that of Mrs. Gibson"), or
    the person of its "of" phrase ("the voice of the old woman")."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in _word_list("voice_nouns.txt"):
        return None
    for child in subject.lefts:
        if child.dep_ == "poss" and not index.quoted[child.i]:
            return child
    names = [
        token
        for token in subject.subtree
        if token.i > subject.i and not index.quoted[token.i] and token.pos_ == "PROPN" and _is_person(token)
    ]
    if names:
        return names[-1]
    for child in subject.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            owners = [word for word in child.children if word.dep_ == "pobj" and _is_person(word)]
            if owners:
                return owners[0]
    if index.is_dialogue() or any(index.quoted[max(0, subject.i - 4) : subject.i]):
        # "“…,” said a gruff voice from the stairhead; and old Abel, who had come in …": the voice is
        # the person the narration brings on right after it.
        paragraph = index.paragraph_of(subject.idx)
        for token in index.doc[subject.i + 1 : subject.i + 20]:
            if index.quoted[token.i] or index.paragraph_of(token.idx) != paragraph:
                break
            if token.dep_ in SUBJECT_DEPS and token.pos_ == "PROPN" and _is_person(token):
                return token
    return None


def _relative_antecedent(subject: Token) -> Token | None:
    """The noun a relative-pronoun speaker stands for ("officials, who said …" → officials)."""
    if subject.lower_ not in RELATIVE_PRONOUNS:
        return None
    verb = subject.head
    while verb.dep_ in SUBJECT_CLIMB_DEPS and verb.head != verb and verb.dep_ != "relcl":
        verb = verb.head
    if verb.dep_ == "relcl" and verb.head != verb:
        return verb.head
    return _noun_before_comma(subject)


def _noun_before_comma(subject: Token) -> Token | None:
    """The noun a misparsed relative pronoun follows: "…, according to UNMISS, which said" or
    "the UN Mission in South Sudan (UNMISS), which said" (the parser made "said" an adverbial clause)."""
    doc = subject.doc
    i = subject.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    i -= 1
    if doc[i].text == ")" and i > 0:
        i -= 1
    token = doc[i]
    return token if token.pos_ in {"PROPN", "NOUN"} else None


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


def account_appositions(
    doc: Doc, cues: dict[str, Cue], positions: list[int] | None = None
) -> list[tuple[int, int, int]]:
    """Reports apposed to the clause they reject: "…, a charge Kabul denies", "…, a figure the
    provincial government disputed": ``(determiner, cue, subject)`` token indices (``positions``:
    the cue candidates, when already known)."""
    found = []
    for position in _cue_positions(doc, cues) if positions is None else positions:
        cue = doc[position]
        if not _is_cue_token(cue, cues):
            continue
        subjects = [child for child in cue.lefts if child.dep_ in SUBJECT_DEPS]
        if not subjects:
            continue
        subject = subjects[-1]
        noun = subject.left_edge.i - 1
        first = subject.left_edge
        if (first.dep_ == "det" and first.i >= 1 and first.i + 1 < subject.i and doc[first.i - 1].text in {",", "—", "–"}
                and doc[first.i + 1].dep_ == "compound" and doc[first.i + 1].lemma_.lower() in load_account_nouns()):
            # "…, a charge Algiers denies": the parser made the account noun a compound of the subject.
            found.append((first.i, cue.i, subject.i))
            continue
        if noun < 2 or doc[noun].pos_ != "NOUN" or doc[noun].lemma_.lower() not in load_account_nouns():
            continue
        if doc[noun - 1].dep_ == "det" and doc[noun - 2].text in {",", "—", "–"}:
            found.append((noun - 1, cue.i, subject.i))
    return found


def _find_indirect(
    doc: Doc, index: _DocIndex, cues: dict[str, Cue]
) -> list[QuoteCandidate]:
    """Reported speech from the parse: cue verb + complement, "according to", relative reports."""
    found: list[QuoteCandidate] = []
    skip_phrases = load_non_reports()
    positions = _cue_positions(doc, cues)
    appositions = account_appositions(doc, cues, positions)
    apposed_cues = {cue for _, cue, _ in appositions}
    apposition_commas = [determiner - 1 for determiner, _, _ in appositions]

    def add(first: int, last: int, cue: Token, speaker: Token | None) -> None:
        if first < last and doc[first].lower_ == "that" and doc[first].dep_ == "mark":
            first += 1
        for comma in apposition_commas:
            if first < comma <= last:
                last = comma - 1
        if not _according_to(cue):
            last = _before_sourced_clause(doc, first, last, cues)
        first, last = _in_cue_paragraph(doc, index, cue, first, last)
        if first > last:
            return
        first = _after_dateline(doc, index, first, last)
        bounds = _content_bounds(doc, index.text, first, last)
        if bounds is None:
            return
        quote = QuoteCandidate(bounds[0], bounds[1], bounds[0], bounds[1], False)
        _set_cue(quote, cue, index)
        if speaker is not None:
            quote.speaker_token = speaker
            quote.speaker_referent = _relative_antecedent(speaker)
        found.append(quote)

    shared_speakers: dict[int, Token | None] = {}
    for position in positions:
        token = doc[position]
        if index.quoted[position] or position in apposed_cues:
            continue
        if _according_to(token):
            sentence = index.sentence_of(token.i)
            phrase_end = doc[token.i + 1].right_edge.i
            opening = sentence.start
            paragraph_start = index.paragraph_starts[index.paragraph_of(token.idx)]
            while opening < token.i and doc[opening].idx < paragraph_start:
                # The parser ran the sentence on from the paragraph before ('"\n\nOn Sunday, …').
                opening += 1
            left = (opening, token.i - 1)
            right = (phrase_end + 1, sentence.end - 1)
            first, last = max((left, right), key=lambda bounds: bounds[1] - bounds[0])
            right_start = right[0] + 1 if right[0] < len(doc) and doc[right[0]].is_punct else right[0]
            if right_start < len(doc) and doc[right_start].lower_ in RELATIVE_PRONOUNS and left[1] > left[0]:
                first, last = left
            if right_start < len(doc) and doc[right_start].lower_ in _RIVAL_MARKERS and left[1] > left[0]:
                # "Twelve people were killed, according to a hospital source, while the army put …".
                first, last = left
            clause = _sourced_relative_clause(token, opening, cues)
            if clause is not None:
                first, last = clause
            add(first, _before_own_report(doc, first, last, cues), token, None)
            continue
        figure = _figure_put_at(token)
        if figure is not None:
            add(figure[0], figure[1], token, None)
            continue
        relative = _relative_report(token, cues)
        if relative is not None:
            add(relative[0], relative[1], token, relative[2])
            continue
        if not _is_cue_token(token, cues):
            continue
        tag = _coordinated_tag(token, index)
        if tag is not None:
            add(tag[0], tag[1] - 1, token, tag[2])
            continue
        cue = cues[token.lemma_.lower()]
        if (token.lemma_.lower() == "attribute" and token.dep_ == "acl"
                and token.head.lower_ in _word_list("statement_nouns.txt")):
            # "A statement attributed to the group said …": who wrote it, not an accusation.
            continue
        if cue.frame == "accusation" and _agentless_passive(token):
            # "The fire was attributed to a faulty cable": the report's own narration, nobody's claim.
            continue
        speaker = shared_speakers.get(token.i)
        complements = [
            child
            for child in token.children
            if (child.dep_ == "ccomp" and "ccomp" in cue.complements)
            or (
                child.dep_ == "xcomp"
                and "xcomp" in cue.complements
                and any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.lefts)
            )
            or (child.dep_ == "xcomp" and child.tag_ == "VBG" and "object" in cue.complements)
        ]
        # "X was blamed on Y by Z; the movement denied firing …": a semicolon ends the clause before it.
        complements = [child for child in complements if not _cut_by_semicolon(child, token)]
        paragraph = index.paragraph_of(token.idx)
        complements = [
            child
            for child in complements
            if not index.quoted[child.left_edge.i] and index.paragraph_of(child.left_edge.idx) == paragraph
        ]
        if not complements:
            complements = _statement_clause(token)
        if complements:
            complement = complements[0]
            first, last = complement.left_edge.i, complement.right_edge.i
            if _is_non_report(doc, token, first, last, skip_phrases) or _describes_speaker(token, complement, cues):
                continue
            if speaker is None and _subject_of(token, index.quoted) is None:
                apposed = _apposed_speaker(token, first, last)
                if apposed is not None:
                    speaker, last = apposed, apposed.left_edge.i - 2
            sibling = _sibling_cue(complement, token, cues)
            if sibling is not None:
                shared_speakers[sibling.i] = (
                    _relative_cue_subject(sibling, index.quoted) or speaker or _subject_of(token, index.quoted)
                )
                last = sibling.i - 1
                while last > first and (doc[last].is_punct or doc[last].dep_ == "cc"):
                    last -= 1
            add(first, last, token, speaker)
            continue
        if "object" in cue.complements:
            objects = [child for child in token.rights if child.dep_ in OBJECT_DEPS]
            if objects:
                first, last = objects[0].left_edge.i, max(child.right_edge.i for child in objects)
                if not _is_non_report(doc, token, first, last, skip_phrases):
                    sibling = _sibling_cue(objects[0], token, cues)
                    if sibling is not None and doc[sibling.i - 1].text == ",":
                        # "denied reports that …, calling them lies": the participle is the
                        # speaker's second report, not part of the rejected one.
                        shared_speakers[sibling.i] = speaker or _subject_of(token, index.quoted)
                        last = sibling.i - 2
                    add(first, last, token, speaker)
                continue
        trailing = _trailing_content(token, index)
        if trailing is not None:
            add(trailing[0], trailing[1], token, None)
    return found


_RIVAL_MARKERS = frozenset({"while", "whereas", "but"})


def _figure_put_at(verb: Token) -> tuple[int, int] | None:
    """ "ISPR put the toll at three", "residents put the death toll at 23": the subject's figure, from
    the figure noun to the number (``resources/quotes/figure_nouns.txt``)."""
    if verb.lemma_.lower() != "put" or verb.pos_ != "VERB":
        return None
    figure = next((child for child in verb.rights if child.dep_ == "dobj"
                   and child.lemma_.lower() in _word_list("figure_nouns.txt")), None)
    at = next((child for child in verb.rights if child.dep_ == "prep" and child.lower_ == "at"), None)
    if figure is None or at is None or at.i < figure.i:
        return None
    if not any(child.dep_ == "pobj" for child in at.children):
        return None
    return figure.left_edge.i, at.right_edge.i


_TAG_WORDS = 8
# A closing tag is a plain noun phrase, and nothing follows its verb but when and where.
_TAG_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM", "PART"})
_TAG_ENDING_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "acomp", "advmod", "dative"})


def _coordinated_tag(cue: Token, index: _DocIndex) -> tuple[int, int, Token] | None:
    """ "Fighters abducted 30 women from a camp near Dikwa, residents and a militia leader said": a
    closing tag of coordinated speakers the parser hung on the report's last noun ("Dikwa,
    residents and …"), taking a subject from inside the report. Returns the report's first token,
    the comma before the tag and the first speaker."""
    doc = cue.doc
    if cue.tag_ not in {"VBD", "VBZ", "VBP"} or cue.i < 4 or index.quoted[cue.i - 1]:
        return None
    if any(child.dep_ in _TAG_ENDING_DEPS for child in cue.rights):
        return None
    comma = next((i for i in range(cue.i - 1, max(0, cue.i - _TAG_WORDS), -1) if doc[i].text == ","), None)
    if comma is None or any(t.pos_ not in _TAG_POS or index.quoted[t.i] for t in doc[comma + 1 : cue.i]):
        return None
    speaker = next(
        (t for t in doc[comma + 1 : cue.i] if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"), None
    )
    if speaker is None or speaker.dep_ != "conj" or speaker.head.i >= comma:
        return None
    subjects = [child for child in cue.children if child.dep_ in SUBJECT_DEPS]
    if any(subject.i > comma for subject in subjects):
        return None
    sentence = index.sentence_of(cue.i)
    paragraph_start = index.paragraph_starts[index.paragraph_of(cue.idx)]
    first = sentence.start
    while first < comma and (doc[first].is_space or doc[first].is_punct or doc[first].idx < paragraph_start):
        first += 1
    if comma - first < 3 or not any(t.pos_ in {"VERB", "AUX"} for t in doc[first:comma]):
        return None
    return first, comma, speaker


def _before_own_report(doc: Doc, first: int, last: int, cues: dict[str, Cue]) -> int:
    """Where an "according to" source's content ends when a clause joined to it reports someone
    else's words ("According to the police, the men were armed, and residents said they heard
    gunfire": the residents' report is theirs, not the police's)."""
    for token in doc[first : last + 1]:
        if (
            token.dep_ == "conj"
            and token.left_edge.i > first
            and _is_cue_token(token, cues)
            and cues[token.lemma_.lower()].frame == "speech"
            and any(child.dep_ == "nsubj" for child in token.children)
        ):
            end = token.left_edge.i - 1
            while end > first and (doc[end].is_punct or doc[end].dep_ == "cc"):
                end -= 1
            return end
    return last


def _sourced_relative_clause(
    according: Token, opening: int, cues: dict[str, Cue], *, reported: bool = False
) -> tuple[int, int] | None:
    """The relative clause an "according to X" right after it sources, when the sentence before it
    already has a speaker ("It said … the village of K, where a woman was killed, according to the
    regional administration"): X vouches for the clause only, not for the other speaker's words.
    None when the words before "according" hold no reporting verb with a subject of its own (and
    are not already known to be ``reported`` content)."""
    doc = according.doc
    end = according.i - 1
    while end > opening and doc[end].is_punct:
        end -= 1
    clause = next(
        (token for token in doc[opening:end + 1] if token.dep_ == "relcl" and token.right_edge.i == end),
        None,
    )
    if clause is None:
        return None
    reported = reported or any(
        _is_cue_token(token, cues) and any(child.dep_ in {"nsubj", "nsubjpass"} for child in token.children)
        for token in doc[opening:clause.left_edge.i]
    )
    if not reported:
        return None
    first = clause.left_edge.i
    while first < clause.i and (doc[first].lower_ in RELATIVE_PRONOUNS or doc[first].tag_ in {"WRB", "WDT", "WP"}):
        first += 1
    return first, end


def _before_sourced_clause(doc: Doc, first: int, last: int, cues: dict[str, Cue]) -> int:
    """Where a report's content ends when its last words are a relative clause that an "according to"
    right after it gives another source (see :func:`_sourced_relative_clause`), or a relative clause
    reporting another source's words (", which local activists said …"): before that clause."""
    relative_report = next(
        (
            token
            for token in doc[first + 1 : last + 1]
            if token.dep_ == "relcl"
            and _is_cue_token(token, cues)
            and doc[token.left_edge.i - 1].text == ","
            and token.right_edge.i == last
            and any(child.dep_ == "nsubj" and child.pos_ in {"NOUN", "PROPN"} for child in token.children)
        ),
        None,
    )
    if relative_report is not None and relative_report.left_edge.i - 2 >= first:
        # "accused the RSF of using drones, which local activists said had also hit a mosque": the
        # activists' report is theirs, not part of the accusation.
        return relative_report.left_edge.i - 2
    if last + 2 >= len(doc) or not doc[last + 1].is_punct or not _according_to(doc[last + 2]):
        return last
    clause = _sourced_relative_clause(doc[last + 2], first, cues, reported=True)
    if clause is None:
        return last
    end = clause[0] - 1
    while end > first and (doc[end].is_punct or doc[end].lower_ in RELATIVE_PRONOUNS or doc[end].tag_ in {"WRB", "WDT", "WP"}):
        end -= 1
    return end


def _agentless_passive(verb: Token) -> bool:
    """Whether a verb is the report's own passive with no "by" agent ("The fire was blamed on the
    rebels."): its sentence's root, with no "according to" that names a source."""
    children = list(verb.children)
    if verb.dep_ != "ROOT" or any(_according_to(token) for token in verb.sent):
        return False
    return any(child.dep_ == "nsubjpass" for child in children) and not any(
        child.dep_ == "agent" for child in children
    )


def _cut_by_semicolon(complement: Token, cue: Token) -> bool:
    """Whether a complement before its cue ends at a semicolon before the cue's own clause: the
    parser joined two clauses, and the earlier one is reported by nobody in the later one."""
    if complement.i > cue.i:
        return False
    return any(token.text == ";" for token in cue.doc[complement.right_edge.i + 1 : cue.i])


def _describes_speaker(cue: Token, complement: Token, cues: dict[str, Cue]) -> bool:
    """ "hooded men claiming to speak for Los Lobos denied …": a participle saying what its noun
    claims to be, on the subject of another report, describes that speaker; it reports nothing."""
    noun = cue.head
    return (
        cue.dep_ == "acl"
        and cue.tag_ == "VBG"
        and complement.dep_ == "xcomp"
        and not any(child.dep_ in OBJECT_DEPS for child in cue.children)
        and noun.dep_ == "nsubj"
        and _is_cue_token(noun.head, cues)
    )


def _apposed_speaker(cue: Token, first: int, last: int) -> Token | None:
    """The speaker the parser hung as an appositive on the content's last noun: "… near the village
    of Taura, the Joint Command of the Armed Forces said" (the cue has no subject)."""
    doc = cue.doc
    for token in doc[first : last + 1]:
        if (
            token.dep_ == "appos"
            and token.right_edge.i == cue.i - 1
            and token.left_edge.i - 1 > first
            and doc[token.left_edge.i - 1].text == ","
            and token.pos_ in {"NOUN", "PROPN"}
        ):
            return token
    return None


def _statement_clause(cue: Token) -> list[Token]:
    """The reported clause the parser hung on the medium: "said in a statement that the group's
    fighters had killed …" (``resources/quotes/statement_nouns.txt``)."""
    for prep in cue.rights:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for medium in prep.children:
            if medium.dep_ != "pobj" or medium.lower_ not in _word_list("statement_nouns.txt"):
                continue
            return [
                clause
                for clause in medium.rights
                if clause.dep_ in {"acl", "ccomp", "relcl"}
                and any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children)
            ][:1]
    return []


@cache
def _cue_hashes() -> frozenset[int]:
    """String hashes of cue lemmas, their third-person forms and "according" (a cheap prefilter)."""
    words = set(load_cues()) | {lemma + "s" for lemma in load_cues()} | {"according", "put", "puts"}
    return frozenset(hash_string(word) for word in words)


@cache
def _cue_hash_array() -> numpy.ndarray:
    return numpy.array(sorted(_cue_hashes()), dtype=numpy.uint64)


def _cue_positions(doc: Doc, cues: dict[str, Cue]) -> list[int]:
    """Indices of tokens whose lemma or lowercase form may be a cue (checked exactly later)."""
    if not len(doc):
        return []
    rows = doc.to_array([LEMMA, LOWER])
    hashes = _cue_hash_array()
    slots = numpy.minimum(numpy.searchsorted(hashes, rows), len(hashes) - 1)
    return numpy.flatnonzero((hashes[slots] == rows).any(axis=1)).tolist()


def _sibling_cue(complement: Token, cue: Token, cues: dict[str, Cue]) -> Token | None:
    """A second report by the same speaker that the parser put inside the first one's clause:
    "said its soldiers repelled …, and accused the rebels of …" / "…, adding that …"."""
    for token in complement.subtree:
        if (
            token.i > complement.i
            and token.dep_ in {"conj", "advcl"}
            and _is_cue_token(token, cues)
            and not any(child.dep_ in SUBJECT_DEPS or child.dep_ == "nsubjpass" for child in token.children)
            and (token.dep_ == "conj" or token.tag_ == "VBG")
        ):
            return token
    return None


def _is_non_report(doc: Doc, cue: Token, first: int, last: int, skip_phrases: tuple[str, ...]) -> bool:
    """Complements that report nothing: "did not say whether …", "asked not to be named"."""
    content = doc_text(doc)[doc[first].idx : doc[last].idx + len(doc[last])][:60].lower()
    if content.removeprefix("that ").startswith(skip_phrases):
        return True
    negated = any(child.dep_ == "neg" for child in cue.children)
    return negated and doc[first].lower_ in {"whether", "if"}


def _in_cue_paragraph(doc: Doc, index: _DocIndex, cue: Token, first: int, last: int) -> tuple[int, int]:
    """Reported content stays in its cue's paragraph: the parser runs a headline's "Kyiv denies"
    on into the dateline paragraph below it."""
    paragraph, starts = index.paragraph_of(cue.idx), index.paragraph_starts
    start = starts[paragraph]
    end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(index.text)
    while first <= last and doc[first].idx < start:
        first += 1
    while last >= first and doc[last].idx >= end:
        last -= 1
    return first, last


def _after_dateline(doc: Doc, index: _DocIndex, first: int, last: int, *, reach: int = 25) -> int:
    """Content that opens a paragraph with a dateline ("MOGADISHU, Somalia, Oct. 14, 2024 — A bomb …")
    starts after the dateline's dash."""
    if index.paragraph_starts[index.paragraph_of(doc[first].idx)] != doc[first].idx:
        return first
    for token in doc[first : min(last, first + reach)]:
        if token.text in {"—", "–", "--", "―"} or (token.text == "-" and token.whitespace_):
            return token.i + 1
    return _after_inline_date(doc, first, last)


def _after_inline_date(doc: Doc, first: int, last: int) -> int:
    """Content after an inline dateline ("date 2023-11-08 Bandits killed …" → "Bandits killed …")."""
    reference = extension_value(doc, "conflictcli_reference_date")
    span = reference.get("span") if isinstance(reference, dict) else None
    if not span or doc[first].lower_ != "date":
        return first
    if doc.text[doc[first].idx : span["start"]].strip().lower() != "date":
        return first
    return next((token.i for token in doc[first : last + 1] if token.idx >= span["end"]), first)


def _trailing_content(cue: Token, index: _DocIndex) -> tuple[int, int] | None:
    """ "Gunmen killed 30 villagers, local officials said": the clause before ", <subject> <cue>"
    when the parser made it part of the subject instead of the cue's complement, or made the cue a
    conjunct of the clause's own verb."""
    doc = cue.doc
    subjects = [child for child in cue.lefts if child.dep_ in SUBJECT_DEPS]
    # "Two soldiers were killed and five wounded …, the command said": the parser may also join
    # the tag to the clause's verb as a conjunct.
    # "…, cutting power to thousands of homes, regional governor X said": a closing tag the parser
    # hung on the last noun as a relative clause that has no relative pronoun.
    misread_relative = cue.dep_ == "relcl" and bool(subjects) and not any(
        child.lower_ in RELATIVE_PRONOUNS or child.tag_ in {"WDT", "WP", "WP$", "WRB"} for child in cue.children
    ) and cue.head.i < cue.i
    heads_a_report = cue.dep_ != "ROOT" and not misread_relative and (
        cue.dep_ not in {"parataxis", "conj"} or cue.head.lemma_.lower() in load_cues()
        or (cue.dep_ == "conj" and cue.head.i > cue.i)
    )
    has_complement = any(child.dep_ in {"dobj", "ccomp", "xcomp"} for child in cue.rights)
    if heads_a_report or not subjects or has_complement:
        return None
    subject = subjects[-1]
    comma = subject.left_edge.i - 1
    sentence = index.sentence_of(cue.i)
    if comma - sentence.start < 3 or doc[comma].text not in {",", "—", "–"}:
        return None
    first = sentence.start
    # A sentence the parser ran on from the paragraphs before (a headline and a date line above
    # the dateline): the tag's report stays in its own paragraph.
    paragraph_start = index.paragraph_starts[index.paragraph_of(cue.idx)]
    while first < comma and (doc[first].is_space or doc[first].is_punct or doc[first].idx < paragraph_start):
        first += 1
    tokens = doc[first:comma]
    if not any(token.pos_ in {"VERB", "AUX"} for token in tokens) or any(index.quoted[first:comma]):
        return None
    return _after_dateline(doc, index, first, comma - 1), comma - 1


def _merge(
    text: str, direct: list[QuoteCandidate], indirect: list[QuoteCandidate], index: _DocIndex | None = None
) -> list[QuoteCandidate]:
    """Combine both kinds: a clause that is all quotation becomes the direct quote's attribution; a
    clause mixing quoted and unquoted words stays indirect (``direct`` false); nested reports go."""
    kept_direct = list(direct)
    kept_indirect: list[QuoteCandidate] = []
    for quote in sorted(indirect, key=lambda q: q.start - q.end):
        if any(
            other.start <= quote.start and quote.end <= other.end and not _relayed_report(quote, other, index)
            for other in kept_indirect
        ):
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
                    d.speaker_referent = quote.speaker_referent
            continue
        if inside and any(d not in covered for d in inside):
            continue
        for d in covered:
            kept_direct.remove(d)
        kept_indirect.append(quote)
    return sorted(kept_direct + kept_indirect, key=lambda q: q.start)


def _relayed_report(nested: QuoteCandidate, outer: QuoteCandidate, index: _DocIndex | None = None) -> bool:
    """Whether a report inside another is a second source's own ("Cristosal said relatives of the
    detainees told it the men were civilians"): its speaker is a noun phrase written inside the outer
    report as the subject of a speech verb addressed to the outer speaker ("told it", "told him"),
    so the outer speaker relays what someone else told them, or opening a rival account ("while a
    local elder said …"); both are claims."""
    speaker = nested.speaker_token
    if speaker is None or nested.cue is None or speaker.dep_ != "nsubj" or speaker.head.idx != nested.cue[0]:
        return False
    cue = load_cues().get(speaker.head.lemma_.lower())
    told_the_relayer = any(
        (child.dep_ in {"dobj", "dative"} and child.lower_ in {"it", "them", "him", "her", "us", "me"})
        # "…, while a local elder said at least five died": a rival account the parser hung inside.
        or (child.dep_ == "mark" and child.lower_ in {"while", "whereas"})
        # "Residents told Human Rights Watch that …, the group said": told the relayer by name.
        or (child.dep_ in {"dobj", "dative"} and _same_party(index, child, outer.speaker_token))
        for child in speaker.head.children
    )
    return (
        cue is not None
        and cue.frame == "speech"
        and told_the_relayer
        and speaker.pos_ in {"NOUN", "PROPN"}
        and outer.start <= speaker.idx < outer.end
        and outer.speaker_token is not None
        and speaker.i != outer.speaker_token.i
    )


def _personal_speaker(quote: QuoteCandidate, index: _DocIndex) -> bool:
    """Whether a quote's speaker is a person: a person party, or a description headed by a noun
    for a person ("a doctor", "A local official"; ``resources/quotes/person_nouns.txt``)."""
    token = quote.speaker_token
    if index.party_types.get(quote.speaker_key or "") == "person" or token is None:
        return True
    return token.lower_ in HUMAN_PRONOUNS or token.lemma_.lower() in _word_list("person_nouns.txt")


def _same_party(index: _DocIndex | None, token: Token, other: Token | None) -> bool:
    """Whether two tokens are mentions of one party."""
    if index is None or other is None:
        return False
    party = index.party_at(token.idx, token.idx + len(token))
    return party is not None and party == index.party_at(other.idx, other.idx + len(other))


def _resolve_speakers(quotes: list[QuoteCandidate], index: _DocIndex, *, float_sentences: int) -> None:
    """Speaker names and mentions of attributed quotes, then speakers of the unattributed ones.

    An unattributed direct quote continues the quote before it in its paragraph; else takes the
    person acting in its own paragraph ("“Yes.” Tommy nodded."), else the person of a narration
    paragraph right before it; else, right after another speaker's quote paragraph, it is the turn
    of the person addressed there ("…, Watson.") or of the other party of the exchange (turn-taking,
    as in fiction and interview transcripts); a lone speaker just continues (floating quotes).
    """
    last_named: QuoteCandidate | None = None
    last_body: QuoteCandidate | None = None
    description_names: dict[str, tuple[str, str | None]] = {}
    index.described_speakers.clear()
    for quote in quotes:
        if quote.speaker_token is not None:
            answered = _answered_speaker(quote, last_named, index)
            _identify(quote, quote.speaker_token, index, referent=quote.speaker_referent, answered=answered)
            earlier = last_named
            if (quote.speaker_token.lower_ == "it" and last_named is not None and last_body is not None
                    and _personal_speaker(last_named, index)):
                # "The health ministry said … A doctor said … It said": "it" is no person.
                earlier = last_body
            if earlier is not None and _continues(quote, earlier, index):
                _inherit(quote, earlier, mention=False)
            _keep_description_name(quote, description_names, index)
            _apply_alias(quote, index)
        if quote.speaker is not None:
            last_named = quote
            if not _personal_speaker(quote, index):
                last_body = quote
    turns: list[tuple[int, QuoteCandidate]] = []
    previous: QuoteCandidate | None = None
    narrator: str | None = None
    self_named: dict[str, str] = {}
    direct = [quote for quote in quotes if quote.direct]
    following_of = {id(quote): after for quote, after in zip(direct, direct[1:])}
    by_paragraph: dict[int, list[QuoteCandidate]] = {}
    for quote in direct:
        by_paragraph.setdefault(index.paragraph_of(quote.outer_start), []).append(quote)
    for quote in quotes:
        paragraph = index.paragraph_of(quote.outer_start)
        if quote.direct and quote.speaker_token is not None and turns and turns[-1][0] == paragraph - 1:
            _prefer_participant(quote, turns, index)
        elif quote.direct and turns and turns[-1][0] == paragraph and _same_tag(quote, turns[-1][1]):
            # "“We are not …,” said her mother, “since we are not to visit.”": one tag, one speaker.
            quote.speaker_key, quote.speaker = turns[-1][1].speaker_key, turns[-1][1].speaker
        if quote.direct and quote.speaker_key is None and not _unnamed_mention(quote):
            following = following_of.get(id(quote))
            # A tag's own pronoun ("she went on:") stays the mention when the context names its person.
            tagged = quote.speaker_mention if _pronoun_tag(quote) else None
            _attribute_floating(
                quote,
                paragraph,
                previous,
                following,
                turns,
                index,
                float_sentences=float_sentences,
                paragraph_quotes=by_paragraph,
            )
            if tagged is not None:
                quote.speaker_mention = tagged
        _apply_alias(quote, index)
        introduced = _self_named(quote, index) if quote.direct else None
        if introduced is not None and not _shares_name(quote.speaker_key or "", introduced):
            key = quote.speaker_key
            if key is not None and key != NARRATOR and not key[:1].isupper():
                self_named.setdefault(key, introduced)
            quote.speaker_key = quote.speaker = introduced
        if quote.direct and quote.speaker_key is not None:
            narrator = narrator or _narrator_name(quote, paragraph, turns, index)
            if turns and turns[-1][0] == paragraph:
                turns[-1] = (paragraph, quote)
            else:
                turns.append((paragraph, quote))
        if quote.speaker_key is not None or quote.speaker_mention is not None:
            previous = quote
    _name_described_speakers(direct, index)
    _name_addressed_descriptions(direct, index)
    for key, name in self_named.items():
        _rename_speaker(quotes, key, name, index)
    _name_descriptions(quotes, index)
    _name_partners_address(direct, index)
    _merge_address_names(direct, index)
    _merge_kin_names(direct, index)
    _merge_called_names(direct, index)
    _name_anonymous_officers(quotes, index)
    _name_anonymous_spokespeople(quotes, index)
    if narrator is None and any(quote.speaker_key == NARRATOR for quote in quotes):
        narrator = _addressed_narrator(quotes, index)
    for quote in quotes:
        if quote.speaker_key == NARRATOR and quote.speaker is None:
            quote.speaker = narrator


def _keep_description_name(
    quote: QuoteCandidate, names: dict[str, tuple[str, str | None]], index: _DocIndex
) -> None:
    """A description once resolved to a name keeps it: after "said his wife" named Mrs. Bennet, a
    "she" the parties component puts with "his wife" is Mrs. Bennet too (``names``: description
    party → speaker name and key, filled in text order)."""
    if quote.speaker_mention is None or quote.speaker is None:
        return
    if not quote.speaker[:1].isupper():
        if quote.speaker in names:
            quote.speaker, quote.speaker_key = names[quote.speaker]
        return
    words = index.text[quote.speaker_mention[0] : quote.speaker_mention[1]].split()
    if not words or not words[-1].islower() or words[-1] in PRONOUNS or words[-1] in NARRATOR_FORMS:
        return
    party = index.party_at(*quote.speaker_mention)
    description = party if party is not None and not party[:1].isupper() else words[-1]
    if description.islower() and description not in index.things and not _shares_name(quote.speaker, description):
        names.setdefault(description, (quote.speaker, quote.speaker_key))


def _name_described_speakers(
    direct: list[QuoteCandidate], index: _DocIndex, *, reach: int = 4, max_paragraphs: int = 8
) -> None:
    """A speaker first described and named only later ("continued the young man" … "said Tommy"):
    an unresolved gendered description takes the name of the next quote's speaker named by a
    proper noun of a fitting gender, close by; the quotes that continued the description follow."""
    for position, quote in enumerate(direct):
        token = quote.speaker_token
        if token is None or not quote.speaker or quote.speaker[:1].isupper() or token.pos_ != "NOUN":
            continue
        gender = load_gender_words().get(token.lower_)
        lefts = [child.lower_ for child in token.lefts if child.dep_ == "det"]
        if gender not in {"m", "f"} or lefts[:1] not in (["the"], ["a"]):
            continue
        paragraph = index.paragraph_of(quote.outer_start)
        key = quote.speaker_key
        for later in direct[position + 1 : position + 1 + reach]:
            if index.paragraph_of(later.outer_start) - paragraph > max_paragraphs:
                break
            named = later.speaker_token
            if named is None or named.pos_ != "PROPN" or not later.speaker or not later.speaker[:1].isupper():
                continue
            described = [same for same in direct[position : direct.index(later)] if same.speaker_key == key]
            # A tagged reply in the very next paragraph ("“…,” pleaded Lily") is another person's.
            next_paragraph = index.paragraph_of(described[-1].outer_start) + 1
            answers = later.cue is not None and index.paragraph_of(later.outer_start) == next_paragraph
            if gender_of(later.speaker) in {None, gender} and later.speaker_key not in (None, NARRATOR):
                for same in described if not answers else []:
                    same.speaker_key, same.speaker = later.speaker_key, later.speaker
            break


def _name_addressed_descriptions(direct: list[QuoteCandidate], index: _DocIndex) -> None:
    """A speaker given only by description ("said my sister-in-law", "said the old man") is the
    person the reply in the next paragraph addresses by name ("“…, my dear Rose,” I answered"); a
    definite description named so once and never otherwise ("said the storekeeper" … "It is so,
    Amos.") is that person throughout."""
    found: dict[str, set[str]] = {}
    for position, quote in enumerate(direct[:-1]):
        token = quote.speaker_token
        if token is None or token.pos_ != "NOUN" or quote.speaker_mention is None:
            continue
        if quote.speaker is None or quote.speaker[:1].isupper():
            continue
        paragraph = index.paragraph_of(quote.outer_start)
        reply = next(
            (later for later in direct[position + 1 :] if later.speaker_key != quote.speaker_key), None
        )
        if reply is None or index.paragraph_of(reply.outer_start) != paragraph + 1:
            continue
        own = reply.speaker_key or ""
        names = [name for name in _vocatives(reply, index) if not _same_speaker(name, own)]
        if len(set(names)) != 1:
            continue
        key = quote.speaker_key
        if _description_word(quote) is not None and index.is_dialogue():
            found.setdefault(key, set()).add(names[0])
        for same in direct[position : direct.index(reply)]:
            if same.speaker_key == key:
                same.speaker_key = same.speaker = names[0]
    for key, names_found in found.items():
        if len(names_found) == 1:
            _rename_speaker(direct, key, names_found.pop(), index)


def _name_partners_address(direct: list[QuoteCandidate], index: _DocIndex) -> None:
    """A speaker known only by description ("said my mother") is the one name the other speakers
    call them by in the turns right before and after theirs ("“Well, Ann,” said he." / "“Well,
    Josiah,” said my mother." makes the mother Ann), when no other name is used so."""
    if not index.is_dialogue():
        return
    positions: dict[str, list[int]] = {}
    owned: set[str] = set()
    for position, quote in enumerate(direct):
        key = quote.speaker_key
        if key and key != NARRATOR and not key[:1].isupper():
            positions.setdefault(key, []).append(position)
            token = quote.speaker_token
            if token is not None and any(child.lower_ in {"his", "her", "their"} for child in token.lefts):
                # "said her mother" after "…, Lizzy.": the name addressed is the possessor's.
                owned.add(key)
    for key, places in positions.items():
        if key in owned:
            continue
        votes: Counter[str] = Counter()
        for position in places:
            paragraph = index.paragraph_of(direct[position].outer_start)
            for other in direct[max(0, position - 3) : position + 4]:
                other_key = other.speaker_key
                distance = index.paragraph_of(other.outer_start) - paragraph
                # The first turn may follow its addresser across one line of narration ("My uncle
                # turned round at this.").
                first_turn = position == places[0] and not index.paragraph_quotes.get(paragraph - 1)
                across = first_turn and distance == -2
                if other_key == key or (abs(distance) != 1 and not across):
                    continue
                called = _vocatives(other, index)
                # "Cyril, I have been … How much, Nibbs?": a turn hands the word to the person it
                # calls last, and a reply calls first the person it answers.
                for name in called[-1:] if distance < 0 else called[:1]:
                    gender = _key_gender(key)
                    fits = gender is None or index.person_gender(name) in {None, gender}
                    if fits and not _same_speaker(name, other_key or ""):
                        votes[name] += 1
        if len(votes) == 1:
            _rename_speaker(direct, key, next(iter(votes)), index)


def _merge_address_names(direct: list[QuoteCandidate], index: _DocIndex) -> None:
    """A name heard only in speech ("Fifteen stone eleven, Maria.") that turn-taking made a speaker is
    the person who spoke just before the turn that used it, when the three turns run in consecutive
    paragraphs: Mr. Pottle answers his wife and calls her Maria, so "Maria" is Mrs. Pottle, not a
    third person. Left alone when the narration writes that name or a form of it, or a tag gives it."""
    if not index.is_dialogue():
        return
    tagged = {quote.speaker_key for quote in direct if quote.speaker_token is not None}
    written = {name for _, _, name, _ in index.names}
    written |= {index.text[start:end] for start, end, _, _ in index.names}
    nicknames = load_nicknames()
    for key in dict.fromkeys(quote.speaker_key for quote in direct):
        if not key or key == NARRATOR or not key[:1].isupper() or key in tagged:
            continue
        given = _given_words(key)
        blocking = [
            name for name in written
            if (_shares_name(key, name) or _variant_names(given, _given_words(name), nicknames))
            and not _other_title(key, name) and name[:1].isupper()
            # A bare family name ("Carthew") is everyone's in the family: it tells no one apart.
            and not (len(key.split()) > 1 and _given_words(key) == [name.lower()])
        ]
        votes: Counter[str] = Counter()
        for position, quote in enumerate(direct):
            if quote.speaker_key != key:
                continue
            paragraph = index.paragraph_of(quote.outer_start)
            before = [other for other in reversed(direct[:position]) if other.speaker_key != key]
            if not before or index.paragraph_of(before[0].outer_start) != paragraph - 1:
                continue
            earlier = next((other for other in before if other.speaker_key != before[0].speaker_key), None)
            if earlier is not None and index.paragraph_of(earlier.outer_start) == paragraph - 2:
                votes[earlier.speaker_key or ""] += 1
        partner = next(iter(votes)) if len(votes) == 1 else ""
        fits = index.person_gender(partner) in {None, index.person_gender(key)}
        # "My dear Miss Carthew" answering Agnes, whom the narration calls "Agnes Carthew": the
        # written name that shares the called one is the partner's own, so it blocks nothing.
        if any(not _shares_name(partner, name) for name in blocking):
            continue
        if partner and partner != NARRATOR and fits:
            _rename_speaker(direct, key, partner, index)


def _merge_kin_names(direct: list[QuoteCandidate], index: _DocIndex) -> None:
    """A speaker known only by a kinship title and a given name heard in speech ("Aunt Gertrude,
    must we really eat the peacock?") is the one named speaker the tags call by that kinship word
    ("“It _is_ serious,” said his aunt" made Mrs. Wakeling): the same aunt, not a new person."""
    if not index.is_dialogue():
        return
    kin = _word_list("kin_titles.txt")
    narration = index.narration_names()
    for key in dict.fromkeys(quote.speaker_key for quote in direct):
        words = (key or "").split()
        if len(words) != 2 or words[0].lower() not in kin or words[1] in narration:
            continue
        named = {
            quote.speaker_key
            for quote in direct
            if quote.speaker_token is not None and quote.speaker_token.lower_ == words[0].lower()
            and quote.speaker_key and quote.speaker_key != key and quote.speaker_key[:1].isupper()
            and gender_of(quote.speaker_key) in {None, gender_of(key)}
        }
        if len(named) == 1:
            _rename_speaker(direct, key, named.pop(), index)


def _merge_called_names(direct: list[QuoteCandidate], index: _DocIndex) -> None:
    """A speaker known by a name the narration says another speaker is called ("Mrs. Pountney, who
    was never called Susan except in moments of great emotion") or known as ("Miss Prudence Cowley,
    known … as “Tuppence.”") is that person: both take the fuller form ("Susan Pountney", "Tuppence
    Cowley"), so that turn-taking counts one person."""
    if not index.is_dialogue():
        return
    keys = {quote.speaker_key for quote in direct if quote.speaker_key}
    for token in _first_tokens(CALLED, index):
        if token.lemma_ != "call" or token.tag_ != "VBN" or index.quoted[token.i]:
            continue
        names = [child for child in token.children if child.dep_ in {"oprd", "attr"}]
        called = next((child for child in names if child.pos_ == "PROPN"), None)
        subject = next((child for child in token.children if child.dep_ == "nsubjpass"), None)
        if called is None or subject is None:
            continue
        if subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
            subject = token.head
        if subject.pos_ != "PROPN":
            continue
        person, name = _party_or_text(subject, index), called.text
        if name not in keys or person == name or gender_of(person) not in {None, gender_of(name)}:
            continue
        words = person.split()
        titled = len(words) == 2 and words[0].lower().rstrip(".") in load_titles()
        _join_speaker_names(direct, name, person, f"{name} {words[-1]}" if titled else person, keys, index)
    for token in _first_tokens(KNOWN, index):
        if token.lemma_ != "know" or token.tag_ != "VBN" or token.dep_ != "acl" or index.quoted[token.i]:
            continue
        # "Miss Prudence Cowley, known to her intimate friends … as “Tuppence.”": the nickname may be quoted.
        called = next(
            (child for a in token.subtree if a.lower_ == "as" and a.dep_ == "prep" and a.i > token.i
             for child in a.children if child.dep_ == "pobj" and child.pos_ == "PROPN"),
            None,
        )
        subject = token.head
        before = index.doc[token.i - 2 : token.i]
        if subject.pos_ != "PROPN" and len(before) == 2 and before[1].text == "," and before[0].pos_ == "PROPN":
            # "the astute ears of Miss Prudence Cowley, known …": the parser hung it on "ears".
            subject = before[0]
        if called is None or subject.pos_ != "PROPN":
            continue
        person, name = _party_or_text(subject, index), called.text
        if name not in keys or person == name or None not in {gender_of(person), gender_of(name)} and (
            gender_of(person) != gender_of(name)
        ):
            continue
        # Both forms in one name, so that either form the story uses finds the person.
        _join_speaker_names(direct, name, person, f"{name} {person.split()[-1]}", keys, index)


def _first_tokens(pattern: re.Pattern[str], index: _DocIndex) -> Iterator[Token]:
    """The first token of each match of ``pattern`` in the text (a word the parse then vets)."""
    for found in pattern.finditer(index.text):
        first, last = index.token_range(found.start(), found.end())
        if first < last:
            yield index.doc[first]


def _party_or_text(token: Token, index: _DocIndex) -> str:
    """The party the mention around a name token names, else the mention's own words."""
    start, end = _mention_bounds(token)
    return index.party_at(start, end) or index.text[start:end]


def _join_speaker_names(
    direct: list[QuoteCandidate], name: str, person: str, fuller: str, keys: set[str], index: _DocIndex
) -> None:
    """Give the speakers called ``name`` (and ``person``, when someone speaks under it) one fuller name."""
    _rename_speaker(direct, name, fuller, index)
    if person in keys:
        _rename_speaker(direct, person, fuller, index)


def _other_title(first: str, second: str) -> bool:
    """Whether two names bear different titles ("Miss Carthew", "Lady Carthew"): two people."""
    titles = load_titles()
    a, b = (name.split()[0].lower().rstrip(".") if name.split() else "" for name in (first, second))
    return a in titles and b in titles and a != b


def _variant_names(first: list[str], second: list[str], nicknames: dict[str, frozenset[str]]) -> bool:
    """Whether two one-word given names are forms of one name (a pet form, or a diminutive ending)."""
    if len(first) != 1 or len(second) != 1:
        return False
    a, b = first[0], second[0]
    return a in nicknames.get(b, ()) or b in nicknames.get(a, ()) or _diminutive(a, b)


def _key_gender(key: str) -> str | None:
    gender = load_gender_words().get(key.split()[-1]) if key.split() else None
    return gender if gender in {"m", "f"} else None


def _description_word(quote: QuoteCandidate) -> str | None:
    """The noun of a speaker left as a definite description ("said the mate", "the Professor"), or None."""
    token = quote.speaker_token
    if token is None or quote.speaker is None or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    lefts = [child.lower_ for child in token.lefts if child.dep_ == "det"]
    if lefts[:1] != ["the"]:
        return None
    return token.lower_ if quote.speaker.lower().removeprefix("the ") == token.lower_ else None


def _rename_speaker(quotes: list[QuoteCandidate], key: str, name: str, index: _DocIndex) -> None:
    """Give the quotes of speaker ``key`` the name ``name``, and note it: turn-taking is then
    worked out again with the two as one person (see :func:`extract_quotes`)."""
    for quote in quotes:
        if quote.speaker_key == key:
            quote.speaker_key = quote.speaker = name
    if key != name:
        index.renamed[key] = name


def _apply_alias(quote: QuoteCandidate, index: _DocIndex) -> None:
    name = index.aliases.get(quote.speaker_key or "")
    if name is not None:
        quote.speaker_key = quote.speaker = name


def _name_descriptions(quotes: list[QuoteCandidate], index: _DocIndex) -> None:
    """A speaker left as a description ("said the mate", "said the headman") is the one named person
    the narration ties to that noun anywhere in the text: by apposition ("Mr. Harkness, the mate,";
    "old Mbeki, the headman") or by the title of that role ("the captain" … "Captain Sloane"). All
    the description's quotes take that name."""
    if not index.is_dialogue():
        return
    described = {}
    for quote in quotes:
        word = _description_word(quote)
        if word is not None and quote.speaker_key not in described:
            described[quote.speaker_key] = word
    if not described:
        return
    appositions = index.appositions()
    for key, word in described.items():
        gender = load_gender_words().get(word)
        found = {
            name
            for name in appositions.get(word, set()) | index.titled_names().get(word, set())
            if gender not in {"m", "f"} or index.person_gender(name) in {None, gender}
        }
        if not found:
            found = _answering_to(word, [quote for quote in quotes if quote.direct], index)
        if len(found) == 1:
            _rename_speaker(quotes, key, found.pop(), index)


def _answering_to(word: str, direct: list[QuoteCandidate], index: _DocIndex) -> set[str]:
    """The named speakers who answer, in the next paragraph, a turn that calls its hearer by the
    description's noun ("“Ye’re early abroad, minister,” said she." / "“None of those,” Mr. Lindsay
    replied."): a role word used as a form of address is the name of the person who answers to it."""
    doc = index.doc
    found: set[str] = set()
    for position, quote in enumerate(direct[:-1]):
        first, last = index.token_range(quote.start, quote.end)
        called = any(
            doc[i].lower_ == word
            and (i == first or doc[i - 1].text in VOCATIVE_BEFORE)
            and (i + 1 == last or doc[i + 1].text in VOCATIVE_AFTER)
            for i in range(first, last)
        )
        if not called:
            continue
        paragraph = index.paragraph_of(quote.outer_start)
        later_turns = (later for later in direct[position + 1 :] if later.speaker_key != quote.speaker_key)
        reply = next(later_turns, None)
        if reply is None or index.paragraph_of(reply.outer_start) != paragraph + 1:
            continue
        key = reply.speaker_key
        if key and key != NARRATOR and key[:1].isupper():
            found.add(key)
    return found


SELF_QUESTION = re.compile(r"(?i)(?:(?:for|to|with|of|about|and|what|who)[,]?\s+)?(?:me|I|myself)\s*[?!]+")
SELF_NAMING = re.compile(
    r"(?:\b(?:I am|I'm|I’m|[Mm]y name is|[Mm]y name's|[Mm]y name’s)"
    r"|^(?:Only|It is only|It's only|It’s only)(?: old| young| little| poor)?)"
    r" ((?:[A-Z][\w'’.-]*\s?){1,3})"
)


def _self_named(quote: QuoteCandidate, index: _DocIndex) -> str | None:
    """The name a speaker gives themself ("I am Ambrose Fell.", "My name is Eleanor Thorne.", "Only
    old Crane."), when the text knows it as a person's: that quote is theirs, and a speaker only
    described so far ("said the lady") is that person."""
    if not index.is_dialogue():
        return None
    match = SELF_NAMING.search(index.text[quote.start : quote.end])
    if match is None:
        return None
    first, last = index.token_range(quote.start + match.start(1), quote.start + match.end(1))
    stop = next((i for i in range(first, last) if index.doc[i].pos_ != "PROPN"), last)
    span = index.doc[first:stop]
    if not len(span) or not _known_person(span, index):
        return None
    return index.party_at(span.start_char, span.end_char) or span.text


def _name_anonymous_officers(quotes: list[QuoteCandidate], index: _DocIndex, *, reach: int = 3) -> None:
    """A source first given by role ("a military officer said") and named in the next paragraph or
    so by a title of that role ("according to Major Abdiweli Hassan Nur") is that person, as news
    reports introduce a source before naming it."""
    roles = load_role_titles()
    for position, quote in enumerate(quotes):
        token = quote.speaker_token
        if token is None or token.pos_ != "NOUN" or token.lower_ not in roles:
            continue
        if [child.lower_ for child in token.lefts if child.dep_ == "det"][:1] not in (["a"], ["an"]):
            continue
        paragraph = index.paragraph_of(quote.outer_start)
        for later in quotes[position + 1 : position + 1 + reach]:
            if index.paragraph_of(later.outer_start) - paragraph > 1:
                break
            if later.speaker_mention is None or not later.speaker or later.speaker_key == quote.speaker_key:
                continue
            words = _WORD.findall(index.text[later.speaker_mention[0] : later.speaker_mention[1]].lower())
            if words and set(words[:-1]) & roles[token.lower_] and later.speaker[:1].isupper():
                key = quote.speaker_key
                for same in quotes[position : position + 1 + reach]:
                    if same.speaker_key == key:
                        same.speaker_key, same.speaker = later.speaker_key, later.speaker
                break


def _group_words(token: Token) -> set[str]:
    """Lowercase words of the modifiers that say whose a speaker noun is ("herders'" of "a herders'
    representative"), a final plural "s" dropped."""
    return {
        word.lower_.removesuffix("s")
        for child in token.lefts
        if child.dep_ in {"poss", "compound", "amod", "nmod"}
        for word in child.subtree
        if word.is_alpha and word.i < token.i and word.dep_ != "det"
    }


def _same_group(first: set[str], second: set[str], index: _DocIndex) -> bool:
    """Whether two speakers' modifier words name one group: the same words, or words of one party's
    name ("herders" and "Misseriya" of "Armed Misseriya herders")."""
    if not first or not second:
        return False
    if first & second:
        return True
    for name in index.party_types:
        words = {word.lower().removesuffix("s") for word in _WORD.findall(name)}
        if words & first and words & second:
            return True
    return False


def _name_anonymous_spokespeople(quotes: list[QuoteCandidate], index: _DocIndex, *, reach: int = 4) -> None:
    """A group's spokesperson first given unnamed ("a herders' representative said") and named a
    paragraph or two later as that group's ("A Misseriya spokesman, Hamid al-Nour, said") is that
    person: a news report introduces each side's source once."""
    nouns = _word_list("spokesperson_nouns.txt")

    def indefinite_spokesperson(token: Token | None) -> bool:
        if token is None or token.pos_ != "NOUN" or token.lower_ not in nouns:
            return False
        # "a herders' representative": the article may hang on the possessor.
        owners = [token] + [child for child in token.lefts if child.dep_ == "poss"]
        articles = [child.lower_ for owner in owners for child in owner.lefts if child.dep_ == "det"]
        return articles[:1] in (["a"], ["an"])

    for position, quote in enumerate(quotes):
        token = quote.speaker_token
        if not indefinite_spokesperson(token) or not quote.speaker or quote.speaker[:1].isupper():
            continue
        paragraph = index.paragraph_of(quote.outer_start)
        for later in quotes[position + 1 : position + 1 + reach]:
            if index.paragraph_of(later.outer_start) - paragraph > 2:
                break
            named = later.speaker_token
            if not indefinite_spokesperson(named) or not later.speaker or not later.speaker[:1].isupper():
                continue
            if _same_group(_group_words(token), _group_words(named), index):
                key = quote.speaker_key
                for same in quotes[position : position + 1 + reach]:
                    if same.speaker_key == key:
                        same.speaker_key, same.speaker = later.speaker_key, later.speaker
            break


def _pronoun_tag(quote: QuoteCandidate) -> bool:
    """Whether a quote's speaker mention is a he/she/I the tag itself gives ("she went on:")."""
    token = quote.speaker_token
    pronoun = token is not None and (token.lower_ in {"he", "she"} or token.lower_ in NARRATOR_FORMS)
    return quote.speaker_mention is not None and pronoun


def _unnamed_mention(quote: QuoteCandidate) -> bool:
    """A speaker the text leaves unnamed on purpose ("said one", "said another"): nothing to resolve."""
    token = quote.speaker_token
    return token is not None and quote.speaker_mention is not None and token.lower_ in {"one", "another"}


def _prefer_participant(
    quote: QuoteCandidate, turns: list[tuple[int, QuoteCandidate]], index: _DocIndex
) -> None:
    """A he/she speaker in the middle of a dialogue is one of its two parties: the one of that
    gender, else the one whose turn it is (not the speaker of the paragraph before); a pronoun
    that continues a role description just before ("The doctor …. “…,” he asked") keeps it."""
    token = quote.speaker_token
    if token is not None and _unresolved_description(quote, token):
        _described_participant(quote, token, turns, index)
        return
    gender = PRONOUN_GENDER.get(token.lower_) if token is not None else None
    if gender is None or token.lower_ not in {"he", "she"} or quote.resolved_by_description:
        return
    last = turns[-1][1]
    following = _next_speakers(last, turns, index, scene=False)
    parties = [(key, name) for key, name in following if key != NARRATOR]
    parties = list(dict.fromkeys(parties))[:2]
    # "she" is one person, never the "two little old ladies" who spoke before.
    plural = {turn.speaker_key for _, turn in turns[-12:] if _plural_speaker(turn)}
    fitting = [
        (key, name)
        for key, name in parties
        if index.person_gender(key) in {None, gender} and key not in plural
    ]
    known = [(key, name) for key, name in fitting if index.person_gender(key) == gender]
    choice = known[0] if len(known) == 1 else (fitting[0] if len(fitting) == 2 or len(fitting) == 1 else None)
    if choice is not None and len(parties) == 2 and not _entered_since(quote, choice[0], turns, index):
        quote.speaker_key, quote.speaker = choice


def _entered_since(
    quote: QuoteCandidate, party: str, turns: list[tuple[int, QuoteCandidate]], index: _DocIndex
) -> bool:
    """Whether the person the tag's pronoun resolved to is a third person the narration brought on
    after ``party`` last spoke ("Adela … struck her hand against the balustrade." / "“Who is there?”
    cried Lorimer." / "“It is only I,” she answered."): she, not the earlier party, answers."""
    resolved = quote.speaker_key
    if not resolved or resolved == NARRATOR or not resolved[:1].isupper() or _same_speaker(resolved, party):
        return False
    if any(_same_speaker(resolved, turn.speaker_key or "") for _, turn in turns[-12:]):
        return False
    since = next((turn.outer_end for _, turn in reversed(turns) if turn.speaker_key == party), None)
    if since is None:
        return False
    first = bisect_left(index.name_starts, since)
    return any(
        _same_speaker(name, resolved)
        for start, _, name, _ in index.names[first:]
        if start < quote.outer_start
    )


def _possessed(token: Token) -> bool:
    """Whether a description belongs to someone the text just named ("her mother", "his uncle")."""
    return any(child.dep_ == "poss" and child.lower_ in {"his", "her", "their"} for child in token.lefts)


def _same_tag(quote: QuoteCandidate, earlier: QuoteCandidate) -> bool:
    """Whether two quotes of a paragraph hang on one tag naming someone's relative ("“…,” said her
    mother, “…”"): the halves of one interrupted quote, one speaker."""
    token, other = quote.speaker_token, earlier.speaker_token
    return (
        token is not None and other is not None and token.i == other.i and token.pos_ == "NOUN"
        and _possessed(token) and bool(earlier.speaker_key) and quote.speaker_key != earlier.speaker_key
    )


def _unresolved_description(quote: QuoteCandidate, token: Token) -> bool:
    """A definite description that named nobody ("said the son", "said my brother")."""
    lefts = [child.lower_ for child in token.lefts if child.dep_ in {"det", "poss"}]
    return (
        (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.islower()))
        and (token.lower_ in load_gender_words() or token.lower_ in load_role_titles())
        and bool(lefts)
        and lefts[0] in {"the", "my", "his", "her"}
        and (quote.speaker is None or not quote.speaker[:1].isupper())
    )


def _described_participant(
    quote: QuoteCandidate, token: Token, turns: list[tuple[int, QuoteCandidate]], index: _DocIndex
) -> None:
    """In a dialogue, "the son" who answers is the person just addressed or the other party, of a
    fitting gender."""
    gender = load_gender_words().get(token.lower_)
    last_key = turns[-1][1].speaker_key
    # "“…, Lizzy.” ¶ “…,” said her mother": the person just called is the "her", never the mother.
    called = _turn_vocatives(turns[-1][1], index) if _possessed(token) else []
    for key, name in _next_speakers(turns[-1][1], turns, index):
        if key == NARRATOR or key == last_key or any(_same_speaker(key, other) for other in called):
            continue
        if gender in {"m", "f"} and index.person_gender(key) not in {None, gender}:
            continue
        quote.speaker_key, quote.speaker = key, name
        return


def _answered_speaker(quote: QuoteCandidate, earlier: QuoteCandidate | None, index: _DocIndex) -> str | None:
    """The speaker of the direct quote in the paragraph right before ``quote``'s: a new paragraph of
    dialogue with its own tag is another person's turn."""
    if earlier is None or not (quote.direct and earlier.direct):
        return None
    if index.paragraph_of(quote.outer_start) - index.paragraph_of(earlier.outer_start) != 1:
        return None
    return earlier.speaker_key


def _identify(
    quote: QuoteCandidate,
    token: Token,
    index: _DocIndex,
    *,
    referent: Token | None = None,
    answered: str | None = None,
) -> None:
    """Set the speaker mention (the token's phrase), name and identity key of ``quote``; a description
    ("answered the boy") never names ``answered``, the speaker of the turn it answers."""
    start, end = _mention_bounds(token)
    quote.speaker_token = token
    quote.speaker_mention = (start, end)
    named = referent or token
    lower = named.lower_
    if lower in NARRATOR_FORMS:
        quote.speaker_key, quote.speaker = NARRATOR, None
        return
    if lower == "it" and index.party_at(named.idx, named.idx + len(named)) is None:
        body = _body_subject_before(named, index)
        if body is not None:
            # "The KGB … gave a different account. In a post …, it said": the body just made subject.
            quote.speaker_key = quote.speaker = body
            return
    if lower in PRONOUN_GENDER:
        gender = PRONOUN_GENDER[lower]
        party = index.party_at(named.idx, named.idx + len(named))
        if party is not None and _linked_description(named, party, gender, index) is not None:
            quote.speaker_key = quote.speaker = party
            return
        if party is not None and (
            not party[:1].isupper() or index.person_gender(party) not in {None, gender} or party in index.things
        ):
            # A person most of the chain calls "he" is not the "she" it also took in ("The doctor glanced
            # at the nurse. … “…,” she said").
            party = None
        chained = _subject_chain(named, gender, index)
        if chained is not None and quote.direct:
            addressed = _tag_addressed(quote, index)
            if any(_shares_name(name, chained[0]) for name in addressed):
                chained = None
        acted_on = _clause_objects(named, index)
        if chained is not None and any(_shares_name(name, chained[0]) for name in acted_on):
            # "…annoyed the doctor. He beckoned Kronborg in and said": he is not the man he beckons,
            # but the other person the sentence before names.
            sentence = bisect_right(index.sent_starts, named.i) - 1
            before = index.sents[sentence - 1] if sentence else None
            other = _object_of_gender(before, gender, index, either=True) if before is not None else None
            if other is not None and any(_shares_name(name, other) for name in acted_on):
                other = None
            chained = None if other is None else (other, True)
        if chained is not None:
            quote.speaker_key = quote.speaker = chained[0]
            # A chain ending on "the doctor" keeps it against turn-taking, as a described antecedent does.
            quote.resolved_by_description = chained[1]
            return
        described = _described_antecedent(named, gender, index)
        if described is not None:
            quote.speaker_key = quote.speaker = described
            quote.resolved_by_description = True
            return
        found = index.antecedent(named, gender, subject_only=party is not None)
        if found is not None and acted_on and any(_shares_name(name, found[2]) for name in acted_on):
            found = index.antecedent(named, gender, exclude=acted_on[0])
            party = None
        surface = index.last_named(party, named.idx) if party is not None else None
        if found is not None:
            party = index.party_at(found[0], found[1]) or found[2]
            surface = index.titled_text(found[0], found[1])
        addressed = _tag_addressed(quote, index) if quote.direct and surface is not None else []
        if surface is not None and any(_same_speaker(name, surface) for name in addressed):
            found = index.antecedent(named, gender, exclude=party)
            party = (index.party_at(found[0], found[1]) or found[2]) if found is not None else None
        if party is not None:
            quote.speaker_key = quote.speaker = party
            return
    family = _family_member(named, index, quote)
    if family is not None:
        # Keyed by the relation: the bare family name ("Bennet") may key the other spouse.
        quote.speaker_key, quote.speaker = f"{family.split()[-1]}'s {named.lower_}", family
        return
    introduced = (
        _introduced_name(named, index) or _sentence_antecedent(named, index) or _group_speaker(named, index)
    )
    if introduced is not None:
        quote.speaker_key = quote.speaker = introduced
        return
    described_party = index.party_at(named.idx, named.idx + len(named))
    word_gender = load_gender_words().get(named.lower_) if named.pos_ == "NOUN" else None
    # "the lad" is not the Annie a coreference chain may have put it with.
    clash = word_gender in {"m", "f"} and gender_of(described_party or "") not in {None, word_gender}
    # "the old man" chained to "the men from Tula": a description stands for no other description.
    clash = clash or bool(
        word_gender in {"m", "f"} and described_party and not described_party[:1].isupper()
        and described_party.split()[-1].lower() != named.lower_ and index.is_dialogue()
    )
    if clash:
        described_party = None
    if described_party is None or not described_party[:1].isupper():
        relative = _narrators_relative(named, index)
        if relative is not None:
            quote.speaker_key = quote.speaker = relative
            return
        titled = _titled_name(named, index) or _apposed_name(named, index) or _predicated_name(named, index)
        if titled is None and described_party is not None and index.is_dialogue():
            titled = _predicated_party(described_party, index)
        if titled is not None:
            quote.speaker_key = quote.speaker = titled
            return
        only_described = described_party is None or described_party.lower() == named.lower_
        noun_gender = _described_person(named) if only_described else None
        found = None
        described_before = _described_speaker_before(named, index) or _description_called(named, index)
        if described_before is not None:
            quote.speaker_key = quote.speaker = described_before
            return
        if noun_gender is not None:
            gender = noun_gender if noun_gender in {"m", "f"} else None
            found = index.antecedent(named, gender, exclude=_possessor(named, index) or answered)
            if found is not None and _apposed_otherwise(found, named.lower_, index):
                # "Mrs. Pim the cook" is never "the mistress": a name the narration gave another role.
                other_role = index.party_at(found[0], found[1]) or found[2]
                found = index.antecedent(named, gender, exclude=other_role)
            addressed = _vocatives(quote, index, surface=True) if quote.direct and found is not None else []
            if found is not None and any(_shares_name(name, found[2]) for name in addressed):
                found = None
        found_party = index.party_at(found[0], found[1]) if found is not None else None
        if found is not None and index.party_types.get(found_party or "") not in COLLECTIVE_TYPES:
            quote.speaker_key = quote.speaker = found_party or found[2]
            return
    if referent is not None:
        start, end = _mention_bounds(referent)
    if clash:
        quote.speaker = quote.speaker_key = named.lower_
        return
    quote.speaker = _appositive_party(named, index) or _speaker_name(index, named, start, end)
    quote.speaker_key = quote.speaker
    if quote.speaker and named.pos_ == "NOUN" and load_gender_words().get(named.lower_) in {"m", "f"}:
        index.described_speakers.append((named.idx, named.lower_, quote.speaker))


def _description_called(noun: Token, index: _DocIndex) -> str | None:
    """The one name the quotes call the person the narration turns or speaks to by this description
    in their own paragraph ("Sir John turned to the girl. “Well, Patty?”": the girl is Patty)."""
    gender = _described_person(noun)
    if gender not in {"m", "f"} or not index.is_dialogue():
        return None
    if noun.lower_ not in index.called_descriptions:
        found: set[str] = set()
        for token in index.doc:
            if token.lower_ != noun.lower_ or token.dep_ != "pobj" or token.head.lower_ != "to":
                continue
            if index.quoted[token.i] or not any(left.lower_ == "the" for left in token.lefts):
                continue
            paragraph = index.paragraph_of(token.idx)
            after = [quote for quote in index.paragraph_quotes.get(paragraph, []) if quote.outer_start > token.idx]
            names = _vocatives(after[0], index) if after else []
            if len(names) == 1 and index.person_gender(names[0]) in {None, gender}:
                found.add(names[0])
        index.called_descriptions[noun.lower_] = found.pop() if len(found) == 1 else None
    return index.called_descriptions[noun.lower_]


def _apposed_otherwise(found: tuple[int, int, str], noun: str, index: _DocIndex) -> bool:
    """Whether the narration set the person ``found`` beside role nouns, none of them ``noun``
    ("Mrs. Pim the cook" for "the mistress"); fiction only, and never for a noun of sex or age
    ("the old man" may well be the chairman)."""
    if not index.is_dialogue() or noun in _word_list("generic_person_nouns.txt"):
        return False
    name = index.party_at(found[0], found[1]) or found[2]
    roles = {word for word, names in index.appositions().items() if name in names}
    return bool(roles) and noun not in roles


def _tag_addressed(quote: QuoteCandidate, index: _DocIndex) -> list[str]:
    """The people a tagged quote names, and those its untagged sequel in the paragraph calls ("“I
    didn't kill Hank Dobbs,” he said. “I was in the Flint Hills that night, Amos.”"): "he" is none of them."""
    names = _vocatives(quote, index, surface=True, anywhere=True)
    if not index.is_dialogue():
        return names
    sequel = next(
        (
            later
            for later in index.paragraph_quotes.get(index.paragraph_of(quote.outer_start), [])
            if later.start > quote.start
        ),
        None,
    )
    if sequel is not None and sequel.speaker_token is None:
        names += _vocatives(sequel, index, surface=True)
    return names


def _predicated_name(noun: Token, index: _DocIndex, *, reach: int = 800) -> str | None:
    """The named person the narration described before with the same words ("Mr. Lionel Ashe was a
    nephew of the dead man: a pale, untidy young man" … "said the young man"): the subject of "was"
    whose predicate, or the name whose apposition, is that noun with every adjective the description
    has (an apposition the parser hung on a noun of the predicate counts). Fiction only; None when no
    one or two people fit."""
    lefts = [child for child in noun.lefts if child.dep_ in {"det", "amod"}]
    if noun.pos_ != "NOUN" or not lefts or lefts[0].lower_ != "the" or not index.is_dialogue():
        return None
    adjectives = {child.lower_ for child in lefts if child.dep_ == "amod"}
    if not adjectives:
        return None
    found: set[str] = set()
    for token in index.doc[max(0, noun.i - reach) : noun.i]:
        if token.lower_ != noun.lower_ or token.pos_ != "NOUN" or index.quoted[token.i]:
            continue
        if not adjectives <= {child.lower_ for child in token.lefts if child.dep_ == "amod"}:
            continue
        head = token
        while head.dep_ == "appos" and head.head.pos_ == "NOUN":
            head = head.head
            if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
                head = head.head.head
        if head.dep_ == "appos" and head.head.pos_ == "PROPN":
            person = head.head
        elif head.dep_ == "attr" and head.head.lemma_ == "be":
            person = next((child for child in head.head.children if child.dep_ == "nsubj"), None)
        else:
            continue
        if person is not None and person.pos_ == "PROPN" and not index.quoted[person.i]:
            found.add(_party_or_text(person, index))
    return found.pop() if len(found) == 1 else None


def _predicated_party(party: str, index: _DocIndex) -> str | None:
    """The named person a description party was said to be ("Josiah Crane had been the hardest man
    in Bradwell": the chain the parties called "hardest man" is Josiah Crane); None unless one."""
    found: set[str] = set()
    for start, end, name in index.mentions:
        if name != party:
            continue
        first, last = index.token_range(start, end)
        if first >= last:
            continue
        root = index.doc[first:last].root
        if root.dep_ != "attr" or root.head.lemma_ != "be" or index.quoted[root.i]:
            continue
        person = next((child for child in root.head.children if child.dep_ == "nsubj"), None)
        if person is not None and person.pos_ == "PROPN" and not index.quoted[person.i]:
            subject_start, subject_end = _mention_bounds(person)
            found.add(index.party_at(subject_start, subject_end) or index.text[subject_start:subject_end])
    return found.pop() if len(found) == 1 else None


def _described_speaker_before(noun: Token, index: _DocIndex) -> str | None:
    """The speaker of an earlier quote in the same paragraph whose tag was an unnamed person of the
    same gender as a definite one ("The mother of one detainee said …" then "said the woman"; "A woman
    whose son was shot said …" then "said the mother of three"): a news report calls an unnamed
    speaker by another noun the second time. None when the speaker before is no such description."""
    words = load_gender_words()
    gender = words.get(noun.lower_)
    determiners = [child.lower_ for child in noun.lefts if child.dep_ == "det"]
    if noun.pos_ != "NOUN" or gender not in {"m", "f"} or determiners[:1] != ["the"]:
        return None
    paragraph = index.paragraph_of(noun.idx)
    for char, word, speaker in reversed(index.described_speakers):
        if char < noun.idx and index.paragraph_of(char) == paragraph and word != noun.lower_:
            return speaker if words.get(word) == gender else None
    return None


def _clause_objects(subject: Token, index: _DocIndex) -> list[str]:
    """The persons named as objects of a subject's verb and the verbs joined to it ("He beckoned
    Kronborg into the room and said": Kronborg), whom a he/she subject cannot be."""
    verb = subject.head
    verbs = [verb, *(child for child in verb.children if child.dep_ == "conj" and child.pos_ == "VERB")]
    found = []
    for head in verbs:
        for child in head.children:
            objects = [child] if child.dep_ in {"dobj", "dative"} else []
            if child.dep_ == "prep":
                objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
            for obj in objects:
                if obj.pos_ == "PROPN" and not index.quoted[obj.i]:
                    found.append(_party_or_text(obj, index))
    return found


def _body_subject_before(pronoun: Token, index: _DocIndex) -> str | None:
    """The named body (no person, no civilians) that is the main-clause subject of the sentence
    before an "it" speaker, which "it" refers to; None when that subject is no such party."""
    sentence = bisect_right(index.sent_starts, pronoun.i) - 1
    if sentence < 1:
        return None
    previous = index.sents[sentence - 1]
    for token in previous:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.dep_ != "ROOT" or index.quoted[token.i]:
            continue
        start, end = _mention_bounds(token)
        party = index.party_at(token.idx, token.idx + len(token)) or index.party_at(start, end)
        if party is not None and party[:1].isupper() and index.party_types.get(party) not in {
            "person", "civilians", None
        }:
            return party
        return None
    return None


def _linked_description(pronoun: Token, party: str, gender: str, index: _DocIndex) -> tuple[int, int] | None:
    """The mention of the unnamed person ("a relative of one of the detainees said. … she said") the
    parties component put a he/she with, when the pronoun refers to it: the description speaks in the
    pronoun's or the previous sentence, and no fitting name comes between it and the pronoun."""
    if party[:1].isupper() or party in index.things or gender_of(party) not in {None, gender}:
        return None
    if index.party_types.get(party) in COLLECTIVE_TYPES:
        return None
    earliest = index.sents[max(0, bisect_right(index.sent_starts, pronoun.i) - 2)].start_char
    stop = bisect_left(index.mention_starts, pronoun.idx)
    described = next(
        (
            (start, end)
            for start, end, name in reversed(index.mentions[max(0, stop - 30) : stop])
            if name == party and start >= earliest and index.text[start:end].lower() not in PRONOUNS
        ),
        None,
    )
    if described is None or not _speaks(index.doc.char_span(*described, alignment_mode="expand")):
        return None
    found = index.antecedent(pronoun, gender)
    return described if found is None or found[0] < described[0] else None


def _speaks(mention: Span | None) -> bool:
    """Whether a mention is the speaker of a report: subject of a speech verb or "according to" it."""
    if mention is None or not len(mention):
        return False
    head = mention.root
    if head.dep_ == "nsubj":
        return head.head.tag_.startswith("VB") and head.head.lemma_.lower() in load_cues()
    return head.dep_ == "pobj" and head.head.lower_ == "to" and _according_to(head.head.doc[head.head.i - 1])


def _main_subject(token: Token) -> bool:
    """Whether ``token`` is the subject of a main clause (its verb is the root or joined to it)."""
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return token.dep_ in CHAIN_SUBJECT_DEPS and verb.dep_ == "ROOT"


def _cut_off_subject(token: Token, index: _DocIndex) -> bool:
    """Whether a subject's verb heads its clause although the parser hung it on a quote of the
    paragraph before ("…with you?”¶¶Stubbs minor took his time": a paragraph break ends a clause)."""
    verb = token.head
    return (
        token.dep_ in CHAIN_SUBJECT_DEPS
        and verb.head.i != verb.i
        and index.paragraph_of(verb.head.idx) != index.paragraph_of(verb.idx)
    )


def _presented_person(token: Token) -> bool:
    """Whether a name is presented as the new topic by "This was …" / "It was …" ("This was Van der
    Berg, the Boer hunter, …": the he that follows is Van der Berg, not the subject before)."""
    verb = token.head
    return (
        token.dep_ == "attr"
        and token.pos_ == "PROPN"
        and verb.lemma_ == "be"
        and verb.dep_ == "ROOT"
        and any(child.dep_ == "nsubj" and child.lower_ in {"this", "it", "that"} for child in verb.children)
    )


def _chain_name(subject: Token, gender: str, index: _DocIndex) -> str | bool | None:
    """What a main-clause subject says about a he/she chain: the person it names (a name, a titled
    name, a description tied to a name), True when it is the chain's own pronoun, False when it is
    a person the chain cannot name (ends it), None when it is no compatible person (passed over)."""
    if subject.lower_ in PRONOUN_GENDER:
        return True if PRONOUN_GENDER[subject.lower_] == gender else None
    start, end = _mention_bounds(subject)
    if subject.pos_ == "PROPN":
        stop = bisect_left(index.name_starts, end)
        for name_start, name_end, name, name_gender in reversed(index.names[max(0, stop - 5) : stop]):
            if name_end > start:
                if name_gender is None and index.is_dialogue():
                    name_gender = index.written_gender(index.text[name_start:name_end])
                if name_gender is None:
                    name_gender = index.chain_genders.get(index.party_at(name_start, name_end) or name)
                if name_gender is None:
                    # A name of unknown gender may be a place or a thing: the chain stops there.
                    return False
                return (index.party_at(name_start, name_end) or name) if name_gender == gender else None
        return None
    if subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return None
    word_gender = load_gender_words().get(subject.lower_)
    lefts = [left for left in subject.lefts if left.dep_ != "punct"]
    school_name = bool(lefts) and lefts[0].pos_ == "PROPN" and lefts[0].dep_ == "compound"
    if school_name and word_gender is None and index.is_dialogue():
        # A school name ("Stubbs minor took his time"): the name and its noun name one boy.
        return index.party_at(start, end) or index.text[lefts[0].idx : end]
    if word_gender not in {"x", gender}:
        return None
    lefts = list(subject.lefts)
    if lefts and lefts[0].lower_ == "my" and word_gender == gender and index.is_dialogue():
        # The narrator's relative ("my uncle") is a character of the story: the chain ends there.
        return _narrators_relative(subject, index) or subject.lower_
    if not lefts or lefts[0].lower_ not in {"the", "his", "her"}:
        return None
    for found in (
        _family_member(subject, index),
        _titled_name(subject, index),
        _apposed_name(subject, index),
        index.party_at(start, end),
    ):
        if found is not None and found[:1].isupper():
            return found if index.person_gender(found) in {None, gender} else None
    if lefts[0].lower_ == "the" and index.is_dialogue():
        introduced = _object_just_named(subject, gender, index)
        if introduced is not None:
            return introduced
        if word_gender == "x" and (_epithet(subject, index) or subject.lower_ in load_role_titles()):
            # "The peddler studied on this. “…,” he said": the role the story calls him by; so is a
            # role with a title ("The captain had come on deck"), named or not; the doctor the
            # story calls "he" is passed over by a "she".
            named = _speaker_name(index, subject, start, end)
            if named is not None and index.person_gender(named) not in {None, gender}:
                return None
            return named or False
    return False if word_gender == gender else None


def _epithet(subject: Token, index: _DocIndex) -> bool:
    """Whether the narration called someone by this role noun before ("The peddler seemed to find
    this reasonable. … The peddler studied on this."): the role is how the story names him."""
    return any(
        token.lower_ == subject.lower_ and not index.quoted[token.i]
        for token in index.doc[max(0, subject.i - 400) : subject.i]
    )


def _object_just_named(subject: Token, gender: str, index: _DocIndex) -> str | None:
    """The person the sentence before a description names as its object ("Robert announced Mr.
    Penrose. The vicar was a tall man, and he came forward": the vicar is Mr. Penrose): a new
    character is named first and described next; the subject of that sentence keeps its own name."""
    sentence = bisect_right(index.sent_starts, subject.i) - 1
    if sentence < 1:
        return None
    if index.paragraph_of(index.sents[sentence - 1].end_char - 1) != index.paragraph_of(subject.idx):
        # A paragraph that opens on a description ("The captain had come on deck") turns to a new
        # person, not to the one the paragraph before ended on.
        return None
    found = None
    for token in index.sents[sentence - 1]:
        if token.pos_ != "PROPN" or token.dep_ not in {"dobj", "attr", "oprd"} or index.quoted[token.i]:
            continue
        start, end = _mention_bounds(token)
        if index.party_types.get(index.party_at(start, end) or "") not in {None, "person"}:
            continue
        if index._name_gender(start, end) not in {None, gender} or found is not None:
            return None
        found = index.party_at(start, end) or index.text[start:end]
    return found


def _subject_chain(
    pronoun: Token, gender: str, index: _DocIndex, *, max_sentences: int = 12
) -> tuple[str, bool] | None:
    """The person a he/she speaker continues, and whether a description ("the doctor") named it:
    the subject of the closest preceding main clause that is a compatible person, followed through
    the same pronoun in the subjects of the sentences before ("The doctor shut the door. He sat
    down. “…,” he said" is the doctor); objects, other persons' pronouns, things and names inside
    quotes are passed over, since the parties component's nearest-name link skips descriptions."""
    sentence = bisect_right(index.sent_starts, pronoun.i) - 1
    dialogue = index.is_dialogue()
    for number in range(sentence, max(-1, sentence - max_sentences), -1):
        sent = index.sents[number]
        other_subject = False
        for i in range(min(sent.end, pronoun.i) - 1, sent.start - 1, -1):
            token = index.doc[i]
            story = dialogue and (_presented_person(token) or _cut_off_subject(token, index))
            # A speech tag's speaker ("asked Captain Sloane") is its sentence's subject, however parsed.
            main = _main_subject(token) or story or (dialogue and i in index.tag_subjects)
            if index.quoted[i] or not main:
                continue
            found = _chain_name(token, gender, index)
            if found is True and dialogue:
                # "The vicar was a tall man, and he came forward": the earlier subject may name the he.
                continue
            if found is True:
                break
            if found is False:
                return None
            if found is not None:
                return found, token.pos_ == "NOUN"
            other_subject = other_subject or PRONOUN_GENDER.get(token.lower_) not in {None, gender}
        if dialogue and other_subject and number == sentence - 1:
            # "He found his wife waiting on the step. “Well?” said she.": she is the one woman there.
            found = _object_of_gender(sent, gender, index)
            if found is not None:
                return found, True
    return None


def _object_of_gender(sent: Span, gender: str, index: _DocIndex, *, either: bool = False) -> str | None:
    """The one person of ``gender`` a sentence names outside its subjects ("his wife", "Mrs. Hale"):
    the name it stands for, or None when there is none or more than one."""
    found: set[str] = set()
    for token in sent:
        # "found his wife waiting": the subject of a small clause is the main verb's object.
        small_clause = token.dep_ == "nsubj" and token.head.dep_ in {"ccomp", "xcomp"}
        if index.quoted[token.i] or not (token.dep_ in {"dobj", "pobj", "dative", "attr"} or small_clause):
            continue
        verb = token.head.head if token.dep_ == "pobj" or small_clause else token.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ROOT":
            continue
        fitting = {gender, "x"} if either else {gender}
        if token.pos_ == "NOUN" and token.tag_ == "NN" and load_gender_words().get(token.lower_) in fitting:
            lefts = [child.lower_ for child in token.lefts]
            if not lefts or lefts[0] not in {"his", "her", "the"}:
                continue
            start, end = _mention_bounds(token)
            name = _family_member(token, index) or _titled_name(token, index) or index.party_at(start, end)
            if name is None or not name[:1].isupper():
                return None
            found.add(name)
        elif token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
            start, end = _mention_bounds(token)
            if index._name_gender(start, end) == gender:
                found.add(index.party_at(start, end) or index.text[start:end])
    return found.pop() if len(found) == 1 else None


def _described_antecedent(pronoun: Token, gender: str, index: _DocIndex) -> str | None:
    """The named person a he/she pronoun continues when the nearest earlier subject in its own or
    the two sentences before is a role description: "The doctor shut the door. “…?” he asked." is the
    Dr. Archie named before (pronouns of the same gender in between continue the same subject)."""
    sentence = bisect_right(index.sent_starts, pronoun.i) - 1
    earliest = index.sents[max(0, sentence - 2)].start
    for i in range(pronoun.i - 1, earliest - 1, -1):
        token = index.doc[i]
        if index.quoted[i] or token.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if PRONOUN_GENDER.get(token.lower_) == gender:
            continue
        if token.pos_ != "NOUN" or load_gender_words().get(token.lower_) not in {None, "x", gender}:
            return None
        named = _titled_name(token, index)
        return named if named is None or index.person_gender(named) in {None, gender} else None
    return None


def _family_name(name: str) -> str | None:
    """The family name in a person's name: the last word of a full or titled name ("Mr. Bennet",
    "Katharine Hilbery"), None for a lone given name ("Kitty")."""
    words = name.replace(".", " ").split()
    titled = bool(words) and words[0].lower() in load_titles()
    rest = words[1:] if titled else words
    if not rest or not rest[-1][:1].isupper() or (len(rest) < 2 and not titled):
        return None
    return rest[-1]


def _family_member(token: Token, index: _DocIndex, quote: QuoteCandidate | None = None) -> str | None:
    """The titled name of a relative described through the person they belong to: "his wife" of
    Mr. Bennet is Mrs. Bennet, "her mother" of Katharine Hilbery is the Mrs. Hilbery the text names
    (``family_titles.tsv``)."""
    entry = load_family_titles().get(token.lower_)
    if entry is None or token.pos_ != "NOUN":
        return None
    owners = [child for child in token.lefts if child.dep_ == "poss" and child.lower_ in {"his", "her"}]
    if not owners:
        return None
    gender = PRONOUN_GENDER[owners[0].lower_]
    found = index.antecedent(owners[0], gender)
    family = None
    if found is not None:
        family = (
            _family_name(index.titled_text(found[0], found[1]))
            or _family_name(found[2])
            or _full_name_family(found[2], index)
        )
    if family is None:
        # "“…, Katharine?” her mother demanded": the one addressed is the "her" of the tag.
        for name in _vocatives(quote, index) if quote is not None and quote.direct else []:
            if gender_of(name) in {None, gender}:
                family = _family_name(name) or _full_name_family(name, index)
                if family is not None:
                    found = (token.idx, token.idx, name)
                    break
    if found is None or family is None:
        return None
    title, implied = entry
    owner = index.party_at(found[0], found[1]) or found[2]
    if implied:
        # A spouse named in full before: "Tobias Hale came home with Martha Hale. …, said his wife."
        gender = gender_of(title)
        stop = bisect_left(index.name_starts, token.idx)
        for _, _, name, name_gender in reversed(index.names[max(0, stop - 40) : stop]):
            if name_gender == gender and _family_name(name) == family and not _shares_name(name, owner):
                return name
    for written in (f"{title} {family}", f"{title[:-1]} {family}"):
        if written in index.text:
            return written
    return f"{title} {family}" if implied else None


def _full_name_family(given: str, index: _DocIndex) -> str | None:
    """The family name a lone given name ("Katharine") bears where the text writes it in full
    ("Katharine Hilbery"), when it writes one such full name only."""
    words = _WORD.findall(given)
    if len(words) != 1:
        return None
    families = {
        _family_name(name)
        for _, _, name, _ in index.names
        if name.split()[0] == words[0] and len(name.split()) > 1
    } - {None}
    return families.pop() if len(families) == 1 else None


def _introduced_name(token: Token, index: _DocIndex) -> str | None:
    """The name a relative clause gives an unnamed source: "a resident who gave his name only as
    Getachew", "a spokesman, who gave his name as …", "a fighter identified only as Musa"."""
    if token.pos_ not in {"NOUN", "PRON"} or token.ent_type_ == "PERSON":
        return None
    for clause in token.rights:
        if clause.dep_ not in {"relcl", "acl"}:
            continue
        lemmas = {word.lemma_.lower() for word in clause.subtree}
        if not ("name" in lemmas or clause.lemma_.lower() in {"identify", "name", "call"}):
            continue
        for word in clause.subtree:
            if word.lower_ == "as" or (word.dep_ == "oprd" and word.pos_ == "PROPN"):
                candidates = [word] if word.pos_ == "PROPN" else list(word.children)
                names = [child for child in candidates if child.pos_ == "PROPN"]
                if names:
                    return _party_or_text(names[0], index)
    return None


def _sentence_antecedent(token: Token, index: _DocIndex) -> str | None:
    """The group a generic "the party" / "the group" speaker names back to within its own sentence:
    "…arrested two SPLM-IO lawmakers on Friday, the party said" → SPLM-IO (the nearest named group
    before it)."""
    lefts = [child.lower_ for child in token.lefts]
    if token.pos_ != "NOUN" or lefts != ["the"] or token.lower_ not in load_anaphors():
        return None
    sentence = index.sentence_of(token.i)
    stop = bisect_left(index.mention_starts, token.left_edge.idx)
    for start, end, name in reversed(index.mentions[max(0, stop - 30) : stop]):
        if start < sentence.start_char:
            break
        if (
            name[:1].isupper()
            and index.party_types.get(name) not in {"person", "civilians", "state"}
            and index.text[start:end].lower() not in PRONOUNS
            and not _carrier(index, start, end)
            and not _inside_quote(index, start, end)
        ):
            return name
    return None


def _inside_quote(index: _DocIndex, start: int, end: int) -> bool:
    """Whether a mention is quoted speech ("The army came for our homes," the group wrote): what a
    speaker talks about, never the group a tag's "the group" names back to."""
    first, last = index.token_range(start, end)
    return first < last and bool(index.quoted[first])


def _carrier(index: _DocIndex, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` is the outlet that carried a statement ("In a statement
    carried by the Sahrawi Press Service, the movement said"): the channel, not the speaker."""
    first, last = index.token_range(start, end)
    if first >= last:
        return False
    root = index.doc[first:last].root
    agent = root.head
    return (
        root.dep_ == "pobj"
        and agent.dep_ == "agent"
        and agent.head.tag_ == "VBN"
        and agent.head.lemma_.lower() in _word_list("carrier_verbs.txt")
    )


def _group_speaker(token: Token, index: _DocIndex) -> str | None:
    """Who a crowd or members' phrase speaks for: "hundreds of protesters" → protesters, "supporters
    of the Baloch Yakjehti Committee" and "BYC leaders" → that organization's party."""
    words = load_group_words()
    if token.pos_ != "NOUN" or (token.tag_ != "NNS" and words.get(token.lower_) != "quantity"):
        return None
    head, counted = token, False
    if words.get(head.lower_) == "quantity":
        members = [
            pobj
            for prep in head.rights
            if prep.lower_ == "of"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        if not members or members[0].pos_ != "NOUN":
            return None
        head, counted = members[0], True
    if words.get(head.lower_) == "member":
        names = [child for child in head.lefts if child.dep_ == "compound" and child.pos_ == "PROPN"]
        names += [
            pobj
            for prep in head.rights
            if prep.lower_ == "of"
            for pobj in prep.children
            if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN"
        ]
        for name in names:
            start, end = _mention_bounds(name)
            party = index.party_named(index.text[start:end]) or index.party_named(name.text)
            if party is not None:
                return party
    if not counted:
        return None
    own = index.party_at(head.idx, head.idx + len(head))
    if own is not None and own.lower() == head.lower_:
        return own
    # The party the parties component made of the whole phrase ("hundreds of people" → protesters),
    # unless it is named by the quantity word alone.
    phrase = index.party_at(token.idx, head.idx + len(head))
    return phrase if phrase is not None and words.get(phrase.lower()) != "quantity" else head.lower_


def _possessor(token: Token, index: _DocIndex) -> str | None:
    """Whose relative a possessive description names ("his uncle" → the man "his" refers to), so
    that the description is not taken for the possessor."""
    owners = [child for child in token.lefts if child.dep_ == "poss" and child.lower_ in PRONOUN_GENDER]
    if not owners:
        return None
    found = index.antecedent(owners[0], PRONOUN_GENDER[owners[0].lower_])
    return (index.party_at(found[0], found[1]) or found[2]) if found is not None else None


def _titled_name(
    token: Token, index: _DocIndex, *, window: int = 400, ahead_chars: int = 1500
) -> str | None:
    """The name a role description stands for: "the doctor" → the last "Dr. Archie" named before it,
    else the one person so titled within ``ahead_chars`` after it ("the doctor reached the cottage …
    Dr. Fenwick put down his bag")."""
    titles = load_role_titles().get(token.lower_)
    lefts = list(token.lefts)
    if not titles or token.pos_ != "NOUN" or not lefts or lefts[0].lower_ != "the":
        return None
    if not all(left.dep_ in {"det", "amod"} for left in lefts):
        return None

    def titled(start: int, end: int) -> bool:
        words = _WORD.findall(index.text[start:end].lower())
        before = _WORD.findall(index.text[max(0, start - 12) : start].lower())
        return (len(words) > 1 and words[0] in titles) or (
            bool(before) and before[-1] in titles and index.text[start - 1 : start].isspace()
        )

    stop = bisect_left(index.name_starts, token.idx)
    for start, end, name, _ in reversed(index.names[max(0, stop - window) : stop]):
        if titled(start, end):
            return index.party_at(start, end) or name
    later = {
        index.party_at(start, end) or name
        for start, end, name, _ in index.names[stop : stop + window]
        if start < token.idx + ahead_chars and titled(start, end)
    }
    return later.pop() if len(later) == 1 else None


def _apposed_name(token: Token, index: _DocIndex) -> str | None:
    """The one name the narration sets beside a definite description's noun ("old Mbeki, the
    headman" … "said the headman"), of a fitting gender."""
    lefts = [child.lower_ for child in token.lefts if child.dep_ == "det"]
    if not (token.pos_ == "NOUN" or token.text.islower()) or lefts[:1] != ["the"] or not index.is_dialogue():
        return None
    gender = load_gender_words().get(token.lower_)
    names = {
        name
        for name in index.appositions().get(token.lower_, set())
        if gender not in {"m", "f"} or index.person_gender(name) in {None, gender}
    }
    return names.pop() if len(names) == 1 else None


def _narrators_relative(token: Token, index: _DocIndex) -> str | None:
    """The name the narrator gives "my brother" elsewhere in the narration ("my brother Robert",
    "my aunt, Mrs. Shaw,"): "said my brother" is that person when the text names only one."""
    narrators = any(child.dep_ == "poss" and child.lower_ == "my" for child in token.lefts)
    if token.pos_ != "NOUN" or not narrators:
        return None
    names = index.narrators_relatives().get(token.lower_)
    return next(iter(names)) if names is not None and len(names) == 1 else None


def _appositive_party(token: Token, index: _DocIndex) -> str | None:
    """The party an appositive name gives a described speaker ("The UN mission, MONUSCO, said"),
    never a name inside the quote that the parser hung on it ("“Bah,” said Rudd, “the Danes …”")."""
    for child in token.children:
        apposed = child.dep_ in {"appos", "npadvmod"} and child.pos_ == "PROPN" and child.i > token.i
        if apposed and not index.quoted[child.i]:
            party = index.party_at(child.idx, child.idx + len(child))
            if party:
                return party
    closing = _closing_apposed_person(token)
    if closing is not None and not index.quoted[closing.i]:
        return index.party_at(closing.idx, closing.idx + len(closing))
    return None


def _closing_apposed_person(token: Token) -> Token | None:
    """The person's name closing a described subject between commas ("A spokeswoman for the Red
    Cross in Kyiv, Maria Ivanova, said"), which the parser hung on the last noun of the description's
    prepositional phrase: the name is the described person's."""
    if token.pos_ != "NOUN" or token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    doc = token.doc
    end = token.right_edge.i
    for candidate in doc[token.i + 1 : end + 1]:
        if (
            candidate.dep_ == "appos"
            and candidate.pos_ == "PROPN"
            and candidate.ent_type_ == "PERSON"
            and candidate.head.i != token.i
            and candidate.head.ent_type_ != "PERSON"
            and candidate.right_edge.i + 2 == token.head.i
            and doc[candidate.right_edge.i + 1].text == ","
            and doc[candidate.left_edge.i - 1].text == ","
        ):
            return candidate
    return None


def _plural_speaker(quote: QuoteCandidate) -> bool:
    """Whether a quote's speaker mention is a plural noun or "they" (a group speaking as one)."""
    token = quote.speaker_token
    return token is not None and (token.tag_ in {"NNS", "NNPS"} or token.lower_ == "they")


def _continues(quote: QuoteCandidate, earlier: QuoteCandidate, index: _DocIndex) -> bool:
    """Whether a speaker is the named speaker of a quote just before (same or next paragraph): an
    unresolved pronoun ("They said", "It reported") or a generic "the group", "the paramilitary"."""
    token = quote.speaker_token
    if token is None or index.paragraph_of(quote.start) - index.paragraph_of(earlier.start) > 1:
        return False
    if token.lower_ in {"he", "she", "they", "it", "we"}:
        gender = PRONOUN_GENDER.get(token.lower_)
        if token.lower_ == "it" and _body_subject_before(token, index) not in {None, earlier.speaker_key}:
            return False
        return quote.speaker is None and gender_of(earlier.speaker_key or "") in {None, gender}
    party = index.party_at(token.idx, token.idx + len(token))
    # "The army said militants had attacked … the group denied": the parties layer already took
    # "the group" back to a group introduced before; that group speaks, not the last speaker
    # (unless that speaker is a named group, which "the group" names back to first).
    introduced = (
        party is not None
        and party != earlier.speaker_key
        and not (earlier.speaker_key or "")[:1].isupper()
        and any(name == party and start < token.idx for start, _, name in index.mentions)
    )
    return (
        token.pos_ == "NOUN"
        and not introduced
        and (party is None or not party[:1].isupper())
        and [child.lower_ for child in token.lefts] == ["the"]
        and not any(child.dep_ == "appos" for child in token.rights)
        and token.lower_ in load_anaphors()
        and earlier.speaker_key != quote.speaker_key
    )


def _described_person(token: Token) -> str | None:
    """The gender of a definite description of a person ("the girl", "the old man", "his wife"), or
    "x" for a possessive one of either gender ("her cousin")."""
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return None
    gender = load_gender_words().get(token.lower_)
    lefts = list(token.lefts)
    if token.lower_ in load_kin_words() and lefts and lefts[0].lower_ in {"his", "her"}:
        return gender if all(left.dep_ in {"poss", "amod"} for left in lefts) else None
    if gender not in {"m", "f"}:
        return None
    if any(child.dep_ == "prep" and child.lower_ == "of" for child in token.rights):
        # "The mother of one detainee said": the complement introduces someone new.
        return None
    definite = bool(lefts) and lefts[0].lower_ in {"the", "his", "her", "their"}
    return gender if definite and all(left.dep_ in {"det", "poss", "amod"} for left in lefts) else None


def _inherit(quote: QuoteCandidate, source: QuoteCandidate, *, mention: bool = True) -> None:
    quote.speaker_key, quote.speaker = source.speaker_key, source.speaker
    if mention:
        quote.speaker_mention = source.speaker_mention


def _attribute_floating(
    quote: QuoteCandidate,
    paragraph: int,
    previous: QuoteCandidate | None,
    following: QuoteCandidate | None,
    turns: list[tuple[int, QuoteCandidate]],
    index: _DocIndex,
    *,
    float_sentences: int,
    paragraph_quotes: dict[int, list[QuoteCandidate]] | None = None,
) -> None:
    """Give an unattributed direct quote a speaker from its context (see :func:`_resolve_speakers`);
    ``paragraph_quotes``: the direct quotes of each paragraph."""
    if previous is not None and index.paragraph_of(previous.outer_start) == paragraph and previous.direct:
        _inherit(quote, previous)
        return
    actor = _paragraph_actor(quote, index)
    if actor is not None:
        _identify(quote, actor, index)
        last_key = turns[-1][1].speaker_key if turns and turns[-1][0] == paragraph - 1 else None
        # A she is never the narrator.
        mistaken = quote.speaker_key == NARRATOR and actor.lower_ in PRONOUN_GENDER
        if last_key is not None and (quote.speaker_key == last_key or mistaken) and index.is_dialogue():
            # "“Not with a woman aboard.” ¶ “No. Not with a woman aboard.” He looked at Mrs. Ayling":
            # a he the chain gave the last speaker is, as a tag's he is, the one whose turn it is.
            _prefer_participant(quote, turns, index)
        return
    owner = _voice_after(quote, paragraph, index) or _voice_before(quote, paragraph, index)
    if owner is not None:
        _identify(quote, owner, index)
        quote.speaker_mention = None
        return
    opens_paragraph = index.paragraph_starts[paragraph] == quote.outer_start
    addressed = _vocatives(quote, index) if opens_paragraph else []
    if opens_paragraph and not addressed and _closes_news_paragraph(previous, paragraph, index):
        # News: a bare quote paragraph goes on with the speaker quoted last, never the person told.
        _inherit(quote, previous, mention=False)
        return
    wordless = opens_paragraph and paragraph > 1 and turns and turns[-1][0] == paragraph - 2
    if wordless and not index.paragraph_quotes.get(paragraph - 1) and index.is_dialogue():
        # "“What do you think?” asked Sir Henry. ¶ I shook my head. ¶ “Well, …”": a wordless answer
        # hands the word back to the one who asked.
        asker = turns[-1][1]
        named = asker.speaker_key is not None and any(_same_speaker(asker.speaker_key, n) for n in addressed)
        if asker.speaker_key and not named and _answered_without_words(paragraph - 1, asker, index):
            _inherit(quote, asker, mention=False)
            return
    called_turn = turns[-1][1] if opens_paragraph and turns and turns[-1][0] == paragraph - 1 else None
    kin_answer = _kin_answerer(called_turn, turns, index) if called_turn is not None else None
    if kin_answer is not None and not any(_same_speaker(kin_answer[0], other) for other in addressed):
        # "“Uncle! Are you hurt?” gasped Cyril." is answered by the one who answered "uncle" before.
        quote.speaker_key, quote.speaker = kin_answer
        return
    if opens_paragraph and paragraph > 0:
        narrator_actor = _narration_actor(paragraph - 1, index) or _trailing_actor(
            paragraph - 1, previous, index
        )
        addressed_actor = narrator_actor is not None and (
            any(_same_speaker(narrator_actor.text, name) for name in addressed)
            or _named_beside(narrator_actor, addressed, index)
        )
        if narrator_actor is not None and not addressed_actor and turns and turns[-1][0] == paragraph - 2:
            # "Lucy mumbled that …" is Lucy's turn told in narration: the quote after it answers her.
            last_key = turns[-1][1].speaker_key
            answered = last_key is not None and not _same_speaker(narrator_actor.text, last_key)
            # "…she began to declare that …" ¶ "How good it was in you, my dear Mr. Bennet!": not his answer.
            answered = answered and not any(_same_speaker(last_key, name) for name in addressed)
            if answered and _reported_turn(narrator_actor):
                _inherit(quote, turns[-1][1], mention=False)
                return
        if narrator_actor is not None and not addressed_actor:
            _identify(quote, narrator_actor, index)
            quote.speaker_mention = None
            return
        if addressed_actor and turns and turns[-1][0] == paragraph - 2:
            last_key = turns[-1][1].speaker_key
            if last_key is not None and not any(_same_speaker(last_key, name) for name in addressed):
                _inherit(quote, turns[-1][1], mention=False)
                return
    last_turn = turns[-1][1] if opens_paragraph and turns and turns[-1][0] == paragraph - 1 else None
    asks_back = SELF_QUESTION.fullmatch(index.text, quote.start, quote.end) is not None
    if last_turn is not None and asks_back and index.is_dialogue():
        # "She asked for Miss Clara." ¶ "For me?": who asks back about herself is the one just named.
        paragraph_turn = index.paragraph_quotes.get(turns[-1][0], [last_turn])
        named = [name for other in paragraph_turn for name in _vocatives(other, index, anywhere=True)]
        others = [name for name in named if not _same_speaker(name, last_turn.speaker_key or "")]
        if others:
            quote.speaker_key = quote.speaker = others[-1]
            return
    if last_turn is not None:
        # The person the turn just before addresses answers it ("…, Katharine?" → "Trafalgar, mother.").
        for name in _turn_vocatives(last_turn, index):
            if not _same_speaker(name, last_turn.speaker_key or "") and not any(
                _same_speaker(name, other) for other in addressed
            ):
                quote.speaker_key = quote.speaker = name
                return
    if opens_paragraph and following is not None and following.outer_start == index.paragraph_starts[
        min(paragraph + 1, len(index.paragraph_starts) - 1)
    ] and not NAME_CALL.fullmatch(index.text, following.start, following.end):
        # A name called out ("“Frederick!” said Mamma.") rebukes or summons; it answers no one.
        replying = _first_sentence(following, index) if index.is_dialogue() else following
        for name in _vocatives(replying, index):
            own = following.speaker_key is not None and _same_speaker(name, following.speaker_key)
            if not own and not any(_same_speaker(name, other) for other in addressed):
                quote.speaker_key = quote.speaker = name
                return
    if opens_paragraph and paragraph > 0:
        last_turn = turns[-1][1] if turns and turns[-1][0] == paragraph - 1 else None
        if last_turn is not None:
            # Speakers seldom name themselves: "Lucy, dearest, let Mr. Beebe eat his dinner." is neither's.
            named = _vocatives(quote, index, anywhere=True)
            speakers = {turn.speaker_key for _, turn in turns if turn.speaker_key not in (None, NARRATOR)}
            # A name no speaker has answered to may be the narrator's own ("Well, Tobias, …").
            strangers = [n for n in addressed + named if not any(_same_speaker(n, k) for k in speakers)]
            # "Ma'am, I don't rightly know": the answer comes from a person of the gender addressed.
            hearer = _addressed_gender(last_turn, index) if index.is_dialogue() else None
            for key, name in _next_speakers(last_turn, turns, index, addressed=addressed):
                if key == NARRATOR and strangers:
                    continue
                if hearer is not None and (
                    index.person_gender(key) not in {None, hearer} or key == last_turn.speaker_key
                ):
                    continue
                if not any(_same_speaker(key, other) for other in addressed + named):
                    quote.speaker_key, quote.speaker = key, name
                    return
            for _, turn in reversed(turns[-12:]) if hearer is not None else []:
                key = turn.speaker_key
                if key and key != NARRATOR and index.person_gender(key) == hearer and not _same_speaker(
                    key, last_turn.speaker_key or ""
                ):
                    quote.speaker_key, quote.speaker = key, turn.speaker
                    return
            present = _hearer_in_narration(quote, last_turn, hearer, addressed + named, index) if hearer else None
            if present is not None:
                quote.speaker_key = quote.speaker = present
                return
            third = _unnamed_participant(turns, addressed + named)
            if third is not None:
                quote.speaker_key, quote.speaker = third.speaker_key, third.speaker
                return
            if index.is_dialogue() and any(_same_speaker(last_turn.speaker_key or "", n) for n in addressed):
                # "Cyril, I have been carried … that Augustus Pottle was beaten": a speaker may name
                # himself in passing, but never calls himself; the person called is the one answered.
                for key, name in _next_speakers(last_turn, turns, index, addressed=addressed):
                    if key != NARRATOR and not any(_same_speaker(key, other) for other in addressed):
                        quote.speaker_key, quote.speaker = key, name
                        return
            _inherit(quote, last_turn)
            return
        before_narration = turns[-1][1] if turns and turns[-1][0] == paragraph - 2 else None
        if before_narration is not None and _is_narration(paragraph - 1, index):
            last_key = before_narration.speaker_key or ""
            turn = [
                other
                for other in (paragraph_quotes or {}).get(paragraph - 2, [before_narration])
                if other.speaker_key == before_narration.speaker_key
            ]
            for name in [name for other in turn for name in _vocatives(other, index)]:
                if not _same_speaker(name, last_key) and not any(_same_speaker(name, other) for other in addressed):
                    quote.speaker_key = quote.speaker = name
                    return
    if previous is None:
        _nearest_person(quote, paragraph, addressed, index)
        return
    first = index.token_range(quote.outer_start, quote.outer_start + 1)[0]
    prev_last = index.token_range(previous.outer_end - 1, previous.outer_end)[0]
    gap = bisect_right(index.sent_starts, first) - bisect_right(index.sent_starts, prev_last)
    told_between = (
        opens_paragraph
        and index.paragraph_of(previous.outer_start) < paragraph - 1
        and not index.paragraph_quotes.get(paragraph - 1)
    )
    if gap <= float_sentences and told_between and index.is_dialogue():
        # In dialogue, a turn after a paragraph of narration is the person that narration names last.
        if _nearest_person(quote, paragraph, addressed, index):
            return
        last_turn = turns[-1][1] if turns and turns[-1][0] == paragraph - 2 else None
        if last_turn is not None:
            # A narration line naming nobody ("This was invitation enough.") keeps the alternation.
            for key, name in _next_speakers(last_turn, turns, index, scene=False):
                if key != last_turn.speaker_key and not any(_same_speaker(key, other) for other in addressed):
                    quote.speaker_key, quote.speaker = key, name
                    return
    if gap <= float_sentences:
        _inherit(quote, previous)
    elif not _nearest_person(quote, paragraph, addressed, index) and opens_paragraph and index.is_dialogue():
        _resume_exchange(quote, paragraph, addressed, turns, index)


def _address_words(turn: QuoteCandidate, index: _DocIndex) -> Iterator[str]:
    """The words (lowercase) a turn calls its hearer by, set off as an address ("Ma'am, …", "…,
    sir.", "Uncle!"), in its speaker's quotes of its paragraph."""
    paragraph = index.paragraph_quotes.get(index.paragraph_of(turn.outer_start), [turn])
    for quote in paragraph:
        if quote is not turn and quote.speaker_key != turn.speaker_key:
            continue
        first, last = index.token_range(quote.start, quote.end)
        for i in range(first, last):
            before = index.doc[i - 1].text if i > first else ","
            after = index.doc[i + 1].text if i + 1 < last else "."
            if before in VOCATIVE_BEFORE and after in VOCATIVE_AFTER:
                yield index.doc[i].lower_


def _addressed_gender(turn: QuoteCandidate, index: _DocIndex) -> str | None:
    """The gender of the hearer a turn calls by a form of address ("Ma'am, …", "…, sir."), when
    its speaker's quotes in that paragraph use forms of one gender only."""
    words = load_address_words()
    found = {words[word] for word in (w.replace("’", "'") for w in _address_words(turn, index)) if word in words}
    return found.pop() if len(found) == 1 else None


def _first_sentence(quote: QuoteCandidate, index: _DocIndex) -> QuoteCandidate:
    """The quote cut after its first sentence: a reply addresses the person it answers there
    ("Yes, Watson, …"); a name later in the turn may call a third person ("… Mbeki, get the men up.")."""
    abbreviations = _word_list("title_abbreviations.txt")
    position = quote.start
    while (found := FIRST_SENTENCE_END.search(index.text, position, quote.end)) is not None:
        word = WORD_BEFORE_MARK.search(index.text, max(quote.start, found.start() - 12), found.start())
        if found.group() != "." or word is None or word.group(1).lower() not in abbreviations:
            return replace(quote, end=found.start() + 1)
        # "Mr. Lorimer": the stop of a title ends no sentence.
        position = found.end()
    return quote


def _voice_after(quote: QuoteCandidate, paragraph: int, index: _DocIndex) -> Token | None:
    """The named person whose voice the narration paragraph right after a bare turn tells of
    ("There was a shade of jealousy in the voice of Curtis Waring as he entered"), or whom it
    presents after a tag that named nobody ("It was Kirill Antonovich"): that turn's speaker."""
    starts = index.paragraph_starts
    if not index.is_dialogue() or paragraph + 1 >= len(starts) or index.paragraph_quotes.get(paragraph + 1):
        return None
    tagged = bool(index.text[quote.outer_end : starts[paragraph + 1]].strip())
    if tagged and quote.cue is None:
        return None
    first = index.token_range(starts[paragraph + 1], starts[paragraph + 1] + 1)[0]
    if first >= len(index.doc):
        return None
    for token in index.sentence_of(first):
        owner = _voice_owner(token, index) if token.lemma_.lower() == "voice" and not tagged else None
        if owner is not None and owner.pos_ == "PROPN":
            return owner
        if tagged and _presented_person(token) and _is_person(token):
            # "“…,” came from the corner. ¶ It was Kirill Antonovich, …": the voice the tag left unnamed.
            return token
    return None


def _named_beside(actor: Token, addressed: list[str], index: _DocIndex) -> bool:
    """Whether a described actor ("The butler, whose name was Pargeter, came in") is named in its own
    sentence by a name the next turn addresses ("You found the body, Pargeter?"): that turn is
    spoken to the actor, not by him."""
    if actor.pos_ != "NOUN" or not addressed or not index.is_dialogue():
        return False
    last_words = {_WORD.findall(name)[-1] for name in addressed if _WORD.findall(name)}
    return any(
        token.pos_ == "PROPN" and token.text in last_words and not index.quoted[token.i]
        for token in index.sentence_of(actor.i)
    )


def _voice_before(quote: QuoteCandidate, paragraph: int, index: _DocIndex) -> Token | None:
    """The person whose voice the last sentence of the narration paragraph right before a bare turn
    tells of ("I heard the master's voice, very loud.", "… but his voice was steady."): the speaker."""
    starts = index.paragraph_starts
    if paragraph < 1 or starts[paragraph] != quote.outer_start or index.paragraph_quotes.get(paragraph - 1):
        return None
    if not index.is_dialogue():
        return None
    end = len(index.text[: starts[paragraph]].rstrip())
    last = index.token_range(end - 1, end)[0]
    if last >= len(index.doc):
        return None
    for token in index.sentence_of(last):
        owner = _voice_owner(token, index) if token.lemma_.lower() == "voice" else None
        if owner is not None:
            return owner
    return None


def _answered_without_words(paragraph: int, turn: QuoteCandidate, index: _DocIndex) -> bool:
    """Whether narration paragraph ``paragraph`` opens with someone other than the speaker of ``turn``
    answering it without words: a nod or a shake of the head to a question, or doing what the turn
    bids in its own verb ("“Come here, boy.” ¶ I came, because I did not dare do otherwise.")."""
    starts = index.paragraph_starts
    end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(index.text)
    first, last = index.token_range(starts[paragraph], end)
    if first >= last or any(index.quoted[first:last]):
        return False
    verb = index.sentence_of(first).root
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    key = turn.speaker_key or ""
    if subject is None or not _is_person(subject):
        return False
    if subject.lower_ in NARRATOR_FORMS:
        if key == NARRATOR:
            return False
    elif subject.lower_ in PRONOUN_GENDER:
        if PRONOUN_GENDER[subject.lower_] == index.person_gender(key) or index.person_gender(key) is None:
            return False
    elif _same_speaker(index.party_at(*_mention_bounds(subject)) or subject.text, key):
        return False
    said = index.text[turn.start : turn.end].rstrip(" \"'”’»")
    if verb.lemma_.lower() in _word_list("wordless_answers.txt") and said.endswith("?"):
        return True
    bidding = index.doc[index.token_range(turn.start, turn.end)[0]]
    return bidding.tag_ == "VB" and bidding.lemma_.lower() == verb.lemma_.lower()


def _closes_news_paragraph(previous: QuoteCandidate | None, paragraph: int, index: _DocIndex) -> bool:
    """Whether the paragraph before ``paragraph`` tells something, then ends with ``previous``, a
    direct quote with a speaker that asks nothing, in a text with no other bare quote paragraph and
    no quote paragraph right after (news, not an exchange of turns)."""
    if previous is None or not previous.direct or previous.speaker is None or paragraph < 1:
        return False
    if index.text[previous.start : previous.end].rstrip(" \"'”’»").endswith("?"):
        return False
    if previous.speaker_key == NARRATOR or QUOTE_MARKS.match(index.text, index.paragraph_starts[paragraph - 1]):
        # A paragraph that opens with its quote is a turn of an exchange: the next one may answer it.
        return False
    if index.paragraph_of(previous.outer_start) != paragraph - 1 or not index.lone_bare_paragraph():
        return False
    following = index.paragraph_starts[paragraph + 1] if paragraph + 1 < len(index.paragraph_starts) else None
    if following is not None and index.paragraph_quotes.get(paragraph + 1) and QUOTE_MARKS.match(index.text, following):
        return False
    end = len(index.text[: index.paragraph_starts[paragraph]].rstrip())
    if end <= previous.outer_end:
        return True
    last_sentence = bisect_right(index.sent_starts, index.token_range(end - 1, end)[0])
    tail_sentence = bisect_right(index.sent_starts, index.token_range(previous.outer_end - 1, previous.outer_end)[0])
    return last_sentence - tail_sentence <= 1


def _resume_exchange(
    quote: QuoteCandidate,
    paragraph: int,
    addressed: list[str],
    turns: list[tuple[int, QuoteCandidate]],
    index: _DocIndex,
    *,
    reach: int = 4,
) -> None:
    """A bare turn after narration that names nobody resumes the last exchange of the dialogue: the
    other party of its last turn, else that turn's speaker, not the one it addresses ("You might
    have come before, Josiah." after Josiah spoke is the other party's)."""
    if not turns or paragraph - turns[-1][0] > reach:
        return
    last_key = turns[-1][1].speaker_key or ""
    speakers = [(turn.speaker_key, turn.speaker) for _, turn in reversed(turns[-12:]) if turn.speaker_key]
    others = [(key, name) for key, name in speakers if not _same_speaker(key, last_key) and key != NARRATOR]
    for key, name in [*others[:1], (turns[-1][1].speaker_key, turns[-1][1].speaker)]:
        if key and key != NARRATOR and not any(_same_speaker(key, other) for other in addressed):
            quote.speaker_key, quote.speaker = key, name
            return


def _kin_words(turn: QuoteCandidate, index: _DocIndex) -> set[str]:
    """The kinship words a turn (its speaker's quotes in its paragraph) calls its hearer by ("Uncle!
    Are you hurt?", "Yes, mother.")."""
    kin = _word_list("kin_address_words.txt") | _word_list("kin_titles.txt")
    return {word for word in _address_words(turn, index) if word in kin}


def _kin_answerer(
    last_turn: QuoteCandidate, turns: list[tuple[int, QuoteCandidate]], index: _DocIndex, *, reach: int = 40
) -> tuple[str, str | None] | None:
    """Who answers a turn calling its hearer "uncle": the named speaker who answered that word in
    the turn after an earlier call of it ("“I say, uncle,” said Cyril" … "“…,” said Mr. Pottle")."""
    if not index.is_dialogue():
        return None
    words = _kin_words(last_turn, index)
    if len(words) != 1:
        return None
    word = words.pop()
    last_key = last_turn.speaker_key or ""
    paragraph = turns[-1][0]
    answers: set[tuple[str, str | None]] = set()
    for (called_at, caller), (answered_at, answer) in zip(turns, turns[1:]):
        if paragraph - called_at > reach or answered_at - called_at > 2 or caller is last_turn:
            continue
        key = answer.speaker_key or ""
        if key[:1].isupper() and key != caller.speaker_key and word in _kin_words(caller, index):
            answers.add((key, answer.speaker))
    if len(answers) != 1:
        return None
    answer = answers.pop()
    return None if _same_speaker(answer[0], last_key) else answer


def _hearer_in_narration(
    quote: QuoteCandidate,
    last_turn: QuoteCandidate,
    gender: str,
    named: list[str],
    index: _DocIndex,
    *,
    reach: int = 2000,
) -> str | None:
    """The nearest person of the addressed ``gender`` the narration names before ``quote`` who has
    not spoken the last turn: "“Yes, mother.”" is answered by the mother the scene set beside her,
    whether or not she has spoken yet."""
    last_key = last_turn.speaker_key or ""
    stop = bisect_left(index.name_starts, quote.outer_start)
    titles = load_titles()
    for start, end, name, name_gender in reversed(index.names[:stop]):
        if start < quote.outer_start - reach:
            break
        written = index.text[start:end]
        named_party = index.party_at(start, end) or name
        if written.split()[0].lower().rstrip(".") in titles and written.split()[-1] != named_party.split()[0]:
            # "Mrs. Hargreave" beside "Nell Hargreave": the title marks another of the family.
            named_party = written
        if (name_gender or index.person_gender(named_party)) != gender:
            continue
        if any(_same_speaker(named_party, other) or _shares_name(named_party, other) for other in [last_key, *named]):
            continue
        return named_party
    return None


def _unnamed_participant(
    turns: list[tuple[int, QuoteCandidate]], named: list[str], *, reach: int = 12
) -> QuoteCandidate | None:
    """The latest earlier turn, at most ``reach`` paragraphs back, of a named speaker the quote does
    not name, when the quote names both parties of the last exchange: "Fanny, dear, let Mr. Hale
    finish his cake." after Fanny and Mr. Hale is the third person at the table."""
    if not named:
        return None
    paragraph = turns[-1][0]
    for turn_paragraph, turn in reversed(turns):
        if paragraph - turn_paragraph > reach:
            break
        key = turn.speaker_key
        named_speaker = bool(turn.speaker) and turn.speaker[:1].isupper()
        if key and named_speaker and not any(_same_speaker(key, name) for name in named):
            return turn
    return None


def _reported_turn(subject: Token) -> bool:
    """Whether a subject's verb reports what it said in indirect speech ("Lucy mumbled that …")."""
    verb = subject.head
    return verb.lemma_.lower() in load_cues() and any(child.dep_ == "ccomp" for child in verb.children)


def _is_narration(paragraph: int, index: _DocIndex) -> bool:
    """Whether a paragraph is story narration: no quotes, and a verb (not a caption or credit line)."""
    starts = index.paragraph_starts
    end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(index.text)
    first, last = index.token_range(starts[paragraph], end)
    if any(index.quoted[first:last]):
        return False
    return any(token.pos_ == "VERB" for token in index.doc[first:last])


def _nearest_person(quote: QuoteCandidate, paragraph: int, addressed: list[str], index: _DocIndex) -> bool:
    """Last resort for a quote opening a conversation: the last person named in the narration of
    its paragraph or the one before (not the one it addresses); whether one was found."""
    earliest = index.paragraph_starts[max(0, paragraph - 1)]
    stop = bisect_left(index.name_starts, quote.outer_start)
    for start, end, name, _ in reversed(index.names[max(0, stop - 10) : stop]):
        if start < earliest:
            return False
        named = index.party_at(start, end) or name
        if not any(_same_speaker(named, other) for other in addressed):
            quote.speaker_key = quote.speaker = named
            return True
    return False


def _next_speakers(
    last_turn: QuoteCandidate,
    turns: list[tuple[int, QuoteCandidate]],
    index: _DocIndex,
    *,
    scene: bool = True,
    addressed: list[str] | tuple[str, ...] = (),
) -> list[tuple[str, str | None]]:
    """Who speaks after ``last_turn``: the person it addresses, the other party (with ``scene``, the
    person the scene names while nobody else has spoken: :func:`_scene_partner`; when the new turn
    ``addressed`` that party, the one who spoke before it), then itself."""
    last_key = last_turn.speaker_key or ""
    candidates: list[tuple[str, str | None]] = []
    for name in [*_turn_vocatives(last_turn, index), *_spoken_to(last_turn, index)]:
        if not _same_speaker(name, last_key):
            candidates.append((name, name))
    paragraph = turns[-1][0]
    other_party = False
    for turn_paragraph, turn in reversed(turns[:-1]):
        if paragraph - turn_paragraph > 12:
            break
        if turn.speaker_key and not _one_person(turn.speaker_key, last_key, index):
            # After narration a tagged turn may open a new exchange: its partner is the person the
            # narration just named, before the speaker of an earlier exchange.
            partner = _scene_partner(last_turn, index) if scene and index.is_dialogue() else None
            restart = partner is not None and partner[0] != NARRATOR and turns[-1][0] - turn_paragraph > 1
            if restart and _narration_before(last_turn, index):
                candidates.append(partner)
            candidates.append((turn.speaker_key, turn.speaker))
            other_party = True
            # After a third person's interjection ("“Voices!” exclaimed the sergeant"), a turn that
            # addresses the other party comes from the one who spoke with them before.
            earlier = next(
                (
                    before
                    for _, before in reversed(turns[: turns.index((turn_paragraph, turn))])
                    if before.speaker_key
                    and not _same_speaker(before.speaker_key, last_key)
                    and not _same_speaker(before.speaker_key, turn.speaker_key)
                ),
                None,
            )
            answering = any(_same_speaker(turn.speaker_key, name) for name in addressed)
            if answering and earlier is not None and turns[-1][0] - index.paragraph_of(earlier.outer_start) <= 12:
                candidates.append((earlier.speaker_key, earlier.speaker))
            break
        paragraph = turn_paragraph
    if scene and not other_party and last_key:
        partner = _scene_partner(last_turn, index)
        if partner is not None:
            candidates.append(partner)
    if last_turn.speaker_key:
        candidates.append((last_turn.speaker_key, last_turn.speaker))
    return candidates


def _narration_before(turn: QuoteCandidate, index: _DocIndex) -> bool:
    """Whether a turn follows narration: text before it in its paragraph, or a paragraph without quotes."""
    paragraph = index.paragraph_of(turn.outer_start)
    if index.text[index.paragraph_starts[paragraph] : turn.outer_start].strip():
        return True
    return paragraph > 0 and not index.paragraph_quotes.get(paragraph - 1)


def _scene_partner(
    last_turn: QuoteCandidate, index: _DocIndex, *, reach: int = 150
) -> tuple[str, str | None] | None:
    """The other person of a conversation whose turns so far all came from one speaker: the nearest
    person the narration of the last turn's paragraph or the one before names, or the first-person
    narrator acting there ("Mr. Quill stood by the window when I entered." then "“…,” said he.")."""
    last_key = last_turn.speaker_key or ""
    first = index.token_range(last_turn.outer_start, last_turn.outer_start + 1)[0]
    speaker_mention = last_turn.speaker_mention or (-1, -1)
    earliest = index.paragraph_starts[max(0, index.paragraph_of(last_turn.outer_start) - 1)]
    for i in range(min(first, len(index.doc)) - 1, max(-1, first - 1 - reach), -1):
        token = index.doc[i]
        if token.idx < earliest:
            break
        if index.quoted[i] or speaker_mention[0] <= token.idx < speaker_mention[1]:
            continue
        if token.lower_ in NARRATOR_FORMS and token.dep_ in SUBJECT_DEPS:
            if last_key != NARRATOR:
                return NARRATOR, None
            continue
        object_pronoun = token.lower_ in {"him", "her"} and index.is_dialogue()
        if object_pronoun and _acted_on_by(token, last_key, index):
            # "Mrs. Dalby found her there": the person the speaker acts upon is the one spoken to.
            found = index.antecedent(token, PRONOUN_GENDER[token.lower_], exclude=last_key or None)
            if found is not None:
                named = index.party_at(found[0], found[1]) or found[2]
                if not _same_speaker(named, last_key) and not _shares_name(named, last_key):
                    return named, named
        position = bisect_left(index.name_starts, token.idx)
        if position < len(index.names) and index.names[position][0] == token.idx:
            start, end, name, _ = index.names[position]
            named = index.party_at(start, end) or name
            if not _same_speaker(named, last_key) and not _shares_name(named, last_key):
                return named, named
        elif token.dep_ in SUBJECT_DEPS and token.pos_ == "NOUN" and _is_person(token) and index.is_dialogue():
            # "The doctor put down his bag": the role the narration named before ("Dr. Ferrier").
            named = _titled_name(token, index)
            if named is not None and not _same_speaker(named, last_key) and not _shares_name(named, last_key):
                return named, named
    return None


def _acted_on_by(pronoun: Token, speaker: str, index: _DocIndex) -> bool:
    """Whether an object pronoun is the object of a verb whose subject is ``speaker`` ("Mrs. Dalby
    found her there", "she turned to him"), by name or by a pronoun of the speaker's gender."""
    if pronoun.dep_ in {"dobj", "dative"}:
        verb = pronoun.head
    elif pronoun.dep_ == "pobj" and pronoun.head.dep_ == "prep":
        verb = pronoun.head.head
    else:
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        if any(child.dep_ == "nsubj" for child in verb.children):
            break
        verb = verb.head
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if subject is None or not speaker:
        return False
    if subject.lower_ in PRONOUN_GENDER:
        return PRONOUN_GENDER[subject.lower_] == index.person_gender(speaker)
    start, end = _mention_bounds(subject)
    named = index.party_at(start, end) or index.text[start:end]
    return _same_speaker(named, speaker) or _shares_name(named, speaker)


def _same_speaker(first: str, second: str) -> bool:
    """Whether two speaker keys name one person: equal, or one surname and no gender clash."""
    if first.lower() == second.lower():
        return True
    first_words, second_words = _WORD.findall(first.lower()), _WORD.findall(second.lower())
    if not first_words or not second_words or first_words[-1] != second_words[-1]:
        return False
    genders = {gender_of(first), gender_of(second)} - {None}
    return len(genders) <= 1


def _one_person(first: str, second: str, index: _DocIndex) -> bool:
    """Whether two speaker keys name one person (:func:`_same_speaker`), unless the text's pronouns
    give them different genders: "Jody Hollis" (he) is not his mother "Mrs. Hollis"."""
    if not _same_speaker(first, second):
        return False
    return first.lower() == second.lower() or {index.person_gender(first), index.person_gender(second)} != {"m", "f"}


def _shares_name(first: str, second: str) -> bool:
    """Whether two names share a word other than a title ("Florence" and "Florence Linden"), but
    not two full names with different given names ("Martha Hale" and her husband "Tobias Hale"), nor
    two of different gender ("Mr. Bennet" and "Mrs. Bennet")."""
    if len({gender_of(first), gender_of(second)} - {None}) > 1:
        return False
    first_given, second_given = _given_words(first), _given_words(second)
    if len(first_given) > 1 and len(second_given) > 1 and first_given[0] != second_given[0]:
        return False
    return bool(set(first_given) & set(_WORD.findall(second.lower()))) or _same_speaker(first, second)


def _is_person(token: Token) -> bool:
    """A singular human subject: he/she/I, a PERSON name, or a gendered noun ("the girl")."""
    lower = token.lower_
    if lower in {"he", "she"} | NARRATOR_FORMS:
        return True
    if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.ent_type_ not in NON_NAME_ENTITIES):
        return True
    role = lower in load_gender_words() or lower in load_role_titles()
    return token.pos_ == "NOUN" and token.tag_ == "NN" and role


def _paragraph_actor(quote: QuoteCandidate, index: _DocIndex, *, reach: int = 40) -> Token | None:
    """The person subject of the narration around a quote in its paragraph ("He sighed."), also
    when the parser hung that narration on the paragraph before ("…”¶¶Dick flushed.")."""
    doc = index.doc
    paragraph = index.paragraph_of(quote.outer_start)
    first, last = index.token_range(quote.outer_start, quote.outer_end)
    forward = range(last, min(len(doc), last + reach))
    backward = range(first - 1, max(-1, first - 1 - reach), -1)
    for direction in (forward, backward):
        for i in direction:
            token = doc[i]
            if index.quoted[i] or index.paragraph_of(token.idx) != paragraph:
                break
            if token.dep_ == "nsubj" and _clause_head(token.head, paragraph, index) and _is_person(token):
                return token
            if _cleft_person(token) and _is_person(token):
                # "“Where away?” came up from the deck; it was Mr. Starling, the mate, who had the watch."
                return token
    return None


def _cleft_person(token: Token) -> bool:
    """Whether a word is the person an "it was X" clause identifies ("it was Mr. Starling")."""
    verb = token.head
    return token.dep_ == "attr" and verb.lemma_ == "be" and any(
        child.dep_ == "nsubj" and child.lower_ == "it" for child in verb.children
    )


def _clause_head(verb: Token, paragraph: int, index: _DocIndex) -> bool:
    """Whether ``verb`` heads its clause in ``paragraph``: the root, or a verb the parser joined to
    another paragraph (a paragraph break always ends a clause)."""
    return verb.dep_ == "ROOT" or index.paragraph_of(verb.head.idx) != paragraph


def _narration_actor(paragraph: int, index: _DocIndex, *, max_chars: int = 240) -> Token | None:
    """The person subject of a short narration paragraph with no quotes ("Tommy chuckled.")."""
    starts = index.paragraph_starts
    start = starts[paragraph]
    end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(index.text)
    if end - start > max_chars:
        return None
    first, last = index.token_range(start, end)
    if any(index.quoted[first:last]):
        return None
    actor = None
    for i in range(first, last):
        token = index.doc[i]
        if token.dep_ == "nsubj" and _main_verb(token.head, first, last) and _is_person(token):
            actor = token
            break
    if actor is None:
        return None
    for i in range(first, last):
        token = index.doc[i]
        verb = token.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        main = _main_verb(verb, first, last)
        if token.dep_ in SUBJECT_DEPS and main and _is_person(token) and _other_person(token, actor):
            return None
    return actor


def _other_person(token: Token, actor: Token) -> bool:
    """Whether a subject plainly names someone else than ``actor``: "I" beside a third person,
    a he beside a she, or a second name ("Holmes was sitting with his back to me, and I had
    given him no sign": two people act, so the paragraph names no one speaker)."""
    first, second = token.lower_, actor.lower_
    if (first in NARRATOR_FORMS) != (second in NARRATOR_FORMS):
        return True
    if first in NARRATOR_FORMS:
        return False
    genders = {
        PRONOUN_GENDER.get(first) or gender_of(token.text),
        PRONOUN_GENDER.get(second) or gender_of(actor.text),
    }
    if None not in genders and len(genders) == 2:
        return True
    if first in PRONOUNS or second in PRONOUNS:
        return False
    return token.pos_ == "PROPN" and actor.pos_ == "PROPN" and not _shares_name(token.text, actor.text)


def _main_verb(verb: Token, first: int, last: int) -> bool:
    """Whether ``verb`` heads its clause within tokens ``[first, last)``: the root, or a verb the
    parser hung on a sentence outside that range ("“…remember?”¶¶Tommy chuckled." as a ccomp)."""
    return verb.dep_ == "ROOT" or (first <= verb.i < last and not first <= verb.head.i < last)


def _trailing_actor(paragraph: int, previous: QuoteCandidate | None, index: _DocIndex) -> Token | None:
    """The person acting in the narration that closes the paragraph before, after its last quote's
    sentence ("'Edith! Edith!' cried she. Margaret stepped forward." → Margaret answers)."""
    if previous is None or not previous.direct or index.paragraph_of(previous.outer_start) != paragraph:
        return None
    starts = index.paragraph_starts
    end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(index.text)
    last = index.token_range(previous.outer_end - 1, previous.outer_end)[0]
    sentence_end = index.sentence_of(last).end
    first, stop = sentence_end, index.token_range(0, end)[1]
    if first >= stop or any(index.quoted[first:stop]):
        return None
    for i in range(first, stop):
        token = index.doc[i]
        if token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and _is_person(token):
            speaker = previous.speaker_key
            if token.lower_ in PRONOUNS or (speaker is not None and _same_speaker(token.text, speaker)):
                return None
            return token
    return None


def _vocatives(
    quote: QuoteCandidate, index: _DocIndex, *, surface: bool = False, anywhere: bool = False
) -> list[str]:
    """Names a quote addresses ("Tommy, you're late", "I think, Watson, that …", "… Mr. Denham?");
    with ``anywhere``, every person it names (speakers seldom name themselves: "You profess to
    love Uncle John," he returned — he is not Uncle John)."""
    doc = index.doc
    called = index.text[quote.start : quote.end].strip()
    if called[-1:] in {",", "!"} and index.is_dialogue():
        # A turn that is only a name ("“Sary,” said he, after a spell.") calls that person.
        name = called[:-1].strip()
        party = index.mention_texts.get(name.lower())
        someone = party is not None and index.party_types.get(party) in {"person", "organization"}
        if someone and name in index.name_texts():
            return [name if surface else party]
    first, last = index.token_range(quote.start, quote.end)
    names: list[str] = []
    i = first
    dialogue = index.is_dialogue()
    while i < last:
        token = doc[i]
        # A name the tagger took for a verb ("…, Rab,") is still the name the narration writes, and a
        # common given name set off at the end ("Whose money bought it, Edmund?") is still a name.
        mistagged = dialogue and token.pos_ != "PROPN" and i > first and doc[i - 1].text == "," and (
            (token.pos_ != "ADJ" and token.text in index.narration_names())
            or (
                token.text[:1].isupper() and token.lower_ in _gender_rows("name")
                and (i + 1 == last or doc[i + 1].text in VOCATIVE_AFTER)
            )
        )
        if (token.pos_ != "PROPN" and not mistagged) or token.ent_type_ in NON_NAME_ENTITIES:
            i += 1
            continue
        end = i
        while end + 1 < last and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isalpha():
            end += 1
        before = doc[i - 1].lower_ if i > first else ""
        after = (doc[end + 1].text.strip() or ".") if end + 1 < last else "."
        span = doc[i : end + 1]
        opening = i == first and after in {",", "!"} and end + 2 < last
        listed = opening and not anywhere and sum(t.dep_ in {"conj", "appos"} for t in doc[end].subtree) >= 2
        if listed and index.is_dialogue():
            # "Dr. Graves, the housekeeper, Mrs. Lamb, and my cousin": a list of names calls no one.
            return names
        answer = opening and doc[end + 2].lower_.replace("’", "'") in load_address_words()
        if answer and index.is_dialogue():
            # "Dawlish, sir.": a name before the hearer's own address word answers, it calls no one.
            opening = False
        between = i > first and before in VOCATIVE_BEFORE and after in VOCATIVE_AFTER
        if between and before == "dear":
            # "…happy with the poor dear General, but …": a name after "the" is talked of, not to.
            k = i - 1
            while k > first and doc[k - 1].pos_ == "ADJ":
                k -= 1
            between = not (k > first and doc[k - 1].pos_ == "DET" and doc[k - 1].lower_ not in {"my", "our"})
        # A quote that is only a name before its tag ("“Sir Thomas,” said Mr. Fenwick, “the fault …”")
        # calls that person, unless the tag splits a sentence the name is the subject of ("…, “has known it”").
        alone = i == first and end + 2 == last and index.is_dialogue() and (
            # "“Patience!”" is a word before it is a name: a name called out is one the narration writes.
            after == "," or (after == "!" and _written_name(doc[end].text, index))
        )
        set_off = anywhere or opening or between or (alone and not _sentence_resumed(quote, index))
        if set_off and not _address_word(span, index) and _known_person(span, index):
            party = None if surface else index.party_at(span.start_char, span.end_char)
            if party is not None and _other_title(span.text, party):
                # "My dear Miss Carthew" is not the Lady Carthew a chain put the family name with.
                party = None
            # "If I might make a suggestion, Mrs. Wakeling--": the dash breaks off the sentence, not the name.
            names.append(party or span.text.rstrip("-—–"))
        elif set_off and dialogue and len(span) == 1 and span.text.lower() not in load_address_words():
            # "You say that every week, Baron.": the one person the narration names by that title.
            title = span.text.lower().rstrip(".")
            titled = set(index.titled_names().get(title, set()))
            titled |= {name for name in index.party_types if name.split()[0].lower() == title and " " in name}
            titled |= {
                index.party_at(start, stop) or name
                for start, stop, name, _ in index.names
                if index.text[max(0, start - len(title) - 2) : start].strip().lower().rstrip(".") == title
            }
            if len(titled) == 1:
                names.append(next(iter(titled)))
        i = end + 1
    return names


def _written_name(word: str, index: _DocIndex) -> bool:
    """Whether the narration writes ``word`` as a name, or a pet or formal form of it ("Frederick"
    for the "Fred" of the narration)."""
    names = index.narration_names()
    if word in names:
        return True
    nicknames = load_nicknames()
    return any(_variant_names([word.lower()], [name.lower()], nicknames) for name in names)


def _sentence_resumed(quote: QuoteCandidate, index: _DocIndex) -> bool:
    """Whether the next quote of the paragraph goes on with a lowercase verb: the tag split a
    sentence whose subject the quoted name is ("“Mr. Hale,” said he, “has known it.”")."""
    paragraph = index.paragraph_quotes.get(index.paragraph_of(quote.outer_start), [])
    later = [other for other in paragraph if other.outer_start > quote.outer_start]
    if not later or not index.text[later[0].start : later[0].start + 1].islower():
        return False
    first = index.token_range(later[0].start, later[0].start + 1)[0]
    return first < len(index.doc) and index.doc[first].pos_ in {"VERB", "AUX"}


def _turn_vocatives(turn: QuoteCandidate, index: _DocIndex) -> list[str]:
    """Names addressed anywhere in a speaker's turn: its paragraph's quotes of that speaker ("“Come
    in, Marlowe,” he said. “You are just in time.”" addresses Marlowe)."""
    paragraph = index.paragraph_quotes.get(index.paragraph_of(turn.outer_start), [turn])
    same = [quote for quote in paragraph if quote is turn or quote.speaker_key == turn.speaker_key]
    return [name for quote in same for name in _vocatives(quote, index)]


def _spoken_to(turn: QuoteCandidate, index: _DocIndex) -> list[str]:
    """The person a turn's speaker acts towards ("said Mrs. Hale to Frederick", "Mrs. Hale turned to
    Frederick."): a name after "to" on the speaker's verb, never a place."""
    token = turn.speaker_token
    if token is None or index.quoted[token.i]:
        return []
    for prep in token.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "to" or index.quoted[prep.i]:
            continue
        for person in prep.children:
            one_person = person.pos_ == "PROPN" and person.tag_ == "NNP"
            if person.dep_ != "pobj" or not one_person or person.ent_type_ in PLACE_OR_THING_ENTITIES:
                continue
            start, end = _mention_bounds(person)
            if not {(start, end), (person.idx, person.idx + len(person))} & index.place_spans:
                return [index.party_at(start, end) or index.text[start:end]]
    return []


def _address_word(span: Span, index: _DocIndex) -> bool:
    """A one-word form of address that names nobody ("…, Son.", "Yes, Mother!", "No, Sir") unless
    the parties list ties it to a named person ("Uncle" → "Uncle John"), or an oath ("by Jove,"):
    it must not stand for a speaker of its own."""
    if len(span) != 1:
        return False
    lower = span.text.lower()
    if lower in _word_list("oaths.txt"):
        return True
    known = lower in load_titles() or lower in load_kin_words() or lower in _gender_rows("noun")
    if not (known or lower.replace("’", "'") in load_address_words()):
        return False
    party = index.party_at(span.start_char, span.end_char)
    return party is None or party.lower() == lower


def _known_person(span: Span, index: _DocIndex) -> bool:
    """A name the parser tags PERSON, one with a gendered title or given name, or one named outside
    quotes; never a place the places component found, nor a word of a thing's name ("the Battle of
    Trafalgar" … "Trafalgar, mother.")."""
    if (span.start_char, span.end_char) in index.place_spans and gender_of(span.text) is None:
        return False
    if gender_of(span.text) is not None:
        return True
    if index.is_dialogue() and span.text in index.narration_names():
        # Fiction: a name the narration writes mid-sentence ("The butler, whose name was Pargeter").
        return True
    if span.text in index.thing_words() and not any(span.text in name for _, _, name, _ in index.names):
        return False
    if span.root.ent_type_ == "PERSON":
        return True
    return any(span.text in name for _, _, name, _ in index.names)


def _narrator_name(
    quote: QuoteCandidate, paragraph: int, turns: list[tuple[int, QuoteCandidate]], index: _DocIndex
) -> str | None:
    """The first-person narrator's name, when a partner addresses them ("…, Watson," next to "I said")."""
    if not turns or turns[-1][0] != paragraph - 1:
        return None
    last = turns[-1][1]
    if quote.speaker_key == NARRATOR and last.speaker_key not in (None, NARRATOR):
        addressed = _turn_vocatives(last, index)
    elif last.speaker_key == NARRATOR and quote.speaker_key != NARRATOR:
        addressed = _vocatives(quote, index)
    else:
        return None
    return addressed[0] if addressed else None


def _addressed_narrator(quotes: list[QuoteCandidate], index: _DocIndex) -> str | None:
    """The first-person narrator's name when no exchange gives it directly: the name other speakers
    address most often that never speaks in the third person ("And now, Quatermain, tell us")."""
    speakers = [quote.speaker_key for quote in quotes if quote.speaker_key not in (None, NARRATOR)]
    places = {ent.text for ent in index.doc.ents if ent.label_ in {"GPE", "LOC"}}
    counts: dict[str, int] = {}
    for quote in quotes:
        if not quote.direct or quote.speaker_key in (None, NARRATOR):
            continue
        for name in _vocatives(quote, index):
            if name not in places and not any(_same_speaker(name, speaker) for speaker in speakers):
                counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


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
    written = [quote for quote in direct if _written_text(text, quote)]
    if written and index.is_dialogue():
        # Fiction quotes the words of a heading or a sign as no one's speech.
        direct = [quote for quote in direct if all(quote is not other for other in written)]
        index.forget(written)
    for quote in direct:
        _attribute_direct(quote, index, cues)
    tagged = [quote.speaker_token for quote in direct if quote.speaker_token is not None]
    index.tag_subjects = frozenset(token.i for token in tagged)
    index.add_speaker_names(direct)
    quotes = _merge(text, direct, _find_indirect(doc, index, cues), index)
    unresolved = [replace(quote) for quote in quotes]
    _resolve_speakers(quotes, index, float_sentences=float_sentences)
    if index.renamed:
        # A description that turned out to be a named speaker ("my mother" is Ann) alternates as that
        # person: resolve again with the two merged from the start.
        index.aliases, index.renamed = dict(index.renamed), {}
        quotes = unresolved
        _resolve_speakers(quotes, index, float_sentences=float_sentences)
    _fullest_names(quotes, index)
    return [_as_dict(text, quote) for quote in quotes]


def _given_words(name: str) -> list[str]:
    """The lowercase words of a name without its titles ("Sister Carrie" → ["carrie"])."""
    titles = load_titles()
    return [word for word in _WORD.findall(name.lower()) if word not in titles]


def _fullest_names(quotes: list[QuoteCandidate], index: _DocIndex) -> None:
    """Speakers known by a given name alone take the fullest name the text gives that person: the
    one person name starting with that given name ("Jock" → "Jock McChesney"), or, for a pet form,
    the surname of the one full name starting with the formal name it shortens ("Sister Carrie"
    with "Caroline Meeber" → "Carrie Meeber"). Left alone when two different people could be meant."""
    full_names: dict[tuple[str, ...], str] = {}
    for written in [ent.text for ent in index.persons] + [name for _, _, name, _ in index.names]:
        name = POSSESSIVE_END.sub("", written)
        words = _given_words(name)
        if words and name[:1].isupper() and not any(mark in name for mark in "\"“”\n"):
            full_names.setdefault(tuple(words), name)
    nicknames = load_nicknames()
    name_counts: dict[str, int] = {}
    for start, end in {(start, end) for start, end, _, _ in index.names}:
        words = _given_words(POSSESSIVE_END.sub("", index.text[start:end]))
        if len(words) == 1:
            name_counts[words[0]] = name_counts.get(words[0], 0) + 1
    given_names = _addressed_given_names(quotes, index)
    relatives = {key: given_names.get(name, name) for key, name in _named_relatives(quotes, index).items()}
    chosen: dict[str, str | None] = {**relatives, **given_names}
    spoken: Counter[str] | None = None
    for quote in quotes:
        speaker = quote.speaker
        if not speaker or speaker == NARRATOR:
            continue
        if speaker not in chosen:
            variant = _usual_variant(speaker, nicknames, name_counts)
            if variant is None and " " not in speaker and index.is_dialogue():
                # A pet form heard in speech ("Good-night, Hatty.") against a formal name the
                # excerpt writes more often, in speech or not ("Harriet!"): the usual form wins.
                if spoken is None:
                    spoken = Counter(word.lower() for word in CAPITALIZED_WORD.findall(index.text))
                variant = _usual_variant(speaker, nicknames, spoken) if spoken.get(speaker.lower()) else None
            fullest = _fullest_name(variant or speaker, full_names, nicknames, name_counts)
            chosen[speaker] = fullest or variant
        quote.speaker = chosen[speaker] or speaker


def _turn_partners(direct: list[QuoteCandidate], paragraphs: list[int]) -> dict[str, set[str]]:
    """For each speaker, the speakers whose turns come right before or after theirs (consecutive
    paragraphs): the people they talk with."""
    partners: dict[str, set[str]] = {}
    for first, second, gap in zip(direct, direct[1:], map(int.__sub__, paragraphs[1:], paragraphs)):
        if gap == 1 and first.speaker and second.speaker and first.speaker != second.speaker:
            partners.setdefault(first.speaker, set()).add(second.speaker)
            partners.setdefault(second.speaker, set()).add(first.speaker)
    return partners


def _named_relatives(quotes: list[QuoteCandidate], index: _DocIndex) -> dict[str, str]:
    """A parent or spouse the narration names only by relation ("said her mother") is the one named
    speaker of that gender who talks with the same people and never with them ("Mrs. Dalby found
    her there at five"): a novel calls one mother both ways, and two people of one family seldom
    take turns unannounced."""
    if not index.is_dialogue():
        return {}
    relatives = load_family_titles()
    direct = [quote for quote in quotes if quote.direct]
    partners = _turn_partners(direct, [index.paragraph_of(quote.outer_start) for quote in direct])
    speakers = {quote.speaker for quote in direct if quote.speaker and quote.speaker != NARRATOR}
    named: dict[str, str] = {}
    for relative in speakers:
        gender = gender_of(relative)
        if relative not in relatives or gender is None or relative not in partners:
            continue
        candidates = [
            other for other in speakers
            if other[:1].isupper() and gender_of(other) == gender and other not in partners[relative]
            and partners.get(other, set()) & partners[relative]
        ]
        if len(candidates) == 1:
            named[relative] = candidates[0]
    return named


def _addressed_given_names(quotes: list[QuoteCandidate], index: _DocIndex) -> dict[str, str]:
    """Speakers the narration calls by title and surname ("Mrs. Thorley") who are also called by a
    given name heard only in speech ("I will not have it, Kitty.") are one person: "Kitty Thorley".
    The given name is the one the other speakers call them by in the turns around theirs, or a
    speaker of that name and gender who never answers them and talks with the same people (the
    husband calls his wife Kitty; the narration says Mrs. Thorley)."""
    if not index.is_dialogue():
        return {}
    titles = load_titles()
    direct = [quote for quote in quotes if quote.direct]
    paragraphs = [index.paragraph_of(quote.outer_start) for quote in direct]
    partners = _turn_partners(direct, paragraphs)
    votes: dict[str, Counter[str]] = {}
    for position, quote in enumerate(direct):
        words = (quote.speaker or "").split()
        if len(words) != 2 or words[0].lower().rstrip(".") not in titles:
            continue
        counted = votes.setdefault(quote.speaker or "", Counter())
        for other in (position - 1, position + 1):
            if 0 <= other < len(direct) and abs(paragraphs[other] - paragraphs[position]) == 1:
                if direct[other].speaker != quote.speaker:
                    called = _vocatives(direct[other], index, surface=True)
                    counted.update(name for name in called if " " not in name and name != words[1])
    speakers = {quote.speaker for quote in direct if quote.speaker and quote.speaker != NARRATOR}
    narration = index.narration_names()
    candidates: dict[str, tuple[str, bool]] = {}
    for speaker, counted in votes.items():
        gender = gender_of(speaker)
        ranked = counted.most_common(2)
        given = ranked[0][0] if ranked and ranked[0][1] >= 2 else None
        if given is not None and len(ranked) > 1 and ranked[1][1] * 2 >= ranked[0][1]:
            given = None
        if given is not None:
            candidates[speaker] = (given, True)
        elif gender is not None:
            heard = [
                other for other in speakers
                if " " not in other and other not in narration and other not in partners.get(speaker, set())
                and gender_of(other) == gender and partners.get(other, set()) & partners.get(speaker, set())
            ]
            if len(heard) == 1:
                candidates[speaker] = (heard[0], False)
    named: dict[str, str] = {}
    for speaker, (given, called) in candidates.items():
        lower, surname = given.lower(), speaker.split()[1]
        address = lower.replace("’", "'") in load_address_words() or lower in _gender_rows("noun")
        if address or lower in titles or lower in load_kin_words() or not given[:1].isupper():
            continue
        if gender_of(given) not in {None, gender_of(speaker)}:
            continue
        # A name heard from a speaker's partners only, not called to them, needs the family: their
        # common partner is the one who bears the surname too ("Mr. Thorley", whom she calls Edmund).
        kin = {other for other in candidates if other != speaker and other.split()[1] == surname}
        kin |= {candidates[other][0] for other in kin}
        shared = partners.get(given, set()) & partners.get(speaker, set())
        if not called and not shared & kin:
            continue
        owners = [other for other in speakers if lower in _given_words(other) and other != speaker]
        # A name that is another speaker's own is the same person only when it is heard in speech
        # alone and its turns never answer this speaker's.
        if owners and (given in narration or owners != [given] or given in partners.get(speaker, set())):
            continue
        named[speaker] = f"{given} {surname}"
        for other in owners:
            named[other] = named[speaker]
    return named


def _usual_variant(speaker: str, nicknames: dict[str, frozenset[str]], name_counts: dict[str, int]) -> str | None:
    """The form of a one-word given name the narration writes most ("Letty" for a "Letitia" or a
    "Kit" heard only in speech): a pet form of it, the formal name it shortens, or the name plus a
    diminutive ending ("Kit" → "Kitty"); None when no variant is written more often than ``speaker``."""
    words = _given_words(speaker)
    if len(words) != 1 or not speaker[:1].isupper():
        return None
    given = words[0]
    variants = [
        name
        for name in name_counts
        if name != given
        and (name in nicknames.get(given, ()) or given in nicknames.get(name, ()) or _diminutive(given, name))
    ]
    best = max(variants, key=lambda name: name_counts[name], default=None)
    if best is None or name_counts[best] <= name_counts.get(given, 0):
        return None
    if sum(name_counts[name] == name_counts[best] for name in variants) > 1:
        return None
    return best.capitalize()


def _diminutive(first: str, second: str) -> bool:
    """Whether one given name is the other plus a pet ending ("kit"/"kitty", "tom"/"tommy")."""
    short, long = sorted((first, second), key=len)
    return len(short) >= 3 and long.startswith(short) and long[len(short) :] in DIMINUTIVE_ENDINGS


def _fullest_name(
    speaker: str,
    full_names: dict[tuple[str, ...], str],
    nicknames: dict[str, frozenset[str]],
    name_counts: dict[str, int] | None = None,
) -> str | None:
    """The fullest name of ``speaker`` (see :func:`_fullest_names`); a pet form the narration uses
    less often than the formal name it shortens ("Lizzy" beside "Elizabeth") is that formal name."""
    words = _given_words(speaker)
    if len(words) != 1 or not speaker[:1].isupper():
        return None
    given = words[0]
    longer = [key for key in full_names if len(key) > 1 and key[0] == given]
    shortened = not longer
    if shortened:
        formal = nicknames.get(given, frozenset())
        longer = [key for key in full_names if len(key) > 1 and key[0] in formal]
        alone = [key for key in full_names if len(key) == 1 and key[0] in formal]
        counts = name_counts or {}
        if not longer and len(alone) == 1 and counts.get(alone[0][0], 0) > counts.get(given, 0):
            return full_names[alone[0]]
    if not longer:
        return None
    fullest = max(longer, key=len)
    if any(key != fullest[: len(key)] for key in longer):
        return None
    if not shortened:
        return full_names[fullest]
    written = [word for word in _WORD.findall(full_names[fullest]) if word.lower() not in load_titles()]
    nickname = next(word for word in _WORD.findall(speaker) if word.lower() == given)
    return " ".join([nickname, *written[1:]])


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
