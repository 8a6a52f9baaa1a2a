//! Synthetic demand and producer rows for benchmarks and load tests.
//!
//! Rows are generated from a fixed vocabulary of products in English and
//! Russian (with modifiers, model numbers and declared codes on some rows),
//! deterministically from a seed, so runs are comparable.

use crate::matching::{DemandRow, ProducerRow};

/// (English, Russian, HS code) of the generated products.
const PRODUCTS: &[(&str, &str, &str)] = &[
    ("tractors", "тракторы", "8701"),
    ("trucks", "грузовики", "8704"),
    ("buses", "автобусы", "8702"),
    ("transformers", "трансформаторы", "8504"),
    ("insulin", "инсулин", "300431"),
    ("vaccines", "вакцины", "300241"),
    ("diagnostic kits", "диагностические наборы", "3822"),
    ("syringes", "шприцы", "901831"),
    ("tyres", "шины", "4011"),
    ("medicines", "лекарственные препараты", "3004"),
    ("blood plasma", "плазма крови", "300212"),
    ("ventilators", "аппараты ИВЛ", "901920"),
    ("medical masks", "медицинские маски", "630790"),
    ("electric motors", "электродвигатели", "8501"),
    ("cables", "кабели", "8544"),
    ("pumps", "насосы", "8413"),
    ("lathes", "токарные станки", "8458"),
    ("combine harvesters", "зерноуборочные комбайны", "843351"),
    ("elevators", "лифты", "842810"),
    ("trailers", "прицепы", "8716"),
    ("batteries", "аккумуляторы", "8507"),
    ("excavators", "экскаваторы", "842952"),
    ("catheters", "катетеры", "901839"),
    ("antibiotics", "антибиотики", "300420"),
    ("x-ray machines", "рентгеновские аппараты", "9022"),
    ("wheat", "пшеница", "1001"),
    ("sugar", "сахар", "1701"),
    ("fertilizers", "удобрения", "3105"),
    ("compressors", "компрессоры", "8414"),
    ("bulldozers", "бульдозеры", "842911"),
];
const MODIFIERS_EN: &[&str] = &["", "", "heavy", "compact", "industrial", "high-capacity", "small", "modern", "specialized"];
const MODIFIERS_RU: &[&str] = &["", "", "тяжелые", "компактные", "промышленные", "современные", "малые", "специализированные"];
const COUNTRIES: &[&str] = &["BY", "RU", "KZ", "UZ", "AM", "KG", "CN", "TR", "IN", "IR", "AZ", "TJ"];
const UNITS: &[&str] = &["pcs", "шт", "doses", "kg", "t"];

/// SplitMix64: a fixed, dependency-free generator for reproducible rows.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

/// A product name, its declared code (on about a third of the rows) and unit.
fn product(rng: &mut Rng) -> (String, Option<String>, &'static str) {
    let (en, ru, code) = PRODUCTS[rng.below(PRODUCTS.len())];
    let russian = rng.below(2) == 0;
    let (base, modifier) = if russian { (ru, rng.pick(MODIFIERS_RU)) } else { (en, rng.pick(MODIFIERS_EN)) };
    let mut name = if modifier.is_empty() { base.to_string() } else { format!("{modifier} {base}") };
    if rng.below(5) == 0 {
        name.push_str(&format!(" M-{}", 100 + rng.below(400)));
    }
    let declared = (rng.below(3) == 0).then(|| code.to_string());
    (name, declared, UNITS[rng.below(UNITS.len())])
}

/// `demand_rows` demand rows and `producer_rows` producer rows from `seed`.
pub fn rows(demand_rows: usize, producer_rows: usize, seed: u64) -> (Vec<DemandRow>, Vec<ProducerRow>) {
    let mut rng = Rng(seed);
    let producers: Vec<ProducerRow> = (0..producer_rows)
        .map(|i| {
            let (product, code, unit) = product(&mut rng);
            ProducerRow {
                enterprise: format!("Enterprise {i}"),
                country: rng.pick(COUNTRIES).to_string(),
                product,
                code,
                capacity: Some((1 + rng.below(1000)) as f64 * 10.0),
                unit: Some(unit.to_string()),
                source: format!("generated:{i}"),
            }
        })
        .collect();
    let demand: Vec<DemandRow> = (0..demand_rows)
        .map(|i| {
            let (product, code, unit) = product(&mut rng);
            DemandRow {
                country: rng.pick(COUNTRIES).to_string(),
                program: Some("generated program".to_string()),
                product,
                code,
                quantity: Some((1 + rng.below(1000)) as f64 * 100.0),
                unit: Some(unit.to_string()),
                source: format!("generated:{i}"),
            }
        })
        .collect();
    (demand, producers)
}

#[cfg(test)]
mod tests {
    #[test]
    fn generation_is_deterministic_and_bilingual() {
        let (d1, p1) = super::rows(50, 200, 3);
        let (d2, _) = super::rows(50, 200, 3);
        assert_eq!(d1, d2);
        assert_eq!((d1.len(), p1.len()), (50, 200));
        assert!(p1.iter().any(|p| p.product.chars().any(|c| ('а'..='я').contains(&c))));
        assert!(p1.iter().any(|p| p.product.is_ascii()));
    }
}
