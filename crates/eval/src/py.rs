//! The few Python semantics `score.py` leans on, applied to JSON values:
//! truthiness, `str()`, `==`, iteration, `float()`, `str.isspace` and
//! `float.__repr__`. They matter for odd inputs (a numeric name, a party list
//! given as a string) where the reference scorer's behaviour is what counts.

use serde_json::Value;

/// Python's `bool(x)` for a JSON-loaded value.
pub fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// Python's `a or b`.
pub fn or<'a>(a: Option<&'a Value>, b: Option<&'a Value>) -> Option<&'a Value> {
    if truthy(a) {
        a
    } else {
        b
    }
}

/// Python's `==` between two values from `json.load` (`None` for a missing key).
pub fn eq(a: Option<&Value>, b: Option<&Value>) -> bool {
    let null = Value::Null;
    let (a, b) = (a.unwrap_or(&null), b.unwrap_or(&null));
    match (a, b) {
        (Value::Number(_) | Value::Bool(_), Value::Number(_) | Value::Bool(_)) => {
            as_number(a) == as_number(b)
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| eq(Some(p), Some(q)))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, p)| eq(Some(p), y.get(k)) && y.contains_key(k))
        }
        _ => a == b,
    }
}

/// `a == "literal"` in Python.
pub fn is_str(v: Option<&Value>, s: &str) -> bool {
    matches!(v, Some(Value::String(x)) if x == s)
}

fn as_number(v: &Value) -> Option<f64> {
    match v {
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::Number(n) => n.as_f64(),
        _ => None,
    }
}

/// Python's `str(x)`.
pub fn to_str(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(other) => repr(other),
        None => "None".into(),
    }
}

/// Python's `repr(x)` (for non-strings also `str(x)`).
fn repr(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.to_string(),
            (_, Some(u)) => u.to_string(),
            _ => float_repr(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => str_repr(s),
        Value::Array(a) => format!("[{}]", a.iter().map(repr).collect::<Vec<_>>().join(", ")),
        Value::Object(o) => format!(
            "{{{}}}",
            o.iter()
                .map(|(k, v)| format!("{}: {}", str_repr(k), repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// `repr(str)`: single quotes unless the text has a single quote and no double one.
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `for x in v` over a value that `or []` left truthy: lists give
/// their items, strings their characters, dicts their keys.
pub fn iter(v: Option<&Value>) -> Vec<Value> {
    match v {
        Some(Value::Array(a)) => a.clone(),
        Some(Value::String(s)) => s.chars().map(|c| Value::String(c.to_string())).collect(),
        Some(Value::Object(o)) => o.keys().map(|k| Value::String(k.clone())).collect(),
        _ => Vec::new(),
    }
}

/// Python's `float(x)`; `None` where Python raises `TypeError`/`ValueError`.
pub fn to_float(v: &Value) -> Option<f64> {
    match v {
        Value::Bool(_) | Value::Number(_) => as_number(v),
        Value::String(s) => parse_float(s),
        _ => None,
    }
}

/// `float(str)`: surrounding whitespace allowed, `_` only between digits,
/// `inf`/`infinity`/`nan` in any case with an optional sign.
fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(is_space);
    if t.is_empty() || !t.is_ascii() {
        return None;
    }
    let bytes = t.as_bytes();
    let mut cleaned = String::with_capacity(t.len());
    for (k, &c) in bytes.iter().enumerate() {
        if c == b'_' {
            let digit_before = k > 0 && bytes[k - 1].is_ascii_digit();
            let digit_after = bytes.get(k + 1).is_some_and(u8::is_ascii_digit);
            if !(digit_before && digit_after) {
                return None;
            }
        } else {
            cleaned.push(c as char);
        }
    }
    let unsigned = cleaned.trim_start_matches(['+', '-']);
    if unsigned.len() + 1 < cleaned.len() {
        return None; // more than one sign
    }
    let lower = unsigned.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        return cleaned.parse().ok();
    }
    // Rust also accepts forms Python rejects ("infinity" handled above); the
    // remaining grammar (digits, '.', exponent) is the same.
    if unsigned
        .bytes()
        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'))
    {
        cleaned.parse().ok()
    } else {
        None
    }
}

/// `str.isspace()` for one character (also what `str.split()`, `str.strip()`
/// and the regex `\s` use): Unicode `White_Space` plus U+001C..U+001F.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `repr(float)`: shortest round-trip digits, exponent form when the decimal
/// exponent is below -4 or at least 16 (`1e-05`, `1e+16`), `.0` on integers.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').expect("LowerExp has an exponent");
    let exp: i32 = exp.parse().expect("LowerExp exponent is an integer");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let decpt = exp + 1;
    let body = if (-4 < decpt) && decpt <= 16 {
        let n = digits.len() as i32;
        if decpt <= 0 {
            format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
        } else if decpt >= n {
            format!("{}{}.0", digits, "0".repeat((decpt - n) as usize))
        } else {
            format!(
                "{}.{}",
                &digits[..decpt as usize],
                &digits[decpt as usize..]
            )
        }
    } else {
        let rest = &digits[1..];
        let dot = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{}{}e{}{:02}", &digits[..1], dot, esign, exp.abs())
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn float_repr_matches_python() {
        let cases = [
            (0.0, "0.0"),
            (1.0, "1.0"),
            (0.5, "0.5"),
            (0.1, "0.1"),
            (0.8333333333333334, "0.8333333333333334"),
            (1e-4, "0.0001"),
            (1e-5, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (123456.789, "123456.789"),
            (-2.5, "-2.5"),
            (4900000.0, "4900000.0"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want, "{x}");
        }
    }

    #[test]
    fn str_of_values_matches_python() {
        assert_eq!(to_str(Some(&json!(null))), "None");
        assert_eq!(to_str(Some(&json!(true))), "True");
        assert_eq!(to_str(Some(&json!(12))), "12");
        assert_eq!(to_str(Some(&json!(1.0))), "1.0");
        assert_eq!(to_str(Some(&json!(["a", 1]))), "['a', 1]");
        assert_eq!(to_str(None), "None");
    }

    #[test]
    fn float_parsing_follows_python() {
        let ok = [
            ("1.5", 1.5),
            (" 2 ", 2.0),
            ("1_000", 1000.0),
            ("1e3", 1000.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("-inf", f64::NEG_INFINITY),
        ];
        for (s, want) in ok {
            assert_eq!(to_float(&json!(s)), Some(want), "{s}");
        }
        for s in ["", "1__0", "_1", "1_", "abc", "1,5", "--1", "0x10"] {
            assert_eq!(to_float(&json!(s)), None, "{s}");
        }
        assert_eq!(to_float(&json!(true)), Some(1.0));
        assert_eq!(to_float(&json!(null)), None);
    }

    #[test]
    fn truthiness_and_equality() {
        assert!(!truthy(Some(&json!(""))));
        assert!(!truthy(Some(&json!([]))));
        assert!(!truthy(Some(&json!(0))));
        assert!(truthy(Some(&json!("x"))));
        assert!(eq(Some(&json!(1)), Some(&json!(1.0))));
        assert!(eq(None, Some(&json!(null))));
        assert!(!eq(Some(&json!("1")), Some(&json!(1))));
    }
}
