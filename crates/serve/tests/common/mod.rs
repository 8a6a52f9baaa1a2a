//! Shared test helpers: a demo registry in a temporary file and a client
//! that drives the router in-process.

#![allow(dead_code)]

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use tower::ServiceExt;

pub struct TestServer {
    pub router: Router,
    pub _dir: tempfile::TempDir,
    pub db: String,
}

/// A server over the bundled demo samples, plus `extra` documents.
pub fn server_with(token: Option<&str>, extra: &[onshore_core::Document]) -> TestServer {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db").to_string_lossy().into_owned();
    let mut store = onshore_store::Store::open(&db).unwrap();
    onshore_serve::demo::load_samples(&mut store).unwrap();
    let batch: Vec<_> = extra
        .iter()
        .map(|d| onshore_store::NewDoc {
            document: d.clone(),
            extraction: onshore_extract::extract(d).expect("test document is extractable"),
            source: None,
        })
        .collect();
    if !batch.is_empty() {
        store.ingest_batch(&batch).unwrap();
    }
    drop(store);
    let state = onshore_serve::AppState::open(&db, 2, token.map(str::to_string)).unwrap();
    TestServer { router: onshore_serve::router(state), _dir: dir, db }
}

pub fn server() -> TestServer {
    server_with(None, &[])
}

pub struct Reply {
    pub status: StatusCode,
    pub content_type: String,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

pub async fn send(router: &Router, req: Request<Body>) -> Reply {
    let resp = router.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let content_type = resp.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX).await.unwrap();
    Reply { status, content_type, body: String::from_utf8_lossy(&bytes).into_owned() }
}

pub async fn get(router: &Router, uri: &str) -> Reply {
    send(router, Request::get(uri).body(Body::empty()).unwrap()).await
}

pub async fn post_json(router: &Router, uri: &str, auth: Option<&str>, body: String) -> Reply {
    let mut req = Request::post(uri).header("content-type", "application/json");
    if let Some(a) = auth {
        req = req.header("authorization", a);
    }
    send(router, req.body(Body::from(body)).unwrap()).await
}
