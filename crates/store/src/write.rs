//! The ingest path: deduplicate, resolve entities, store or link events,
//! link projects, index for search. Everything here runs inside the batch
//! transaction opened by [`ingest_batch`].

use crate::db::{Conn, Dialect, Val};
use crate::text;
use crate::{FeedState, NewDoc, Outcome, StoreError};
use onshore_core::{Entity, EntityKind, Event, EventType, Stage};
use std::collections::{BTreeSet, HashMap};

pub fn ingest_batch(conn: &mut dyn Conn, docs: &[NewDoc]) -> Result<Vec<Outcome>, StoreError> {
    // IMMEDIATE takes the write lock up front, so two writers queue on the
    // busy timeout instead of failing on a read-to-write upgrade.
    conn.batch(match conn.dialect() {
        Dialect::Sqlite => "BEGIN IMMEDIATE",
        Dialect::Postgres => "BEGIN",
    })?;
    let mut outcomes = Vec::with_capacity(docs.len());
    let result = (|| {
        for d in docs {
            conn.batch("SAVEPOINT doc")?;
            match ingest_one(conn, d) {
                Ok(o) => {
                    conn.batch("RELEASE SAVEPOINT doc")?;
                    outcomes.push(o);
                }
                Err(e) => {
                    conn.batch("ROLLBACK TO SAVEPOINT doc")?;
                    conn.batch("RELEASE SAVEPOINT doc")?;
                    outcomes.push(Outcome::Failed { doc: d.document.id.clone(), reason: e.to_string() });
                }
            }
        }
        conn.batch("COMMIT")
    })();
    if let Err(e) = result {
        let _ = conn.batch("ROLLBACK");
        return Err(e);
    }
    Ok(outcomes)
}

/// An event's parties after resolution.
#[derive(Clone)]
pub(crate) struct Party {
    entity: i64,
    kind: EntityKind,
    /// ISO country of the party: its code for countries, the code prefix or
    /// home country for regions, the home country otherwise.
    country: Option<String>,
}

fn ingest_one(conn: &mut dyn Conn, new: &NewDoc) -> Result<Outcome, StoreError> {
    let doc = &new.document;
    let x = &new.extraction;
    if doc.text.trim().is_empty() {
        return Err(StoreError::Invalid("document has no text".into()));
    }
    let hash = text::content_hash(&doc.text);
    if let Some(row) = conn.query_one("SELECT ext_id FROM docs WHERE content_hash = $1", &[hash.clone().into()])? {
        return Ok(Outcome::Duplicate { doc: doc.id.clone(), existing: row[0].text().unwrap_or_default() });
    }
    let ext_id = unique_ext_id(conn, &doc.id, &hash)?;
    let lang = if x.lang.is_empty() { None } else { Some(x.lang.clone()) };
    let published = x.published.clone().or_else(|| doc.published.clone());
    let date = published.clone().or_else(|| x.events.iter().filter_map(|e| e.date.clone()).max());

    let fingerprint = text::simhash(&doc.text);
    let near_dup_of = find_near_duplicate(conn, fingerprint, lang.as_deref())?;
    let b = text::bands(fingerprint);
    let stored_extraction = serde_json::to_string(&onshore_core::Extraction { doc: ext_id.clone(), ..x.clone() })
        .map_err(|e| StoreError::Invalid(e.to_string()))?;
    let doc_id = conn
        .query_int(
            "INSERT INTO docs (ext_id, content_hash, lang, url, title, published, date, source, simhash, sh0, sh1, sh2, sh3, near_dup_of, body, extraction, ingested_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id",
            &[
                ext_id.clone().into(),
                hash.into(),
                lang.clone().into(),
                doc.url.clone().or_else(|| x.url.clone()).into(),
                doc.title.clone().or_else(|| x.title.clone()).into(),
                published.clone().into(),
                date.clone().into(),
                new.source.clone().into(),
                Val::Int(fingerprint as i64),
                b[0].into(),
                b[1].into(),
                b[2].into(),
                b[3].into(),
                near_dup_of.as_ref().map(|(id, _)| *id).into(),
                doc.text.clone().into(),
                stored_extraction.into(),
                text::utc_now().into(),
            ],
        )?
        .ok_or_else(|| StoreError::Invalid("insert returned no id".into()))?;

    // Entities: resolve each once; index every key a party may use for it.
    let mut by_key: HashMap<String, Party> = HashMap::new();
    let mut facets: BTreeSet<(&'static str, String)> = BTreeSet::new();
    let mut index_words: Vec<String> = Vec::new();
    for e in &x.entities {
        let Some(p) = resolve_entity(conn, e)? else { continue };
        conn.exec(
            "INSERT INTO doc_entities (doc, entity) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[doc_id.into(), p.entity.into()],
        )?;
        facets.insert(("party", p.entity.to_string()));
        if matches!(p.kind, EntityKind::Country | EntityKind::Region) {
            if let Some(c) = &p.country {
                facets.insert(("country", c.clone()));
            }
        }
        index_words.extend(e.name.iter().cloned());
        index_words.extend(e.aliases.iter().cloned());
        for k in e.id.iter().chain(e.name.iter()).chain(e.aliases.iter()) {
            by_key.entry(k.clone()).or_insert_with(|| p.clone());
        }
    }

    let mut linked = 0usize;
    for (idx, ev) in x.events.iter().enumerate() {
        let mut parties: Vec<Party> = Vec::new();
        for key in &ev.parties {
            let p = match by_key.get(key) {
                Some(p) => p.clone(),
                None => match resolve_entity(conn, &entity_from_party_key(key))? {
                    Some(p) => {
                        conn.exec(
                            "INSERT INTO doc_entities (doc, entity) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                            &[doc_id.into(), p.entity.into()],
                        )?;
                        by_key.insert(key.clone(), p.clone());
                        p
                    }
                    None => continue,
                },
            };
            if !parties.iter().any(|q| q.entity == p.entity) {
                parties.push(p);
            }
        }
        let host = ev.host.clone().or_else(|| derive_host(ev, &parties));
        let stage = effective_stage(ev);
        let eff_date = ev.date.clone().or_else(|| published.clone());

        facets.insert(("type", ev.kind.as_str().to_string()));
        if let Some(s) = stage {
            facets.insert(("stage", s.as_str().to_string()));
        }
        for s in &ev.sectors {
            facets.insert(("sector", s.as_str().to_string()));
        }
        if let Some(h) = &host {
            facets.insert(("country", h.clone()));
        }
        for p in &parties {
            facets.insert(("party", p.entity.to_string()));
            if matches!(p.kind, EntityKind::Country | EntityKind::Region) {
                if let Some(c) = &p.country {
                    facets.insert(("country", c.clone()));
                }
            }
        }
        index_words.push(ev.kind.as_str().to_string());
        index_words.extend(ev.sectors.iter().map(|s| s.as_str().replace('_', " ")));
        index_words.extend(ev.products.iter().cloned());

        let near_source = near_dup_of.as_ref().map(|(id, _)| *id);
        if let Some(existing) = find_matching_event(conn, doc_id, ev, &parties, host.as_deref(), eff_date.as_deref(), near_source)? {
            conn.exec(
                "INSERT INTO event_sources (event, doc, evidence) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                &[existing.into(), doc_id.into(), ev.evidence.clone().into()],
            )?;
            linked += 1;
            continue;
        }
        let data = serde_json::to_string(ev).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let event_id = conn
            .query_int(
                "INSERT INTO events (doc, idx, type, host, stage, date, eff_date, evidence, data)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                &[
                    doc_id.into(),
                    (idx as i64).into(),
                    ev.kind.as_str().into(),
                    host.clone().into(),
                    stage.map(|s| s.as_str()).into(),
                    ev.date.clone().into(),
                    eff_date.clone().into(),
                    ev.evidence.clone().into(),
                    data.into(),
                ],
            )?
            .ok_or_else(|| StoreError::Invalid("insert returned no id".into()))?;
        for p in &parties {
            conn.exec(
                "INSERT INTO event_parties (event, entity) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                &[event_id.into(), p.entity.into()],
            )?;
        }
        crate::write::projects::link(conn, event_id, ev, &parties, host.as_deref(), stage, eff_date.as_deref())?;
    }

    if let Some(l) = &lang {
        facets.insert(("lang", l.clone()));
    }
    let mut lines = String::new();
    for (facet, value) in &facets {
        lines.push_str(facet);
        lines.push('\t');
        lines.push_str(&value.replace(['\t', '\n'], " "));
        lines.push('\n');
    }
    conn.exec(
        "INSERT INTO doc_index (doc, date, facets) VALUES ($1, $2, $3)",
        &[doc_id.into(), date.clone().into(), lines.into()],
    )?;

    let mut indexed = String::new();
    if let Some(t) = doc.title.as_ref().or(x.title.as_ref()) {
        indexed.push_str(t);
        indexed.push('\n');
    }
    indexed.push_str(&doc.text);
    for w in &index_words {
        indexed.push('\n');
        indexed.push_str(w);
    }
    let stext = text::search_text(&indexed);
    match conn.dialect() {
        Dialect::Sqlite => conn.exec("INSERT INTO doc_fts (rowid, stext) VALUES ($1, $2)", &[doc_id.into(), stext.into()])?,
        Dialect::Postgres => conn.exec(
            "INSERT INTO doc_fts (doc, stext) VALUES ($1, to_tsvector('simple', $2))",
            &[doc_id.into(), stext.into()],
        )?,
    };

    // A text that merely looks like another (same template, other figures)
    // is a new report: it is a near-duplicate only if its facts matched too.
    let all_linked = !x.events.is_empty() && linked == x.events.len();
    let reprint = near_dup_of.is_some() && (x.events.is_empty() || linked > 0);
    Ok(if reprint || all_linked {
        Outcome::NearDuplicate { doc: ext_id, of: near_dup_of.map(|(_, e)| e), linked }
    } else {
        Outcome::New { doc: ext_id }
    })
}

/// The id `extract` reported, made unique: a different text under a name
/// already taken (two `report.txt` in two folders) gets `~2`, `~3`, …
fn unique_ext_id(conn: &mut dyn Conn, wanted: &str, hash: &str) -> Result<String, StoreError> {
    let base = if wanted.trim().is_empty() { format!("doc-{}", &hash[..12]) } else { wanted.to_string() };
    let mut candidate = base.clone();
    let mut n = 1;
    while conn.query_int("SELECT id FROM docs WHERE ext_id = $1", &[candidate.clone().into()])?.is_some() {
        n += 1;
        candidate = format!("{base}~{n}");
    }
    Ok(candidate)
}

fn find_near_duplicate(conn: &mut dyn Conn, fp: u64, lang: Option<&str>) -> Result<Option<(i64, String)>, StoreError> {
    let b = text::bands(fp);
    let rows = conn.query(
        "SELECT id, ext_id, simhash, lang FROM docs WHERE sh0 = $1 OR sh1 = $2 OR sh2 = $3 OR sh3 = $4 LIMIT 500",
        &[b[0].into(), b[1].into(), b[2].into(), b[3].into()],
    )?;
    let mut best: Option<(u32, i64, String)> = None;
    for r in rows {
        if r[3].text().as_deref() != lang {
            continue;
        }
        let d = ((r[2].int().unwrap_or(0) as u64) ^ fp).count_ones();
        if d <= text::NEAR_DUP_BITS && best.as_ref().is_none_or(|b| d < b.0) {
            best = Some((d, r[0].int().unwrap_or(0), r[1].text().unwrap_or_default()));
        }
    }
    Ok(best.map(|(_, id, ext)| (id, ext)))
}

fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase())
}

fn is_region_code(s: &str) -> bool {
    let mut it = s.splitn(2, '-');
    let (a, b) = (it.next().unwrap_or(""), it.next().unwrap_or(""));
    is_country_code(a) && (1..=3).contains(&b.len()) && b.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// A party key with no entity entry in its document: codes become countries
/// or regions, anything else an organization by that name.
fn entity_from_party_key(key: &str) -> Entity {
    let mut e = Entity::country(key);
    if is_country_code(key) {
        return e;
    }
    if is_region_code(key) {
        e.kind = EntityKind::Region;
        return e;
    }
    e.kind = EntityKind::Org;
    e.id = None;
    e.name = Some(key.to_string());
    e
}

fn entity_country(kind: EntityKind, code: Option<&str>, country: Option<&str>) -> Option<String> {
    match kind {
        EntityKind::Country => code.map(str::to_string),
        EntityKind::Region => code.and_then(|c| c.split('-').next()).map(str::to_string).or(country.map(str::to_string)),
        _ => country.map(str::to_string),
    }
}

/// One registry entity per real-world entity; see the crate docs for the order of keys tried.
fn resolve_entity(conn: &mut dyn Conn, e: &Entity) -> Result<Option<Party>, StoreError> {
    let kind = e.kind;
    let code = e.id.as_ref().map(|c| c.trim().to_uppercase()).filter(|c| !c.is_empty());
    let country_name = match (kind, &code) {
        (EntityKind::Country, Some(c)) => crate::countries::name(c).map(str::to_string),
        _ => None,
    };
    let display = e.name.clone().or(country_name).or_else(|| e.aliases.first().cloned()).or_else(|| code.clone());
    let Some(display) = display.filter(|d| !d.trim().is_empty()) else { return Ok(None) };
    let key = text::name_key(&display);
    let country = e.country.as_ref().map(|c| c.trim().to_uppercase());

    let mut found: Option<i64> = None;
    if let Some(code) = &code {
        found = conn.query_int("SELECT id FROM entities WHERE kind = $1 AND code = $2", &[kind.as_str().into(), code.clone().into()])?;
        if found.is_none() && e.name.is_some() {
            // The same region may have been seen before by name only.
            found = conn.query_int(
                "SELECT id FROM entities WHERE kind = $1 AND key = $2 AND code IS NULL",
                &[kind.as_str().into(), key.clone().into()],
            )?;
            if let Some(id) = found {
                conn.exec("UPDATE entities SET code = $1 WHERE id = $2", &[code.clone().into(), id.into()])?;
            }
        }
    } else if !key.is_empty() {
        found = find_by_name(conn, kind, &key, country.as_deref(), e)?;
    }
    let id = match found {
        Some(id) => {
            if let Some(c) = &country {
                conn.exec("UPDATE entities SET country = $1 WHERE id = $2 AND country IS NULL", &[c.clone().into(), id.into()])?;
            }
            if let (Some(name), Some(code)) = (&e.name, &code) {
                // Countries first seen by code alone get their name when one arrives.
                conn.exec(
                    "UPDATE entities SET name = $1, key = $2, block = $3 WHERE id = $4 AND name = $5",
                    &[name.clone().into(), key.clone().into(), text::name_block(&key).into(), id.into(), code.clone().into()],
                )?;
            }
            id
        }
        None => conn
            .query_int(
                "INSERT INTO entities (kind, code, key, block, name, country, role) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                &[
                    kind.as_str().into(),
                    code.clone().into(),
                    key.clone().into(),
                    text::name_block(&key).into(),
                    display.clone().into(),
                    country.clone().into(),
                    e.role.clone().into(),
                ],
            )?
            .ok_or_else(|| StoreError::Invalid("insert returned no id".into()))?,
    };
    for alias in e.name.iter().chain(e.aliases.iter()) {
        let norm = text::name_key(alias);
        if norm.is_empty() {
            continue;
        }
        conn.exec(
            "INSERT INTO aliases (entity, alias, norm) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            &[id.into(), alias.clone().into(), norm.into()],
        )?;
    }
    let row = conn.query_one("SELECT code, country FROM entities WHERE id = $1", &[id.into()])?.unwrap_or_default();
    let (code, home) = (row.first().and_then(Val::text), row.get(1).and_then(Val::text));
    Ok(Some(Party { entity: id, kind, country: entity_country(kind, code.as_deref(), home.as_deref()) }))
}

const FUZZY_MIN: f64 = 0.93;

fn compatible_country(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

fn find_by_name(conn: &mut dyn Conn, kind: EntityKind, key: &str, country: Option<&str>, e: &Entity) -> Result<Option<i64>, StoreError> {
    let k = kind.as_str();
    for r in conn.query("SELECT id, country FROM entities WHERE kind = $1 AND key = $2", &[k.into(), key.into()])? {
        if compatible_country(r[1].text().as_deref(), country) {
            return Ok(r[0].int());
        }
    }
    for alias in e.name.iter().chain(e.aliases.iter()) {
        let norm = text::name_key(alias);
        if norm.is_empty() {
            continue;
        }
        let rows = conn.query(
            "SELECT e.id, e.country FROM aliases a JOIN entities e ON e.id = a.entity WHERE a.norm = $1 AND e.kind = $2",
            &[norm.into(), k.into()],
        )?;
        for r in rows {
            if compatible_country(r[1].text().as_deref(), country) {
                return Ok(r[0].int());
            }
        }
    }
    let mut best: Option<(f64, i64)> = None;
    let rows = conn.query(
        "SELECT id, key, country FROM entities WHERE kind = $1 AND block = $2",
        &[k.into(), text::name_block(key).into()],
    )?;
    for r in rows {
        if !compatible_country(r[2].text().as_deref(), country) {
            continue;
        }
        let score = strsim::jaro_winkler(key, &r[1].text().unwrap_or_default());
        if score >= FUZZY_MIN && best.is_none_or(|b| score > b.0) {
            best = Some((score, r[0].int().unwrap_or(0)));
        }
    }
    Ok(best.map(|b| b.1))
}

/// The host country when the event does not name one: the only country
/// among its parties (a region counts as its country). With two countries
/// (Belarus's ministry signing with China) the text must say which one hosts;
/// guessing from home countries went wrong on real articles, so no guess.
fn derive_host(ev: &Event, parties: &[Party]) -> Option<String> {
    if !matches!(ev.kind, EventType::Localization | EventType::Investment | EventType::Agreement | EventType::Intent | EventType::Supply) {
        return None;
    }
    let countries: BTreeSet<&str> = parties
        .iter()
        .filter(|p| matches!(p.kind, EntityKind::Country | EntityKind::Region))
        .filter_map(|p| p.country.as_deref())
        .collect();
    match countries.len() {
        1 => countries.into_iter().next().map(str::to_string),
        _ => None,
    }
}

/// The stage an event stands for: its own, else what its type implies
/// (a signed agreement is agreed; a meeting or an intent is talk).
pub(crate) fn effective_stage(ev: &Event) -> Option<Stage> {
    ev.stage.or(match ev.kind {
        EventType::Agreement => Some(Stage::Agreed),
        EventType::Meeting | EventType::Intent => Some(Stage::Discussed),
        _ => None,
    })
}

const DATE_WINDOW_DAYS: i64 = 7;

fn same_unit(a: &str, b: &str) -> bool {
    let n = |s: &str| s.trim().to_lowercase().trim_end_matches('s').to_string();
    n(a) == n(b)
}

fn dates_agree(a: &str, b: &str) -> bool {
    match (text::day_number(a), text::day_number(b)) {
        (Some(x), Some(y)) => (x - y).abs() <= DATE_WINDOW_DAYS,
        _ => {
            let n = a.len().min(b.len());
            a[..n] == b[..n]
        }
    }
}

/// An existing event (of another document) reporting the same facts, if any.
/// Against the events of a same-language near-duplicate source the test is
/// relaxed to type and parties: a reprint's dates and figures are the original's.
fn find_matching_event(
    conn: &mut dyn Conn,
    doc_id: i64,
    ev: &Event,
    parties: &[Party],
    host: Option<&str>,
    eff_date: Option<&str>,
    near_source: Option<i64>,
) -> Result<Option<i64>, StoreError> {
    if parties.is_empty() {
        return Ok(None);
    }
    let mine: BTreeSet<i64> = parties.iter().map(|p| p.entity).collect();
    let my_orgs: BTreeSet<i64> = parties.iter().filter(|p| !matches!(p.kind, EntityKind::Country | EntityKind::Region)).map(|p| p.entity).collect();

    if let Some(src) = near_source {
        let rows = conn.query(
            "SELECT id, host, eff_date, data, stage FROM events WHERE doc = $1 AND type = $2",
            &[src.into(), ev.kind.as_str().into()],
        )?;
        for r in rows {
            let id = r[0].int().unwrap_or(0);
            // Formulaic texts (agency briefs, reports from templates) look alike
            // too; a reprint also keeps the original's dates and figures.
            if !facts_agree(ev, host, eff_date, &r) {
                continue;
            }
            let theirs = event_party_ids(conn, id)?;
            if !theirs.is_disjoint(&mine) {
                return Ok(Some(id));
            }
        }
    }

    // Look up candidates through the rarest kind of party: an organization if any.
    let probe = parties.iter().find(|p| my_orgs.contains(&p.entity)).unwrap_or(&parties[0]).entity;
    let (lo, hi) = match eff_date.and_then(text::day_number) {
        Some(d) => (text::date_of_day(d - DATE_WINDOW_DAYS), text::date_of_day(d + DATE_WINDOW_DAYS)),
        None => ("0000".to_string(), "9999".to_string()),
    };
    let rows = conn.query(
        "SELECT e.id, e.host, e.eff_date, e.data, e.stage FROM event_parties p JOIN events e ON e.id = p.event
         WHERE p.entity = $1 AND e.type = $2 AND e.doc <> $3
           AND (e.eff_date IS NULL OR (e.eff_date >= $4 AND e.eff_date <= $5))
         ORDER BY e.id DESC LIMIT 200",
        &[probe.into(), ev.kind.as_str().into(), doc_id.into(), lo.into(), hi.into()],
    )?;
    for r in rows {
        let id = r[0].int().unwrap_or(0);
        if !facts_agree(ev, host, eff_date, &r) {
            continue;
        }
        let theirs = event_party_ids(conn, id)?;
        let their_orgs: BTreeSet<i64> = {
            let mut s = BTreeSet::new();
            for e in &theirs {
                let kind = conn.query_one("SELECT kind FROM entities WHERE id = $1", &[(*e).into()])?;
                if kind.and_then(|k| k[0].text()).is_some_and(|k| k != "country" && k != "region") {
                    s.insert(*e);
                }
            }
            s
        };
        let parties_agree = if !my_orgs.is_empty() && !their_orgs.is_empty() {
            !my_orgs.is_disjoint(&their_orgs)
        } else {
            mine == theirs
        };
        if parties_agree {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// Do an event and a stored one (row: id, host, eff_date, data, stage)
/// agree on every fact both state? Type and parties are checked by the caller.
fn facts_agree(ev: &Event, host: Option<&str>, eff_date: Option<&str>, r: &[Val]) -> bool {
    if let (Some(a), Some(b)) = (host, r[1].text()) {
        if a != b {
            return false;
        }
    }
    // Reports that disagree on how far it has come are kept as separate steps.
    if let (Some(a), Some(b)) = (effective_stage(ev), r[4].text()) {
        if a.as_str() != b {
            return false;
        }
    }
    if let (Some(a), Some(b)) = (eff_date, r[2].text()) {
        if !dates_agree(a, &b) {
            return false;
        }
    }
    let Ok(other) = serde_json::from_str::<Event>(&r[3].text().unwrap_or_default()) else { return false };
    if let (Some(a), Some(b)) = (&ev.date, &other.date) {
        if !dates_agree(a, b) {
            return false;
        }
    }
    if ev.instrument.is_some() && other.instrument.is_some() && ev.instrument != other.instrument {
        return false;
    }
    if ev.count.is_some() && other.count.is_some() && ev.count != other.count {
        return false;
    }
    if !ev.quantities.is_empty() && !other.quantities.is_empty() {
        let shared = ev.quantities.iter().any(|q| {
            other.quantities.iter().any(|o| same_unit(&q.unit, &o.unit) && (q.value - o.value).abs() <= 0.01 * q.value.abs().max(o.value.abs()))
        });
        if !shared {
            return false;
        }
    }
    true
}

fn event_party_ids(conn: &mut dyn Conn, event: i64) -> Result<BTreeSet<i64>, StoreError> {
    Ok(conn
        .query("SELECT entity FROM event_parties WHERE event = $1", &[event.into()])?
        .into_iter()
        .filter_map(|r| r[0].int())
        .collect())
}

pub fn set_feed_state(conn: &mut dyn Conn, url: &str, s: &FeedState) -> Result<(), StoreError> {
    conn.exec(
        "INSERT INTO feeds (url, etag, last_modified, last_polled) VALUES ($1, $2, $3, $4)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_polled = excluded.last_polled",
        &[url.into(), s.etag.clone().into(), s.last_modified.clone().into(), s.last_polled.clone().into()],
    )?;
    Ok(())
}

pub(crate) mod projects {
    //! Linking events into projects (undertakings followed across documents).

    use super::Party;
    use crate::db::{Conn, Val};
    use crate::{text, StoreError};
    use onshore_core::{EntityKind, Event, EventType, Stage};
    use std::collections::BTreeSet;

    /// How telling a type is for naming a project: the most specific step wins.
    pub fn type_rank(t: &str) -> u8 {
        match t {
            "localization" => 6,
            "investment" => 5,
            "supply" => 4,
            "agreement" => 3,
            "intent" => 2,
            "meeting" => 1,
            _ => 0,
        }
    }

    fn product_key(p: &str) -> String {
        text::search_text(p)
    }

    fn overlaps(a: &[String], b: &[String]) -> bool {
        a.iter().any(|x| b.iter().any(|y| x == y || x.contains(y.as_str()) || y.contains(x.as_str())))
    }

    struct Candidate {
        id: i64,
        host: Option<String>,
        last_date: Option<String>,
        products: Vec<String>,
        sectors: Vec<String>,
    }

    fn subject_compatible(products: &[String], sectors: &[String], c: &Candidate) -> bool {
        if !products.is_empty() && !c.products.is_empty() {
            let mine: Vec<String> = products.iter().map(|p| product_key(p)).collect();
            let theirs: Vec<String> = c.products.iter().map(|p| product_key(p)).collect();
            return overlaps(&mine, &theirs);
        }
        if !sectors.is_empty() && !c.sectors.is_empty() {
            return sectors.iter().any(|s| c.sectors.contains(s));
        }
        true
    }

    fn load(conn: &mut dyn Conn, id: i64) -> Result<Option<Candidate>, StoreError> {
        let Some(r) = conn.query_one("SELECT id, host, last_date, products, sectors FROM projects WHERE id = $1", &[id.into()])? else {
            return Ok(None);
        };
        let list = |v: &Val| serde_json::from_str::<Vec<String>>(&v.text().unwrap_or_default()).unwrap_or_default();
        Ok(Some(Candidate { id, host: r[1].text(), last_date: r[2].text(), products: list(&r[3]), sectors: list(&r[4]) }))
    }

    /// Attach a freshly stored event to its project, creating or merging projects as needed.
    pub(crate) fn link(
        conn: &mut dyn Conn,
        event_id: i64,
        ev: &Event,
        parties: &[Party],
        host: Option<&str>,
        stage: Option<Stage>,
        eff_date: Option<&str>,
    ) -> Result<(), StoreError> {
        let may_create = matches!(
            ev.kind,
            EventType::Localization | EventType::Agreement | EventType::Investment | EventType::Intent | EventType::Supply
        );
        if !may_create && ev.kind != EventType::Meeting {
            return Ok(());
        }
        let orgs: Vec<i64> = parties.iter().filter(|p| p.kind == EntityKind::Org).map(|p| p.entity).collect();
        if orgs.is_empty() {
            return Ok(());
        }
        let sectors: Vec<String> = ev.sectors.iter().filter(|s| s.as_str() != "other").map(|s| s.as_str().to_string()).collect();
        let mut seen = BTreeSet::new();
        let mut candidates = Vec::new();
        for org in &orgs {
            let rows = conn.query(
                "SELECT DISTINCT e.project FROM event_parties p JOIN events e ON e.id = p.event WHERE p.entity = $1 AND e.project IS NOT NULL",
                &[(*org).into()],
            )?;
            for r in rows {
                let Some(pid) = r[0].int() else { continue };
                if !seen.insert(pid) {
                    continue;
                }
                if let Some(c) = load(conn, pid)? {
                    let host_ok = match (host, c.host.as_deref()) {
                        (Some(a), Some(b)) => a == b,
                        _ => true,
                    };
                    if host_ok && subject_compatible(&ev.products, &sectors, &c) {
                        candidates.push(c);
                    }
                }
            }
        }
        let has_subject = !ev.products.is_empty() || !sectors.is_empty();
        let target = match candidates.len() {
            0 if may_create => {
                conn
                    .query_int(
                        "INSERT INTO projects (type, host, stage, first_date, last_date, products, sectors) VALUES ($1, $2, NULL, NULL, NULL, '[]', '[]') RETURNING id",
                        &[ev.kind.as_str().into(), host.map(str::to_string).into()],
                    )?
                    .ok_or_else(|| StoreError::Invalid("insert returned no id".into()))?
            }
            0 => return Ok(()),
            1 => candidates[0].id,
            _ if has_subject => {
                // This event bridges several projects about one subject: they are one undertaking.
                let keep = candidates.iter().map(|c| c.id).min().unwrap_or(0);
                for c in &candidates {
                    if c.id != keep {
                        conn.exec("UPDATE events SET project = $1 WHERE project = $2", &[keep.into(), c.id.into()])?;
                        conn.exec("DELETE FROM projects WHERE id = $1", &[c.id.into()])?;
                    }
                }
                keep
            }
            _ => {
                candidates.sort_by(|a, b| (a.last_date.as_deref(), a.id).cmp(&(b.last_date.as_deref(), b.id)));
                candidates.last().map(|c| c.id).unwrap_or(0)
            }
        };
        conn.exec("UPDATE events SET project = $1 WHERE id = $2", &[target.into(), event_id.into()])?;
        let _ = (stage, eff_date);
        recompute(conn, target)
    }

    /// Re-derive a project's summary columns from its events: type, host,
    /// current stage (the latest dated step's), date span, products, sectors.
    pub fn recompute(conn: &mut dyn Conn, project: i64) -> Result<(), StoreError> {
        let rows = conn.query("SELECT id, type, host, stage, eff_date, data FROM events WHERE project = $1", &[project.into()])?;
        // (date, event id, type, host, stage, event JSON)
        type StepRow = (Option<String>, i64, String, Option<String>, Option<String>, String);
        let mut steps: Vec<StepRow> = rows
            .into_iter()
            .map(|r| (r[4].text(), r[0].int().unwrap_or(0), r[1].text().unwrap_or_default(), r[2].text(), r[3].text(), r[5].text().unwrap_or_default()))
            .collect();
        steps.sort_by(|a, b| (a.0.is_some(), &a.0, a.1).cmp(&(b.0.is_some(), &b.0, b.1)));
        let kind = steps.iter().map(|s| s.2.as_str()).max_by_key(|t| type_rank(t)).unwrap_or("intent").to_string();
        let host = steps.iter().rev().find_map(|s| s.3.clone());
        let stage = steps.iter().rev().find_map(|s| s.4.clone());
        let first = steps.iter().find_map(|s| s.0.clone());
        let last = steps.iter().rev().find_map(|s| s.0.clone());
        let mut products: Vec<String> = Vec::new();
        let mut sectors: Vec<String> = Vec::new();
        for s in &steps {
            if let Ok(e) = serde_json::from_str::<Event>(&s.5) {
                for p in e.products {
                    if !products.contains(&p) {
                        products.push(p);
                    }
                }
                for sec in e.sectors {
                    let sec = sec.as_str().to_string();
                    if sec != "other" && !sectors.contains(&sec) {
                        sectors.push(sec);
                    }
                }
            }
        }
        conn.exec(
            "UPDATE projects SET type = $1, host = $2, stage = $3, first_date = $4, last_date = $5, products = $6, sectors = $7 WHERE id = $8",
            &[
                kind.into(),
                host.into(),
                stage.into(),
                first.into(),
                last.into(),
                serde_json::to_string(&products).unwrap_or_default().into(),
                serde_json::to_string(&sectors).unwrap_or_default().into(),
                project.into(),
            ],
        )?;
        Ok(())
    }
}
