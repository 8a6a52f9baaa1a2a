#!/usr/bin/env python3
"""Build the compact HS / TN VED tables that onshore-coordinate embeds.

Reads the public code lists in ../shared/data/ (see its README) and writes
two tab-separated files under data/hs/:

  hs2022_en.tsv   code<TAB>English description   (HS2 chapters, HS4, HS6)
  tnved_ru.tsv    code<TAB>Russian description   (chapters, HS4 headings, HS6)

TN VED is a 10-digit nomenclature whose first six digits are the HS code, but
the source tree lists only coded lines: the unnumbered indented headings that
give a line its context ("- лошади:") are missing, so a lone 10-digit line like
"- - - прочие" means nothing.  For each HS6 we therefore join the distinct,
meaningful texts of its 10-digit lines; that is what a Russian product name is
matched against.  Run from the repository root:

    python3 scripts/hs/build_tables.py [../shared/data] [data/hs]
"""
import csv
import json
import re
import sys
from pathlib import Path

SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else "data/hs")
HS6_RU_MAX_CHARS = 400

# Lines that carry no information on their own once their context is gone.
EMPTY_RU = re.compile(r"^(прочие|прочая|прочий|прочее|прочих|другие)\W*$", re.I)


def clean(text: str) -> str:
    text = text.replace("\t", " ").replace("\n", " ")
    text = re.sub(r"^[\s\-–]+", "", text)  # TN VED indentation dashes
    text = re.sub(r"\s+", " ", text).strip()
    return text.rstrip(":;,")


def build_hs(out: Path) -> int:
    rows = []
    with open(SRC / "hs2022" / "harmonized-system.csv", newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            code = r["hscode"].strip()
            if code.isdigit() and len(code) in (2, 4, 6):
                rows.append((code, clean(r["description"])))
    rows.sort()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for code, desc in rows:
            f.write(f"{code}\t{desc}\n")
    return len(rows)


def build_tnved(out: Path) -> int:
    tree = json.load(open(SRC / "tnved" / "tnved.json", encoding="utf-8"))
    rows = {}
    hs6_texts = {}
    for section in tree:
        for chapter in section.get("groups") or []:
            rows[chapter["code"]] = clean(chapter["naim"]).capitalize()
            for heading in chapter.get("goods") or []:
                rows[heading["code"]] = clean(heading["naim"]).capitalize()
                for line in heading.get("subs") or []:
                    code = line["code"]
                    text = clean(line["naim"])
                    if len(code) < 6 or not text or EMPTY_RU.match(text):
                        continue
                    texts = hs6_texts.setdefault(code[:6], [])
                    if text not in texts:
                        texts.append(text)
    for hs6, texts in hs6_texts.items():
        joined = "; ".join(texts)
        if len(joined) > HS6_RU_MAX_CHARS:
            joined = joined[:HS6_RU_MAX_CHARS].rsplit(" ", 1)[0]
        rows[hs6] = joined
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for code in sorted(rows):
            f.write(f"{code}\t{rows[code]}\n")
    return len(rows)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    n_en = build_hs(OUT / "hs2022_en.tsv")
    n_ru = build_tnved(OUT / "tnved_ru.tsv")
    print(f"hs2022_en.tsv: {n_en} codes; tnved_ru.tsv: {n_ru} codes")


if __name__ == "__main__":
    main()
