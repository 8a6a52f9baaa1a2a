//! Decoding bytes of uncertain encoding into text.
//!
//! Russian sites still serve windows-1251 and KOI8-R, often with a wrong or
//! missing declaration, so a declaration is trusted only while the bytes agree
//! with it. The order of evidence:
//!
//! 1. a byte-order mark (it cannot be there by accident);
//! 2. the caller's declaration (an HTTP `Content-Type` from a WARC record),
//!    then a `<meta charset>` / `http-equiv` declaration in the first 4 KiB;
//! 3. the bytes themselves: valid UTF-8 with non-ASCII is UTF-8 (legacy
//!    Cyrillic text essentially never is valid UTF-8), otherwise `chardetng`
//!    guesses from byte statistics.
//!
//! A declared single-byte encoding loses to bytes that are valid multi-byte
//! UTF-8, and a declared UTF-8 loses to bytes that are not UTF-8: both are the
//! common lies of hand-edited templates.

use encoding_rs::{Encoding, UTF_8};

/// How far into the document `<meta charset>` is looked for (the HTML
/// standard's prescan reads 1024 bytes; real pages put long `<head>`s first).
const META_PRESCAN_BYTES: usize = 4096;

/// Decodes `bytes` to text and names the encoding used (its WHATWG name,
/// e.g. `"UTF-8"`, `"windows-1251"`, `"KOI8-R"`).
///
/// `declared` is an encoding label (`"cp1251"`) or a whole content type
/// (`"text/html; charset=koi8-r"`). Malformed sequences become U+FFFD; this
/// never fails.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> (String, &'static str) {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), encoding.name());
    }
    let encoding = choose_encoding(bytes, declared);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), encoding.name())
}

fn choose_encoding(bytes: &[u8], declared: Option<&str>) -> &'static Encoding {
    let claimed = declared
        .and_then(encoding_from_declaration)
        .or_else(|| meta_charset(&bytes[..bytes.len().min(META_PRESCAN_BYTES)]));
    let utf8 = utf8_status(bytes);
    match (claimed, utf8) {
        // Bytes that are valid UTF-8 and use multi-byte sequences are UTF-8,
        // whatever a template says.
        (_, Utf8Status::ValidNonAscii) => UTF_8,
        (Some(enc), Utf8Status::Ascii) => enc,
        (Some(enc), Utf8Status::Invalid) if enc != UTF_8 => enc,
        (None, Utf8Status::Ascii) => UTF_8,
        // Declared UTF-8 but not UTF-8, or nothing declared: sniff.
        _ => sniff(bytes),
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Utf8Status {
    Ascii,
    ValidNonAscii,
    Invalid,
}

fn utf8_status(bytes: &[u8]) -> Utf8Status {
    if bytes.is_ascii() {
        return Utf8Status::Ascii;
    }
    match std::str::from_utf8(bytes) {
        Ok(_) => Utf8Status::ValidNonAscii,
        // A page cut off mid-character is still UTF-8.
        Err(e) if e.error_len().is_none() && e.valid_up_to() + 4 > bytes.len() => {
            Utf8Status::ValidNonAscii
        }
        Err(_) => Utf8Status::Invalid,
    }
}

fn sniff(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let guess = detector.guess(None, true);
    // chardetng answers KOI8-U for both KOI8 variants; they differ only in
    // Ukrainian letters, so without those the text is Russian KOI8-R.
    if guess == encoding_rs::KOI8_U {
        let (text, _) = guess.decode_without_bom_handling(bytes);
        if !text.chars().any(|c| matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ')) {
            return encoding_rs::KOI8_R;
        }
    }
    guess
}

/// Reads an encoding from a bare label or from a `Content-Type` value.
fn encoding_from_declaration(declared: &str) -> Option<&'static Encoding> {
    let declared = declared.trim();
    Encoding::for_label(declared.as_bytes()).or_else(|| charset_parameter(declared.as_bytes()))
}

/// Finds `charset=LABEL` inside a `<meta>` tag of the document's first bytes.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let mut rest = head;
    while let Some(at) = find_ascii_ci(rest, b"<meta") {
        let tag = &rest[at..];
        let end = tag.iter().position(|&b| b == b'>').unwrap_or(tag.len());
        if let Some(enc) = charset_parameter(&tag[..end]) {
            // The HTML standard maps a declared UTF-16 in a byte-decoded
            // document to UTF-8 (the bytes could not have been parsed otherwise).
            return Some(if enc.name().starts_with("UTF-16") { UTF_8 } else { enc });
        }
        rest = &tag[end.max(1)..];
    }
    None
}

/// The value of a `charset=` parameter, quoted or not.
fn charset_parameter(text: &[u8]) -> Option<&'static Encoding> {
    let at = find_ascii_ci(text, b"charset")?;
    let mut value = &text[at + b"charset".len()..];
    value = trim_ascii_start(value);
    value = value.strip_prefix(b"=")?;
    value = trim_ascii_start(value);
    value = value.strip_prefix(b"\"").or_else(|| value.strip_prefix(b"'")).unwrap_or(value);
    let len = value
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(value.len());
    Encoding::for_label(&value[..len])
}

fn trim_ascii_start(bytes: &[u8]) -> &[u8] {
    let skip = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &bytes[skip..]
}

fn find_ascii_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    haystack.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(text: &str, label: &str) -> Vec<u8> {
        let enc = Encoding::for_label(label.as_bytes()).unwrap();
        enc.encode(text).0.into_owned()
    }

    const RU: &str = "Завод в Калужской области начал выпуск вакцины против гриппа. \
                      Министерство промышленности сообщило о новых поставках лекарств.";

    #[test]
    fn meta_charset_is_read_with_quotes_and_http_equiv() {
        for head in [
            r#"<meta charset="windows-1251">"#,
            r#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1251">"#,
            "<meta charset = 'cp1251' />",
        ] {
            let page = [head.as_bytes(), &encode(RU, "windows-1251")].concat();
            let (text, name) = decode(&page, None);
            assert_eq!(name, "windows-1251", "{head}");
            assert!(text.ends_with(RU));
        }
    }

    #[test]
    fn declared_content_type_wins_over_meta_when_bytes_agree() {
        let page = [b"<meta charset=\"windows-1251\">".as_slice(), &encode(RU, "koi8-r")].concat();
        let (text, name) = decode(&page, Some("text/html; charset=KOI8-R"));
        assert_eq!(name, "KOI8-R");
        assert!(text.contains("Калужской"));
    }

    #[test]
    fn undeclared_legacy_cyrillic_is_sniffed() {
        for label in ["windows-1251", "koi8-r"] {
            let (text, name) = decode(&encode(RU, label), None);
            assert_eq!(name, Encoding::for_label(label.as_bytes()).unwrap().name());
            assert_eq!(text, RU);
        }
    }

    #[test]
    fn a_false_declaration_loses_to_the_bytes() {
        // Declared windows-1251, actually UTF-8.
        let page = format!("<meta charset=windows-1251><p>{RU}</p>");
        assert_eq!(decode(page.as_bytes(), None).1, "UTF-8");
        // Declared UTF-8, actually windows-1251.
        let page = [b"<meta charset=utf-8><p>".as_slice(), &encode(RU, "windows-1251")].concat();
        let (text, name) = decode(&page, None);
        assert_eq!(name, "windows-1251");
        assert!(text.contains("Министерство"));
    }

    #[test]
    fn bom_and_truncation() {
        let page = [b"\xEF\xBB\xBF".as_slice(), RU.as_bytes()].concat();
        assert_eq!(decode(&page, Some("koi8-r")), (RU.to_string(), "UTF-8"));
        let cut = &RU.as_bytes()[..RU.len() - 1]; // ends mid-character
        assert_eq!(decode(cut, None).1, "UTF-8");
        assert_eq!(decode(b"", None).1, "UTF-8");
    }
}
