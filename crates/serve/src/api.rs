//! The JSON API. Every error is `{"error": "..."}` with a fitting status.

use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use onshore_core::Document;
use onshore_store::{EventSummary, Network, NewDoc, Outcome, ProjectFilter, SearchQuery, Store};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

pub const DEFAULT_PER_PAGE: usize = 20;
pub const MAX_PER_PAGE: usize = 100;

/// Query parameters shared by the search and project listings (API and pages).
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
pub struct Params {
    pub q: Option<String>,
    pub country: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub stage: Option<String>,
    pub sector: Option<String>,
    pub lang: Option<String>,
    pub party: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub product: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

/// A validated page request (1-based page).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Paging {
    pub page: usize,
    pub per_page: usize,
}

impl Params {
    pub fn paging(&self) -> ApiResult<Paging> {
        let num = |name: &str, v: &Option<String>, default: usize| -> ApiResult<usize> {
            match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => Ok(default),
                Some(s) => s.parse::<usize>().map_err(|_| ApiError::bad_request(format!("{name} must be a positive integer, not {s:?}"))),
            }
        };
        let page = num("page", &self.page, 1)?;
        let per_page = num("per_page", &self.per_page, DEFAULT_PER_PAGE)?;
        if page == 0 {
            return Err(ApiError::bad_request("page starts at 1"));
        }
        if per_page == 0 || per_page > MAX_PER_PAGE {
            return Err(ApiError::bad_request(format!("per_page must be between 1 and {MAX_PER_PAGE}")));
        }
        Ok(Paging { page, per_page })
    }

    pub fn search_query(&self, paging: Paging) -> SearchQuery {
        SearchQuery {
            text: self.q.clone(),
            country: self.country.clone(),
            party: self.party.clone(),
            event_type: self.kind.clone(),
            stage: self.stage.clone(),
            sector: self.sector.clone(),
            lang: self.lang.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
            limit: paging.per_page,
            offset: (paging.page - 1) * paging.per_page,
        }
    }

    pub fn project_filter(&self) -> ProjectFilter {
        ProjectFilter {
            country: self.country.clone(),
            party: self.party.clone(),
            event_type: self.kind.clone(),
            stage: self.stage.clone(),
            sector: self.sector.clone(),
            product: self.product.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
        }
    }
}

pub fn query_params(q: Result<Query<Params>, QueryRejection>) -> ApiResult<Params> {
    q.map(|Query(p)| p).map_err(|e| ApiError::bad_request(e.body_text()))
}

fn pages(total: u64, per_page: usize) -> u64 {
    total.div_ceil(per_page as u64)
}

pub async fn search(State(state): State<AppState>, q: Result<Query<Params>, QueryRejection>) -> ApiResult<Json<SearchPage>> {
    let params = query_params(q)?;
    let paging = params.paging()?;
    let query = params.search_query(paging);
    let result = state.with_store(move |s| Ok(s.search(&query)?)).await?;
    Ok(Json(SearchPage {
        total: result.total,
        page: paging.page,
        per_page: paging.per_page,
        pages: pages(result.total, paging.per_page),
        hits: result.hits,
        facets: result.facets,
    }))
}

/// Serialized straight from the store's types: search is the hot route, and a
/// `json!` tree would copy every hit once more.
#[derive(serde::Serialize)]
pub struct SearchPage {
    total: u64,
    page: usize,
    per_page: usize,
    pages: u64,
    hits: Vec<onshore_store::SearchHit>,
    facets: std::collections::BTreeMap<String, Vec<onshore_store::FacetCount>>,
}

pub async fn projects(State(state): State<AppState>, q: Result<Query<Params>, QueryRejection>) -> ApiResult<Json<Value>> {
    let params = query_params(q)?;
    let paging = params.paging()?;
    let filter = params.project_filter();
    let offset = (paging.page - 1) * paging.per_page;
    let (total, items) = state.with_store(move |s| Ok(s.projects_page(&filter, offset, paging.per_page)?)).await?;
    Ok(Json(json!({
        "total": total,
        "page": paging.page,
        "per_page": paging.per_page,
        "pages": pages(total, paging.per_page),
        "items": items,
    })))
}

pub fn parse_project_id(id: &str) -> ApiResult<i64> {
    id.parse::<i64>().map_err(|_| ApiError::bad_request(format!("project id must be an integer, not {id:?}")))
}

pub async fn project(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    let id = parse_project_id(&id)?;
    let project = state.with_store(move |s| Ok(s.project(id)?)).await?;
    let project = project.ok_or_else(|| ApiError::not_found(format!("no project {id}")))?;
    Ok(Json(serde_json::to_value(project).map_err(|e| ApiError::internal(e.to_string()))?))
}

/// An entity with the events it takes part in and its cooperation neighbourhood.
#[derive(Debug, Clone, Serialize)]
pub struct EntityView {
    pub entity: onshore_store::EntityRecord,
    pub events: Vec<EventSummary>,
    pub network: Network,
}

/// Most neighbours drawn around an entity.
const MAX_NEIGHBOURS: usize = 24;
/// Most events listed for an entity.
const MAX_EVENTS: usize = 200;

pub fn entity_view(store: &mut Store, key: &str) -> ApiResult<Option<EntityView>> {
    let Some(entity) = store.entity(key)? else { return Ok(None) };
    let hits = store.search(&SearchQuery { party: Some(entity.id.to_string()), limit: MAX_EVENTS, ..Default::default() })?;
    let mut names: Vec<String> = entity.aliases.iter().map(|a| a.to_lowercase()).collect();
    names.push(entity.name.to_lowercase());
    let mut events: Vec<EventSummary> = hits
        .hits
        .into_iter()
        .flat_map(|h| h.events)
        .filter(|e| e.parties.iter().any(|p| names.contains(&p.to_lowercase())))
        .collect();
    events.sort_by(|a, b| b.date.cmp(&a.date).then(a.id.cmp(&b.id)));
    events.dedup_by_key(|e| e.id);
    let network = ego_network(store.network()?, entity.id, MAX_NEIGHBOURS);
    Ok(Some(EntityView { entity, events, network }))
}

/// The entity, its strongest neighbours, and every edge among them.
pub fn ego_network(all: Network, center: i64, max: usize) -> Network {
    let mut neighbours: Vec<(i64, u64)> = all
        .edges
        .iter()
        .filter_map(|e| match (e.source == center, e.target == center) {
            (true, _) => Some((e.target, e.weight)),
            (_, true) => Some((e.source, e.weight)),
            _ => None,
        })
        .collect();
    neighbours.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    neighbours.truncate(max);
    let mut keep: Vec<i64> = neighbours.iter().map(|n| n.0).collect();
    keep.push(center);
    Network {
        nodes: all.nodes.into_iter().filter(|n| keep.contains(&n.id)).collect(),
        edges: all.edges.into_iter().filter(|e| keep.contains(&e.source) && keep.contains(&e.target)).collect(),
    }
}

pub async fn entity(State(state): State<AppState>, Path(key): Path<String>) -> ApiResult<Json<EntityView>> {
    let k = key.clone();
    let view = state.with_store(move |s| entity_view(s, &k)).await?;
    view.map(Json).ok_or_else(|| ApiError::not_found(format!("no entity {key:?}")))
}

pub async fn document(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult<Json<onshore_store::DocRecord>> {
    let k = id.clone();
    let doc = state.with_store(move |s| Ok(s.document(&k)?)).await?;
    doc.map(Json).ok_or_else(|| ApiError::not_found(format!("no document {id:?}")))
}

pub async fn stats(State(state): State<AppState>) -> ApiResult<Json<crate::stats::Dashboard>> {
    Ok(Json((*state.dashboard().await?).clone()))
}

pub async fn network(State(state): State<AppState>) -> ApiResult<Json<Network>> {
    Ok(Json(state.with_store(|s| Ok(s.network()?)).await?))
}

pub async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], include_str!("../assets/openapi.json"))
}

pub async fn not_found() -> ApiError {
    ApiError::not_found("no such route")
}

/// Body of `POST /api/documents`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostDocument {
    pub id: Option<String>,
    pub text: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
}

/// 403 when the server is read-only, 401 without the right bearer token.
fn authorize(state: &AppState, headers: &HeaderMap) -> ApiResult<()> {
    let Some(token) = state.token() else {
        return Err(ApiError::new(StatusCode::FORBIDDEN, "this server is read-only; start it with --token to accept documents"));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    match given {
        Some(g) if constant_time_eq(g.as_bytes(), token.as_bytes()) => Ok(()),
        Some(_) => Err(ApiError::new(StatusCode::UNAUTHORIZED, "wrong bearer token")),
        None => Err(ApiError::new(StatusCode::UNAUTHORIZED, "missing Authorization: Bearer <token>")),
    }
}

/// Compare without an early exit, so response time does not leak a prefix.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = a.len() ^ b.len();
    for i in 0..a.len().max(b.len()) {
        diff |= (a.get(i).copied().unwrap_or(0) ^ b.get(i).copied().unwrap_or(1)) as usize;
    }
    diff == 0
}

pub async fn post_document(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Json<PostDocument>, JsonRejection>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    authorize(&state, &headers)?;
    let Json(body) = body.map_err(|e| ApiError::new(e.status(), e.body_text()))?;
    if body.text.trim().is_empty() {
        return Err(ApiError::bad_request("text is empty"));
    }
    let id = body.id.filter(|s| !s.trim().is_empty()).unwrap_or_else(|| content_id(&body.text));
    let document = Document { id, url: body.url, title: body.title, published: body.published, text: body.text };
    let extraction = onshore_extract::extract(&document).map_err(|skip| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, skip.to_string()))?;
    let new = NewDoc { document, extraction, source: Some("POST /api/documents".into()) };
    let outcome = state.with_store(move |s| Ok(s.ingest_batch(std::slice::from_ref(&new))?)).await?;
    state.bump_generation();
    let outcome = outcome.into_iter().next().ok_or_else(|| ApiError::internal("store returned no outcome"))?;
    let status = match &outcome {
        Outcome::New { .. } | Outcome::NearDuplicate { .. } => StatusCode::CREATED,
        Outcome::Duplicate { .. } => StatusCode::OK,
        Outcome::Failed { .. } => StatusCode::UNPROCESSABLE_ENTITY,
    };
    Ok((status, Json(serde_json::to_value(outcome).map_err(|e| ApiError::internal(e.to_string()))?)))
}

/// An id for a posted document without one: FNV-1a of its text, so the same
/// text posted twice gets the same id.
fn content_id(text: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in text.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("post-{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paging_validates() {
        let p = |page: &str, per: &str| Params { page: Some(page.into()), per_page: Some(per.into()), ..Default::default() }.paging();
        assert_eq!(p("2", "10").unwrap().page, 2);
        assert_eq!(p("", "").unwrap().per_page, DEFAULT_PER_PAGE);
        assert_eq!(p("0", "10").unwrap_err().status, StatusCode::BAD_REQUEST);
        assert_eq!(p("x", "10").unwrap_err().status, StatusCode::BAD_REQUEST);
        assert_eq!(p("1", "1000").unwrap_err().status, StatusCode::BAD_REQUEST);
    }

    #[test]
    fn token_compare() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
        assert!(!constant_time_eq(b"", b"a"));
    }
}
