//! Scoring extraction output against gold, exactly as `shared/tools/score.py`.
//!
//! The reference scorer is the yardstick every number in this project is
//! quoted against, so this crate reproduces it rather than improving on it:
//! the same name normalization (NFKC, lower case, the scorer's own Cyrillic
//! table, Python's Unicode `\w`), a port of `difflib.SequenceMatcher` with its
//! tie-breaking and autojunk heuristic, the same greedy matching order and the
//! same output bytes. `tests/` checks it against the Python script.
//!
//! ```no_run
//! use onshore_eval::{load_gold, score, Options, Predictions};
//! let gold = load_gold("gold".as_ref()).unwrap();
//! let pred = Predictions::load("pred.jsonl".as_ref()).unwrap();
//! print!("{}", score(&gold, &pred, Options::default()).to_table());
//! ```

pub mod difflib;
mod load;
mod names;
mod py;
mod report;
mod score;

pub use load::{is_prediction_path, load_gold, GoldDoc, Predictions};
pub use names::{is_code, norm, same_name, FUZZY};
pub use score::{score, unit, Counts, Options, Report, Rows};
