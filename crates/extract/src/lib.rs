//! Entities and events from English and Russian text.
//!
//! The public surface is deliberately one call: [`extract`] takes a
//! [`Document`] and returns the interchange [`Extraction`], or says why the
//! document was skipped (a language onshore does not read, or no text).
//!
//! The pipeline, per document:
//! 1. analysis (`onshore-analyze`): language, publication date, sentences;
//! 2. dictionary pass: agencies (to skip), curated organizations, places;
//! 3. rule pass: government bodies, organization patterns, persons — these
//!    need the document's main country, known only after pass 2;
//! 4. event pass: trigger patterns per sentence, parties from the sentence's
//!    mentions, quantities and dates from the analyzer.

mod entities;
mod events;
mod geo;
mod lexicon;
mod orgs;
mod palladius;
mod persons;
mod products;
mod recognize;
mod ru_orgs;
mod text;
mod translit;

use onshore_analyze::LangGuess;
use onshore_core::{Document, Extraction, Lang};

pub use lexicon::name_key;

/// Why a document produced no extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skipped {
    /// The text is in a language onshore does not extract from (ISO 639-1 code or "unknown").
    Language(String),
    /// Nothing but whitespace.
    Empty,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Skipped::Language(l) => write!(f, "language {l} is not supported (en, ru)"),
            Skipped::Empty => f.write_str("document has no text"),
        }
    }
}

/// Extract entities and events from one document.
pub fn extract(doc: &Document) -> Result<Extraction, Skipped> {
    if doc.text.trim().is_empty() {
        return Err(Skipped::Empty);
    }
    let lang = match onshore_analyze::detect_language(&doc.text) {
        LangGuess::Known(l) => l,
        LangGuess::Other(code) => return Err(Skipped::Language(code)),
        LangGuess::Unknown => return Err(Skipped::Language("unknown".into())),
    };
    Ok(extract_in(doc, lang))
}

/// Extract with the language already known (tests, or callers that detected it).
pub fn extract_in(doc: &Document, lang: Lang) -> Extraction {
    let published = doc.published.clone().or_else(|| onshore_analyze::publication_date(&doc.text));
    let analysis = recognize::analyze(&doc.text, lang, published.as_deref());
    Extraction {
        doc: doc.id.clone(),
        lang: lang.code().to_string(),
        published,
        entities: analysis.entities,
        events: analysis.events,
        title: doc.title.clone(),
        url: doc.url.clone(),
    }
}
