//! Word-level normalisation shared by classification and matching.
//!
//! Product names arrive in English, Russian or both at once ("вакцина QazVac"),
//! so the stemmer is chosen per token by its script rather than per text.

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// Language of a piece of text, judged by the script of its letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    Latin,
    Cyrillic,
}

impl Script {
    pub fn lang_code(self) -> &'static str {
        match self {
            Script::Latin => "en",
            Script::Cyrillic => "ru",
        }
    }
}

/// The script most letters of `text` are written in (Latin when there are none).
pub fn script_of(text: &str) -> Script {
    let (mut cyr, mut lat) = (0usize, 0usize);
    for c in text.chars() {
        if is_cyrillic(c) {
            cyr += 1;
        } else if c.is_alphabetic() {
            lat += 1;
        }
    }
    if cyr > lat {
        Script::Cyrillic
    } else {
        Script::Latin
    }
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

/// Lower-cased word tokens (letters and digits), with `ё` folded to `е`.
/// Hyphenated words split ("low-power" -> "low", "power"), because HS texts
/// write the same ideas without hyphens.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                cur.push(if l == 'ё' { 'е' } else { l });
            }
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Stem of one lower-cased token, with the stemmer of its script.
pub fn stem(token: &str) -> String {
    static EN: OnceLock<Stemmer> = OnceLock::new();
    static RU: OnceLock<Stemmer> = OnceLock::new();
    if token.chars().any(|c| c.is_ascii_digit()) {
        return token.to_string();
    }
    let stemmer = if token.chars().any(is_cyrillic) {
        RU.get_or_init(|| Stemmer::create(Algorithm::Russian))
    } else {
        EN.get_or_init(|| Stemmer::create(Algorithm::English))
    };
    stemmer.stem(token).into_owned()
}

/// Stems of the tokens that carry meaning: stop words, one-letter tokens and
/// bare numbers (HS texts cite heading numbers constantly) are dropped.
pub fn content_stems(text: &str) -> Vec<String> {
    tokens(text)
        .into_iter()
        .filter(|t| is_content_token(t))
        .map(|t| stem(&t))
        .collect()
}

fn is_content_token(t: &str) -> bool {
    t.chars().count() > 1 && !t.chars().all(|c| c.is_ascii_digit()) && !is_stop_word(t)
}

/// Function words plus the boilerplate of customs nomenclatures ("n.e.c.",
/// "other", "прочие", "товарной позиции") which would otherwise match everything.
pub fn is_stop_word(t: &str) -> bool {
    const EN: &[&str] = &[
        "a", "an", "and", "or", "the", "of", "for", "in", "on", "with", "without", "to", "by",
        "from", "its", "their", "other", "others", "thereof", "nec", "whether", "not", "than",
        "such", "as", "be", "being", "at", "into", "incl", "including", "excl", "excluding",
        "etc", "heading", "headings", "subheading", "no", "item", "items", "but", "this",
        "chapter", "kind", "kinds", "used", "which", "is", "are", "put", "up", "form",
        "forms", "whose", "like", "similar", "n", "e", "c", "certain", "any",
    ];
    const RU: &[&str] = &[
        "и", "или", "в", "во", "на", "для", "из", "с", "со", "к", "по", "от", "до", "не", "без",
        "а", "также", "их", "его", "ее", "прочие", "прочий", "прочая", "прочее", "прочих",
        "кроме", "том", "числе", "товарной", "позиции", "товаров", "товары", "группы", "группе",
        "субпозиции", "данной", "виде", "являющиеся", "являющихся", "более", "менее", "но",
        "же", "что", "как", "либо", "при", "под", "над", "этого", "этой", "других", "другие",
        "аналогичные", "аналогичных", "частей", "части", "их", "ними", "них",
    ];
    EN.contains(&t) || RU.contains(&t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_fold_case_yo_and_hyphens() {
        assert_eq!(tokens("Low-power ТРАКТОРЫ, ёлки"), ["low", "power", "тракторы", "елки"]);
    }

    #[test]
    fn stemming_is_chosen_per_token_script() {
        assert_eq!(stem("tractors"), stem("tractor"));
        assert_eq!(stem("тракторы"), stem("тракторов"));
        assert_eq!(content_stems("вакцина QazVac"), [stem("вакцина"), stem("qazvac")]);
    }

    #[test]
    fn stop_words_and_numbers_are_dropped() {
        assert_eq!(content_stems("other than heading 8709"), Vec::<String>::new());
        assert_eq!(content_stems("прочие тракторы"), [stem("тракторы")]);
    }

    #[test]
    fn script_follows_the_majority_of_letters() {
        assert_eq!(script_of("диагностические наборы"), Script::Cyrillic);
        assert_eq!(script_of("QazVac vaccine"), Script::Latin);
        assert_eq!(script_of("вакцина QazVac"), Script::Cyrillic);
    }
}
