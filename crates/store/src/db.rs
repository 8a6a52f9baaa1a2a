//! The narrow SQL seam between the registry logic and its two backends.
//!
//! Registry logic (dedup, entity resolution, project linking, queries) is
//! written once against [`Conn`]; SQL text uses PostgreSQL's `$1` placeholders
//! and the common subset of both dialects (`RETURNING`, `ON CONFLICT`,
//! `SAVEPOINT`). The SQLite side rewrites `$N` to `?N`. Only schema DDL and
//! the full-text predicate differ, and those are asked of [`Dialect`].

use crate::StoreError;
use std::collections::HashMap;

/// A SQL value crossing the seam. Integers are 64-bit on both sides
/// (`INTEGER` / `BIGINT`), reals are `DOUBLE PRECISION`, text is `TEXT`.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl Val {
    pub fn int(&self) -> Option<i64> {
        match self {
            Val::Int(i) => Some(*i),
            Val::Real(r) => Some(*r as i64),
            Val::Text(t) => t.parse().ok(),
            Val::Null => None,
        }
    }
    pub fn text(&self) -> Option<String> {
        match self {
            Val::Text(t) => Some(t.clone()),
            Val::Int(i) => Some(i.to_string()),
            Val::Real(r) => Some(r.to_string()),
            Val::Null => None,
        }
    }
    pub fn real(&self) -> Option<f64> {
        match self {
            Val::Real(r) => Some(*r),
            Val::Int(i) => Some(*i as f64),
            Val::Text(t) => t.parse().ok(),
            Val::Null => None,
        }
    }
}

impl From<i64> for Val {
    fn from(v: i64) -> Self {
        Val::Int(v)
    }
}
impl From<f64> for Val {
    fn from(v: f64) -> Self {
        Val::Real(v)
    }
}
impl From<&str> for Val {
    fn from(v: &str) -> Self {
        Val::Text(v.to_string())
    }
}
impl From<String> for Val {
    fn from(v: String) -> Self {
        Val::Text(v)
    }
}
impl From<&String> for Val {
    fn from(v: &String) -> Self {
        Val::Text(v.clone())
    }
}
impl<T: Into<Val>> From<Option<T>> for Val {
    fn from(v: Option<T>) -> Self {
        v.map(Into::into).unwrap_or(Val::Null)
    }
}

pub type Row = Vec<Val>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// What the registry needs from a database connection.
pub trait Conn: Send {
    fn dialect(&self) -> Dialect;
    /// Run statements without parameters (DDL, `BEGIN`, `SAVEPOINT`).
    fn batch(&mut self, sql: &str) -> Result<(), StoreError>;
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError>;
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Row>, StoreError>;

    fn query_one(&mut self, sql: &str, params: &[Val]) -> Result<Option<Row>, StoreError> {
        Ok(self.query(sql, params)?.into_iter().next())
    }
    /// The first column of every row as an integer; rows without one are skipped.
    /// Full-text search returns tens of thousands of ids, so backends avoid a row vector each.
    fn query_ints(&mut self, sql: &str, params: &[Val]) -> Result<Vec<i64>, StoreError> {
        Ok(self.query(sql, params)?.into_iter().filter_map(|r| r.first().and_then(Val::int)).collect())
    }
    fn query_int(&mut self, sql: &str, params: &[Val]) -> Result<Option<i64>, StoreError> {
        Ok(self.query_one(sql, params)?.and_then(|r| r.first().and_then(Val::int)))
    }
}

// ---------------------------------------------------------------- SQLite

pub struct SqliteConn {
    conn: rusqlite::Connection,
    rewritten: HashMap<String, String>,
}

impl SqliteConn {
    pub fn open(path: &std::path::Path) -> Result<Self, StoreError> {
        let conn = rusqlite::Connection::open(path)?;
        // WAL: readers (search, the web UI) never block the ingest writer, and a
        // killed writer leaves at most an uncommitted WAL tail that SQLite drops.
        // synchronous=NORMAL in WAL mode is still crash-safe against process
        // death (SIGKILL); only an OS crash could lose the last commits.
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "cache_size", -64000)?;
        conn.set_prepared_statement_cache_capacity(256);
        Ok(SqliteConn { conn, rewritten: HashMap::new() })
    }

    fn sql<'a>(&'a mut self, sql: &str) -> &'a str {
        if !self.rewritten.contains_key(sql) {
            self.rewritten.insert(sql.to_string(), sql.replace('$', "?"));
        }
        &self.rewritten[sql]
    }

    pub fn raw(&self) -> &rusqlite::Connection {
        &self.conn
    }
}

fn to_sqlite(v: &Val) -> rusqlite::types::Value {
    use rusqlite::types::Value;
    match v {
        Val::Null => Value::Null,
        Val::Int(i) => Value::Integer(*i),
        Val::Real(r) => Value::Real(*r),
        Val::Text(t) => Value::Text(t.clone()),
    }
}

impl Conn for SqliteConn {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }
    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        self.conn.execute_batch(sql)?;
        Ok(())
    }
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
        let sql = self.sql(sql).to_string();
        let mut st = self.conn.prepare_cached(&sql)?;
        let n = st.execute(rusqlite::params_from_iter(params.iter().map(to_sqlite)))?;
        Ok(n as u64)
    }
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Row>, StoreError> {
        let sql = self.sql(sql).to_string();
        let mut st = self.conn.prepare_cached(&sql)?;
        let ncol = st.column_count();
        let mut rows = st.query(rusqlite::params_from_iter(params.iter().map(to_sqlite)))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let mut row = Vec::with_capacity(ncol);
            for i in 0..ncol {
                use rusqlite::types::ValueRef;
                row.push(match r.get_ref(i)? {
                    ValueRef::Null => Val::Null,
                    ValueRef::Integer(i) => Val::Int(i),
                    ValueRef::Real(f) => Val::Real(f),
                    ValueRef::Text(t) => Val::Text(String::from_utf8_lossy(t).into_owned()),
                    ValueRef::Blob(b) => Val::Text(String::from_utf8_lossy(b).into_owned()),
                });
            }
            out.push(row);
        }
        Ok(out)
    }
    fn query_ints(&mut self, sql: &str, params: &[Val]) -> Result<Vec<i64>, StoreError> {
        let sql = self.sql(sql).to_string();
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut rows = st.query(rusqlite::params_from_iter(params.iter().map(to_sqlite)))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            if let rusqlite::types::ValueRef::Integer(i) = r.get_ref(0)? {
                out.push(i);
            }
        }
        Ok(out)
    }
}

// ---------------------------------------------------------------- PostgreSQL

pub struct PgConn {
    client: postgres::Client,
    statements: HashMap<String, postgres::Statement>,
}

impl PgConn {
    pub fn open(url: &str) -> Result<Self, StoreError> {
        let client = postgres::Client::connect(url, postgres::NoTls)?;
        Ok(PgConn { client, statements: HashMap::new() })
    }

    fn statement(&mut self, sql: &str) -> Result<postgres::Statement, StoreError> {
        if let Some(st) = self.statements.get(sql) {
            return Ok(st.clone());
        }
        let st = self.client.prepare(sql)?;
        self.statements.insert(sql.to_string(), st.clone());
        Ok(st)
    }
}

/// Binds a [`Val`] to a parameter of the type PostgreSQL inferred for it:
/// the `postgres` crate refuses e.g. an `i64` for a `TEXT` parameter, so
/// values are converted here rather than at every call site.
fn pg_param(v: &Val, ty: &postgres::types::Type) -> Box<dyn postgres::types::ToSql + Sync> {
    use postgres::types::Type;
    match *ty {
        Type::INT8 => Box::new(v.int()),
        Type::INT4 => Box::new(v.int().map(|i| i as i32)),
        Type::INT2 => Box::new(v.int().map(|i| i as i16)),
        Type::FLOAT8 => Box::new(v.real()),
        Type::FLOAT4 => Box::new(v.real().map(|f| f as f32)),
        Type::BOOL => Box::new(v.int().map(|i| i != 0)),
        // PostgreSQL refuses NUL in text (SQLite keeps it); broken pages carry some.
        _ => Box::new(v.text().map(|t| if t.contains('\0') { t.replace('\0', "") } else { t })),
    }
}

fn from_pg(row: &postgres::Row, i: usize) -> Result<Val, StoreError> {
    use postgres::types::Type;
    let ty = row.columns()[i].type_().clone();
    Ok(match ty {
        Type::INT8 => row.try_get::<_, Option<i64>>(i)?.map(Val::Int).unwrap_or(Val::Null),
        Type::INT4 => row.try_get::<_, Option<i32>>(i)?.map(|v| Val::Int(v as i64)).unwrap_or(Val::Null),
        Type::INT2 => row.try_get::<_, Option<i16>>(i)?.map(|v| Val::Int(v as i64)).unwrap_or(Val::Null),
        Type::FLOAT8 => row.try_get::<_, Option<f64>>(i)?.map(Val::Real).unwrap_or(Val::Null),
        Type::FLOAT4 => row.try_get::<_, Option<f32>>(i)?.map(|v| Val::Real(v as f64)).unwrap_or(Val::Null),
        Type::BOOL => row.try_get::<_, Option<bool>>(i)?.map(|b| Val::Int(b as i64)).unwrap_or(Val::Null),
        _ => row.try_get::<_, Option<String>>(i)?.map(Val::Text).unwrap_or(Val::Null),
    })
}

impl Conn for PgConn {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }
    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        self.client.batch_execute(sql)?;
        Ok(())
    }
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
        let st = self.statement(sql)?;
        let boxed: Vec<_> = params.iter().zip(st.params()).map(|(v, t)| pg_param(v, t)).collect();
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = boxed.iter().map(|b| b.as_ref()).collect();
        Ok(self.client.execute(&st, &refs)?)
    }
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Row>, StoreError> {
        let st = self.statement(sql)?;
        let boxed: Vec<_> = params.iter().zip(st.params()).map(|(v, t)| pg_param(v, t)).collect();
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = boxed.iter().map(|b| b.as_ref()).collect();
        let rows = self.client.query(&st, &refs)?;
        rows.iter()
            .map(|r| (0..r.len()).map(|i| from_pg(r, i)).collect())
            .collect()
    }
}
