//! `onshore bench ingest --docs N`: documents per second into a store.
//!
//! Documents are generated from English and Russian templates written for
//! this benchmark, with the extraction each template implies built alongside
//! (so the figure is the registry's own rate: dedup, entity resolution,
//! event matching, project linking and indexing). `--extract` runs the real
//! extractor too, on one thread.

use onshore_core::{Document, Entity, EntityKind, Event, EventType, Extraction, Instrument, Quantity, Sector, Stage};
use onshore_store::{NewDoc, Store};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Documents to generate and ingest
    #[arg(long, default_value_t = 100_000)]
    pub docs: usize,
    /// Documents per transaction
    #[arg(long, default_value_t = 500)]
    pub batch: usize,
    /// Store to fill (default: a fresh SQLite file in a temporary folder, removed afterwards)
    #[arg(long)]
    pub db: Option<String>,
    /// Run the real extractor on each document as well (one thread)
    #[arg(long)]
    pub extract: bool,
    /// Seed of the generator
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
}

/// A small deterministic generator (SplitMix64): benchmarks must be repeatable.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

const COUNTRIES: &[(&str, &str, &str)] = &[
    ("KZ", "Kazakhstan", "Казахстан"),
    ("UZ", "Uzbekistan", "Узбекистан"),
    ("BY", "Belarus", "Беларусь"),
    ("KG", "Kyrgyzstan", "Киргизия"),
    ("AM", "Armenia", "Армения"),
    ("AZ", "Azerbaijan", "Азербайджан"),
    ("TJ", "Tajikistan", "Таджикистан"),
    ("MN", "Mongolia", "Монголия"),
    ("VN", "Vietnam", "Вьетнам"),
    ("EG", "Egypt", "Египет"),
    ("IN", "India", "Индия"),
    ("CN", "China", "Китай"),
    ("RS", "Serbia", "Сербия"),
    ("CU", "Cuba", "Куба"),
    ("IR", "Iran", "Иран"),
    ("TR", "Turkey", "Турция"),
];

const PRODUCTS: &[(&str, &str, Sector)] = &[
    ("insulin", "инсулина", Sector::Pharma),
    ("oncology drugs", "онкологических препаратов", Sector::Pharma),
    ("generics", "дженериков", Sector::Pharma),
    ("antibiotics", "антибиотиков", Sector::Pharma),
    ("flu vaccines", "вакцин от гриппа", Sector::Vaccines),
    ("measles vaccines", "вакцин от кори", Sector::Vaccines),
    ("syringes", "шприцев", Sector::MedicalDevices),
    ("ventilators", "аппаратов ИВЛ", Sector::MedicalDevices),
    ("PCR test kits", "ПЦР-тестов", Sector::Diagnostics),
    ("tractors", "тракторов", Sector::Machinery),
    ("buses", "автобусов", Sector::Automotive),
    ("machine tools", "станков", Sector::MachineTools),
    ("microchips", "микросхем", Sector::Microelectronics),
    ("fertilizers", "удобрений", Sector::Agriculture),
];

const SYL: &[&str] = &["bio", "far", "med", "gen", "vita", "nova", "tek", "pro", "lin", "sar", "kor", "ast", "vel", "mar", "tor", "dan"];
const RU_SYL: &[&str] = &["био", "фар", "мед", "ген", "вита", "нова", "тек", "про", "лин", "сар", "кор", "аст", "вел", "мар", "тор", "дан"];

const EN_FILLER: &[&str] = &[
    "Officials expect the first output within two years.",
    "The talks were held in a constructive atmosphere.",
    "Local authorities promised land and tax incentives.",
    "Analysts note rising demand in the regional market.",
    "The ministry will monitor the implementation closely.",
    "Training of local engineers is part of the plan.",
    "The partners did not disclose all financial terms.",
    "Further documents are expected at the next forum.",
];
const RU_FILLER: &[&str] = &[
    "Первую продукцию ожидают в течение двух лет.",
    "Переговоры прошли в конструктивной атмосфере.",
    "Местные власти пообещали землю и налоговые льготы.",
    "Аналитики отмечают рост спроса на региональном рынке.",
    "Министерство будет внимательно следить за реализацией.",
    "Подготовка местных инженеров входит в план.",
    "Партнеры не раскрыли всех финансовых условий.",
    "Новые документы ожидаются на следующем форуме.",
];

/// Company `i` of the synthetic world, in English and Russian spelling.
fn company(i: usize) -> (String, String) {
    let (a, b, c) = (i % 16, i / 16 % 16, i / 256 % 16);
    let en = format!("{}{}{}", SYL[a], SYL[b], SYL[c]);
    let mut en_c = en.chars();
    let en = en_c.next().map(|f| f.to_uppercase().collect::<String>() + en_c.as_str()).unwrap_or_default();
    let ru = format!("{}{}{}", RU_SYL[a], RU_SYL[b], RU_SYL[c]);
    let mut ru_c = ru.chars();
    let ru = ru_c.next().map(|f| f.to_uppercase().collect::<String>() + ru_c.as_str()).unwrap_or_default();
    (en, ru)
}

/// Document `n` of the synthetic corpus with the extraction its template implies.
pub fn synthetic(n: usize, rng: &mut Rng) -> NewDoc {
    let org_i = rng.below(2000);
    let (org_en, org_ru) = company(org_i);
    let org_home = COUNTRIES[org_i % COUNTRIES.len()].0;
    let &(code, c_en, c_ru) = rng.pick(COUNTRIES);
    // A company pursues one product per host country: its undertaking there.
    let &(p_en, p_ru, sector) = &PRODUCTS[(org_i * 7 + code.as_bytes()[0] as usize) % PRODUCTS.len()];
    let year = 2019 + rng.below(7);
    let date = format!("{year}-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
    let amount = 5 + rng.below(995);
    let jobs = 50 + rng.below(2000);
    let (kind, stage, instrument) = *rng.pick(&[
        (EventType::Agreement, Stage::Agreed, Some(Instrument::Memorandum)),
        (EventType::Agreement, Stage::Agreed, Some(Instrument::Contract)),
        (EventType::Localization, Stage::Discussed, None),
        (EventType::Localization, Stage::InProgress, None),
        (EventType::Localization, Stage::Done, None),
        (EventType::Investment, Stage::Agreed, None),
        (EventType::Supply, Stage::Done, None),
    ]);
    let ru = rng.below(2) == 1;
    let mut fill = String::new();
    for _ in 0..2 + rng.below(3) {
        fill.push(' ');
        let sentence: &str = if ru { RU_FILLER[rng.below(RU_FILLER.len())] } else { EN_FILLER[rng.below(EN_FILLER.len())] };
        fill.push_str(sentence);
    }
    let (text, evidence) = if ru {
        let ev = match kind {
            EventType::Agreement => format!("Компания {org_ru} и правительство страны {c_ru} подписали соглашение о производстве {p_ru}."),
            EventType::Localization => format!("Компания {org_ru} локализует производство {p_ru} в стране {c_ru}."),
            EventType::Investment => format!("Компания {org_ru} инвестирует {amount} млн долларов в выпуск {p_ru} в стране {c_ru}."),
            _ => format!("Компания {org_ru} поставила в страну {c_ru} партию {p_ru}."),
        };
        (format!("{ev} Объем сделки составит {amount} млн долларов, будет создано {jobs} рабочих мест.{fill} Сообщение номер {n}."), ev)
    } else {
        let ev = match kind {
            EventType::Agreement => format!("{org_en} and the government of {c_en} signed an agreement on the production of {p_en}."),
            EventType::Localization => format!("{org_en} will localize the production of {p_en} in {c_en}."),
            EventType::Investment => format!("{org_en} will invest {amount} million dollars in making {p_en} in {c_en}."),
            _ => format!("{org_en} delivered a batch of {p_en} to {c_en}."),
        };
        (format!("{ev} The deal is worth {amount} million dollars and will create {jobs} jobs.{fill} Release number {n}."), ev)
    };
    let mut aliases = vec![];
    if ru {
        aliases.push(org_ru.clone());
    }
    let org = Entity { kind: EntityKind::Org, id: None, name: Some(org_en.clone()), role: None, country: Some(org_home.into()), aliases };
    let mut event = Event::new(kind, evidence);
    event.parties = vec![org_en.clone(), code.to_string()];
    event.host = (kind != EventType::Supply).then(|| code.to_string());
    event.sectors = vec![sector];
    event.products = vec![p_en.to_string()];
    event.stage = Some(stage);
    event.instrument = instrument;
    event.quantities = vec![Quantity { value: amount as f64 * 1e6, unit: "USD".into() }];
    let id = format!("bench-{n:06}");
    NewDoc {
        document: Document { id: id.clone(), url: None, title: None, published: Some(date.clone()), text: text.clone() },
        extraction: Extraction {
            doc: id,
            lang: if ru { "ru" } else { "en" }.into(),
            published: Some(date),
            entities: vec![org, Entity::country(code)],
            events: vec![event],
            title: None,
            url: None,
        },
        source: Some("bench".into()),
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let tmp = tempfile_dir()?;
    let location = args.db.clone().unwrap_or_else(|| tmp.join("bench.db").display().to_string());
    let mut store = Store::open(&location)?;
    let mut rng = Rng::new(args.seed);
    let started = Instant::now();
    let mut done = 0usize;
    let mut stored = 0usize;
    while done < args.docs {
        let n = args.batch.max(1).min(args.docs - done);
        let mut batch: Vec<NewDoc> = (done..done + n).map(|i| synthetic(i, &mut rng)).collect();
        if args.extract {
            for d in &mut batch {
                if let Ok(x) = onshore_extract::extract(&d.document) {
                    d.extraction = x;
                }
            }
        }
        let out = store.ingest_batch(&batch)?;
        stored += out.iter().filter(|o| !matches!(o, onshore_store::Outcome::Failed { .. })).count();
        done += n;
        if done % 10_000 < n {
            eprintln!("{done} documents, {:.0}/s", done as f64 / started.elapsed().as_secs_f64());
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let cpu = cpu_seconds();
    let stats = store.stats()?;
    let size = std::fs::metadata(&location).map(|m| m.len()).unwrap_or(0);
    println!("documents     {done} ({stored} stored)");
    println!("seconds       {secs:.1}");
    println!("documents/s   {:.0}", done as f64 / secs);
    if let Some(cpu) = cpu {
        // On a shared machine wall time includes waiting for a core; CPU time does not.
        println!("cpu seconds   {cpu:.1} ({:.0} documents per CPU second, one thread)", done as f64 / cpu.max(1e-9));
    }
    println!("store         {} events, {} entities, {} projects, {} extra sources", stats.events, stats.entities, stats.projects, stats.extra_sources);
    if size > 0 {
        println!("store size    {:.1} MiB (without WAL)", size as f64 / 1048576.0);
    }
    if let Some(rss) = super::peak_rss_bytes() {
        println!("peak RSS      {:.0} MiB", rss as f64 / 1048576.0);
    }
    if args.db.is_none() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    Ok(ExitCode::SUCCESS)
}

fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("onshore-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// User + system CPU seconds of this process so far.
fn cpu_seconds() -> Option<f64> {
    // SAFETY: getrusage fills the struct we pass; RUSAGE_SELF is always valid.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) } != 0 {
        return None;
    }
    let t = |tv: libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6;
    Some(t(ru.ru_utime) + t(ru.ru_stime))
}
