//! Products and sectors: a bilingual lexicon from surface words to the English
//! product name and its sector. Russian entries are stems (`*`) so every case form
//! meets them.

use crate::lexicon::Lexicon;
use onshore_core::Sector;
use std::sync::LazyLock;

#[derive(Debug, Clone)]
pub struct Product {
    /// English name, or `None` for words that only mark a sector.
    pub name: Option<&'static str>,
    pub sector: Sector,
}

/// (forms separated by `|`, English product or "" for sector-only, sector)
const TABLE: &[(&str, &str, Sector)] = &[
    ("vaccine|vaccines|вакцин*|вакцинa", "vaccine", Sector::Vaccines),
    ("doses|дозы|доз", "", Sector::Vaccines),
    ("Sputnik V|Спутник V|Спутник-V", "Sputnik V vaccine", Sector::Vaccines),
    ("QazVac", "QazVac vaccine", Sector::Vaccines),
    ("CoronaVac|КоронаВак", "CoronaVac vaccine", Sector::Vaccines),
    ("EpiVacCorona|ЭпиВакКорона", "EpiVacCorona vaccine", Sector::Vaccines),
    ("CoviVac|КовиВак", "CoviVac vaccine", Sector::Vaccines),
    ("Abdala|Абдала", "Abdala vaccine", Sector::Vaccines),
    ("Soberana|Соберана", "Soberana vaccine", Sector::Vaccines),
    ("Covaxin|Covishield|Comirnaty|Vaxzevria", "COVID-19 vaccine", Sector::Vaccines),
    ("insulin|insulins|инсулин*", "insulin", Sector::Pharma),
    ("oncology drugs|anti-cancer drugs|cancer drugs|лекарств от рака|онкологических препаратов|противоопухолевых препаратов", "oncology drugs", Sector::Pharma),
    ("generics|дженерик*", "generics", Sector::Pharma),
    ("biosimilars|биоаналог*|биосимиляр*", "biosimilars", Sector::Pharma),
    ("drugs|drug|medicine|medicines|medications|medication|лекарств*|медикамент*|лекарственных средств|лекарственные средства|лекарственных препаратов|лекарственные препараты|препарат*", "medicines", Sector::Pharma),
    ("pharmaceuticals|pharmaceutical products|фармацевтическ*|фармпрепарат*|фармпродукци*", "pharmaceutical products", Sector::Pharma),
    ("active pharmaceutical ingredients|API|substances|субстанци*|активных фармацевтических ингредиентов", "active pharmaceutical ingredients", Sector::Pharma),
    ("pharma|pharmaceutical|pharmaceutics|фармацевтик*|фармотрасл*|фармпромышленност*", "", Sector::Pharma),
    ("blood plasma|plasma|плазм*", "blood plasma", Sector::Pharma),
    ("serums|serum|сыворот*", "serums", Sector::Pharma),
    ("antibiotics|антибиотик*", "antibiotics", Sector::Pharma),
    ("medical equipment|medical devices|medical products|медицинск оборудовани|медицинск издели|медтехник*|медоборудовани*", "medical equipment", Sector::MedicalDevices),
    ("syringes|шприц*", "syringes", Sector::MedicalDevices),
    ("diagnostic kits|test kits|tests|diagnostics|диагностическ набор|тест-систем*|диагностик*", "diagnostic kits", Sector::Diagnostics),
    ("personal protective equipment|PPE|masks|средств индивидуальной защиты|СИЗ|маск*", "personal protective equipment", Sector::Healthcare),
    ("healthcare|health care|medicine and healthcare|здравоохранени*|медицин*", "", Sector::Healthcare),
    ("electronic components|microelectronics|microchips|chips|semiconductors|электронн компонент|микроэлектроник*|микросхем*|полупроводник*|электроник*|фотошаблон*", "electronic components", Sector::Microelectronics),
    ("machine tools|machine-tool|станк*|станкостроени*", "machine tools", Sector::MachineTools),
    ("cars|vehicles|passenger vehicles|trucks|buses|автомобил*|грузовик*|автобус*|автопром*", "vehicles", Sector::Automotive),
    ("car manufacture|automotive|automobile", "", Sector::Automotive),
    ("tractors|tractor|трактор*", "tractors", Sector::Machinery),
    ("agricultural machinery|agricultural equipment|combine harvesters|сельхозтехник*|комбайн*", "agricultural machinery", Sector::Machinery),
    ("equipment|machinery|оборудовани*|машиностроени*|техник*", "", Sector::Machinery),
    ("transformers|трансформатор*", "transformers", Sector::Machinery),
    ("tyres|tires|шин*", "tyres", Sector::Automotive),
    ("metal products|steel|metallurgy|металлопродукци*|металлург*|стал*", "metal products", Sector::Metals),
    ("oil|gas|energy|nuclear power|электроэнерги*|энергетик*|нефт*|газ*", "", Sector::Energy),
    ("agriculture|agricultural|сельск хозяйств|агропром*|сельхоз*", "", Sector::Agriculture),
    ("food|foodstuffs|продовольстви*|продукты питания|пищев*", "food", Sector::Food),
    ("construction|строительств*", "", Sector::Construction),
    ("IT|information technology|digital|цифров*|информационн технологи", "", Sector::It),
    ("logistics|transport|transit|логистик*|транспорт*|транзит*", "", Sector::Logistics),
    ("tourism|туризм*", "", Sector::Tourism),
    ("culture|культур*", "", Sector::Culture),
    ("education|образовани*", "", Sector::Education),
    ("banking|finance|financial|финанс*|банковск*", "", Sector::Finance),
];

pub static PRODUCTS: LazyLock<Lexicon<Product>> = LazyLock::new(|| {
    let mut lex = Lexicon::with_max_suffix(6);
    for (forms, name, sector) in TABLE {
        let p = Product { name: (!name.is_empty()).then_some(*name), sector: *sector };
        for f in forms.split('|') {
            lex.insert(f, p.clone());
        }
    }
    lex
});

/// Harmonized System codes of every product name in the table, classified once:
/// the product vocabulary is closed, so events look their codes up instead of
/// classifying text per sentence.
pub static HS_CODES: LazyLock<std::collections::HashMap<&'static str, Vec<String>>> = LazyLock::new(|| {
    TABLE
        .iter()
        .filter(|(_, name, _)| !name.is_empty())
        .map(|(_, name, _)| (*name, onshore_coordinate::hs_codes_for_products(&[name.to_string()])))
        .collect()
});

pub fn hs_codes(products: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in products {
        for c in HS_CODES.get(p.as_str()).into_iter().flatten() {
            if !out.contains(c) {
                out.push(c.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn product_names_carry_their_hs_codes() {
        let codes = hs_codes(&["insulin".to_string(), "tractors".to_string()]);
        assert!(codes.iter().any(|c| c.starts_with("3004") || c.starts_with("2937")), "{codes:?}");
        assert!(codes.iter().any(|c| c.starts_with("8701")), "{codes:?}");
        assert!(hs_codes(&["no such product".to_string()]).is_empty());
    }
}
