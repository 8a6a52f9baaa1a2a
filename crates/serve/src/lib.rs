//! onshore-serve: the registry over HTTP — a JSON API and a server-rendered
//! web UI, both read-only unless the server was started with a token.
//!
//! # Design, and why
//!
//! * **axum + tokio, store calls on the blocking pool.** [`onshore_store::Store`]
//!   is synchronous and not `Sync`; a small pool of stores behind mutexes
//!   (SQLite WAL allows many readers beside one writer) is driven through
//!   `spawn_blocking`, so a slow query never stalls the async workers.
//! * **HTML is built with `maud`**, which escapes every interpolated string
//!   by default; the only raw HTML the pages insert comes from
//!   [`markup`], whose highlighters escape each text segment themselves.
//!   CSS and JS are compiled into the binary (no CDN, no run-time files).
//! * **Writes are opt-in**: `POST /api/documents` exists only when a token was
//!   given, and bodies are capped ([`BODY_LIMIT`]).

mod api;
mod coordinate;
pub mod demo;
mod error;
pub mod markup;
mod pages;
mod state;
mod stats;
mod svg;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue};
use axum::middleware;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use std::net::SocketAddr;

pub use state::AppState;

/// Largest request body accepted (one document as JSON).
pub const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// How to run a server.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// A SQLite path or a `postgres://` URL, as [`onshore_store::Store::open`] takes.
    pub db: String,
    pub addr: SocketAddr,
    /// Bearer token that enables `POST /api/documents`; `None` keeps the server read-only.
    pub token: Option<String>,
    /// Store connections in the pool.
    pub connections: usize,
}

/// Every route of the API and the UI.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::dashboard))
        .route("/search", get(pages::search))
        .route("/projects", get(pages::projects))
        .route("/projects/{id}", get(pages::project))
        .route("/entities/{id}", get(pages::entity))
        .route("/documents/{id}", get(pages::document))
        .route("/dependence", get(coordinate::dependence_page))
        .route("/match", get(coordinate::match_page))
        .route("/api/dependence", get(coordinate::api_dependence))
        .route("/api/match", get(coordinate::api_match))
        .route("/assets/style.css", get(pages::style))
        .route("/assets/app.js", get(pages::script))
        .route("/api/search", get(api::search))
        .route("/api/projects", get(api::projects))
        .route("/api/projects/{id}", get(api::project))
        .route("/api/entities/{id}", get(api::entity))
        .route("/api/documents", axum::routing::post(api::post_document))
        .route("/api/documents/{id}", get(api::document))
        .route("/api/stats", get(api::stats))
        .route("/api/network", get(api::network))
        .route("/api/openapi.json", get(api::openapi))
        .fallback(api::not_found)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::map_response(security_headers))
        .with_state(state)
}

/// Defence in depth behind the escaping: no inline or third-party scripts
/// run even if some markup slipped through, and no MIME sniffing.
async fn security_headers(mut resp: Response) -> Response {
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'"),
    );
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    resp
}

/// Serve on an already bound listener until Ctrl-C.
pub async fn serve_on(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    axum::serve(listener, router(state))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}

/// Open the store, bind, print the URL and serve until Ctrl-C (blocking).
pub fn run(config: ServeConfig) -> anyhow::Result<()> {
    let state = AppState::open(&config.db, config.connections.max(1), config.token.clone())?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.addr))?;
        let local = listener.local_addr()?;
        let mode = if config.token.is_some() { "POST /api/documents enabled (bearer token)" } else { "read-only" };
        println!("onshore: serving {} at http://{local}/ ({mode}); Ctrl-C stops", config.db);
        serve_on(listener, state).await?;
        Ok(())
    })
}
