//! Quality guard on the article-extraction benchmark (181 real pages with
//! hand-marked article bodies) in `../shared/bench/article-extraction`.
//! Skips when the shared folder is absent.
//!
//! The score is the benchmark's own metric, as `shared/tools/score_html.py`
//! computes it: per page, 4-word shingles compared as multisets, counts
//! normalised per page, precision and recall averaged over pages. The floor
//! below is a regression guard a little under the measured score (F1 0.974);
//! `ONSHORE_CLEAN_PRED=path.jsonl` also writes the predictions for the Python scorer.

use onshore_ingest::html::{clean_html, doc_id, read_html_file};
use regex::Regex;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

const F1_FLOOR: f64 = 0.965;

fn shingles(text: &str, word: &Regex) -> HashMap<Vec<String>, usize> {
    let words: Vec<String> = word.find_iter(text).map(|m| m.as_str().to_string()).collect();
    let mut counts = HashMap::new();
    if words.is_empty() {
        return counts;
    }
    let n = 4.min(words.len());
    for window in words.windows(n) {
        *counts.entry(window.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// (tp, fp, fn) of one page, normalised to sum to 1.
fn page_counts(truth: &str, pred: &str, word: &Regex) -> (f64, f64, f64) {
    let (t, p) = (shingles(truth, word), shingles(pred, word));
    let mut tp = 0usize;
    let mut fp = 0usize;
    for (s, &np) in &p {
        let nt = t.get(s).copied().unwrap_or(0);
        tp += np.min(nt);
        fp += np.saturating_sub(nt);
    }
    let fn_: usize = t.iter().map(|(s, &nt)| nt.saturating_sub(p.get(s).copied().unwrap_or(0))).sum();
    let total = (tp + fp + fn_) as f64;
    if total == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (tp as f64 / total, fp as f64 / total, fn_ as f64 / total)
}

fn ratio(a: f64, b: f64) -> f64 {
    if a + b > 0.0 { a / (a + b) } else { 0.0 }
}

#[test]
fn article_extraction_benchmark_f1() {
    let bench = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/bench/article-extraction");
    let Ok(truth) = std::fs::read_to_string(bench.join("ground-truth.json")) else {
        eprintln!("skipped: {} not found", bench.display());
        return;
    };
    let truth: HashMap<String, serde_json::Value> = serde_json::from_str(&truth).expect("ground truth");
    let word = Regex::new(r"\w+").unwrap();
    let mut pred_out = std::env::var_os("ONSHORE_CLEAN_PRED").map(|p| std::fs::File::create(p).expect("pred file"));

    let (mut precisions, mut recalls) = (Vec::new(), Vec::new());
    let mut paths: Vec<PathBuf> = std::fs::read_dir(bench.join("html")).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    assert_eq!(paths.len(), truth.len(), "pages and ground truth differ");
    for path in &paths {
        let id = doc_id(path);
        let page = clean_html(&read_html_file(path).unwrap(), None);
        if let Some(out) = pred_out.as_mut() {
            writeln!(out, "{}", serde_json::json!({"doc": id, "text": page.text})).unwrap();
        }
        let body = truth[&id]["articleBody"].as_str().unwrap_or("");
        let (tp, fp, fn_) = page_counts(body, &page.text, &word);
        if fp == 0.0 && fn_ == 0.0 {
            precisions.push(1.0);
            recalls.push(1.0);
            continue;
        }
        if tp + fp > 0.0 {
            precisions.push(ratio(tp, fp));
        }
        if tp + fn_ > 0.0 {
            recalls.push(ratio(tp, fn_));
        }
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    let (p, r) = (mean(&precisions), mean(&recalls));
    let f1 = 2.0 * p * r / (p + r);
    eprintln!("article-extraction: F1 {f1:.3} precision {p:.3} recall {r:.3} over {} pages", paths.len());
    assert!(f1 >= F1_FLOOR, "F1 {f1:.3} fell below {F1_FLOOR} (precision {p:.3}, recall {r:.3})");
}
