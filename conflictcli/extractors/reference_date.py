"""Reference date of an article: the date its relative expressions ("yesterday") hang on.

Precedence (CONTRACT.md): the input's own ``reference_date``, then the article's dateline, then the
``--reference-date`` option. The dateline is looked for near the top only (first three non-empty
lines, first 400 characters), in the forms news sites and wires use:

- a labelled line: ``date 2023-11-08``, ``Published: 14 Feb 2024``, ``Updated March 3, 2024``, also
  after a byline and a separator (``By Staff Writer | Updated 14:05 GMT, 9 June 2026``);
- a date alone on its line: ``March 06, 2008``, ``Mon 12 Feb 2024 10.15 GMT``,
  ``April 21, 2025 / 4:15 PM GMT``, ``Friday, 18 October 2024 · 6:20 PM IST``,
  ``2024-02-14T10:15:00Z``, or opening a release title: ``May 15: Afghan-ISAF Operations …``;
- a wire dateline: ``KYIV, June 12 (Reuters) -``, ``MAPUTO, Mozambique, 14 May 2024 —``,
  ``KABUL, Afghanistan (Nov. 3, 2010) —``, ``WASHINGTON (Sept. 5) -``,
  ``YANGON (Myanmar), March 10, 2025 —``, looked for further down
  (nine lines, 800 characters) since press releases put header lines above it.

An all-numeric date (``UVIRA, DR Congo, 03/10/2025 —``, ``Published 05.06.2024``,
``TEMUCO, Chile, 04-12-2026 —``) is read day first, as it is written outside the United States,
unless only the month-first reading exists.

A dateline without a year ("KYIV, June 12") takes the year that puts it nearest to the option date,
else the year of a press-release number of the same month in the header ("2010-12-S-187"), else the
latest year the article itself writes out ("so far in 2024"); with none of these,
its value stays None (no year is ever taken from the clock).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from conflictcli.extractors._doc import doc_text, register_extension, span_dict

HEAD_CHARS = 400
HEAD_LINES = 3
# A wire dateline ("KABUL, Afghanistan (Nov. 3, 2010) —") may follow a press release's header
# lines (title, issuer, release number, "For Immediate Release"): it is looked for further down.
WIRE_HEAD_CHARS = 800
WIRE_HEAD_LINES = 9
_SP = r"[^\S\n]"
_UPPER = "[A-ZÀ-ÖØ-ÞĀ-Ž]"

register_extension("conflictcli_reference_date")


@cache
def lexicon() -> dict[str, Any]:
    """The English date lexicon (months, weekdays, numbers, units...) shared with ``dates``."""
    path = files("conflictcli").joinpath("resources/dates/lexicon.json")
    return json.loads(path.read_text(encoding="utf-8"))


def alternation(words: Any) -> str:
    """A regex alternation of ``words``, longest first so the longest form wins."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


@cache
def month_number() -> dict[str, int]:
    """Month name or abbreviation (lower case, no dot) to month number."""
    lex = lexicon()
    return {name.lower(): number for name, number in
            [*lex["months"].items(), *lex["month_abbreviations"].items()]}


def cased(words: Any) -> list[str]:
    """``words`` in Title case and in UPPER case (never lower case: "may", "march" are verbs)."""
    return [form for word in words for form in (word, word.upper())]


@cache
def date_regex_parts() -> dict[str, str]:
    """Regex fragments for written dates, shared with the dates extractor."""
    lex = lexicon()
    month_full = alternation(cased(lex["months"]))
    month_abbr = alternation(cased(lex["month_abbreviations"]))
    weekday = alternation(cased([*lex["weekdays"], *lex["weekday_abbreviations"]]))
    month = rf"(?:(?:{month_full})\b|(?:{month_abbr})(?:\.|\b))"
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[5-9]\d\d|20\d\d)"
    return {
        "month": month,
        "month_full": rf"(?:{month_full})\b",
        "weekday": rf"(?:(?:{weekday})\b\.?)",
        "day": day,
        "year": year,
        "month_day": rf"(?P<m1>{month}){_SP}*(?P<d1>{day})\b(?:[,.]?{_SP}*(?P<y1>{year})\b)?",
        "day_month": (rf"\b(?P<d2>{day}){_SP}+(?:of{_SP}+)?(?P<m2>{month})"
                      rf"(?:,?{_SP}*(?P<y2>{year})\b)?"),
        "numeric": r"(?P<na>[0-3]?\d)(?P<ns>[/.-])(?P<nb>[0-3]?\d)(?P=ns)(?P<ny>(?:19|20)\d\d)\b",
        "iso": r"(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?:[T ](?P<ih>[0-2]\d):(?P<imin>[0-5]\d)"
               r"(?::[0-5]\d(?:\.\d+)?)?(?P<itz>Z|[+-][0-2]\d:?[0-5]\d)?)?\b",
    }


@cache
def _dateline_regexes() -> list[re.Pattern[str]]:
    parts = date_regex_parts()
    date = (rf"(?P<date>(?:{parts['weekday']},?\s*)?(?:{parts['month_day']}|{parts['day_month']})"
            rf"|{parts['iso']}|{parts['numeric']})")
    clock = (r"(?:(?:,|\s[/·|–-])?\s*(?:at\s+)?[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s*[aApP]\.?[mM]\.?)?"
             r"(?:\s*[A-Z]{1,5}(?:[+-]\d{1,2})?)?)?")
    clock_first = (r"(?:[0-2]?\d[:.][0-5]\d(?:\s*[aApP]\.?[mM]\.?)?(?:\s*[A-Z]{2,5})?\s*,?\s*"
                   r"(?:on\s+)?)?")
    label = (r"(?i:date|dated|published|posted|updated|last\s+updated|first\s+published|"
             r"last\s+modified|created)")
    byline = r"(?:[^\n|·•]{1,80}[|·•][ \t]*)?"  # "By Staff Writer | Updated …"
    name = rf"{_UPPER}[\w.'’\-]*"
    connector = r"(?:of|the|and|de|del|du|des|la|le|al|el|da|do|di)"
    words = rf"{name}(?:\s+(?:{connector}\s+)?{name}){{0,3}}"
    place = rf"{words}(?:\s*\([^()\n]{{1,40}}\))?(?:\s*,\s*{words}){{0,2}}"
    wire = r"(?:\s*\([^()\n]{1,40}\))?"
    dash = r"\s*(?:[-—–_:]|$)"
    return [re.compile(p, re.MULTILINE) for p in (
        rf"^[ \t]*{byline}{label}\b\s*(?:on\s+)?[:\-–—]?\s*{clock_first}{date}",
        rf"^[ \t]*[(\[]?\s*{date}{clock}\s*[)\]]?[ \t]*$",
        rf"^[ \t]*{date}:[ \t]+\S",
        rf"^[ \t]*{place}\s*,?\s*\(\s*{date}\s*\){wire}{dash}",
        rf"^[ \t]*{place}\s*,\s*{date}{wire}{dash}",
        rf"^[ \t]*\(\s*{date}\s*\){dash}",
    )]


WIRE_FORMS = 3  # the regexes from this index on are wire datelines that start with a place


def _head(text: str, chars: int = HEAD_CHARS, lines: int = HEAD_LINES) -> str:
    """The top of the article where a dateline may stand: ``lines`` non-empty lines, ``chars`` chars."""
    head = text[:chars]
    seen = 0
    for match in re.finditer(r"[^\n]*\S[^\n]*", head):
        seen += 1
        if seen == lines:
            return head[:match.end()]
    return head


def parse_date_groups(match: re.Match[str]) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) from a match of the ``month_day``/``day_month``/``iso`` groups."""
    groups = match.groupdict()
    try:
        if groups.get("iy"):
            return int(groups["iy"]), int(groups["im"]), int(groups["id"])
        if groups.get("ny"):
            return numeric_day(int(groups["ny"]), int(groups["na"]), int(groups["nb"]))
        for m, d, y in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
            if groups.get(m):
                month = month_number()[groups[m].rstrip(".").lower()]
                day = int(re.sub(r"\D", "", groups[d]))
                year = int(groups[y]) if groups.get(y) else None
                return year, month, day
    except (KeyError, ValueError):
        return None
    return None


def numeric_day(year: int, first: int, second: int) -> tuple[int, int, int] | None:
    """(year, month, day) of an all-numeric date: day first, as written outside the United States
    (and in the conflict zones datelines come from), unless only the month-first reading exists."""
    if valid_date(year, second, first):
        return year, second, first
    if valid_date(year, first, second):
        return year, first, second
    return None


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """The calendar date, or None when it does not exist (Feb 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date with this month and day closest to ``anchor`` (a yearless dateline)."""
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                  if (d := valid_date(y, month, day)) is not None]
    return min(candidates, key=lambda d: abs((d - anchor).days), default=None)


def parse_iso_day(value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` (or longer ISO) string as a date; None when absent or malformed."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


_YEAR_MENTION = re.compile(r"(?<![\d,.$£€#/-])(?:19|20)\d\d\b(?![%/-]|[.,]\d|\s*(?:%|percent))")


def _latest_year_mentioned(text: str) -> int | None:
    """The latest plausible year written in the article ("so far in 2024"), if any."""
    years = [int(m.group()) for m in _YEAR_MENTION.finditer(text)]
    return max(years, default=None)


_RELEASE_NUMBER = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-[A-Z0-9]")


def _release_year(header: str, month: int) -> int | None:
    """The year of a release number in the header of a year-less dateline ("2010-12-S-187" with
    "(Dec. 16)") when its month is the dateline's."""
    for match in _RELEASE_NUMBER.finditer(header):
        if int(match.group(2)) == month:
            return int(match.group(1))
    return None


def find_dateline(text: str) -> tuple[int, int, tuple[int | None, int, int]] | None:
    """Offsets of the dateline's date near the top of ``text`` and its (year, month, day)."""
    heads = (_head(text), _head(text, WIRE_HEAD_CHARS, WIRE_HEAD_LINES))
    best: tuple[int, int, tuple[int | None, int, int]] | None = None
    for number, regex in enumerate(_dateline_regexes()):
        for match in regex.finditer(heads[number >= WIRE_FORMS]):
            parsed = parse_date_groups(match)
            if parsed is None or (parsed[0] is not None and valid_date(*parsed) is None):
                continue
            start, end = match.span("date")
            if best is None or start < best[0]:
                best = (start, end, parsed)
            break
    return best


def extract_reference_date(
    doc: Doc, *, input_date: str | None = None, default_date: str | None = None
) -> dict[str, Any]:
    """The article's reference date, where it came from, and the dateline span if any.

    Args:
        doc: The parsed article (only ``doc.text`` is read).
        input_date: The input's own ``reference_date`` (``YYYY-MM-DD``); wins when valid.
        default_date: The ``--reference-date`` option, used when there is no dateline; it also
            gives the year of a dateline that has none.

    Returns:
        ``{"value": "YYYY-MM-DD" | None, "origin": "input" | "dateline" | "option" | "none",
        "span": span | None}``; ``span`` is the dateline's date whenever one is found, even when
        another origin wins.
    """
    given = parse_iso_day(input_date)
    default = parse_iso_day(default_date)
    found = find_dateline(doc_text(doc))
    span = span_dict(doc, found[0], found[1]) if found else None
    if given is not None:
        return {"value": given.isoformat(), "origin": "input", "span": span}
    if found is not None:
        year, month, day = found[2]
        if year is not None:
            value = valid_date(year, month, day)
        elif default is not None:
            value = nearest_year(month, day, default)
        elif (numbered := _release_year(doc_text(doc)[:WIRE_HEAD_CHARS], month)) is not None:
            value = valid_date(numbered, month, day)
        else:
            latest = _latest_year_mentioned(doc_text(doc))
            value = valid_date(latest, month, day) if latest is not None else None
        if value is not None:
            return {"value": value.isoformat(), "origin": "dateline", "span": span}
    if default is not None:
        return {"value": default.isoformat(), "origin": "option", "span": span}
    return {"value": None, "origin": "none", "span": span}


class ReferenceDateComponent:
    """Stores ``extract_reference_date`` on ``doc._.conflictcli_reference_date``."""

    def __call__(self, doc: Doc) -> Doc:
        context = doc._.conflictcli_context or {}
        doc._.conflictcli_reference_date = extract_reference_date(
            doc,
            input_date=context.get("reference_date"),
            default_date=context.get("default_reference_date"),
        )
        return doc


@Language.factory(
    "conflictcli_reference_date",
    assigns=["doc._.conflictcli_reference_date"],
    default_config={},
)
def make_reference_date(nlp: Language, name: str) -> ReferenceDateComponent:
    """The ``conflictcli_reference_date`` component (input date > dateline > option)."""
    return ReferenceDateComponent()
