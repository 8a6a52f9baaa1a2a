//! The CSV inputs of `match` and `dependence`, read whole and validated
//! before anything is computed, so a bad file stops the command before it
//! writes a line, with the file, row and column named.
//!
//! Headers are matched case-blind and in any order; unknown columns are
//! ignored; optional columns may be absent or empty.
//!
//! | file | required | optional |
//! |---|---|---|
//! | demand | `country`, `product` | `program`, `code`, `quantity`, `unit` |
//! | producers | `enterprise`, `country`, `product` | `code`, `capacity`, `unit` |
//! | trade | `reporter`, `partner`, `hs`, `value` | `year`, `unit`, `flow` |

use crate::facts::SupplyFact;
use crate::matching::{DemandRow, ProducerRow};
use crate::table::normalize_code;
use std::fmt;
use std::io::Read;
use std::path::Path;

/// A CSV problem, located: file, data row (1 = first row after the header),
/// the line in the file, and the column when one is at fault.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvError {
    pub file: String,
    pub row: Option<u64>,
    pub line: Option<u64>,
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(r) = self.row {
            write!(f, ": row {r}")?;
        }
        if let Some(l) = self.line {
            write!(f, " (line {l})")?;
        }
        if let Some(c) = &self.column {
            write!(f, ", column `{c}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for CsvError {}

/// One parsed record with access by column name and located errors.
struct Record<'a> {
    file: &'a str,
    row: u64,
    line: u64,
    header: &'a [String],
    fields: csv::StringRecord,
}

impl Record<'_> {
    fn error(&self, column: &str, message: String) -> CsvError {
        CsvError {
            file: self.file.to_string(),
            row: Some(self.row),
            line: Some(self.line),
            column: Some(column.to_string()),
            message,
        }
    }

    fn get(&self, column: &str) -> Option<&str> {
        let i = self.header.iter().position(|h| h == column)?;
        self.fields.get(i).map(str::trim).filter(|s| !s.is_empty())
    }

    fn required(&self, column: &str) -> Result<String, CsvError> {
        self.get(column).map(str::to_string).ok_or_else(|| self.error(column, "empty value".into()))
    }

    fn country(&self, column: &str) -> Result<String, CsvError> {
        let v = self.required(column)?;
        if v.len() == 2 && v.chars().all(|c| c.is_ascii_alphabetic()) {
            Ok(v.to_ascii_uppercase())
        } else {
            Err(self.error(column, format!("{v:?} is not an ISO 3166-1 alpha-2 country code (BY, KZ, RU...)")))
        }
    }

    fn number(&self, column: &str) -> Result<Option<f64>, CsvError> {
        let Some(v) = self.get(column) else { return Ok(None) };
        match parse_number(v) {
            Some(n) if n >= 0.0 => Ok(Some(n)),
            Some(_) => Err(self.error(column, format!("{v:?} is negative"))),
            None => Err(self.error(column, format!("{v:?} is not a number"))),
        }
    }

    fn code(&self, column: &str) -> Result<Option<String>, CsvError> {
        let Some(v) = self.get(column) else { return Ok(None) };
        normalize_code(v)
            .map(Some)
            .ok_or_else(|| self.error(column, format!("{v:?} is not an HS / TN VED code (2 to 10 digits)")))
    }

    fn text(&self, column: &str) -> Option<String> {
        self.get(column).map(str::to_string)
    }
}

/// Numbers as spreadsheets write them: `1500`, `1 500`, `1,500.5`, `1500,5`.
fn parse_number(s: &str) -> Option<f64> {
    let compact: String = s.chars().filter(|c| !c.is_whitespace() && *c != '_' && *c != '\u{a0}').collect();
    let normalized = if compact.contains('.') {
        compact.replace(',', "")
    } else if compact.matches(',').count() == 1 && compact.split(',').nth(1).is_some_and(|d| d.len() != 3) {
        compact.replace(',', ".")
    } else {
        compact.replace(',', "")
    };
    normalized.parse::<f64>().ok().filter(|n| n.is_finite())
}

fn read_records<R: Read>(
    reader: R,
    file: &str,
    required: &[&str],
    mut each: impl FnMut(&Record) -> Result<(), CsvError>,
) -> Result<(), CsvError> {
    let file_error = |row: Option<u64>, line: Option<u64>, message: String| CsvError {
        file: file.to_string(),
        row,
        line,
        column: None,
        message,
    };
    let mut rdr = csv::ReaderBuilder::new().flexible(false).trim(csv::Trim::All).from_reader(reader);
    let header: Vec<String> = rdr
        .headers()
        .map_err(|e| file_error(None, Some(1), format!("cannot read the header: {e}")))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_lowercase())
        .collect();
    for col in required {
        if !header.iter().any(|h| h == col) {
            return Err(CsvError {
                file: file.to_string(),
                row: None,
                line: Some(1),
                column: Some(col.to_string()),
                message: format!("missing column (the header has: {})", header.join(", ")),
            });
        }
    }
    let mut row = 0u64;
    let mut fields = csv::StringRecord::new();
    loop {
        row += 1;
        match rdr.read_record(&mut fields) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(|p| p.line());
                let message = match e.kind() {
                    csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                        format!("has {len} fields where the header has {expected_len}")
                    }
                    csv::ErrorKind::Utf8 { .. } => "is not valid UTF-8".to_string(),
                    _ => e.to_string(),
                };
                return Err(file_error(Some(row), line, message));
            }
        }
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let line = fields.position().map(|p| p.line()).unwrap_or(row + 1);
        each(&Record { file, row, line, header: &header, fields: fields.clone() })?;
    }
}

fn open(path: &Path) -> Result<std::fs::File, CsvError> {
    std::fs::File::open(path).map_err(|e| CsvError {
        file: path.display().to_string(),
        row: None,
        line: None,
        column: None,
        message: format!("cannot open: {e}"),
    })
}

/// Demand rows: `country,program,product,code,quantity,unit`.
pub fn read_demand<R: Read>(reader: R, file: &str) -> Result<Vec<DemandRow>, CsvError> {
    let mut out = Vec::new();
    read_records(reader, file, &["country", "product"], |r| {
        out.push(DemandRow {
            country: r.country("country")?,
            program: r.text("program"),
            product: r.required("product")?,
            code: r.code("code")?,
            quantity: r.number("quantity")?,
            unit: r.text("unit"),
            source: format!("{}:{}", file, r.row),
        });
        Ok(())
    })?;
    Ok(out)
}

/// Producer rows: `enterprise,country,product,code,capacity,unit`.
pub fn read_producers<R: Read>(reader: R, file: &str) -> Result<Vec<ProducerRow>, CsvError> {
    let mut out = Vec::new();
    read_records(reader, file, &["enterprise", "country", "product"], |r| {
        out.push(ProducerRow {
            enterprise: r.required("enterprise")?,
            country: r.country("country")?,
            product: r.required("product")?,
            code: r.code("code")?,
            capacity: r.number("capacity")?,
            unit: r.text("unit"),
            source: format!("{}:{}", file, r.row),
        });
        Ok(())
    })?;
    Ok(out)
}

/// Trade rows `reporter,partner,hs,year,value,unit[,flow]` as supply facts.
/// A row is the reporter's import from the partner unless `flow` says
/// `export` (then the partner imports from the reporter).
pub fn read_trade<R: Read>(reader: R, file: &str) -> Result<Vec<SupplyFact>, CsvError> {
    let mut out = Vec::new();
    read_records(reader, file, &["reporter", "partner", "hs", "value"], |r| {
        let reporter = r.country("reporter")?;
        let partner = r.country("partner")?;
        let code = r.code("hs")?.ok_or_else(|| r.error("hs", "empty value".into()))?;
        let value = r.number("value")?.ok_or_else(|| r.error("value", "empty value".into()))?;
        let year = match r.get("year") {
            None => None,
            Some(y) => match y.parse::<u16>() {
                Ok(n) if (1900..=2100).contains(&n) => Some(n),
                _ => return Err(r.error("year", format!("{y:?} is not a year"))),
            },
        };
        let export = match r.get("flow").map(str::to_lowercase).as_deref() {
            None | Some("import") | Some("m") | Some("импорт") => false,
            Some("export") | Some("x") | Some("экспорт") => true,
            Some(other) => return Err(r.error("flow", format!("{other:?} is neither import nor export"))),
        };
        let (importer, supplier) = if export { (partner, reporter) } else { (reporter, partner) };
        out.push(SupplyFact {
            importer,
            supplier_country: Some(supplier),
            supplier_org: None,
            product: code.clone(),
            hs: vec![code],
            value: Some(value),
            unit: Some(r.text("unit").unwrap_or_else(|| "USD".to_string())),
            doc: format!("{}:{}", file, r.row),
            kind: "trade_csv".to_string(),
            year,
        });
        Ok(())
    })?;
    Ok(out)
}

/// [`read_demand`] from a path.
pub fn read_demand_file(path: &Path) -> Result<Vec<DemandRow>, CsvError> {
    read_demand(open(path)?, &path.display().to_string())
}

/// [`read_producers`] from a path.
pub fn read_producers_file(path: &Path) -> Result<Vec<ProducerRow>, CsvError> {
    read_producers(open(path)?, &path.display().to_string())
}

/// [`read_trade`] from a path.
pub fn read_trade_file(path: &Path) -> Result<Vec<SupplyFact>, CsvError> {
    read_trade(open(path)?, &path.display().to_string())
}

/// Match results as CSV: one line per (demand row, candidate), or one line
/// with empty producer fields for a demand row with no candidate.
/// `country_coverage` is the coverage status of the candidate's country.
pub fn matches_to_csv(matches: &[crate::matching::DemandMatch]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "demand_source", "demand_country", "program", "demand_product", "demand_codes", "quantity", "unit",
        "rank", "enterprise", "producer_country", "producer_product", "score", "code_depth", "code",
        "name_similarity", "languages", "reason", "capacity", "capacity_unit", "country_coverage", "producer_source",
    ])?;
    let num = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    for m in matches {
        let d = &m.demand;
        let demand_fields = [
            d.source.clone(),
            d.country.clone(),
            d.program.clone().unwrap_or_default(),
            d.product.clone(),
            m.codes.join(" "),
            num(d.quantity),
            d.unit.clone().unwrap_or_default(),
        ];
        if m.candidates.is_empty() {
            let mut rec: Vec<String> = demand_fields.to_vec();
            rec.extend(vec![String::new(); 14]);
            w.write_record(&rec)?;
        }
        for (rank, c) in m.candidates.iter().enumerate() {
            let status = m.coverage.iter().find(|cc| cc.country == c.country).map(|cc| cc.status.as_str()).unwrap_or("");
            let mut rec: Vec<String> = demand_fields.to_vec();
            rec.extend([
                (rank + 1).to_string(),
                c.enterprise.clone(),
                c.country.clone(),
                c.product.clone(),
                format!("{:.3}", c.score),
                c.code_depth.to_string(),
                c.code.clone().unwrap_or_default(),
                format!("{:.3}", c.name_similarity),
                c.languages.clone(),
                c.reason.clone(),
                num(c.capacity),
                c.unit.clone().unwrap_or_default(),
                status.to_string(),
                c.source.clone(),
            ]);
            w.write_record(&rec)?;
        }
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_spreadsheets_write_them() {
        assert_eq!(parse_number("1 500"), Some(1500.0));
        assert_eq!(parse_number("1,500.5"), Some(1500.5));
        assert_eq!(parse_number("1500,5"), Some(1500.5));
        assert_eq!(parse_number("12x"), None);
    }

    #[test]
    fn headers_are_case_blind_and_optional_columns_may_be_missing() {
        let csv = "Product,COUNTRY\nтракторы,by\n";
        let rows = read_demand(csv.as_bytes(), "d.csv").unwrap();
        assert_eq!(rows[0].country, "BY");
        assert_eq!(rows[0].quantity, None);
    }

    #[test]
    fn errors_name_file_row_and_column() {
        let csv = "country,product,quantity\nBY,tractors,10\nKZ,insulin,lots\n";
        let e = read_demand(csv.as_bytes(), "demand.csv").unwrap_err();
        assert_eq!((e.row, e.column.as_deref()), (Some(2), Some("quantity")));
        assert_eq!(e.to_string(), "demand.csv: row 2 (line 3), column `quantity`: \"lots\" is not a number");

        let e = read_producers("enterprise,country\nA,BY\n".as_bytes(), "p.csv").unwrap_err();
        assert_eq!(e.column.as_deref(), Some("product"));

        let e = read_producers("enterprise,country,product\nA,BY,x,extra\n".as_bytes(), "p.csv").unwrap_err();
        assert_eq!(e.row, Some(1));
        assert!(e.message.contains("4 fields"), "{e}");

        let e = read_trade("reporter,partner,hs,value\nBY,China,3002,10\n".as_bytes(), "t.csv").unwrap_err();
        assert_eq!(e.column.as_deref(), Some("partner"));
    }

    #[test]
    fn trade_rows_follow_their_flow() {
        let csv = "reporter,partner,hs,year,value,unit,flow\nBY,CN,3002.41,2023,100,USD,import\nBY,KZ,3002,2023,50,USD,export\n";
        let f = read_trade(csv.as_bytes(), "t.csv").unwrap();
        assert_eq!((f[0].importer.as_str(), f[0].supplier_country.as_deref()), ("BY", Some("CN")));
        assert_eq!(f[0].hs, ["300241"]);
        assert_eq!((f[1].importer.as_str(), f[1].supplier_country.as_deref()), ("KZ", Some("BY")));
    }
}
