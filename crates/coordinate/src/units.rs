//! Units of quantities in demand, capacity and trade rows.
//!
//! Capacities are summed against a demand only when they measure the same
//! thing, so each unit is reduced to a dimension and a factor to its base
//! ("t" -> mass x1000 kg). Rates ("doses/year", "шт. в год") drop the period:
//! demand and capacity rows are both read as yearly figures.

/// What a unit measures, with the factor to that dimension's base unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub dimension: String,
    pub factor: f64,
}

const CURRENCIES: &[&str] = &[
    "USD", "EUR", "RUB", "BYN", "KZT", "CNY", "UZS", "KGS", "AMD", "AZN", "TJS", "TMT", "GBP", "CHF", "JPY",
    "INR", "TRY", "MNT",
];

pub fn is_currency(unit: &str) -> bool {
    let u = unit.trim();
    CURRENCIES.iter().any(|c| c.eq_ignore_ascii_case(u))
}

/// The unit's dimension and factor; unknown units are their own dimension
/// (compared by their lower-cased singular form), so "vials" meets "vial".
pub fn parse_unit(raw: &str) -> Unit {
    let mut u = raw.trim().to_lowercase().replace('ё', "е");
    for period in ["/year", "/yr", " per year", " a year", "/год", " в год", "/г", " per annum", "/annum"] {
        if let Some(stripped) = u.strip_suffix(period) {
            u = stripped.trim().to_string();
        }
    }
    let u = u.trim_end_matches('.').to_string();
    if is_currency(&u) {
        return Unit { dimension: u.to_uppercase(), factor: 1.0 };
    }
    let (dimension, factor) = match u.as_str() {
        "kg" | "кг" | "kilogram" | "kilograms" | "килограмм" | "килограммов" => ("mass", 1.0),
        "t" | "tonne" | "tonnes" | "ton" | "tons" | "т" | "тонна" | "тонн" | "тонны" => ("mass", 1000.0),
        "kt" | "тыс. т" | "тыс т" | "thousand tonnes" => ("mass", 1.0e6),
        "g" | "г" | "gram" | "grams" => ("mass", 0.001),
        "l" | "litre" | "litres" | "liter" | "liters" | "л" | "литр" | "литров" => ("volume", 1.0),
        "ml" | "мл" => ("volume", 0.001),
        "m3" | "м3" | "cubic metres" => ("volume", 1000.0),
        "pcs" | "pc" | "piece" | "pieces" | "units" | "unit" | "items" | "шт" | "штук" | "штуки" | "ед" | "единиц" => {
            ("piece", 1.0)
        }
        "thousand pcs" | "тыс. шт" | "тыс шт" => ("piece", 1000.0),
        "dose" | "doses" | "доз" | "доза" | "дозы" => ("dose", 1.0),
        "million doses" | "млн доз" => ("dose", 1.0e6),
        "pack" | "packs" | "package" | "packages" | "упаковок" | "упаковки" | "упаковка" | "уп" => ("pack", 1.0),
        "kit" | "kits" | "test" | "tests" | "набор" | "наборов" | "тестов" => ("kit", 1.0),
        "vehicle" | "vehicles" | "machines" | "машин" => ("piece", 1.0),
        other => return Unit { dimension: singular(other), factor: 1.0 },
    };
    Unit { dimension: dimension.to_string(), factor }
}

fn singular(u: &str) -> String {
    u.strip_suffix("es")
        .filter(|s| s.ends_with("ss") || s.ends_with('x') || s.ends_with("ch") || s.ends_with("sh"))
        .or_else(|| u.strip_suffix('s'))
        .unwrap_or(u)
        .to_string()
}

/// `value` in `from` expressed in `to`, if the two measure the same thing.
pub fn convert(value: f64, from: &str, to: &str) -> Option<f64> {
    let (f, t) = (parse_unit(from), parse_unit(to));
    (f.dimension == t.dimension).then(|| value * f.factor / t.factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compatible_units_convert() {
        assert_eq!(convert(2.0, "t", "kg"), Some(2000.0));
        assert_eq!(convert(5.0, "doses/year", "доз"), Some(5.0));
        assert_eq!(convert(3.0, "шт.", "pcs"), Some(3.0));
        assert_eq!(convert(7.0, "vials", "vial"), Some(7.0));
        assert_eq!(convert(1.0, "USD", "usd"), Some(1.0));
    }

    #[test]
    fn incompatible_units_do_not() {
        assert_eq!(convert(1.0, "kg", "doses"), None);
        assert_eq!(convert(1.0, "USD", "EUR"), None);
        assert_eq!(convert(1.0, "l", "pcs"), None);
    }
}
