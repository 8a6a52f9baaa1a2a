//! Producer and supply facts read off extracted events.
//!
//! The interchange contract has no direction field on `supply` events, so the
//! supplier is taken to be the first party (the extractor and the gold files
//! name the one that delivers first: `["Sinopharm", "BY"]` for vaccines
//! donated to Belarus), and every other party in a different country is an
//! importer. `trade` events report a turnover between countries, so they give
//! a fact in each direction, marked as such.

use crate::classify::hs_codes_for_products;
use onshore_core::{Entity, EntityKind, Event, EventType, Extraction, Stage};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// An organisation (or a country, when the text names no firm) that makes or
/// will make a product, as the registry knows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProducerFact {
    pub enterprise: Option<String>,
    /// ISO 3166-1 alpha-2 country where the product is (to be) made.
    pub country: String,
    pub product: String,
    pub hs: Vec<String>,
    pub capacity: Option<f64>,
    pub unit: Option<String>,
    pub kind: EventType,
    pub stage: Option<Stage>,
    pub doc: String,
}

/// One delivery (or trade flow) of a product into an importing country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SupplyFact {
    /// ISO 3166-1 alpha-2 of the importing country.
    pub importer: String,
    pub supplier_country: Option<String>,
    pub supplier_org: Option<String>,
    pub product: String,
    pub hs: Vec<String>,
    pub value: Option<f64>,
    pub unit: Option<String>,
    /// Document id, or `file:row` for trade statistics.
    pub doc: String,
    /// `supply`, `trade` (turnover from a news event) or `trade_csv`.
    pub kind: String,
    /// Year of the flow: the trade row's, or the event's date or publication year.
    pub year: Option<u16>,
}

/// A party of an event resolved through the document's entities.
#[derive(Debug, Clone, PartialEq)]
struct Party {
    org: Option<String>,
    country: Option<String>,
}

fn resolve_party(key: &str, entities: &HashMap<String, &Entity>) -> Option<Party> {
    if let Some(e) = entities.get(key) {
        return match e.kind {
            EntityKind::Country => Some(Party { org: None, country: e.id.clone() }),
            EntityKind::Region => Some(Party {
                org: None,
                country: e.country.clone().or_else(|| e.id.as_deref().and_then(country_of_region)),
            }),
            EntityKind::Org => Some(Party { org: e.name.clone().or_else(|| Some(key.to_string())), country: e.country.clone() }),
            EntityKind::Person => None,
        };
    }
    if is_country_code(key) {
        Some(Party { org: None, country: Some(key.to_string()) })
    } else if let Some(c) = country_of_region(key) {
        Some(Party { org: None, country: Some(c) })
    } else {
        Some(Party { org: Some(key.to_string()), country: None })
    }
}

fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// `RU-VLA` -> `RU`.
fn country_of_region(code: &str) -> Option<String> {
    let (c, rest) = code.split_once('-')?;
    (is_country_code(c) && !rest.is_empty()).then(|| c.to_string())
}

fn entity_map(x: &Extraction) -> HashMap<String, &Entity> {
    let mut map = HashMap::new();
    for e in &x.entities {
        map.insert(e.party_key(), e);
        if let Some(n) = &e.name {
            map.entry(n.clone()).or_insert(e);
        }
    }
    map
}

fn event_codes(event: &Event, product: &str) -> Vec<String> {
    if event.products.len() == 1 && !event.hs_codes.is_empty() {
        return event.hs_codes.clone();
    }
    hs_codes_for_products(&[product.to_string()])
}

/// The first amount counted in goods (not money): a capacity or a volume.
fn goods_quantity(event: &Event) -> Option<(f64, String)> {
    event.quantities.iter().find(|q| !crate::units::is_currency(&q.unit)).map(|q| (q.value, q.unit.clone()))
}

/// The amount a supply is best measured by: money first, then goods.
fn supply_quantity(event: &Event) -> Option<(f64, String)> {
    event
        .quantities
        .iter()
        .find(|q| crate::units::is_currency(&q.unit))
        .or_else(|| event.quantities.first())
        .map(|q| (q.value, q.unit.clone()))
}

/// Producers named by localization events (the organisations taking part,
/// located in the host country) and supply events (the supplier).
pub fn producers_from_extractions(extractions: &[Extraction]) -> Vec<ProducerFact> {
    let mut out = Vec::new();
    for x in extractions {
        let entities = entity_map(x);
        for event in &x.events {
            if event.products.is_empty() {
                continue;
            }
            let parties: Vec<Party> = event.parties.iter().filter_map(|p| resolve_party(p, &entities)).collect();
            let makers: Vec<(Option<String>, String)> = match event.kind {
                EventType::Localization => {
                    let Some(host) = event.host.as_deref().map(|h| country_of_region(h).unwrap_or_else(|| h.to_string())) else {
                        continue;
                    };
                    let orgs: Vec<Option<String>> = parties.iter().filter_map(|p| p.org.clone()).map(Some).collect();
                    if orgs.is_empty() {
                        vec![(None, host)]
                    } else {
                        orgs.into_iter().map(|o| (o, host.clone())).collect()
                    }
                }
                EventType::Supply => match parties.first() {
                    Some(Party { org, country: Some(c) }) => vec![(org.clone(), c.clone())],
                    _ => continue,
                },
                _ => continue,
            };
            let capacity = goods_quantity(event);
            for product in &event.products {
                let hs = event_codes(event, product);
                for (enterprise, country) in &makers {
                    out.push(ProducerFact {
                        enterprise: enterprise.clone(),
                        country: country.clone(),
                        product: product.clone(),
                        hs: hs.clone(),
                        capacity: capacity.as_ref().map(|c| c.0),
                        unit: capacity.as_ref().map(|c| c.1.clone()),
                        kind: event.kind,
                        stage: event.stage,
                        doc: x.doc.clone(),
                    });
                }
            }
        }
    }
    out
}

/// Supply facts from supply events (first party supplies the others) and
/// trade events (turnover, one fact each way).
pub fn supply_facts_from_extractions(extractions: &[Extraction]) -> Vec<SupplyFact> {
    let mut out = Vec::new();
    for x in extractions {
        let entities = entity_map(x);
        for event in &x.events {
            let parties: Vec<Party> = event.parties.iter().filter_map(|p| resolve_party(p, &entities)).collect();
            let product = event.products.join(", ");
            let hs = if !event.hs_codes.is_empty() { event.hs_codes.clone() } else { hs_codes_for_products(&event.products) };
            let amount = supply_quantity(event);
            let year = event.date.as_deref().or(x.published.as_deref()).and_then(|d| d.get(..4)).and_then(|y| y.parse().ok());
            let mut push = |importer: &str, supplier: &Party, kind: &str| {
                out.push(SupplyFact {
                    importer: importer.to_string(),
                    supplier_country: supplier.country.clone(),
                    supplier_org: supplier.org.clone(),
                    product: product.clone(),
                    hs: hs.clone(),
                    value: amount.as_ref().map(|a| a.0),
                    unit: amount.as_ref().map(|a| a.1.clone()),
                    doc: x.doc.clone(),
                    kind: kind.to_string(),
                    year,
                });
            };
            match event.kind {
                EventType::Supply => {
                    let Some(supplier) = parties.first() else { continue };
                    let mut importers: Vec<&str> = Vec::new();
                    for p in &parties[1..] {
                        if let Some(c) = p.country.as_deref() {
                            if Some(c) != supplier.country.as_deref() && !importers.contains(&c) {
                                importers.push(c);
                            }
                        }
                    }
                    for importer in importers {
                        push(importer, supplier, "supply");
                    }
                }
                EventType::Trade => {
                    let mut countries: Vec<&str> = Vec::new();
                    for p in &parties {
                        if let Some(c) = p.country.as_deref() {
                            if !countries.contains(&c) {
                                countries.push(c);
                            }
                        }
                    }
                    for a in &countries {
                        for b in &countries {
                            if a != b {
                                push(a, &Party { org: None, country: Some(b.to_string()) }, "trade");
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Reads `onshore extract --format jsonl` output. A line that does not parse
/// is reported (as `file:line: reason`) and skipped: one bad document never
/// stops the batch. Only a file that cannot be read at all is an error.
pub fn read_extractions_jsonl(path: &std::path::Path) -> Result<(Vec<Extraction>, Vec<String>), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Extraction>(line) {
            Ok(x) => out.push(x),
            Err(e) => warnings.push(format!("{}:{}: not an extraction: {e}", path.display(), i + 1)),
        }
    }
    Ok((out, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extraction() -> Extraction {
        let j = r#"{"doc":"d1","lang":"en","published":null,
          "entities":[{"kind":"country","id":"BY"},{"kind":"country","id":"KZ"},
                      {"kind":"org","name":"Acme Pharma","country":"CN"},
                      {"kind":"org","name":"Steppe Bio","country":"KZ"},
                      {"kind":"region","id":"RU-VLA","name":"Vladimir Oblast"}],
          "events":[
            {"type":"localization","parties":["Steppe Bio","KZ"],"host":"KZ","products":["insulin"],
             "quantities":[{"value":2000000,"unit":"vials"}],"sectors":[],"evidence":"e1"},
            {"type":"supply","parties":["Acme Pharma","BY"],"products":["vaccine"],
             "quantities":[{"value":100000,"unit":"doses"},{"value":5000000,"unit":"USD"}],"sectors":[],"evidence":"e2"},
            {"type":"trade","parties":["BY","RU-VLA"],"quantities":[{"value":1.0e9,"unit":"BYN"}],"sectors":[],"evidence":"e3"},
            {"type":"meeting","parties":["BY","KZ"],"sectors":[],"evidence":"e4"}
          ]}"#;
        serde_json::from_str(j).unwrap()
    }

    #[test]
    fn localization_makes_producers_in_the_host_country() {
        let p = producers_from_extractions(&[extraction()]);
        let local = p.iter().find(|f| f.kind == EventType::Localization).unwrap();
        assert_eq!(local.enterprise.as_deref(), Some("Steppe Bio"));
        assert_eq!(local.country, "KZ");
        assert_eq!(local.capacity, Some(2_000_000.0));
        assert!(local.hs.iter().any(|c| c.starts_with("3004")), "{:?}", local.hs);
        let supplier = p.iter().find(|f| f.kind == EventType::Supply).unwrap();
        assert_eq!((supplier.enterprise.as_deref(), supplier.country.as_str()), (Some("Acme Pharma"), "CN"));
        assert_eq!(supplier.unit.as_deref(), Some("doses"), "capacity is counted in goods, not money");
    }

    #[test]
    fn supply_runs_from_the_first_party_and_trade_both_ways() {
        let f = supply_facts_from_extractions(&[extraction()]);
        let supply: Vec<_> = f.iter().filter(|s| s.kind == "supply").collect();
        assert_eq!(supply.len(), 1);
        assert_eq!(supply[0].importer, "BY");
        assert_eq!(supply[0].supplier_country.as_deref(), Some("CN"));
        assert_eq!(supply[0].supplier_org.as_deref(), Some("Acme Pharma"));
        assert_eq!((supply[0].value, supply[0].unit.as_deref()), (Some(5_000_000.0), Some("USD")));
        assert!(supply[0].hs.iter().any(|c| c.starts_with("3002")));
        let trade: Vec<_> = f.iter().filter(|s| s.kind == "trade").map(|s| (s.importer.as_str(), s.supplier_country.as_deref())).collect();
        assert_eq!(trade, [("BY", Some("RU")), ("RU", Some("BY"))]);
    }

    #[test]
    fn bad_jsonl_lines_are_reported_and_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.jsonl");
        let good = serde_json::to_string(&extraction()).unwrap();
        std::fs::write(&path, format!("{good}\n{{not json\n\n{good}\n")).unwrap();
        let (xs, warnings) = read_extractions_jsonl(&path).unwrap();
        assert_eq!(xs.len(), 2);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("x.jsonl:2:"), "{}", warnings[0]);
    }
}
