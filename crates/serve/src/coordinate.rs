//! Coordination pages and API: supplier concentration of an importing country
//! (`/dependence`, `/api/dependence`) and producers in other countries for one
//! demand (`/match`, `/api/match`), both computed from the registry's events.

use crate::error::{ApiError, ApiResult};
use crate::pages::{page, PageResult};
use crate::AppState;
use axum::extract::{Query, State};
use axum::Json;
use maud::html;
use onshore_coordinate::{dependence, facts, match_rows, Dependence, DemandMatch, DemandRow, DependenceOptions, MatchOptions, ProducerRow};
use onshore_core::Extraction;
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct DependenceParams {
    pub country: Option<String>,
    pub hs: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct MatchParams {
    pub country: Option<String>,
    pub product: Option<String>,
    pub code: Option<String>,
    pub quantity: Option<f64>,
    pub unit: Option<String>,
}

/// Every stored document's extraction: the registry's facts for coordination.
async fn extractions(state: &AppState) -> ApiResult<Vec<Extraction>> {
    state.with_store(|s| Ok(s.extractions()?)).await
}

fn country_code(raw: &str) -> ApiResult<String> {
    let c = raw.trim().to_ascii_uppercase();
    if c.len() == 2 && c.chars().all(|x| x.is_ascii_alphabetic()) {
        Ok(c)
    } else {
        Err(ApiError::bad_request(format!("country {raw:?} is not an ISO 3166-1 alpha-2 code")))
    }
}

fn hs_prefix(raw: &str) -> ApiResult<String> {
    let digits: String = raw.chars().filter(|c| c.is_ascii_digit()).collect();
    if (2..=6).contains(&digits.len()) {
        Ok(digits)
    } else {
        Err(ApiError::bad_request(format!("hs {raw:?} is not an HS code or prefix (2 to 6 digits)")))
    }
}

async fn compute_dependence(state: &AppState, p: &DependenceParams) -> ApiResult<Option<Dependence>> {
    let Some(country) = p.country.as_deref().filter(|c| !c.trim().is_empty()) else { return Ok(None) };
    let importer = country_code(country)?;
    let hs = p.hs.as_deref().filter(|h| !h.trim().is_empty()).map(hs_prefix).transpose()?;
    let supply = facts::supply_facts_from_extractions(&extractions(state).await?);
    Ok(Some(dependence(&supply, &DependenceOptions { importer, hs, year: None, single_source_share: 0.9 })))
}

async fn compute_match(state: &AppState, p: &MatchParams) -> ApiResult<Option<DemandMatch>> {
    let (Some(country), Some(product)) = (p.country.as_deref(), p.product.as_deref().filter(|x| !x.trim().is_empty())) else {
        return Ok(None);
    };
    let demand = DemandRow {
        country: country_code(country)?,
        program: None,
        product: product.trim().to_string(),
        code: p.code.as_deref().filter(|c| !c.trim().is_empty()).map(hs_prefix).transpose()?,
        quantity: p.quantity,
        unit: p.unit.clone().filter(|u| !u.trim().is_empty()),
        source: "query".into(),
    };
    let producers: Vec<ProducerRow> = facts::producers_from_extractions(&extractions(state).await?).iter().map(ProducerRow::from_fact).collect();
    Ok(match_rows(&[demand], &producers, &MatchOptions { top: 10, ..MatchOptions::default() }).into_iter().next())
}

pub async fn api_dependence(State(state): State<AppState>, Query(p): Query<DependenceParams>) -> ApiResult<Json<Dependence>> {
    compute_dependence(&state, &p).await?.map(Json).ok_or_else(|| ApiError::bad_request("country is required"))
}

pub async fn api_match(State(state): State<AppState>, Query(p): Query<MatchParams>) -> ApiResult<Json<DemandMatch>> {
    compute_match(&state, &p).await?.map(Json).ok_or_else(|| ApiError::bad_request("country and product are required"))
}

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

pub async fn dependence_page(State(state): State<AppState>, Query(p): Query<DependenceParams>) -> PageResult {
    let report = compute_dependence(&state, &p).await?;
    Ok(page(
        "Supply dependence",
        html! {
            h1 { "Supply dependence" }
            form.filters method="get" action="/dependence" {
                label { "Importing country " input name="country" placeholder="BY" value=(p.country.clone().unwrap_or_default()); }
                label { " HS code " input name="hs" placeholder="3002" value=(p.hs.clone().unwrap_or_default()); }
                button type="submit" { "Show" }
            }
            @if let Some(d) = report {
                p.summary {
                    (d.importer) @if let Some(h) = &d.hs { " · HS " (h) } ": " (d.facts) " facts; HHI " (format!("{:.0}", d.hhi))
                    @if let Some(top) = &d.top1 { "; top supplier " (top) " with " (pct(d.top1_share)) }
                    @if d.single_source { " · " strong.single { "single source" } }
                }
                h2 { "Supplier countries (" (d.basis) ")" }
                table.dependence {
                    thead { tr { th { "country" } th { "share" } th { "value" } th { "mentions" } th { "sources" } } }
                    tbody {
                        @for s in &d.countries {
                            tr { td { (s.name) } td.num { (pct(s.share)) } td.num { (format!("{:.0}", s.value)) } td.num { (s.mentions) } td { (s.sources.join(", ")) } }
                        }
                    }
                }
                @if !d.firms.is_empty() {
                    h2 { "Supplier firms" }
                    table.dependence {
                        thead { tr { th { "firm" } th { "share" } th { "mentions" } } }
                        tbody { @for s in &d.firms { tr { td { (s.name) } td.num { (pct(s.share)) } td.num { (s.mentions) } } } }
                    }
                }
            } @else {
                p { "Give an importing country (ISO code) and, optionally, an HS code or prefix." }
            }
        },
    ))
}

pub async fn match_page(State(state): State<AppState>, Query(p): Query<MatchParams>) -> PageResult {
    let result = compute_match(&state, &p).await?;
    Ok(page(
        "Match demand with producers",
        html! {
            h1 { "Import substitution: producers for a demand" }
            form.filters method="get" action="/match" {
                label { "Country in need " input name="country" placeholder="RU" value=(p.country.clone().unwrap_or_default()); }
                label { " Product " input name="product" placeholder="тракторы / insulin" value=(p.product.clone().unwrap_or_default()); }
                label { " Quantity " input name="quantity" value=(p.quantity.map(|q| q.to_string()).unwrap_or_default()); }
                label { " Unit " input name="unit" value=(p.unit.clone().unwrap_or_default()); }
                button type="submit" { "Match" }
            }
            @if let Some(m) = result {
                p.summary { "Codes: " (if m.codes.is_empty() { "none".to_string() } else { m.codes.join(", ") }) }
                h2 { "Candidate producers" }
                table.matches {
                    thead { tr { th { "enterprise" } th { "country" } th { "product" } th { "score" } th { "why" } } }
                    tbody {
                        @for c in &m.candidates {
                            tr {
                                td { (c.enterprise) } td { (c.country) } td { (c.product) } td.num { (format!("{:.2}", c.score)) }
                                td { "code depth " (c.code_depth) ", name " (format!("{:.2}", c.name_similarity)) ", " (c.languages) }
                            }
                        }
                    }
                }
                h2 { "Coverage by partner country" }
                table.coverage {
                    thead { tr { th { "country" } th { "coverage" } th { "producers" } th { "capacity" } } }
                    tbody { @for c in &m.coverage { tr { td { (c.country) } td { (c.status.as_str()) } td.num { (c.producers) } td.num { (format!("{:.0}", c.capacity)) } } } }
                }
            } @else {
                p { "Give the country that needs a product and the product, in English or Russian." }
            }
        },
    ))
}
