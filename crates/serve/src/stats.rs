//! Dashboard aggregates: counts by event type, stage, country, sector and
//! events per month.
//!
//! The store exposes document facets but no per-event aggregates, so events
//! are counted by paging through every document's events once; the result is
//! cached by [`crate::AppState`] until the next write.

use crate::error::ApiResult;
use onshore_store::{FacetCount, SearchQuery, Stats, Store};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize)]
pub struct Dashboard {
    pub totals: Stats,
    pub events_by_type: Vec<Count>,
    pub events_by_stage: Vec<Count>,
    /// Documents per country facet (ISO codes).
    pub documents_by_country: Vec<Count>,
    pub documents_by_sector: Vec<Count>,
    pub documents_by_lang: Vec<Count>,
    /// `YYYY-MM` → events dated (or, undated, published) that month, oldest first.
    pub events_per_month: Vec<Count>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Count {
    pub value: String,
    pub count: u64,
}

pub fn compute(store: &mut Store) -> ApiResult<Dashboard> {
    let totals = store.stats()?;
    let mut by_type: BTreeMap<String, u64> = BTreeMap::new();
    let mut by_stage: BTreeMap<String, u64> = BTreeMap::new();
    let mut by_month: BTreeMap<String, u64> = BTreeMap::new();
    for c in store.event_counts()? {
        *by_type.entry(c.kind.clone()).or_default() += c.count;
        *by_stage.entry(c.stage.clone().unwrap_or_else(|| "unknown".into())).or_default() += c.count;
        if let Some(month) = c.date.as_deref().and_then(month_of) {
            *by_month.entry(month).or_default() += c.count;
        }
    }
    // Document facets over the whole registry: a search with no filter, one hit.
    let facets = store.search(&SearchQuery { limit: 1, ..Default::default() })?.facets;
    let facet = |name: &str| -> Vec<Count> {
        facets
            .get(name)
            .map(|v: &Vec<FacetCount>| v.iter().map(|f| Count { value: f.value.clone(), count: f.count }).collect())
            .unwrap_or_default()
    };
    Ok(Dashboard {
        totals,
        events_by_type: largest_first(by_type),
        events_by_stage: largest_first(by_stage),
        documents_by_country: facet("country"),
        documents_by_sector: facet("sector"),
        documents_by_lang: facet("lang"),
        events_per_month: by_month.into_iter().map(|(value, count)| Count { value, count }).collect(),
    })
}

fn largest_first(m: BTreeMap<String, u64>) -> Vec<Count> {
    let mut v: Vec<Count> = m.into_iter().map(|(value, count)| Count { value, count }).collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    v
}

/// `2024-03-05` or `2024-03` → `2024-03`; anything shorter or malformed → `None`.
pub fn month_of(date: &str) -> Option<String> {
    let b = date.as_bytes();
    let ok = b.len() >= 7 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && b[5..7].iter().all(u8::is_ascii_digit);
    ok.then(|| date[..7].to_string())
}

#[cfg(test)]
mod tests {
    use super::month_of;

    #[test]
    fn months_from_dates() {
        assert_eq!(month_of("2024-03-05").as_deref(), Some("2024-03"));
        assert_eq!(month_of("2024-11").as_deref(), Some("2024-11"));
        assert_eq!(month_of("2024"), None);
        assert_eq!(month_of("март 2024"), None);
    }
}
