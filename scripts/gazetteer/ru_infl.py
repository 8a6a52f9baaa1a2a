"""Russian inflection for gazetteer surface forms (generation time only).

Adjectives are declined by hand-written rules (the Russian adjective paradigm is
regular, so rules are exact and need no dictionary). Nouns are declined with
pymorphy3's OpenCorpora dictionary when it knows the word as a noun, and with
small ending rules otherwise; indeclinable words (ending in a vowel other than
а/я, or tagged Fixd) yield themselves. Phrases ("Республика Беларусь",
"Объединённые Арабские Эмираты") decline the head noun and the adjectives that
agree with it; words after the head (appositions, genitive complements) stay.
"""

from __future__ import annotations

import functools
import re

import pymorphy3

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
VELAR = set("кгх")
SIBILANT = set("жшчщ")
VOWELS = set("аеёиоуыэюя")

_MORPH: pymorphy3.MorphAnalyzer | None = None


def morph() -> pymorphy3.MorphAnalyzer:
    global _MORPH
    if _MORPH is None:
        _MORPH = pymorphy3.MorphAnalyzer()
    return _MORPH


def restore_case(template: str, word: str) -> str:
    """Copy the capitalisation of `template` onto `word` position by position.

    Inflection only changes endings, so the shared prefix lines up.
    """
    out = []
    for i, ch in enumerate(word):
        if i < len(template) and template[i].isupper():
            out.append(ch.upper())
        else:
            out.append(ch)
    # a capitalised part after a hyphen in the template ("Кабардино-Балкарская")
    res = "".join(out)
    if "-" in template and "-" in res:
        tparts, rparts = template.split("-"), res.split("-")
        if len(tparts) == len(rparts):
            res = "-".join(
                (r[:1].upper() + r[1:]) if t[:1].isupper() else r for t, r in zip(tparts, rparts)
            )
    return res


# ---------------------------------------------------------------- adjectives

# endings per (class, gender/number) in case order nomn gent datv accs ablt loct;
# accusative of masc/plural has inanimate (=nomn) and animate (=gent) forms, both kept.
_ADJ = {
    "hard": {
        "masc": ("ый", "ого", "ому", "ый", "ым", "ом"),
        "femn": ("ая", "ой", "ой", "ую", "ой", "ой"),
        "neut": ("ое", "ого", "ому", "ое", "ым", "ом"),
        "plur": ("ые", "ых", "ым", "ые", "ыми", "ых"),
    },
    "hard_stressed": {
        "masc": ("ой", "ого", "ому", "ой", "ым", "ом"),
        "femn": ("ая", "ой", "ой", "ую", "ой", "ой"),
        "neut": ("ое", "ого", "ому", "ое", "ым", "ом"),
        "plur": ("ые", "ых", "ым", "ые", "ыми", "ых"),
    },
    "velar": {
        "masc": ("ий", "ого", "ому", "ий", "им", "ом"),
        "femn": ("ая", "ой", "ой", "ую", "ой", "ой"),
        "neut": ("ое", "ого", "ому", "ое", "им", "ом"),
        "plur": ("ие", "их", "им", "ие", "ими", "их"),
    },
    "velar_stressed": {
        "masc": ("ой", "ого", "ому", "ой", "им", "ом"),
        "femn": ("ая", "ой", "ой", "ую", "ой", "ой"),
        "neut": ("ое", "ого", "ому", "ое", "им", "ом"),
        "plur": ("ие", "их", "им", "ие", "ими", "их"),
    },
    "sibilant_stressed": {
        "masc": ("ой", "ого", "ому", "ой", "им", "ом"),
        "femn": ("ая", "ой", "ой", "ую", "ой", "ой"),
        "neut": ("ое", "ого", "ому", "ое", "им", "ом"),
        "plur": ("ие", "их", "им", "ие", "ими", "их"),
    },
    "sibilant": {
        "masc": ("ий", "его", "ему", "ий", "им", "ем"),
        "femn": ("ая", "ей", "ей", "ую", "ей", "ей"),
        "neut": ("ее", "его", "ему", "ее", "им", "ем"),
        "plur": ("ие", "их", "им", "ие", "ими", "их"),
    },
    "soft": {
        "masc": ("ий", "его", "ему", "ий", "им", "ем"),
        "femn": ("яя", "ей", "ей", "юю", "ей", "ей"),
        "neut": ("ее", "его", "ему", "ее", "им", "ем"),
        "plur": ("ие", "их", "им", "ие", "ими", "их"),
    },
    # possessive adjectives in -ов/-ин (Соломоновы Острова, Маршалловы Острова)
    "possessive": {
        "masc": ("", "а", "у", "", "ым", "ом"),
        "femn": ("а", "ой", "ой", "у", "ой", "ой"),
        "neut": ("о", "а", "у", "о", "ым", "ом"),
        "plur": ("ы", "ых", "ым", "ы", "ыми", "ых"),
    },
}

_ADJ_ENDINGS = ("ый", "ой", "ий", "ая", "яя", "ое", "ее", "ые", "ие")


@functools.lru_cache(maxsize=None)
def looks_like_adjective(word: str) -> bool:
    last = word.split("-")[-1].lower()
    if not (len(last) > 3 and last.endswith(_ADJ_ENDINGS)):
        return False
    known = [p for p in morph().parse(last) if p.is_known]
    if any("ADJF" in p.tag for p in known):
        return True
    if any("NOUN" in p.tag and p.normal_form == last for p in known):
        return False  # Ханой, Шанхай-like nouns
    return True


def _adj_split(form: str) -> tuple[str, str, str]:
    """Return (stem, class, gender) of an adjective form given in nominative."""
    low = form.lower()
    end = low[-2:]
    stem = form[:-2]
    s = low[-3] if len(low) >= 3 else ""
    gender = {"ый": "masc", "ой": "masc", "ий": "masc", "ая": "femn", "яя": "femn",
              "ое": "neut", "ее": "neut", "ые": "plur", "ие": "plur"}[end]
    if end == "ой":
        cls = ("velar_stressed" if s in VELAR else
               "sibilant_stressed" if s in SIBILANT else "hard_stressed")
    elif end == "ый" or end == "ые":
        cls = "hard"
    elif end == "яя":
        cls = "soft"
    elif s in VELAR:
        cls = "velar"
    elif s in SIBILANT or s == "ц":
        cls = "sibilant" if end in ("ий", "ее", "ие") else "hard"
        if end == "ая":
            cls = "sibilant"
    elif end in ("ий", "ее", "ие"):
        cls = "soft"
    else:
        cls = "hard"
    return stem, cls, gender


def adjective_forms(form: str, genders=("masc", "femn", "neut", "plur")) -> list[str]:
    """All case forms of an adjective for the given genders, from any nominative form.

    For hyphenated adjectives only the last part declines (Ханты-Мансийский).
    """
    prefix = ""
    if "-" in form:
        prefix, _, form = form.rpartition("-")
        prefix += "-"
    stem, cls, _ = _adj_split(form)
    out = []
    for g in genders:
        for i, e in enumerate(_ADJ[cls][g]):
            out.append(prefix + stem + e)
            if i == 3 and g in ("masc", "plur"):  # animate accusative = genitive
                out.append(prefix + stem + _ADJ[cls][g][1])
        if g == "femn":  # instrumental variant -ою / -ею
            ins = _ADJ[cls][g][4]
            out.append(prefix + stem + ins[:-1] + "ю")
    return _dedupe(out)


def adjective_agreeing(form: str, gender: str) -> list[str]:
    """Six case forms (accusative: inanimate) of an adjective agreeing with `gender`."""
    prefix = ""
    if "-" in form:
        prefix, _, form = form.rpartition("-")
        prefix += "-"
    stem, cls, _ = _adj_split(form)
    return [prefix + stem + e for e in _ADJ[cls][gender]]


def possessive_agreeing(form: str, gender: str) -> list[str]:
    m = re.match(r"^(.*?(?:ов|ев|ин|ын))(ы|а|о)?$", form)
    stem = m.group(1) if m else form
    return [stem + e for e in _ADJ["possessive"][gender]]


# ---------------------------------------------------------------- nouns


def _pick_noun_parse(word: str):
    """The dictionary reading of `word` as a nominative noun, or None.

    A reading counts only if its lemma is the word itself, or it is a plural that is
    not a person's name (Эмираты -> эмират); "Вали" read as the plural of the name
    Валя is rejected and the word is treated as unknown.
    """
    low = word.lower()
    cands = []
    for p in morph().parse(word):
        if not (p.is_known and "NOUN" in p.tag and p.tag.case == "nomn"):
            continue
        same = p.normal_form == low
        plural_common = p.tag.number == "plur" and "Name" not in p.tag and "Surn" not in p.tag
        if not (same or plural_common):
            continue
        rank = (0 if "Geox" in p.tag else 1, 0 if same else 1, -p.score)
        cands.append((rank, p))
    if not cands:
        return None
    cands.sort(key=lambda x: x[0])
    return cands[0][1]


def _rule_noun(word: str) -> tuple[list[str], str]:
    """Rule-based singular declension for words pymorphy does not know."""
    low = word.lower()
    last = low[-1]
    pen = low[-2] if len(low) > 1 else ""
    if last == "ы" and len(low) > 3 and pen not in VOWELS:
        b = word[:-1]  # plural place names: Фолкленды, Туймазы
        return [word, b + "ов", b + "ам", word, b + "ами", b + "ах"], "plur"
    if last in VOWELS and last not in "ая" or last in "ёэ":
        return [word] * 6, "neut"  # indeclinable: Того, Сочи, Баку, Душанбе
    if low.endswith("ия"):
        b = word[:-1]
        return [b + "я", b + "и", b + "и", b + "ю", b + "ей", b + "и"], "femn"
    if last == "а":
        b = word[:-1]
        y = "и" if pen in VELAR or pen in SIBILANT else "ы"
        return [b + "а", b + y, b + "е", b + "у", b + "ой", b + "е"], "femn"
    if last == "я":
        b = word[:-1]
        return [b + "я", b + "и", b + "е", b + "ю", b + "ей", b + "е"], "femn"
    if last == "й":
        b = word[:-1]
        return [word, b + "я", b + "ю", word, b + "ем", b + "е"], "masc"
    if last == "ь":
        b = word[:-1]  # place names in -ь: masculine is the commoner guess (Гомель)
        return [word, b + "я", b + "ю", word, b + "ем", b + "е"], "masc"
    ins = "ем" if last in SIBILANT or last == "ц" else "ом"
    return [word, word + "а", word + "у", word, word + ins, word + "е"], "masc"


@functools.lru_cache(maxsize=None)
def noun_info(word: str):
    """(six forms in CASES order, extra (case, form) pairs, gender-or-'plur', from_dictionary).

    Extra forms are second locatives ("в Крыму"), second genitives and -ою instrumentals.
    """
    p = _pick_noun_parse(word)
    if p is not None and "Fixd" in p.tag:
        return tuple([word] * 6), (), "neut", True
    if p is not None:
        number = p.tag.number
        out = []
        extra = []
        for case in CASES:
            f = p.inflect({case, number}) if number else p.inflect({case})
            out.append(restore_case(word, f.word) if f else word)
        for f in p.lexeme:
            if f.tag.number == number and f.tag.case in ("loc2", "gen2", "ablt"):
                w = restore_case(word, f.word)
                if w not in out:
                    extra.append((f.tag.case, w))
        gender = "plur" if number == "plur" else (p.tag.gender or "masc")
        return tuple(out), tuple(_dedupe(extra)), gender, True
    if "-" in word:
        head, _, tail = word.rpartition("-")
        forms, g = _rule_noun(tail)
        return tuple(head + "-" + f for f in forms), (), g, False
    forms, g = _rule_noun(word)
    return tuple(forms), (), g, False


def noun_forms(word: str) -> list[str]:
    forms, extra, _, _ = noun_info(word)
    return _dedupe(list(forms) + [w for _, w in extra])


def plural_noun_lexeme(word: str) -> list[str]:
    """All forms (both numbers) of a common noun such as a demonym (белорус, казашка)."""
    parses = [p for p in morph().parse(word) if p.is_known and "NOUN" in p.tag]
    if not parses:
        return [word]
    p = parses[0]
    return _dedupe([restore_case(word, f.word) for f in p.lexeme
                    if f.tag.case in CASES or f.tag.case in ("loc2",)])


# ---------------------------------------------------------------- phrases


def phrase_forms(phrase: str) -> list[str]:
    """All case forms of a name phrase, nominative first."""
    phrase = re.sub(r"\s*\(.*?\)\s*", " ", phrase).strip()
    tokens = phrase.split(" ")
    if len(tokens) == 1:
        if looks_like_adjective(tokens[0]):  # a lone adjective, declined in its own gender
            return adjective_forms(tokens[0], genders=[_adj_split(tokens[0].split('-')[-1])[2]])
        return noun_forms(tokens[0])

    # head = first non-adjective, non-possessive word
    head = None
    for i, t in enumerate(tokens):
        if t in ("—", "-", "и"):
            break
        if not looks_like_adjective(t) and not _is_possessive(t, tokens, i):
            head = i
            break
    if head is None:
        return [phrase]

    # coordinated heads: "Босния и Герцеговина", "Тринидад и Тобаго"
    groups = [(0, head)]
    j = head + 1
    if j + 1 < len(tokens) and tokens[j] == "и":
        k = j + 1
        while k < len(tokens) and (looks_like_adjective(tokens[k]) or _is_possessive(tokens[k], tokens, k)):
            k += 1
        if k < len(tokens):
            groups.append((j + 1, k))
            tail_start = k + 1
        else:
            tail_start = head + 1
    else:
        tail_start = head + 1

    per_token: dict[int, list[str]] = {}
    extra_forms: dict[int, list[tuple[str, str]]] = {}
    for start, h in groups:
        forms, extras, gender, _ = noun_info(tokens[h])
        per_token[h] = list(forms)
        for i in range(start, h):
            t = tokens[i]
            if _is_possessive(t, tokens, i):
                per_token[i] = possessive_agreeing(t, gender)
            else:
                per_token[i] = adjective_agreeing(t, gender)
        extra_forms[h] = list(extras)

    out = []
    for c in range(6):
        words = []
        for i, t in enumerate(tokens):
            words.append(restore_case(t, per_token[i][c]) if i in per_token else t)
        out.append(" ".join(words))
    # loc2 / -ою variants for a single-group phrase
    if len(groups) == 1:
        h = groups[0][1]
        for case, x in extra_forms[h]:
            words = list(tokens)
            words[h] = x
            # adjectives before the head take the matching regular case
            ci = {"loc2": 5, "gen2": 1, "ablt": 4}[case]
            for i in range(0, h):
                words[i] = restore_case(tokens[i], per_token[i][ci])
            out.append(" ".join(words))
    return _dedupe(out)


def _is_possessive(t: str, tokens: list[str], i: int) -> bool:
    # "Соломоновы", "Маршалловы": capitalised -овы/-евы/-ины before a plural noun
    return bool(re.match(r"^[А-ЯЁ][а-яё]+(?:ов|ев|ин)ы$", t)) and i + 1 < len(tokens)


def yo_variants(forms: list[str]) -> list[str]:
    """Add ё→е spellings (most news text writes е)."""
    out = []
    for f in forms:
        out.append(f)
        if "ё" in f or "Ё" in f:
            out.append(f.replace("ё", "е").replace("Ё", "Е"))
    return _dedupe(out)


def _dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
