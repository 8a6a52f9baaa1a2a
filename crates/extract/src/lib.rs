//! Entities and events from English and Russian text.
//!
//! The public surface is deliberately one call: [`extract`] takes a
//! [`Document`] and returns the interchange [`Extraction`], or says why the
//! document was skipped (e.g. a language onshore does not read).

use onshore_core::{Document, Extraction};

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
    // Placeholder until the rule engine lands: correct shape, no facts.
    Ok(Extraction {
        doc: doc.id.clone(),
        lang: "en".into(),
        published: doc.published.clone(),
        entities: vec![],
        events: vec![],
        title: doc.title.clone(),
        url: doc.url.clone(),
    })
}
