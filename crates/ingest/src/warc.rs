//! HTML pages out of WARC files (`.warc`, `.warc.gz`), as Common Crawl
//! writes them: only `response` records whose HTTP payload is HTML become
//! documents; requests, metadata, revisits and non-HTML responses are skipped.
//!
//! The `warc` crate parses records; `.warc.gz` files are concatenated gzip
//! members (one per record), which `flate2::MultiGzDecoder` reads as one
//! stream. The HTTP status line and headers are parsed with `httparse`; the
//! `Content-Type` charset is handed to [`crate::html::clean_html`], since many
//! Russian sites still serve windows-1251 without a `<meta>` declaration.

use crate::files::InputItem;
use crate::html;
use onshore_core::{Document, InputError};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// Does the name say WARC (`.warc`, `.warc.gz`)?
pub fn is_warc_path(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

fn stem(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let lower = name.to_ascii_lowercase();
    for ext in [".warc.gz", ".warc"] {
        if lower.ends_with(ext) {
            return name[..name.len() - ext.len()].to_string();
        }
    }
    name
}

/// The HTML responses of one WARC file, as documents with ids
/// `<file stem>#<n>` (n counts records from 1), or errors naming the file
/// and record. A damaged record ends the file (record boundaries are lost)
/// but never the batch.
pub fn read_warc(path: &Path) -> Box<dyn Iterator<Item = (String, InputItem)>> {
    let source = path.display().to_string();
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return Box::new(std::iter::once((source.clone(), error(&source, format!("cannot open: {e}"))))),
    };
    let gz = path.to_string_lossy().to_ascii_lowercase().ends_with(".gz");
    let reader: Box<dyn BufRead> = if gz {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(BufReader::new(file))))
    } else {
        Box::new(BufReader::new(file))
    };
    let stem = stem(path);
    let mut n = 0usize;
    let mut failed = false;
    let records = warc::WarcReader::new(reader).iter_records();
    Box::new(records.map_while(move |rec| {
        if failed {
            return None;
        }
        n += 1;
        let at = format!("{source}#{n}");
        Some(match rec {
            Err(e) => {
                failed = true;
                Some((at.clone(), error(&at, format!("damaged WARC record: {e}"))))
            }
            Ok(r) => record_to_doc(&r, &format!("{stem}#{n}"), &at).map(|item| (at.clone(), item)),
        })
    }).flatten())
}

fn error(source: &str, reason: String) -> InputItem {
    InputItem::Error(InputError { source: source.to_string(), reason })
}

fn record_to_doc(r: &warc::Record<warc::BufferedBody>, id: &str, at: &str) -> Option<InputItem> {
    if r.warc_type() != &warc::RecordType::Response {
        return None;
    }
    let url = r.header(warc::WarcHeader::TargetURI).map(|u| u.trim().to_string());
    let http = match parse_http(r.body()) {
        Ok(h) => h,
        Err(reason) => return Some(error(at, reason)),
    };
    if !http.is_html {
        return None;
    }
    if !(200..300).contains(&http.status) {
        return None;
    }
    let page = html::clean_html(&http.body, http.content_type.as_deref());
    if page.text.trim().is_empty() {
        return Some(error(at, "HTML response has no main text".into()));
    }
    // The crawl date (WARC-Date) is not the publication date and would
    // misplace project history steps, so only the page's own date counts.
    Some(InputItem::Doc(Document {
        id: id.to_string(),
        url: page.url.or(url),
        title: page.title,
        published: page.published,
        text: page.text,
    }))
}

struct HttpResponse {
    status: u16,
    content_type: Option<String>,
    is_html: bool,
    body: Vec<u8>,
}

/// Status, `Content-Type` and the decoded body of a raw HTTP response.
fn parse_http(raw: &[u8]) -> Result<HttpResponse, String> {
    let mut headers = [httparse::EMPTY_HEADER; 128];
    let mut resp = httparse::Response::new(&mut headers);
    let head_len = match resp.parse(raw) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Err("truncated HTTP headers".into()),
        Err(e) => return Err(format!("bad HTTP response: {e}")),
    };
    let header = |name: &str| {
        resp.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).trim().to_string())
    };
    let content_type = header("content-type");
    let encoding = header("content-encoding").unwrap_or_default().to_ascii_lowercase();
    let chunked = header("transfer-encoding").unwrap_or_default().to_ascii_lowercase().contains("chunked");
    let mut body = raw[head_len..].to_vec();
    if chunked {
        body = dechunk(&body).ok_or("bad chunked transfer encoding")?;
    }
    if encoding == "gzip" || encoding == "x-gzip" {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&body[..]).read_to_end(&mut out).map_err(|e| format!("bad gzip body: {e}"))?;
        body = out;
    } else if encoding == "deflate" {
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(&body[..]).read_to_end(&mut out).map_err(|e| format!("bad deflate body: {e}"))?;
        body = out;
    }
    let is_html = match &content_type {
        Some(ct) => {
            let ct = ct.to_ascii_lowercase();
            ct.starts_with("text/html") || ct.starts_with("application/xhtml")
        }
        // No header: sniff, as browsers do.
        None => {
            let head = String::from_utf8_lossy(&body[..body.len().min(512)]).to_ascii_lowercase();
            head.contains("<html") || head.contains("<!doctype html")
        }
    };
    Ok(HttpResponse { status: resp.code.unwrap_or(0), content_type, is_html, body })
}

fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = b.windows(2).position(|w| w == b"\r\n")?;
        let size_str = std::str::from_utf8(&b[..line_end]).ok()?;
        let size = usize::from_str_radix(size_str.split(';').next()?.trim(), 16).ok()?;
        b = &b[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        if b.len() < size {
            out.extend_from_slice(b);
            return Some(out);
        }
        out.extend_from_slice(&b[..size]);
        b = b.get(size + 2..).unwrap_or(&[]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dechunks() {
        assert_eq!(dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n").unwrap(), b"Wikipedia");
    }

    #[test]
    fn http_content_type_and_status() {
        let r = parse_http(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1251\r\n\r\n<html></html>").unwrap();
        assert_eq!((r.status, r.is_html), (200, true));
        assert_eq!(r.content_type.as_deref(), Some("text/html; charset=windows-1251"));
        let r = parse_http(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG").unwrap();
        assert!(!r.is_html);
    }
}
