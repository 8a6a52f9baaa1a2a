//! Countries, capitals, regions and cities from the generated gazetteer
//! (`data/gazetteer/`, built by `scripts/gazetteer/build.py` from CLDR,
//! iso-codes and GeoNames; see its LICENSES.md).

use crate::lexicon::Lexicon;
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone)]
pub enum Place {
    /// A country by name, abbreviation, adjective or demonym.
    Country { code: &'static str, adjectival: bool },
    /// A capital city: a city that may stand for its state.
    Capital { code: &'static str, city: &'static str },
    /// A sub-national unit or city with its ISO 3166-2 code when it has one.
    Region { code: Option<&'static str>, country: &'static str, name: &'static str },
}

static COUNTRIES_TSV: &str = include_str!("../../../data/gazetteer/countries.tsv");

/// English short names of countries by ISO code.
pub static COUNTRY_NAMES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for line in COUNTRIES_TSV.lines().skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() >= 2 {
            m.entry(c[0]).or_insert(c[1]);
        }
    }
    // The press names a few states differently from ISO's long forms.
    for (code, name) in [("RU", "Russia"), ("IR", "Iran"), ("KR", "South Korea"), ("KP", "North Korea"), ("VN", "Vietnam"), ("SY", "Syria"), ("TR", "Turkey"), ("MD", "Moldova"), ("LA", "Laos"), ("TZ", "Tanzania"), ("VE", "Venezuela"), ("BO", "Bolivia"), ("US", "United States"), ("GB", "United Kingdom")] {
        m.insert(code, name);
    }
    m
});

pub fn country_name(code: &str) -> String {
    COUNTRY_NAMES.get(code).map(|s| s.to_string()).unwrap_or_else(|| code.to_string())
}

pub static PLACES: LazyLock<Lexicon<Place>> = LazyLock::new(|| {
    let mut lex = Lexicon::default();
    for line in COUNTRIES_TSV.lines().skip(1) {
        let c: Vec<&'static str> = line.split('\t').collect();
        if c.len() < 6 {
            continue;
        }
        let (code, name_en, kind, lang, form, ambiguous) = (c[0], c[1], c[2], c[3], c[4], c[5] == "1");
        // Ambiguous English capitals (Victoria, Kingston, Male) and demonym plurals that are
        // ordinary words are left out; ambiguous Russian forms are inflections, kept.
        if ambiguous && lang == "en" && (kind == "capital" || kind == "demonym") {
            continue;
        }
        let place = match kind {
            "capital" => Place::Capital { code, city: capital_english(code, name_en) },
            "adj" | "demonym" => Place::Country { code, adjectival: true },
            _ => Place::Country { code, adjectival: false },
        };
        lex.insert(form, place);
    }
    lex
});

/// English capital names, from the gazetteer's own English rows.
fn capital_english(code: &'static str, _country: &'static str) -> &'static str {
    static CAPS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
        let mut m = HashMap::new();
        for line in COUNTRIES_TSV.lines().skip(1) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() >= 6 && c[2] == "capital" && c[3] == "en" {
                m.entry(c[0]).or_insert(c[4]);
            }
        }
        m
    });
    CAPS.get(code).copied().unwrap_or(code)
}
