//! Text keys the registry computes: content hashes, SimHash fingerprints,
//! stemmed search text and entity name keys.
//!
//! Search text is stemmed *before* it reaches the database (Snowball English
//! for Latin words, Snowball Russian for Cyrillic words, `ё` folded to `е`),
//! so FTS5 and PostgreSQL's `simple` tsvector index the very same tokens and
//! both backends answer a query identically.

use rust_stemmers::{Algorithm, Stemmer};
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

fn stemmers() -> &'static (Stemmer, Stemmer) {
    static S: OnceLock<(Stemmer, Stemmer)> = OnceLock::new();
    S.get_or_init(|| (Stemmer::create(Algorithm::English), Stemmer::create(Algorithm::Russian)))
}

/// Lower case, `ё` → `е`, and split on anything that is not a letter or digit.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().flat_map(char::to_lowercase).map(|c| if c == 'ё' { 'е' } else { c }).collect())
}

fn is_cyrillic(word: &str) -> bool {
    word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

/// The Snowball stem of one lower-cased word, by its script.
pub fn stem(word: &str) -> String {
    let (en, ru) = stemmers();
    if is_cyrillic(word) {
        ru.stem(word).into_owned()
    } else if word.chars().all(|c| c.is_ascii_alphabetic()) {
        en.stem(word).into_owned()
    } else {
        word.to_string()
    }
}

/// Stemmed tokens of a text, space separated: what the full-text index stores.
pub fn search_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for w in words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&stem(&w));
    }
    out
}

/// Stemmed query tokens (deduplicated, in order).
pub fn query_terms(query: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for w in words(query) {
        let s = stem(&w);
        if !terms.contains(&s) {
            terms.push(s);
        }
    }
    terms
}

/// Hash of the normalized text: case, `ё`, punctuation and whitespace do not
/// matter, so a re-encoded or re-wrapped copy of the same article is the same content.
pub fn content_hash(text: &str) -> String {
    let mut h = Sha256::new();
    for w in words(text) {
        h.update(w.as_bytes());
        h.update(b" ");
    }
    let d = h.finalize();
    d.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    // A final avalanche: FNV's high bits are weak for short inputs.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h
}

/// 64-bit SimHash over stemmed 3-word shingles. Reprints of one release
/// (different boilerplate, a changed headline) land within a few bits.
pub fn simhash(text: &str) -> u64 {
    let toks: Vec<String> = words(text).map(|w| stem(&w)).collect();
    if toks.is_empty() {
        return 0;
    }
    let mut acc = [0i32; 64];
    let n = if toks.len() >= 3 { toks.len() - 2 } else { 1 };
    for i in 0..n {
        let sh = toks[i..(i + 3).min(toks.len())].join(" ");
        let h = fnv1a(sh.as_bytes());
        for (bit, a) in acc.iter_mut().enumerate() {
            if h >> bit & 1 == 1 {
                *a += 1;
            } else {
                *a -= 1;
            }
        }
    }
    acc.iter().enumerate().fold(0u64, |f, (bit, a)| if *a > 0 { f | 1 << bit } else { f })
}

/// Four 16-bit bands of a SimHash. Two fingerprints within Hamming distance 3
/// share at least one band exactly, so an indexed equality lookup finds them.
pub fn bands(h: u64) -> [i64; 4] {
    [(h & 0xffff) as i64, (h >> 16 & 0xffff) as i64, (h >> 32 & 0xffff) as i64, (h >> 48 & 0xffff) as i64]
}

/// How many SimHash bits may differ for two texts to be near-duplicates.
pub const NEAR_DUP_BITS: u32 = 3;

const NAME_STOP_WORDS: &[&str] = &[
    "the", "of", "and", "republic", "llc", "ltd", "limited", "jsc", "pjsc", "ojsc", "cjsc", "inc", "corp",
    "corporation", "co", "company", "ooo", "ao", "pao", "oao", "zao", "gmbh", "ag", "sa", "plc", "llp", "too",
    "ojs", "nv", "bv", "se",
];

/// Resolution key of a name: transliterated to ASCII, lower case,
/// punctuation and legal-form/stop words dropped (`"АО «Фармстандарт»"` → `farmstandart`).
pub fn name_key(name: &str) -> String {
    let ascii = any_ascii::any_ascii(name).to_lowercase();
    ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !NAME_STOP_WORDS.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The blocking key used to limit fuzzy comparisons: the first two characters.
pub fn name_block(key: &str) -> String {
    key.chars().take(2).collect()
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (`None` for partial dates).
pub fn day_number(date: &str) -> Option<i64> {
    let mut it = date.split('-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: i64 = it.next()?.parse().ok()?;
    let d: i64 = it.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146097 + doe - 719468)
}

/// The `YYYY-MM-DD` date of a day number (inverse of [`day_number`]).
pub fn date_of_day(z: i64) -> String {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    format!("{y:04}-{m:02}-{d:02}")
}

/// Current UTC time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let (days, rem) = (secs.div_euclid(86400), secs.rem_euclid(86400));
    format!("{}T{:02}:{:02}:{:02}Z", date_of_day(days), rem / 3600, rem / 60 % 60, rem % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_both_languages_and_folds_yo() {
        assert_eq!(search_text("Vaccines vaccine"), "vaccin vaccin");
        assert_eq!(query_terms("вакцины вакцину"), vec![stem("вакцина")]);
        assert_eq!(search_text("ёлка"), search_text("елка"));
    }

    #[test]
    fn content_hash_ignores_case_and_spacing() {
        assert_eq!(content_hash("Roche signed,  a deal."), content_hash("roche signed a deal"));
        assert_ne!(content_hash("Roche signed a deal"), content_hash("Roche signed two deals"));
    }

    #[test]
    fn simhash_is_close_for_reprints_and_far_for_others() {
        let a = "The Ministry of Health of Kazakhstan and Roche signed a memorandum on the localization of oncology drugs in Almaty, the ministry said on Monday. The plant will produce biosimilars from 2025.";
        let b = "ASTANA. The Ministry of Health of Kazakhstan and Roche signed a memorandum on the localization of oncology drugs in Almaty, the ministry said on Monday. The plant will produce biosimilars from 2025. Read more news.";
        let c = "Belarus and Uzbekistan discussed supplies of tractors and combine harvesters at a meeting in Minsk, where the sides also agreed to expand trade in food products next year.";
        let (ha, hb, hc) = (simhash(a), simhash(b), simhash(c));
        assert!((ha ^ hb).count_ones() < (ha ^ hc).count_ones());
        assert!((ha ^ hc).count_ones() > NEAR_DUP_BITS);
    }

    #[test]
    fn name_keys_drop_legal_forms_and_transliterate() {
        assert_eq!(name_key("Pharmstandard JSC"), "pharmstandard");
        assert_eq!(name_key("АО «Фармстандарт»"), "farmstandart");
        assert_eq!(name_key("The Ministry of Health"), "ministry health");
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-02"), Some(1));
        assert_eq!(day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(), 2);
        assert_eq!(day_number("2024-03"), None);
        for d in ["2024-02-29", "1999-12-31", "2023-01-01"] {
            assert_eq!(date_of_day(day_number(d).unwrap()), d);
        }
    }
}
