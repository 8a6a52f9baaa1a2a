//! onshore-analyze: the text facts extraction builds on — language, sentences,
//! dates, quantities and Russian morphology.
//!
//! Everything here is hand-written grammar over precompiled tables and regexes
//! (built once with `LazyLock`), because extraction must run thousands of
//! articles per second per core and a model would not pay for itself on these
//! narrow, well-formed patterns.
//!
//! | function | gives |
//! |---|---|
//! | [`detect_language`] | `Known(En/Ru)`, `Other("uk")`, `Unknown` |
//! | [`split_sentences`] | trimmed byte spans; abbreviations and initials kept whole |
//! | [`publication_date`] | `YYYY-MM-DD` stated in the head of the text |
//! | [`find_dates`], [`find_dates_relative`] | `YYYY` / `YYYY-MM` / `YYYY-MM-DD` mentions |
//! | [`find_quantities`] | money (ISO 4217) and counts (English plural noun) |
//! | [`ru_lemma`], [`ru_name_nominative`] | Russian lemmas, nominative person names |
//!
//! Russian morphology uses the `rumorph` OpenCorpora dictionary (data
//! CC-BY-SA-4.0, compiled into the binary by the `rumorph-dict-ru` crate).

mod dates;
mod lang;
mod morph;
mod numbers;
mod quantities;
mod sentences;
mod text;

pub use dates::{find_dates, find_dates_relative, publication_date, DateMention};
pub use lang::{detect_language, LangGuess};
pub use morph::{ru_lemma, ru_morphology, ru_name_nominative, RuMorphology, SuffixRules};
pub use quantities::{find_quantities, find_quantities_continuing, QuantityMention};
pub use sentences::split_sentences;
pub use text::{is_letter, normalize_yo};
