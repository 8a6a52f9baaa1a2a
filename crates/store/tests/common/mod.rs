//! Shared helpers: hand-built documents and extractions, and the backends
//! every storage test runs on (SQLite always; PostgreSQL when
//! `ONSHORE_TEST_PG` holds a `postgres://` URL of a server where the user may
//! create databases).

#![allow(dead_code)]

use onshore_core::{Document, Entity, EntityKind, Event, EventType, Extraction, Quantity, Sector, Stage};
use onshore_store::{NewDoc, Store};
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct Backend {
    pub name: &'static str,
    pub store: Store,
    _dir: Option<tempfile::TempDir>,
}

static PG_SEQ: AtomicUsize = AtomicUsize::new(0);

/// A fresh, empty store on every configured backend.
pub fn backends(test: &str) -> Vec<Backend> {
    let dir = tempfile::tempdir().unwrap();
    let mut out = vec![Backend {
        name: "sqlite",
        store: Store::open(dir.path().join("t.db").to_str().unwrap()).unwrap(),
        _dir: Some(dir),
    }];
    if let Ok(url) = std::env::var("ONSHORE_TEST_PG") {
        if !url.is_empty() {
            let db = format!("onshore_t_{}_{}_{}", std::process::id(), PG_SEQ.fetch_add(1, Ordering::SeqCst), test);
            let mut admin = postgres::Client::connect(&url, postgres::NoTls).expect("ONSHORE_TEST_PG server reachable");
            // Databases of earlier runs of this test go first, so runs do not pile up.
            let old = admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'onshore_t_%' AND datname LIKE $1", &[&format!("%\\_{test}")]).unwrap();
            for row in old {
                let name: String = row.get(0);
                let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
            admin.batch_execute(&format!("CREATE DATABASE {db}")).unwrap();
            let base = url.rsplit_once('/').map(|(b, _)| b.to_string()).unwrap();
            let (base, query) = match url.rsplit_once('/').unwrap().1.split_once('?') {
                Some((_, q)) => (base, format!("?{q}")),
                None => (base, String::new()),
            };
            let store = Store::open(&format!("{base}/{db}{query}")).unwrap();
            out.push(Backend { name: "postgres", store, _dir: None });
        }
    }
    out
}

pub fn org(name: &str, country: Option<&str>, aliases: &[&str]) -> Entity {
    Entity {
        kind: EntityKind::Org,
        id: None,
        name: Some(name.into()),
        role: None,
        country: country.map(Into::into),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
    }
}

pub fn country(code: &str) -> Entity {
    Entity::country(code)
}

pub fn event(kind: EventType, parties: &[&str], evidence: &str) -> Event {
    let mut e = Event::new(kind, evidence);
    e.parties = parties.iter().map(|s| s.to_string()).collect();
    e
}

pub struct Ev {
    pub event: Event,
}

impl Ev {
    pub fn new(kind: EventType, parties: &[&str], evidence: &str) -> Self {
        Ev { event: event(kind, parties, evidence) }
    }
    pub fn stage(mut self, s: Stage) -> Self {
        self.event.stage = Some(s);
        self
    }
    pub fn date(mut self, d: &str) -> Self {
        self.event.date = Some(d.into());
        self
    }
    pub fn host(mut self, h: &str) -> Self {
        self.event.host = Some(h.into());
        self
    }
    pub fn sector(mut self, s: Sector) -> Self {
        self.event.sectors.push(s);
        self
    }
    pub fn product(mut self, p: &str) -> Self {
        self.event.products.push(p.into());
        self
    }
    pub fn qty(mut self, value: f64, unit: &str) -> Self {
        self.event.quantities.push(Quantity { value, unit: unit.into() });
        self
    }
}

pub fn doc(id: &str, lang: &str, published: Option<&str>, text: &str, entities: Vec<Entity>, events: Vec<Ev>) -> NewDoc {
    NewDoc {
        document: Document {
            id: id.into(),
            url: None,
            title: None,
            published: published.map(Into::into),
            text: text.into(),
        },
        extraction: Extraction {
            doc: id.into(),
            lang: lang.into(),
            published: published.map(Into::into),
            entities,
            events: events.into_iter().map(|e| e.event).collect(),
            title: None,
            url: None,
        },
        source: Some(format!("test:{id}")),
    }
}
