//! `onshore clean`: the main text, title, date and language of HTML pages
//! (files, or HTML responses inside WARC files), exactly as `extract` and
//! `ingest` see them.

use anyhow::Result;
use onshore_ingest::files::InputItem;
use onshore_ingest::html::{clean_html, doc_id, is_html_path, read_html_file, CleanPage};
use onshore_ingest::warc::{is_warc_path, read_warc};
use rayon::prelude::*;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Output: one JSON object a line, or plain text with a header per page
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// HTML files (.html, .htm, .html.gz), WARC files (.warc, .warc.gz) or
    /// directories, searched recursively
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Jsonl,
    Text,
}

/// Pages cleaned in parallel per batch; output keeps the input order.
const BATCH: usize = 256;

pub fn run(args: Args) -> Result<ExitCode> {
    let mut failed = false;
    let mut files = Vec::new();
    for path in &args.paths {
        if let Err(e) = collect_pages(path, true, &mut files) {
            eprintln!("onshore clean: {}: {e}", path.display());
            failed = true;
        }
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut rest = files.as_slice();
    while !rest.is_empty() {
        // HTML files go in parallel batches; a WARC file streams its records.
        let html_run = rest.iter().take(BATCH).take_while(|p| !is_warc_path(p)).count();
        if html_run == 0 {
            failed |= clean_warc(&rest[0], args.format, &mut out)?;
            rest = &rest[1..];
            continue;
        }
        let (batch, tail) = rest.split_at(html_run);
        rest = tail;
        let results: Vec<_> = batch.par_iter().map(|path| clean_file(path)).collect();
        for (path, result) in batch.iter().zip(results) {
            match result {
                Ok(page) => write_page(&mut out, args.format, &doc_id(path), &page)?,
                Err(why) => {
                    out.flush()?;
                    eprintln!("onshore clean: {}: {why}", path.display());
                    failed = true;
                }
            }
        }
    }
    out.flush()?;
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Prints the HTML responses of one WARC file (ids `<stem>#<record>`);
/// returns whether any record failed.
fn clean_warc(path: &Path, format: Format, out: &mut impl Write) -> Result<bool> {
    let mut failed = false;
    for (_, item) in read_warc(path) {
        match item {
            InputItem::Doc(doc) => {
                let page = CleanPage { title: doc.title, published: doc.published, text: doc.text, url: doc.url };
                write_page(out, format, &doc.id, &page)?;
            }
            InputItem::Error(e) => {
                out.flush()?;
                eprintln!("onshore clean: {}: {}", e.source, e.reason);
                failed = true;
            }
        }
    }
    Ok(failed)
}

/// Adds `path` (a file given by name, or HTML and WARC files under a
/// directory) to `files`.
fn collect_pages(path: &Path, named: bool, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(path)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for entry in entries {
            if let Err(e) = collect_pages(&entry, false, files) {
                eprintln!("onshore clean: {}: {e}", entry.display());
            }
        }
    } else if named || is_html_path(path) || is_warc_path(path) {
        // A file named on the command line is taken whatever its suffix.
        files.push(path.to_path_buf());
    }
    Ok(())
}

fn clean_file(path: &Path) -> Result<CleanPage, String> {
    let bytes = read_html_file(path).map_err(|e| e.to_string())?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("empty file".into());
    }
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if !utf16 && bytes.iter().take(1024).any(|&b| b == 0) {
        return Err("binary data, not an HTML page".into());
    }
    Ok(clean_html(&bytes, None))
}

/// Language of the cleaned text ("en", "ru", ...), if it can be told.
fn language(text: &str) -> Option<String> {
    onshore_analyze::detect_language(text).code().map(str::to_string)
}

/// One line of `--format jsonl`, fields in the documented order.
#[derive(serde::Serialize)]
struct Record<'a> {
    doc: &'a str,
    url: Option<&'a str>,
    title: Option<&'a str>,
    published: Option<&'a str>,
    lang: Option<&'a str>,
    text: &'a str,
}

fn write_page(out: &mut impl Write, format: Format, doc: &str, page: &CleanPage) -> Result<()> {
    let lang = language(&page.text);
    match format {
        Format::Jsonl => {
            let record = Record {
                doc,
                url: page.url.as_deref(),
                title: page.title.as_deref(),
                published: page.published.as_deref(),
                lang: lang.as_deref(),
                text: &page.text,
            };
            writeln!(out, "{}", serde_json::to_string(&record)?)?;
        }
        Format::Text => {
            writeln!(out, "==> {doc} <==")?;
            for (label, value) in
                [("title", &page.title), ("published", &page.published), ("url", &page.url), ("lang", &lang)]
            {
                if let Some(value) = value {
                    writeln!(out, "{label}: {value}")?;
                }
            }
            writeln!(out)?;
            writeln!(out, "{}", page.text)?;
            writeln!(out)?;
        }
    }
    Ok(())
}
