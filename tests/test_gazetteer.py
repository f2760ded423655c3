"""The gazetteer asset: its key index matches its rows, and a mismatch is a one-line error."""

from __future__ import annotations

import gzip
import shutil

import pytest

from timeline.errors import GazetteerError
from timeline.language.gazetteer import GAZETTEER_FILE, KEYS_FILE, assets_dir, default_gazetteer, key_index, load


def _text(path) -> str:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        return fh.read()


def test_shipped_key_index_is_the_index_of_the_shipped_rows():
    rows = [r for r in _text(assets_dir() / GAZETTEER_FILE).split("\n")[1:] if r]
    assert _text(assets_dir() / KEYS_FILE) == key_index(rows)


@pytest.mark.parametrize(
    "name,kind,country",
    [
        ("Montréal", "city", "CA"),
        ("MONTREAL", "city", "CA"),
        ("Côte d’Ivoire", "country", "CI"),
        ("New South Wales", "admin1", "AU"),
        ("Scott County", "admin2", "US"),
        ("Innisfail", "city", "AU"),  # a village of 1,241 people
        # Ireland's counties, by their English names, alone where no town has the name, and by an Irish name
        ("County Kerry", "admin2", "IE"),
        ("Laois", "admin2", "IE"),
        ("Loch Garman", "admin2", "IE"),
        ("County Tipperary", "admin2", "IE"),
        # the Dutch Caribbean's "Sint" written as English writes a saint
        ("St. Eustatius", "admin1", "BQ"),
        ("Saint Eustatius", "admin1", "BQ"),
        # ... and the German-speaking lands' "Sankt"
        ("St. Wendel", "city", "DE"),
        ("St. Pölten", "city", "AT"),
        # a two-island country by the island news and sport call it by
        ("Antigua", "country", "AG"),
        ("St Kitts", "country", "KN"),
        # a town's English name that a town of under a fifth of its people has as its own (Bruges, Gironde)
        ("Bruges", "city", "BE"),
        # a province by the name it had until 1994
        ("Natal", "admin1", "ZA"),
        # remote islands and lands no state claims, from country-coder's borders, under their territory's own code
        ("Crozet Islands", "region", "TF"),
        ("Salomon Atoll", "region", "IO"),
        ("Bir Tawil", "region", ""),
    ],
)
def test_lookup_by_name_alias_case_and_accents(name, kind, country):
    assert any(p.kind == kind and p.country_code == country for p in default_gazetteer().lookup(name))


@pytest.mark.parametrize("words,expected", [("Rio de", True), ("North Korean", True), ("St. Eustatius", True), ("Rio Blah", False), ("Zzyzx Qq", False)])
def test_opens_tells_whether_a_longer_name_starts_with_these_words(words, expected):
    assert default_gazetteer().opens(words) is expected


def test_unknown_name_is_empty():
    assert default_gazetteer().lookup("Xqzzyville") == ()


def test_a_stale_key_index_is_refused(tmp_path):
    for name in (GAZETTEER_FILE, "demonyms.tsv"):
        shutil.copy(assets_dir() / name, tmp_path / name)
    with gzip.open(tmp_path / KEYS_FILE, "wt", encoding="utf-8") as fh:
        fh.write(key_index(["1\tLima\tcity\tPE\t15\t-12.04\t-77.03\t100\t"]))
    with pytest.raises(GazetteerError, match="does not index"):
        load(tmp_path)


def _script(name: str):
    """The asset build `scripts/<name>.py`, loaded as a module (the scripts are no package)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_installations_are_spelt_out_and_known_names_left_out():
    build = _script("build_installations")
    zips = [
        {"city": "Fort Hood", "state": "TX", "lat": "31.2", "long": "-97.6"},
        {"city": "Fort Hood", "state": "TX", "lat": "31.4", "long": "-97.8"},
        {"city": "Kirtland AFB", "state": "NM", "lat": "35.0", "long": "-106.5"},
        {"city": "Ft Irwin", "state": "CA", "lat": "35.2", "long": "-116.6"},
        {"city": "Fort Worth", "state": "TX", "lat": "32.7", "long": "-97.3"},  # a city the gazetteer has
        {"city": "Springfield", "state": "IL", "lat": "39.8", "long": "-89.6"},  # no installation
    ]
    got = build.installations(zips, known={"fort worth"})
    assert [(n, o, s) for n, o, s, _, _ in got] == [
        ("Fort Hood", (), "TX"), ("Fort Irwin", (), "CA"), ("Kirtland Air Force Base", ("Kirtland AFB",), "NM"),
    ]
    assert abs(got[0][3] - 31.3) < 1e-9  # the mean point of its ZIP codes


def test_airports_are_kept_with_their_short_names_and_codes_and_without_their_towns():
    build = _script("build_airports")
    rows = [
        {"iata": "JFK", "name": "John F Kennedy International Airport", "country": "US", "lat": "40.64", "lon": "-73.78"},
        {"iata": "EBB", "name": "Entebbe International Airport", "country": "UG", "lat": "0.04", "lon": "32.44"},  # a town's
        {"iata": "LHR", "name": "London Heathrow Airport", "country": "GB", "lat": "51.47", "lon": "-0.46"},  # and a name
        {"iata": "ORD", "name": "Chicago O'Hare International Airport", "country": "US", "lat": "41.98", "lon": "-87.9"},
        {"iata": "", "name": "Aero B Ranch Airport", "country": "US", "lat": "38.7", "lon": "-101.5"},  # no passenger code
        {"iata": "VPS", "name": "Duke Field,(Eglin Af Aux Nr 3) Airport", "country": "US", "lat": "30.6", "lon": "-86.5"},
        {"iata": "XXX", "name": "Kotoka International Airport", "country": "GH", "lat": "5.61", "lon": "-0.17"},
    ]
    got = build.airports(rows, known={"kotoka airport"}, town=lambda word: word in ("Entebbe", "London", "Chicago"))
    assert [(n, o) for n, o, _, _, _ in got] == [
        ("Heathrow Airport", ("LHR Airport",)),
        ("John F Kennedy International Airport", ("John F. Kennedy International Airport", "Kennedy International Airport",
                                                  "John F Kennedy Airport", "John F. Kennedy Airport", "Kennedy Airport",
                                                  "JFK Airport")),
        ("Kotoka International Airport", ("XXX Airport",)),  # (its short name is known: left to what the gazetteer has)
        ("O'Hare International Airport", ("O'Hare Airport", "ORD Airport")),  # (O'Hare's O is no initial)
    ]


def test_longer_names_are_cities_that_open_with_the_name_and_a_joint():
    names = [p.name for p in default_gazetteer().longer("Santiago")]
    assert "Santiago de Cuba" in names and "Santiago del Estero" in names
    assert all(n.startswith("Santiago d") for n in names)
    assert default_gazetteer().longer("Qwxz") == ()


@pytest.mark.parametrize("code,capital", [("CN", "Beijing"), ("UG", "Kampala"), ("so", "Mogadishu"), ("XX", None)])
def test_a_country_s_capital_is_a_town_of_it(code, capital):
    found = default_gazetteer().capital(code)
    assert (found.name if found else None) == capital
    assert found is None or (found.kind, found.country_code) == ("city", code.upper())


def test_without_the_capitals_table_no_capital_is_guessed(tmp_path):
    for name in (GAZETTEER_FILE, KEYS_FILE):
        shutil.copy(assets_dir() / name, tmp_path / name)
    assert load(tmp_path).capital("CN") is None


@pytest.mark.parametrize("code,continent", [("CO", "South America"), ("ES", "Europe"), ("KE", "Africa"), ("FJ", "Oceania")])
def test_a_country_s_continent_is_the_gazetteer_s_continent_row(code, continent):
    g = default_gazetteer()
    (row,) = [p for p in g.lookup(continent) if p.kind == "continent"]
    assert g.continents[code] == row.geonameid


def test_a_county_named_like_its_town_leaves_the_bare_name_to_the_town():
    assert [p.kind for p in default_gazetteer().lookup("Cork") if p.country_code == "IE"] == ["city"]
