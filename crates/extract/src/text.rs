//! Tokens with byte offsets, and the normalization every dictionary lookup shares.

use std::borrow::Cow;
use std::ops::Range;

/// A token of the input: a word (letters/digits with inner `-`, `'`, `’`, `.` joins
/// such as `R-Pharm`, `Reddy's`, `VEB.RF`) or a single punctuation character.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub text: &'a str,
    pub span: Range<usize>,
    /// Lower case, `ё`→`е`, curly apostrophes straightened: the lookup key.
    /// Borrowed from the text when it is already in that form (most words).
    pub norm: Cow<'a, str>,
    /// Snowball stem of `norm` for Cyrillic words (so case endings meet), else `norm`.
    pub stem: Cow<'a, str>,
    pub is_word: bool,
    /// [`key_hash`] of `norm` and of `stem`, computed once here: every dictionary
    /// asks of every token whether a phrase may start with it, and answers from these.
    pub norm_hash: u64,
    pub stem_hash: u64,
    /// Whether the token has a Cyrillic letter: asked by many rules of the same token.
    cyrillic: bool,
}

/// The hash dictionaries index first words by (any stable hash will do: it only
/// rules tokens out, the phrase lookups themselves compare the words).
#[inline]
pub fn key_hash(word: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(word)
}

impl<'a> Token<'a> {
    fn new(text: &'a str, span: Range<usize>, norm: Cow<'a, str>, stem: Cow<'a, str>, is_word: bool) -> Self {
        let norm_hash = key_hash(&norm);
        let stem_hash = if stem == norm { norm_hash } else { key_hash(&stem) };
        let cyrillic = norm.chars().any(is_cyrillic);
        Token { text, span, norm, stem, is_word, norm_hash, stem_hash, cyrillic }
    }
}

impl Token<'_> {
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(is_upper)
    }
    pub fn is_all_caps(&self) -> bool {
        let mut letters = self.text.chars().filter(|c| c.is_alphabetic()).peekable();
        letters.peek().is_some() && letters.all(|c| c.is_uppercase())
    }
    pub fn is_cyrillic(&self) -> bool {
        self.cyrillic
    }
}

/// `char::is_uppercase`, with ASCII and the Russian alphabet answered without the Unicode tables.
#[inline]
pub fn is_upper(c: char) -> bool {
    match c {
        'A'..='Z' | 'А'..='Я' | 'Ё' => true,
        'a'..='z' | 'а'..='я' | 'ё' => false,
        c if c.is_ascii() => false,
        c => c.is_uppercase(),
    }
}

pub fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// `char::is_alphanumeric`, with letters answered by [`onshore_analyze::is_letter`]'s
/// fast path: tokenizing asks it of every character.
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_digit() || onshore_analyze::is_letter(c) || (!c.is_ascii() && c.is_numeric())
}

/// [`normalize`], borrowing when nothing changes.
pub fn normalize_cow(s: &str) -> Cow<'_, str> {
    // Lower-case Russian words (most of a Russian text) are already normal too.
    if s.chars().all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-' | '\'' | '.' | '&' | 'а'..='я')) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(normalize(s))
    }
}

/// Lower case with `ё`→`е`, curly apostrophes and non-ASCII hyphens straightened. Every
/// sentence and most capitalized words pass through here, so ASCII and the Russian alphabet
/// are answered without the Unicode case tables (a test holds this to the general rule).
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            '`' => out.push('\''),
            c if c.is_ascii() => out.push(c),
            'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
            'а'..='я' => out.push(c),
            'Ё' | 'ё' => out.push('е'),
            c => out.extend(c.to_lowercase().map(fold_char)),
        }
    }
    out
}

/// What [`normalize`] makes of a character already in lower case.
fn fold_char(c: char) -> char {
    match c {
        'ё' => 'е',
        '’' | '‘' | 'ʼ' | '`' => '\'',
        '‑' | '–' => '-',
        c => c,
    }
}

static RU_STEMMER: std::sync::LazyLock<rust_stemmers::Stemmer> =
    std::sync::LazyLock::new(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Russian));

/// How many stems a thread remembers before it starts over.
const STEM_CACHE_SIZE: usize = 1 << 15;

/// [`RU_STEMMER`]'s stem of a normalized Cyrillic word, remembered per thread: word forms
/// repeat (a few thousand cover most of any news text) and the Snowball algorithm costs
/// far more than a lookup. A pure memo: the answer is the stemmer's, whatever the cache holds.
fn cached_stem(norm: &str) -> String {
    thread_local! {
        static STEMS: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Box<str>>> = Default::default();
    }
    STEMS.with(|cell| {
        let mut stems = cell.borrow_mut();
        if let Some(stem) = stems.get(norm) {
            return stem.to_string();
        }
        let stem = RU_STEMMER.stem(norm).into_owned();
        if stems.len() >= STEM_CACHE_SIZE {
            stems.clear();
        }
        stems.insert(norm.into(), stem.as_str().into());
        stem
    })
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‑' | '.' | '&')
}

/// A word typed in two alphabets ("Моcква" with a Latin c, "Оmninvest" with a Cyrillic О,
/// as some sites write to defeat copying) is read in the alphabet most of its letters are in.
fn unmix_scripts(norm: Cow<'_, str>) -> Cow<'_, str> {
    if norm.is_ascii() || !norm.bytes().any(|b| b.is_ascii_lowercase()) {
        return norm;
    }
    let cyrillic = norm.chars().filter(|&c| is_cyrillic(c)).count();
    let latin = norm.chars().filter(|c| c.is_ascii_lowercase()).count();
    if cyrillic == 0 {
        return norm;
    }
    const PAIRS: &[(char, char)] = &[('a', 'а'), ('e', 'е'), ('o', 'о'), ('p', 'р'), ('c', 'с'), ('x', 'х'), ('y', 'у'), ('k', 'к'), ('m', 'м'), ('t', 'т'), ('h', 'н'), ('b', 'в')];
    let to_cyrillic = cyrillic >= latin;
    let folded: String = norm
        .chars()
        .map(|c| match PAIRS.iter().find(|(l, r)| if to_cyrillic { *l == c } else { *r == c }) {
            Some(&(l, r)) => if to_cyrillic { r } else { l },
            None => c,
        })
        .collect();
    // Only a word the lookalikes make whole in one alphabet is read so; "COVID-вакцина" stays.
    let one_alphabet = folded.chars().all(|c| !c.is_alphabetic() || if to_cyrillic { is_cyrillic(c) } else { c.is_ascii_lowercase() });
    if one_alphabet { Cow::Owned(folded) } else { norm }
}

/// Split text into tokens. A joiner between two word characters stays inside the
/// word (`R-Pharm`, `VEB.RF`, `T&T`); elsewhere punctuation stands alone.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if is_word_char(c) {
            let mut j = i + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                // "16:56Чуйская область": a time glued to the word after it; digits never run
                // straight into a capitalized Cyrillic word.
                if is_word_char(cj) && !(chars[j - 1].1.is_ascii_digit() && cj.is_uppercase() && is_cyrillic(cj)) {
                    j += 1;
                } else if is_word_char(cj) {
                    break;
                } else if cj == '.' && j == i + 1 && c.is_uppercase() && j + 2 < chars.len() && chars[j + 1].1.is_uppercase() && chars[j + 2].1.is_lowercase() {
                    // "Х.Кобаяши", "N.Enkhtaivan": an initial written close to the surname.
                    break;
                } else if is_joiner(cj) && j + 1 < chars.len() && is_word_char(chars[j + 1].1) {
                    // A dot joins only inside abbreviations such as VEB.RF or 24.kg, not at
                    // a sentence end followed by a capital after a space (there is no space here).
                    j += 2;
                } else {
                    break;
                }
            }
            let end = if j < chars.len() { chars[j].0 } else { text.len() };
            // An English possessive stands apart ("Uzbekistan's" → "Uzbekistan" "'s"),
            // so the name before it meets the dictionaries.
            let t = &text[start..end];
            let poss = ["'s", "’s", "'S", "’S"].iter().find(|p| t.len() > p.len() + 1 && t.ends_with(*p));
            let (word_end, tail) = match poss {
                Some(p) => (end - p.len(), Some(end - p.len()..end)),
                None => (end, None),
            };
            let t = &text[start..word_end];
            let norm = unmix_scripts(normalize_cow(t));
            let stem = if norm.chars().any(is_cyrillic) && norm.chars().count() > 3 { Cow::Owned(cached_stem(&norm)) } else { norm.clone() };
            out.push(Token::new(t, start..word_end, norm, stem, true));
            if let Some(r) = tail {
                let pt = &text[r.clone()];
                out.push(Token::new(pt, r, Cow::Borrowed("'s"), Cow::Borrowed("'s"), false));
            }
            i = j;
        } else if c.is_whitespace() {
            i += 1;
        } else {
            let end = start + c.len_utf8();
            let t = &text[start..end];
            let norm = normalize_cow(t);
            out.push(Token::new(t, start..end, norm.clone(), norm, false));
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn joins_inner_hyphens_dots_and_apostrophes() {
        assert_eq!(words("R-Pharm and Dr. Reddy's, VEB.RF."), ["R-Pharm", "and", "Dr", ".", "Reddy", "'s", ",", "VEB.RF", "."]);
        assert_eq!(words("Uzbekistan’s ministry"), ["Uzbekistan", "’s", "ministry"]);
        assert_eq!(words("«Фарм-Холдинг» в Минске"), ["«", "Фарм-Холдинг", "»", "в", "Минске"]);
    }

    #[test]
    fn normalizes_yo_and_apostrophes() {
        assert_eq!(normalize("Ёлка’s"), "елка's");
    }

    #[test]
    fn fast_paths_agree_with_the_unicode_case_tables() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
        }
        let general = |s: &str| s.chars().flat_map(char::to_lowercase).map(fold_char).collect::<String>();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(normalize(&s), general(&s), "{c:?} (U+{:04X})", c as u32);
        }
        let mixed = "ÀÉ Über İstanbul ЁЛКА ʼ‘’` ‑– ΣΑΣ";
        assert_eq!(normalize(mixed), general(mixed));
    }
}
