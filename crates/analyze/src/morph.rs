//! Russian morphology: lemmas and nominative person names.

pub fn ru_lemma(word: &str) -> String {
    crate::normalize_yo(&word.to_lowercase())
}

pub fn ru_name_nominative(tokens: &[&str]) -> Vec<String> {
    tokens.iter().map(|t| t.to_string()).collect()
}
