//! Small string helpers shared by the analyzers.

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
