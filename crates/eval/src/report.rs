//! `score.py`'s two outputs, byte for byte: the table and `json.dumps(indent=1)`.

use crate::py::float_repr;
use crate::score::{Report, Rows};
use std::fmt::Write;

const SECTIONS: [&str; 3] = ["entities", "events", "quantities"];

impl Report {
    fn section(&self, name: &str) -> &Rows {
        match name {
            "entities" => &self.entities,
            "events" => &self.events,
            _ => &self.quantities,
        }
    }

    /// The table `score.py` prints without `--json` (with a trailing newline).
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        for section in SECTIONS {
            let _ = writeln!(
                out,
                "{section:<12} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5}",
                "p", "r", "f1", "tp", "pred", "gold"
            );
            for (k, c) in self.section(section) {
                let (p, r, f) = c.prf();
                let _ = writeln!(
                    out,
                    "  {k:<10} {p:6.3} {r:6.3} {f:6.3} {:5} {:5} {:5}",
                    c.tp, c.pred, c.gold
                );
            }
        }
        for (doc, rows) in self.documents.iter().flatten() {
            let cells: Vec<String> = rows
                .iter()
                .map(|(k, c)| format!("{k}={:.2}", c.prf().2))
                .collect();
            let _ = writeln!(out, "{doc} {}", cells.join(" "));
        }
        out
    }

    /// `json.dumps(result, indent=1)` (without a trailing newline).
    pub fn to_json(&self) -> String {
        let mut out = String::from("{");
        let mut first = true;
        for section in SECTIONS {
            open_key(&mut out, &mut first, 1, section);
            write_rows(&mut out, self.section(section), 1);
        }
        if let Some(docs) = &self.documents {
            open_key(&mut out, &mut first, 1, "documents");
            if docs.is_empty() {
                out.push_str("{}");
            } else {
                out.push('{');
                let mut inner_first = true;
                for (doc, rows) in docs {
                    open_key(&mut out, &mut inner_first, 2, doc);
                    write_rows(&mut out, rows, 2);
                }
                close(&mut out, 1);
            }
        }
        close(&mut out, 0);
        out
    }
}

/// Newline, indent, `"key": ` with a comma before all but the first member.
fn open_key(out: &mut String, first: &mut bool, depth: usize, key: &str) {
    if !*first {
        out.push(',');
    }
    *first = false;
    out.push('\n');
    out.push_str(&" ".repeat(depth));
    push_json_string(out, key);
    out.push_str(": ");
}

fn close(out: &mut String, depth: usize) {
    out.push('\n');
    out.push_str(&" ".repeat(depth));
    out.push('}');
}

fn write_rows(out: &mut String, rows: &Rows, depth: usize) {
    if rows.is_empty() {
        out.push_str("{}");
        return;
    }
    out.push('{');
    let mut first = true;
    for (k, c) in rows {
        open_key(out, &mut first, depth + 1, k);
        let (p, r, f) = c.prf();
        out.push('{');
        let mut f_first = true;
        for (name, value) in [
            ("tp", c.tp.to_string()),
            ("pred", c.pred.to_string()),
            ("gold", c.gold.to_string()),
            ("p", float_repr(p)),
            ("r", float_repr(r)),
            ("f1", float_repr(f)),
        ] {
            open_key(out, &mut f_first, depth + 2, name);
            out.push_str(&value);
        }
        close(out, depth + 1);
    }
    close(out, depth);
}

/// A JSON string as Python's `json.dumps` writes it (`ensure_ascii=True`).
fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            c => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{u:04x}");
                }
            }
        }
    }
    out.push('"');
}
