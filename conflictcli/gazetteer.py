"""The offline gazetteer: GeoNames-derived places with their names, loaded once per process.

The data is compiled ahead of time by ``resources/places/build_gazetteer.py`` into
``resources/places/gazetteer.tsv.gz`` (committed), so a run only reads one small file: no JSON
parsing of GeoNames tables, no network. The index is stored as two aligned blocks (keys, then row
ids) so that it becomes a dict with one ``zip``, without splitting each line; a header gives the
longest name's word count. Names are stored normalized (see :func:`normalize_name`), so
lookups are plain dict hits on the normalized form of a text span.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib.resources import files

GAZETTEER_FILE = "gazetteer.tsv.gz"
MINOR_TOWNS_FILE = "minor_towns.tsv.gz"
# Row numbers of minor towns start here, so that they never collide with the main rows.
MINOR_INDEX_BASE = 10_000_000
HOMONYM_TOWNS_FILE = "homonym_towns.tsv.gz"
HOMONYM_INDEX_BASE = 20_000_000

# Feature ranks used as resolution priors: broader and more salient features first.
FEATURES = ("continent", "country", "region", "water", "landform", "city")

_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_DASHES = "-‐‑‒–—―"
_APOSTROPHES = "'’‘`ʼ´"


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: a named place with its canonical English name and centroid."""

    index: int
    name: str
    feature: str
    country_code: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    geonameid: int | None
    disputed: bool
    capital: bool
    curated: bool
    minor: bool = False


class Gazetteer:
    """All places plus an index from normalized name to the places bearing it.

    Rows are kept as raw lines and parsed on first use: a document touches a few dozen places out
    of tens of thousands, and this keeps loading well under half a second.
    """

    def __init__(self, rows: list[str], by_name: dict[str, str], max_words: int) -> None:
        self._rows = rows
        self._places: dict[int, Place] = {}
        self._by_name = by_name
        self.max_words = max_words
        self.countries: dict[str, Place] = {}
        for index, row in enumerate(rows):
            feature = row.split("\t", 2)[1]
            if feature == "country":
                place = self.place(index)
                self.countries[place.country_code or ""] = place
            elif feature not in ("continent", "country"):
                break

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, index: int) -> Place:
        """The place on row ``index``."""
        place = self._places.get(index)
        if place is None:
            name, feature, code, admin1, lat, lon, population, geonameid, disputed, flags = (
                self._rows[index].split("\t")
            )
            place = Place(
                index, name, feature, code or None, admin1 or None, float(lat), float(lon),
                int(population or 0), int(geonameid) if geonameid else None, disputed == "1", "c" in flags,
                "h" in flags, "m" in flags,
            )
            self._places[index] = place
        return place

    def candidates(self, key: str) -> list[Place]:
        """The places whose normalized name is exactly ``key``."""
        ids = self._by_name.get(key)
        return [self.place(int(i)) for i in ids.split(",")] if ids else []

    def has_name(self, key: str) -> bool:
        """Whether some place has the normalized name ``key``."""
        return key in self._by_name

    def starts_longer_name(self, key: str) -> bool:
        """Whether some name begins with the words of ``key`` and goes on ("new south" for "new
        south wales"): a reader adding words to ``key`` can stop when it does not."""
        return key in self._name_prefixes

    @cached_property
    def _name_prefixes(self) -> frozenset[str]:
        """Every word prefix of the multi-word names, built on first use (~0.06 s)."""
        prefixes: set[str] = set()
        for key in self._by_name:
            cut = key.rfind(" ")
            while cut > 0 and key[:cut] not in prefixes:
                key = key[:cut]
                prefixes.add(key)
                cut = key.rfind(" ")
        return frozenset(prefixes)

    def lookup(self, text: str) -> list[Place]:
        """The places named ``text`` (any surface form: case, diacritics, hyphens, "the")."""
        return self.candidates(normalize_name(text))

    def country(self, code: str | None) -> Place | None:
        """The country entry for an ISO 3166-1 alpha-2 code, if the gazetteer has it."""
        return self.countries.get(code or "")


@lru_cache(maxsize=1 << 16)
def normalize_name(text: str) -> str:
    """The lookup key of a place name: lowercase ASCII-folded words, no dots, no leading "the".

    Hyphens and dashes become spaces ("Nagorno-Karabakh" = "Nagorno Karabakh"), apostrophes and dots
    vanish ("U.S." = "US", "Ta'izz" = "Taizz"), and "St."/"Mt."/"Ft." are spelled out.
    """
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    for dash in _DASHES:
        folded = folded.replace(dash, " ")
    for mark in _APOSTROPHES:
        folded = folded.replace(mark, "")
    folded = folded.replace(".", "").replace(",", " ")
    words = [_ABBREVIATIONS.get(word, word) for word in folded.split()]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def spelling_key(name: str) -> str:
    """A name as English romanizations spell it: y read as i, runs of i as one ("Mar'yinka" and
    "Marinka", "Hulyaypole" and "Huliaipole" are one name spelled two ways)."""
    return re.sub("i+", "i", normalize_name(name).replace("y", "i"))


def _parse(text: str) -> Gazetteer:
    """Four blank-line separated blocks: a header with the longest name's word count, place
    rows, index keys, and the row ids of each key."""
    header, rows_text, keys_text, ids_text = text.rstrip("\n").split("\n\n")
    by_name = dict(zip(keys_text.split("\n"), ids_text.split("\n")))
    return Gazetteer(rows_text.split("\n"), by_name, int(header.split("\t")[1]))


@cache
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, parsed once per process."""
    resource = files("conflictcli").joinpath("resources", "places", GAZETTEER_FILE)
    return _parse(gzip.decompress(resource.read_bytes()).decode("utf-8"))


@cache
def _town_rows(file_name: str) -> dict[str, list[str]]:
    """Rows of a small-town table grouped by normalized name; empty without the file."""
    resource = files("conflictcli").joinpath("resources", "places", file_name)
    if not resource.is_file():
        return {}
    grouped: dict[str, list[str]] = {}
    for number, row in enumerate(gzip.decompress(resource.read_bytes()).decode("utf-8").splitlines()):
        key, _, rest = row.partition("\t")
        grouped.setdefault(key, []).append(f"{number}\t{rest}")
    return grouped


def _towns(file_name: str, index_base: int, key: str) -> list[Place]:
    """The towns of a small-town table named ``key``, most populous first."""
    towns = []
    for row in _town_rows(file_name).get(key, ()):
        number, name, code, admin1, lat, lon, population, geonameid = row.split("\t")
        towns.append(Place(
            index_base + int(number), name, "city", code or None, admin1 or None, float(lat),
            float(lon), int(population or 0), int(geonameid) if geonameid else None, False, False,
            False, True,
        ))
    return sorted(towns, key=lambda p: -p.population)


def minor_towns(key: str) -> list[Place]:
    """The towns and villages below the main gazetteer's population threshold named ``key``
    (a normalized name), most populous first; loaded on first call, since a report needs them
    only when it names a place the main gazetteer lacks."""
    return _towns(MINOR_TOWNS_FILE, MINOR_INDEX_BASE, key)


def homonym_towns(key: str) -> list[Place]:
    """Small towns named ``key`` whose name a bigger place elsewhere bears ("Fairfield" in
    Texas), most populous first; loaded on first call."""
    return _towns(HOMONYM_TOWNS_FILE, HOMONYM_INDEX_BASE, key)


def lookup(text: str) -> list[Place]:
    """The places a name can refer to, most populous first within each feature rank."""
    return load_gazetteer().lookup(text)
