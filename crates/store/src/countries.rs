//! Country names for display and for queries like `--country Kazakhstan`
//! or `--country Казахстан`. Extractions name countries by ISO code only,
//! so the names come from the project's gazetteer (`data/gazetteer/countries.tsv`,
//! built from CLDR and iso-codes; see its LICENSES.md), read at compile time.

use std::collections::HashMap;
use std::sync::OnceLock;

const TSV: &str = include_str!("../../../data/gazetteer/countries.tsv");

struct Table {
    names: HashMap<String, String>,
    codes: HashMap<String, String>,
}

fn fold(s: &str) -> String {
    s.trim().to_lowercase().replace('ё', "е")
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut names = HashMap::new();
        let mut codes = HashMap::new();
        for line in TSV.lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            let [code, name_en, kind, _lang, form, ..] = cols.as_slice() else { continue };
            if code.len() != 2 {
                continue;
            }
            names.entry(code.to_string()).or_insert_with(|| name_en.to_string());
            codes.entry(fold(name_en)).or_insert_with(|| code.to_string());
            if *kind == "name" {
                codes.entry(fold(form)).or_insert_with(|| code.to_string());
            }
        }
        Table { names, codes }
    })
}

/// English name of an ISO 3166-1 alpha-2 code (`KZ` → `Kazakhstan`).
pub fn name(code: &str) -> Option<&'static str> {
    table().names.get(code).map(String::as_str)
}

/// The code a country name means, in English or Russian, any case form the gazetteer lists.
pub fn code(name: &str) -> Option<&'static str> {
    table().codes.get(&fold(name)).map(String::as_str)
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_and_codes() {
        assert_eq!(super::name("KZ"), Some("Kazakhstan"));
        assert_eq!(super::code("kazakhstan"), Some("KZ"));
        assert_eq!(super::code("Казахстан"), Some("KZ"));
        assert_eq!(super::code("Narnia"), None);
    }
}
