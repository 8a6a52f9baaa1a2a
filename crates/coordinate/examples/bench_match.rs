//! `cargo run --release -p onshore-coordinate --example bench_match [DEMAND PRODUCERS]`:
//! the matching benchmark without building the CLI (`onshore bench match` is the same).
fn main() {
    let mut a = std::env::args().skip(1).map(|s| s.parse::<usize>().expect("row count"));
    let (nd, np) = (a.next().unwrap_or(10_000), a.next().unwrap_or(100_000));
    let (demand, producers) = onshore_coordinate::synthetic::rows(nd, np, 7);
    let t = std::time::Instant::now();
    let m = onshore_coordinate::match_rows(&demand, &producers, &Default::default());
    println!("{nd} x {np}: {:.3} s, {} rows with candidates", t.elapsed().as_secs_f64(), m.iter().filter(|m| !m.candidates.is_empty()).count());
}
