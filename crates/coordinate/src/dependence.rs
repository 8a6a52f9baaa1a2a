//! Supply dependence of an importing country on its suppliers for a product.
//!
//! Shares are computed on one basis: the unit most of the matching facts
//! with a value are measured in (USD trade statistics, doses, ...), because
//! dollars and doses cannot be added. When no fact has a value, every fact
//! counts once ("mentions"), which still tells a single source from many.
//! Facts that do not fit the basis are kept as mentions on their supplier so
//! nothing the registry knows is hidden.

use crate::facts::SupplyFact;
use crate::units::parse_unit;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone)]
pub struct DependenceOptions {
    /// ISO 3166-1 alpha-2 of the importing country.
    pub importer: String,
    /// HS prefix (`30`, `3002`, `300241`); `None` means all products.
    pub hs: Option<String>,
    /// Only facts of this year (facts with no known year always count).
    pub year: Option<u16>,
    /// Top-1 share from which the importer is flagged as single-sourced.
    pub single_source_share: f64,
}

/// One supplier (country or firm) with its share of the basis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SupplierShare {
    pub name: String,
    /// Sum in the basis unit (number of facts when the basis is mentions).
    pub value: f64,
    pub share: f64,
    /// Facts naming this supplier, whatever their unit.
    pub mentions: usize,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dependence {
    pub importer: String,
    pub hs: Option<String>,
    /// Unit the shares are computed in, or `mentions`.
    pub basis: String,
    pub total: f64,
    pub countries: Vec<SupplierShare>,
    /// Firms the facts name; shares are of what named firms supplied
    /// (statistics and events naming no firm are left out of this list).
    pub firms: Vec<SupplierShare>,
    /// Herfindahl-Hirschman index over supplier countries, 0-10,000.
    pub hhi: f64,
    pub top1: Option<String>,
    pub top1_share: f64,
    pub single_source: bool,
    /// Facts about this importer and product that were read.
    pub facts: usize,
}

/// Does a fact's code set fall under (or contain) the wanted HS prefix?
fn hs_matches(fact: &SupplyFact, wanted: &str) -> bool {
    fact.hs.iter().any(|c| c.starts_with(wanted) || (c.len() >= 4 && wanted.starts_with(c.as_str())))
}

pub fn dependence(facts: &[SupplyFact], opts: &DependenceOptions) -> Dependence {
    let relevant: Vec<&SupplyFact> = facts
        .iter()
        .filter(|f| f.importer == opts.importer)
        .filter(|f| f.supplier_country.as_deref() != Some(opts.importer.as_str()))
        .filter(|f| opts.hs.as_deref().map(|h| hs_matches(f, h)).unwrap_or(true))
        .filter(|f| opts.year.is_none() || f.year.is_none() || f.year == opts.year)
        .collect();

    // The basis: the unit dimension shared by most valued facts.
    let mut unit_votes: HashMap<String, usize> = HashMap::new();
    for f in &relevant {
        if let (Some(_), Some(u)) = (f.value, &f.unit) {
            *unit_votes.entry(parse_unit(u).dimension).or_default() += 1;
        }
    }
    let basis = unit_votes.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(u, _)| u);
    let in_basis = |f: &SupplyFact| -> Option<f64> {
        match &basis {
            None => Some(1.0),
            Some(dim) => {
                let unit = parse_unit(f.unit.as_deref()?);
                (unit.dimension == *dim).then(|| f.value.map(|v| v * unit.factor)).flatten()
            }
        }
    };

    let mut countries: HashMap<String, (f64, usize, BTreeSet<String>)> = HashMap::new();
    let mut firms: HashMap<String, (f64, usize, BTreeSet<String>)> = HashMap::new();
    for f in &relevant {
        let value = in_basis(f).unwrap_or(0.0);
        let country = f.supplier_country.clone().unwrap_or_else(|| "(unknown)".to_string());
        let e = countries.entry(country).or_default();
        e.0 += value;
        e.1 += 1;
        e.2.insert(f.doc.clone());
        if let Some(org) = &f.supplier_org {
            let e = firms.entry(org.clone()).or_default();
            e.0 += value;
            e.1 += 1;
            e.2.insert(f.doc.clone());
        }
    }
    let countries = shares(countries);
    let firms = shares(firms);
    let total: f64 = countries.iter().map(|s| s.value).sum();
    let hhi = countries.iter().map(|s| (s.share * 100.0).powi(2)).sum::<f64>();
    let top = countries.first().filter(|s| s.value > 0.0);
    let top1_share = top.map_or(0.0, |s| s.share);
    let positive = countries.iter().filter(|s| s.value > 0.0).count();
    Dependence {
        importer: opts.importer.clone(),
        hs: opts.hs.clone(),
        basis: basis.unwrap_or_else(|| "mentions".to_string()),
        total,
        single_source: positive == 1 || (positive > 0 && top1_share >= opts.single_source_share),
        top1: top.map(|s| s.name.clone()),
        top1_share,
        hhi: (hhi * 10.0).round() / 10.0,
        countries,
        firms,
        facts: relevant.len(),
    }
}

fn shares(map: HashMap<String, (f64, usize, BTreeSet<String>)>) -> Vec<SupplierShare> {
    let total: f64 = map.values().map(|v| v.0).sum();
    let mut out: Vec<SupplierShare> = map
        .into_iter()
        .map(|(name, (value, mentions, sources))| SupplierShare {
            name,
            value,
            share: if total > 0.0 { value / total } else { 0.0 },
            mentions,
            sources: sources.into_iter().collect(),
        })
        .collect();
    out.sort_by(|a, b| b.value.total_cmp(&a.value).then(b.mentions.cmp(&a.mentions)).then(a.name.cmp(&b.name)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(importer: &str, country: &str, org: Option<&str>, hs: &str, value: Option<f64>, unit: &str) -> SupplyFact {
        SupplyFact {
            importer: importer.into(),
            supplier_country: Some(country.into()),
            supplier_org: org.map(str::to_string),
            product: "x".into(),
            hs: vec![hs.into()],
            value,
            unit: value.map(|_| unit.to_string()),
            doc: format!("{country}-{hs}"),
            kind: "supply".into(),
            year: None,
        }
    }

    fn opts(hs: Option<&str>) -> DependenceOptions {
        DependenceOptions { importer: "BY".into(), hs: hs.map(str::to_string), year: None, single_source_share: 0.9 }
    }

    #[test]
    fn shares_hhi_and_top1_from_values() {
        let facts = vec![
            fact("BY", "CN", Some("Sinovac"), "300241", Some(60.0), "USD"),
            fact("BY", "RU", None, "300241", Some(30.0), "USD"),
            fact("BY", "IN", None, "300241", Some(10.0), "USD"),
            fact("KZ", "CN", None, "300241", Some(1000.0), "USD"),
            fact("BY", "DE", None, "8701", Some(1000.0), "USD"),
        ];
        let d = dependence(&facts, &opts(Some("3002")));
        assert_eq!(d.basis, "USD");
        assert_eq!(d.countries.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["CN", "RU", "IN"]);
        assert!((d.hhi - (3600.0 + 900.0 + 100.0)).abs() < 1e-6);
        assert_eq!((d.top1.as_deref(), d.top1_share), (Some("CN"), 0.6));
        assert!(!d.single_source);
        assert_eq!(d.firms[0].name, "Sinovac");
        assert_eq!(d.facts, 3);
    }

    #[test]
    fn one_supplier_is_single_source_and_mentions_are_a_basis() {
        let facts = vec![fact("BY", "CN", None, "3002", None, ""), fact("BY", "CN", None, "300241", None, "")];
        let d = dependence(&facts, &opts(Some("300241")));
        assert_eq!(d.basis, "mentions");
        assert_eq!((d.hhi, d.single_source), (10000.0, true));
        assert_eq!(d.countries[0].mentions, 2, "an HS4 fact counts for an HS6 query");
    }

    #[test]
    fn facts_outside_the_basis_stay_as_mentions() {
        let facts = vec![
            fact("BY", "CN", None, "3002", Some(100.0), "USD"),
            fact("BY", "CN", None, "3002", Some(50.0), "USD"),
            fact("BY", "RU", None, "3002", Some(4.0e6), "doses"),
        ];
        let d = dependence(&facts, &opts(None));
        assert_eq!(d.basis, "USD");
        let ru = d.countries.iter().find(|s| s.name == "RU").unwrap();
        assert_eq!((ru.value, ru.mentions), (0.0, 1));
        assert!(d.single_source);
    }
}
