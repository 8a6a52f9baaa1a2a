//! The bundled sample news items behind `onshore demo`: short invented
//! reports (English and Russian) of the facts onshore registers, so a new
//! user sees a populated registry without any data of their own.

use onshore_core::Document;
use onshore_store::{NewDoc, Outcome, Store};

/// One JSON document per line (`id`, `title`, `url`, `published`, `text`).
/// Written for this repository; every organization and figure is invented sample content.
pub const SAMPLES_JSONL: &str = include_str!("../samples/demo.jsonl");

/// The sample documents, in file order.
pub fn sample_documents() -> anyhow::Result<Vec<Document>> {
    SAMPLES_JSONL
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| anyhow::anyhow!("samples/demo.jsonl line {}: {e}", i + 1)))
        .collect()
}

/// Extract and ingest every sample into `store`; returns one outcome per sample.
pub fn load_samples(store: &mut Store) -> anyhow::Result<Vec<Outcome>> {
    let mut batch = Vec::new();
    for document in sample_documents()? {
        let extraction = onshore_extract::extract(&document)
            .map_err(|skip| anyhow::anyhow!("sample {} could not be extracted: {skip}", document.id))?;
        batch.push(NewDoc { document, extraction, source: Some("onshore demo sample".into()) });
    }
    Ok(store.ingest_batch(&batch)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_parse_and_cover_both_languages() {
        let docs = sample_documents().unwrap();
        assert!((8..=12).contains(&docs.len()), "{} samples", docs.len());
        let cyrillic = docs.iter().filter(|d| d.text.chars().any(|c| ('а'..='я').contains(&c))).count();
        assert!(cyrillic >= 3 && cyrillic < docs.len(), "{cyrillic} Russian samples");
        let mut ids: Vec<_> = docs.iter().map(|d| d.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), docs.len(), "sample ids are unique");
    }
}
