//! Shared server state: a small pool of store connections and the write token.

use crate::error::{ApiError, ApiResult};
use onshore_store::Store;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    stores: Vec<Mutex<Store>>,
    next: AtomicUsize,
    token: Option<String>,
    /// Bumped by every write, so cached aggregates know they are stale.
    generation: AtomicU64,
    stats_cache: Mutex<Option<(u64, Arc<crate::stats::Dashboard>)>>,
}

impl AppState {
    /// Open `connections` stores on `location`.
    pub fn open(location: &str, connections: usize, token: Option<String>) -> anyhow::Result<AppState> {
        let mut stores = Vec::new();
        for _ in 0..connections.max(1) {
            stores.push(Mutex::new(
                Store::open(location).map_err(|e| anyhow::anyhow!("cannot open store {location}: {e}"))?,
            ));
        }
        Ok(AppState {
            inner: Arc::new(Inner {
                stores,
                next: AtomicUsize::new(0),
                token: token.filter(|t| !t.is_empty()),
                generation: AtomicU64::new(0),
                stats_cache: Mutex::new(None),
            }),
        })
    }

    pub fn token(&self) -> Option<&str> {
        self.inner.token.as_deref()
    }

    /// Run `f` with a store on the blocking pool: a free connection if there
    /// is one, else the next in turn.
    pub async fn with_store<T, F>(&self, f: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> ApiResult<T> + Send + 'static,
    {
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let stores = &state.inner.stores;
            for s in stores {
                if let Ok(mut guard) = s.try_lock() {
                    return f(&mut guard);
                }
            }
            let i = state.inner.next.fetch_add(1, Ordering::Relaxed) % stores.len();
            let mut guard = stores[i].lock().unwrap_or_else(|p| p.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|e| ApiError::internal(format!("worker failed: {e}")))?
    }

    pub fn bump_generation(&self) {
        self.inner.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// The dashboard aggregates, recomputed only after a write.
    pub async fn dashboard(&self) -> ApiResult<Arc<crate::stats::Dashboard>> {
        let generation = self.inner.generation.load(Ordering::SeqCst);
        if let Some((g, d)) = self.inner.stats_cache.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
            if *g == generation {
                return Ok(d.clone());
            }
        }
        let d = Arc::new(self.with_store(crate::stats::compute).await?);
        *self.inner.stats_cache.lock().unwrap_or_else(|p| p.into_inner()) = Some((generation, d.clone()));
        Ok(d)
    }
}
