//! A phrase dictionary over tokens: the one matching mechanism behind countries,
//! regions, cities, organizations and agencies.
//!
//! Forms are tokenized exactly like the text, so `Dr. Reddy's` in a table meets
//! `Dr. Reddy's` in an article. Lookups go longest phrase first. Case rules keep
//! common words out: a form written with a capital only matches a capitalized
//! word (`Turkey` not `turkey`, `Integral` not `integral`), and a short all-caps
//! form only matches the same capitals (`РК`, `MAZ`, `WHO`). A form ending in
//! `*` is a Russian stem: its last word also matches with up to three more letters
//! (`Биокад*` meets `Биокада`, `Биокадом`).

use crate::text::{is_cyrillic, key_hash, normalize, tokenize, Token};
use rustc_hash::FxHashMap as HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CaseRule {
    Any,
    Capitalized,
    Exact,
}

#[derive(Debug, Clone)]
struct Form<V> {
    value: V,
    case: CaseRule,
    /// The form's own words, for exact-case checks.
    surface: Vec<String>,
}

/// Phrase dictionary from token sequences to values.
#[derive(Debug, Clone)]
pub struct Lexicon<V> {
    exact: HashMap<String, Vec<Form<V>>>,
    /// Forms with Russian words, keyed by the Snowball stems of their words.
    stemmed: HashMap<String, Vec<Form<V>>>,
    stems: HashMap<String, Vec<Form<V>>>,
    max_len: usize,
    /// How many letters a `*` stem may be followed by.
    max_suffix: usize,
    /// First words (normalized and stemmed) of all forms, by [`key_hash`], with the
    /// length of the longest form each starts: most tokens start no form at all, and
    /// this map lets the scan skip them, and try only the phrase lengths a start can
    /// have. Keyed by hash so that the check is an integer lookup on the token's own
    /// precomputed hashes; two words sharing a hash share the larger length, which
    /// only costs a lookup that fails.
    first_words: HashMap<u64, usize>,
    /// First words of forms that may start lower-case; a lower-case token can start
    /// no other form, so it is checked against this (usually tiny) map only.
    lower_first_words: HashMap<u64, usize>,
}

/// A dictionary hit: token range `[start, end)` and the value.
#[derive(Debug, Clone)]
pub struct Hit<V> {
    pub start: usize,
    pub end: usize,
    pub value: V,
}

impl<V: Clone> Default for Lexicon<V> {
    fn default() -> Self {
        Lexicon { exact: HashMap::default(), stemmed: HashMap::default(), stems: HashMap::default(), max_len: 0, max_suffix: 3, first_words: HashMap::default(), lower_first_words: HashMap::default() }
    }
}

impl<V: Clone> Lexicon<V> {
    /// A lexicon whose stems take up to `n` more letters (common words inflect more than names).
    pub fn with_max_suffix(n: usize) -> Self {
        Lexicon { max_suffix: n, ..Self::default() }
    }

    pub fn insert(&mut self, form: &str, value: V) {
        self.insert_with(form, value, true)
    }

    /// Insert a form that must be met exactly (no stem matching): for tables that
    /// already list every case form, where stems would collide (`Мантурово` and `Мантуров`).
    pub fn insert_exact(&mut self, form: &str, value: V) {
        self.insert_with(form, value, false)
    }

    fn insert_with(&mut self, form: &str, value: V, allow_stemmed: bool) {
        let (form, stem) = match form.strip_suffix('*') {
            Some(f) => (f, true),
            None => (form, false),
        };
        let toks = tokenize(form.trim());
        if toks.is_empty() {
            return;
        }
        let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
        let upper = letters.iter().filter(|c| c.is_uppercase()).count();
        let case = if upper >= 2 && upper * 2 >= letters.len() && letters.len() <= 6 {
            CaseRule::Exact
        } else if letters.first().is_some_and(|c| c.is_uppercase()) {
            CaseRule::Capitalized
        } else {
            CaseRule::Any
        };
        let key = toks.iter().map(|t| &*t.norm).collect::<Vec<_>>().join(" ");
        let n = toks.len();
        let note = |map: &mut HashMap<u64, usize>, word: &str| {
            let longest = map.entry(key_hash(word)).or_insert(0);
            *longest = (*longest).max(n);
        };
        note(&mut self.first_words, &toks[0].norm);
        note(&mut self.first_words, &toks[0].stem);
        if case == CaseRule::Any {
            note(&mut self.lower_first_words, &toks[0].norm);
            note(&mut self.lower_first_words, &toks[0].stem);
        }
        let entry = Form { value, case, surface: toks.iter().map(|t| t.text.to_string()).collect() };
        self.max_len = self.max_len.max(toks.len());
        if allow_stemmed && !stem && toks.iter().any(|t| t.is_cyrillic()) {
            let skey = toks.iter().map(|t| &*t.stem).collect::<Vec<_>>().join(" ");
            self.stemmed.entry(skey).or_default().push(entry.clone());
        }
        let map = if stem { &mut self.stems } else { &mut self.exact };
        map.entry(key).or_default().push(entry);
    }



    fn accept(form: &Form<V>, toks: &[Token<'_>]) -> bool {
        match form.case {
            CaseRule::Any => true,
            CaseRule::Capitalized => toks[0].is_capitalized() || !toks[0].is_word,
            CaseRule::Exact => toks
                .iter()
                .zip(&form.surface)
                .all(|(t, s)| t.text.starts_with(s.as_str()) || t.text == s),
        }
    }

    /// `key` and `skey` are the tokens' norms and stems joined by spaces: the scan
    /// builds them once per start and hands out prefixes, rather than one string per try.
    fn lookup_keyed(&self, toks: &[Token<'_>], key: &str, skey: &str) -> Option<V> {
        if let Some(forms) = self.exact.get(key) {
            if let Some(f) = forms.iter().find(|f| Self::accept(f, toks)) {
                return Some(f.value.clone());
            }
        }
        let last = toks.last()?;
        // A one-word stem shorter than five letters meets too many words (Дания and данные share "дан").
        if toks.iter().any(|t| t.is_cyrillic()) && (toks.len() > 1 || toks[0].stem.chars().count() >= 5) {
            if let Some(forms) = self.stemmed.get(skey) {
                if let Some(f) = forms.iter().find(|f| Self::accept(f, toks)) {
                    return Some(f.value.clone());
                }
            }
        }
        if self.stems.is_empty() {
            return None;
        }
        if !last.is_cyrillic() {
            return self.stems.get(key).and_then(|fs| fs.iter().find(|f| Self::accept(f, toks))).map(|f| f.value.clone());
        }
        let prefix = &key[..key.len() - last.norm.len()];
        let norm: &str = &last.norm;
        // The word as written, then cut by one more Cyrillic letter at a time.
        let mut k = String::with_capacity(key.len());
        let mut tails = norm.char_indices().rev();
        let mut end = norm.len();
        for cut in 0..=self.max_suffix.min(norm.chars().count().saturating_sub(2)) {
            if cut > 0 {
                match tails.next() {
                    Some((at, c)) if is_cyrillic(c) => end = at,
                    _ => break,
                }
            }
            k.clear();
            k.push_str(prefix);
            k.push_str(&norm[..end]);
            if let Some(forms) = self.stems.get(k.as_str()) {
                if let Some(f) = forms.iter().find(|f| Self::accept(f, toks)) {
                    return Some(f.value.clone());
                }
            }
        }
        None
    }

    /// The longest form that may start at this token, if any may.
    fn may_start(&self, t: &Token<'_>) -> Option<usize> {
        let lower = t.is_word && !t.is_capitalized() && !t.text.starts_with(|c: char| c.is_ascii_digit());
        let map = if lower { &self.lower_first_words } else { &self.first_words };
        if map.is_empty() {
            return None;
        }
        let norm: &str = &t.norm;
        let direct = map.get(&t.norm_hash).copied();
        // Most words are their own stem: one lookup does.
        let direct = if t.stem_hash != t.norm_hash { direct.max(map.get(&t.stem_hash).copied()) } else { direct };
        if direct.is_some() || lower {
            return direct;
        }
        // A one-word `*` stem form starts with a prefix of this word.
        if !self.stems.is_empty() && t.is_cyrillic() {
            let chars = norm.chars().count();
            let cuts = self.max_suffix.min(chars.saturating_sub(2));
            for (at, _) in norm.char_indices().rev().take(cuts) {
                if let Some(&n) = self.first_words.get(&key_hash(&norm[..at])) {
                    return Some(n);
                }
            }
        }
        None
    }

    /// All non-overlapping hits, scanning left to right, longest phrase first.
    pub fn find(&self, toks: &[Token<'_>]) -> Vec<Hit<V>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let Some(longest) = self.may_start(&toks[i]) else {
                i += 1;
                continue;
            };
            let mut matched = false;
            let max = longest.min(self.max_len).min(toks.len() - i);
            let (mut key, mut skey) = (String::new(), String::new());
            let mut ends: Vec<(usize, usize)> = Vec::with_capacity(max);
            for t in &toks[i..i + max] {
                if !key.is_empty() {
                    key.push(' ');
                    skey.push(' ');
                }
                key.push_str(&t.norm);
                skey.push_str(&t.stem);
                ends.push((key.len(), skey.len()));
            }
            for len in (1..=max).rev() {
                let (k, sk) = ends[len - 1];
                if let Some(v) = self.lookup_keyed(&toks[i..i + len], &key[..k], &skey[..sk]) {
                    // A hit must not end inside a hyphenated or joined word.
                    out.push(Hit { start: i, end: i + len, value: v });
                    i += len;
                    matched = true;
                    break;
                }
            }
            if !matched {
                i += 1;
            }
        }
        out
    }
}

/// Whether a party key is an ISO code (`BY`, `RU-VLA`) rather than a name.
pub fn is_code(s: &str) -> bool {
    let (head, tail) = s.split_once('-').unwrap_or((s, ""));
    head.len() == 2 && head.chars().all(|c| c.is_ascii_uppercase()) && tail.len() <= 3 && tail.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Normalized key for comparing names loosely (dedup of entities).
pub fn name_key(s: &str) -> String {
    normalize(s).chars().filter(|c| c.is_alphanumeric() || c.is_whitespace()).collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(lex: &Lexicon<&'static str>, text: &str) -> Vec<&'static str> {
        lex.find(&tokenize(text)).into_iter().map(|h| h.value).collect()
    }

    #[test]
    fn longest_phrase_wins_and_case_rules_hold() {
        let mut lex = Lexicon::default();
        lex.insert("Turkey", "TR");
        lex.insert("United States", "US");
        lex.insert("United", "X");
        lex.insert("РК", "KZ");
        lex.insert("белорусский", "BY");
        assert_eq!(hits(&lex, "the United States and Turkey"), ["US", "TR"]);
        assert_eq!(hits(&lex, "roast turkey"), Vec::<&str>::new());
        assert_eq!(hits(&lex, "Минздрав РК и рк"), ["KZ"]);
        assert_eq!(hits(&lex, "Белорусский завод"), ["BY"]);
    }

    #[test]
    fn russian_phrases_meet_their_case_forms() {
        let mut lex = Lexicon::default();
        lex.insert("медицинское оборудование", "devices");
        lex.insert("Владимирская область", "RU-VLA");
        assert_eq!(hits(&lex, "поставки медицинского оборудования во Владимирскую область"), ["devices", "RU-VLA"]);
    }

    #[test]
    fn russian_stems_take_case_endings() {
        let mut lex = Lexicon::default();
        lex.insert("Биокад*", "BIOCAD");
        lex.insert("Фармстандарт*", "PS");
        assert_eq!(hits(&lex, "с компанией Биокадом и Фармстандарта"), ["BIOCAD", "PS"]);
        assert_eq!(hits(&lex, "Биокадовщина"), Vec::<&str>::new());
    }
}
