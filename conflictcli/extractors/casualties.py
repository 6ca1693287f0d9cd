"""Casualty counts: how many people were killed, wounded, captured, displaced or went missing.

One scan of the token attributes finds the status words (``resources/casualties/status_words.tsv``); the
dependency parse then leads from each one to the people it applies to ("killed 23 militants",
"six villagers were killed", "the deaths of four soldiers", "left 12 dead", "the death toll rose
to 30", "forced 8,000 people from their homes", "Among the dead was a nurse", "lost three
soldiers", "killing dozens of them" after the group "them" stands for). The count comes
from the words in front of the victim noun: digits, number words, qualifiers ("at least", "more
than"), ranges ("between 10 and 15") or vague words with a fixed value (``vague_numbers.tsv``,
after ACLED's and the ISAF annotators' conventions); ``count`` is the number written (the
conventions of ``samples/README.md``), ``count_min`` the lowest number the text allows. Only nouns
that name people count, so equipment, distances, years and money never do, and a subset of a
group already counted ("including two children") is no item of its own. A later restatement of
a figure ("The two insurgents were ...") is merged into the first, so summing ``count`` per
status gives the document's total; a figure told of another incident (a paragraph dated by
another day, "In a separate attack") or by another source ("a medic said nine bodies ..." after
"the army said it killed 40") is not a restatement.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any, Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from conflictcli.extractors._doc import doc_text, register_extension, span_dict

EXTENSION = "conflictcli_casualties"
register_extension(EXTENSION)

_RESOURCE_DIR = "resources/casualties"
_GENERIC_WHO = "people"
_DEFINITE_DETERMINERS = frozenset({"the", "these", "those", "this", "that", "all", "both", "each",
                                   "such"})
_SINGULAR_DETERMINERS = frozenset({"a", "an", "another", "one"})
# Status verbs whose subject is the victim ("two soldiers died", "one civilian succumbed to his wounds").
_INTRANSITIVE_VERBS = frozenset({"die", "perish", "succumb", "flee"})
_INJURY_VERBS = frozenset({"succumb"})
# A death or injury figure that adds people to an earlier one of its status rather than restating it.
# Not "additional": press releases list an operation's detainees as "the leader and two additional
# suspects" after the total.
_ADDED_PEOPLE = re.compile(
    r"(?i)\b(?:another|more(?!\s+than)|a\s+further)\b"
    r"|\ban?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
)
_NOT_COUNTED_OF = frozenset({"one", "each", "none", "any", "either", "neither"})
_SET_MARKERS = frozenset({"additional", "other", "more", "further", "others"})
_DESCRIPTIVE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "punct", "poss", "case"})
_BLOCKED_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_TOLL_UPDATE_VERBS = frozenset({"rise", "climb", "increase", "reach", "jump", "grow", "mount",
                                "soar", "hit", "surpass", "exceed", "double", "update", "revise"})
_TAKE_OBJECTS = {"hostage": "captured", "prisoner": "captured", "captive": "captured"}
_DISPLACE_VERBS = frozenset({"force", "drive", "chase"})
_UNREALISED_MODIFIERS = frozenset({"attempted", "planned", "failed", "foiled", "thwarted",
                                   "possible", "potential", "alleged", "recent", "previous",
                                   "past", "earlier", "future"})
_BACKGROUND_HEADS = frozenset({"responsible", "involve", "involved", "suspect", "accuse", "link",
                               "blame", "plan", "orchestrate", "mastermind", "coordinate", "direct",
                               "facilitate", "organize", "convict", "threaten", "attempt", "try",
                               "intend", "vow", "warn", "seek", "aim", "order", "charge"})
_CLAIM_VERBS = frozenset({"accuse", "blame"})
_DENIAL_VERBS = frozenset({"deny", "refute", "dismiss", "reject", "dispute"})
_OBJECT_PRONOUNS = frozenset({"them", "him", "her"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_COUNT_NOUNS = frozenset({"number", "handful", "couple", "dozen", "dozens", "score", "scores",
                          "hundreds", "thousands", "tens", "millions"})
_PEOPLE_HEADS = frozenset({_GENERIC_WHO, "person"})
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_QUOTE_CHARS = frozenset("\"“”‘’«»'")
_NUMBER_RE = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class _Resources:
    """The data files, parsed."""

    verbs: dict[str, str]
    nouns: dict[str, str]
    count_nouns: dict[str, str]
    adjectives: dict[str, str]
    units: dict[str, int]
    scales: dict[str, int]
    qualifiers: dict[tuple[str, ...], str]
    vague: dict[tuple[str, ...], int]
    victims: frozenset[str]
    generic: frozenset[str]
    individuals: frozenset[str]
    kin: frozenset[str]
    groups: frozenset[str]
    uproot_verbs: dict[str, str]
    carry_verbs: dict[str, str]
    loss_verbs: dict[str, str]
    home_verbs: dict[str, str]
    care_verbs: dict[str, str]
    care_objects: frozenset[str]
    told_groups: frozenset[str]
    report_verbs: frozenset[str]
    homes: frozenset[str]
    currencies: frozenset[str]
    day_words: frozenset[str]


def _data_lines(name: str) -> Iterable[list[str]]:
    text = files("conflictcli").joinpath(f"{_RESOURCE_DIR}/{name}").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


@cache
def _resources() -> _Resources:
    """Load the casualty data files once."""
    kinds: dict[str, dict[str, str]] = {"verb": {}, "noun": {}, "count_noun": {}, "adj": {},
                                        "toll": {}, "uproot_verb": {},
                                        "carry_verb": {}, "loss_verb": {}, "home_verb": {},
                                        "care_verb": {}, "care_object": {}}
    for words, status, kind in _data_lines("status_words.tsv"):
        kinds[kind][words] = status
    numbers = json.loads(
        files("conflictcli").joinpath(f"{_RESOURCE_DIR}/number_words.json").read_text("utf-8")
    )
    vague = {tuple(row[0].split()): int(row[1]) for row in _data_lines("vague_numbers.tsv")}
    victims: set[str] = set()
    tagged: dict[str, set[str]] = {"generic": set(), "individual": set(), "kin": set(), "group": set()}
    for row in _data_lines("victim_nouns.txt"):
        for tag in row[1].split(",") if len(row) == 2 else ():
            tagged[tag].add(row[0])
        victims.add(row[0])
    return _Resources(
        verbs=kinds["verb"],
        nouns=kinds["noun"],
        count_nouns=kinds["count_noun"],
        adjectives=kinds["adj"],
        units=numbers["units"],
        scales=numbers["scales"],
        qualifiers={tuple(k.split()): v for k, v in numbers["qualifiers"].items()},
        vague=vague,
        victims=frozenset(victims),
        generic=frozenset(tagged["generic"]),
        individuals=frozenset(tagged["individual"]),
        kin=frozenset(tagged["kin"]),
        groups=frozenset(tagged["group"]),
        uproot_verbs=kinds["uproot_verb"],
        carry_verbs=kinds["carry_verb"],
        loss_verbs=kinds["loss_verb"],
        home_verbs=kinds["home_verb"],
        care_verbs=kinds["care_verb"],
        care_objects=frozenset(kinds["care_object"]),
        told_groups=frozenset(row[0] for row in _data_lines("told_group_nouns.txt")),
        report_verbs=frozenset(row[0] for row in _data_lines("report_verbs.txt")),
        homes=frozenset(row[0] for row in _data_lines("home_nouns.txt")),
        currencies=frozenset(numbers["currencies"]),
        day_words=frozenset(row[0] for row in _data_lines("day_words.txt")),
    )


@dataclass(frozen=True)
class _TriggerRules:
    """The status words as string hashes, for one vocabulary: each one-word rule is (label, column
    of the word's attribute, the words, column of the part-of-speech attribute, the parts of speech
    it may have); columns index the rows of ``doc.to_array(_TRIGGER_ATTRS)``."""

    single: tuple[tuple[str, int, frozenset[int], int, frozenset[int]], ...]
    lemmas: frozenset[int]
    lowers: frozenset[int]
    toll_first: frozenset[int]
    toll: int


_TRIGGER_ATTRS = ["LEMMA", "LOWER", "POS", "TAG"]
_LEMMA, _LOWER, _POS, _TAG = range(4)


@lru_cache(maxsize=8)
def _trigger_rules(vocab: Vocab) -> _TriggerRules:
    """The status-word rules of ``resources/casualties/status_words.tsv``, hashed once per vocabulary."""
    res = _resources()
    strings = vocab.strings

    def hashes(words: Iterable[str]) -> frozenset[int]:
        return frozenset(strings[word] for word in words)

    verb_or_aux = hashes(["VERB", "AUX"])
    verb = hashes(["VERB"])
    single = (
        ("VERB", _LEMMA, hashes(res.verbs), _POS, verb_or_aux),
        ("TAKE", _LEMMA, hashes(["take"]), _POS, verb_or_aux),
        ("CARRY", _LEMMA, hashes(res.carry_verbs), _POS, verb),
        ("UPROOT", _LEMMA, hashes(res.uproot_verbs), _POS, verb),
        ("NOUN", _LEMMA, hashes(res.nouns), _POS, hashes(["NOUN"])),
        ("COUNT_NOUN", _LOWER, hashes(res.count_nouns), _POS, hashes(["NOUN", "ADJ"])),
        ("ADJ", _LOWER, hashes(res.adjectives), _TAG, hashes(["JJ", "VBN", "VBG"])),
        ("LOSS", _LEMMA, hashes(res.loss_verbs), _POS, verb),
        ("HOME_VERB", _LEMMA, hashes(res.home_verbs), _POS, verb),
        ("CARE_VERB", _LEMMA, hashes(res.care_verbs), _POS, verb),
        ("TOLL_WORD", _LOWER, hashes(["toll"]), _POS, hashes(["NOUN"])),
    )
    return _TriggerRules(
        single=single,
        lemmas=frozenset().union(*(words for _, column, words, _, _ in single if column == _LEMMA)),
        lowers=frozenset().union(*(words for _, column, words, _, _ in single if column == _LOWER),
                                 hashes(["toll"])),
        toll_first=hashes(["death", "casualty"]),
        toll=strings["toll"],
    )


def _triggers(doc: Doc) -> list[tuple[str, int]]:
    """``(label, start)`` of every status word ("killed", "deaths", "dead") and "death toll" /
    "casualty toll" phrase, in the order a spaCy ``Matcher`` with these rules reports them: by
    the token they end on, a phrase before the one-word rules of its last token. The attributes
    are read from one array rather than token by token, so the scan costs little."""
    rules = _trigger_rules(doc.vocab)
    rows = doc.to_array(_TRIGGER_ATTRS).tolist() if len(doc) else []
    found: list[tuple[str, int]] = []
    for i, row in enumerate(rows):
        if row[_LEMMA] not in rules.lemmas and row[_LOWER] not in rules.lowers:
            continue
        if row[_LOWER] == rules.toll and i and rows[i - 1][_LOWER] in rules.toll_first:
            found.append(("TOLL", i - 1))
        for label, column, words, pos_column, parts_of_speech in rules.single:
            if row[column] in words and row[pos_column] in parts_of_speech:
                found.append((label, i))
    return found


@dataclass
class _Quantity:
    """A count read from the words in front of a victim noun."""

    count: int | None = None
    count_min: int | None = None
    count_max: int | None = None
    qualifier: str | None = None
    approximate: bool = False
    vague: bool = False
    definite: bool = False
    first: int | None = None


@dataclass
class _Item:
    """A candidate casualty statement before merging."""

    start: int
    end: int
    count: int
    who: str
    status: str
    head: str
    rule: str
    quantity: _Quantity
    named: str | None = None
    update: bool = False
    trigger: int = -1
    days: frozenset[str] = frozenset()
    separate: bool = False
    source: str | None = None
    relatives: bool = False
    clause_days: frozenset[str] = frozenset()


# Vague words worth less ("several", "numerous") are indefinite: after a figure for the same people
# they restate it. Words of magnitude ("dozens", "thousands") still give a figure of their own.
_MAGNITUDE = 10
# Larger figures are not casualty counts (and would overflow JSON integers).
_MAX_COUNT = 100_000_000


def _number_value(words: list[str]) -> int | None:
    """The value of a run of number words or digits ("twenty three", "1,200", "2.5 million")."""
    res = _resources()
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if word in ("-", "and") and seen:
            continue
        if _NUMBER_RE.match(word):
            number = float(word.replace(",", ""))
            if not number <= _MAX_COUNT:
                return None
            current += number
        elif word in res.units:
            current += res.units[word]
        elif word in res.scales:
            current = max(current, 1) * res.scales[word]
            if res.scales[word] >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    value = round(total + current)
    return value if seen and value <= _MAX_COUNT else None


def _is_number_word(word: str) -> bool:
    res = _resources()
    return bool(_NUMBER_RE.match(word)) or (
        word in res.units and word not in ("a", "an", "another", "single", "lone")
    ) or word in res.scales


def _match_table(words: list[str], i: int, table: dict[tuple[str, ...], Any]) -> int:
    """The length of the longest key of ``table`` starting at ``words[i]`` (0 if none)."""
    for size in (4, 3, 2, 1):
        if tuple(words[i:i + size]) in table:
            return size
    return 0


def _read_quantity(tokens: list[Token]) -> _Quantity:
    """Parse determiners, qualifiers, numbers, ranges and vague words in front of a noun."""
    res = _resources()
    words = [t.lower_ for t in tokens]
    quantity = _Quantity()
    i = 0
    pending_qualifier: str | None = None
    while i < len(words):
        word = words[i]
        size = _match_table(words, i, res.vague)
        qualifier_size = _match_table(words, i, res.qualifiers)
        if qualifier_size and i + qualifier_size < len(words) and _is_number_word(
            words[i + qualifier_size]
        ):
            size = 0
        if size and quantity.count is None:
            quantity.count = res.vague[tuple(words[i:i + size])]
            quantity.approximate = quantity.vague = True
            quantity.qualifier = pending_qualifier
            quantity.first = tokens[i].i if quantity.first is None else quantity.first
            i += size
            continue
        size = _match_table(words, i, res.qualifiers)
        if size and quantity.count is None and i + size < len(words) and (
            _is_number_word(words[i + size]) or words[i + size] in ("a", "an")
        ):
            pending_qualifier = res.qualifiers[tuple(words[i:i + size])]
            quantity.first = tokens[i].i if quantity.first is None else quantity.first
            i += size
            continue
        if word == "between" and quantity.count is None:
            pending_qualifier = "between"
            quantity.first = tokens[i].i if quantity.first is None else quantity.first
            i += 1
            continue
        if _is_number_word(word) or (word in ("a", "an") and i + 1 < len(words)
                                     and words[i + 1] in ("dozen", "hundred", "thousand",
                                                          "couple", "pair")):
            j = i
            while j < len(words) and (_is_number_word(words[j]) or words[j] in ("a", "an", "-")
                                      or (words[j] == "and" and j + 1 < len(words)
                                          and words[j + 1] in res.units
                                          and j > i and words[j - 1] in res.scales)):
                j += 1
            run = [w for w in words[i:j] if w not in ("a", "an")] or ["one"]
            value = _number_value(run)
            if value is None:
                i = j
                continue
            if quantity.count is None:
                quantity.count = value
                quantity.first = tokens[i].i if quantity.first is None else quantity.first
                quantity.qualifier = pending_qualifier
                if word == "both":
                    quantity.definite = True
            elif quantity.count_max is None and i > 0 and words[i - 1] in ("and", "to", "or", "-",
                                                                            "–"):
                low, high = sorted((quantity.count, value))
                quantity.count, quantity.count_min, quantity.count_max = low, low, high
                quantity.qualifier = quantity.qualifier or "range"
            i = j
            continue
        if word in _DEFINITE_DETERMINERS and quantity.count is None:
            quantity.definite = True
            quantity.first = tokens[i].i if quantity.first is None else quantity.first
        elif word in _SINGULAR_DETERMINERS and quantity.count is None:
            if not _number_follows(words, i + 1):
                quantity.count = 1
            quantity.first = tokens[i].i if quantity.first is None else quantity.first
        i += 1
    _apply_qualifier(quantity)
    return quantity


def _number_follows(words: list[str], i: int) -> bool:
    """Whether a number comes next, past "further"/"additional": "another 25", "a further 12" (not
    "a 25-year-old")."""
    while i < len(words) and words[i] in ("further", "additional"):
        i += 1
    return i < len(words) and _is_number_word(words[i]) and words[i + 1:i + 2] != ["-"]


def _apply_qualifier(quantity: _Quantity) -> None:
    """Set the min/max bounds a qualifier gives. ``count`` stays the number written ("more than
    700,000" → 700,000, as the samples' annotation convention has it); ``count_min`` is the lowest
    number the text allows (700,001)."""
    if quantity.count is None:
        return
    qualifier = quantity.qualifier
    if qualifier == "at least":
        quantity.count_min = quantity.count
    elif qualifier == "more than":
        quantity.count_min = quantity.count + 1
    elif qualifier == "up to":
        quantity.count_max = quantity.count
        quantity.approximate = True
    elif qualifier == "less than":
        quantity.count_max = max(quantity.count - 1, 0)
        quantity.approximate = True
    elif qualifier in ("nearly", "about"):
        quantity.approximate = True
    elif qualifier == "between":
        quantity.qualifier = "range" if quantity.count_max is not None else None


def _coordinated(token: Token) -> list[Token]:
    """``token`` plus its conjuncts and "along with" companions (not "including" examples, nor a
    conjunct with a predicate of its own: "two bombers killed and ten hostages freed")."""
    found = [token]
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            companions: list[Token] = []
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "PRON"):
                if not any(g.dep_ in ("acl", "relcl") and g.pos_ == "VERB"
                           for g in child.children):
                    companions = [child]
            elif child.dep_ == "prep" and child.lower_ in ("along", "together"):
                companions = [g for w in child.children if w.lower_ == "with"
                              for g in w.children if g.dep_ == "pobj"]
            for companion in companions:
                if companion not in found:
                    found.append(companion)
                    stack.append(companion)
    return found


def _subject_group(subjects: list[Token]) -> list[Token]:
    """The subjects with their conjuncts, including a first conjunct the parser hung on an
    earlier word ("In Kherson, a man aged 62 and a woman were killed": "man" as an apposition of
    "Kherson")."""
    found: list[Token] = []
    for subject in subjects:
        found.extend(t for t in (*_stray_conjunct(subject), *_coordinated(subject)) if t not in found)
    return found


def _stray_conjunct(subject: Token) -> list[Token]:
    doc = subject.doc
    before = subject.left_edge.i - 1
    if before < 1 or doc[before].lower_ != "and" or doc[before].dep_ != "cc":
        return []
    token = doc[before - 1]
    while token.dep_ != "appos" and token.i != token.head.i < before:
        token = token.head
    if token.dep_ == "appos" and token.right_edge.i == before - 1 and token.pos_ == "NOUN" \
            and _is_person(token):
        return [token]
    return []


def _stray_article_nouns(verb: Token) -> list[Token]:
    """A last conjunct the parser split at its article and hung on the verb ("killing two
    officers and a passer-by", with "a" as the verb's conjunct): the people noun after the "a"."""
    doc = verb.doc
    return [doc[child.i + 1] for child in verb.children
            if child.dep_ == "conj" and child.lower_ in ("a", "an") and child.i > verb.i
            and child.i + 1 < len(doc) and _is_person(doc[child.i + 1])]


def _along_with(verb: Token) -> list[Token]:
    """Objects attached to the verb by "along with" ("captured X, along with 10 associates")."""
    found = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("along", "together"):
            for prep in child.children:
                if prep.lower_ == "with":
                    found.extend(g for g in prep.children if g.dep_ == "pobj")
    return found


def _children(token: Token, *deps: str) -> list[Token]:
    return [_antecedent(child) for child in token.children if child.dep_ in deps]


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("one resident who was missing" → "resident")."""
    if token.lower_ in _RELATIVE_PRONOUNS and token.tag_ in ("WP", "WDT"):
        for ancestor in token.ancestors:
            if ancestor.dep_ == "relcl":
                return ancestor.head
    return token


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _has_perfect_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _is_unrealised(trigger: Token) -> bool:
    """Whether a status word states no actual casualty: an aim ("an operation to detain a
    leader"), a negation ("no civilians were killed", "were not injured"), an attempt
    ("the attempted assassination of"), or the victims' own past deeds ("responsible for the
    deaths of", "is accused of killing"), which are not this report's casualties, or a denial
    ("Police denied that any officer had been killed"). A party accusing another ("X accused Y of
    killing two civilians") is a casualty claim and counts; so does a "where" clause, which states
    a fact of its own about a place ("blamed for massacres in the valley, where 10,000 people have
    fled"), unlike "involved in an attack that killed one civilian"."""
    if any(c.dep_ == "neg" for c in trigger.children):
        return True
    if trigger.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.tag_ == "TO"
                                              for c in trigger.children):
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in trigger.children)
        if not perfect and (trigger.dep_ != "xcomp" or trigger.head.lemma_ not in _DISPLACE_VERBS):
            return True  # "to detain", but not "claimed to have killed five soldiers"
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _UNREALISED_MODIFIERS
           for c in trigger.children):
        return True
    if trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ in ("for", "of") \
            and trigger.head.head.lower_ in ("search", "pursuit", "hunt"):
        return True
    clause = trigger
    for ancestor in trigger.ancestors:
        if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
            return False
        clause = ancestor
        lemma = ancestor.lemma_.lower()
        if lemma in _CLAIM_VERBS and _children(ancestor, "dobj") and not _is_passive(ancestor):
            return False
        if lemma in _BACKGROUND_HEADS or lemma in _DENIAL_VERBS:
            return True
    return False


def _verb_victims(verb: Token, intransitive: bool) -> tuple[list[Token], str]:
    """The people a status verb applies to, and the name of the rule that found them."""
    if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") \
            and not _children(verb, "dobj", "nsubj", "nsubjpass"):
        return _coordinated(verb.head), "modified_noun"
    if verb.dep_ == "relcl" and (_is_passive(verb) or intransitive) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return _coordinated(verb.head), "relative_clause"
    gapped = _gapped_numbers(verb)
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and gapped:
        return gapped, "gapped_subject"
    if verb.head.lemma_ == "leave" and verb.dep_ in ("ccomp", "xcomp", "oprd") \
            and not _children(verb, "dobj"):
        subjects = _children(verb, "nsubj") or _children(verb.head, "dobj")
        if subjects:
            return _subject_group(subjects), "predicate"
    subjects = _children(verb, "nsubjpass")
    if not subjects and _is_passive(verb) and verb.dep_ == "conj":
        subjects = _children(verb.head, "nsubjpass", "nsubj")
    if subjects:
        return _subject_group(subjects), "passive_subject"
    if _is_passive(verb):
        return _result_noun(verb), "passive_subject"
    # A participle with a direct object is an active verb the tagger took for VBN ("An army drone
    # strike killed at least eight people"): its object is the victim, not its subject.
    if intransitive or (verb.tag_ == "VBN" and not _has_perfect_aux(verb) and not _children(verb, "dobj")):
        subjects = _children(verb, "nsubj")
        if not subjects and verb.dep_ == "xcomp" and verb.head.lemma_ in _DISPLACE_VERBS:
            subjects = _children(verb.head, "dobj")
        if not subjects and verb.dep_ == "conj" and intransitive:
            subjects = _children(verb.head, "nsubj")
        if subjects or intransitive:
            return _subject_group(subjects), "subject"
    objects = _children(verb, "dobj")
    if not objects:
        objects = [o for conj in _children(verb, "conj") if conj.pos_ == "VERB"
                   and conj.i > verb.i for o in _children(conj, "dobj")][:1]
    victims = [t for o in objects for t in _coordinated(o)]
    victims.extend(t for t in _along_with(verb) if t not in victims)
    if victims:
        victims.extend(t for t in _stray_article_nouns(verb) if t not in victims)
    if not victims and verb.tag_ in ("VBN", "VBD") and not _children(verb, "nsubj"):
        return _result_noun(verb), "result"
    if not victims:
        stray = _stray_object(verb)
        if stray is not None:
            return [stray], "stray_object"
    return victims, "active_object"


_STRAY_OBJECT_REACH = 6


def _stray_object(verb: Token) -> Token | None:
    """The people right after an active verb the parser left without an object, having hung
    them elsewhere ("killed at least 21 people who were sheltering there, residents said":
    "people" as the subject of "said"). Only words of the noun's own phrase (numbers,
    qualifiers, adjectives) may stand between the verb and the noun."""
    doc = verb.doc
    end = min(verb.i + 1 + _STRAY_OBJECT_REACH, len(doc))
    for token in doc[verb.i + 1:end]:
        if token.pos_ in ("NOUN", "PROPN"):
            if token.left_edge.i == verb.i + 1 and token.head.i != verb.i \
                    and token.dep_ in ("nsubj", "nsubjpass", "conj", "appos") \
                    and token.tag_ in ("NNS", "NNPS") and _is_person(token):
                return token
            return None
        if not (token.like_num or token.dep_ in ("nummod", "quantmod", "advmod", "amod", "det")):
            return None
    return None


def _gapped_numbers(verb: Token) -> list[Token]:
    """The number standing for the elided subject of a conjoined participle ("12 were killed and
    about 60,000 displaced")."""
    return [c for c in verb.children if c.dep_ == "npadvmod" and c.like_num and c.i < verb.i]


def _result_noun(verb: Token) -> list[Token]:
    """The people of "resulted in six Afghans being killed" / "resulting in one leader killed"."""
    if verb.i == 0:
        return []
    before = verb.doc[verb.i - 1]
    if before.dep_ == "auxpass" and before.i > 0:
        before = verb.doc[before.i - 1]
    if before.dep_ == "pobj" and before.head.lower_ == "in" and before.pos_ in ("NOUN", "PROPN",
                                                                               "NUM"):
        return _coordinated(before)
    return []


def _adjective_victims(adj: Token) -> tuple[list[Token], str]:
    """The people an adjective such as "dead", "missing" or "wounded" describes (not those of
    an earlier conjunct when it has a number of its own: "... killed and about 60,000
    displaced")."""
    if adj.dep_ == "conj" and _gapped_numbers(adj):
        return [], "predicate"
    if adj.dep_ == "amod" and adj.head.pos_ in ("NOUN", "PROPN"):
        return _coordinated(adj.head), "modified_noun"
    if adj.dep_ in ("acl",) and adj.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return _coordinated(adj.head), "modified_noun"
    if (adj.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or (
        adj.lower_ == "dead" and adj.dep_ in ("advmod", "advcl")
    )) and not (adj.dep_ == "ccomp" and _children(adj, "nsubj", "nsubjpass")):
        objects = [_shared_object(o) for o in _children(adj.head, "dobj")]
        if objects:
            return [t for o in objects for t in _coordinated(o)], "predicate"
    for holder in (adj, adj.head):
        subjects = [s for s in _children(holder, "nsubj", "nsubjpass") if s.pos_ != "SCONJ"] or [
            s for aux in _children(holder, "aux", "auxpass") for s in _children(aux, "nsubj")
        ]
        if subjects:
            return _subject_group(subjects), "predicate"
        if holder.dep_ == "ROOT":
            break
    return [], "predicate"


def _shared_object(token: Token) -> Token:
    """The people an object pronoun stands for when the verb shares its object with an earlier
    coordinated verb ("pulled two men from a bus and shot them dead" → "men")."""
    verb = token.head
    if token.lower_ not in _OBJECT_PRONOUNS or token.dep_ != "dobj" or verb.dep_ != "conj":
        return token
    for earlier in _children(verb.head, "dobj"):
        if earlier.i < token.i and _is_person(earlier):
            return earlier
    return token


def _noun_victims(noun: Token) -> tuple[list[Token], str]:
    """The people of an event noun: "the deaths of four soldiers", "Umar's death"."""
    victims: list[Token] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in _children(child, "pobj"):
                victims.extend(_coordinated(pobj))
        elif child.dep_ == "poss" and child.pos_ == "PROPN":
            victims.append(child)
    return victims, "event_noun"


def _toll_value(toll: Token) -> tuple[Token | None, bool]:
    """The number a death toll is given as, and whether the sentence updates it."""
    for child in toll.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "at"):
            for pobj in _children(child, "pobj"):
                if pobj.like_num:
                    return pobj, False
    verb = toll.head if toll.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is None:
        return None, False
    update = verb.lemma_ in _TOLL_UPDATE_VERBS
    for child in verb.children:
        if child.dep_ in ("attr", "dobj") and child.like_num:
            return child, update
        if child.dep_ == "prep" and child.lower_ in ("to", "at"):
            for pobj in _children(child, "pobj"):
                if pobj.like_num:
                    return pobj, update
    return None, False


def _is_person(token: Token) -> bool:
    """Whether a noun names people (so "three vehicles" or "60 military posts" never count)."""
    res = _resources()
    if token.pos_ == "PRON":
        return False
    if token.ent_type_ in ("PERSON", "NORP"):
        return True
    if token.ent_type_ in ("GPE", "LOC", "FAC", "LANGUAGE"):
        return False
    lower, lemma = token.lower_, token.lemma_.lower()
    # A lone capitalised name the tagger missed or mislabelled ("killed Rostum" as an EVENT).
    if token.pos_ == "PROPN" and token.ent_type_ in ("", "EVENT", "WORK_OF_ART", "PRODUCT") \
            and token.is_title and token.dep_ in ("dobj", "nsubjpass", "conj", "pobj", "poss") \
            and not any(c.dep_ == "prep" for c in token.children):
        return True
    if token.ent_type_ in ("PRODUCT", "EVENT", "WORK_OF_ART", "LAW"):
        return False
    if lower in res.victims or lemma in res.victims:
        return True
    if token.i > 1 and token.nbor(-1).text in ("-", "‐") and token.nbor(-1).idx + 1 == token.idx \
            and f"{token.nbor(-2).lower_}-{lower}" in res.victims:
        return True  # "passer-by" split by the tokenizer, its last part the head
    if lower == "old" and any(c.lower_ in ("year", "years") for c in token.subtree):
        return True
    return False


def _is_count_word(token: Token) -> bool:
    """Whether a token is itself a quantity heading the phrase ("injuring five", "dozens of")."""
    res = _resources()
    if _is_measure(token):
        return False
    if token.like_num or token.lower_ in res.units:
        return token.lower_ not in ("a", "an", "another", "single", "lone")
    if token.lower_ in _COUNT_NOUNS and token.i + 1 < len(token.doc) \
            and token.doc[token.i + 1].lower_ == "of":
        return True
    return (token.lower_,) in res.vague or token.lower_ in ("others", "all")


def _is_measure(token: Token) -> bool:
    """Whether a number is a date, time, amount of money, percentage or measure. A MONEY entity
    without a currency sign or word ("displaced more than 10 million") is a count of people."""
    if token.ent_type_ not in _BLOCKED_ENTITIES:
        return False
    if token.ent_type_ != "MONEY":
        return True
    doc = token.doc
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    currencies = _resources().currencies
    return any(t.is_currency or t.lower_ in currencies or t.lemma_.lower() in currencies
               for t in doc[max(start - 1, 0):min(end + 1, len(doc))])


def _looks_like_year(token: Token) -> bool:
    return bool(re.fullmatch(r"(1[89]|20)\d\d", token.text))


def _who(head: Token) -> str:
    """The victim description: the head noun with its descriptive pre-modifiers (and the "-by"
    the tokenizer splits from "passers-by")."""
    res = _resources()
    start = head.i
    doc = head.doc
    for index in range(head.i - 1, head.left_edge.i - 1, -1):
        token = doc[index]
        lower = token.lower_
        hyphenated = index + 1 < head.i and doc[index + 1].text == "-"
        if (token.dep_ not in _DESCRIPTIVE_DEPS and not (hyphenated and token.like_num)) \
                or token.dep_ in ("poss", "case"):
            break
        if lower in _SET_MARKERS or lower in res.adjectives or (lower,) in res.vague or (
            (lower in res.units or token.like_num) and not hyphenated
        ):
            break
        if token.dep_ == "punct" and token.text not in ("-", "‐"):
            break
        start = index
    end = head.i + 1
    if doc[end:end + 2].text in ("-by", "- by"):
        end += 2
    return doc[start:end].text


def _named_person(token: Token) -> str | None:
    """The full name when ``token`` ends a person's name."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("PERSON", ""):
        return None
    first = token.i
    while first > 0 and token.doc[first - 1].dep_ == "compound" and \
            token.doc[first - 1].pos_ == "PROPN" and token.doc[first - 1].head.i in \
            range(first, token.i + 1):
        first -= 1
    return token.doc[first:token.i + 1].text


def _premodifiers(head: Token, inclusive: bool = False) -> list[Token]:
    """The words in front of ``head`` that belong to its phrase, stopping at a line break or at
    punctuation (so a header line's numbers never count)."""
    doc = head.doc
    found = [head] if inclusive else []
    index = head.i - 1
    while index >= head.left_edge.i:
        token = doc[index]
        if token.is_space or "\n" in token.whitespace_ or (token.is_punct and token.text not in
                                                            ("-", "–") and not token.is_quote):
            break
        if token != head and head not in token.ancestors:
            break
        found.insert(0, token)
        index -= 1
    return found


def _numbered_name(premodifiers: list[Token]) -> Token | None:
    """The name a victim noun's number belongs to ("two suspected Barrio 18 members": the 18 of
    the gang Barrio 18, whose words in front give the count), or None."""
    if not premodifiers or not premodifiers[0].like_num:
        return None
    number = premodifiers[0]
    if number.i == 0:
        return None
    name = number.doc[number.i - 1]
    if name.pos_ != "PROPN" or not name.is_title or name.is_sent_start or name.whitespace_ != " ":
        return None
    return name


def _name_before_number(victim: Token) -> Token | None:
    """The number after a proper noun that names a group with it ("Barrio 18 members"): such a
    noun is part of a name, never a victim of its own."""
    if victim.pos_ != "PROPN" or victim.i + 2 >= len(victim.doc):
        return None
    number, noun = victim.doc[victim.i + 1], victim.doc[victim.i + 2]
    if number.like_num and number.head == noun and noun.pos_ == "NOUN" \
            and _numbered_name([number]) == victim:
        return number
    return None


def _of_objects(token: Token) -> list[Token]:
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def _person_inside(victim: Token) -> Token | None:
    """The person a mis-attached head stands for: "an Islamic Movement of Uzbekistan leader"
    (head "Movement"), "KABUL ... A Taliban facilitator was captured" (head "KABUL")."""
    for child in victim.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and _is_person(child):
            return child
    if victim.pos_ == "PROPN":
        for target in _of_objects(victim):
            if target.pos_ == "NOUN" and _is_person(target):
                return target
            for inner in _of_objects(target):
                if inner.pos_ == "NOUN" and _is_person(inner):
                    return inner
    return None


def _partitive_antecedent(pronoun: Token) -> Token | None:
    """The uncounted group "them" stands for in "killing dozens of them": the nearest plural
    people noun before it in the sentence ("struck a column of terrorists ..., killing dozens of
    them" → "terrorists"). A group that has a number of its own ("captured ten men, killing two of
    them") was counted already, so its part restates it."""
    if pronoun.lower_ != "them":
        return None
    for index in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        token = pronoun.doc[index]
        if token.tag_ in ("NNS", "NNPS") and _is_person(token):
            if any(c.dep_ == "nummod" or (c.lower_,) in _resources().vague for c in token.children):
                return None
            return token
    return None


def _is_subset(victim: Token) -> bool:
    """Whether the people are a part of a group already counted ("killing eight civilians, among
    them three children", "including two children"), which is no statement of its own."""
    if victim.dep_ == "pobj" and victim.head.lower_ in ("including", "among") \
            and victim.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return True
    doc, left = victim.doc, victim.left_edge.i
    before = [t.lower_ for t in doc[max(left - 2, 0):left]]
    if before[-1:] == ["including"] or before in (["among", "them"], ["of", "whom"],
                                                  ["among", "whom"]):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("among", "of") and c.i < victim.i
               and any(g.lower_ in ("them", "whom") for g in c.children)
               for c in victim.children)


def _one_of_own(one: Token, group: Token) -> bool:
    """Whether "one of ..." names a new person of a side's own, uncounted group ("one of its
    servicemen had been wounded", "one of our soldiers"), not a part of people already told of
    ("one of the wounded", "one of them", "one of the three hostages")."""
    return one.lower_ == "one" and group.pos_ == "NOUN" and _is_person(group) and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in group.children
    ) and not any(c.dep_ in ("nummod", "det", "quantmod") for c in group.children)


def _one_of_uncounted(one: Token, group: Token) -> bool:
    """Whether "one of ..." picks a person out of a group no figure counted: people who are not
    victims already told of ("captured one of the attackers", "pursued the gunmen and killed one
    of them"), unlike "one of the wounded", "one of the hostages", "one of the three men" or "one
    of multiple insurgents detained", and unlike "one of the gang's leaders", a named side's."""
    if one.lower_ != "one":
        return False
    if group.pos_ == "PRON":
        group = _partitive_antecedent(group)
        if group is None:
            return False
    return (group.pos_ == "NOUN" and group.tag_ == "NNS" and _is_person(group)
            and group.lemma_.lower() not in _resources().told_groups
            and group.lower_ not in _resources().told_groups
            and not any(c.dep_ in ("nummod", "quantmod", "poss") or (c.lower_,) in _resources().vague
                        for c in group.children))


def _scare_quoted(noun: Token) -> bool:
    """Whether a counted plural noun stands in quotation marks after its number, the writer's
    distance from a side's own label for its victims (killed 11 "Kenyan crusaders")."""
    doc = noun.doc
    numbers = [c.i for c in noun.children if c.dep_ == "nummod" and c.like_num]
    plural = noun.tag_ in ("NNS", "NNPS") or (noun.tag_ == "NNP" and noun.lower_.endswith("s"))
    return plural and bool(numbers) and noun.i + 1 < len(doc) \
        and _is_quote_mark(doc[noun.i + 1]) \
        and any(_is_quote_mark(t) for t in doc[numbers[0] + 1:noun.i])


def _is_quote_mark(token: Token) -> bool:
    return token.is_quote and len(token.text) == 1 and token.tag_ != "POS"


def _quotes_closed(start: Token, end: Token) -> tuple[Token, Token]:
    """The span widened by one quotation mark when it holds an unpaired one, so a quoted word
    is kept whole (killed three "terrorists", "neutralised" 18 fighters)."""
    doc = start.doc
    if not _QUOTE_CHARS.intersection(doc_text(doc)[start.idx:end.idx + len(end.text)]):
        return start, end
    if sum(_is_quote_mark(t) for t in doc[start.i:end.i + 1]) % 2 == 0:
        return start, end
    if end.i + 1 < len(doc) and _is_quote_mark(doc[end.i + 1]):
        return start, doc[end.i + 1]
    if start.i > 0 and _is_quote_mark(doc[start.i - 1]):
        return doc[start.i - 1], end
    return start, end


def _group_size(noun: Token) -> Token | None:
    """The number of people a group noun is given as ("a family of four" → "four")."""
    if noun.lemma_.lower() not in _resources().groups:
        return None
    for size in _of_objects(noun):
        if size.like_num and not _is_measure(size):
            return size
    return None


def _build_item(victim: Token, trigger: Token, status: str, rule: str,
                reach: Token | None = None) -> _Item | None:
    """An item for one victim phrase, or None when it states no countable people; the span
    runs from the count to the trigger, or to ``reach`` when the phrase goes on ("from their
    homes")."""
    doc = victim.doc
    named = None
    who_token = victim
    if any(c.lower_ in ("no", "none", "any") and c.dep_ in ("det", "neg") for c in victim.children):
        return None
    if _is_subset(victim):
        return None
    if victim.dep_ == "pobj" and victim.head.lower_ == "of" \
            and victim.head.head.lower_ in _NOT_COUNTED_OF:
        return None
    if _is_count_word(victim) and victim.pos_ in ("NUM", "NOUN", "ADJ", "DET", "PRON"):
        if _looks_like_year(victim):
            return None
        of_objects = _of_objects(victim)
        if of_objects and victim.lower_ in _NOT_COUNTED_OF and not (
            _one_of_own(victim, of_objects[0]) or _one_of_uncounted(victim, of_objects[0])
        ):
            return None
        tokens = _premodifiers(victim, inclusive=True)
        if of_objects and victim.lower_ in _COUNT_NOUNS:
            tokens.append(doc[victim.i + 1])
        while of_objects and of_objects[0].lower_ in _COUNT_NOUNS and _of_objects(of_objects[0]):
            inner = of_objects[0]
            tokens.extend(doc[inner.i:inner.i + 2])
            of_objects = _of_objects(inner)
        quantity = _read_quantity(tokens)
        if of_objects:
            target = of_objects[0]
            antecedent = _partitive_antecedent(target) if target.pos_ == "PRON" else None
            if antecedent is not None:
                who = _who(antecedent)
                who_token = antecedent
                reach = target if reach is None or reach.i < target.i else reach
            elif target.pos_ == "PRON":
                who = _GENERIC_WHO
                quantity.definite = True
            elif _is_person(target):
                who = _who(target)
                who_token = target
            else:
                return None
        else:
            who = _GENERIC_WHO
    else:
        if _name_before_number(victim) is not None:
            return None
        person = victim if _is_person(victim) or _scare_quoted(victim) else _person_inside(victim)
        if person is None or victim.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ"):
            return None
        premodifiers = _premodifiers(victim)
        name = _numbered_name(premodifiers)
        quantity = _read_quantity(_premodifiers(name) if name is not None else premodifiers)
        size = _group_size(person)
        if size is not None and quantity.count in (None, 1):
            quantity.count = _number_value([t.lower_ for t in _premodifiers(size, inclusive=True)])
            reach = size if reach is None or reach.i < size.i else reach
        if person != victim:
            who_token = person
            victim_is_singular = person.tag_ == "NN"
        else:
            victim_is_singular = victim.tag_ in ("NN", "NNP") or victim.lower_ == "old"
            named = _named_person(victim)
        stray_article = doc[victim.i - 1] if victim.i > 0 else None
        if quantity.count is None and named:
            quantity.count = 1
        elif quantity.count is None and stray_article is not None \
                and stray_article.dep_ == "conj" and victim in _stray_article_nouns(stray_article.head):
            quantity.count, quantity.first = 1, stray_article.i
        elif quantity.count is None and victim_is_singular \
                and victim.lower_ not in ("people", "police", "personnel", "staff", "crew"):
            quantity.count = 1
        appos = _children(victim, "appos")
        if named and appos and appos[0].pos_ == "NOUN":
            who = _who(appos[0])
        elif victim.lower_ == "old":
            who = doc[victim.left_edge.i:victim.i + 1].text
            who = who.split(" ", 1)[1] if who.lower().startswith(("a ", "an ")) else who
        else:
            who = _who(who_token)
    if quantity.count is None:
        return None
    if any(c.lower_ in ("both", "all") and c.dep_ in ("advmod", "preconj", "det", "dep")
           for c in trigger.children):
        quantity.definite = True
    first = quantity.first if quantity.first is not None else victim.i
    first = min(first, victim.left_edge.i if named else first)
    companion = victim.dep_ == "conj" or (victim.head.lower_ == "with"
                                          and victim.head.head.lower_ in ("along", "together"))
    if companion and trigger.i < victim.left_edge.i:
        start_token = doc[min(first, victim.left_edge.i)]
    else:
        start_token = doc[min(first, trigger.i)]
    end_token = doc[max(victim.i, who_token.i, trigger.i, reach.i if reach is not None else 0)]
    if end_token == who_token and doc[who_token.i + 1:who_token.i + 3].text in ("-by", "- by"):
        end_token = doc[who_token.i + 2]
    start_token, end_token = _quotes_closed(start_token, end_token)
    head_word = who_token.lemma_.lower() if who != _GENERIC_WHO else _GENERIC_WHO
    relatives = head_word in _resources().kin and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in who_token.children
    )
    return _Item(
        start=start_token.idx,
        end=end_token.idx + len(end_token.text),
        count=quantity.count,
        who=who,
        status=status,
        head=head_word,
        rule=rule,
        quantity=quantity,
        named=named,
        relatives=relatives,
    )


def _candidates(doc: Doc) -> list[_Item]:
    """Every casualty statement the parse supports, in text order, before merging."""
    res = _resources()
    items: list[_Item] = []
    seen: set[tuple[int, str]] = set()
    for label, start in _triggers(doc):
        trigger = doc[start]
        if _is_unrealised(trigger) or _in_headline(trigger):
            continue
        victims: list[Token] = []
        update = False
        reach: Token | None = None
        among = _among_victims(trigger) if label in ("VERB", "ADJ", "COUNT_NOUN") else []
        if among:
            status = (res.verbs.get(trigger.lemma_.lower()) or res.adjectives.get(trigger.lower_)
                      or res.count_nouns[trigger.lower_])
            victims, rule = among, "among"
            trigger = trigger.head if trigger.head.lower_ == "among" else trigger.head.head
        elif label in _REACHING_VERBS:
            reach_of, table, intransitive = _REACHING_VERBS[label]
            reach = reach_of(trigger)
            if reach is None:
                continue
            status = getattr(res, table)[trigger.lemma_.lower()]
            victims, rule = _verb_victims(trigger, intransitive)
        elif label == "VERB":
            status = res.verbs[trigger.lemma_.lower()]
            if status == "displaced" and trigger.dep_ == "amod":
                continue  # "fleeing villagers", "displaced families": a condition, not an event
            if trigger.lemma_.lower() == "bury" and any(
                c.lower_ in ("under", "beneath", "underneath") for c in trigger.children
            ):
                continue  # trapped under rubble, not buried dead
            if trigger.lemma_.lower() in _INJURY_VERBS and _injury_after(trigger, ("to",)) is None:
                continue  # "succumbed to pressure": a death only when it names the wounds
            victims, rule = _verb_victims(trigger, trigger.lemma_.lower() in _INTRANSITIVE_VERBS)
        elif label == "CARRY":
            if not _carried_off(trigger):
                continue
            status = res.carry_verbs[trigger.lemma_.lower()]
            victims, rule = _verb_victims(trigger, False)
        elif label == "LOSS":
            if _loss_is_qualified(trigger):
                continue
            status = res.loss_verbs[trigger.lemma_.lower()]
            victims, rule = _loss_victims(trigger)
        elif label == "TOLL_WORD":
            if start and doc[start - 1].lower_ in ("death", "casualty"):
                continue
            status = "killed"
            value, update = _toll_value(trigger)
            victims, rule = ([value] if value is not None else []), "toll"
        elif label == "TAKE":
            status = _take_status(trigger)
            if status is None:
                continue
            victims, rule = _verb_victims(trigger, False)
            victims = [v for v in victims if v.lower_ not in _TAKE_OBJECTS]
        elif label == "NOUN":
            status = res.nouns[trigger.lemma_.lower()]
            victims, rule = _noun_victims(trigger)
        elif label == "COUNT_NOUN" and trigger.lower_ == "bodies" and _of_objects(trigger):
            status = res.count_nouns[trigger.lower_]
            victims, rule = _noun_victims(trigger)  # "the bodies of 12 soldiers", not "of water"
        elif label == "COUNT_NOUN":
            status = res.count_nouns[trigger.lower_]
            if not any(c.dep_ in ("nummod", "amod", "quantmod") and (c.like_num or
                       (c.lower_,) in res.vague) for c in trigger.children):
                continue
            if trigger.lower_ == "bodies" and _children(trigger, "compound"):
                continue
            victims, rule = [trigger], "count_noun"
        elif label == "ADJ":
            status = res.adjectives[trigger.lower_]
            if trigger.lower_ == "unaccounted" and not any(c.lower_ == "for"
                                                           for c in trigger.children):
                continue
            if status == "displaced" and trigger.dep_ == "amod":
                continue  # "displaced villagers": a standing condition, not this report's event
            victims, rule = _adjective_victims(trigger)
        else:
            trigger = doc[start + 1]
            status = "killed"
            value, update = _toll_value(trigger)
            victims, rule = ([value] if value is not None else []), "toll"
        built: list[_Item] = []
        for victim in victims:
            key = (victim.i, status)
            if key in seen:
                continue
            item = (_count_noun_item(victim, trigger, status) if rule == "count_noun"
                    else _build_item(victim, trigger, status, rule, reach))
            if item is None:
                continue
            if rule == "predicate" and label == "ADJ":
                _span_from_verb(item, victim, trigger)
            if rule == "toll" and item.who == _GENERIC_WHO and (among := _toll_among(trigger)) is not None:
                item.who, item.head = _who(among), among.lemma_.lower()
            seen.add(key)
            item.update = update
            item.trigger = trigger.i
            built.append(item)
        items.extend(_join_individuals(built))
    items.sort(key=lambda item: (item.start, item.end))
    return items


def _toll_among(toll: Token) -> Token | None:
    """The people a toll counts when it names them: "the toll among soldiers stood at 30"."""
    for preposition in _children(toll, "prep"):
        if preposition.lower_ == "among":
            for people in _children(preposition, "pobj"):
                if _is_person(people):
                    return people
    return None


def _span_from_verb(item: _Item, victim: Token, adjective: Token) -> None:
    """Start the span of "shot dead a journalist" at the verb; for an object shared with an
    earlier verb ("pulled two men from a bus and shot them dead") the span is "shot them dead"."""
    verb = adjective.head
    if adjective.dep_ not in ("oprd", "acomp", "xcomp", "ccomp", "advmod", "advcl") \
            or verb.pos_ != "VERB":
        return
    if victim.head.i == verb.i:
        item.start = min(item.start, verb.idx)
    elif victim.i < verb.i:
        item.start = verb.idx


def _among_victims(trigger: Token) -> list[Token]:
    """The people named as being among the casualties: "Among the dead was a nurse", "Among
    those killed were two children"."""
    group = trigger if trigger.dep_ == "pobj" else trigger.head
    if trigger.dep_ not in ("pobj", "acl", "amod") or group.dep_ != "pobj" \
            or group.head.lower_ != "among":
        return []
    clause = group.head.head
    return [t for s in _children(clause, "nsubj", "nsubjpass", "attr") if s.i != group.i
            for t in _coordinated(s)]


def _join_individuals(items: list[_Item]) -> list[_Item]:
    """One item for coordinated individuals of one statement ("a man aged 62 and a woman were
    killed" → 2 people) and for a person with his or her relatives ("abducted the chief and two
    of his sons" → 3 people); groups of different kinds stay apart ("two police officers and a
    civilian")."""
    individuals = _resources().individuals
    if len(items) < 2 or any(item.update for item in items):
        return items
    first = min(items, key=lambda item: item.start)
    family = not first.relatives and all(item.relatives for item in items if item is not first)
    if not family and any(item.head not in individuals for item in items):
        return items
    quantity = _Quantity(count=sum(item.count for item in items),
                         approximate=any(item.quantity.approximate for item in items),
                         first=first.quantity.first)
    return [_Item(start=first.start, end=max(item.end for item in items), count=quantity.count,
                  who=_GENERIC_WHO, status=first.status, head=_GENERIC_WHO, rule=first.rule,
                  quantity=quantity, trigger=first.trigger)]


def _home_left(verb: Token) -> Token | None:
    """The home an uproot verb moves people out of ("forced ... from their homes", "driven out of
    their village"), or None when it moves them from elsewhere ("drove the rebels from the hill").
    The parser may hang "from their homes" on the object ("forced hundreds of families from
    their homes"), so the object's own phrases count too."""
    homes = _resources().homes
    attached = [*verb.children, *(c for o in _children(verb, "dobj") for c in o.children
                                  if c.i > o.i)]
    for child in attached:
        if child.dep_ not in ("prep", "prt", "advmod") or child.lower_ not in ("from", "out", "off"):
            continue
        places = _children(child, "pobj") + [p for of in child.children if of.lower_ in ("of", "from")
                                             for p in _children(of, "pobj")]
        for place in places:
            if place.lemma_.lower() in homes and (
                place.lemma_.lower() == "home" or _children(place, "poss")
            ):
                return place
    return None


HEADLINE_MAX_CHARS = 200


def _in_headline(token: Token) -> bool:
    """Whether the token stands in a Title Case headline line (at most 200 characters), which the
    body restates."""
    doc = token.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    if line_end < 0:
        line_end = len(text)
    if line_end - line_start > HEADLINE_MAX_CHARS:
        return False
    line = doc.char_span(line_start, line_end, alignment_mode="expand")
    if line is None:
        return False
    words = [t for t in line if t.is_alpha and len(t) > 3]
    if len(words) < 3:
        return False
    return sum(t.is_title or t.is_upper for t in words) / len(words) >= 0.8


def _count_noun_item(noun: Token, trigger: Token, status: str) -> _Item | None:
    """An item for a noun that counts people by itself ("30 fatalities", "12 dead")."""
    quantity = _read_quantity(_premodifiers(noun))
    if quantity.count is None:
        return None
    first = quantity.first if quantity.first is not None else noun.i
    return _Item(start=noun.doc[first].idx, end=noun.idx + len(noun.text), count=quantity.count,
                 who=_GENERIC_WHO, status=status, head=_GENERIC_WHO, rule="count_noun",
                 quantity=quantity)


def _loss_is_qualified(lose: Token) -> bool:
    """Whether "lost" says its people were not killed ("lost two men to capture", "lost three
    soldiers wounded") or loses no people at all ("lost contact with")."""
    adjectives = _resources().adjectives
    doc = lose.doc
    for token in (lose, *_children(lose, "dobj")):
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "with"):
                return True
            if child.i > lose.i and child.lower_ in adjectives:
                return True
        after = token.right_edge.i + 1 if token != lose else lose.i + 1
        if after < len(doc) and (doc[after].lower_ == "to" or doc[after].lower_ in adjectives):
            return True
    return False


def _loss_victims(lose: Token) -> tuple[list[Token], str]:
    """The people a side lost: its object ("lost three soldiers"), or its subject when it lost
    their lives ("three soldiers lost their lives")."""
    if any(o.lemma_.lower() == "life" for o in _children(lose, "dobj")):
        return _subject_group(_children(lose, "nsubj")), "lost_lives"
    victims, _ = _verb_victims(lose, False)
    return victims, "loss"


def _home_object(verb: Token) -> Token | None:
    """The home a verb such as "left" or "abandoned" takes as its object, with a possessive
    ("have left their homes"), or None ("left the area", "left home early")."""
    homes = _resources().homes
    for obj in _children(verb, "dobj"):
        if obj.lemma_.lower() in homes and _children(obj, "poss"):
            return obj
    return None


def _take_status(take: Token) -> str | None:
    """The status of "taken into custody" / "took ... hostage" / "took my two sons", or None for
    other uses of take ("took fire", "took the wounded to hospital", "were taken by the
    authorities for questioning")."""
    for token in take.subtree:
        if token.lower_ in ("custody", "captivity") and token.head.lower_ == "into":
            return "captured"
    for child in take.children:
        if child.lower_ in _TAKE_OBJECTS and child.dep_ in ("dobj", "oprd", "attr", "npadvmod",
                                                            "advmod", "xcomp", "ccomp"):
            return _TAKE_OBJECTS[child.lower_]
    if _home_left(take) is not None and any(
        _is_person(p) for p in _children(take, "dobj", "nsubjpass")
    ):
        return "captured"
    if _carried_off(take) or (
        not _is_passive(take)
        and any(_is_person(o) for o in _children(take, "dobj"))
        and not any(c.dep_ in ("prep", "prt", "advmod", "dative") for c in take.children)
    ):
        return "captured"
    return None


def _care_wounds(verb: Token) -> Token | None:
    """The injuries people are admitted or treated "with" / "for" ("admitted with wounds"), or
    None: a care verb alone ("admitted to the school", "treated the prisoners well") tells of no
    casualty."""
    return _injury_after(verb, ("with", "for"))


def _injury_after(verb: Token, prepositions: tuple[str, ...]) -> Token | None:
    """The injury a preposition of ``verb`` names ("with wounds", "to his injuries"), or None."""
    care_objects = _resources().care_objects
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            for injury in _children(child, "pobj"):
                if injury.lemma_.lower() in care_objects:
                    return injury
    return None


def _carried_off(verb: Token) -> bool:
    """Whether a verb takes people away ("carried away my two daughters", "led off")."""
    return any(c.lower_ in ("away", "off") and c.dep_ in ("prt", "advmod") for c in verb.children)


@cache
def _generic_heads() -> frozenset[str]:
    return _resources().generic | {_GENERIC_WHO, "person"}


def _compatible(earlier: _Item, later: _Item) -> bool:
    """Whether two items can describe the same people (same head, or both generic). A later
    precise figure for fighters ("12 militants were killed") does not restate an earlier figure
    for people in general ("left at least 17 people dead"): it tells who some of them were, or
    of other dead; a vague one ("several insurgents were detained") may."""
    if earlier.head == later.head:
        return True
    if earlier.head in _PEOPLE_HEADS and later.head in _fighter_heads() \
            and not later.quantity.vague:
        return False
    return earlier.head in _generic_heads() and later.head in _generic_heads()



@cache
def _fighter_heads() -> frozenset[str]:
    res = _resources()
    return res.generic - res.individuals - {"individual", "other"}



def _date_paragraphs(items: list[_Item], doc: Doc) -> None:
    """Give each item the day words ("Tuesday", "yesterday", "August") of the DATE and TIME
    entities in its paragraph, and mark the figures of a sentence that says it tells of another
    incident ("In a separate attack, ..."). A figure in a paragraph dated by a day its earlier
    counterpart's paragraph does not name is about another incident, not a restatement. A
    headline or other undated paragraph before the first dated one takes that paragraph's days,
    since it announces the lead's incident."""
    if not items:
        return
    day_words = _resources().day_words
    text = doc_text(doc)
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    days_by_paragraph: dict[int, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            paragraph = bisect_right(breaks, ent.start_char)
            days_by_paragraph.setdefault(paragraph, set()).update(
                t.lower_.rstrip(".") for t in ent if t.lower_.rstrip(".") in day_words
            )
    dated = sorted(p for p, days in days_by_paragraph.items() if days)
    for item in items:
        sentence = doc[item.trigger].sent if item.trigger >= 0 else None
        item.separate = sentence is not None and any(
            t.lower_ == "separate" and t.dep_ == "amod" and t.i < item.trigger for t in sentence
        )
        paragraph = bisect_right(breaks, item.start)
        if dated and paragraph < dated[0]:
            paragraph = dated[0]
        item.days = frozenset(days_by_paragraph.get(paragraph, ()))
        item.clause_days = _clause_days(doc[item.trigger]) if item.trigger >= 0 else frozenset()


def _clause_days(trigger: Token) -> frozenset[str]:
    """The day words of the DATE and TIME entities in the trigger's own clause, without the clauses
    coordinated with it ("had attacked a house late Tuesday, killing four men, and that three
    people had been shot dead on Wednesday night": Tuesday for the four, Wednesday for the three)."""
    day_words = _resources().day_words
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    while verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.head != verb:
        verb = verb.head  # "attacked a house late Tuesday, killing four men": the day of the attack
    excluded = {token.i for child in verb.children if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")
                for token in child.subtree}
    return frozenset(
        token.lower_.rstrip(".") for token in verb.subtree
        if token.i not in excluded and token.ent_type_ in ("DATE", "TIME")
        and token.lower_.rstrip(".") in day_words
    )


def _merge(items: list[_Item], doc: Doc) -> list[_Item]:
    """Drop restatements of a figure already given, keep new people and updated tolls.

    A later item restates earlier ones when it has the same status, compatible victims and no
    larger count; when it is definite ("the two insurgents", "both men", "X and Y were both
    killed"); when it names a person already named before a figure of that status; or when its
    figure is indefinite ("several men were detained") after a figure for the same people. A
    precise figure replaces one vague figure ("several", not "about 8,000") for the same people
    ("several insurgents" ... "two additional insurgents"); a definite total larger than all so
    far ("both men" after "a facilitator") replaces them; an updated toll replaces the figures it
    updates, whatever day it is given. A figure told of another incident (``_date_paragraphs``)
    or given by another source (``_source``: a competing account, whose lowest figure ACLED
    keeps) restates nothing; "Among the dead were ..." after a figure of that status names some
    of its people and is no figure of its own.
    """
    _date_paragraphs(items, doc)
    for item in items:
        item.source = _source(doc, item.trigger)
    kept: list[_Item] = []
    headline_end = _headline_end(doc)
    for item in items:
        same_status = [k for k in kept if k.status == item.status and k.start >= headline_end]
        if item.named and same_status and item.named.split()[-1] in doc_text(doc)[:item.start]:
            continue
        if item.rule == "among" and same_status:
            continue
        if (item.status in ("killed", "wounded") and same_status and not any(k.quantity.vague for k in same_status)
                and _ADDED_PEOPLE.search(doc_text(doc), item.start, item.end)):
            kept.append(item)  # "Two more soldiers died", "a third soldier later died": new people
            continue
        related = [k for k in same_status if _compatible(k, item) and _same_source(k, item)]
        compatible = [k for k in related if item.days <= k.days and not item.separate
                      and not (item.clause_days and k.clause_days and not item.clause_days & k.clause_days)]
        if item.update:
            for old in related:
                if old.count <= item.count:
                    kept.remove(old)
            kept.append(item)
            continue
        earlier = [k for k in same_status if k.trigger != item.trigger]
        counted_alongside = any(k.trigger == item.trigger and not k.quantity.definite for k in same_status)
        if item.quantity.definite and earlier and not counted_alongside:
            if item.count > sum(k.count for k in earlier) and item.head in _generic_heads():
                for old in earlier:
                    kept.remove(old)
                kept.append(item)
            continue
        if compatible:
            vague = [k for k in compatible if k.quantity.vague]
            if len(vague) == 1 and not item.quantity.approximate:
                kept[kept.index(vague[0])] = item
                continue
            if item.count <= sum(k.count for k in compatible) or (
                item.quantity.vague and item.count < _MAGNITUDE
            ):
                continue
        kept.append(item)
    kept.sort(key=lambda item: item.start)
    return kept


def _headline_end(doc: Doc) -> int:
    """Where a headline ends: a first line standing alone as a paragraph without closing
    punctuation ("Ambush kills four soldiers in Peru"), else 0. The body restates a headline's
    figures as statements of their own, so a headline figure makes no body figure a restatement."""
    text = doc_text(doc)
    first_break = _PARAGRAPH_BREAK.search(text, 0, HEADLINE_MAX_CHARS + 2)
    if first_break is None:
        return 0
    line = text[:first_break.start()].strip()
    if not line or "\n" in line or line[-1] in ".!?\"”:":
        return 0
    return first_break.start()


def _source(doc: Doc, trigger: int) -> str | None:
    """Who gives a figure: the head noun of the subject of the nearest verb of saying above its
    trigger in the sentence ("a medic said ..." → "medic"), or None (a pronoun, the report's
    own voice)."""
    if trigger < 0:
        return None
    report_verbs = _resources().report_verbs
    for ancestor in (doc[trigger], *doc[trigger].ancestors):
        attributed = _according_to(ancestor)
        if attributed is not None:
            return attributed
        if ancestor.lemma_.lower() in report_verbs and ancestor.i != trigger:
            speaker = ancestor
            if ancestor.tag_ == "VBG" and ancestor.dep_ in ("advcl", "xcomp") \
                    and not _children(ancestor, "nsubj"):
                speaker = ancestor.head  # "JNIM claimed the attack, saying it had killed 23"
            for subject in _children(speaker, "nsubj"):
                if subject.pos_ in ("NOUN", "PROPN"):
                    return subject.lemma_.lower()
            return None
    return None


def _according_to(verb: Token) -> str | None:
    """The source a clause names with "according to X" ("killing three fighters, according to
    the Observatory" → "observatory"), or None."""
    for child in verb.children:
        if child.lower_ == "according" and child.dep_ == "prep":
            for to in child.children:
                for source in _children(to, "pobj"):
                    if source.pos_ in ("NOUN", "PROPN"):
                        return source.lemma_.lower()
    return None


def _same_source(earlier: _Item, later: _Item) -> bool:
    """Whether two figures may come from one source: a lower or equal figure from another named
    source is a competing account ("the army said 40", "a medic said nine"), not a restatement."""
    return earlier.source is None or later.source is None or earlier.source == later.source


def extract_casualties(doc: Doc, *, merge_restatements: bool = True) -> list[dict[str, Any]]:
    """Casualty statements of a parsed document: count, victims and status, with their span.

    Args:
        doc: A Doc parsed by a pipeline with a tagger, lemmatizer, parser and NER.
        merge_restatements: Drop a later statement that repeats a figure already given (same
            status, compatible victims, no larger count), so that summing ``count`` per status
            gives the document's total. An updated toll replaces the figure it updates.

    Returns:
        One dict per statement: span fields, ``count`` (the number written, the lower one of a
        range, the fixed value of a vague word), ``who``, ``status``, ``qualifier``,
        ``count_min`` (the lowest number the text allows), ``count_max``, ``approximate``,
        ``rule`` (which pattern found it) and ``update`` (the sentence gives an updated toll).

    Notes:
        Vague quantities use the fixed table in ``resources/casualties/vague_numbers.tsv``
        (ACLED: "dozens" = 12, "hundreds" = 100; ISAF annotators: "several" = 3). Only nouns
        naming people are counted (``victim_nouns.txt``, PERSON and NORP entities).
    """
    if not doc.has_annotation("DEP"):
        return []
    items = [item for item in _candidates(doc) if not _fighters_withdrawing(item)]
    if merge_restatements:
        items = _merge(items, doc)
    return [_as_dict(doc, item) for item in items]


def _fighters_withdrawing(item: _Item) -> bool:
    """Whether a displacement is fighters pulling back ("Some of the guerrillas reportedly fled"):
    ACLED and the casualty conventions count people forced from their homes, not armed men retreating."""
    armed = _fighter_heads() - {"member", "male", "associate", "suspect"}
    return item.status == "displaced" and item.head in armed


def _as_dict(doc: Doc, item: _Item) -> dict[str, Any]:
    quantity = item.quantity
    return {
        **span_dict(doc, item.start, item.end),
        "count": item.count,
        "who": item.who,
        "status": item.status,
        "qualifier": quantity.qualifier,
        "count_min": quantity.count_min,
        "count_max": quantity.count_max,
        "approximate": quantity.approximate,
        "rule": item.rule,
        "update": item.update,
    }


class CasualtiesComponent:
    """Stores ``extract_casualties(doc)`` on ``doc._.conflictcli_casualties``."""

    def __init__(self, merge_restatements: bool) -> None:
        self.merge_restatements = merge_restatements

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(EXTENSION, extract_casualties(doc, merge_restatements=self.merge_restatements))
        return doc


@Language.factory(
    "conflictcli_casualties",
    assigns=[f"doc._.{EXTENSION}"],
    requires=["token.dep", "token.lemma", "token.tag"],
    default_config={"merge_restatements": True},
)
def make_casualties(nlp: Language, name: str, merge_restatements: bool) -> CasualtiesComponent:
    """The casualties component (the status-word rules are hashed on first use, once per vocabulary)."""
    return CasualtiesComponent(merge_restatements)


# Trigger labels whose verb counts only with a phrase that reaches its victims' home or wounds:
# label -> (the phrase finder, the status table in the resources, whether the verb is intransitive).
_REACHING_VERBS: dict[str, tuple[Callable[[Token], Token | None], str, bool]] = {
    "UPROOT": (_home_left, "uproot_verbs", False),
    "HOME_VERB": (_home_object, "home_verbs", True),
    "CARE_VERB": (_care_wounds, "care_verbs", False),
}
