//! Product name -> HS codes.
//!
//! Two signals, combined as independent evidence (noisy-or):
//! - the curated synonym layer ([`crate::synonyms`]), which knows how the news
//!   names the domain's products in both languages;
//! - an inverted index over the HS 2022 and TN VED descriptions, one document
//!   per HS4/HS6 code holding the stems of both languages' texts, so a
//!   Russian or an English name reaches the same code.
//!
//! Scores are in [0, 1]: a whole-name synonym hit is worth its curated
//! confidence, an index hit at most [`INDEX_CEILING`], less when only part
//! of the name is found or the description is long and generic.

use crate::synonyms::SYNONYMS;
use crate::table::{self, describe};
use crate::text::{content_stems, script_of, Script};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One HS code proposed for a product, with its confidence and description.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CodeScore {
    /// Digits only: `3004` (HS4) or `300241` (HS6).
    pub code: String,
    pub score: f32,
    /// HS 2022 text, or the TN VED one when the input is Russian.
    pub description: String,
}

/// How many codes [`classify`] returns at most.
pub const MAX_CODES: usize = 5;
/// The best an index-only match can score: descriptions are generic enough
/// that a word overlap alone is never certain.
const INDEX_CEILING: f32 = 0.75;
/// A stem in more than this share of code descriptions says nothing.
const MAX_DF_SHARE: f32 = 0.08;
/// Weight of a query word the index has never seen (brand names such as
/// "QazVac"): it lowers coverage a little without drowning the rest.
const UNKNOWN_WORD_IDF: f32 = 1.0;

/// Ranked HS codes (best first, at most [`MAX_CODES`]) for a product name in
/// English or Russian. Empty when nothing in the name is recognised.
pub fn classify(text: &str) -> Vec<CodeScore> {
    let russian = script_of(text) == Script::Cyrillic;
    classify_codes(text)
        .into_iter()
        .map(|(code, score)| CodeScore { description: describe(&code, russian), code, score })
        .collect()
}

/// [`classify`] without descriptions: what matching needs, cheaper.
pub fn classify_codes(text: &str) -> Vec<(String, f32)> {
    classify_stems(&content_stems(text))
}

/// [`classify_codes`] on the output of [`crate::text::content_stems`]: the
/// codes depend on nothing else, so callers may cache by stems.
pub fn classify_stems(stems: &[String]) -> Vec<(String, f32)> {
    if stems.is_empty() {
        return vec![];
    }
    let mut scores: HashMap<String, f32> = HashMap::new();
    let mut add = |code: &str, s: f32| {
        let e = scores.entry(code.to_string()).or_insert(0.0);
        *e = 1.0 - (1.0 - *e) * (1.0 - s);
    };
    let (synonyms, synonym_coverage) = synonym_hits(stems);
    for &(code, s) in &synonyms {
        add(code, s);
    }
    // When the curated vocabulary explains the whole name, a description
    // that merely mentions the word ("syringes ... for insulin") is weak
    // evidence for a different heading.
    let explained = synonym_coverage >= 1.0;
    let vague = stems.iter().all(|s| generic_stems().contains(s));
    for (code, s) in index().search(stems) {
        let same_family = synonyms.iter().any(|(c, _)| c[..4] == code[..4]);
        let s = if vague { s.min(0.2) } else if explained && !same_family { s * 0.4 } else { s };
        add(code, s);
    }
    // An HS6 code is evidence for its heading too, so the heading is offered
    // when the text does not allow choosing the subheading.
    let hs6: Vec<(String, f32)> = scores.iter().filter(|(c, _)| c.len() == 6).map(|(c, s)| (c.clone(), *s)).collect();
    for (code, s) in hs6 {
        let head = scores.entry(code[..4].to_string()).or_insert(0.0);
        *head = head.max(s * 0.9);
    }
    let mut ranked: Vec<(String, f32)> = scores.into_iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let best = ranked.first().map(|r| r.1).unwrap_or(0.0);
    ranked.retain(|(_, s)| *s >= 0.1 && *s >= best * 0.25);
    ranked.truncate(MAX_CODES);
    for r in &mut ranked {
        r.1 = (r.1 * 1000.0).round() / 1000.0;
    }
    ranked
}

/// HS codes for an event's product list: the best code of each product and
/// any other code within reach of it, deduplicated, best first.
pub fn hs_codes_for_products(products: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in products {
        let codes = classify_codes(p);
        let Some(best) = codes.first().map(|c| c.1) else { continue };
        for (code, s) in codes {
            if s >= 0.5 && s >= best * 0.85 && !out.contains(&code) {
                out.push(code);
            }
        }
    }
    out
}

/// Fills `hs_codes` of every event that names products and has none yet.
pub fn annotate_hs_codes(extraction: &mut onshore_core::Extraction) {
    for event in &mut extraction.events {
        if event.hs_codes.is_empty() && !event.products.is_empty() {
            event.hs_codes = hs_codes_for_products(&event.products);
        }
    }
}

fn generic_stems() -> &'static Vec<String> {
    static STEMS: OnceLock<Vec<String>> = OnceLock::new();
    STEMS.get_or_init(|| crate::synonyms::GENERIC_WORDS.iter().map(|w| crate::text::stem(w)).collect())
}

struct SynonymPhrase {
    stems: Vec<String>,
    codes: Vec<(&'static str, f32)>,
}

fn synonym_phrases() -> &'static [SynonymPhrase] {
    static PHRASES: OnceLock<Vec<SynonymPhrase>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut out = Vec::new();
        for (phrases, codes) in SYNONYMS {
            let codes: Vec<(&str, f32)> = codes
                .split_whitespace()
                .map(|c| {
                    let (code, w) = c.split_once(':').expect("code:weight");
                    (code, w.parse().expect("weight"))
                })
                .collect();
            for phrase in phrases.split('|') {
                let stems = content_stems(phrase);
                if !stems.is_empty() {
                    out.push(SynonymPhrase { stems, codes: codes.clone() });
                }
            }
        }
        // Longest first: "veterinary vaccines" must win over "vaccines".
        out.sort_by_key(|p| std::cmp::Reverse(p.stems.len()));
        out
    })
}

/// Codes from synonym phrases found in the name, longest phrases first; a
/// phrase inside a longer one already found adds nothing.
fn synonym_hits(stems: &[String]) -> (Vec<(&'static str, f32)>, f32) {
    let mut covered = vec![false; stems.len()];
    let mut hits: Vec<(usize, &SynonymPhrase)> = Vec::new();
    for phrase in synonym_phrases() {
        let n = phrase.stems.len();
        if n > stems.len() {
            continue;
        }
        for start in 0..=stems.len() - n {
            let window = &stems[start..start + n];
            if window != phrase.stems.as_slice() || covered[start..start + n].iter().all(|&c| c) {
                continue;
            }
            covered[start..start + n].iter_mut().for_each(|c| *c = true);
            hits.push((n, phrase));
        }
    }
    let coverage = covered.iter().filter(|&&c| c).count() as f32 / stems.len() as f32;
    let mut out = Vec::new();
    for (_, phrase) in hits {
        for &(code, w) in &phrase.codes {
            out.push((code, w * (0.7 + 0.3 * coverage)));
        }
    }
    (out, coverage)
}

/// Inverted index from stems to the HS4/HS6 codes whose descriptions hold them.
struct Index {
    codes: Vec<&'static str>,
    doc_len: Vec<u16>,
    postings: HashMap<String, Vec<u32>>,
    max_df: usize,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(Index::build)
}

impl Index {
    fn build() -> Index {
        let mut codes = Vec::new();
        let mut doc_len = Vec::new();
        let mut postings: HashMap<String, Vec<u32>> = HashMap::new();
        for entry in &table::table().entries {
            if entry.code.len() != 4 && entry.code.len() != 6 {
                continue;
            }
            let mut stems: Vec<String> = Vec::new();
            for text in [entry.en, entry.ru].into_iter().flatten() {
                stems.extend(content_stems(text));
            }
            stems.sort();
            stems.dedup();
            let doc = codes.len() as u32;
            codes.push(entry.code);
            doc_len.push(stems.len().min(u16::MAX as usize) as u16);
            for s in stems {
                postings.entry(s).or_default().push(doc);
            }
        }
        let max_df = ((codes.len() as f32) * MAX_DF_SHARE) as usize;
        Index { codes, doc_len, postings, max_df }
    }

    fn idf(&self, df: usize) -> f32 {
        ((self.codes.len() as f32 + 1.0) / (df as f32 + 0.5)).ln()
    }

    /// Codes whose description covers the name's stems, scored by the
    /// idf-weighted share of the name found, squared (partial matches are
    /// weak), and damped for long descriptions.
    fn search(&self, stems: &[String]) -> Vec<(&'static str, f32)> {
        thread_local! {
            static SCRATCH: RefCell<(Vec<f32>, Vec<u32>)> = const { RefCell::new((Vec::new(), Vec::new())) };
        }
        let mut unique: Vec<&String> = stems.iter().collect();
        unique.sort();
        unique.dedup();
        let mut total = 0.0f32;
        let mut lists: Vec<(&Vec<u32>, f32)> = Vec::new();
        for s in unique {
            match self.postings.get(s.as_str()) {
                Some(list) => {
                    let idf = self.idf(list.len());
                    total += idf;
                    if list.len() <= self.max_df {
                        lists.push((list, idf));
                    }
                }
                None => total += UNKNOWN_WORD_IDF,
            }
        }
        if lists.is_empty() || total <= 0.0 {
            return vec![];
        }
        SCRATCH.with(|cell| {
            let (acc, touched) = &mut *cell.borrow_mut();
            acc.resize(self.codes.len(), 0.0);
            for (list, idf) in &lists {
                for &doc in list.iter() {
                    if acc[doc as usize] == 0.0 {
                        touched.push(doc);
                    }
                    acc[doc as usize] += idf;
                }
            }
            let mut out: Vec<(&'static str, f32)> = touched
                .iter()
                .map(|&doc| {
                    let coverage = (acc[doc as usize] / total).min(1.0);
                    let length_damping = 1.0 / (1.0 + 0.01 * self.doc_len[doc as usize] as f32);
                    (self.codes[doc as usize], INDEX_CEILING * coverage * coverage * length_damping)
                })
                .collect();
            for &doc in touched.iter() {
                acc[doc as usize] = 0.0;
            }
            touched.clear();
            out.sort_by(|a, b| b.1.total_cmp(&a.1));
            out.truncate(20);
            out
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_synonym_code_exists_in_the_tables() {
        for (_, codes) in SYNONYMS {
            for c in codes.split_whitespace() {
                let code = c.split_once(':').unwrap().0;
                assert!(table::table().get(code).is_some(), "unknown code {code}");
            }
        }
    }

    #[test]
    fn scores_are_ranked_and_bounded() {
        let codes = classify("diagnostic kits and reagents for laboratories");
        assert!(!codes.is_empty() && codes.len() <= MAX_CODES);
        for w in codes.windows(2) {
            assert!(w[0].score >= w[1].score);
        }
        assert!(codes.iter().all(|c| c.score > 0.0 && c.score <= 1.0));
    }

    #[test]
    fn vague_names_get_no_confident_code() {
        for name in ["equipment", "food", "raw materials", "продукция", "natural and synthetic components"] {
            let best = classify(name).first().map_or(0.0, |c| c.score);
            assert!(best <= 0.2, "{name}: {best}");
        }
    }

    #[test]
    fn events_get_the_codes_of_their_products() {
        let mut x: onshore_core::Extraction = serde_json::from_str(
            r#"{"doc":"d","lang":"en","published":null,"events":[
                {"type":"localization","parties":["KZ"],"products":["oncology drugs","syringes"],"sectors":[],"evidence":"e"},
                {"type":"supply","parties":["BY"],"products":["tractors"],"hs_codes":["8701"],"sectors":[],"evidence":"e"},
                {"type":"meeting","parties":["BY"],"sectors":[],"evidence":"e"}]}"#,
        )
        .unwrap();
        annotate_hs_codes(&mut x);
        let first = &x.events[0].hs_codes;
        assert!(first.contains(&"3004".to_string()) && first.contains(&"901831".to_string()), "{first:?}");
        assert_eq!(x.events[1].hs_codes, ["8701"], "codes already given are kept");
        assert!(x.events[2].hs_codes.is_empty());
    }

    #[test]
    fn unknown_words_give_nothing() {
        assert!(classify("qwzx flibber").is_empty());
        assert!(classify("").is_empty());
    }

    #[test]
    fn russian_input_gets_russian_descriptions() {
        let codes = classify("тракторы");
        assert_eq!(codes[0].code, "8701");
        assert!(codes[0].description.starts_with("Тракторы"), "{:?}", codes[0]);
    }
}
