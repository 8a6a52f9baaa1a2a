//! Small string helpers shared by the analyzers.

/// `char::is_alphabetic`, answered directly for ASCII and the Russian alphabet:
/// tokenizers ask it of every character, and the general Unicode table lookup
/// was a twentieth of extraction time.
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{0410}'..='\u{044F}').contains(&c) || c == 'ё' || c == 'Ё' {
        true
    } else {
        c.is_alphabetic()
    }
}

/// Replace `ё`/`Ё` with `е`/`Е`: Russian press writes both, and matching must
/// not care which.
pub fn normalize_yo(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'ё' => 'е',
            'Ё' => 'Е',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn is_letter_agrees_with_the_unicode_tables() {
        for c in ('\0'..='\u{3000}').filter(|c| !c.is_control()) {
            assert_eq!(super::is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
