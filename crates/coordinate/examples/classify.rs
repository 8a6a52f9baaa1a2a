//! `cargo run -p onshore-coordinate --example classify -- NAME...`: quick look
//! at classification without building the whole CLI.
fn main() {
    for arg in std::env::args().skip(1) {
        println!("{arg}");
        for c in onshore_coordinate::classify(&arg) {
            let d: String = c.description.chars().take(90).collect();
            println!("  {:<7} {:.3}  {}", c.code, c.score, d);
        }
    }
}
