//! Reading gold folders and predictions the way `score.py` reads them.

use onshore_core::{Extraction, InputError};
use serde_json::Value;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::py;

/// One gold document: its key (`doc`, or the file stem) and its JSON.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    pub file: PathBuf,
    pub doc: String,
    pub value: Value,
}

/// Predicted documents by `doc` key; a later insert for the same key wins.
#[derive(Debug, Clone, Default)]
pub struct Predictions {
    docs: HashMap<String, Value>,
}

fn err(source: impl std::fmt::Display, reason: impl std::fmt::Display) -> InputError {
    InputError {
        source: source.to_string(),
        reason: reason.to_string(),
    }
}

/// The `*.json` files of a folder in Python's `sorted(os.listdir())` order.
fn json_files(dir: &Path) -> Result<Vec<(String, PathBuf)>, InputError> {
    let entries =
        fs::read_dir(dir).map_err(|e| err(dir.display(), format!("cannot read folder: {e}")))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| err(dir.display(), format!("cannot read folder: {e}")))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".json") {
            files.push((name, entry.path()));
        }
    }
    files.sort();
    Ok(files)
}

fn read_utf8(path: &Path) -> Result<String, InputError> {
    let bytes = fs::read(path).map_err(|e| err(path.display(), format!("cannot read: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        err(
            path.display(),
            format!(
                "invalid UTF-8 at byte offset {}",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

/// Checks what `score.py` would otherwise crash on: a document that is not an
/// object, or `entities`/`events` that are not lists of objects.
fn checked(value: Value, source: &str) -> Result<Value, InputError> {
    if !value.is_object() {
        return Err(err(source, "not a JSON object"));
    }
    for field in ["entities", "events"] {
        let v = value.get(field);
        if py::truthy(v)
            && !v
                .and_then(Value::as_array)
                .is_some_and(|a| a.iter().all(Value::is_object))
        {
            return Err(err(source, format!("\"{field}\" is not a list of objects")));
        }
    }
    Ok(value)
}

fn parse(text: &str, source: &str) -> Result<Value, InputError> {
    let value = serde_json::from_str(text).map_err(|e| err(source, format!("bad JSON: {e}")))?;
    checked(value, source)
}

/// `str(d.get("doc", default))`.
fn doc_key(value: &Value, default: Option<&str>) -> String {
    match (value.get("doc"), default) {
        (None, Some(d)) => d.to_string(),
        (v, _) => py::to_str(v),
    }
}

/// Every gold `*.json` in `dir`, in sorted file-name order.
pub fn load_gold(dir: &Path) -> Result<Vec<GoldDoc>, InputError> {
    let mut gold = Vec::new();
    for (name, path) in json_files(dir)? {
        let source = path.display().to_string();
        let value = parse(&read_utf8(&path)?, &source)?;
        let doc = doc_key(&value, Some(&name[..name.len() - 5]));
        gold.push(GoldDoc {
            file: path,
            doc,
            value,
        });
    }
    Ok(gold)
}

/// Python's universal-newline line iteration: `\n`, `\r\n` and `\r` end lines.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
}

impl Predictions {
    pub fn new() -> Self {
        Self::default()
    }

    /// Load a JSON Lines file or a folder of `*.json` files, like `load_pred`.
    pub fn load(path: &Path) -> Result<Self, InputError> {
        let mut p = Self::new();
        p.extend_from_path(path)?;
        Ok(p)
    }

    /// Add the documents of a JSON Lines file or a folder of `*.json` files.
    pub fn extend_from_path(&mut self, path: &Path) -> Result<(), InputError> {
        if path.is_dir() {
            for (name, file) in json_files(path)? {
                let value = parse(&read_utf8(&file)?, &file.display().to_string())?;
                self.insert(doc_key(&value, Some(&name[..name.len() - 5])), value);
            }
        } else {
            self.extend_from_jsonl(&read_utf8(path)?, &path.display().to_string())?;
        }
        Ok(())
    }

    /// Add the documents of JSON Lines text (blank lines skipped).
    pub fn extend_from_jsonl(&mut self, text: &str, source: &str) -> Result<(), InputError> {
        for (n, line) in lines(text).enumerate() {
            let line = line.trim_matches(py::is_space);
            if !line.is_empty() {
                let value = parse(line, &format!("{source}:{}", n + 1))?;
                self.insert(doc_key(&value, None), value);
            }
        }
        Ok(())
    }

    pub fn insert(&mut self, doc: String, value: Value) {
        self.docs.insert(doc, value);
    }

    /// Add one extraction result under its `doc`.
    pub fn insert_extraction(&mut self, x: &Extraction) {
        let value = serde_json::to_value(x).expect("an Extraction always serializes");
        self.insert(x.doc.clone(), value);
    }

    pub fn get(&self, doc: &str) -> Option<&Value> {
        self.docs.get(doc)
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }
}

/// Whether `path` holds predictions (rather than documents to extract first):
/// a folder with `*.json` files in it, a `.jsonl` file whose first record has
/// `entities` or `events`, or any other file that is not `.txt`/`.html`/`.htm`/`.gz`
/// (the reference scorer reads every other file as JSON Lines).
pub fn is_prediction_path(path: &Path) -> bool {
    if path.is_dir() {
        return json_files(path).is_ok_and(|f| !f.is_empty());
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if [".txt", ".html", ".htm", ".gz"]
        .iter()
        .any(|ext| name.ends_with(ext))
        || path.as_os_str() == "-"
    {
        return false;
    }
    if name.ends_with(".jsonl") {
        return first_record(path)
            .is_some_and(|v| v.get("entities").is_some() || v.get("events").is_some());
    }
    true
}

fn first_record(path: &Path) -> Option<Value> {
    use std::io::{BufRead, BufReader};
    let file = fs::File::open(path).ok()?;
    let line = BufReader::new(file)
        .lines()
        .map_while(Result::ok)
        .find(|l| !l.trim().is_empty())?;
    serde_json::from_str(&line).ok()
}
