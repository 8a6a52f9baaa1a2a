//! Name normalization and comparison exactly as `score.py` does it.

use crate::{difflib, py};
use regex::Regex;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// Fuzzy threshold on `SequenceMatcher.ratio()` of two normalized names.
pub const FUZZY: f64 = 0.85;

/// Words dropped from names: articles, `republic`, legal forms.
const STOP: &[&str] = &[
    "the",
    "of",
    "republic",
    "and",
    "for",
    "in",
    "on",
    "co",
    "ltd",
    "llc",
    "jsc",
    "ag",
    "inc",
    "company",
    "group",
    "corporation",
    "plc",
    "sa",
    "s",
];

/// `score.py`'s `CYR` table (lowercase Russian letters only, by design).
fn translit(c: char) -> Option<&'static str> {
    const FROM: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    const TO: [&str; 33] = [
        "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
        "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    ];
    FROM.chars().position(|f| f == c).map(|k| TO[k])
}

/// Python's `[^\w\s]` for `str` patterns: `\w` is letters (L*), numbers (N*)
/// and `_` in any script (combining marks are *not* word characters),
/// `\s` is `str.isspace`.
fn punctuation() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[^\p{L}\p{N}_\s\x{1C}-\x{1F}]").expect("valid regex"))
}

/// `norm(name)`: NFKC, lower case, Cyrillic transliterated, punctuation to
/// spaces, stop words dropped, words joined by one space.
pub fn norm(name: &str) -> String {
    let lowered = name.nfkc().collect::<String>().to_lowercase();
    let mut latin = String::with_capacity(lowered.len());
    for c in lowered.chars() {
        match translit(c) {
            Some(t) => latin.push_str(t),
            None => latin.push(c),
        }
    }
    let spaced = punctuation().replace_all(&latin, " ");
    spaced
        .split(py::is_space)
        .filter(|w| !w.is_empty() && !STOP.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `same_name(a, b)` on already normalized names.
pub fn same_normalized(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    a == b || difflib::ratio(a, b) >= FUZZY
}

/// `same_name(a, b)` on raw names.
pub fn same_name(a: &str, b: &str) -> bool {
    same_normalized(&norm(a), &norm(b))
}

/// `is_code(x)`: an ISO 3166 code shape, `XX` or `XX-YYY`.
pub fn is_code(x: &str) -> bool {
    let b = x.as_bytes();
    let upper2 = b.len() >= 2 && b[0].is_ascii_uppercase() && b[1].is_ascii_uppercase();
    match b.len() {
        2 => upper2,
        4..=6 => {
            upper2
                && b[2] == b'-'
                && b[3..]
                    .iter()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        }
        _ => false,
    }
}

/// Whether a name contains a Cyrillic letter (U+0400..U+04FF).
pub fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_cases() {
        // Expected values computed with score.py's norm().
        let cases = [
            (
                "The Ministry of Health of the Republic of Kazakhstan",
                "ministry health kazakhstan",
            ),
            ("Минздрав РК", "minzdrav rk"),
            ("ООО «Фармстандарт»", "ooo farmstandart"),
            ("Roche Ltd.", "roche"),
            ("Johnson & Johnson", "johnson johnson"),
            ("Alexei Tsoi", "alexei tsoi"),
            ("Щёлково-Агрохим", "shchelkovo agrokhim"),
            ("ﬁne_name №5", "fine_name no5"),
            ("S.A.", "a"),
            ("Café", "café"),
        ];
        for (raw, want) in cases {
            assert_eq!(norm(raw), want, "{raw}");
        }
    }

    #[test]
    fn fuzzy_names() {
        assert!(same_name("Sinopharm", "SINOPHARM Co., Ltd."));
        assert!(same_name("Aleksandr Lukashenko", "Alexander Lukashenko"));
        assert!(!same_name("Sinopharm", "Sinofarm")); // ratio 0.8235 < 0.85
        assert!(!same_name("the", "of"));
        assert!(same_name("Farmstandart", "Фармстандарт"));
        assert!(!same_name("Pharmstandard", "Фармстандарт"));
    }

    #[test]
    fn codes() {
        for c in ["BY", "RU-VLA", "CN-11", "RU-A"] {
            assert!(is_code(c), "{c}");
        }
        for c in ["By", "B", "RUS", "RU-", "RU-ABCD", "RU_VLA", "ru-vla"] {
            assert!(!is_code(c), "{c}");
        }
    }
}
