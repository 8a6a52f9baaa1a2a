//! Paths to documents: files, directories (recursively, sorted), `-` for stdin.
//!
//! Formats by file name: `.txt` is one document; `.jsonl` one document a line
//! (`text` required; `id`, `url`, `title`, `published` optional); `.html`,
//! `.htm` and their `.gz` forms go through [`crate::html::clean_html`].
//!
//! Every problem becomes an [`InputError`] naming the file (or `file:line`)
//! and the reason, yielded in place of the document, so one bad input never
//! stops a batch. Files are read one at a time as the iterator advances.

use crate::html;
use onshore_core::{Document, InputError};
use serde_json::Value;
use std::collections::{HashSet, VecDeque};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Inputs larger than this are refused before being read (checked via file metadata).
pub const MAX_INPUT_BYTES: u64 = 50 * 1024 * 1024;

/// One document read, or why an input could not be.
#[derive(Debug, Clone, PartialEq)]
pub enum InputItem {
    Doc(Document),
    Error(InputError),
}

/// Documents (and errors) from `paths`, in input order; see the module docs.
pub fn read_inputs(paths: &[PathBuf]) -> impl Iterator<Item = InputItem> {
    read_inputs_with_source(paths).map(|(_, item)| item)
}

/// Like [`read_inputs`], each item paired with where it came from (`file` or
/// `file:line`), for messages about documents that were read fine but later skipped.
pub fn read_inputs_with_source(paths: &[PathBuf]) -> impl Iterator<Item = (String, InputItem)> {
    Inputs {
        pending: paths.iter().map(|p| (p.clone(), true)).collect(),
        ready: VecDeque::new(),
        seen_dirs: HashSet::new(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Jsonl,
    Html,
}

fn format_of(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    if name.ends_with(".txt") {
        Some(Format::Text)
    } else if name.ends_with(".jsonl") {
        Some(Format::Jsonl)
    } else if html::is_html_path(path) {
        Some(Format::Html)
    } else {
        None
    }
}

/// Lazy walk: directories are listed when reached, files read when reached.
struct Inputs {
    /// Paths still to visit; `true` when the user named the path explicitly.
    pending: VecDeque<(PathBuf, bool)>,
    ready: VecDeque<(String, InputItem)>,
    /// Canonical directories already walked (guards against symlink loops).
    seen_dirs: HashSet<PathBuf>,
}

impl Iterator for Inputs {
    type Item = (String, InputItem);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some(item);
            }
            let (path, explicit) = self.pending.pop_front()?;
            self.visit(&path, explicit);
        }
    }
}

impl Inputs {
    fn error(&mut self, source: impl Into<String>, reason: impl Into<String>) {
        let e = InputError {
            source: source.into(),
            reason: reason.into(),
        };
        self.ready
            .push_back((e.source.clone(), InputItem::Error(e)));
    }

    fn visit(&mut self, path: &Path, explicit: bool) {
        let source = path.display().to_string();
        if explicit && path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            let read = std::io::stdin()
                .lock()
                .take(MAX_INPUT_BYTES + 1)
                .read_to_end(&mut bytes);
            match read {
                Err(e) => self.error("<stdin>", format!("cannot read: {e}")),
                Ok(_) if bytes.len() as u64 > MAX_INPUT_BYTES => {
                    self.error("<stdin>", too_large(None))
                }
                Ok(_) => self.ready.extend(from_stdin(bytes)),
            }
            return;
        }
        let meta = match fs::metadata(path) {
            Ok(m) => m,
            Err(e) => return self.error(source, format!("cannot read: {}", io_reason(&e))),
        };
        if meta.is_dir() {
            return self.walk(path);
        }
        let Some(format) = format_of(path) else {
            if explicit {
                self.error(
                    source,
                    "unsupported file type (expected .txt, .jsonl, .html, .htm or .html.gz)",
                );
            }
            return;
        };
        if meta.len() > MAX_INPUT_BYTES {
            return self.error(source, too_large(Some(meta.len())));
        }
        let bytes = match read_file(path) {
            Ok(b) => b,
            Err(reason) => return self.error(source, reason),
        };
        match format {
            Format::Text => self.push_result(&source, text_document(&bytes, file_stem(path))),
            Format::Jsonl => self
                .ready
                .extend(jsonl_documents(&bytes, &source, &file_stem(path))),
            Format::Html => self.push_result(&source, html_document(&bytes, html::doc_id(path))),
        }
    }

    fn push_result(&mut self, source: &str, result: Result<Document, String>) {
        match result {
            Ok(doc) => self
                .ready
                .push_back((source.to_string(), InputItem::Doc(doc))),
            Err(reason) => self.error(source, reason),
        }
    }

    /// Queues a directory's entries (sorted by name, hidden ones skipped) ahead
    /// of the remaining inputs, so documents come out in a stable order.
    fn walk(&mut self, dir: &Path) {
        let canonical = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if !self.seen_dirs.insert(canonical) {
            return;
        }
        let entries = match fs::read_dir(dir) {
            Ok(rd) => rd
                .filter_map(Result::ok)
                .map(|e| e.path())
                .collect::<Vec<_>>(),
            Err(e) => {
                return self.error(
                    dir.display().to_string(),
                    format!("cannot read folder: {}", io_reason(&e)),
                )
            }
        };
        let mut entries: Vec<PathBuf> = entries
            .into_iter()
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        entries.sort();
        for p in entries.into_iter().rev() {
            self.pending.push_front((p, false));
        }
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn too_large(len: Option<u64>) -> String {
    let limit = MAX_INPUT_BYTES / (1024 * 1024);
    match len {
        Some(n) => format!("file too large ({n} bytes; the limit is {limit} MB)"),
        None => format!("input too large (the limit is {limit} MB)"),
    }
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads a file, gunzipping `.gz` (at most [`MAX_INPUT_BYTES`] unpacked).
fn read_file(path: &Path) -> Result<Vec<u8>, String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read: {}", io_reason(&e)))?;
    if !path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
    {
        return Ok(bytes);
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes.as_slice())
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("not valid gzip: {e}"))?;
    if out.len() as u64 > MAX_INPUT_BYTES {
        return Err(too_large(None));
    }
    Ok(out)
}

/// Why bytes are not text, if they look binary: NUL bytes anywhere, or more
/// than 10% control characters (other than tab, newlines, form feed) in the first 8 KiB.
fn binary_reason(bytes: &[u8]) -> Option<String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Some("UTF-16 text is not supported; convert the file to UTF-8".into());
    }
    if bytes.contains(&0) {
        return Some("binary file (contains NUL bytes)".into());
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f)
        .count();
    (controls * 10 > head.len()).then(|| "binary file (mostly control characters)".into())
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// UTF-8 text with the BOM stripped and `\r\n` turned into `\n`; `offset` is
/// where `bytes` start in the file, for the error message.
fn decode_utf8(bytes: &[u8], offset: usize) -> Result<String, String> {
    let (body, skipped) = match bytes.strip_prefix(BOM) {
        Some(rest) => (rest, BOM.len()),
        None => (bytes, 0),
    };
    let text = std::str::from_utf8(body).map_err(|e| {
        format!(
            "invalid UTF-8 at byte offset {}",
            offset + skipped + e.valid_up_to()
        )
    })?;
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text.to_string()
    })
}

fn text_document(bytes: &[u8], id: String) -> Result<Document, String> {
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    if let Some(reason) = binary_reason(bytes) {
        return Err(reason);
    }
    let text = decode_utf8(bytes, 0)?;
    if text.trim().is_empty() {
        return Err("empty file (only whitespace)".into());
    }
    Ok(Document {
        id,
        text,
        ..Document::default()
    })
}

fn html_document(bytes: &[u8], id: String) -> Result<Document, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("empty file".into());
    }
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if !utf16 {
        if let Some(reason) = binary_reason(bytes) {
            return Err(reason);
        }
    }
    let page = html::clean_html(bytes, None);
    if page.text.trim().is_empty() {
        return Err("no main text found in the page".into());
    }
    Ok(Document {
        id,
        url: page.url,
        title: page.title,
        published: page.published,
        text: page.text,
    })
}

/// One document per non-blank line; an error item per bad line.
fn jsonl_documents(bytes: &[u8], source: &str, stem: &str) -> Vec<(String, InputItem)> {
    let whole_file_error = |reason: String| {
        vec![(
            source.to_string(),
            InputItem::Error(InputError {
                source: source.to_string(),
                reason,
            }),
        )]
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return whole_file_error("empty file".into());
    }
    if let Some(reason) = binary_reason(bytes) {
        return whole_file_error(reason);
    }
    let mut out = Vec::new();
    let mut offset = 0;
    for (n, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_source = format!("{source}:{}", n + 1);
        let start = offset;
        offset += raw.len() + 1;
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let item = decode_utf8(raw, start)
            .and_then(|line| jsonl_document(&line, || format!("{stem}:{}", n + 1)))
            .map_or_else(
                |reason| {
                    InputItem::Error(InputError {
                        source: line_source.clone(),
                        reason,
                    })
                },
                InputItem::Doc,
            );
        out.push((line_source, item));
    }
    out
}

fn jsonl_document(line: &str, default_id: impl FnOnce() -> String) -> Result<Document, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("bad JSON: {e}"))?;
    let Value::Object(obj) = value else {
        return Err("expected a JSON object".into());
    };
    let text = match obj.get("text") {
        None | Some(Value::Null) => return Err("missing \"text\"".into()),
        Some(Value::String(s)) => s.replace("\r\n", "\n"),
        Some(_) => return Err("\"text\" is not a string".into()),
    };
    if text.trim().is_empty() {
        return Err("empty \"text\"".into());
    }
    let id = match obj.get("id") {
        None | Some(Value::Null) => default_id(),
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return Err("\"id\" is not a string or number".into()),
    };
    let optional = |field: &str| match obj.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(format!("\"{field}\" is not a string")),
    };
    Ok(Document {
        id,
        url: optional("url")?,
        title: optional("title")?,
        published: optional("published")?,
        text,
    })
}

/// Standard input: JSON Lines when the first non-blank character is `{`, an
/// HTML page when it starts with `<!doctype` or `<html`, otherwise plain text
/// (document id `stdin`).
fn from_stdin(bytes: Vec<u8>) -> Vec<(String, InputItem)> {
    const SOURCE: &str = "<stdin>";
    let body = bytes.strip_prefix(BOM).unwrap_or(&bytes);
    let start = body
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(body.len());
    let head: Vec<u8> = body[start..body.len().min(start + 9)].to_ascii_lowercase();
    let result = if head.starts_with(b"{") {
        return jsonl_documents(&bytes, SOURCE, "stdin");
    } else if head.starts_with(b"<!doctype") || head.starts_with(b"<html") {
        html_document(&bytes, "stdin".into())
    } else {
        text_document(&bytes, "stdin".into())
    };
    let item = result.map_or_else(
        |reason| {
            InputItem::Error(InputError {
                source: SOURCE.into(),
                reason,
            })
        },
        InputItem::Doc,
    );
    vec![(SOURCE.to_string(), item)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_decoding() {
        let doc = text_document(b"\xEF\xBB\xBFLine one.\r\nLine two.", "a".into()).unwrap();
        assert_eq!(doc.text, "Line one.\nLine two.");
        assert_eq!(
            text_document(b"ok \xFF", "a".into()).unwrap_err(),
            "invalid UTF-8 at byte offset 3"
        );
        assert_eq!(
            text_document(b"\xEF\xBB\xBFok \xC3", "a".into()).unwrap_err(),
            "invalid UTF-8 at byte offset 6"
        );
        assert!(text_document(b"", "a".into())
            .unwrap_err()
            .starts_with("empty"));
        assert!(text_document(b" \n\t", "a".into())
            .unwrap_err()
            .starts_with("empty"));
        assert!(text_document(b"ab\0cd", "a".into())
            .unwrap_err()
            .contains("NUL"));
        assert!(text_document(b"\x01\x02\x03\x04 a", "a".into())
            .unwrap_err()
            .contains("control"));
        assert!(text_document(b"\xFF\xFEa\0", "a".into())
            .unwrap_err()
            .contains("UTF-16"));
    }

    #[test]
    fn jsonl_lines() {
        let data = b"{\"text\":\"First.\",\"id\":\"x1\",\"url\":\"http://e.org/1\"}\n\n{\"text\":\"Second.\"}\nnot json\n{\"id\":\"y\"}\n{\"text\":\"T\",\"url\":5}\n\"str\"\n";
        let items = jsonl_documents(data, "f.jsonl", "f");
        let sources: Vec<&str> = items.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            sources,
            [
                "f.jsonl:1",
                "f.jsonl:3",
                "f.jsonl:4",
                "f.jsonl:5",
                "f.jsonl:6",
                "f.jsonl:7"
            ]
        );
        match &items[0].1 {
            InputItem::Doc(d) => {
                assert_eq!(d.id, "x1");
                assert_eq!(d.url.as_deref(), Some("http://e.org/1"));
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(&items[1].1, InputItem::Doc(d) if d.id == "f:3" && d.text == "Second."));
        let reasons: Vec<String> = items[2..]
            .iter()
            .map(|(_, i)| match i {
                InputItem::Error(e) => e.reason.clone(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert!(reasons[0].starts_with("bad JSON"), "{reasons:?}");
        assert_eq!(reasons[1], "missing \"text\"");
        assert_eq!(reasons[2], "\"url\" is not a string");
        assert_eq!(reasons[3], "expected a JSON object");
    }

    #[test]
    fn jsonl_invalid_utf8_names_line_and_file_offset() {
        let items = jsonl_documents(b"{\"text\":\"a\"}\n{\"text\":\"\xFF\"}\n", "f.jsonl", "f");
        assert!(matches!(&items[0].1, InputItem::Doc(_)));
        match &items[1].1 {
            InputItem::Error(e) => {
                assert_eq!(e.source, "f.jsonl:2");
                assert_eq!(e.reason, "invalid UTF-8 at byte offset 22");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn formats_by_name() {
        assert_eq!(format_of(Path::new("a/b.TXT")), Some(Format::Text));
        assert_eq!(format_of(Path::new("b.jsonl")), Some(Format::Jsonl));
        assert_eq!(format_of(Path::new("b.html.gz")), Some(Format::Html));
        assert_eq!(format_of(Path::new("b.json")), None);
        assert_eq!(format_of(Path::new("b.gz")), None);
    }
}
