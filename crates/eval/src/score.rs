//! The scoring itself: `score.py`'s `score()` step by step.

use crate::load::{GoldDoc, Predictions};
use crate::names::{has_cyrillic, is_code, norm, same_normalized};
use crate::py;
use serde_json::Value;
use std::collections::BTreeMap;

/// Scoring switches (the reference scorer's flags).
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Gold aliases written in Cyrillic are not accepted (`--english-names`).
    pub english_names: bool,
    /// Keep per-document rows (`--per-doc`).
    pub per_doc: bool,
}

/// True positives, predicted and gold items of one row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: u64,
    pub pred: u64,
    pub gold: u64,
}

impl Counts {
    fn add(&mut self, tp: usize, pred: usize, gold: usize) {
        self.tp += tp as u64;
        self.pred += pred as u64;
        self.gold += gold as u64;
    }

    /// Precision, recall and F1 with `score.py`'s conventions for empty sides:
    /// nothing predicted and nothing expected is perfect.
    pub fn prf(&self) -> (f64, f64, f64) {
        let (tp, np, ng) = (self.tp as f64, self.pred, self.gold);
        let p = if np != 0 {
            tp / np as f64
        } else if ng == 0 {
            1.0
        } else {
            0.0
        };
        let r = if ng != 0 {
            tp / ng as f64
        } else if np == 0 {
            1.0
        } else {
            0.0
        };
        let f = if p + r != 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

/// Rows keyed by kind/type (`all` included), in Python's sorted key order.
pub type Rows = BTreeMap<String, Counts>;

/// Everything `score()` returns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub entities: Rows,
    pub events: Rows,
    pub quantities: Rows,
    /// Per-document rows (`entities`, `events`, `quantities`), in gold file
    /// order; present with [`Options::per_doc`].
    pub documents: Option<Vec<(String, Rows)>>,
}

fn add(rows: &mut Rows, key: &str, tp: usize, pred: usize, gold: usize) {
    rows.entry(key.to_string()).or_default().add(tp, pred, gold);
}

/// One gold entity's accepted names (`score.py`'s `Names`), normalized once.
struct GoldEntity<'a> {
    kind: Option<&'a Value>,
    id: Option<&'a Value>,
    names: Vec<String>,
}

impl<'a> GoldEntity<'a> {
    fn new(ent: &'a Value, english_names: bool) -> Self {
        // `[ent.get("name")] + list(ent.get("aliases") or [])`
        let mut raw: Vec<Value> = vec![ent.get("name").cloned().unwrap_or(Value::Null)];
        if py::truthy(ent.get("aliases")) {
            raw.extend(py::iter(ent.get("aliases")));
        }
        let names = raw
            .iter()
            .filter(|n| py::truthy(Some(n)))
            .filter(|n| !(english_names && n.as_str().is_some_and(has_cyrillic)))
            .map(|n| norm(&py::to_str(Some(n))))
            .collect();
        GoldEntity {
            kind: ent.get("kind"),
            id: ent.get("id"),
            names,
        }
    }

    fn accepts(&self, normalized: &str) -> bool {
        self.names.iter().any(|n| same_normalized(normalized, n))
    }

    fn matches(&self, ent: &Value) -> bool {
        if !py::eq(self.kind, ent.get("kind")) {
            return false;
        }
        if py::truthy(self.id) && py::truthy(ent.get("id")) {
            return py::eq(self.id, ent.get("id"));
        }
        if py::is_str(self.kind, "country") {
            return false;
        }
        match py::or(ent.get("name"), ent.get("id")) {
            None | Some(Value::Null) => false,
            Some(pred) => self.accepts(&norm(&py::to_str(Some(pred)))),
        }
    }
}

/// `match_greedy`: each gold item takes the first unused prediction it accepts.
fn match_greedy<G, P>(gold: &[G], pred: &[P], ok: impl Fn(&G, &P) -> bool) -> usize {
    let mut used = vec![false; pred.len()];
    let mut tp = 0;
    for g in gold {
        if let Some(i) = (0..pred.len()).find(|&i| !used[i] && ok(g, &pred[i])) {
            used[i] = true;
            tp += 1;
        }
    }
    tp
}

fn party_match(a: &Value, b: &Value, gold_ents: &[GoldEntity]) -> bool {
    let (sa, sb) = (py::to_str(Some(a)), py::to_str(Some(b)));
    if is_code(&sa) || is_code(&sb) {
        return py::eq(Some(a), Some(b));
    }
    let (na, nb) = (norm(&sa), norm(&sb));
    let named = |k: Option<&Value>| ["org", "person", "region"].iter().any(|s| py::is_str(k, s));
    if gold_ents
        .iter()
        .any(|ge| named(ge.kind) && ge.accepts(&na) && ge.accepts(&nb))
    {
        return true;
    }
    same_normalized(&na, &nb)
}

fn event_ok(g: &Value, p: &Value, gold_ents: &[GoldEntity]) -> bool {
    if !py::eq(g.get("type"), p.get("type")) {
        return false;
    }
    let gp = if py::truthy(g.get("parties")) {
        py::iter(g.get("parties"))
    } else {
        vec![]
    };
    let pp = if py::truthy(p.get("parties")) {
        py::iter(p.get("parties"))
    } else {
        vec![]
    };
    if !gp.is_empty()
        && !gp
            .iter()
            .any(|x| pp.iter().any(|y| party_match(x, y, gold_ents)))
    {
        return false;
    }
    if py::is_str(g.get("type"), "localization") && py::truthy(g.get("host")) {
        return py::eq(g.get("host"), p.get("host"));
    }
    true
}

/// `unit(u)`: case-blind, singular (`Doses` = `dose`, `memoranda` = `memorandum`).
pub fn unit(u: Option<&Value>) -> String {
    let u = py::to_str(py::or(u, Some(&Value::String(String::new()))))
        .trim_matches(py::is_space)
        .to_lowercase();
    let u = match u.as_str() {
        "memoranda" | "memorandums" => "memorandum".to_string(),
        _ => u,
    };
    if u.chars().count() > 3 && u.ends_with('s') && !u.ends_with("ss") {
        u[..u.len() - 1].to_string()
    } else {
        u
    }
}

/// Distinct `(value, unit)` pairs of a document's events, first seen first.
fn quantities(doc: &Value) -> Vec<(f64, String)> {
    let mut out: Vec<(f64, String)> = Vec::new();
    for e in truthy_items(doc.get("events")) {
        for q in truthy_items(e.get("quantities")) {
            let Some(value) = q.get("value").and_then(py::to_float) else {
                continue;
            };
            let item = (value, unit(q.get("unit")));
            if !out.iter().any(|o| o.0 == item.0 && o.1 == item.1) {
                out.push(item);
            }
        }
    }
    out
}

fn q_ok(g: &(f64, String), p: &(f64, String)) -> bool {
    let scale = if 1e-9 > g.0.abs() { 1e-9 } else { g.0.abs() };
    g.1 == p.1 && (g.0 - p.0).abs() <= 0.01 * scale
}

/// `x or []` iterated, for lists of objects (validated at load time).
fn truthy_items(v: Option<&Value>) -> Vec<Value> {
    if py::truthy(v) {
        py::iter(v)
    } else {
        vec![]
    }
}

/// The row key a Python event type becomes in `json.dumps`.
fn type_key(t: &Value) -> String {
    match t {
        Value::String(s) => s.clone(),
        Value::Null => "null".into(),
        other => py::to_str(Some(other)),
    }
}

/// Score predictions against gold documents, as `score.py` does.
pub fn score(gold: &[GoldDoc], pred: &Predictions, opts: Options) -> Report {
    let empty = Value::Object(Default::default());
    let mut report = Report {
        documents: opts.per_doc.then(Vec::new),
        ..Report::default()
    };
    for g in gold {
        let p = pred.get(&g.doc).unwrap_or(&empty);
        let gold_entities: Vec<Value> = truthy_items(g.value.get("entities"));
        let gents: Vec<GoldEntity> = gold_entities
            .iter()
            .filter(|e| !py::truthy(e.get("source_only")))
            .map(|e| GoldEntity::new(e, opts.english_names))
            .collect();
        let pents = truthy_items(p.get("entities"));
        let mut doc_rows = Rows::new();
        for kind in ["country", "region", "org", "person"] {
            let gk: Vec<&GoldEntity> = gents.iter().filter(|e| py::is_str(e.kind, kind)).collect();
            let pk: Vec<&Value> = pents
                .iter()
                .filter(|e| py::is_str(e.get("kind"), kind))
                .collect();
            let tp = match_greedy(&gk, &pk, |ge, pe| ge.matches(pe));
            add(&mut report.entities, kind, tp, pk.len(), gk.len());
            add(&mut report.entities, "all", tp, pk.len(), gk.len());
            add(&mut doc_rows, "entities", tp, pk.len(), gk.len());
        }
        let (gev, pev) = (
            truthy_items(g.value.get("events")),
            truthy_items(p.get("events")),
        );
        let mut types: Vec<Option<&Value>> = Vec::new();
        for e in gev.iter().chain(&pev) {
            if !types.iter().any(|t| py::eq(*t, e.get("type"))) {
                types.push(e.get("type"));
            }
        }
        let mut types: Vec<(String, Option<&Value>)> = types
            .into_iter()
            .map(|t| (type_key(t.unwrap_or(&Value::Null)), t))
            .collect();
        types.sort_by(|a, b| a.0.cmp(&b.0));
        for (key, t) in types {
            let gt: Vec<&Value> = gev.iter().filter(|e| py::eq(e.get("type"), t)).collect();
            let pt: Vec<&Value> = pev.iter().filter(|e| py::eq(e.get("type"), t)).collect();
            let tp = match_greedy(&gt, &pt, |a, b| event_ok(a, b, &gents));
            add(&mut report.events, &key, tp, pt.len(), gt.len());
            add(&mut report.events, "all", tp, pt.len(), gt.len());
            add(&mut doc_rows, "events", tp, pt.len(), gt.len());
        }
        let (gq, pq) = (quantities(&g.value), quantities(p));
        let tp = match_greedy(&gq, &pq, q_ok);
        add(&mut report.quantities, "all", tp, pq.len(), gq.len());
        add(&mut doc_rows, "quantities", tp, pq.len(), gq.len());
        if let Some(docs) = report.documents.as_mut() {
            // A dict assignment: a repeated doc id keeps its first position.
            match docs.iter_mut().find(|(d, _)| *d == g.doc) {
                Some(slot) => slot.1 = doc_rows,
                None => docs.push((g.doc.clone(), doc_rows)),
            }
        }
    }
    report
}
