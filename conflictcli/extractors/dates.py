"""Temporal expressions (TIMEX3-style): dates, times, durations and sets, with ISO 8601 values.

Candidates come from two places: this module's own patterns (``_RULES``, built once from
``resources/dates/lexicon.json``) and the model's DATE/TIME entities. Own patterns win where they
overlap, because they follow TimeML extents (no leading preposition; determiners and modifiers
kept: "the last twenty four hours", "early this week") and come with their own normalization.

Values follow TimeML/TIMEX3 as CONTRACT.md asks: as precise as the text and no more ("June 2023" is
``2023-06``, "the 1990s" is ``199``, "last week" an ISO week, "three years" ``P3Y``, "every week"
``P1W``, "now" ``PRESENT_REF``). Relative expressions are resolved against the reference date; the
tense of the governing verb decides which way an unanchored weekday or month goes ("said on
Tuesday" looks back, "will meet on Tuesday", "should close in October", "effective June 1" forward;
a present-tense event in body copy, "the leaders meet Monday", is a schedule, and a deadline,
"extended until Friday", lies ahead; whatever the tense, a month, day, season or quarter after
"since" lies behind, "since late December" in November being last year's). "the December quarter"
is the calendar quarter holding the month. Expressions that point back at the text ("the following
day", "a week earlier", "the previous Friday", "in the afternoon", "the same month a year ago",
"that year") are anchored on the date named last before them, not on the reference date (once the
day of an event is named, the day of a report about it, "said in a statement on Sunday", does not
replace it); a yearless month told in the past takes the year its sentence wrote out ("took the
town on January 27, 2010 and lost it in April"), and in an earnings report "a year earlier" is the
quarter reported last, a year back. A numeric date "03/10/2025" (or "14.09.2026", "04-12-2026") is
read month first unless only the day-first reading exists or lies nearer the reference date. A
dateline timestamp ("12 February 2025, 09:40 GMT") is reported as the dateline's DATE and a TIME. Named days ("Christmas Day", "Thanksgiving", "Good Friday 2019")
come from ``resources/dates/holidays.json``; a range written with one month ("April 24 and 25",
"between 3 and 5 March") is reported as one date per day. Without a reference date relative
expressions stay None. dateparser is only a last resort for a single entity span that carries a
month or a year, and only the parts the text both states (``DateData.parts``) and writes out make
it into the value.

References: TimeML 1.2.1 annotation guidelines (Saurí et al. 2006) for extents and values;
TempEval-3 (UzZaman et al. 2013) and MEANTIME (Minard et al. 2016) for conventions such as
"the quarter" meaning the latest completed quarter in financial news.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token

from conflictcli.extractors._doc import doc_text, register_extension
from conflictcli.extractors.reference_date import (
    alternation,
    date_regex_parts,
    lexicon,
    month_number,
    parse_date_groups,
    parse_iso_day,
    valid_date,
)

register_extension("conflictcli_dates")

# (value, type) or (value, type, corrected start offset of the expression)
Value = tuple[str | None, str] | tuple[str | None, str, int]
COUNT_ENTITIES = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
NAME_ENTITIES = {"PERSON", "ORG", "GPE", "FAC", "WORK_OF_ART", "PRODUCT", "NORP", "EVENT", "LOC"}
# Words before "May"/"March" that make the month reading safe (else the verb or a name).
MONTH_CUES = {"in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "to",
              "through", "between", "and", "or", "early", "late", "mid", "mid-", "-", "the",
              "last", "next", "this", "each", "every", ",", "late-", "early-"}
YEAR_CUES = {"in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "to",
             "through", "between", "and", "early", "late", "mid", "fiscal", "the", "around", "circa"}


# Words right before a date that point ahead whatever the verb: "effective June 1",
# "as early as Monday", "scheduled for Thursday".
_AHEAD_CUE = re.compile(r"(?i)\b(?:effective|as\s+(?:soon|early)\s+as|no\s+later\s+than|"
                        r"(?:scheduled|slated|set|planned)\s+for|due\s+(?:on|by))\s+(?:on\s+)?$")


# A deadline or a postponement runs to a date ahead even when told in the past tense: "extended
# its offer until Friday", "postponed the vote until Tuesday morning", "a deadline of June 1",
# "has given the residents until Tuesday to leave".
_DEADLINE_CUE = re.compile(r"(?i)\b(?:extend|postpon|delay|adjourn|defer|suspend|deadline|"
                           r"ultimatum)\w*\b[^.;!?]{0,45}?\b(?:until|till|to|of|by)\s+"
                           r"(?:(?:about|around|at|on)\s+)?$")
_GIVEN_UNTIL_CUE = re.compile(r"(?i)\b(?:give|gave|given|giving)\b[^.;!?]{0,45}?\b(?:until|till)"
                              r"\s+(?:(?:about|around|at|on)\s+)?$")
_INFINITIVE_AFTER = re.compile(r"[^;!?\n]{0,30}?\bto\s+[a-z]")


# "until"/"till" before a date in a clause not told in the past: a time limit, so ahead.
_UNTIL_CUE = re.compile(r"(?i)\b(?:until|till|(?:up\s+)?to\s+and\s+including)\s+"
                        r"(?:(?:about|around|at|on)\s+)?$")


@dataclass(slots=True)
class _Context:
    """What a value handler needs: the doc, its reference date and a char→token index."""

    doc: Doc
    text: str
    ref: dt.date | None
    token_starts: list[int]
    quarterly: bool = False  # the article reports quarterly figures (see _h_ago)
    headline_end: int = 0  # end of a headline line (short, no full stop), 0 when none

    def token_at(self, char: int) -> Token | None:
        if not len(self.doc):
            return None
        i = bisect.bisect_right(self.token_starts, char) - 1
        return self.doc[max(i, 0)]

    def tense(self, char: int) -> str | None:
        """"past", "future", "present", "scheduled" (a present-tense event in body copy) or
        None: the tense of the verb governing ``char``.

        When the date only modifies a noun ("a June agreement", "Monday's ruling") only a past
        clause tells (what a past clause names has happened); "would overturn Monday's ruling"
        says nothing about Monday.
        """
        ahead = _AHEAD_CUE.search(self.text, max(0, char - 40), char)
        token = self.token_at(char)
        parsed = token is not None and self.doc.has_annotation("DEP")
        if ahead is not None and ahead.group().lower().startswith("as") and parsed and (
                self._clause_tense(token) == "past"):
            return "past"  # "as early as May, farmers noticed": the earliest sighting, told past
        if ahead is not None or _DEADLINE_CUE.search(self.text, max(0, char - 70), char) or (
                _GIVEN_UNTIL_CUE.search(self.text, max(0, char - 70), char)
                and _INFINITIVE_AFTER.match(self.text, char)):
            return "future"
        if not parsed:
            return None
        modifier = token.dep_ in ("compound", "poss") and token.head.pos_ in ("NOUN", "PROPN")
        tense = self._clause_tense(token)
        if tense != "past" and _UNTIL_CUE.search(self.text, max(0, char - 30), char):
            return "future"  # "the dealers have until June 12", "the offer runs until Friday"
        return None if modifier and tense != "past" else tense

    def same_clause_chain(self, first: int, second: int) -> bool:
        """Whether the expressions at ``first`` and ``second`` hang on the same verb or on two
        coordinated verbs ("took the town in 2010 and lost it in April"), not on a verb of a
        relative or subordinate clause ("GM, which filed in June 2009, reported in May")."""
        heads = []
        for char in (first, second):
            token = self.token_at(char)
            if token is None or not self.doc.has_annotation("DEP"):
                return False
            for _ in range(6):
                if token.pos_ in ("VERB", "AUX") or token.head == token:
                    break
                token = token.head
            heads.append(token)
        a, b = heads
        return a == b or b in a.conjuncts

    def _clause_tense(self, token: Token) -> str | None:
        date_token = token
        for _ in range(5):
            if token.pos_ in ("VERB", "AUX") or token.head == token:
                break
            token = token.head
        token = _reporting_clause_verb(token, date_token)
        words = [token, *(c for c in token.children if c.dep_ in ("aux", "auxpass"))]
        if any(w.lower_ in ("will", "'ll", "shall", "wo") for w in words):
            return "future"
        if token.tag_ in ("VBZ", "VBP") and token.lemma_ == "be" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in _intent_verbs() for c in token.children):
            return "future"  # "the vote is due in March": a plan in the present points ahead
        if token.lemma_.lower() in _scheduling_verbs() and any(
                c.dep_ == "dobj" for c in token.children):
            return "future"  # "has scheduled a news conference Thursday": the event lies ahead
        modals = {w.lower_ for w in words[1:] if w.tag_ == "MD"}
        if modals:
            # "should be completed in October", "would close Monday"; "would have" looks back and
            # "could"/"might" as often tell of a past possibility
            if token.tag_ == "VBN" and any(w.lemma_ == "have" for w in words[1:]):
                return "past"
            return None if modals <= {"could", "might"} else "future"
        passive_base = token.tag_ == "VBN" and any(w.tag_ == "VB" and w.lemma_ == "be" for w in words[1:])
        if (token.tag_ == "VB" or passive_base) and any(w.lower_ == "to" for w in words[1:]):
            # "is scheduled to close Monday", "plans to vote in May": ahead unless told in the past
            # "were planning to drive there on Monday": an intention points ahead however told;
            # "the car, to be launched in November": the passive infinitive alike
            head = token.head
            told = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]
            if head != token and head.lemma_.lower() in _intent_verbs() and not any(
                    w.lemma_ == "have" for w in told[1:]):
                return "future"
            if head == token or any(w.tag_ == "VBD" for w in told):
                return None
            return "future"
        if token.tag_ == "VBN" and token.lemma_.lower() in _plan_participles():
            # "the launch, expected in December, will slip", "a ruling was expected in December":
            # a plan, not a past event; a bare participle takes the tense of the clause it
            # hangs on
            if any(w.tag_ in ("VBZ", "VBP") and w.lemma_ == "be" for w in words[1:]):
                return "future"  # "the ruling is expected in December"
            if len(words) > 1 or token.head == token:
                return None
            return self._clause_tense(token.head)
        if any(w.tag_ == "VBD" for w in words):
            return "past"
        if token.tag_ == "VBN" and (len(words) == 1 or any(w.lemma_ == "have" for w in words)):
            return "past"  # "has sold", and a bare participle: "a statement released Friday"
        # a bare base form with a subject of its own is a present tense the tagger missed
        finite_base = token.tag_ == "VB" and len(words) == 1 and any(
            c.dep_ == "nsubj" for c in token.children)
        if (token.tag_ in ("VBZ", "VBP", "VBG") or finite_base
                or any(w.tag_ in ("VBZ", "VBP") for w in words)):
            # Body copy tells past events in the past tense, so a present-tense event with a
            # date is a schedule ("the leaders meet Monday", "talks are resuming Friday").
            # Reporting verbs ("says Monday") and headlines use the present for what happened;
            # a bare participle ("closing unchanged Friday"), a perfect ("have been searching
            # since") and "hurt"/"cut" (past or present?) are no present tense to go by.
            headline = token.idx < self.headline_end
            finite = token.tag_ in ("VBZ", "VBP") or finite_base or (
                token.tag_ == "VBG" and any(w.tag_ in ("VBZ", "VBP") for w in words[1:]))
            perfect = any(w.lemma_ == "have" for w in words[1:])
            # under a past tense ("..., the army said") the present is more often a mistagged
            # past ("retook", "drone strikes") than a schedule
            told_in_past = any(a.tag_ == "VBD" for a in token.ancestors)
            if (headline or not finite or perfect or told_in_past
                    or token.lemma_.lower() in _reporting_verbs()
                    or token.lower_ in _same_form_past_verbs()):
                return "present"
            return "scheduled"
        return None


def _reporting_clause_verb(verb: Token, date_token: Token) -> Token:
    """The verb a date really hangs on when the parser gave it to a reported clause: in "Toyota
    said on Monday it would recall cars" the date stands between the reporting verb and the
    reported clause's subject, so it dates the saying, not the recall ("said that on Monday it
    would" keeps it inside)."""
    if verb.dep_ != "ccomp" or verb.i <= date_token.i:
        return verb
    head = verb.head
    if (head.pos_ not in ("VERB", "AUX") or not head.i < date_token.i
            or head.lemma_.lower() not in _report_words()):
        return verb  # "officials believe by Friday the town will fall": the clause's own date
    opens_after = False
    for child in verb.children:
        if child.dep_ == "mark" and child.i < date_token.i:
            return verb
        if child.dep_ in ("nsubj", "nsubjpass", "expl", "mark") and child.i > date_token.i:
            opens_after = True
    return head if opens_after else verb


@cache
def _reporting_verbs() -> frozenset[str]:
    """Verbs that report in the present what happened ("the ministry says ... on Monday")."""
    return frozenset(lexicon()["reporting_verbs"])


@cache
def _plan_participles() -> frozenset[str]:
    """Verbs whose participle names a plan ("expected in December", "scheduled for Friday")."""
    return frozenset(lexicon()["plan_participles"])


@cache
def _scheduling_verbs() -> frozenset[str]:
    """Verbs that set up an event ahead ("planned a rally on Saturday")."""
    return frozenset(lexicon()["scheduling_verbs"])


@cache
def _intent_verbs() -> frozenset[str]:
    """Verbs whose to-infinitive lies ahead of them ("planned to vote on Monday")."""
    return frozenset(lexicon()["intent_verbs"])


@cache
def _same_form_past_verbs() -> frozenset[str]:
    """Verbs whose past tense is their present form ("hurt", "cut"): the tag may be wrong."""
    return frozenset(lexicon()["same_form_past_verbs"])


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    regex: re.Pattern[str]
    handler: Callable[[re.Match[str], int, _Context], Value | None]
    triggers: frozenset[str]  # trigger words (lower case, "#" = a digit) one of which must occur


# ---------------------------------------------------------------------------------------------
# Small calendar helpers


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _quarter(month: int) -> int:
    return (month - 1) // 3 + 1


# "since late December", "ever since March 3": the stretch started in the past, whatever the tense
_SINCE_CUE = re.compile(r"(?i)\bsince\s+$")


def _month_direction(rel: str | None, start: int, ctx: _Context) -> str:
    """The direction of a yearless month (or month and day, or weekday) starting at ``start``."""
    if not rel and _SINCE_CUE.search(ctx.text, max(0, start - 8), start):
        return "since"
    return _direction(rel, ctx.tense(start))


def _direction(rel: str | None, tense: str | None) -> str:
    """"back", "forward", "this" or "near" for a relative word or, failing that, the tense."""
    rel = (rel or "").lower()
    if rel in ("last", "past", "previous", "preceding", "latest"):
        return "back"
    if rel in ("next", "coming", "following"):
        return "forward"
    if rel in ("this", "current", "present"):
        return "this"
    return {"past": "back+", "future": "forward+", "scheduled": "forward+"}.get(tense or "", "near")


def _resolve_day(candidates: list[dt.date], ref: dt.date, direction: str,
                 tolerance: int = 300) -> dt.date:
    """Pick among same-named days: strictly/inclusively before or after ``ref``, or the nearest.
    A tense alone is trusted for dates within ``tolerance`` days."""
    if direction == "back":
        pool = [d for d in candidates if d < ref]
    elif direction == "back+":
        pool = [d for d in candidates if d <= ref]
    elif direction == "forward":
        pool = [d for d in candidates if d > ref]
    elif direction == "forward+":
        pool = [d for d in candidates if d >= ref]
    else:
        pool = candidates
    # A tense can be misread, so a tense alone gives way to a date within ten months; an explicit
    # "last December" on 30 October still means eleven months back.
    explicit = pool if direction in ("back", "forward") else []
    pool = [d for d in pool if abs((d - ref).days) <= tolerance] or explicit or candidates
    return min(pool, key=lambda d: (abs((d - ref).days) * (2 if d > ref else 1), d > ref))


def _year_for_month(month: int, day: int | None, ref: dt.date, direction: str) -> int:
    """The year of a yearless month (and day) as seen from ``ref``; direction "since" (the
    start of a stretch that runs to now) takes the latest one not after ``ref``, however far."""
    if direction == "this":
        return ref.year
    days = [valid_date(y, month, day or 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
    options = [d for d in days if d is not None]
    if not options:
        return ref.year
    if direction == "since":
        bound = ref.replace(day=1) if day is None else ref
        return max((d for d in options if d <= bound), default=options[0]).year
    # a month told in the future lies within the eleven months ahead ("will close in December"
    # in February), one told in the past within the ten months behind ("first flew in December"
    # in October); a day keeps the tighter window, and so does the month right after the
    # reference month, which a misread past tense most often names
    if day is None and direction.startswith("forward"):
        tolerance = 335
    elif day is None and direction.startswith("back"):
        tolerance = 310
    else:
        tolerance = 300
    return _resolve_day(options, ref.replace(day=1) if day is None else ref, direction,
                        tolerance).year


# ---------------------------------------------------------------------------------------------
# Numbers and units


@cache
def _numbers() -> dict[str, float]:
    lex = lexicon()
    words: dict[str, float] = dict(lex["number_words"])
    tens = {w: n for w, n in lex["number_words"].items() if n in (20, 30, 40, 50, 60, 70, 80, 90)}
    ones = {w: n for w, n in lex["number_words"].items()
            if isinstance(n, int) and 1 <= n <= 9 and w not in ("a", "an")}
    for tw, tn in tens.items():
        for ow, on in ones.items():
            words[f"{tw}-{ow}"] = words[f"{tw} {ow}"] = tn + on
    # "seven and a half years", "twenty-two and a half hours", "four-and-a-half years"
    halves = {word: count + 0.5 for word, count in list(words.items())
              if count == int(count) and 1 <= count < 100 and " a" not in f" {word}"
              and not {"dozen", "couple", "hundred", "single"} & set(re.split(r"[\s-]", word))}
    words.update({f"{word} and a half": count for word, count in halves.items()})
    words.update({f"{word}-and-a-half": count for word, count in halves.items() if " " not in word})
    return words


def trie_regex(words: Any) -> str:
    """One regex matching any of ``words``, as a prefix tree so shared prefixes are tried once.

    Spaces inside words match any run of whitespace. Much faster than a flat alternation of
    hundreds of words, which the ``re`` engine tries one by one at every position.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + build(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if len(branches) == 1 and len(body) > 1 else body + "?"
        return body

    return build(trie)


def _number_pattern() -> str:
    lex = lexicon()
    words = trie_regex([*_numbers(), *lex["vague_quantities"]])
    return rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+|\s+and\s+a\s+half)?|(?:{words}))"


def _parse_number(text: str) -> float | None:
    """The number a count phrase states, or None when vague ("several")."""
    text = re.sub(r"\s+", " ", text.lower().strip())
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    if re.fullmatch(r"\d+ and a half", text):
        return float(text.split()[0]) + 0.5
    return _numbers().get(text)


def _unit(word: str) -> tuple[str, bool]:
    """(TIMEX unit code, is_time_unit) for a unit word in any number."""
    word = word.lower().rstrip("s")
    word = {"centurie": "century", "centuri": "century"}.get(word, word)
    for suffix in ("trading day", "business day", "working day", "school day", "session"):
        if word.endswith(suffix):
            return "D", False
    code, is_time = lexicon()["units"].get(word, ["X", False])
    return code, is_time


def _duration(count: float | None, unit_word: str) -> str:
    """A TIMEX3 duration: ``P3Y``, ``PT48H``, ``PXY`` (vague), ``P2Y6M`` (two and a half years),
    ``P1.5W`` (no whole number of days), ``P20Y`` (two decades)."""
    code, is_time = _unit(unit_word)
    multiplier = 1
    if code in ("10Y", "100Y", "2W"):
        multiplier, code = int(code[:-1]), code[-1]
    if count is None:
        amount = "X"
        # vague decades in years, as counted ones are ("two decades" P20Y): "decades-long" PXY;
        # vague centuries in TimeBank's century unit: "for centuries" PXC
        code = {100: "C"}.get(multiplier, code)
    else:
        total = count * multiplier
        if total != int(total):
            split = _split_fraction(total, code, is_time)
            if split is not None:
                return split
        amount = str(int(total)) if total == int(total) else f"{total:g}"
    return f"PT{amount}{code}" if is_time else f"P{amount}{code}"


# A unit and the next smaller one it divides into exactly: "2 1/2 years" is P2Y6M, not P2.5Y.
_SMALLER_UNIT = {("Y", False): (12, "M", False), ("W", False): (7, "D", False),
                 ("D", False): (24, "H", True), ("H", True): (60, "M", True),
                 ("M", True): (60, "S", True)}


def _split_fraction(total: float, code: str, is_time: bool) -> str | None:
    """``total`` units written as whole units plus whole smaller ones (1.5 hours: ``PT1H30M``),
    as TimeML values are; None when the fraction is not a whole number of the smaller unit."""
    smaller = _SMALLER_UNIT.get((code, is_time))
    if smaller is None:
        return None
    factor, small_code, small_is_time = smaller
    whole = int(total)
    rest = (total - whole) * factor
    if abs(rest - round(rest)) > 1e-9:
        return None
    rest_text = f"{round(rest)}{small_code}"
    if small_code == "D" and not whole:
        return f"P{rest_text}"
    if small_code == "D":
        return f"P{round(total * factor)}D"
    head = f"{whole}{code}" if whole else ""
    if is_time:
        return f"PT{head}{rest_text}"
    if small_is_time:
        return f"P{head}T{rest_text}"
    return f"P{head}{rest_text}"


# ---------------------------------------------------------------------------------------------
# Value handlers, one per rule


def _h_iso(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    day = valid_date(int(m["iy"]), int(m["im"]), int(m["id"]))
    if day is None:
        return None
    if m["ih"]:
        zone = "Z" if m["itz"] in ("Z", "+00:00", "+0000") else ""
        return f"{day.isoformat()}T{m['ih']}:{m['imin']}{zone}", "TIME"
    return day.isoformat(), "DATE"


def _clock(hour: int, minute: int, ampm: str | None) -> tuple[int, int] | None:
    ampm = (ampm or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return (hour, minute) if hour < 24 and minute < 60 else None


def _zone(name: str | None, offset: str | None = None) -> str:
    """The ISO suffix of a zone as written: "Z" for UTC/GMT, "+08" for "GMT +8", else nothing."""
    if offset:
        hours = int(re.sub(r"[^\d]", "", offset))
        return f"{'-' if '-' in offset else '+'}{hours:02d}" if hours else "Z"
    return lexicon()["time_zones"].get((name or "").upper(), "")


_NAMES_THE_2001_ATTACKS = re.compile(
    r"(?:th)?\s+(?i:(?:terror(?:ist)?\s+)?(?:attacks?|hijack(?:ers|ings?)|commission)\b)")


def _written_day(m: re.Match[str], start: int, ctx: _Context) -> tuple[bool, dt.date | None]:
    """Whether a written month and day is a date at all, and its day: the year as written, else the
    one the reference date and the clause's tense give (None without a reference date)."""
    parsed = parse_date_groups(m)
    if parsed is None:
        return False, None
    year, month, day = parsed
    if year is None and (month, day) == (9, 11) and _NAMES_THE_2001_ATTACKS.match(
            ctx.text, start + m.end() - m.start()):
        return True, dt.date(2001, 9, 11)  # "the Sept. 11 attacks" are those of 2001, any year
    if year is None:
        if ctx.ref is None:
            return True, None
        year = _weekday_year(m.group(), month, day, ctx.ref) or _year_for_month(
            month, day, ctx.ref, _month_direction(None, start, ctx))
    date = valid_date(year, month, day)
    return date is not None, date


@cache
def _leading_weekday() -> re.Pattern[str]:
    lex = lexicon()
    names = alternation([*lex["weekdays"], *lex["weekday_abbreviations"]])
    return re.compile(rf"(?:(?i:early|late|mid)[-\s]+)?(?P<wd>{names})\b\.?,?\s")


def _weekday_year(text: str, month: int, day: int, ref: dt.date) -> int | None:
    """The year a yearless date falls on its own weekday ("Saturday, April 3"), among the
    reference year and the years either side (a weekday repeats a date only years apart)."""
    lead = _leading_weekday().match(text)
    if lead is None:
        return None
    lex = lexicon()
    weekday = {**lex["weekdays"], **lex["weekday_abbreviations"]}[lead["wd"]]
    years = [y for y in (ref.year - 1, ref.year, ref.year + 1)
             if (date := valid_date(y, month, day)) is not None and date.isoweekday() == weekday]
    return years[0] if len(years) == 1 else None


def _h_full_date(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    is_date, date = _written_day(m, start, ctx)
    if not is_date:
        return None
    if date is None:
        return None, "DATE"
    if m["fth"]:
        clock = _clock(int(m["fth"]), int(m["ftm"]), m["fampm"])
        if clock:
            return f"{date.isoformat()}T{clock[0]:02d}:{clock[1]:02d}{_zone(m['ftz'])}", "TIME"
    return date.isoformat(), "DATE"


def _h_range_day(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """The day of a range that has no month of its own ("25" in "April 24 and 25")."""
    month = month_number()[m["rm"].rstrip(".").lower()]
    day = int(m["rd"])
    day_start = start + m.start("rd") - m.start()
    if m["ry"]:
        year = int(m["ry"])
    elif ctx.ref is None:
        return None, "DATE", day_start
    else:
        year = _year_for_month(month, day, ctx.ref, _direction(None, ctx.tense(start)))
    date = valid_date(year, month, day)
    return (date.isoformat(), "DATE", day_start) if date else None


def _h_week_of(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"the week of March 6": the ISO week of that day."""
    is_date, date = _written_day(m, start, ctx)
    if not is_date:
        return None
    return (_iso_week(date) if date else None), "DATE"


def _h_week_of_month(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"the second week of October": the second ISO week with most of its days in October (the
    one holding the 11th); "the last week of" the last such week."""
    month = month_number()[m["wkm"].lower()]
    if m["wky"]:
        year = int(m["wky"])
    elif ctx.ref is not None:
        year = _year_for_month(month, None, ctx.ref, _month_direction(None, start, ctx))
    else:
        return None, "DATE"
    ordinal = m["wkord"].lower()
    if ordinal in ("last", "final"):
        next_year, next_month = _add_months(year, month, 1)
        day = dt.date(next_year, next_month, 1) - dt.timedelta(days=4)
    else:
        day = dt.date(year, month, 4 + 7 * (lexicon()["ordinals"][ordinal] - 1))
    return _iso_week(day), "DATE"


def _h_slash(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"12/25/2023" (month first, the US order) or "25/12/2023" (day first); when both orders
    make a date, the one nearer the reference date ("03/10/2025" in a report of 3 October)."""
    year = int(m["sy"] or m["sy2"])
    if year < 100:
        year += 1900 if year >= 50 else 2000
    first, second = int(m["sm"] or m["sm2"]), int(m["sd"] or m["sd2"])
    readings = [d for d in (valid_date(year, first, second), valid_date(year, second, first)) if d]
    if not readings:
        return None
    if ctx.ref is not None:
        ref = ctx.ref
        return min(readings, key=lambda d: abs((d - ref).days)).isoformat(), "DATE"
    return readings[0].isoformat(), "DATE"


# "as early as May", "as late as March": the month reading is safe after them
_AS_EARLY_AS = re.compile(r"(?i)\bas\s+(?:early|late|soon)\s+as\s+$")


def _month_modifies_noun(token: Token, doc: Doc) -> bool:
    """"a May interview", "a March report": after "a"/"an" and before a lower-case noun, the
    capitalised word is the month modifying the noun (not the verb or a name)."""
    return (0 < token.i < len(doc) - 1 and doc[token.i - 1].lower_ in ("a", "an")
            and doc[token.i + 1].pos_ == "NOUN" and doc[token.i + 1].is_lower)


def _h_month_year(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    month = month_number()[m["mym"].rstrip(".").lower()]
    return f"{int(m['myy']):04d}-{month:02d}", "DATE"


def _h_month(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    token = ctx.token_at(m.start("mo") + start - m.start())
    if token is not None and (token.pos_ in ("VERB", "AUX") or token.tag_ == "MD"
                              or token.ent_type_ in NAME_ENTITIES):
        return None
    month = month_number()[m["mo"].lower()]
    if month in (3, 5) and not m["mrel"] and token is not None and (
            token.i == 0 or ctx.doc[token.i - 1].lower_ not in MONTH_CUES) and not (
            _AS_EARLY_AS.search(ctx.text, max(0, token.idx - 20), token.idx)
            or _month_modifies_noun(token, ctx.doc)):
        return None
    if ctx.ref is None:
        return None, "DATE"
    year = _year_for_month(month, None, ctx.ref, _month_direction(m["mrel"], start, ctx))
    return f"{year}-{month:02d}", "DATE"


def _spelled_year(text: str) -> int | None:
    """1997 for "nineteen ninety-seven", 2003 for "two thousand three" / "twenty oh three"."""
    words = re.split(r"[\s-]+", text.lower().replace(" and ", " "))
    numbers = _numbers()
    if words[:2] == ["two", "thousand"]:
        rest = " ".join(words[2:])
        return 2000 + int(numbers.get(rest, 0)) if not rest or rest in numbers else None
    if words[0] not in ("nineteen", "twenty", "eighteen"):
        return None
    rest = " ".join(w for w in words[1:] if w not in ("oh", "o"))
    century = int(numbers[words[0]])
    value = numbers.get(rest)
    if value is None or value >= 100 or (value < 10 and not {"oh", "o"} & set(words)):
        return None  # "twenty-seven states" is a count; a year says "twenty oh seven"
    return century * 100 + int(value)


_COUNTED_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|of\b|-?(?:dollars?|cents?|"
                            r"people|points|times|years?|percent)\b)", re.IGNORECASE)


def _h_spelled_year(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    year = _spelled_year(m["sw"])
    if year is None:
        return None
    if not m["swm"] and _COUNTED_AFTER.match(ctx.text, start + m.end() - m.start()):
        return None  # a count: "twenty six percent", "twenty-two dollar", "twenty six of them"
    if m["swm"]:
        return f"{year}-{month_number()[m['swm'].lower()]:02d}", "DATE"
    return str(year), "DATE"


# "a 1500-strong force", "a 2000 seat hall": a size, not a year
_SIZE_AFTER = re.compile(r"\s*-|\s+(?:strong|seat|member|page|word|acre)\b", re.IGNORECASE)


_YEAR_RANGE_AFTER = re.compile(r"[^\S\n]*[-–—][^\S\n]*(?P<other>(?:1[5-9]|20)\d\d)(?!\d)")
_YEAR_RANGE_BEFORE = re.compile(r"(?<![\d.,$])(?P<other>(?:1[5-9]|20)\d\d)[^\S\n]*[-–—][^\S\n]*$")


def _h_year(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    year_start = start + m.start("year") - m.start()
    token = ctx.token_at(year_start)
    before = ctx.doc[token.i - 1] if token is not None and token.i > 0 else None
    # "a 2015 police sweep" (no count takes "a"), "Trump's 1995 tax filings": a year modifier
    singular = (before is not None and before.lower_ in ("a", "an") and m.start() == m.start("year")
                and m["year"][:2] in ("19", "20")
                and not _SIZE_AFTER.match(ctx.text, start + m.end() - m.start()))
    possessive = before is not None and before.tag_ == "POS" and m.start() == m.start("year")
    # "ran 1995–2000": a span of years the model may read as a count
    later = _YEAR_RANGE_AFTER.match(ctx.text, year_start + len(m["year"]))
    earlier = _YEAR_RANGE_BEFORE.search(ctx.text, max(0, year_start - 8), year_start)
    ranged = bool(later and int(later["other"]) > int(m["year"])
                  or earlier and int(earlier["other"]) < int(m["year"]))
    if (token is not None and token.ent_type_ in COUNT_ENTITIES
            and not (singular or possessive or ranged)):
        cue = before
        if (before is not None and before.lower_ in ("least", "most") and before.i > 1
                and ctx.doc[before.i - 1].lower_ == "at"):
            cue = ctx.doc[before.i - 2]  # "until at least 2011": the word before the hedge
        if cue is None or cue.lower_ not in YEAR_CUES:
            return None
    if token is not None and token.ent_type_ in NAME_ENTITIES - {"EVENT"} and not possessive:
        return None
    if (token is not None and ctx.ref is not None and int(m["year"]) > ctx.ref.year + 30
            and m.start() == m.start("year")
            and (token.i == 0 or ctx.doc[token.i - 1].lower_ not in YEAR_CUES)):
        return None  # "the index closed at 2082": a far-future year needs "by", "in", "until"...
    if token is not None and 0 < token.i < len(ctx.doc) - 1:
        previous, following = ctx.doc[token.i - 1], ctx.doc[token.i + 1]
        if previous.tag_ == "NNP" and following.tag_ == "NNP" and previous.lower_ not in month_number():
            return None
        if (following.tag_ == "NNS" and previous.lower_ not in YEAR_CUES and not singular
                and m.start() == m.start("year") and following.lower_ not in _year_state_nouns()):
            return None
    if (token is not None and token.i > 1 and m.start() == m.start("year")
            and _names_the_year(ctx.doc[token.i - 1])):
        return None  # a name with a year in it: "Windows 2000", "Expo 2010", "Euro 2012"
    if token is not None and token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].lower_ in (
            "percent", "%", "per", "times", "people", "troops", "soldiers", "dollars"):
        return None
    return m["year"], "DATE"


@cache
def _year_state_nouns() -> frozenset[str]:
    """Plural nouns after a year that measure against that year ("below 1990 levels",
    "2008 highs"): the year is a date there, not a count of things."""
    return frozenset(lexicon()["year_state_nouns"])


def _names_the_year(previous: Token) -> bool:
    """Whether ``previous``, the word right before a bare year, is a capitalized name word (not
    a month, weekday, season, holiday or year cue) inside the sentence, so that the year is part
    of a name."""
    return (previous.tag_ in ("NNP", "NNPS") and previous.is_title and not previous.is_sent_start
            and previous.lower_.rstrip(".") not in _calendar_words())


@cache
def _calendar_words() -> frozenset[str]:
    """Lower-case words that name a time themselves (a year after them is a date, not a name)."""
    lex = lexicon()
    holidays = _holidays()
    words = {*month_number(), *(w.lower().rstrip(".") for w in lex["month_abbreviations"]),
             *(w.lower() for w in lex["weekdays"]), *lex["seasons"], *YEAR_CUES}
    words.update(word for group in ("fixed", "nth_weekday", "easter") for name in holidays[group]
                 for word in name.lower().split())
    return frozenset(words)


_SPELLED_TENS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def _h_decade(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    if m["dec"]:
        if m["dec"].endswith("00") and m["dec"] < "2000":
            return m["dec"][:2], "DATE"  # "the 1800s": the century, as "the 19th century" is "18"
        return m["dec"][:3], "DATE"
    spelled = (m["dec3"] or m["dec4"] or "").lower()
    if spelled and not m.group().lower().startswith("the"):
        return None  # "in their forties": an age; "the nineties" is the decade
    before = ctx.text[max(0, start - 12):start].lower().split()
    if before and before[-1] in ("his", "her", "their", "its", "my", "your", "our", "mid"):
        return None
    tens = _SPELLED_TENS[spelled] if spelled else int(m["dec2"][0])
    century = 19
    if ctx.ref is not None and tens * 10 <= ctx.ref.year % 100 and ctx.ref.year >= 2000:
        century = 20
    return f"{century}{tens}", "DATE"


def _h_century(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    number = lexicon()["ordinals"].get(m["cent"].lower())
    return (f"{number - 1:02d}", "DATE") if number else None


_POSSESSIVE_S = re.compile(r"['’]s\s+")


def _generic_today(end: int, ctx: _Context) -> bool:
    """Whether "today's" means nowadays: "today's world", "today's GM" (a name, not an event
    of the day as in "today's vote")."""
    after = _POSSESSIVE_S.match(ctx.text, end)
    if after is None:
        return False
    token = ctx.token_at(after.end())
    if token is None or token.idx != after.end():
        return False
    if token.lower_ in lexicon()["generic_after_today"]:
        return True
    following = ctx.doc[token.i + 1] if token.i + 1 < len(ctx.doc) else None
    return token.pos_ == "PROPN" and (following is None or following.pos_ not in ("PROPN", "NOUN"))


def _h_today(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    word = re.sub(r"\s+", " ", m["rd"].lower())
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}[word]
    part = m["pod"] or ("night" if word == "tonight" else None)
    if word == "today" and not part and _generic_today(start + m.end("rd") - m.start(), ctx):
        return "PRESENT_REF", "DATE"
    if ctx.ref is None:
        return None, "TIME" if part else "DATE"
    day = (ctx.ref + dt.timedelta(days=offset)).isoformat()
    if part:
        return f"{day}T{lexicon()['parts_of_day'][part.lower()]}", "TIME"
    return day, "DATE"


def _h_part_of_day(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    if ctx.ref is None:
        return None, "TIME"
    offset = -1 if m["prel"].lower() == "last" else 0
    day = ctx.ref + dt.timedelta(days=offset)
    return f"{day.isoformat()}T{lexicon()['parts_of_day'][m['ppart'].lower()]}", "TIME"


def _weekday_date(weekday: int, ref: dt.date, direction: str) -> dt.date:
    """The date of ISO ``weekday`` around ``ref`` in ``direction``."""
    if direction == "this":
        return ref + dt.timedelta(days=weekday - ref.isoweekday())
    options = [ref + dt.timedelta(days=d) for d in range(-7, 8)
               if (ref + dt.timedelta(days=d)).isoweekday() == weekday]
    return _resolve_day(options, ref, direction)


def _h_month_relative_year(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    if ctx.ref is None:
        return None, "DATE"
    year = ctx.ref.year + {"last": -1, "next": 1}.get(m["myrel"].lower(), 0)
    return f"{year}-{month_number()[m['mo'].lower()]:02d}", "DATE"


def _h_weekend(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    if ctx.ref is None:
        return None, "DATE"
    if ctx.tense(start) == "future" or ctx.ref.isoweekday() >= 6:
        return f"{_iso_week(ctx.ref)}-WE", "DATE"
    return f"{_iso_week(ctx.ref - dt.timedelta(days=7))}-WE", "DATE"


def _h_weekday(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    token = ctx.token_at(start + m.start("wd") - m.start())
    if token is not None and token.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "EVENT"):
        return None
    weekday = lexicon()["weekdays"][m["wd"].title()]
    part = lexicon()["parts_of_day"].get((m["wpod"] or "").lower())
    if ctx.ref is None:
        return None, "TIME" if part else "DATE"
    direction = _month_direction(m["wrel"], start, ctx)
    day = _weekday_date(weekday, ctx.ref, "back+" if direction == "since" else direction)
    if part:
        return f"{day.isoformat()}T{part}", "TIME"
    return day.isoformat(), "DATE"


def _season_year(season_start: int, ref: dt.date, direction: str) -> int:
    if direction == "back":
        return ref.year if ref.month > season_start + 2 else ref.year - 1
    if direction == "forward":
        return ref.year if ref.month < season_start else ref.year + 1
    return ref.year


_STRETCH_CUE = re.compile(r"(?i)\b(?:for|over|within|during|through|throughout)\s+$")


def _h_relative_unit(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    rel = m["rrel"].lower()
    unit = m["runit"].lower()
    if unit == "year" and re.search(r"(?i)half", m["rmod"] or ""):
        return None  # "the first half of last year": a half year, the ``half`` rule's
    # "the past year" is the year up to now, "for the next decade" the ten years ahead; "not
    # the next quarter", "in the coming week": the quarter or week after this one
    if m["rthe"] and (rel in ("past", "last") or rel in ("next", "coming") and _STRETCH_CUE.search(
            ctx.text, max(0, start - 12), start)) and not (
            m["rmod"]) and unit not in lexicon()["seasons"] and unit != "weekend":
        return _duration(1, unit), "DURATION"
    if rel in ("same", "following") or ctx.ref is None:
        return None, "DATE"
    ref = ctx.ref
    if rel == "latest" and unit != "quarter":
        rel = "last"
    step = {"back": -1, "forward": 1, "this": 0}.get(_direction(rel, None), 0)
    if unit in ("week", "weekend"):
        week = _iso_week(ref + dt.timedelta(days=7 * step))
        return (f"{week}-WE" if unit == "weekend" else week), "DATE"
    if unit == "month":
        year, month = _add_months(ref.year, ref.month, step)
        return f"{year}-{month:02d}", "DATE"
    if unit == "year":
        return str(ref.year + step), "DATE"
    if unit == "quarter":
        if rel == "latest":
            step = -1
        year, month = _add_months(ref.year, ref.month, 3 * step)
        return f"{year}-Q{_quarter(month)}", "DATE"
    if unit == "decade":
        return str(ref.year // 10 + step), "DATE"
    if unit == "century":
        return f"{ref.year // 100 + step:02d}", "DATE"
    code, season_start = lexicon()["seasons"][unit]
    direction = {-1: "back", 1: "forward"}.get(step, "this")
    return f"{_season_year(season_start, ref, direction)}-{code}", "DATE"


@cache
def _holidays() -> dict[str, Any]:
    """Named days (``resources/dates/holidays.json``): fixed, nth weekday of a month, or Easter-based."""
    path = files("conflictcli").joinpath("resources/dates/holidays.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * shift) // 451
    month, day = divmod(h + shift - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday_date(name: str, year: int) -> dt.date | None:
    """The date of the holiday ``name`` (lower case) in ``year``."""
    if not dt.MINYEAR < year < dt.MAXYEAR:
        return None
    data = _holidays()
    if name in data["fixed"]:
        month, day = (int(part) for part in data["fixed"][name].split("-"))
        return dt.date(year, month, day)
    if name in data["nth_weekday"]:
        month, weekday, n, offset = data["nth_weekday"][name]
        if n < 0:  # the last such weekday: "Memorial Day", the last Monday of May
            last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7) + dt.timedelta(
                days=offset)
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
        return day + dt.timedelta(days=offset)
    if name in data["easter"]:
        return _easter(year) + dt.timedelta(days=data["easter"][name])
    return None


def _h_holiday(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"Christmas Day", "last Thanksgiving", "Easter 2023": the day, in the year the text gives,
    else the nearest one in the direction of the relative word or the tense (a holiday seen
    from the reference date, as a month is). "the Christmas season" is no day (see
    ``not_the_day_after``)."""
    end = start + m.end() - m.start()
    following = re.match(r"\s+([a-z]+)", ctx.text[end:end + 20])
    if following and following[1] in _holidays()["not_the_day_after"]:
        return None
    name = re.sub(r"\s+", " ", m["hol"].lower())
    if name in _holidays()["title_case_only"] and not m["hol"].istitle():
        return None  # "election day" in lower case may be any country's; "Election Day" is the US one
    if m["holy"]:
        day = _holiday_date(name, int(m["holy"]))
        return (day.isoformat() if day else None), "DATE"
    if ctx.ref is None:
        return None, "DATE"
    options = [d for d in (_holiday_date(name, y) for y in range(ctx.ref.year - 1, ctx.ref.year + 2))
               if d is not None]
    if not options:
        return None, "DATE"
    # the tense at the name's last word: "Memorial" in "Memorial Day" is only a compound
    direction = _direction(m["holrel"], ctx.tense(start + m.end("hol") - m.start() - 1))
    if direction == "this":
        same_year = [d for d in options if d.year == ctx.ref.year]
        return same_year[0].isoformat(), "DATE"
    return _resolve_day(options, ctx.ref, direction).isoformat(), "DATE"


def _h_season_year(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    code, _ = lexicon()["seasons"][m["sea"].lower()]
    return f"{m['sy']}-{code}", "DATE"


_PERIOD_AHEAD_CUE = re.compile(r"(?i)\b(?:in|by|during|until|till)\s+$")


_RESULTS_AFTER = re.compile(r"\s+(?P<noun>[a-z]+)\b")


def _reports_quarter(m: re.Match[str], start: int, ctx: _Context) -> bool:
    """Whether a quarter is named as one whose figures are reported ("fourth-quarter results",
    "will report a loss for the fourth quarter"): reports come after a quarter ends."""
    lex = lexicon()
    after = _RESULTS_AFTER.match(ctx.text, start + m.end() - m.start())
    if after is not None and after["noun"].lower() in lex["quarter_results_nouns"]:
        return True
    token = ctx.token_at(start)
    verbs = frozenset(lex["quarter_report_verbs"])
    return token is not None and any(
        head.pos_ == "VERB" and head.lemma_.lower() in verbs for head in token.ancestors)


def _quarter_year(quarter: int, m: re.Match[str], start: int, ctx: _Context) -> int | None:
    for group in ("qy", "qy2", "qy3"):
        if m.groupdict().get(group):
            return int(m[group])
    if ctx.ref is None:
        return None
    relative = (m.groupdict().get("qyr") or m.groupdict().get("qyr2") or "").lower()
    if relative and relative != "the":
        return ctx.ref.year + {"last": -1, "next": 1}.get(relative, 0)
    shift = (m.groupdict().get("qlast") or "").lower()
    if shift in ("year-earlier", "year-ago"):
        return ctx.ref.year - 1
    if quarter > _quarter(ctx.ref.month) and (
            _SINCE_CUE.search(ctx.text, max(0, start - 8), start) or ctx.tense(start) == "past"):
        return ctx.ref.year - 1
    if quarter == 4 and _quarter(ctx.ref.month) == 1 and _reports_quarter(m, start, ctx):
        # "will report fourth-quarter results" in January: the quarter just ended
        return ctx.ref.year - 1
    if (quarter < _quarter(ctx.ref.month) - 1
            and _PERIOD_AHEAD_CUE.search(ctx.text, max(0, start - 8), start)
            and ctx.tense(start) in ("future", "scheduled")):
        # "expected to close in the first quarter" in October: next year's; a quarter whose
        # figures are still to come is not ("will publish its second-quarter results" in July)
        return ctx.ref.year + 1
    return ctx.ref.year


def _h_quarter(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    ordinal = (m.groupdict().get("qord") or "").lower()
    quarter = int(m["qn"]) if m.groupdict().get("qn") else 4 if ordinal == "final" else lexicon()[
        "ordinals"][ordinal]
    year = _quarter_year(quarter, m, start, ctx)
    value = f"{year}-Q{quarter}" if year else None
    if m.groupdict().get("qthe") and m["qhyphen"] and not m.groupdict().get("qlast"):
        return value, "DATE", start + m.start("qord") - m.start()
    return value, "DATE"


def _h_month_quarter(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"the December quarter", "the June quarter of 2009": the calendar quarter that holds the
    month named (the month it ends in, as companies name their quarters); a yearless one is the
    quarter under way, or takes the year the month would take."""
    month = month_number()[m["mqm"].lower()]
    # "the" before a hyphenated "December-quarter" belongs to the noun it modifies
    begin = start + m.start("mqm") - m.start() if m["mqhy"] == "-" else start
    written = m["mqy"] or m["mqy2"]
    if written:
        return f"{written}-Q{_quarter(month)}", "DATE", begin
    if ctx.ref is None:
        return None, "DATE", begin
    # "expected revenue of $3 billion in the March quarter" in January: the quarter under way
    # (a quarter, not a month, whatever the tense); another quarter takes the month's year
    if _quarter(month) == _quarter(ctx.ref.month):
        return f"{ctx.ref.year}-Q{_quarter(month)}", "DATE", begin
    year = _year_for_month(month, None, ctx.ref, _month_direction(None, start, ctx))
    return f"{year}-Q{_quarter(month)}", "DATE", begin


def _h_year_period(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    year = int(m["pyear"] or m["pyear2"] or m["pyear3"])
    unit = (m["punit"] or m["punit2"] or m["punit3"]).lower()
    ordinal = lexicon()["ordinals"].get((m["pord"] or m["pord2"] or m["pord3"] or "").lower())
    if unit == "quarter":
        quarter = ordinal or (int(_latest_quarter(ctx.ref)[-1]) if ctx.ref else None)
        return (f"{year}-Q{quarter}" if quarter else str(year)), "DATE"
    if unit == "half" and ordinal in (1, 2):
        return f"{year}-H{ordinal}", "DATE"
    return str(year), "DATE"


def _h_relative_year_quarter(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    if ctx.ref is None:
        return None, "DATE"
    year = ctx.ref.year + {"last": -1, "next": 1}.get(m["ryrel"].lower(), 0)
    ordinal = lexicon()["ordinals"].get((m["ryord"] or "").lower())
    quarter = ordinal or int(_latest_quarter(ctx.ref)[-1])
    return f"{year}-Q{quarter}", "DATE"


def _h_half(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    if m["half"].lower() == "second" and m["hq"]:
        return None  # "the second two quarters" is no half
    half = 1 if m["half"].lower() == "first" else 2
    relative = (m["hyr"] or m["hyr2"] or "").lower()
    if m["half"].lower() in ("last", "latter") and not (m["hy"] or relative):
        return None  # "the last half of the match", "in the last half": no year named
    # "the first-half results": the article belongs to the noun, as for "fourth-quarter"
    start_at = start + m.start("half") - m.start() if m["hhyphen"] else start
    if m["hy"]:
        return f"{m['hy']}-H{half}", "DATE", start_at
    if ctx.ref is None:
        return None, "DATE", start_at
    year = ctx.ref.year + {"last": -1, "next": 1}.get(relative, 0)
    return f"{year}-H{half}", "DATE", start_at


def _h_numbered_half(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"H1 2009", "H2 2010": a half year written the way financial reports write it."""
    return f"{m['hny']}-H{m['hn']}", "DATE"


def _latest_quarter(ref: dt.date, years_back: int = 0) -> str:
    year, month = _add_months(ref.year, ref.month, -3)
    return f"{year - years_back}-Q{_quarter(month)}"


_QUARTER_ENDED = re.compile(r",?\s+(?:that\s+|which\s+)?(?:ended|ending)\s+(?:on\s+)?"
                            r"(?P<qem>[A-Z][a-z]{2,8})\.?\s+3[01]\b")


def _h_bare_quarter(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """The latest completed quarter, or the calendar quarter a quarter-end date closes ("the
    quarter ended June 30"; a fiscal quarter ending another month keeps the latest quarter)."""
    if ctx.ref is None:
        return None, "DATE"
    ended = _QUARTER_ENDED.match(ctx.text, start + m.end() - m.start())
    month = month_number().get(ended["qem"].lower()) if ended else None
    if month in (3, 6, 9, 12):
        year = ctx.ref.year if (month, 30) <= (ctx.ref.month, ctx.ref.day) else ctx.ref.year - 1
        return f"{year}-Q{month // 3}", "DATE"
    return _latest_quarter(ctx.ref), "DATE"


def _h_this_year(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    return (str(ctx.ref.year) if ctx.ref else None), "DATE"


_SEASON_CUE = re.compile(r"(?i)\b(?:in|during|by|until|till|through|since|before|after|over|"
                         r"from|into|throughout)\s+$")


_FALL_IN = re.compile(r"\s+in\s+(?!\d)")


def _h_the_season(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    if ctx.ref is None:
        return None, "DATE"
    season = ctx.token_at(start + m.start("tsea") - m.start())
    if season is not None and season.i + 1 < len(ctx.doc) and season.is_title and ctx.doc[
            season.i + 1].tag_ in ("NNP", "NNPS") and ctx.doc[season.i + 1].is_title:
        return None  # part of a name: "the Summer Olympics", "the Spring Festival"
    end = start + m.end() - m.start()
    if m["tsea"].lower() == "fall" and (not _SEASON_CUE.search(ctx.text, max(0, start - 12), start)
                                        or _FALL_IN.match(ctx.text, end)):
        return None  # "the fall in prices", "caused the fall": a decline, not autumn
    code, season_start = lexicon()["seasons"][m["tsea"].lower()]
    if m["tsyr"]:  # "the spring last year"
        return f"{ctx.ref.year + {'last': -1, 'next': 1}.get(m['tsyr'], 0)}-{code}", "DATE"
    back = season_start > ctx.ref.month and (
        _SINCE_CUE.search(ctx.text, max(0, start - 8), start) is not None
        or ctx.tense(start) == "past")
    # a season already over, told in the future, is next year's ("will meet in the spring" in
    # October)
    ahead = (season_start + 2 < ctx.ref.month
             and _PERIOD_AHEAD_CUE.search(ctx.text, max(0, start - 8), start) is not None
             and ctx.tense(start) in ("future", "scheduled"))
    year = ctx.ref.year - 1 if back else ctx.ref.year + 1 if ahead else ctx.ref.year
    return f"{year}-{code}", "DATE"


def _h_recent_units(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    return _duration(None, m["recu"]), "DURATION"


def _h_part_of_period(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    if ctx.ref is None:
        return None, "DATE"
    if m["popu2"]:
        return None, "DATE"  # "earlier in the week": the week of the day named last (_resolve_anaphora)
    unit = m["popu"].lower()
    if unit == "week":
        return _iso_week(ctx.ref), "DATE"
    if unit == "decade":  # "by the end of the decade": the decade of the reference date
        return str(ctx.ref.year)[:3], "DATE"
    if unit == "century":
        return str(ctx.ref.year)[:2], "DATE"
    return f"{ctx.ref.year}-{ctx.ref.month:02d}", "DATE"


def _h_first_months(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    if ctx.ref is None:
        return None, "DATE"
    return f"{ctx.ref.year}-{'H1' if m['fmn'] in ('six', '6') else 'Q1'}", "DATE"


def _h_year_ending(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    return "P1Y", "DURATION"


def _h_year_ago(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    if ctx.ref is None:
        return None, "DATE"
    if m["yaq"]:
        return _latest_quarter(ctx.ref, 1), "DATE"
    value = _latest_quarter(ctx.ref, 1) if ctx.quarterly else str(ctx.ref.year - 1)
    if m["yathe"]:
        return value, "DATE", start + m.end("yathe") - m.start()
    return value, "DATE"


def _h_ago(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    count = _parse_number(m["an"])
    if count is not None and m["ahalf"]:
        count += 0.5
    code, is_time = _unit(m["au"])
    if ctx.ref is None or is_time:
        return None, "DATE"
    if count is None:
        return "PAST_REF", "DATE"
    if code == "Y" and count == 1 and ctx.quarterly:
        return _latest_quarter(ctx.ref, 1), "DATE"
    return _shifted(ctx.ref, count, code, -1), "DATE"


def _h_from_now(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"two years from now": the date that far ahead of the reference date, as "ago" is behind."""
    count = _parse_number(m["fnn"])
    if count is not None and m["fnhalf"]:
        count += 0.5
    code, is_time = _unit(m["fnu"])
    if is_time:
        return None  # "three hours from now": a clock time TimeML leaves to the duration and "now"
    if ctx.ref is None:
        return None, "DATE"
    if count is None:
        return "FUTURE_REF", "DATE"
    return _shifted(ctx.ref, count, code, 1), "DATE"


# A unit and the next smaller one that a fractional count of it is shifted in.
_WHOLE_SMALLER = {"Y": (12, "M"), "Q": (3, "M"), "W": (7, "D")}


def _shifted(base: dt.date, count: float, code: str, sign: int) -> str | None:
    """``base`` moved ``count`` units of ``code`` (D, W, M, Q, Y, 10Y...) back (-1) or ahead (1),
    at the precision of the unit: a day for days and weeks, a month, a quarter, a year."""
    multiplier = 1
    if code in ("10Y", "100Y", "2W"):
        multiplier, code = int(code[:-1]), code[-1]
    total = count * multiplier
    if total != int(total) and code in _WHOLE_SMALLER:
        # "two and a half years ago" is thirty months back, at the month's precision
        factor, code = _WHOLE_SMALLER[code]
        total *= factor
    if total != int(total):
        return None
    n = int(total) * sign
    if code == "D":
        return (base + dt.timedelta(days=n)).isoformat()
    if code == "W":
        return (base + dt.timedelta(days=7 * n)).isoformat()
    if code == "M":
        year, month = _add_months(base.year, base.month, n)
        return f"{year}-{month:02d}"
    if code == "Q":
        year, month = _add_months(base.year, base.month, 3 * n)
        return f"{year}-Q{_quarter(month)}"
    if code == "Y":
        return str(base.year + n)
    return None


_ANCHOR_STEPS = {"following": 1, "next": 1, "after": 1, "previous": -1, "preceding": -1,
                 "prior": -1, "before": -1, "same": 0}


def _h_anchored(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"the following day", "the previous year", "the day before": one unit from the date the
    text named last (see ``_resolve_anaphora``); this value counts from the reference date."""
    unit, step = _anchor_of(m)
    part = lexicon()["parts_of_day"].get(unit)
    if ctx.ref is None:
        return None, "TIME" if part else "DATE"
    return _anchored_value(ctx.ref, None, unit, step), "TIME" if part else "DATE"


def _anchor_of(m: re.Match[str]) -> tuple[str, int]:
    """(unit, step) of an ``anchored`` match."""
    unit = (m["aunit"] or m["aunit_next"] or m["aunit2"]).lower()
    return unit, _ANCHOR_STEPS[(m["arel"] or m["arel2"] or "next").lower()]


def _anchored_value(day: dt.date, year: int | None, unit: str, step: int) -> str:
    """One ``unit`` on from ``day`` (or from ``year`` for years) by ``step`` (-1, 0, 1)."""
    part = lexicon()["parts_of_day"].get(unit)
    if unit == "year":
        return str((year if year is not None else day.year) + step)
    if unit == "month":
        y, month = _add_months(day.year, day.month, step)
        return f"{y}-{month:02d}"
    if unit == "week":
        return _iso_week(day + dt.timedelta(days=7 * step))
    moved = (day + dt.timedelta(days=step)).isoformat()
    return f"{moved}T{part}" if part else moved


_RATE_BEFORE = re.compile(
    r"(?:\d|%|\b(?:million|billion|trillion|times|twice|once|thrice|dollars?|cents?|percent|"
    r"each|shares?|barrels?|tons?|tonnes?|units?|people|visitors)|[)])\s*$", re.IGNORECASE)


_PER_SHARE_BEFORE = re.compile(r"(?i)\b(?:a|per)\s+share\s+$")


def _is_rate(start: int, ctx: _Context) -> bool:
    """Whether "a year" at ``start`` is a rate ("15 a year", "four flights a week", "10 cents a
    share a quarter")."""
    if _PER_SHARE_BEFORE.search(ctx.text, max(0, start - 12), start):
        return True
    token = ctx.token_at(start)
    if token is not None and token.i > 0 and ctx.doc.has_annotation("TAG"):
        previous = ctx.doc[token.i - 1]
        return previous.tag_ in ("NNS", "NNPS", "CD") or previous.lower_ in (
            "once", "twice", "thrice", "times", "%")
    return bool(_RATE_BEFORE.search(ctx.text[max(0, start - 30):start]))


def _h_duration(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    number_text = m["dn"].lower()
    count = _parse_number(number_text)
    if count is not None and (m["dfrac"] or m["dhalf"]):
        count += 0.5
    code, _ = _unit(m["du"])
    single = number_text in ("a", "an", "one", "half a", "half an", "a half", "a single")
    if number_text in ("a", "an") and m["du"].lower().endswith("s"):
        return None  # "a decades-long dispute": the article belongs to the noun
    if number_text in ("a", "an") and not m["drel"] and m.group().lower().endswith("-long"):
        # "a decade-long slump", "a year-long siege": the article belongs to the noun as well
        return _duration(1, m["du"]), "DURATION", start + m.start("du") - m.start()
    if number_text in ("a", "an") and not m["drel"]:
        unit_token = ctx.token_at(start + m.start("du") - m.start())
        if (unit_token is not None and unit_token.dep_ == "compound" and unit_token.head.i > unit_token.i
                and not ctx.text[start + m.end("du") - m.start():].startswith("-")):
            return None  # "a day trader", "a week pass": the article belongs to the noun
    if code == "S" and single and not m["drel"]:
        return None
    if m["du"].lower() == "night" and single and not m["drel"]:
        return None
    if code == "Q" and (single or _OF.match(ctx.text, start + m.end() - m.start())):
        if (number_text in ("a", "an") and not m["drel"] and _is_rate(start, ctx)
                and not _OF.match(ctx.text, start + m.end() - m.start())):
            return "P1Q", "SET"  # "10 cents a share a quarter", as "per quarter"
        return None
    if number_text in ("a", "an") and not m["drel"] and _is_rate(start, ctx):
        return _duration(1, m["du"]), "SET"
    number_start = start + m.start("dn") - m.start()
    after_number = start + m.end("dn") - m.start()
    if number_text == "one" and m["du"].lower() == "day" and m.group().lower() == "one day":
        previous = ctx.token_at(number_start)
        if previous is not None and previous.i > 0 and (
                ctx.doc[previous.i - 1].tag_ == "MD" or ctx.doc[previous.i - 1].lower_ == "to"):
            return "FUTURE_REF", "DATE"  # "could one day be worth billions": some day ahead
    hyphenated = ctx.text[after_number:after_number + 1] == "-"
    verb_last = False
    if m["drel"] and m["drel"].lower() == "last" and not m["dthe"]:
        token = ctx.token_at(start + m.start("drel") - m.start())
        verb_last = token is not None and token.pos_ in ("VERB", "AUX")
    # "the same one-year warranty", "a two-year contract": the words before an adjectival
    # duration belong to the noun it modifies
    if verb_last:
        # "will last at least five years": the verb goes, the hedge stays in the extent
        after_verb = start + m.end("drel") - m.start()
        return _duration(count, m["du"]), "DURATION", after_verb + len(
            ctx.text[after_verb:number_start]) - len(ctx.text[after_verb:number_start].lstrip())
    if hyphenated and number_start > start and (not m["drel"] or m["drel"].lower() == "same"):
        return _duration(count, m["du"]), "DURATION", number_start
    if _OVER.match(ctx.text, start) and not _over_is_hedge(start, ctx):
        return _duration(count, m["du"]), "DURATION", number_start
    return _duration(count, m["du"]), "DURATION"


_OVER = re.compile(r"(?i)over\s")
_HEDGE_OVER_AFTER = re.compile(
    r"(?i)\b(?:in|for|of|just|after|within|by|than|last|lasts|lasted|lasting|take|takes|took|taken|"
    r"spanning|spent|spend|spends)\s+$")


def _over_is_hedge(start: int, ctx: _Context) -> bool:
    """"for over ten years" says more than ten; in "spread over ten years" it is the
    preposition, left out of the span as TimeML leaves out every preposition."""
    return bool(_HEDGE_OVER_AFTER.search(ctx.text, max(0, start - 20), start)) or start == 0 or (
        ctx.text[:start].rstrip()[-1:] in ("", ".", "\n", ",", ":", ";", "(", "\""))


_PERIOD_PREPOSITION = re.compile(r"(?i)\b(?:for|by|within|over|in|after|of)\s+$")


def _h_additional_unit(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"an additional year", "a further week", "for another month": one more unit, a duration.
    "another" alone ("another day of fighting") needs a preposition of extent before it."""
    if m["addw"].lower() == "another" and not _PERIOD_PREPOSITION.search(
            ctx.text, max(0, start - 8), start):
        return None
    return _duration(1, m["addu"]), "DURATION"


_UNIT_MODIFIERS = frozenset({"amod", "nummod", "det", "poss"})


def _modifies_unit(child: Token, doc: Doc) -> bool:
    """Whether ``child`` makes the unit part of a longer noun phrase ("long hours", "office
    hours"); a noun after "the" is a phrase of its own the parser may have joined ("crossed the
    border days after")."""
    if child.dep_ in _UNIT_MODIFIERS:
        return True
    return child.dep_ == "compound" and not (child.i > 0 and doc[child.i - 1].tag_ == "DT")


# the tags a bare plural unit may follow: "the village hours after", "border days after", "Days"
_BARE_UNIT_AFTER_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "VBD", "VBN", "VBG", "VBZ", "VBP", "VB",
                                   ",", ":", "``", "''", "-LRB-"})


def _h_bare_duration(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    if m["vu1"]:
        return _duration(1, m["vu1"]), "DURATION"
    if m["vu3"]:
        # only a bare plural: "in the first days after", "many years after" count it themselves
        token = ctx.token_at(start)
        if token is not None and token.i > 0 and ctx.doc.has_annotation("TAG") and (
                ctx.doc[token.i - 1].tag_ not in _BARE_UNIT_AFTER_TAGS
                or ctx.doc[token.i - 1].text.lower() in lexicon()["number_words"]
                or any(_modifies_unit(child, ctx.doc) for child in token.children)):
            return None  # "office hours before noon", "long hours after": a modified noun
        return _duration(None, m["vu3"]), "DURATION"
    return _duration(None, m["vu"] or m["vu2"]), "DURATION"


def _h_weekday_plural(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"on Mondays", "on Tuesday nights": a plural weekday recurs every week."""
    weekday = lexicon()["weekdays"][m["wds"]]
    part = lexicon()["parts_of_day"][m["wdsp"].lower()[:-1]] if m["wdsp"] else None
    return f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""), "SET"


def _h_set(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    lex = lexicon()
    if m.groupdict().get("adv"):
        token = ctx.token_at(start)
        if token is not None and token.pos_ == "ADJ" and m["adv"].lower() == "quarterly":
            return None
        return lex["set_adverbs"][m["adv"].lower()], "SET"
    what = m["su"]
    weekday = lex["weekdays"].get(what.title())
    if weekday:
        return f"XXXX-WXX-{weekday}", "SET"
    month = month_number().get(what.lower())
    if month:
        return f"XXXX-{month:02d}", "SET"
    part = lex["parts_of_day"].get(what.lower())
    if part:
        return f"XXXX-XX-XXT{part}", "SET"
    if what.lower() == "weekend":
        return "XXXX-WXX-WE", "SET"
    season = lex["seasons"].get(what.lower())
    if season:
        return f"XXXX-{season[0]}", "SET"
    count = (_parse_number(m["sn"]) if m["sn"] else 1.0) or 1.0
    if m["sother"]:
        count *= 2  # "every other year": one year in two
    return _duration(count, what), "SET"


def _h_same_period(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"the same month a year ago": a year before the period named last (see
    ``_resolve_anaphora``); this is the value when no period was named before it."""
    if ctx.ref is None:
        return None, "DATE"
    unit = m["spu"].lower()
    if m["spy"]:
        year = int(m["spy"])
    else:
        year = ctx.ref.year - 1
    if unit == "month":
        return f"{year}-{ctx.ref.month:02d}", "DATE"
    if unit == "quarter" or (unit == "period" and ctx.quarterly):
        return f"{year}-{_latest_quarter(ctx.ref)[5:]}", "DATE"
    return str(year), "DATE"


def _h_consecutive(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"two consecutive quarters", "three days in a row" are durations; "a second straight day",
    "the fifth month in a row" the day or month it is (the
    reference date; ``_resolve_anaphora`` takes the last day named instead)."""
    unit = m["ccu"] or m["ccu2"] or m["ccu3"] or m["ccu4"] or m["ccu5"]
    if m["ccn"]:
        return _duration(_parse_number(m["ccn"]), unit), "DURATION"
    return _current_unit(unit, ctx), "DATE"


def _current_unit(unit: str, ctx: _Context) -> str | None:
    """The day, week, month, quarter or year the reference date lies in."""
    if ctx.ref is None:
        return None
    code, _ = _unit(unit)
    if code == "W":
        return _iso_week(ctx.ref)
    if code == "M":
        return f"{ctx.ref.year}-{ctx.ref.month:02d}"
    if code == "Q":
        return f"{ctx.ref.year}-Q{_quarter(ctx.ref.month)}"
    if code == "Y":
        return str(ctx.ref.year)
    return ctx.ref.isoformat()


def _h_unit_object(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"the day" as the object of a verb of ending or starting, or after "for": the day, week or
    month the report is about (``_resolve_anaphora`` takes that of the last day or month named)."""
    return None, "DATE", start + m.start("tuthe") - m.start()


def _h_unit_possessive(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"the week's most active session", "the year's biggest drop": the current period; the day
    and the week are those of the day named last (see ``_resolve_anaphora``)."""
    unit = m["pu"].lower()
    return (None if unit in ("day", "week") else _current_unit(unit, ctx)), "DATE"


def _h_superlative_unit(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"the market's best week since November": the week being reported (span: "week")."""
    return _current_unit(m["suu"], ctx), "DATE", start + m.start("suu") - m.start()


def _h_reference_adjective(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"the current slump" PRESENT_REF, "recent gains" and "the then current price" PAST_REF: the
    adjective alone (TimeML),
    when the model reads it as an adjective and it is not a fixed term ("current account")."""
    token = ctx.token_at(start + m.start("radj") - m.start())
    lex = lexicon()
    if token is None or token.tag_ not in ("JJ", "JJS"):
        return None
    if token.i > 0 and ctx.doc[token.i - 1].lower_ == "most":
        return None  # "the most recent model": a ranking, not a time
    following = ctx.doc[token.i + 1] if token.i + 1 < len(ctx.doc) else None
    if following is not None and following.lower_ in lex["non_temporal_after_adjective"]:
        return None
    if m["rthen"]:
        return "PAST_REF", "DATE"
    return lex["reference_adjectives"][m["radj"].lower()], "DATE"


def _h_vague_plural(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"the coming months", "the weeks ahead" FUTURE_REF, "past years" PAST_REF: no count, no
    edge, only a side."""
    return ("FUTURE_REF" if m["vfut"] or m["vahead"] else "PAST_REF"), "DATE"


def _h_session_part(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"in morning trading": that part of the day named last (see ``_resolve_anaphora``)."""
    if ctx.ref is None:
        return None, "TIME"
    return f"{ctx.ref.isoformat()}T{lexicon()['parts_of_day'][m['spart'].lower()]}", "TIME"


_DAY_PART_CUE = re.compile(r"(?i)\b(?:in|by|during|at|until|till|through|throughout|since|before|"
                           r"after|from|on|to|into|early|late|mid)\s+$")
_OF_AFTER = re.compile(r"\s+of\b|-")


_AT_DAY_PART = {"dawn": "MO", "daybreak": "MO", "dusk": "EV", "nightfall": "EV", "night": "NI"}


def _h_day_part(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"in the morning", "by mid-afternoon", "late evening yesterday": a part of the day named
    last (see ``_resolve_anaphora``) or of the reference date; only after a preposition ("the
    evening news", "the morning of the attack" are no times of their own).
    """
    end = start + m.end() - m.start()
    if m["dpat"]:
        word = ctx.token_at(start)
        if word is not None and word.dep_ == "compound":
            return None  # "at night clubs": the word only names the place
        if ctx.tense(start) != "past":
            return None  # "mosquitoes bite at dusk": a habit, no particular day
        if ctx.ref is None:
            return None, "TIME"
        return f"{ctx.ref.isoformat()}T{_AT_DAY_PART[m['dpat'].lower()]}", "TIME"
    if m["dpthat"]:
        that = ctx.token_at(start)
        if that is not None and that.tag_ not in ("DT", ""):
            return None  # "said that morning prayers...": a conjunction, not "that morning"
    if _OF_AFTER.match(ctx.text, end) or not (
            m["dpthat"] or _DAY_PART_CUE.search(ctx.text, max(0, start - 12), start)):
        return None  # "that night" points back by itself: "returned that night"
    part = ctx.token_at(start + m.start("dpart") - m.start())
    if part is not None and part.dep_ == "compound" and not m["dpday"]:
        return None  # "in the morning raid": the part of the day only names the raid
    if ctx.ref is None:
        return None, "TIME"
    offset = {"yesterday": -1, "tomorrow": 1}.get((m["dpday"] or "").lower(), 0)
    day = ctx.ref + dt.timedelta(days=offset)
    return f"{day.isoformat()}T{lexicon()['parts_of_day'][m['dpart'].lower()]}", "TIME"


def _h_overnight(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    """"drones struck the region overnight", "the toll rose overnight": an adverb of a past
    clause names the night before the report (TIMEX3 TIME, part of day NI). As an adjective
    ("an overnight raid", "overnight losses") or of a habit ("trades overnight") it is no time."""
    word = ctx.token_at(start)
    if word is None or word.pos_ not in ("ADV", "NOUN") or word.dep_ in ("amod", "compound"):
        return None
    tense = ctx.tense(start)
    if tense not in ("past", "future"):
        return None
    if ctx.ref is None:
        return None, "TIME"
    day = ctx.ref - dt.timedelta(days=1) if tense == "past" else ctx.ref
    return f"{day.isoformat()}TNI", "TIME"


@cache
def _count_ahead() -> re.Pattern[str]:
    """A count and the word or two after it ("two elections", "20-plus months")."""
    return re.compile(rf"(?i)\s+{_number_pattern()}\b(?P<counted>[-+\w]*(?:\s+\w+)?)")


def _h_reference_word(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    word = re.sub(r"\s+", " ", m["ref"].lower())
    count = _count_ahead().match(ctx.text, start + m.end() - m.start()) if word == "the past" else None
    if count is not None and not _time_word_regex().search(count["counted"]):
        return None  # "the past two elections": a count of things, not the past
    return lexicon()["reference_words"][word], "DATE"


_HIGH_BEFORE = re.compile(r"(?i)\bhigh\s+$")
_HIGH_NOON = re.compile(r"(?i)high\s+noon")
_CLOCK_CUE = re.compile(r"(?i)\b(?:at|by|until|till|from|before|after|around|about|since|to)\s+$")


def _h_time(m: re.Match[str], start: int, ctx: _Context) -> Value | None:
    if m["noon"]:
        if _HIGH_BEFORE.search(ctx.text, max(0, start - 6), start):
            return None  # "high noon": a showdown, not a clock time
        hour, minute = (24, 0) if m["noon"].lower() == "midnight" else (12, 0)
    elif m["th4"]:
        if m["tpod2"] and not _CLOCK_CUE.search(ctx.text, max(0, start - 12), start):
            return None  # "killed 4 in the morning raid": a count, not a clock time
        hour = int(m["th4"])
        part = (m["tpod"] or m["tpod2"] or "").lower()
        later = part in ("afternoon", "evening") or (part == "night" and hour >= 6)
        clock = _clock(hour, 0, "pm" if later else "am" if part else None)
        if clock is None:
            return None
        hour, minute = clock
    else:
        hour_text = m["th"] or m["th2"] or m["th3"]
        minute_text = m["tm"] or m["tm2"] or m["tm3"] or "0"
        clock = _clock(int(hour_text), int(minute_text), m["ampm"])
        if clock is None:
            return None
        hour, minute = clock
    dated = bool((m["tmon"] or m["tmon2"]) and m["tmy"])
    if ctx.ref is None and not dated:
        return None, "TIME"
    day = None
    if ctx.ref is not None:
        offset = {"yesterday": -1, "tomorrow": 1}.get((m["tday"] or "").lower(), 0)
        day = ctx.ref + dt.timedelta(days=offset)
    if m["tmon"] or m["tmon2"]:
        month = month_number()[(m["tmon"] or m["tmon2"]).rstrip(".").lower()]
        dom = int(re.sub(r"\D", "", m["tmd"] or m["tmd2"]))
        year = int(m["tmy"]) if m["tmy"] else _year_for_month(
            month, dom, ctx.ref, _direction(None, ctx.tense(start)))
        day = valid_date(year, month, dom) or day
    if m["twd"] and ctx.ref is not None:
        day = _weekday_date(lexicon()["weekdays"][m["twd"].title()], ctx.ref,
                            _direction(None, ctx.tense(start)))
    if day is None:
        return None, "TIME"
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}{_zone(m['tz'], m['tzoff'])}", "TIME"


# ---------------------------------------------------------------------------------------------
# The rules


@cache
def _rules() -> tuple[_Rule, ...]:
    lex = lexicon()
    parts = date_regex_parts()
    month, month_full, weekday, year = (parts["month"], parts["month_full"], parts["weekday"],
                                        parts["year"])
    weekday_full = rf"(?:{alternation([*lex['weekdays'], *(w.upper() for w in lex['weekdays'])])})\b"
    number = _number_pattern()
    unit = (r"(?:(?:trading|business|working|school)[-\s]+days?|trading[-\s]+sessions?|seconds?|"
            r"minutes?|hours?|days?|"
            r"nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)")
    plural_units = r"(?:years|months|weeks|days|decades|hours|minutes|centuries)"
    unit_sg = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)"
    hedge = (r"(?:(?:about|nearly|almost|some|more\s+than|over|roughly|less\s+than|"
             r"around|at\s+least|up\s+to|approximately|another|an?\s+additional|a\s+further|"
             r"close\s+to)\s+)")
    mod = r"(?:(?:(?i:early|late|mid|the\s+(?:end|beginning|start|middle)\s+of))[-\s]+)"
    ordinal = alternation(lex["ordinals"])
    parts_of_day = r"(?:morning|afternoon|evening|night)"
    zones = f"(?:{alternation(lex['time_zone_abbreviations'])})"
    clock_suffix = (rf"(?:,?\s*(?:at\s+)?(?P<fth>[0-2]?\d)[:.](?P<ftm>[0-5]\d)"
                    rf"(?:\s*(?P<fampm>[aApP]\.?[mM]\.?))?(?:\s*(?P<ftz>{zones})\b)?)?")
    tens_words = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    teens_words = ("ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                   "nineteen|one|two|three|four|five|six|seven|eight|nine")
    spelled_tens = (rf"(?:(?:{tens_words})(?:[-\s]+(?:one|two|three|four|five|six|seven|eight|"
                    rf"nine)\b)?|(?:{teens_words}))\b")
    refs = alternation(lex["reference_words"]).replace(r"\ ", r"\s+")
    adverbs = alternation(lex["set_adverbs"])
    seasons = alternation(lex["seasons"])
    holiday_names = trie_regex(sorted({
        name for group in ("fixed", "nth_weekday", "easter")
        for name in _holidays()[group]}))
    specs: list[tuple[str, str, Callable[..., Value | None]]] = [
        ("iso", rf"\b{parts['iso']}", _h_iso),
        # a weekday never joins a date across a line break ("... on Monday" / "February 14, 2024")
        ("full_date", rf"\b{mod}?(?:{weekday},?[^\S\n]*)?"
                      r"(?:(?i:the)\s+(?=(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\s+of\s))?"
                      rf"(?:{parts['month_day']}|{parts['day_month']})"
                      rf"{clock_suffix}", _h_full_date),
        # the other day of a range written once with its month: "April 24 and 25" (the 25th),
        # "between 3 and 5 March" (the 3rd); each day is reported as a date of its own
        ("range_end", rf"\b(?P<rm>{month})\s*{parts['day']}\s*(?:and|to|through|till|until|-|–)\s*"
                      rf"(?P<rd>(?:3[01]|[12]\d|0?[1-9]))(?:st|nd|rd|th)?\b(?!\s*(?:[a-z%]|[.,:]\d|\d))"
                      rf"(?:,?\s*(?P<ry>{year})\b)?", _h_range_day),
        ("range_start", rf"\b(?P<rd>(?:3[01]|[12]\d|0?[1-9]))(?:st|nd|rd|th)?(?=\s*(?:and|to|-|–)\s*"
                        rf"{parts['day']}\s+(?:of\s+)?(?P<rm>{month})(?:,?\s*(?P<ry>{year})\b)?)",
         _h_range_day),
        ("week_of_month", rf"(?i:\bthe\s+(?P<wkord>first|second|third|fourth|last|final)\s+week\s+of\s+)"
                          rf"(?P<wkm>{month_full})(?:,?\s+(?P<wky>{year}))?\b", _h_week_of_month),
        ("week_of", rf"(?i:\bthe\s+week\s+(?:of|beginning|starting)\s+)(?:{parts['month_day']}|"
                    rf"{parts['day_month']})", _h_week_of),
        # "12/25/2023", "25/12/2023"; dotted and hyphenated only with a full year: "14.09.2026"
        ("slash", r"\b(?:(?P<sm>[0-3]?\d)/(?P<sd>[0-3]?\d)/(?P<sy>\d{4}|\d{2})\b"
                  r"|(?P<sm2>[0-3]?\d)(?P<ssep>[.-])(?P<sd2>[0-3]?\d)(?P=ssep)(?P<sy2>(?:19|20)\d\d)\b"
                  r"(?!\.?\d|-))", _h_slash),
        ("month_year", rf"\b{mod}?(?P<mym>{month})\s*,?\s*(?:of\s+)?(?P<myy>{year})\b", _h_month_year),
        ("month_relative_year", rf"\b{mod}?(?P<mo>{month_full})\s+(?:of\s+)?(?P<myrel>(?i:this|last|next))"
                                rf"\s+(?i:year)\b", _h_month_relative_year),
        ("weekend", r"(?i:\bthe\s+weekend\b)", _h_weekend),
        ("unit_possessive", r"(?i:\bthe\s+(?P<pu>day|week|month|year)(?=['’]s\b))",
         _h_unit_possessive),
        ("month", rf"\b{mod}?(?:(?P<mrel>(?i:last|next|this|past|coming|previous))\s+)?"
                  rf"(?P<mo>{month_full})(?!\s*\d)", _h_month),
        ("year", rf"\b(?:{mod}|(?i:the\s+year\s+)|(?i:(?:fiscal|calendar|financial)\s+(?:year\s+)?"
                 rf"|FY\s*))?"
                 rf"(?<![\d,.$£€#/])(?P<year>{year})\b(?!\s*%|\.\d|,\d|/)", _h_year),
        ("spelled_year", rf"\b(?:(?P<swm>{month_full})\s+|(?i:the\s+year\s+))?"
                         rf"(?P<sw>(?i:(?:nineteen|twenty|eighteen)"
                         rf"[-\s]+(?:oh[-\s]+)?{spelled_tens}|two\s+thousand(?:\s+(?:and\s+)?"
                         rf"{spelled_tens})?))\b", _h_spelled_year),
        ("decade", rf"(?<!\w)(?i:(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?)"
                   r"(?:\b(?P<dec>(?:1[0-9]|20)\d0)['’]?s|(?:['’]|\b)(?P<dec2>[2-9]0)['’]?s|"
                   r"(?<=the\s)(?P<dec3>(?i:twenties|thirties|forties|fifties|sixties|seventies|"
                   r"eighties|nineties))|(?<=the\s)(?:early|late|mid)[-\s]+(?P<dec4>(?i:twenties|"
                   r"thirties|forties|fifties|sixties|seventies|eighties|nineties)))\b", _h_decade),
        # "the" belongs to the century, not to the noun a hyphenated "19th-century" modifies
        ("century", rf"\b(?i:(?:the\s+(?=(?:(?:early|late|mid)[-\s]+)?(?:{ordinal})\s+century))?"
                    rf"(?:(?:early|late|mid)[-\s]+)?(?P<cent>{ordinal})[-\s]century)", _h_century),
        ("today", r"(?i:\b(?:(?:earlier|later|early|late)\s+)?(?P<rd>the\s+day\s+before\s+yesterday|"
                  r"the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow)\b"
                  rf"(?:\s+(?P<pod>{parts_of_day})\b)?)", _h_today),
        ("part_of_day", rf"(?i:\b(?:(?:early|late)\s+)?(?P<prel>this|last)\s+(?P<ppart>{parts_of_day})\b)",
         _h_part_of_day),
        # "following" without "the" is a preposition: "following Friday's losses"
        # "late Monday", "early Thursday": TimeML keeps "early"/"late" (mod START/END) in the extent
        ("weekday", rf"\b(?:(?P<wmod>(?i:early|late))\s+(?={weekday_full}))?"
                    rf"(?:(?i:the\s+)?(?P<wrel>(?i:last|next|this|past|coming|previous|preceding|"
                    r"(?<=the\s)following))\s+)?"
                    rf"(?P<wd>{weekday_full})(?:\s+(?P<wpod>(?i:{parts_of_day}))\b)?", _h_weekday),
        ("weekday_plural", rf"\b(?P<wds>{alternation(lex['weekdays'])})(?:s|\s+(?P<wdsp>(?i:mornings|"
                           r"afternoons|evenings|nights)))\b", _h_weekday_plural),
        ("anchored", rf"(?i:\b(?:the|that)\s+(?:(?P<arel>following|previous|preceding|prior|same)\s+"
                     rf"(?P<aunit>day|week|month|year|{parts_of_day})|next\s+(?P<aunit_next>day|"
                     rf"{parts_of_day}))\b|\bthe\s+(?P<aunit2>day|week|month|year)\s+(?P<arel2>before|after)"
                     r"\b(?=\s*(?:[.,;:)\"'”’]|$)))", _h_anchored),
        ("relative_unit", rf"(?i:\b(?:(?P<rmod>early|late|mid|earlier|later|(?:the\s+)?(?:end|"
                          r"beginning|start|middle|rest|remainder|first\s+half|second\s+half)\s+of)"
                          r"[-\s]+)?(?P<rthe>the\s+)?(?P<rrel>last|this|next|past|previous|coming|"
                          r"current|same|following|latest|present)\s+(?:fiscal\s+)?"
                          rf"(?P<runit>week|weekend|month|year|quarter|decade|century|{seasons})\b)",
         _h_relative_unit),
        ("holiday", rf"(?i:\b(?:(?P<holrel>last|next|this|past|coming)\s+)?)"
                    rf"(?P<hol>(?i:{holiday_names}))\b(?:,?\s+(?P<holy>{year})\b)?", _h_holiday),
        ("season_year", rf"\b(?i:(?:the\s+)?(?P<sea>{seasons})\s+(?:of\s+)?)(?P<sy>{year})\b",
         _h_season_year),
        ("quarter", r"(?i:\b(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(?P<qthe>the\s+)?"
                    r"(?:(?P<qlast>latest|last|current|past|previous|fiscal|most\s+recent|"
                    r"year-earlier|year-ago|same|comparable)\s+)?"
                    r"(?P<qord>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:(?P<qhyphen>-)|\s)"
                    r"(?:fiscal[-\s])?"
                    r"quarter\b)(?:\s+of\s+(?:(?i:fiscal\s+(?:year\s+)?)?(?P<qy>" + year + r")|"
                    r"(?P<qyr>this|last|next|the)\s+year)"
                    r"|,?\s+(?P<qy2>" + year + r")\b|\s+(?P<qyr2>last|next|this)\s+year\b)?", _h_quarter),
        ("month_quarter", rf"(?i:\bthe\s+)?\b(?P<mqm>{month_full})(?P<mqhy>[-\s])(?i:quarter)\b"
                          rf"(?:\s+of\s+(?P<mqy>{year})\b|,?\s+(?P<mqy2>{year})\b)?", _h_month_quarter),
        ("year_period", rf"(?:(?i:\bthe\s+)(?P<pyear>{year})\s+(?:(?P<pord>first|second|third|fourth)\s+)?"
                        r"(?i:(?P<punit>quarter|period|half))\b"
                        # "2008's fourth quarter", "2009's first half"
                        rf"|\b(?P<pyear2>{year})['’]s\s+(?i:(?P<pord2>first|second|third|fourth)\s+"
                        r"(?P<punit2>quarter|half))\b"
                        # "Ford's 2008 fourth-quarter loss", "its fiscal 2008 fourth quarter"
                        rf"|\b(?i:fiscal\s+)?(?P<pyear3>{year})\s+(?i:(?P<pord3>first|second|third|"
                        r"fourth)[-\s](?P<punit3>quarter|half))\b)", _h_year_period),
        ("relative_year_quarter", r"(?i:\b(?P<ryrel>this|last|next)\s+year['’]s\s+(?:(?P<ryord>first|"
                                  r"second|third|fourth)\s+)?quarter\b)", _h_relative_year_quarter),
        ("q_quarter", rf"\bQ(?P<qn>[1-4])(?:\s*(?P<qy3>{year}))?\b", _h_quarter),
        ("h_half", rf"\bH(?P<hn>[12])\s*(?P<hny>{year})\b", _h_numbered_half),
        # "the first two quarters of 1990" is the first half
        ("half", r"(?i:\b(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(?:the\s+)?"
                 r"(?P<half>first|second|last|latter)(?:(?P<hhyphen>-)|\s+)"
                 r"(?:half(?![-\s]+(?:hour|minute|day|night|week|century|decade|dozen)\b)"
                 r"|(?P<hq>two\s+quarters)(?=\s+of\s))\b)(?:\s+of\s+(?:(?P<hy>"
                 + year + r")|(?P<hyr>this|last|next|the)\s+year)|\s+(?P<hyr2>this|last|next)\s+year\b)?",
         _h_half),
        ("fiscal_year", r"(?i:\bthe\s+(?:fiscal\s+|financial\s+)?year(?=\s+(?:ended|ending|to)\b))",
         _h_year_ending),
        ("this_year", r"(?i:\b(?:the\s+(?:(?:full|fiscal|whole|entire|calendar)\s+)?year|"
                      r"(?:the\s+)?(?:end|beginning|start|rest|remainder)\s+of\s+the\s+year|year[-\s]end|"
                      r"year['’]s\s+end|mid[-\s]?year|earlier\s+in\s+the\s+year|"
                      r"later\s+in\s+the\s+year)\b(?![-’']))",
         _h_this_year),
        ("the_season", rf"(?i:\bthe\s+(?:(?:early|late)\s+)?(?P<tsea>{seasons})\b)(?!\s+of\b)"
                       r"(?:\s+(?P<tsyr>last|next|this)\s+year\b)?",
         _h_the_season),
        ("recent_units", r"(?i:\b(?:the\s+)?recent\s+(?P<recu>days|weeks|months|quarters|years|decades)\b)",
         _h_recent_units),
        ("part_of_period", r"(?i:\b(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+(?:the|this)\s+"
                           r"(?P<popu>month|week|decade|century)\b|\b(?:earlier|later)\s+in\s+the\s+"
                           r"(?P<popu2>week|month)\b)", _h_part_of_period),
        ("first_months", r"(?i:\b(?:the\s+)?first\s+(?P<fmn>three|six|3|6)\s+months\s+of\s+(?:the|this)\s+"
                         r"year\b)", _h_first_months),
        ("bare_quarter", r"(?i:\bthe\s+(?:(?:latest|most\s+recent|just-ended|recent)\s+)?quarter\b"
                         r"|(?:(?<=\bits\s)|(?<=\btheir\s))(?:latest|most\s+recent|just-ended)\s+quarter\b"
                         r"|\bthe\s+latest\s+period\b)"
                         r"(?!\s+(?:century|of|mile|point))", _h_bare_quarter),
        ("year_ago", r"(?i:\b(?P<yathe>the\s+)?(?:comparable\s+|same\s+)?"
                     r"(?:year-(?:ago|earlier)|prior-year)\b"
                     r"(?P<yaq>\s+(?:(?:first|second|third|fourth)\s+)?(?:quarter|period))?)",
         _h_year_ago),
        # "the quarter a year ago" says "same" without the word
        ("same_period", r"(?i:\b(?:(?:the|a)\s+(?:same|corresponding|comparable)\s+|the\s+(?=(?:period|"
                        r"month|quarter|half)\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year)\b))"
                        r"(?P<spu>period|month|quarter|week|day|half|season)\s+(?:(?:a\s+year\s+"
                        r"(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior|preceding)\s+year|"
                        r"the\s+year\s+before)|(?:of|in)\s+(?:last\s+year|the\s+(?:previous|prior|"
                        r"preceding)\s+year|(?P<spy>" + year + r"))))\b", _h_same_period),
        ("consecutive", rf"(?i:\b(?:(?P<ccn>{number})|(?:a|the)\s+(?:{ordinal}))\s+"
                        r"(?:(?:consecutive|straight|successive)\s+(?P<ccu>" + unit + r"|sessions?)\b|"
                        r"(?P<ccu2>" + unit + r"|sessions?)\s+in\s+a\s+row\b)"
                        # "for the third day running" ("two days running" may be "running a plant")
                        rf"|\b(?:a|the)\s+(?:{ordinal})\s+(?P<ccu4>" + unit + r")\s+running\b"
                        # "the index rose for a fifth day": the count of a run without "straight"
                        rf"|(?<=\bfor\s)(?:a|the)\s+(?:{ordinal})\s+(?P<ccu5>day|week|month|year|"
                        r"(?:trading\s+)?session)\b(?!\s+(?:of|since|in|that|when|after|before)\b|-)"
                        # "today is the eighth day of the strike", "Monday was the second day of"
                        r"|(?:(?<=\bis\s)|(?<=\bwas\s)|(?<=['’]s\s)|(?<=\bmarks\s)|(?<=\bmarked\s))"
                        rf"(?:the\s+)?(?:{ordinal})\s+(?P<ccu3>day)\b(?=\s+of\b))", _h_consecutive),
        # "ended the day down 3%", "to open the week", "closed higher for the day": the trading
        # day (week, month) being reported
        ("unit_object", r"(?i:\b(?:(?:end|clos|finish|start|open)(?:s|es|ed|ing|e)?|began|begin(?:s|ning)?"
                        r"|for)\s+(?P<tuthe>the\s+(?P<tuu>day|week|month))\b)(?!\s+(?:of|before|after|"
                        r"that|when|in\s+which|it|he|she|they|we)\b|['’-])", _h_unit_object),
        ("superlative_unit", r"(?i:\b(?:best|worst|biggest|largest|sharpest|steepest|strongest|"
                             r"weakest|busiest|deadliest|bloodiest|heaviest|quietest)\s+"
                             r"(?P<suu>day|week|month|year|quarter)\b(?=\s+(?:since|in|on|of|ever)\b))",
         _h_superlative_unit),
        ("ago", rf"(?i:\b{hedge}?(?P<an>{number})[-\s]+(?P<au>{unit})(?P<ahalf>\s+and\s+a\s+half)?"
                r"\s+(?:or\s+so\s+)?"
                r"(?P<adir>ago|earlier)\b)", _h_ago),
        ("from_now", rf"(?i:\b{hedge}?(?P<fnn>{number})[-\s]+(?P<fnu>{unit})"
                     r"(?P<fnhalf>\s+and\s+a\s+half)?\s+from\s+(?:now|today)\b)", _h_from_now),
        ("duration", rf"(?i:\b(?P<dthe>the\s+)?(?:(?P<drel>past|last|next|first|coming|previous|final|"
                     r"latest|remaining|following|preceding|ensuing|recent|same|initial)\s+)?"
                     rf"{hedge}?(?P<dn>{number})(?P<dfrac>\s+1/2|\s*½)?(?:\s+more|\s+full|\s+whole|\s+entire)?"
                     rf"[-\s]+(?P<du>{unit})\b"
                     r"(?![-\s]old\b|-olds?\b)(?P<dhalf>\s+and\s+a\s+half\b)?(?:-long\b)?)",
         _h_duration),
        ("additional_unit", rf"(?i:\b(?P<addw>an?\s+(?:additional|further|extra)|another)\s+"
                            rf"(?P<addu>{unit_sg})\b(?![-\s]old\b|-))", _h_additional_unit),
        ("bare_duration", r"(?i:(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bafter\s)|(?<=\bin\s)"
                          r"|(?<=\bjust\s)|(?<=\bonly\s)|(?<=\bmere\s))(?P<vu>" + plural_units + r")\b"
                          r"(?:-long\b)?|\b(?P<vu2>" + plural_units + r")-long\b"
                          # "the decade-long dispute", "its month-long strike": one unit
                          r"|\b(?P<vu1>day|week|month|year|decade|century)-long\b"
                          # "reached the village hours after the attack", "Days later, ..."
                          r"|\b(?P<vu3>" + plural_units + r")(?=\s+(?:after|before|later|earlier)\b))",
         _h_bare_duration),
        ("set", rf"(?i:\b(?:every|each|per)\s+(?P<sother>other\s+)?(?:(?P<sn>{number})\s+)?"
                rf"(?P<su>{unit}|{weekday_full}|{month_full}|weekend|{parts_of_day}|{seasons})\b)", _h_set),
        ("set_adverb", rf"(?i:\b(?P<adv>{adverbs})\b)", _h_set),
        ("reference_word", rf"(?i:\b(?P<ref>{refs})\b(?![-\w]))", _h_reference_word),
        ("day_part", r"(?i:\b(?:(?:early|late|mid)[-\s]+|(?P<dpthat>that\s+)|the\s+(?:(?:early|late)\s+)?)"
                     r"(?P<dpart>morning|afternoon|evening|night)\b(?:\s+(?P<dpday>yesterday|today|"
                     r"tomorrow)\b)?(?!\s+of\b|-)"
                     # "attacked at dawn", "came at night": the part of the day after "at"
                     r"|(?<=\bat\s)(?P<dpat>dawn|daybreak|dusk|nightfall|night)\b(?!\s+of\b|-))",
         _h_day_part),
        ("overnight", r"(?i:\bovernight\b)(?![-\w])", _h_overnight),
        ("session_part", r"(?i:\b(?P<spart>morning|afternoon|evening)(?=\s+(?:trading|trade|session|"
                         r"dealings)\b))", _h_session_part),
        ("vague_plural", r"(?i:\b(?:the\s+)?(?:(?P<vfut>coming|upcoming|future)|past)\s+(?:"
                         + plural_units + r"|quarters)\b|\bthe\s+(?:" + plural_units
                         + r"|quarters)\s+(?P<vahead>ahead)\b)", _h_vague_plural),
        ("reference_adjective", r"(?i:\b(?P<rthen>then[-\s]+)?(?P<radj>current|recent)\b(?![-\w]))",
         _h_reference_adjective),
        ("time", r"(?i:\b(?:(?:around|about|approximately|roughly)\s+)?(?:(?P<th>1[0-2]|0?[1-9])(?:[:.](?P<tm>[0-5]\d))?\s*"
                 r"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)|(?P<th2>[01]?\d|2[0-3]):(?P<tm2>[0-5]\d)\b"
                 # "4 in the morning", "8 o'clock in the evening", "10 o'clock"
                 r"|(?P<th4>1[0-2]|0?[1-9])(?:\s+o['’]clock\b(?:\s+in\s+the\s+"
                 r"(?P<tpod>morning|afternoon|evening|night)\b)?|\s+in\s+the\s+"
                 r"(?P<tpod2>morning|afternoon|evening|night)\b)"
                 rf"|(?P<th3>[01]\d|2[0-3])(?P<tm3>[0-5]\d)(?=\s*(?:hours|hrs|{zones})\b)"
                 r"|(?P<noon>noon|midday|midnight)\b))"
                 # a closing bracket only after an opening one: "10:35 a.m. (0735 GMT) Friday"
                 rf"(?:\s*(?P<tzp>\()?(?P<tz>{zones})\b(?:\s*(?P<tzoff>[+-]\d{{1,2}}))?(?(tzp)\)))?"
                 # "6:40 p.m. local time": kept in the extent, and no offset is made up for it
                 r"(?:[^\S\n]+(?i:local[^\S\n]+time)\b)?"
                 rf"(?:,?[^\S\n]+(?:on\s+)?(?:(?P<twd>{weekday_full})|(?P<tday>(?i:today|yesterday|tomorrow|"
                 rf"tonight))\b|(?:(?P<tmon>{month})\s*(?P<tmd>{parts['day']})\b|(?P<tmd2>{parts['day']})"
                 rf"\s+(?:of\s+)?(?P<tmon2>{month})(?!\w))(?:,?\s*(?P<tmy>{year})\b)?))?", _h_time),
    ]
    triggers = _rule_triggers()
    return tuple(_Rule(name, re.compile(pattern), handler, triggers[name])
                 for name, pattern, handler in specs)


def _rule_triggers() -> dict[str, frozenset[str]]:
    """For each rule, the trigger words (see ``_trigger_regex``) without which it cannot match."""
    lex = lexicon()

    def lower(words: Any) -> frozenset[str]:
        return frozenset(word.lower() for word in words)

    months = lower([*lex["months"], *lex["month_abbreviations"]])
    weekdays = lower([*lex["weekdays"], *lex["weekday_abbreviations"]])
    units = lower(lex["units"]) | {"centur", "weekend", "session"}
    seasons = lower(lex["seasons"])
    parts = lower(lex["parts_of_day"])
    digit = frozenset({"#"})
    year = frozenset({"year"})
    quarter = frozenset({"quarter"})
    return {
        "iso": digit, "full_date": months, "week_of": months, "week_of_month": months, "range_end": months,
        "range_start": months, "slash": digit, "month_year": months,
        "month_relative_year": months, "weekend": frozenset({"weekend"}), "month": months,
        "unit_possessive": frozenset({"day", "week", "month", "year"}),
        "year": digit, "spelled_year": frozenset({"nineteen", "twenty", "eighteen", "thousand"}),
        "decade": digit | frozenset(_SPELLED_TENS), "century": frozenset({"century", "centur"}),
        "today": frozenset({"today", "tonight", "yesterday", "tomorrow"}), "part_of_day": parts,
        "weekday": weekdays, "weekday_plural": weekdays, "relative_unit": units | seasons,
        "season_year": seasons,
        "quarter": quarter, "month_quarter": months, "year_period": digit, "relative_year_quarter": quarter,
        "q_quarter": frozenset({"q"}), "h_half": digit, "half": frozenset({"half", "quarter"}),
        "fiscal_year": year,
        "this_year": year, "the_season": seasons, "recent_units": units,
        "part_of_period": frozenset({"month", "week", "decade", "century", "centur"}),
        "first_months": frozenset({"month"}),
        "bare_quarter": quarter | {"period"}, "year_ago": year, "ago": units, "from_now": units,
        "duration": units, "bare_duration": units, "additional_unit": units,
        "set": units | weekdays | months | parts | seasons,
        "set_adverb": lower(lex["set_adverbs"]),
        "reference_word": lower(w.split()[-1] for w in lex["reference_words"]),
        "reference_adjective": lower(lex["reference_adjectives"]), "vague_plural": units,
        "session_part": parts, "day_part": parts | frozenset(_AT_DAY_PART),
        "overnight": frozenset({"overnight"}),
        "holiday": _holiday_triggers(),
        "time": digit | {"noon", "midday", "midnight"},
        "same_period": year, "consecutive": units, "anchored": units | parts,
        "superlative_unit": frozenset({"day", "week", "month", "year", "quarter"}),
        "unit_object": frozenset({"day", "week", "month"}),
    }


# ---------------------------------------------------------------------------------------------
# dateparser fallback: one instance, only the parts of the date the text states


@cache
def _dateparser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "past"})


_WRITTEN_YEAR = re.compile(r"\b\d{4}\b|['’]\d\d\b")
_WRITTEN_DAY = re.compile(r"\d")


def _parts_written(text: str) -> set[str]:
    """The date parts ``text`` writes out. dateparser's ``parts`` also lists those it filled in
    from the clock for a bare time ("4 in the morning" comes back with a year, month and day)."""
    parts = {"time"}
    if _WRITTEN_YEAR.search(text):
        parts.add("year")
    if any(word.rstrip(".").lower() in month_number() for word in re.findall(r"[A-Za-z]+\.?", text)):
        parts.add("month")
    if _WRITTEN_DAY.search(text):
        parts.add("day")
    return parts


@lru_cache(maxsize=8192)
def _parsed_date(text: str) -> tuple[dt.datetime, tuple[str, ...]] | None:
    """dateparser's reading of an entity span and the parts it found: the same spans ("March
    2024", "Jan. 5") recur across a batch, and a call costs far more than a lookup. Only the
    parts the text states are ever read, so what dateparser fills in from the clock is harmless."""
    try:
        data = _dateparser().get_date_data(text)
    except Exception:
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj, tuple(data.parts or ())


def _dateparser_value(text: str, start: int, ctx: _Context) -> str | None:
    """The value of one entity span per dateparser, truncated to the parts the text states.

    ``DateData.parts`` says which parts the text gave; a missing year comes from the reference
    date by this module's own rule (tense-aware), not from dateparser's ``RELATIVE_BASE``: a
    per-document RELATIVE_BASE means new dateparser settings per document, and each new
    settings object sends dateparser down its slow locale-detection path (~50-100 ms a call).
    Nothing is ever filled in from the clock.
    """
    if not re.search(r"\d|[A-Z][a-z]{2}", text):
        return None
    parsed = _parsed_date(text)
    if parsed is None:
        return None
    date, parts = parsed
    stated = set(parts) & _parts_written(text)
    year: int | None = date.year if "year" in stated else None
    if year is None and {"month"} <= stated and ctx.ref is not None:
        day = date.day if "day" in stated else None
        year = _year_for_month(date.month, day, ctx.ref, _direction(None, ctx.tense(start)))
    if year is None:
        return None
    if {"month", "day"} <= stated:
        return f"{year:04d}-{date.month:02d}-{date.day:02d}"
    if "month" in stated:
        return f"{year:04d}-{date.month:02d}"
    return f"{year:04d}" if stated == {"year"} else None


# ---------------------------------------------------------------------------------------------
# Extraction


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    value: str | None
    type: str
    rule: str = ""


def _time_words() -> list[str]:
    lex = lexicon()
    return [*lex["months"], *lex["month_abbreviations"], *lex["weekdays"],
            *lex["weekday_abbreviations"], *lex["units"], *lex["seasons"], *lex["parts_of_day"],
            *lex["set_adverbs"], *(w.split()[-1] for w in lex["reference_words"]),
            *lex["reference_adjectives"],
            "today", "tonight", "yesterday", "tomorrow", "centur", "weekend", "half", "noon",
            "midday", "midnight"]


def _holiday_triggers() -> frozenset[str]:
    """The last word of each holiday name ("christmas", "eve", "day", "friday", ...)."""
    data = _holidays()
    return frozenset(name.split()[-1] for group in ("fixed", "nth_weekday", "easter")
                     for name in data[group])


@cache
def _trigger_regex() -> re.Pattern[str]:
    """Words without which no rule can match; the rules only run in windows around them. A run
    of digits is one trigger: its window is the union of its digits' windows."""
    words = [*_time_words(), *_holiday_triggers(), *_SPELLED_TENS, "nineteen", "twenty",
             "thousand", "eighteen", "q", "fy", "period", "session", *_AT_DAY_PART]
    return re.compile(rf"\d+|(?i:\b{trie_regex(sorted({w.lower() for w in words}))})")


@cache
def _time_word_regex() -> re.Pattern[str]:
    """A word that makes a model entity temporal ("the third consecutive month", not "annual")."""
    words = sorted({w.lower() for w in _time_words()} - {"annual", "half"})
    return re.compile(rf"(?i:\b{trie_regex(words)})|\d")


@dataclass(slots=True)
class _TriggerWindows:
    """The stretches of a text around its trigger words, each wide enough for any rule's match,
    indexed by trigger word ("#" for digits) so a rule scans only the windows of its own words."""

    windows: list[tuple[int, int]]
    by_word: dict[str, list[int]]
    merged: dict[frozenset[str], list[tuple[int, int]]] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str) -> _TriggerWindows:
        windows: list[tuple[int, int]] = []
        by_word: dict[str, list[int]] = {}
        for match in _trigger_regex().finditer(text):
            word = match.group().lower()
            for key in ("#",) if word.isdigit() else {word, word.rstrip("s")}:
                by_word.setdefault(key, []).append(len(windows))
            start = max(0, match.start() - _WINDOW_BEFORE)
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            windows.append((start, min(len(text), match.end() + _WINDOW_AFTER)))
        return cls(windows, by_word)

    def segments(self, triggers: frozenset[str]) -> list[tuple[int, int]]:
        """The windows of the words in ``triggers``, overlapping ones merged: the only stretches
        where a rule with those triggers can match (rules sharing triggers share the result)."""
        if triggers not in self.merged:
            self.merged[triggers] = self._merge(triggers)
        return self.merged[triggers]

    def _merge(self, triggers: frozenset[str]) -> list[tuple[int, int]]:
        indexes = sorted({i for word in triggers.intersection(self.by_word)
                          for i in self.by_word[word]})
        segments: list[tuple[int, int]] = []
        for start, end in (self.windows[i] for i in indexes):
            if segments and start <= segments[-1][1]:
                segments[-1] = (segments[-1][0], max(end, segments[-1][1]))
            else:
                segments.append((start, end))
        return segments


_WINDOW_BEFORE = 60
_WINDOW_AFTER = 50


def _own_candidates(ctx: _Context) -> list[_Candidate]:
    text = ctx.text
    found: list[_Candidate] = []
    windows = _TriggerWindows.of(text)
    for rule in _rules():
        for match in (m for seg in windows.segments(rule.triggers)
                      for m in rule.regex.finditer(text, *seg)):
            start, end = match.span()
            while start < end and text[start].isspace():
                start += 1
            if start >= end or "\n" in text[start:end]:
                continue
            try:
                result = rule.handler(match, start, ctx)
            except OverflowError:  # a day past 9999-12-31 or before 0001-01-01
                result = None
            if result is not None:
                found.append(_Candidate(result[2] if len(result) > 2 else start, end,
                                        result[0], result[1], rule.name))
    return found


def _normalize_span(text: str, start: int, ctx: _Context, label: str) -> Value | None:
    """Value and type of a model entity that none of the rules found in running text.

    None when a rule recognises the whole span and rejects it ("2000" in "2000 soldiers").
    """
    for rule in _rules():
        match = rule.regex.fullmatch(text)
        if match is not None:
            try:
                result = rule.handler(match, start, ctx)
            except OverflowError:
                return None
            return None if result is None else (result[0], result[1])
    bare = re.sub(r"(?i)^the\s+", "", text)
    if _BARE_UNITS.fullmatch(bare):
        return _duration(None, bare), "DURATION"
    value = _dateparser_value(text, start, ctx)
    return value, "TIME" if label == "TIME" else "DATE"


_LEADING_JUNK = re.compile(r"^(?:(?:%s)\b\s*|[,;:\-–—(\s])+" % "|".join(
    re.escape(w) for w in ["in", "on", "at", "since", "during", "for", "by", "until", "till",
                           "from", "to", "of", "over", "within", "through", "throughout",
                           "before", "after", "as", "between", "into", "than", "like", "per",
                           "via", "and", "or", "but"]), re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(?:their|its|his|her|our|my|your)\s+(?:\w+\s+)*?(?=\w+$)",
                         re.IGNORECASE)
_BARE_UNITS = re.compile(r"(?i)(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)")
# "later in the day": TimeML marks "the day" (the adverb is no part of it)
_EARLIER_IN = re.compile(r"(?i)^(?:earlier|later)\s+in\s+(?=the\s+day\b)")
_OF = re.compile(r"\s+of\b")
_OF_END = re.compile(r"(?i)\s+of$")
_OR_SO = re.compile(r"(?i)\s+or\s+so\b")
_AGE = re.compile(r"\b(?:old|aged?|ages)\b|-old", re.IGNORECASE)


def _entity_candidates(ctx: _Context, own: list[_Candidate]) -> list[_Candidate]:
    found = []
    text = ctx.text
    taken = _Intervals()
    for cand in own:
        taken.add(cand.start, cand.end)
    for ent in ctx.doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start, end = ent.start_char, ent.end_char
        trimmed = _POSSESSIVE.sub("", _LEADING_JUNK.sub("", text[start:end]))
        trimmed = _EARLIER_IN.sub("", trimmed)
        start = end - len(trimmed)
        trimmed = re.sub(r"(?:['’]s|[,;:\s])+$", "", trimmed)
        end = start + len(trimmed)
        if start >= end or taken.overlaps(start, end) or _OF_END.search(trimmed):
            continue  # "the night of" Oct. 23: the date after it is the expression
        if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
            continue  # the tail of a compound: "after-hours", "year-round"
        before = text[max(0, start - 8):start].lower()
        if _AGE.search(trimmed) or re.search(r"\b(?:aged?|ages)\s*$", before):
            continue
        if re.fullmatch(r"[\d,.]+", trimmed) and not re.fullmatch(r"1[5-9]\d\d|20\d\d", trimmed):
            continue
        if trimmed.lower() in lexicon()["parts_of_day"] or _HIGH_NOON.fullmatch(trimmed):
            continue
        result = _normalize_span(trimmed, start, ctx, ent.label_)
        if result is not None and (result[0] is not None or _time_word_regex().search(trimmed)):
            found.append(_Candidate(start, end, result[0], result[1]))
    return found


class _Intervals:
    """Disjoint character intervals, sorted, with a logarithmic overlap test."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest candidates first, dropping any that overlap one already kept."""
    kept: list[_Candidate] = []
    taken = _Intervals()
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        if not taken.overlaps(cand.start, cand.end):
            taken.add(cand.start, cand.end)
            kept.append(cand)
    return kept


_SLASH_DATE = re.compile(r"\d{1,2}([/.-])\d{1,2}\1\d{2,4}")


def _add_dateline(kept: list[_Candidate], dateline: dict[str, Any], value: str | None,
                  text: str) -> None:
    """Make sure the dateline's date is reported, with the dateline's value when it has none."""
    for cand in kept:
        if cand.start < dateline["end"] and dateline["start"] < cand.end:
            if cand.value is None or (
                    value and cand.type == "DATE" and _SLASH_DATE.fullmatch(text[cand.start:cand.end])):
                # the dateline reader knows the order of a numeric date ("03/10/2025" after an
                # African or European dateline is 3 October); the slash rule alone reads m/d/y
                cand.value = value
            return
    kept.append(_Candidate(dateline["start"], dateline["end"], value, "DATE"))


_CLOCK_AFTER_DATE = re.compile(r"[\s,/|]*(?:at\s+)?(?=\d)")
_ISO_DAY_THEN_CLOCK = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)[^\S\n]+(?=[0-2]?\d[:.][0-5]\d)")


@cache
def _zone_after() -> re.Pattern[str]:
    return re.compile(rf"[^\S\n]+(?:{alternation(lexicon()['time_zone_abbreviations'])})\b")


def _split_dateline_clock(kept: list[_Candidate], dateline: dict[str, Any],
                          text: str) -> list[_Candidate]:
    """A TIME that runs from the dateline's date into its clock ("12 February 2025, 09:40 GMT")
    becomes the dateline's DATE and a TIME from the clock on, each with its own value."""
    result = []
    for cand in kept:
        clock = _CLOCK_AFTER_DATE.match(text, dateline["end"], cand.end)
        day = _ISO_DAY_THEN_CLOCK.match(text, cand.start, cand.end)
        if (day is not None and cand.type == "TIME" and cand.value and "T" in cand.value
                and cand.start == dateline["start"]):
            # an ISO timestamp line ("Published: 2026-12-03 14:20 EAT"): its day and its clock
            zone = _zone_after().match(text, cand.end)
            result.append(_Candidate(cand.start, day.end("day"), cand.value.split("T", 1)[0],
                                     "DATE", cand.rule))
            result.append(_Candidate(day.end(), zone.end() if zone else cand.end, cand.value, "TIME",
                                     cand.rule))
        elif (cand.type == "TIME" and cand.value and "T" in cand.value
                and cand.start <= dateline["start"] < dateline["end"] < cand.end and clock):
            day_value = cand.value.split("T", 1)[0]
            result.append(_Candidate(cand.start, dateline["end"], day_value, "DATE", cand.rule))
            result.append(_Candidate(clock.end(), cand.end, cand.value, "TIME", cand.rule))
        else:
            result.append(cand)
    return result


_MONTH_ONLY = re.compile(r"\d{4}-[01]\d")
_ON_AFTER = re.compile(r",?\s+(?:on\s+)?")
# the last day of a reported period ("the three months to September 30", "fiscal 2006, which
# ended on March 31"): a bound, not the day of the events told after it
_PERIOD_END_CUE = re.compile(r"(?i)(?:\b(?:ended|ending|ends)|\b(?:months?|weeks?|days?|year|quarter|"
                             r"period|half)\s+(?:to|through))\s+(?:on\s+)?$")
_SAME_DAY = re.compile(r"(?i)(?:(?:earlier|later)\s+(?:in\s+)?)?(?:the|that|the\s+same)\s+day"
                       r"|(?:the\s+)?(?:start|beginning|end|middle|rest|close|course)\s+of\s+"
                       r"(?:the|that)\s+day")
_SAME_YEAR = re.compile(r"(?i)(?:(?:earlier|later|early|late)\s+(?:in\s+)?)?(?:that|the\s+same)\s+year")
_SAME_WEEK = re.compile(r"(?i)(?:(?:earlier|later)\s+(?:in\s+)?)?(?:the|that|the\s+same)\s+week")
_SAME_MONTH = re.compile(r"(?i)(?:(?:earlier|later)\s+(?:in\s+)?)?(?:that|the\s+same)\s+month"
                         r"|(?:earlier|later)\s+in\s+the\s+month")
_ANAPHORIC_WEEKDAY = re.compile(r"(?i)the\s+(?:previous|preceding|following)\s")
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR_VALUE = re.compile(r"\d{4}(?!\d)")
_MONTH_VALUE = re.compile(r"\d{4}-[01]\d(?!\d)")
_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
_PERIOD_VALUE = re.compile(r"(\d{4})-(\d\d|Q[1-4]|H[12]|W\d\d)(-\d\d)?")
_DAY_WORD = re.compile(r"(?i)today|tonight|yesterday|tomorrow|day|[a-z]+day\b|\d{4}-\d\d-\d\d")
_DAY_UNIT = re.compile(r"(?i)\bday\b")
_WRITTEN_FULL_YEAR = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d(?!\d)")
_MONTH_RELATIVE_WORD = re.compile(r"(?i)\b(?:last|next|this|past|coming|previous)\b")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')]*\s+[\"“‘(]*[A-Z0-9]|\n")


def _in_narrative_year(cand: _Candidate, span_text: str, anchor: tuple[int, int, int] | None,
                       text: str, ctx: _Context | None) -> str | None:
    """The value of a yearless month or day told in the past ("in April", "on March 3") moved
    into the year of the month the same sentence wrote out before it ("launched on January 27,
    2010 and went on sale in April": April 2010), or None when there is no such month, it is in
    the year already given, or the clause does not look back ("will join on March 12")."""
    if (anchor is None or not cand.value or cand.type != "DATE"
            or cand.rule not in ("month", "full_date") or _WRITTEN_FULL_YEAR.search(span_text)
            or _MONTH_RELATIVE_WORD.search(span_text) or not _MONTH_VALUE.match(cand.value)):
        return None
    year, anchor_start, anchor_end = anchor
    if cand.value[:4] == str(year) or _SENTENCE_BREAK.search(text, anchor_end, cand.start):
        return None
    if (ctx is None or ctx.tense(cand.start) != "past"
            or not ctx.same_clause_chain(anchor_start, cand.start)):
        return None
    moved = f"{year:04d}{cand.value[4:]}"
    if _FULL_DATE.match(moved) and parse_iso_day(moved[:10]) is None:
        return None
    return moved


_LIST_JOIN = re.compile(r"(?i),?\s+(?:and|or)\s+|,\s*")
_SET_WEEKDAY = re.compile(r"XXXX-WXX-[1-7](T\w\w)?")


def _share_weekday_set(kept: list[_Candidate], text: str) -> None:
    """"on Monday and Tuesday nights": a weekday listed before a recurring one recurs too."""
    for cand, after in zip(reversed(kept[:-1]), reversed(kept[1:])):
        joined = _LIST_JOIN.fullmatch(text, cand.end, after.start)
        if (cand.rule == "weekday" and cand.type == "DATE" and after.type == "SET"
                and after.value and joined is not None):
            found = _SET_WEEKDAY.fullmatch(after.value)
            match = _rule_regex("weekday").fullmatch(text[cand.start:cand.end])
            if found is not None and match is not None and not match["wrel"]:
                weekday = lexicon()["weekdays"][match["wd"].title()]
                cand.value, cand.type = f"XXXX-WXX-{weekday}{found[1] or ''}", "SET"


_RANGE_JOIN = re.compile(r"(?i)\s*(?:-|–|—|to|till|until|through|thru|and)\s+|\s*[-–—]\s*")


def _share_range_year(kept: list[_Candidate], text: str) -> None:
    """The first end of a range takes the year written at its second end: "between January and
    May 2008", "from Sept 9 till September 14, 2007" (a year earlier when its month comes after
    the second's: "from December to March 2008"). ``kept`` is in text order."""
    for first, second in zip(kept, kept[1:]):
        if (first.type != "DATE" or second.type != "DATE" or first.rule not in ("month", "full_date")
                or not first.value or not second.value or not _MONTH_VALUE.match(first.value)
                or not _MONTH_VALUE.match(second.value)
                or not _RANGE_JOIN.fullmatch(text, first.end, second.start)
                or _WRITTEN_FULL_YEAR.search(text, first.start, first.end)
                or not _WRITTEN_FULL_YEAR.search(text, second.start, second.end)):
            continue
        year = int(second.value[:4]) - (first.value[5:7] > second.value[5:7])
        moved = f"{year:04d}{first.value[4:]}"
        if not _FULL_DATE.match(moved) or parse_iso_day(moved[:10]) is not None:
            first.value = moved


def _year_before(period: str, unit: str, year: str | None) -> str | None:
    """``period`` (a month, quarter, half, week or day value) moved to ``year`` or a year back,
    at the granularity "the same <unit>" asks for."""
    match = _PERIOD_VALUE.fullmatch(period)
    if match is None:
        return None
    target = int(year) if year else int(match[1]) - 1
    part, day = match[2], match[3] or ""
    if unit == "quarter" and part.isdigit():
        part, day = f"Q{_quarter(int(part))}", ""
    elif unit in ("month", "period") and part.isdigit():
        day = ""
    elif unit == "quarter" and not part.startswith("Q"):
        return None
    if day and valid_date(target, int(part), int(day[1:])) is None:
        day = ""
    return f"{target}-{part}{day}"


_YEAR_ONLY = re.compile(r"\d{4}")


def _years_earlier(span_text: str) -> int | None:
    """The whole number of years an "N years earlier" expression counts back, else None."""
    match = _rule_regex("ago").fullmatch(span_text)
    if match is None or match["adir"].lower() == "ago" or _unit(match["au"])[0] != "Y":
        return None
    count = _parse_number(match["an"])
    return int(count) if count is not None and count == int(count) else None


_MONTHS_TO_DATE = re.compile(r"P(?:[4-9]|1[01])M")


def _compares_months(previous: _Candidate | None, cand: _Candidate, text: str) -> bool:
    """Whether ``cand`` ("a year earlier") compares with a run of months to date ("the nine
    months", "the first six months") named just before it in the same sentence."""
    return (previous is not None and previous.type == "DURATION" and previous.value is not None
            and _MONTHS_TO_DATE.fullmatch(previous.value) is not None
            and _SENTENCE_BREAK.search(text, previous.end, cand.start) is None)


def _compares_year(previous: _Candidate | None, cand: _Candidate, text: str) -> str | None:
    """The year ``cand`` ("a year earlier") compares with when a whole year ("for 2008", "last
    year") is the date named just before it in the same sentence, else None."""
    if (previous is None or previous.type != "DATE" or previous.value is None
            or previous.rule == "year_period" or not _YEAR_ONLY.fullmatch(previous.value)
            or _SENTENCE_BREAK.search(text, previous.end, cand.start) is not None):
        return None
    return previous.value


_DAY_AROUND = re.compile(r"\s+(after|before)\s+")


_APPOSITION = re.compile(r"\s*,\s*")


def _day_around(cand: _Candidate, previous: _Candidate | None, following: list[_Candidate],
                text: str, last_day: str | None) -> str | None:
    """The day "the day" names: the last day named, or the day after/before the date written
    right after it ("the day before last Tuesday's hearing") or, failing one, the last day named
    ("killed on Oct. 23 ... showed up the day after his death"). In apposition to a date ("Oct.
    12, the day before the crash") it is that date."""
    around = _DAY_AROUND.match(text, cand.end)
    if around is None or text[cand.start:cand.end].lower() != "the day" or (
            previous is not None and _APPOSITION.fullmatch(text, previous.end, cand.start)):
        return last_day
    anchor = last_day
    if (following and following[0].start == around.end() and following[0].value
            and _FULL_DATE.match(following[0].value)):
        anchor = following[0].value[:10]
    base = parse_iso_day(anchor)
    if base is None:
        return last_day
    return (base + dt.timedelta(days=1 if around[1].lower() == "after" else -1)).isoformat()


@cache
def _report_words() -> frozenset[str]:
    return frozenset(lexicon()["report_words"])


def _report_date(cand: _Candidate, ctx: _Context) -> bool:
    """Whether ``cand`` dates a report ("said on Monday", "in a statement on Sunday") rather
    than an event: a report verb or noun governs it within a few steps up the parse."""
    token = ctx.token_at(cand.start)
    if token is None or not ctx.doc.has_annotation("DEP"):
        return False
    date_token = token
    for _ in range(4):
        if token.head == token:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            token = _reporting_clause_verb(token, date_token)
        if token.lemma_.lower() in _report_words():
            return True
        if token.pos_ in ("VERB", "AUX"):
            break
    return False


def _resolve_anaphora(kept: list[_Candidate], text: str, reference_date: str | None,
                      ctx: _Context | None = None) -> None:
    """Expressions that point back: "the day", "that year", a bare clock time, "the same
    period last year".

    "the day"/"that day"/"the end of the day" (and "a second straight day") take the last day
    named before them (else the reference date), "the previous Friday" the Friday before that
    day, "earlier in the week" and "that month" its
    week and month, "that year" the last year named before it, a
    clock time without a day of its own ("around 3 a.m." after "on Friday") the last day named
    before it, and "the same month a year ago" the month, quarter or period named last, a year
    back ("sales fell in January from the same month a year ago": January of the year before).
    """
    last_day = reference_date
    event_day = False  # last_day is the day of an event, not of a report or the reference date
    last_year: str | None = None
    last_year_end = 0
    # the last year named but after "since" ("the first loss since 1991"): a stretch that runs
    # to now, which "the year before" and "a year earlier" do not count back from
    stretch_year: str | None = None
    last_period: str | None = None
    last_month: str | None = None
    written_year: tuple[int, int, int] | None = None  # the last year written out: year, start, end
    reference = parse_iso_day(reference_date)
    current_quarter = f"{reference.year}-Q{_quarter(reference.month)}" if reference else None
    previous: _Candidate | None = None
    for index, cand in enumerate(kept):
        span_text = text[cand.start:cand.end]
        moved = _in_narrative_year(cand, span_text, written_year, text, ctx)
        if moved is not None:
            cand.value = moved
        if cand.value is None and _SAME_DAY.fullmatch(span_text):
            cand.value = _day_around(cand, previous, kept[index + 1:], text, last_day)
            cand.type = "DATE"
        elif cand.value is None and _SAME_YEAR.fullmatch(span_text):
            cand.value = stretch_year or last_year
        elif cand.value is None and last_day and _SAME_WEEK.fullmatch(span_text):
            cand.value = _iso_week(dt.date.fromisoformat(last_day))
        elif cand.value is None and last_day and (
                _SAME_MONTH.fullmatch(span_text) or cand.rule == "unit_object"):
            cand.value = last_month or last_day[:7]
        elif (cand.rule in ("consecutive", "superlative_unit") and cand.type == "DATE"
              and last_day and (_DAY_UNIT.search(span_text) or "session" in span_text.lower())):
            # "fell for a fourth consecutive session on Tuesday": the day named right after
            after = kept[index + 1] if index + 1 < len(kept) else None
            cand.value = after.value[:10] if (
                after is not None and after.value and _FULL_DATE.match(after.value)
                and _ON_AFTER.fullmatch(text, cand.end, after.start)) else last_day
        elif cand.rule == "anchored" and reference_date:
            match = _rule_regex("anchored").fullmatch(span_text)
            base = parse_iso_day(last_day)
            if match is not None and base is not None:
                unit, step = _anchor_of(match)
                year = int(last_year) if last_year and unit == "year" else None
                if unit == "month" and last_month:
                    base = dt.date(int(last_month[:4]), int(last_month[5:7]), 1)
                cand.value = _anchored_value(base, year, unit, step)
        elif cand.rule == "weekday" and last_day and _ANAPHORIC_WEEKDAY.match(span_text):
            match = _rule_regex("weekday").fullmatch(span_text)
            base = parse_iso_day(last_day)
            if match is not None and base is not None and cand.type == "DATE":
                weekday = lexicon()["weekdays"][match["wd"].title()]
                ahead = match["wrel"].lower() == "following"
                days = [base + dt.timedelta(days=d) for d in (range(1, 8) if ahead else range(-7, 0))]
                cand.value = next(d for d in days if d.isoweekday() == weekday).isoformat()
        elif (cand.rule == "ago" and cand.value and _years_earlier(span_text) == 1
              and previous is not None and previous.value and previous.type == "DATE"
              and _MONTH_ONLY.fullmatch(previous.value)
              and _SENTENCE_BREAK.search(text, previous.end, cand.start) is None):
            # "sold 26,400 cars in July, up 9% from a year earlier": that month, a year back
            cand.value = f"{int(previous.value[:4]) - 1}{previous.value[4:]}"
        elif (cand.rule == "ago" and cand.value and _QUARTER_VALUE.fullmatch(cand.value)
              and _years_earlier(span_text) == 1
              and (compared := _compares_year(previous, cand, text)) is not None):
            # "a loss for 2008, against a profit a year earlier": the year before that year,
            # even in an article that also reports quarters
            cand.value = str(int(compared) - 1)
        elif (cand.rule in ("ago", "year_ago") and cand.value
              and _QUARTER_VALUE.fullmatch(cand.value) and _compares_months(previous, cand, text)):
            # "net for the nine months was $5 million, against $3 million a year earlier": the
            # months to date a year back lie in that year, not in the year-ago quarter
            if last_period and _QUARTER_VALUE.fullmatch(last_period):
                cand.value = str(int(last_period[:4]) - 1)
            else:
                cand.value = cand.value[:4]
        elif (cand.rule == "ago" and last_year and cand.value and _YEAR_ONLY.fullmatch(cand.value)
              and _years_earlier(span_text) is not None
              and len(_SENTENCE_BREAK.findall(text, last_year_end, cand.start)) <= 1):
            # "delivered 20 jets in 2009, against 30 a year earlier": a year before the year
            # the text named last (in this sentence or the one before), not before the
            # reference date
            cand.value = str(int(last_year) - _years_earlier(span_text))
        elif cand.rule == "ago" and last_day and last_day != reference_date:
            match = _rule_regex("ago").fullmatch(span_text)
            base = parse_iso_day(last_day)
            if match is not None and base is not None and match["adir"].lower() != "ago":
                code, _ = _unit(match["au"])
                count = _parse_number(match["an"])
                if code in ("D", "W", "M") and count is not None:
                    cand.value = _shifted(base, count, code, -1) or cand.value
        elif (cand.rule in ("ago", "year_ago") and cand.value and _QUARTER_VALUE.fullmatch(cand.value)
              and last_period and _QUARTER_VALUE.fullmatch(last_period)
              and (current_quarter is None or last_period <= current_quarter)):
            # "lost $6 billion in the first quarter, against $3 billion a year earlier": the
            # quarter reported last, a year back (not the latest completed quarter)
            cand.value = f"{int(last_period[:4]) - 1}{last_period[4:]}"
        elif cand.rule == "same_period":
            match = _rule_regex("same_period").fullmatch(span_text)
            unit = match["spu"].lower() if match else ""
            anchor = last_day if unit == "day" and last_day != reference_date else last_period
            if match is not None and anchor:
                cand.value = _year_before(anchor, unit, match["spy"]) or cand.value
        elif (cand.rule in ("session_part", "day_part") and cand.value and last_day
              and not _DAY_WORD.search(span_text)):
            cand.value = last_day + cand.value[10:]
        elif (cand.rule == "time" and cand.value and last_day and reference_date
              and cand.value.startswith(reference_date) and not _DAY_WORD.search(span_text)
              and (last_day <= reference_date or ctx is None
                   or ctx.tense(cand.start) in ("future", "scheduled"))):
            # a clock time told in the past lies on no day ahead ("an election on September
            # 11 ... at 11 a.m. the index was down": the report's own day)
            cand.value = last_day + cand.value[10:]
        written = _WRITTEN_FULL_YEAR.search(span_text)
        if (written and cand.value and cand.type == "DATE" and _MONTH_VALUE.match(cand.value)
                and cand.value.startswith(written[0])):
            written_year = (int(written[0]), cand.start, cand.end)
        previous = cand
        # "the highest level since April 27": a stretch that runs to now, so the story stays
        # where it was ("over the week" is still the week being reported)
        if (cand.value and _FULL_DATE.match(cand.value)
                and (cand.type == "DATE" or (cand.type == "TIME" and _DAY_WORD.search(span_text)))
                and not _SINCE_CUE.search(text, max(0, cand.start - 8), cand.start)
                and not _PERIOD_END_CUE.search(text, max(0, cand.start - 24), cand.start)):
            # "attacked on Saturday ... said in a statement on Sunday ... Two days earlier": the
            # day of the report does not replace the day of the event the story is about
            reported = ctx is not None and _report_date(cand, ctx)
            if not (reported and event_day):
                # the dateline, or a day that is the reference date, is no event of its own
                last_day = cand.value[:10]
                event_day = not reported and last_day != reference_date
        if cand.value and _YEAR_VALUE.match(cand.value) and cand.type == "DATE":
            if _SINCE_CUE.search(text, max(0, cand.start - 8), cand.start):
                stretch_year = cand.value[:4]
            else:
                last_year, last_year_end = cand.value[:4], cand.end
                last_month = cand.value[:7] if _MONTH_VALUE.match(cand.value) else None
                stretch_year = None
        if (cand.value and cand.type == "DATE" and cand.rule not in ("same_period", "ago", "year_ago")
                and _PERIOD_VALUE.fullmatch(cand.value) and not _FULL_DATE.match(cand.value)):
            last_period = cand.value


@cache
def _rule_regex(name: str) -> re.Pattern[str]:
    return next(rule.regex for rule in _rules() if rule.name == name)


def extract_dates(
    doc: Doc, *, reference_date: str | None, dateline: dict[str, Any] | None = None,
    dateline_date: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Temporal expressions of ``doc`` with TIMEX3-style values, in text order.

    Args:
        doc: A Doc parsed by the model (entities, tags and dependencies improve the result; a
            blank pipeline still gets the rule-based expressions).
        reference_date: ``YYYY-MM-DD`` that relative expressions are resolved against; None
            leaves them unresolved (value None).
        dateline: The span of the dateline the reference date was read from, if any; it is
            always reported, with ``reference_date`` as its value when no rule resolves it
            (a yearless "June 12" dateline takes its year from the --reference-date option).
        dateline_date: The span of the dateline's date whatever gave the reference date; a
            dateline timestamp ("12 February 2025, 09:40 GMT") is reported as that DATE and a
            TIME for its clock, as the dateline is reported as a date.

    Returns:
        ``[{"text", "start", "end", "value", "type"}]`` with ``type`` one of DATE, TIME,
        DURATION, SET and ``value`` an ISO 8601 / TIMEX3 string; None only without a reference
        date (with one, an expression that gets no value is dropped).
    """
    text = doc_text(doc)
    token_starts = doc.to_array([IDX]).tolist() if len(doc) else []
    # Earnings reports compare a quarter with the same quarter a year before: there "a year
    # earlier" is the year-ago quarter (TimeBank: "1988-Q3"), not the year.
    quarterly = "quarter" in text.lower()
    ctx = _Context(doc, text, parse_iso_day(reference_date), token_starts, quarterly,
                   _headline_end(text))
    own = _select(_own_candidates(ctx))
    kept = [c for c in _select(own + _entity_candidates(ctx, own))
            if not _inside_a_name(c, ctx) and not _quoted_title(c, ctx.text)]
    if dateline and 0 <= dateline["start"] < dateline["end"] <= len(text):
        _add_dateline(kept, dateline, reference_date, text)
    for span in (dateline, dateline_date):
        if span and 0 <= span["start"] < span["end"] <= len(text):
            kept = _split_dateline_clock(kept, span, text)
    kept.sort(key=lambda c: c.start)
    _share_range_year(kept, text)
    _share_weekday_set(kept, text)
    try:
        _resolve_anaphora(kept, text, reference_date, ctx)
    except OverflowError:
        pass  # a text date at the edge of the calendar: the values found so far stand
    if ctx.ref is not None:
        # with a reference date every true expression gets a value; one that gets none is
        # mostly no time at all ("as little as 99 cents", "his year in kindergarten")
        kept = [c for c in kept if c.value is not None]
    _extend_extents(kept, text)
    return [{"text": text[c.start:c.end], "start": c.start, "end": c.end, "value": c.value,
             "type": c.type} for c in kept]


@cache
def _name_prone_words() -> frozenset[str]:
    """Time words that also title newspapers and shows ("USA Today", "Daily Mail")."""
    return frozenset(lexicon()["name_prone_words"])


def _inside_a_name(cand: _Candidate, ctx: _Context) -> bool:
    """Whether ``cand`` is a capitalised time word inside a proper name: "USA TODAY", "the
    Daily Caller", "LA Weekly", "CBS This Morning", "NBC Nightly News", "the Future Technology
    Week" name a paper, a show or an event, not a time. The sign is a capitalised proper noun
    right before or after it inside the sentence."""
    words = ctx.text[cand.start:cand.end]
    if (not words.split()[-1][:1].isupper() or words.lower() not in _name_prone_words()
            or cand.start < ctx.headline_end):
        return False
    first, last = ctx.token_at(cand.start), ctx.token_at(cand.end - 1)
    if first is None or last is None or first.is_sent_start:
        return False
    neighbours = [ctx.doc[first.i - 1]]
    if last.i + 1 < len(ctx.doc) and not ctx.doc[last.i + 1].is_sent_start:
        neighbours.append(ctx.doc[last.i + 1])
    return any(token.tag_ in ("NNP", "NNPS") and (token.is_title or token.is_upper)
               and token.lower_.rstrip(".") not in _calendar_words() for token in neighbours)


# rules that name a calendar date or a holiday, still a date in quotes (the so-called
# "Black Monday")
_CALENDAR_NAME_RULES = frozenset({"holiday", "full_date", "month_year", "month", "weekday", "year",
                                  "decade", "century", "season_year", "iso", "slash", "time"})
_OPENING_QUOTE = re.compile(r"(?:[\"“]|''|``)$")
_CLOSING_QUOTE = re.compile(r"[,.]?(?:[\"”]|'')|\s+[A-Z]")


def _quoted_title(cand: _Candidate, text: str) -> bool:
    """Whether ``cand`` is the title of a show or a work in quotes inside a sentence: ABC's
    "This Week", CBS's "60 Minutes". Every word is capitalised (a sentence quoted whole starts
    with one capital) and the quote opens after a word, not at the start of a sentence."""
    words = text[cand.start:cand.end].split()
    if (len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() for w in words)
            or cand.rule in _CALENDAR_NAME_RULES):
        return False
    opening = _OPENING_QUOTE.search(text, max(0, cand.start - 2), cand.start)
    if opening is None or _CLOSING_QUOTE.match(text, cand.end) is None:
        return False
    before = text[max(0, opening.start() - 3):opening.start()].rstrip()
    return bool(before) and before[-1] not in ".!?:\n"


_EXTENT_BEFORE = (
    (re.compile(r"(?i)(?:past|coming)\s"), re.compile(r"(?i)\bthis\s+$")),  # "this past spring"
    (re.compile(r"(?i)now\b"), re.compile(r"(?i)\bright\s+$")),  # "right now"
    (re.compile(r"(?i)(?:more|less|fewer)\s+than\s"), re.compile(r"(?i)\bno\s+$")),
)


@cache
def _range_start() -> re.Pattern[str]:
    """The first count of a range of durations, right before the second: "60 to" (90 days),
    "the next 12 to" (18 months), "two or" (three weeks)."""
    return re.compile(rf"(?i)\b(?:the\s+(?:next|past|last|coming|first)\s+)?{_number_pattern()}"
                      r"(?:\s+(?:to|or)\s+|[-–])$")


def _extend_extents(kept: list[_Candidate], text: str) -> None:
    """Widen extents to the words TimeML keeps with them: "or so" after ("the next two years or
    so"), "this" before "past"/"coming", "right" before "now", "no" before "more than", the first
    count of a range ("60 to 90 days" is one duration)."""
    previous_end = 0
    for cand in kept:
        approximate = _OR_SO.match(text, cand.end)
        if approximate is not None and cand.type in ("DATE", "DURATION"):
            cand.end = approximate.end()
        if cand.type == "DURATION" and text[cand.start:cand.start + 1].isalnum():
            first = _range_start().search(text, max(0, cand.start - 24, previous_end), cand.start)
            if first is not None and not text[first.start():cand.start].lower().startswith(
                    ("a ", "an ")):
                cand.start = first.start()
        previous_end = max(previous_end, cand.end)
        for head, before in _EXTENT_BEFORE:
            if head.match(text, cand.start):
                found = before.search(text, max(0, cand.start - 8), cand.start)
                if found is not None:
                    cand.start = found.start()
                break


def _headline_end(text: str) -> int:
    """Where a headline on the first line ends: a short first line without a closing full stop
    (headlines are written in the present tense about the past)."""
    first = text.lstrip().split("\n", 1)[0].rstrip()
    if "\n" not in text.strip() or len(first) > 150 or first.endswith((".", "?", "!")):
        return 0
    return text.index(first) + len(first)


class DatesComponent:
    """Stores ``extract_dates`` on ``doc._.conflictcli_dates``."""

    def __call__(self, doc: Doc) -> Doc:
        reference = (doc._.conflictcli_reference_date if Doc.has_extension(
            "conflictcli_reference_date") else None) or {}
        from_dateline = reference.get("origin") == "dateline"
        doc._.conflictcli_dates = extract_dates(
            doc,
            reference_date=reference.get("value"),
            dateline=reference.get("span") if from_dateline else None,
            dateline_date=reference.get("span"),
        )
        return doc


@Language.factory(
    "conflictcli_dates",
    assigns=["doc._.conflictcli_dates"],
    requires=["doc._.conflictcli_reference_date"],
    default_config={},
)
def make_dates(nlp: Language, name: str) -> DatesComponent:
    """The ``conflictcli_dates`` component (reads ``doc._.conflictcli_reference_date``)."""
    return DatesComponent()
