//! Money amounts and counts of things.
use onshore_core::Lang;
use std::ops::Range;

/// A quantity: `value` of `unit`, where unit is an ISO 4217 code for money or
/// an English plural lower-case noun for counts ("doses", "agreements").
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityMention {
    pub span: Range<usize>,
    pub value: f64,
    pub unit: String,
}

pub fn find_quantities(_sentence: &str, _lang: Lang) -> Vec<QuantityMention> {
    Vec::new()
}
