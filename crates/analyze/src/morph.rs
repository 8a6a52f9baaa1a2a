//! Russian morphology: lemmas and nominative person names.
//!
//! Backed by `rumorph` (OpenCorpora dictionary, CC-BY-SA-4.0; code MIT),
//! which loads in milliseconds from data compiled into the binary and parses a
//! word in about a microsecond. It is a single-author crate, so it is pinned
//! and hidden behind [`RuMorphology`]; [`SuffixRules`] stands in when the
//! dictionary cannot be loaded, and is the swap-in point for another analyzer.

use crate::normalize_yo;
use rumorph::{Analysis, Dictionary};
use std::sync::LazyLock;

/// What extraction needs from a Russian morphological analyzer.
pub trait RuMorphology: Send + Sync {
    /// Lower-case lemma of a word form, `ё` written as `е`.
    fn lemma(&self, word: &str) -> String;
    /// Distinct lower-case lemmas of every reading of a word form (most likely first).
    fn lemmas(&self, word: &str) -> Vec<String>;
    /// Nominative singular of a person-name token sequence, capitalised like names.
    fn name_nominative(&self, tokens: &[&str]) -> Vec<String>;
}

static MORPHOLOGY: LazyLock<Box<dyn RuMorphology>> = LazyLock::new(|| match Dictionary::bundled() {
    Ok(dict) => Box::new(Rumorph { dict }),
    Err(_) => Box::new(SuffixRules),
});

/// The analyzer in use (the bundled dictionary, loaded on first use).
pub fn ru_morphology() -> &'static dyn RuMorphology {
    MORPHOLOGY.as_ref()
}

/// Lemma of a Russian word: "Беларуси" -> "беларусь", "соглашений" -> "соглашение".
pub fn ru_lemma(word: &str) -> String {
    ru_morphology().lemma(word)
}

/// Nominative of a person name given as tokens in any case:
/// ["Алексея", "Цоя"] -> ["Алексей", "Цой"]. Initials and non-Cyrillic tokens
/// are kept as they are.
pub fn ru_name_nominative(tokens: &[&str]) -> Vec<String> {
    ru_morphology().name_nominative(tokens)
}

struct Rumorph {
    dict: Dictionary,
}

const CASES: &[&str] = &["Nom", "Gen", "Dat", "Acc", "Ins", "Loc"];
const GENDERS: &[&str] = &["Masc", "Fem"];

/// One reading of a name token, reduced to what agreement needs.
struct NameReading {
    analysis: Analysis,
    gender: Option<&'static str>,
    case: Option<&'static str>,
    indeclinable: bool,
    prob: f64,
}

impl Rumorph {
    fn name_readings(&self, token: &str) -> Vec<NameReading> {
        let analyses = self.dict.analyze(token);
        let mut readings = Vec::new();
        let mut fallback = Vec::new();
        for a in analyses {
            let Some(tag) = self.dict.ud_tag(a.ud) else { continue };
            let pos = tag.pos();
            if tag.feat("Number") == Some("Plur") {
                continue;
            }
            let reading = NameReading {
                gender: tag.feat("Gender").and_then(|g| GENDERS.iter().copied().find(|x| *x == g)),
                case: tag.feat("Case").and_then(|c| CASES.iter().copied().find(|x| *x == c)),
                indeclinable: tag.feat("InflClass") == Some("Ind"),
                prob: a.prob,
                analysis: a,
            };
            if tag.feat("NameType").is_some_and(|t| matches!(t, "Giv" | "Sur" | "Pat")) {
                readings.push(reading);
            } else if matches!(pos, "PROPN" | "NOUN" | "ADJ") {
                fallback.push(reading);
            }
        }
        if readings.is_empty() {
            fallback
        } else {
            readings
        }
    }

    fn nominative(&self, reading: &NameReading, original: &str) -> String {
        let word = self
            .dict
            .inflect(&reading.analysis, &[("Case", "Nom"), ("Number", "Sing")])
            .map(|a| a.word)
            .unwrap_or_else(|| original.to_string());
        let word = if original.contains(['ё', 'Ё']) { word } else { normalize_yo(&word) };
        capitalize_name(&word)
    }
}

impl RuMorphology for Rumorph {
    fn lemma(&self, word: &str) -> String {
        match self.dict.analyze(word).first() {
            Some(a) => normalize_yo(&a.lemma.to_lowercase()),
            None => normalize_yo(&word.to_lowercase()),
        }
    }

    fn lemmas(&self, word: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for a in self.dict.analyze(word) {
            let lemma = normalize_yo(&a.lemma.to_lowercase());
            if !out.contains(&lemma) {
                out.push(lemma);
            }
        }
        out
    }

    fn name_nominative(&self, tokens: &[&str]) -> Vec<String> {
        with_punctuation_kept(tokens, |core| self.name_nominative_core(core))
    }
}

/// Run `f` on the tokens stripped of surrounding punctuation ("Цоя," "(Иванова)")
/// and put the punctuation back around its results.
fn with_punctuation_kept(tokens: &[&str], f: impl FnOnce(&[&str]) -> Vec<String>) -> Vec<String> {
    let is_punct = |c: char| !c.is_alphanumeric() && c != '-' && c != '.';
    let cores: Vec<&str> = tokens.iter().map(|t| t.trim_matches(is_punct)).collect();
    let results = f(&cores);
    tokens
        .iter()
        .zip(cores)
        .zip(results)
        .map(|((token, core), result)| {
            if core.is_empty() {
                return token.to_string();
            }
            let start = token.find(core).unwrap_or(0);
            format!("{}{}{}", &token[..start], result, &token[start + core.len()..])
        })
        .collect()
}

impl Rumorph {
    fn name_nominative_core(&self, tokens: &[&str]) -> Vec<String> {
        let readings: Vec<Option<Vec<NameReading>>> = tokens
            .iter()
            .map(|t| is_inflectable_word(t).then(|| self.name_readings(t)).filter(|r| !r.is_empty()))
            .collect();
        // Choose the gender and case that the whole name agrees on best.
        let mut best: Option<(&str, &str, f64)> = None;
        for gender in GENDERS {
            for case in CASES {
                let score: f64 = readings
                    .iter()
                    .flatten()
                    .map(|rs| {
                        rs.iter()
                            .filter(|r| r.case == Some(case) && (r.gender == Some(gender) || r.indeclinable))
                            .map(|r| r.prob)
                            .sum::<f64>()
                            + 0.001
                    })
                    .product();
                if best.is_none_or(|(_, _, s)| score > s) {
                    best = Some((gender, case, score));
                }
            }
        }
        let (gender, case, _) = best.unwrap_or(("Masc", "Nom", 0.0));
        tokens
            .iter()
            .zip(&readings)
            .map(|(token, rs)| {
                let Some(rs) = rs else { return token.to_string() };
                let agreeing = rs
                    .iter()
                    .filter(|r| r.case == Some(case) && (r.gender == Some(gender) || r.indeclinable))
                    .max_by(|a, b| a.prob.total_cmp(&b.prob));
                match agreeing {
                    Some(r) => self.nominative(r, token),
                    None => token.to_string(),
                }
            })
            .collect()
    }
}

/// A Cyrillic word (not an initial like "А." or "А.А.").
fn is_inflectable_word(token: &str) -> bool {
    let letters = token.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !token.contains('.') && token.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// "иванов-петров" -> "Иванов-Петров".
fn capitalize_name(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut upper_next = true;
    for c in word.chars() {
        if upper_next {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        upper_next = c == '-' || c == ' ';
    }
    out
}

/// Dictionary-free fallback: lower-casing for lemmas, and the commonest
/// oblique-case endings of Russian names undone. Crude, but it never invents
/// a name from nothing: a token no rule matches stays as written.
pub struct SuffixRules;

/// (ending, replacement) for masculine-looking and feminine-looking oblique forms, longest first.
const NAME_RULES: &[(&str, &str)] = &[
    ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
    ("ской", "ская"), ("ской", "ская"), ("скую", "ская"),
    ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ову", "ова"), ("еву", "ева"),
    ("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ову", "ов"), ("еву", "ев"), ("ину", "ин"),
    ("овым", "ов"), ("евым", "ев"), ("иным", "ин"), ("ове", "ов"), ("еве", "ев"), ("ине", "ин"),
    ("ича", "ич"), ("ичу", "ич"), ("ичем", "ич"), ("иче", "ич"),
    ("ея", "ей"), ("ею", "ей"), ("еем", "ей"), ("ее", "ей"),
    ("оя", "ой"), ("ою", "ой"), ("оем", "ой"), ("ое", "ой"),
    ("ия", "ий"), ("ию", "ий"), ("ием", "ий"), ("ии", "ий"),
];

impl RuMorphology for SuffixRules {
    fn lemma(&self, word: &str) -> String {
        normalize_yo(&word.to_lowercase())
    }

    fn lemmas(&self, word: &str) -> Vec<String> {
        vec![self.lemma(word)]
    }

    fn name_nominative(&self, tokens: &[&str]) -> Vec<String> {
        tokens
            .iter()
            .map(|t| {
                if !is_inflectable_word(t) {
                    return t.to_string();
                }
                let lower = t.to_lowercase();
                for (ending, replacement) in NAME_RULES {
                    if let Some(stem) = lower.strip_suffix(ending) {
                        if !stem.is_empty() {
                            return capitalize_name(&format!("{stem}{replacement}"));
                        }
                    }
                }
                t.to_string()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas() {
        let cases = [
            ("Беларуси", "беларусь"),
            ("соглашений", "соглашение"),
            ("препаратов", "препарат"),
            ("вакцины", "вакцина"),
            ("подписали", "подписать"),
            ("Казахстаном", "казахстан"),
            ("объёмы", "объем"),
        ];
        for (word, want) in cases {
            assert_eq!(ru_lemma(word), want, "{word}");
        }
    }

    #[test]
    fn lemmas_lists_every_reading() {
        let lemmas = ru_morphology().lemmas("стали");
        assert!(lemmas.contains(&"стать".to_string()) && lemmas.contains(&"сталь".to_string()), "{lemmas:?}");
    }

    #[test]
    fn names_to_nominative() {
        let cases: &[(&[&str], &[&str])] = &[
            (&["Алексея", "Цоя"], &["Алексей", "Цой"]),
            (&["Дмитрием", "Пиневичем"], &["Дмитрий", "Пиневич"]),
            (&["Ольги", "Ивановой"], &["Ольга", "Иванова"]),
            (&["Александра", "Лукашенко"], &["Александр", "Лукашенко"]),
            (&["Михаилу", "Мишустину"], &["Михаил", "Мишустин"]),
            (&["Татьяной", "Голиковой"], &["Татьяна", "Голикова"]),
            (&["Касым-Жомарта", "Токаева"], &["Касым-Жомарт", "Токаев"]),
            (&["Петром", "Ивановичем", "Сидоровым"], &["Петр", "Иванович", "Сидоров"]),
            (&["А.", "А.", "Иванова"], &["А.", "А.", "Иванова"]),
            (&["Ивановым", "А.А."], &["Иванов", "А.А."]),
            (&["John", "Smith"], &["John", "Smith"]),
            (&["Шавката", "Мирзиёева"], &["Шавкат", "Мирзиёев"]),
            (&["Ильхамом", "Алиевым"], &["Ильхам", "Алиев"]),
            (&["Эмомали", "Рахмона"], &["Эмомали", "Рахмон"]),
            (&["Садыру", "Жапарову"], &["Садыр", "Жапаров"]),
            (&["Романа", "Головченко"], &["Роман", "Головченко"]),
            (&["Марии", "Захаровой"], &["Мария", "Захарова"]),
            (&["Владимиру", "Путину"], &["Владимир", "Путин"]),
            (&["Дмитрия", "Пиневича"], &["Дмитрий", "Пиневич"]),
            (&["Мурата", "Нуртлеу"], &["Мурат", "Нуртлеу"]),
            (&["(Алексея", "Цоя),"], &["(Алексей", "Цой),"]),
            (&["Кирилла", "Рудого"], &["Кирилл", "Рудой"]),
            (&["Льва", "Толстого"], &["Лев", "Толстой"]),
            (&["Андреем", "Белым"], &["Андрей", "Белый"]),
            (&["Ивану", "Заречному"], &["Иван", "Заречный"]),
            (&["Анны", "Садовой"], &["Анна", "Садовая"]),
            (&[], &[]),
        ];
        for (tokens, want) in cases {
            assert_eq!(ru_name_nominative(tokens), want.to_vec(), "{tokens:?}");
        }
    }

    #[test]
    fn suffix_rules_fallback() {
        let rules = SuffixRules;
        assert_eq!(rules.name_nominative(&["Алексея", "Цоя"]), vec!["Алексей", "Цой"]);
        assert_eq!(rules.name_nominative(&["Пиневичем"]), vec!["Пиневич"]);
        assert_eq!(rules.name_nominative(&["Ивановой"]), vec!["Иванова"]);
        assert_eq!(rules.name_nominative(&["Лукашенко"]), vec!["Лукашенко"]);
        assert_eq!(rules.lemma("Ёлки"), "елки");
    }
}
