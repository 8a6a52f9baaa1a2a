//! Server-rendered pages. maud escapes every `(expr)`; `PreEscaped` is used
//! only for output of [`crate::markup`], which escapes its input itself.

use crate::api::{self, Params};
use crate::error::ApiError;
use crate::markup::{encode, highlight, query_needles, Needle};
use crate::svg;
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use maud::{html, Markup, PreEscaped, DOCTYPE};
use onshore_store::{EventSummary, FacetCount};

/// A page or an HTML error page with its status.
pub struct PageError(ApiError);

impl From<ApiError> for PageError {
    fn from(e: ApiError) -> Self {
        PageError(e)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let title = self.0.status.canonical_reason().unwrap_or("Error");
        let body = layout(title, html! { h1 { (self.0.status.as_u16()) " " (title) } p.error { (self.0.message) } });
        (self.0.status, Html(body.into_string())).into_response()
    }
}

pub(crate) type PageResult = Result<Html<String>, PageError>;

pub(crate) fn page(title: &str, body: Markup) -> Html<String> {
    Html(layout(title, body).into_string())
}

fn layout(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · onshore" }
                link rel="stylesheet" href="/assets/style.css";
            }
            body {
                header {
                    a.brand href="/" { "onshore" }
                    nav { a href="/" { "Dashboard" } a href="/search" { "Search" } a href="/projects" { "Projects" } a href="/dependence" { "Dependence" } a href="/match" { "Match" } a href="/api/openapi.json" { "API" } }
                    form.quick action="/search" method="get" { input type="search" name="q" placeholder="Search documents…" aria-label="search"; }
                }
                main { (body) }
                script src="/assets/app.js" defer {}
            }
        }
    }
}

pub async fn style() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], include_str!("../assets/style.css"))
}

pub async fn script() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], include_str!("../assets/app.js"))
}

fn doc_href(id: &str) -> String {
    format!("/documents/{}", encode(id))
}
fn entity_href(key: &str) -> String {
    format!("/entities/{}", encode(key))
}
fn project_href(id: i64) -> String {
    format!("/projects/{id}")
}

/// Only web links become `href`s: a stored `javascript:` URL stays text.
fn safe_url(u: &str) -> Option<&str> {
    let l = u.trim_start().to_ascii_lowercase();
    (l.starts_with("http://") || l.starts_with("https://")).then_some(u)
}

// ---------------------------------------------------------------- dashboard

pub async fn dashboard(State(state): State<AppState>) -> PageResult {
    let d = state.dashboard().await?;
    let t = &d.totals;
    let months: Vec<(String, u64)> = d.events_per_month.iter().map(|c| (c.value.clone(), c.count)).collect();
    let table = |name: &str, facet: &str, rows: &[crate::stats::Count]| {
        html! {
            section.card {
                h2 { (name) }
                @if rows.is_empty() { p.muted { "none yet" } }
                table.counts data-facet=(facet) {
                    @for r in rows.iter().take(15) {
                        tr { td { a href=(format!("/search?{}={}", facet, encode(&r.value))) { (r.value) } } td.num { (r.count) } }
                    }
                }
            }
        }
    };
    Ok(page(
        "Dashboard",
        html! {
            h1 { "Registry" }
            div.totals {
                div.total #documents { span.n { (t.documents) } " documents" }
                div.total #events { span.n { (t.events) } " events" }
                div.total #entities { span.n { (t.entities) } " entities" }
                div.total #projects { span.n { (t.projects) } " projects" }
                div.total #sources { span.n { (t.extra_sources) } " extra sources" }
            }
            section.card.wide {
                h2 { "Events per month" }
                @if months.is_empty() { p.muted { "no dated events" } } @else { (svg::bar_chart(&months, "events per month")) }
            }
            div.grid {
                (table("Events by type", "type", &d.events_by_type))
                (table("Events by stage", "stage", &d.events_by_stage))
                (table("Documents by country", "country", &d.documents_by_country))
                (table("Documents by sector", "sector", &d.documents_by_sector))
            }
        },
    ))
}

// ---------------------------------------------------------------- search

fn search_link(p: &Params, set: &[(&str, Option<&str>)]) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let fields: [(&str, &Option<String>); 10] = [
        ("q", &p.q),
        ("country", &p.country),
        ("type", &p.kind),
        ("stage", &p.stage),
        ("sector", &p.sector),
        ("lang", &p.lang),
        ("party", &p.party),
        ("since", &p.since),
        ("until", &p.until),
        ("per_page", &p.per_page),
    ];
    for (k, v) in fields {
        if set.iter().any(|(sk, _)| *sk == k) {
            continue;
        }
        if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
            pairs.push((k, v.to_string()));
        }
    }
    for (k, v) in set {
        if let Some(v) = v {
            pairs.push((k, v.to_string()));
        }
    }
    let qs: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
    format!("/search?{}", qs.join("&"))
}

fn current<'a>(p: &'a Params, facet: &str) -> Option<&'a str> {
    match facet {
        "country" => p.country.as_deref(),
        "type" => p.kind.as_deref(),
        "stage" => p.stage.as_deref(),
        "sector" => p.sector.as_deref(),
        "lang" => p.lang.as_deref(),
        "party" => p.party.as_deref(),
        _ => None,
    }
    .filter(|v| !v.is_empty())
}

fn events_list(events: &[EventSummary], needles: &[Needle]) -> Markup {
    html! {
        ul.events {
            @for e in events {
                li.event {
                    span.badge.type { (e.kind) }
                    @if let Some(s) = &e.stage { span.badge.stage { (s) } }
                    @if let Some(d) = &e.date { span.date { (d) } }
                    @for p in &e.parties { a.party href=(entity_href(p)) { (p) } }
                    @if let Some(pr) = e.project { a.project href=(project_href(pr)) { "project " (pr) } }
                    blockquote.evidence { (PreEscaped(highlight(&e.evidence, needles))) }
                }
            }
        }
    }
}

pub async fn search(State(state): State<AppState>, q: Result<Query<Params>, QueryRejection>) -> PageResult {
    let params = api::query_params(q)?;
    let paging = params.paging()?;
    let query = params.search_query(paging);
    let result = state.with_store(move |s| Ok(s.search(&query)?)).await?;
    let needles = params.q.as_deref().map(query_needles).unwrap_or_default();
    let pages = result.total.div_ceil(paging.per_page as u64);
    let facet_order = ["type", "stage", "country", "sector", "lang", "party"];
    Ok(page(
        "Search",
        html! {
            h1 { "Search" }
            form.search action="/search" method="get" {
                input type="search" name="q" value=(params.q.as_deref().unwrap_or("")) placeholder="vaccine, локализация, tractor…" autofocus;
                @for (k, v) in [("country", &params.country), ("type", &params.kind), ("stage", &params.stage), ("sector", &params.sector), ("lang", &params.lang), ("party", &params.party)] {
                    @if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) { input type="hidden" name=(k) value=(v); }
                }
                button type="submit" { "Search" }
            }
            div.search-layout {
                aside.facets {
                    @for name in facet_order {
                        @if let Some(counts) = result.facets.get(name) {
                            section.facet data-facet=(name) {
                                h3 { (name) }
                                @if let Some(cur) = current(&params, name) {
                                    a.clear href=(search_link(&params, &[(name, None)])) { "× " (cur) }
                                }
                                ul { @for c in counts.iter().take(12) { (facet_item(&params, name, c)) } }
                            }
                        }
                    }
                }
                section.results {
                    p.total #total data-total=(result.total) { (result.total) " documents" @if pages > 1 { ", page " (paging.page) " of " (pages) } }
                    ol.hits {
                        @for h in &result.hits {
                            li.hit {
                                a.title href=(doc_href(&h.doc)) { (h.title.as_deref().unwrap_or(&h.doc)) }
                                div.meta {
                                    @if let Some(d) = h.date.as_deref().or(h.published.as_deref()) { span.date { (d) } }
                                    @if let Some(l) = &h.lang { span.lang { (l) } }
                                }
                                p.snippet { (PreEscaped(highlight(&h.snippet, &needles))) }
                                @if !h.events.is_empty() { (events_list(&h.events, &needles)) }
                            }
                        }
                    }
                    nav.pager {
                        @if paging.page > 1 { a rel="prev" href=(search_link(&params, &[("page", Some(&(paging.page - 1).to_string()))])) { "← previous" } }
                        @if (paging.page as u64) < pages { a rel="next" href=(search_link(&params, &[("page", Some(&(paging.page + 1).to_string()))])) { "next →" } }
                    }
                }
            }
        },
    ))
}

fn facet_item(p: &Params, name: &str, c: &FacetCount) -> Markup {
    let label = c.label.as_deref().unwrap_or(&c.value);
    html! { li { a href=(search_link(p, &[(name, Some(&c.value)), ("page", None)])) { (label) } " " span.count { (c.count) } } }
}

// ---------------------------------------------------------------- projects

pub async fn projects(State(state): State<AppState>, q: Result<Query<Params>, QueryRejection>) -> PageResult {
    let params = api::query_params(q)?;
    let paging = params.paging()?;
    let filter = params.project_filter();
    let offset = (paging.page - 1) * paging.per_page;
    let (total, shown) = state.with_store(move |s| Ok(s.projects_page(&filter, offset, paging.per_page)?)).await?;
    let pages = (total as usize).div_ceil(paging.per_page);
    Ok(page(
        "Projects",
        html! {
            h1 { "Projects" }
            p.total { (total) " projects" }
            table.projects {
                thead { tr { th { "#" } th { "type" } th { "stage" } th { "host" } th { "parties" } th { "products / sectors" } th { "steps" } } }
                tbody {
                    @for p in &shown {
                        tr {
                            td { a href=(project_href(p.id)) { (p.id) } }
                            td { (p.kind) }
                            td { (p.stage.as_deref().unwrap_or("–")) }
                            td { (p.host.as_deref().unwrap_or("–")) }
                            td { @for party in &p.parties { a.party href=(entity_href(party)) { (party) } " " } }
                            td { (p.products.join(", ")) @if !p.sectors.is_empty() { " · " (p.sectors.join(", ")) } }
                            td.num { (p.history.len()) }
                        }
                    }
                }
            }
            nav.pager {
                @if paging.page > 1 { a rel="prev" href=(format!("/projects?page={}", paging.page - 1)) { "← previous" } }
                @if paging.page < pages { a rel="next" href=(format!("/projects?page={}", paging.page + 1)) { "next →" } }
            }
        },
    ))
}

pub async fn project(State(state): State<AppState>, Path(id): Path<String>) -> PageResult {
    let id = api::parse_project_id(&id)?;
    let p = state.with_store(move |s| Ok(s.project(id)?)).await?.ok_or_else(|| ApiError::not_found(format!("no project {id}")))?;
    Ok(page(
        &format!("Project {}", p.id),
        html! {
            h1 { "Project " (p.id) ": " (p.kind) }
            dl.facts {
                dt { "current stage" } dd.stage { (p.stage.as_deref().unwrap_or("unknown")) }
                dt { "host" } dd { @if let Some(h) = &p.host { a href=(entity_href(h)) { (h) } } @else { "–" } }
                dt { "parties" } dd { @for party in &p.parties { a.party href=(entity_href(party)) { (party) } " " } }
                dt { "products" } dd { (p.products.join(", ")) }
                dt { "sectors" } dd { (p.sectors.join(", ")) }
            }
            h2 { "Timeline" }
            ol.timeline {
                @for s in &p.history {
                    li.step {
                        span.date { (s.date.as_deref().unwrap_or("undated")) }
                        span.badge.stage { (s.stage.as_deref().unwrap_or("–")) }
                        span.badge.type { (s.kind) }
                        blockquote.evidence { (s.evidence) }
                        a.source href=(doc_href(&s.doc)) { "source: " (s.doc) }
                        @for extra in &s.sources { " " a.source href=(doc_href(extra)) { (extra) } }
                    }
                }
            }
        },
    ))
}

// ---------------------------------------------------------------- entities

pub async fn entity(State(state): State<AppState>, Path(key): Path<String>) -> PageResult {
    let k = key.clone();
    let view = state.with_store(move |s| api::entity_view(s, &k)).await?.ok_or_else(|| ApiError::not_found(format!("no entity {key:?}")))?;
    let e = &view.entity;
    Ok(page(
        &e.name,
        html! {
            h1 { (e.name) }
            dl.facts {
                dt { "kind" } dd { (e.kind) }
                @if let Some(c) = &e.code { dt { "code" } dd { (c) } }
                @if let Some(c) = &e.country { dt { "country" } dd { a href=(entity_href(c)) { (c) } } }
                @if let Some(r) = &e.role { dt { "role" } dd { (r) } }
                dt { "also written" } dd { (e.aliases.join(" · ")) }
                dt { "projects" } dd { @for p in &e.projects { a href=(project_href(*p)) { (p) } " " } }
            }
            h2 { "Cooperation network" }
            @if view.network.edges.is_empty() { p.muted { "no shared events" } }
            @else { (svg::network(&view.network, Some(e.id), |id| entity_href(&id.to_string()))) }
            h2 { "Events (" (view.events.len()) ")" }
            (events_list(&view.events, &[]))
            h2 { "Documents" }
            ul.docs { @for d in &e.documents { li { a href=(doc_href(d)) { (d) } } } }
        },
    ))
}

// ---------------------------------------------------------------- documents

pub async fn document(State(state): State<AppState>, Path(id): Path<String>) -> PageResult {
    let k = id.clone();
    let d = state.with_store(move |s| Ok(s.document(&k)?)).await?.ok_or_else(|| ApiError::not_found(format!("no document {id:?}")))?;
    let mut needles = Vec::new();
    for ent in &d.extraction.entities {
        let Some(name) = ent.name.as_deref().or(ent.aliases.first().map(String::as_str)) else { continue };
        for surface in std::iter::once(name).chain(ent.aliases.iter().map(String::as_str)) {
            let prefix = surface.chars().count() >= 5;
            needles.extend(Needle::word(surface, prefix, Some(entity_href(name))));
        }
    }
    let title = d.title.clone().unwrap_or_else(|| d.id.clone());
    Ok(page(
        &title,
        html! {
            h1 { (title) }
            dl.facts {
                dt { "id" } dd { (d.id) }
                @if let Some(p) = &d.published { dt { "published" } dd { (p) } }
                @if let Some(l) = &d.lang { dt { "language" } dd { (l) } }
                @if let Some(u) = &d.url {
                    dt { "url" } dd { @if let Some(u) = safe_url(u) { a href=(u) rel="noopener noreferrer nofollow" { (u) } } @else { (u) } }
                }
                @if let Some(n) = &d.near_duplicate_of { dt { "reprint of" } dd { a href=(doc_href(n)) { (n) } } }
            }
            article.text {
                @for para in d.text.split('\n').filter(|p| !p.trim().is_empty()) {
                    p { (PreEscaped(highlight(para, &needles))) }
                }
            }
            h2 { "Events" }
            (events_list(&d.events, &[]))
            @if !d.also_reports.is_empty() {
                h2 { "Also reports" }
                (events_list(&d.also_reports, &[]))
            }
        },
    ))
}
