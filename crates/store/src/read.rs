//! The read path: search, projects, entities, documents, the network.

use crate::db::{Conn, Dialect, Val};
use crate::facets::{FacetIndex, Filter, MatchCache};
use crate::text;
use crate::{
    DocRecord, Edge, EntityRecord, EventCount, EventSummary, FacetCount, FeedState, Network, Node, Project, ProjectFilter, SearchHit,
    SearchQuery, SearchResult, Stats, Step, StoreError,
};
use onshore_core::Stage;
use std::collections::{BTreeMap, BTreeSet, HashMap};

fn clean(v: &Option<String>) -> Option<String> {
    v.as_ref().map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// Upper bound that makes `until` inclusive for partial dates: `2023` → `2023~`
/// sorts after every `2023-…` date.
fn until_bound(u: &str) -> String {
    format!("{u}~")
}

/// Entity ids a user's party/country text may mean: code, name key, alias or key prefix.
fn entity_ids(conn: &mut dyn Conn, q: &str) -> Result<Vec<i64>, StoreError> {
    if let Ok(id) = q.parse::<i64>() {
        return Ok(vec![id]);
    }
    let code = q.trim().to_uppercase();
    let key = text::name_key(q);
    let mut ids: BTreeSet<i64> = BTreeSet::new();
    for r in conn.query("SELECT id FROM entities WHERE code = $1", &[code.into()])? {
        ids.extend(r[0].int());
    }
    if !key.is_empty() {
        for r in conn.query("SELECT id FROM entities WHERE key = $1", &[key.clone().into()])? {
            ids.extend(r[0].int());
        }
        for r in conn.query("SELECT entity FROM aliases WHERE norm = $1", &[key.clone().into()])? {
            ids.extend(r[0].int());
        }
        if ids.is_empty() {
            let prefix = format!("{key} %");
            for r in conn.query("SELECT id FROM entities WHERE key LIKE $1 LIMIT 50", &[prefix.into()])? {
                ids.extend(r[0].int());
            }
        }
    }
    Ok(ids.into_iter().collect())
}

/// Country codes a user's text may mean (`KZ`, `kz`, `Kazakhstan`).
fn country_codes(conn: &mut dyn Conn, q: &str) -> Result<Vec<String>, StoreError> {
    let t = q.trim();
    if t.len() == 2 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        return Ok(vec![t.to_uppercase()]);
    }
    if let Some(code) = crate::countries::code(t) {
        return Ok(vec![code.to_string()]);
    }
    let mut codes = BTreeSet::new();
    for id in entity_ids(conn, t)? {
        if let Some(r) = conn.query_one("SELECT code FROM entities WHERE id = $1 AND kind = 'country'", &[id.into()])? {
            codes.extend(r[0].text());
        }
    }
    if codes.is_empty() {
        codes.insert(t.to_uppercase());
    }
    Ok(codes.into_iter().collect())
}

struct Sql {
    conds: Vec<String>,
    params: Vec<Val>,
}

impl Sql {
    fn param(&mut self, v: Val) -> String {
        self.params.push(v);
        format!("${}", self.params.len())
    }
}

pub fn search(conn: &mut dyn Conn, ix: &FacetIndex, cache: &mut MatchCache, q: &SearchQuery) -> Result<SearchResult, StoreError> {
    let mut candidates: Option<std::sync::Arc<Vec<i64>>> = None;
    if let Some(t) = clean(&q.text) {
        let terms = text::query_terms(&t);
        if !terms.is_empty() {
            let m = match conn.dialect() {
                Dialect::Sqlite => terms.iter().map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(" "),
                Dialect::Postgres => terms.iter().map(|t| format!("'{t}'")).collect::<Vec<_>>().join(" & "),
            };
            let ids = match cache.get(&m, ix.len()) {
                Some(ids) => ids,
                None => {
                    let rows = match conn.dialect() {
                        Dialect::Sqlite => conn.query_ints("SELECT rowid FROM doc_fts WHERE doc_fts MATCH $1", &[m.clone().into()])?,
                        Dialect::Postgres => conn.query_ints("SELECT doc FROM doc_fts WHERE stext @@ to_tsquery('simple', $1)", &[m.clone().into()])?,
                    };
                    let ids = std::sync::Arc::new(rows);
                    cache.put(m, ix.len(), ids.clone());
                    ids
                }
            };
            candidates = Some(ids);
        }
    }
    let mut any_of: Vec<Vec<(String, String)>> = Vec::new();
    let pairs = |facet: &str, values: Vec<String>| values.into_iter().map(|v| (facet.to_string(), v)).collect::<Vec<_>>();
    if let Some(c) = clean(&q.country) {
        any_of.push(pairs("country", country_codes(conn, &c)?));
    }
    if let Some(p) = clean(&q.party) {
        any_of.push(pairs("party", entity_ids(conn, &p)?.into_iter().map(|i| i.to_string()).collect()));
    }
    for (facet, v) in [("type", &q.event_type), ("stage", &q.stage), ("sector", &q.sector), ("lang", &q.lang)] {
        if let Some(v) = clean(v) {
            any_of.push(pairs(facet, vec![v.to_lowercase()]));
        }
    }
    let filter = Filter { any_of, since: clean(&q.since), until: clean(&q.until) };
    let limit = if q.limit == 0 { 20 } else { q.limit };
    let m = ix.select(candidates.as_deref().map(Vec::as_slice), &filter, q.offset, limit);

    let mut hits = Vec::with_capacity(m.page.len());
    if !m.page.is_empty() {
        let (list, params) = in_list(&m.page);
        let rows = conn.query(
            &format!("SELECT d.id, d.ext_id, d.title, d.url, d.published, d.date, d.lang, d.body FROM docs d WHERE d.id IN ({list})"),
            &params,
        )?;
        let mut events = events_of_docs(conn, &m.page)?;
        let mut by_id: HashMap<i64, Vec<Val>> = rows.into_iter().map(|r| (r[0].int().unwrap_or(0), r)).collect();
        for id in &m.page {
            let Some(r) = by_id.remove(id) else { continue };
            let body = r[7].text().unwrap_or_default();
            hits.push(SearchHit {
                doc: r[1].text().unwrap_or_default(),
                title: r[2].text(),
                url: r[3].text(),
                published: r[4].text(),
                date: r[5].text(),
                lang: r[6].text(),
                snippet: snippet(&body, q.text.as_deref()),
                events: events.remove(id).unwrap_or_default(),
            });
        }
    }

    let mut grouped: Vec<Vec<(&str, u64)>> = vec![Vec::new(); ix.facet_names().len()];
    for &(value, count) in &m.counts {
        grouped[ix.facet_of(value)].push((ix.value(value).1, count));
    }
    let mut facets: BTreeMap<String, Vec<FacetCount>> = BTreeMap::new();
    for (facet, mut counts) in ix.facet_names().iter().zip(grouped) {
        if counts.is_empty() {
            continue;
        }
        let order = |a: &(&str, u64), b: &(&str, u64)| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0));
        // Thousands of parties match a broad query; only the top 20 are shown.
        if facet == "party" && counts.len() > 20 {
            counts.select_nth_unstable_by(19, order);
            counts.truncate(20);
        }
        counts.sort_unstable_by(order);
        let labels = if facet == "party" {
            let ids: Vec<i64> = counts.iter().filter_map(|(v, _)| v.parse().ok()).collect();
            entity_labels(conn, &ids)?
        } else {
            HashMap::new()
        };
        let out = counts
            .into_iter()
            .map(|(value, count)| FacetCount {
                label: value.parse().ok().and_then(|id: i64| labels.get(&id).cloned()),
                value: value.to_string(),
                count,
            })
            .collect();
        facets.insert(facet.clone(), out);
    }
    Ok(SearchResult { total: m.total, hits, facets })
}

/// The first 200 characters around the first query word found, or of the text.
fn snippet(body: &str, query: Option<&str>) -> String {
    let lower = body.to_lowercase().replace('ё', "е");
    let mut start = 0;
    if let Some(q) = query {
        for w in text::words(q) {
            let probe: String = w.chars().take(5.max(w.chars().count().saturating_sub(2))).collect();
            if let Some(pos) = lower.find(&probe) {
                start = lower[..pos].chars().count().saturating_sub(60);
                break;
            }
        }
    }
    let s: String = body.chars().skip(start).take(200).collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn entity_labels(conn: &mut dyn Conn, ids: &[i64]) -> Result<HashMap<i64, String>, StoreError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let (list, params) = in_list(ids);
    let rows = conn.query(&format!("SELECT id, name FROM entities WHERE id IN ({list})"), &params)?;
    Ok(rows.into_iter().filter_map(|r| Some((r[0].int()?, r[1].text()?))).collect())
}

/// An `IN` list of ids: the placeholders `$1, $2, …` and their values.
fn in_list(ids: &[i64]) -> (String, Vec<Val>) {
    let list = (1..=ids.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
    (list, ids.iter().map(|&i| i.into()).collect())
}

/// Event summaries for rows of [`EVENT_COLS`], with parties and extra sources
/// fetched for all events at once (two queries, not two per event).
fn summarize(conn: &mut dyn Conn, rows: Vec<Vec<Val>>) -> Result<Vec<EventSummary>, StoreError> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = rows.iter().map(|r| r[0].int().unwrap_or(0)).collect();
    let (list, params) = in_list(&ids);
    // How a party is named in output: the code for countries and coded regions, else the name.
    let mut parties: HashMap<i64, Vec<String>> = HashMap::new();
    for r in conn.query(
        &format!("SELECT p.event, e.code, e.name FROM event_parties p JOIN entities e ON e.id = p.entity WHERE p.event IN ({list}) ORDER BY p.event, e.id"),
        &params,
    )? {
        parties.entry(r[0].int().unwrap_or(0)).or_default().push(r[1].text().or_else(|| r[2].text()).unwrap_or_default());
    }
    let mut sources = sources_of_events(conn, &ids)?;
    let mut out = Vec::with_capacity(rows.len());
    for (r, id) in rows.into_iter().zip(ids) {
        out.push(EventSummary {
            id,
            kind: r[1].text().unwrap_or_default(),
            stage: r[2].text(),
            date: r[3].text(),
            parties: parties.remove(&id).unwrap_or_default(),
            evidence: r[4].text().unwrap_or_default(),
            doc: r[5].text().unwrap_or_default(),
            project: r[6].int(),
            sources: sources.remove(&id).unwrap_or_default(),
        });
    }
    Ok(out)
}

/// The other documents reporting each of `events`, by event.
fn sources_of_events(conn: &mut dyn Conn, events: &[i64]) -> Result<HashMap<i64, Vec<String>>, StoreError> {
    let mut sources: HashMap<i64, Vec<String>> = HashMap::new();
    if events.is_empty() {
        return Ok(sources);
    }
    let (list, params) = in_list(events);
    for r in conn.query(
        &format!("SELECT s.event, d.ext_id FROM event_sources s JOIN docs d ON d.id = s.doc WHERE s.event IN ({list}) ORDER BY s.event, d.id"),
        &params,
    )? {
        sources.entry(r[0].int().unwrap_or(0)).or_default().extend(r[1].text());
    }
    Ok(sources)
}

const EVENT_COLS: &str = "e.id, e.type, e.stage, e.eff_date, e.evidence, d.ext_id, e.project";

/// The events of several documents, by document id, each list in document order.
fn events_of_docs(conn: &mut dyn Conn, docs: &[i64]) -> Result<HashMap<i64, Vec<EventSummary>>, StoreError> {
    let mut by_doc: HashMap<i64, Vec<EventSummary>> = HashMap::new();
    if docs.is_empty() {
        return Ok(by_doc);
    }
    let (list, params) = in_list(docs);
    let rows = conn.query(
        &format!("SELECT {EVENT_COLS}, e.doc FROM events e JOIN docs d ON d.id = e.doc WHERE e.doc IN ({list}) ORDER BY e.doc, e.idx"),
        &params,
    )?;
    let owners: Vec<i64> = rows.iter().map(|r| r[7].int().unwrap_or(0)).collect();
    for (event, doc) in summarize(conn, rows)?.into_iter().zip(owners) {
        by_doc.entry(doc).or_default().push(event);
    }
    Ok(by_doc)
}

fn doc_events(conn: &mut dyn Conn, doc: i64) -> Result<Vec<EventSummary>, StoreError> {
    let rows = conn.query(
        &format!("SELECT {EVENT_COLS} FROM events e JOIN docs d ON d.id = e.doc WHERE e.doc = $1 ORDER BY e.idx"),
        &[doc.into()],
    )?;
    summarize(conn, rows)
}

/// Newest first, undated last; the `projects_recent` index serves it.
const PROJECT_ORDER: &str = "ORDER BY pr.last_date DESC NULLS LAST, pr.id DESC";

/// One page of [`projects`] and the number of projects matching in all.
/// Only the page's projects are loaded whole, so a page costs about the same
/// on a store of any size.
pub fn projects_page(conn: &mut dyn Conn, f: &ProjectFilter, offset: usize, limit: usize) -> Result<(u64, Vec<Project>), StoreError> {
    let Some(mut sql) = project_conditions(conn, f, false)? else { return Ok((0, Vec::new())) };
    let filter = if sql.conds.is_empty() { "1 = 1".to_string() } else { sql.conds.join(" AND ") };
    let (total, ids) = match clean(&f.product).map(|p| text::search_text(&p)) {
        // Products are matched on normalized text, which SQL does not have:
        // read each candidate's product list (not the whole project) and page here.
        Some(want) => {
            let rows = conn.query(&format!("SELECT pr.id, pr.products FROM projects pr WHERE {filter} {PROJECT_ORDER}"), &sql.params)?;
            let ids: Vec<i64> = rows
                .into_iter()
                .filter(|r| {
                    let products: Vec<String> = serde_json::from_str(&r[1].text().unwrap_or_default()).unwrap_or_default();
                    products.iter().any(|x| text::search_text(x).contains(want.as_str()))
                })
                .filter_map(|r| r[0].int())
                .collect();
            (ids.len() as u64, ids.into_iter().skip(offset).take(limit).collect())
        }
        None => {
            let total = conn.query_int(&format!("SELECT COUNT(*) FROM projects pr WHERE {filter}"), &sql.params)?.unwrap_or(0) as u64;
            let lim = sql.param((limit as i64).into());
            let off = sql.param((offset as i64).into());
            (total, conn.query_ints(&format!("SELECT pr.id FROM projects pr WHERE {filter} {PROJECT_ORDER} LIMIT {lim} OFFSET {off}"), &sql.params)?)
        }
    };
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        out.extend(project(conn, id)?);
    }
    Ok((total, out))
}

/// The SQL conditions of a project filter; `None` when it can match nothing.
/// With `moved`, since/until date a stage move and are checked on the history instead.
fn project_conditions(conn: &mut dyn Conn, f: &ProjectFilter, moved: bool) -> Result<Option<Sql>, StoreError> {
    let mut sql = Sql { conds: vec![], params: vec![] };
    if let Some(s) = clean(&f.stage) {
        let p = sql.param(s.to_lowercase().into());
        sql.conds.push(format!("pr.stage = {p}"));
    }
    if let Some(t) = clean(&f.event_type) {
        let p = sql.param(t.to_lowercase().into());
        sql.conds.push(format!("pr.id IN (SELECT project FROM events WHERE type = {p})"));
    }
    if let Some(c) = clean(&f.country) {
        let codes = country_codes(conn, &c)?;
        let ps: Vec<String> = codes.iter().map(|c| sql.param(c.clone().into())).collect();
        let list = ps.join(", ");
        sql.conds.push(format!(
            "(pr.host IN ({list}) OR pr.id IN (SELECT e.project FROM events e JOIN event_parties p ON p.event = e.id JOIN entities n ON n.id = p.entity WHERE n.code IN ({list}) OR n.country IN ({list})))"
        ));
    }
    if let Some(p) = clean(&f.party) {
        let ids = entity_ids(conn, &p)?;
        if ids.is_empty() {
            return Ok(None);
        }
        let ps: Vec<String> = ids.iter().map(|i| sql.param((*i).into())).collect();
        sql.conds.push(format!(
            "pr.id IN (SELECT e.project FROM events e JOIN event_parties p ON p.event = e.id WHERE p.entity IN ({}))",
            ps.join(", ")
        ));
    }
    if let Some(s) = clean(&f.sector) {
        // `sectors` is a JSON list of strings: the quoted name is one element.
        let p = sql.param(format!("%{}%", serde_json::to_string(&s.to_lowercase()).unwrap_or_default()).into());
        sql.conds.push(format!("pr.sectors LIKE {p}"));
    }
    if !moved {
        if let Some(s) = clean(&f.since) {
            let p = sql.param(s.into());
            sql.conds.push(format!("pr.id IN (SELECT project FROM events WHERE eff_date >= {p})"));
        }
        if let Some(u) = clean(&f.until) {
            let p = sql.param(until_bound(&u).into());
            sql.conds.push(format!("pr.id IN (SELECT project FROM events WHERE eff_date <= {p})"));
        }
    }
    Ok(Some(sql))
}

pub fn projects(conn: &mut dyn Conn, f: &ProjectFilter, moved_between: Option<(Option<&str>, &str)>) -> Result<Vec<Project>, StoreError> {
    let parse_stage = |t: &str| Stage::parse(&t.trim().to_lowercase()).ok_or_else(|| StoreError::Invalid(format!("unknown stage {t:?}")));
    let moved_to = match moved_between.map(|m| m.1) {
        Some(t) => Some(parse_stage(t)?),
        None => None,
    };
    let moved_from = match moved_between.and_then(|m| m.0) {
        Some(t) => Some(parse_stage(t)?),
        None => None,
    };
    let Some(sql) = project_conditions(conn, f, moved_to.is_some())? else { return Ok(Vec::new()) };
    let filter = if sql.conds.is_empty() { "1 = 1".to_string() } else { sql.conds.join(" AND ") };
    let rows = conn.query(&format!("SELECT pr.id FROM projects pr WHERE {filter} {PROJECT_ORDER}"), &sql.params)?;
    let sector = clean(&f.sector).map(|s| s.to_lowercase());
    let product = clean(&f.product).map(|p| text::search_text(&p));
    let mut out = Vec::new();
    for r in rows {
        let Some(p) = project(conn, r[0].int().unwrap_or(0))? else { continue };
        if let Some(s) = &sector {
            if !p.sectors.contains(s) {
                continue;
            }
        }
        if let Some(want) = &product {
            if !p.products.iter().any(|x| text::search_text(x).contains(want.as_str())) {
                continue;
            }
        }
        if let Some(to) = moved_to {
            if !moved(&p, moved_from, to, clean(&f.since).as_deref(), clean(&f.until).as_deref()) {
                continue;
            }
        }
        out.push(p);
    }
    Ok(out)
}

/// Did the project reach `to` (or further), dated within [since, until],
/// after an earlier-dated step at `from` (or before; any stage short of `to`
/// when `from` is not given)?
fn moved(p: &Project, from: Option<Stage>, to: Stage, since: Option<&str>, until: Option<&str>) -> bool {
    let until = until.map(until_bound);
    let stage = |s: &Step| s.stage.as_deref().and_then(Stage::parse);
    p.history.iter().any(|step| {
        let (Some(st), Some(date)) = (stage(step), step.date.as_deref()) else { return false };
        if st < to || since.is_some_and(|s| date < s) || until.as_deref().is_some_and(|u| date > u) {
            return false;
        }
        p.history.iter().any(|before| {
            let (Some(b), Some(d)) = (stage(before), before.date.as_deref()) else { return false };
            d < date && match from {
                Some(f) => b <= f,
                None => b < to,
            }
        })
    })
}

pub fn project(conn: &mut dyn Conn, id: i64) -> Result<Option<Project>, StoreError> {
    let Some(r) = conn.query_one("SELECT id, type, host, stage, products, sectors FROM projects WHERE id = $1", &[id.into()])? else {
        return Ok(None);
    };
    let list = |v: &Val| serde_json::from_str::<Vec<String>>(&v.text().unwrap_or_default()).unwrap_or_default();
    let rows = conn.query(
        "SELECT e.id, e.type, e.stage, e.eff_date, e.evidence, d.ext_id FROM events e JOIN docs d ON d.id = e.doc WHERE e.project = $1",
        &[id.into()],
    )?;
    let events: Vec<i64> = rows.iter().map(|e| e[0].int().unwrap_or(0)).collect();
    let mut sources = sources_of_events(conn, &events)?;
    let mut history = Vec::with_capacity(rows.len());
    for (e, event) in rows.into_iter().zip(events) {
        history.push(Step {
            date: e[3].text(),
            stage: e[2].text(),
            doc: e[5].text().unwrap_or_default(),
            evidence: e[4].text().unwrap_or_default(),
            kind: e[1].text().unwrap_or_default(),
            event,
            sources: sources.remove(&event).unwrap_or_default(),
        });
    }
    // Undated steps first (they cannot be placed), then by date, then as ingested.
    history.sort_by(|a, b| (a.date.is_some(), &a.date, a.event).cmp(&(b.date.is_some(), &b.date, b.event)));
    let mut documents: Vec<String> = Vec::new();
    for s in &history {
        for d in std::iter::once(&s.doc).chain(s.sources.iter()) {
            if !documents.contains(d) {
                documents.push(d.clone());
            }
        }
    }
    let party_rows = conn.query(
        "SELECT DISTINCT n.id, n.code, n.name FROM events e JOIN event_parties p ON p.event = e.id JOIN entities n ON n.id = p.entity WHERE e.project = $1 ORDER BY n.id",
        &[id.into()],
    )?;
    let parties = party_rows.into_iter().map(|r| r[1].text().or_else(|| r[2].text()).unwrap_or_default()).collect();
    Ok(Some(Project {
        id,
        kind: r[1].text().unwrap_or_default(),
        host: r[2].text(),
        parties,
        sectors: list(&r[5]),
        products: list(&r[4]),
        stage: r[3].text(),
        documents,
        history,
    }))
}

pub fn entity(conn: &mut dyn Conn, key: &str) -> Result<Option<EntityRecord>, StoreError> {
    let Some(id) = entity_ids(conn, key)?.into_iter().next() else { return Ok(None) };
    let Some(r) = conn.query_one("SELECT id, kind, code, name, country, role FROM entities WHERE id = $1", &[id.into()])? else {
        return Ok(None);
    };
    let aliases = conn
        .query("SELECT alias FROM aliases WHERE entity = $1 ORDER BY alias", &[id.into()])?
        .into_iter()
        .filter_map(|r| r[0].text())
        .collect();
    let documents = conn
        .query("SELECT d.ext_id FROM doc_entities x JOIN docs d ON d.id = x.doc WHERE x.entity = $1 ORDER BY d.id", &[id.into()])?
        .into_iter()
        .filter_map(|r| r[0].text())
        .collect();
    let events = conn.query_int("SELECT COUNT(*) FROM event_parties WHERE entity = $1", &[id.into()])?.unwrap_or(0) as u64;
    let projects = conn
        .query(
            "SELECT DISTINCT e.project FROM event_parties p JOIN events e ON e.id = p.event WHERE p.entity = $1 AND e.project IS NOT NULL ORDER BY e.project",
            &[id.into()],
        )?
        .into_iter()
        .filter_map(|r| r[0].int())
        .collect();
    Ok(Some(EntityRecord {
        id,
        kind: r[1].text().unwrap_or_default(),
        code: r[2].text(),
        name: r[3].text().unwrap_or_default(),
        country: r[4].text(),
        role: r[5].text(),
        aliases,
        documents,
        events,
        projects,
    }))
}

pub fn document(conn: &mut dyn Conn, ext_id: &str) -> Result<Option<DocRecord>, StoreError> {
    let Some(r) = conn.query_one(
        "SELECT d.id, d.ext_id, d.url, d.title, d.published, d.lang, d.source, o.ext_id, d.body, d.extraction
         FROM docs d LEFT JOIN docs o ON o.id = d.near_dup_of WHERE d.ext_id = $1",
        &[ext_id.into()],
    )?
    else {
        return Ok(None);
    };
    let id = r[0].int().unwrap_or(0);
    let extraction = serde_json::from_str(&r[9].text().unwrap_or_default()).map_err(|e| StoreError::Invalid(e.to_string()))?;
    let events = doc_events(conn, id)?;
    let rows = conn.query(
        &format!("SELECT {EVENT_COLS} FROM event_sources s JOIN events e ON e.id = s.event JOIN docs d ON d.id = e.doc WHERE s.doc = $1 ORDER BY e.id"),
        &[id.into()],
    )?;
    let also_reports = summarize(conn, rows)?;
    Ok(Some(DocRecord {
        id: r[1].text().unwrap_or_default(),
        url: r[2].text(),
        title: r[3].text(),
        published: r[4].text(),
        lang: r[5].text(),
        source: r[6].text(),
        near_duplicate_of: r[7].text(),
        text: r[8].text().unwrap_or_default(),
        extraction,
        events,
        also_reports,
    }))
}

pub fn network(conn: &mut dyn Conn) -> Result<Network, StoreError> {
    let edges: Vec<Edge> = conn
        .query(
            "SELECT a.entity, b.entity, COUNT(DISTINCT a.event) FROM event_parties a JOIN event_parties b ON a.event = b.event AND a.entity < b.entity
             GROUP BY a.entity, b.entity ORDER BY a.entity, b.entity",
            &[],
        )?
        .into_iter()
        .map(|r| Edge { source: r[0].int().unwrap_or(0), target: r[1].int().unwrap_or(0), weight: r[2].int().unwrap_or(0) as u64 })
        .collect();
    let nodes = conn
        .query(
            "SELECT id, kind, code, name, country FROM entities WHERE id IN (SELECT entity FROM event_parties) ORDER BY id",
            &[],
        )?
        .into_iter()
        .map(|r| Node {
            id: r[0].int().unwrap_or(0),
            kind: r[1].text().unwrap_or_default(),
            code: r[2].text(),
            name: r[3].text().unwrap_or_default(),
            country: r[4].text(),
        })
        .collect();
    Ok(Network { nodes, edges })
}

/// Events counted by type, stage and date (the event's own, else its
/// document's), in one `GROUP BY`: what a dashboard draws.
pub fn event_counts(conn: &mut dyn Conn) -> Result<Vec<EventCount>, StoreError> {
    let rows = conn.query(
        "SELECT e.type, e.stage, COALESCE(e.eff_date, d.date), COUNT(*) FROM events e JOIN docs d ON d.id = e.doc GROUP BY 1, 2, 3",
        &[],
    )?;
    Ok(rows
        .into_iter()
        .map(|r| EventCount { kind: r[0].text().unwrap_or_default(), stage: r[1].text(), date: r[2].text(), count: r[3].int().unwrap_or(0) as u64 })
        .collect())
}

pub fn stats(conn: &mut dyn Conn) -> Result<Stats, StoreError> {
    let mut count = |t: &str| -> Result<u64, StoreError> { Ok(conn.query_int(&format!("SELECT COUNT(*) FROM {t}"), &[])?.unwrap_or(0) as u64) };
    Ok(Stats {
        documents: count("docs")?,
        entities: count("entities")?,
        aliases: count("aliases")?,
        events: count("events")?,
        extra_sources: count("event_sources")?,
        projects: count("projects")?,
    })
}

pub fn document_ids(conn: &mut dyn Conn) -> Result<Vec<String>, StoreError> {
    Ok(conn.query("SELECT ext_id FROM docs ORDER BY id", &[])?.into_iter().filter_map(|r| r[0].text()).collect())
}

pub fn extractions(conn: &mut dyn Conn) -> Result<Vec<onshore_core::Extraction>, StoreError> {
    conn.query("SELECT extraction FROM docs ORDER BY id", &[])?
        .into_iter()
        .map(|r| serde_json::from_str(&r[0].text().unwrap_or_default()).map_err(|e| StoreError::Invalid(e.to_string())))
        .collect()
}

pub fn check_integrity(conn: &mut dyn Conn) -> Result<(), StoreError> {
    if conn.dialect() == Dialect::Sqlite {
        let rows = conn.query("PRAGMA integrity_check", &[])?;
        let msgs: Vec<String> = rows.into_iter().filter_map(|r| r[0].text()).collect();
        if msgs != ["ok"] {
            return Err(StoreError::Schema(format!("integrity_check: {}", msgs.join("; "))));
        }
        let fk = conn.query("PRAGMA foreign_key_check", &[])?;
        if !fk.is_empty() {
            return Err(StoreError::Schema(format!("{} rows violate foreign keys", fk.len())));
        }
        let fts_rows = conn.query_int("SELECT COUNT(*) FROM doc_fts", &[])?.unwrap_or(0);
        let docs = conn.query_int("SELECT COUNT(*) FROM docs", &[])?.unwrap_or(0);
        if fts_rows != docs {
            return Err(StoreError::Schema(format!("{docs} documents but {fts_rows} search index rows")));
        }
    }
    let docs = conn.query_int("SELECT COUNT(*) FROM docs", &[])?.unwrap_or(0);
    let indexed = conn.query_int("SELECT COUNT(*) FROM doc_index", &[])?.unwrap_or(0);
    if docs != indexed {
        return Err(StoreError::Schema(format!("{docs} documents but {indexed} facet index rows")));
    }
    let orphans = conn.query_int("SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM docs d WHERE d.id = e.doc)", &[])?.unwrap_or(0);
    if orphans > 0 {
        return Err(StoreError::Schema(format!("{orphans} events without a document")));
    }
    let empty = conn
        .query_int("SELECT COUNT(*) FROM projects p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.project = p.id)", &[])?
        .unwrap_or(0);
    if empty > 0 {
        return Err(StoreError::Schema(format!("{empty} projects without events")));
    }
    Ok(())
}

pub fn feed_state(conn: &mut dyn Conn, url: &str) -> Result<FeedState, StoreError> {
    Ok(match conn.query_one("SELECT etag, last_modified, last_polled FROM feeds WHERE url = $1", &[url.into()])? {
        Some(r) => FeedState { etag: r[0].text(), last_modified: r[1].text(), last_polled: r[2].text() },
        None => FeedState::default(),
    })
}
