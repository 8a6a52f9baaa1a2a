//! Language guess.
use onshore_core::Lang;

/// What language a text is in, as far as onshore can tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LangGuess {
    /// A language onshore extracts from.
    Known(Lang),
    /// Another language, by ISO 639-1 code ("uk", "kk", "de"...): reported, not extracted.
    Other(String),
    /// Too little text, or no letters.
    Unknown,
}

pub fn detect_language(text: &str) -> LangGuess {
    let (mut cyr, mut lat) = (0usize, 0usize);
    for c in text.chars() {
        if ('\u{0400}'..='\u{04FF}').contains(&c) {
            cyr += 1;
        } else if c.is_ascii_alphabetic() {
            lat += 1;
        }
    }
    if cyr + lat < 3 {
        LangGuess::Unknown
    } else if cyr >= lat {
        LangGuess::Known(Lang::Ru)
    } else {
        LangGuess::Known(Lang::En)
    }
}
