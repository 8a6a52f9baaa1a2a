//! The registry schema, written once with two substitutions per dialect.
//!
//! Facts are normalized (documents, entities, aliases, events, parties,
//! extra sources, projects); `doc_index` is a narrow, denormalized row per
//! document (date and `facet\tvalue` lines) that the in-memory facet index
//! of a search loads in one pass, on both backends alike.

use crate::db::{Conn, Dialect};
use crate::StoreError;

/// Bumped when the schema changes incompatibly; stored in `meta`.
pub const SCHEMA_VERSION: &str = "1";

const TABLES: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    id {ID},
    ext_id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    lang TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    date TEXT,
    source TEXT,
    simhash {INT} NOT NULL,
    sh0 {INT} NOT NULL, sh1 {INT} NOT NULL, sh2 {INT} NOT NULL, sh3 {INT} NOT NULL,
    near_dup_of {INT},
    body TEXT NOT NULL,
    extraction TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_sh0 ON docs(sh0);
CREATE INDEX IF NOT EXISTS docs_sh1 ON docs(sh1);
CREATE INDEX IF NOT EXISTS docs_sh2 ON docs(sh2);
CREATE INDEX IF NOT EXISTS docs_sh3 ON docs(sh3);
CREATE INDEX IF NOT EXISTS docs_date ON docs(date, id);
CREATE TABLE IF NOT EXISTS entities (
    id {ID},
    kind TEXT NOT NULL,
    code TEXT,
    key TEXT NOT NULL,
    block TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    role TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS entities_code ON entities(kind, code) WHERE code IS NOT NULL;
CREATE INDEX IF NOT EXISTS entities_key ON entities(kind, key);
CREATE INDEX IF NOT EXISTS entities_block ON entities(kind, block);
CREATE TABLE IF NOT EXISTS aliases (
    entity {INT} NOT NULL REFERENCES entities(id),
    alias TEXT NOT NULL,
    norm TEXT NOT NULL,
    PRIMARY KEY (entity, alias)
);
CREATE INDEX IF NOT EXISTS aliases_norm ON aliases(norm);
CREATE TABLE IF NOT EXISTS doc_entities (
    doc {INT} NOT NULL REFERENCES docs(id),
    entity {INT} NOT NULL REFERENCES entities(id),
    PRIMARY KEY (doc, entity)
);
CREATE INDEX IF NOT EXISTS doc_entities_entity ON doc_entities(entity);
CREATE TABLE IF NOT EXISTS projects (
    id {ID},
    type TEXT NOT NULL,
    host TEXT,
    stage TEXT,
    first_date TEXT,
    last_date TEXT,
    products TEXT NOT NULL,
    sectors TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS projects_host ON projects(host);
CREATE TABLE IF NOT EXISTS events (
    id {ID},
    doc {INT} NOT NULL REFERENCES docs(id),
    idx {INT} NOT NULL,
    type TEXT NOT NULL,
    host TEXT,
    stage TEXT,
    date TEXT,
    eff_date TEXT,
    evidence TEXT NOT NULL,
    data TEXT NOT NULL,
    project {INT} REFERENCES projects(id)
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc);
CREATE INDEX IF NOT EXISTS events_project ON events(project);
CREATE TABLE IF NOT EXISTS event_parties (
    event {INT} NOT NULL REFERENCES events(id),
    entity {INT} NOT NULL REFERENCES entities(id),
    PRIMARY KEY (event, entity)
);
CREATE INDEX IF NOT EXISTS event_parties_entity ON event_parties(entity, event);
CREATE TABLE IF NOT EXISTS event_sources (
    event {INT} NOT NULL REFERENCES events(id),
    doc {INT} NOT NULL REFERENCES docs(id),
    evidence TEXT NOT NULL,
    PRIMARY KEY (event, doc)
);
CREATE INDEX IF NOT EXISTS event_sources_doc ON event_sources(doc);
CREATE TABLE IF NOT EXISTS doc_index (
    doc {INT} PRIMARY KEY REFERENCES docs(id),
    date TEXT,
    facets TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    last_polled TEXT
);
";

// The project list is read newest first, a page at a time; NULL dates sort
// last, which is SQLite's default for DESC and needs saying in PostgreSQL.
const SQLITE_FTS: &str = "
CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(stext, content='', tokenize='unicode61 remove_diacritics 2');
CREATE INDEX IF NOT EXISTS projects_recent ON projects(last_date DESC, id DESC);
";

const PG_FTS: &str = "
CREATE TABLE IF NOT EXISTS doc_fts (doc BIGINT PRIMARY KEY REFERENCES docs(id), stext tsvector NOT NULL);
CREATE INDEX IF NOT EXISTS doc_fts_gin ON doc_fts USING GIN (stext);
CREATE INDEX IF NOT EXISTS projects_recent ON projects(last_date DESC NULLS LAST, id DESC);
";

pub fn create(conn: &mut dyn Conn) -> Result<(), StoreError> {
    let (id, int, fts) = match conn.dialect() {
        Dialect::Sqlite => ("INTEGER PRIMARY KEY", "INTEGER", SQLITE_FTS),
        Dialect::Postgres => ("BIGSERIAL PRIMARY KEY", "BIGINT", PG_FTS),
    };
    let ddl = TABLES.replace("{ID}", id).replace("{INT}", int);
    conn.batch(&ddl)?;
    conn.batch(fts)?;
    match conn.query_one("SELECT value FROM meta WHERE key = 'schema'", &[])? {
        Some(row) => {
            let v = row[0].text().unwrap_or_default();
            if v != SCHEMA_VERSION {
                return Err(StoreError::Schema(format!("store has schema {v}, this onshore reads {SCHEMA_VERSION}")));
            }
        }
        None => {
            conn.exec(
                "INSERT INTO meta (key, value) VALUES ('schema', $1) ON CONFLICT (key) DO NOTHING",
                &[SCHEMA_VERSION.into()],
            )?;
        }
    }
    Ok(())
}
