//! The embedded HS 2022 (English) and EAEU TN VED (Russian) code tables.
//!
//! Built by `scripts/hs/build_tables.py` into `data/hs/` (see its NOTICE.md);
//! together under 2 MB, so they are embedded as text and parsed once, lazily,
//! into borrowed slices of the binary's own data.

use std::collections::HashMap;
use std::sync::OnceLock;

const HS_EN: &str = include_str!("../../../data/hs/hs2022_en.tsv");
const TNVED_RU: &str = include_str!("../../../data/hs/tnved_ru.tsv");

/// One code with its descriptions in the two nomenclatures.
#[derive(Debug, Clone, Copy)]
pub struct CodeEntry {
    pub code: &'static str,
    pub en: Option<&'static str>,
    pub ru: Option<&'static str>,
}

pub struct Table {
    pub entries: Vec<CodeEntry>,
    by_code: HashMap<&'static str, usize>,
}

impl Table {
    pub fn get(&self, code: &str) -> Option<&CodeEntry> {
        self.by_code.get(code).map(|&i| &self.entries[i])
    }
}

/// The table, parsed on first use.
pub fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut entries: Vec<CodeEntry> = Vec::new();
        let mut by_code: HashMap<&'static str, usize> = HashMap::new();
        for (text, russian) in [(HS_EN, false), (TNVED_RU, true)] {
            for line in text.lines() {
                let Some((code, desc)) = line.split_once('\t') else { continue };
                let i = *by_code.entry(code).or_insert_with(|| {
                    entries.push(CodeEntry { code, en: None, ru: None });
                    entries.len() - 1
                });
                if russian {
                    entries[i].ru = Some(desc);
                } else {
                    entries[i].en = Some(desc);
                }
            }
        }
        Table { entries, by_code }
    })
}

/// Digits of a code as written by people or customs forms: `3002.41`,
/// `3002 41 000 0`, `HS 8701` all give the digits; anything with no digit
/// gives `None`. TN VED's ten digits are kept; HS comparisons use prefixes.
pub fn normalize_code(raw: &str) -> Option<String> {
    let digits: String = raw.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() < 2 || digits.len() > 10 {
        return None;
    }
    Some(digits)
}

/// A description for `code` in the wanted language, falling back to the other
/// one. Russian HS6 texts in TN VED lack their context ("новые; бывшие в
/// эксплуатации"), so the heading's first clause follows them.
pub fn describe(code: &str, russian: bool) -> String {
    let t = table();
    let lookup = |c: &str| t.get(c);
    let hs = &code[..code.len().min(6)];
    let Some(entry) = lookup(hs) else { return String::new() };
    if russian {
        if let Some(ru) = entry.ru {
            if hs.len() == 6 {
                if let Some(head) = lookup(&hs[..4]).and_then(|h| h.ru) {
                    return format!("{} ({} {}: {})", ru, "позиция", &hs[..4], first_clause(head));
                }
            }
            return ru.to_string();
        }
    }
    entry.en.or(entry.ru).unwrap_or_default().to_string()
}

fn first_clause(s: &str) -> &str {
    let end = s.find([';', '(']).unwrap_or(s.len());
    s[..end].trim_end_matches([',', ' '])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_nomenclatures_join_on_hs_codes() {
        let e = table().get("300241").expect("vaccines for human medicine");
        assert!(e.en.unwrap().contains("human medicine"));
        assert!(e.ru.unwrap().contains("вакцины"));
        assert!(table().get("8701").unwrap().en.unwrap().starts_with("Tractors"));
    }

    #[test]
    fn codes_normalize_from_common_spellings() {
        assert_eq!(normalize_code("3002.41").as_deref(), Some("300241"));
        assert_eq!(normalize_code("HS 8701").as_deref(), Some("8701"));
        assert_eq!(normalize_code("8701 91 100 0").as_deref(), Some("8701911000"));
        assert_eq!(normalize_code("n/a"), None);
    }

    #[test]
    fn russian_hs6_descriptions_carry_their_heading() {
        let d = describe("870191", true);
        assert!(d.contains("Тракторы"), "{d}");
        assert!(describe("8701", false).starts_with("Tractors"));
    }
}
