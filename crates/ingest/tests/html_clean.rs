//! Main-text cleaning on pages written for these tests (see
//! `fixtures/html/make_fixtures.py`): one per charset, each with the usual
//! furniture around the article.

use onshore_ingest::charset::decode;
use onshore_ingest::html::{clean_html, CleanPage};
use std::path::PathBuf;

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const RU_PARAGRAPHS: &[&str] = &[
    "Калужский завод «Вектор-Фарм» начал серийный выпуск инсулина гларгин",
    "Мощность новой линии составляет четыре миллиона шприц-ручек в год.",
    "По словам директора предприятия Ирины Соколовой",
    "Ранее эту позицию закупали у иностранных производителей.",
];

const RU_FURNITURE: &[&str] = &[
    "Аналитика",
    "cookie",
    "Поделиться",
    "Фото:",
    "Читайте также",
    "Минздрав обновил перечень",
    "комментарий",
    "Все права защищены",
];

const EN_PARAGRAPHS: &[&str] = &[
    "A Minsk maker of medical devices has agreed to build a plant",
    "The plant is to open in 2024 and make 150 million syringes a year",
    "Officials said the agreement also covers training for local engineers",
    "Uzbekistan imported medical consumables worth more than $400mn last year",
];

const EN_FURNITURE: &[&str] = &[
    "cookies", "Business", "By Anna Petrova", "Facebook", "Photo:", "newsletter", "READ MORE",
    "Be the first to comment", "Most read", "Gold prices", "Copyright",
];

const OLD_PARAGRAPHS: &[&str] = &[
    "Министерство промышленности и торговли Республики Татарстан сообщает",
    "Предприятие будет производить до 300 цифровых рентгеновских аппаратов в год.",
    "Партнером проекта выступает белорусская компания",
];

const OLD_FURNITURE: &[&str] = &[
    "Главная", "О министерстве", "Документы", "Версия для печати", "Telegram", "Все права защищены",
    "Казань, 12 апреля", "В Елабуге построят завод",
];

struct Case {
    file: &'static str,
    encoding: &'static str,
    title: &'static str,
    published: &'static str,
    url: Option<&'static str>,
    paragraphs: &'static [&'static str],
    furniture: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        file: "ru_cp1251.html",
        encoding: "windows-1251",
        title: "Завод в Калуге начал выпуск инсулина",
        published: "2021-03-15",
        url: Some("https://pharm.example.ru/news/kaluga-insulin"),
        paragraphs: RU_PARAGRAPHS,
        furniture: RU_FURNITURE,
    },
    Case {
        file: "ru_koi8r.html",
        encoding: "KOI8-R",
        title: "Завод в Калуге начал выпуск инсулина",
        published: "2021-03-16",
        url: None,
        paragraphs: RU_PARAGRAPHS,
        furniture: RU_FURNITURE,
    },
    Case {
        file: "ru_utf8.html",
        encoding: "UTF-8",
        title: "Завод в Калуге начал выпуск инсулина",
        published: "2021-03-17",
        url: Some("https://pharm.example.ru/n/2021/03/17/insulin"),
        paragraphs: RU_PARAGRAPHS,
        furniture: RU_FURNITURE,
    },
    Case {
        file: "ru_old_cp1251.html",
        encoding: "windows-1251",
        title: "В Елабуге построят завод рентгеновского оборудования",
        published: "2022-04-12",
        url: None,
        paragraphs: OLD_PARAGRAPHS,
        furniture: OLD_FURNITURE,
    },
    Case {
        file: "en_utf8.html",
        encoding: "UTF-8",
        title: "Belarusian firm to build syringe plant in Uzbekistan",
        published: "2023-05-11",
        url: Some("https://tradewire.example.com/2023/05/syringe-plant"),
        paragraphs: EN_PARAGRAPHS,
        furniture: EN_FURNITURE,
    },
];

fn check(case: &Case, page: &CleanPage) {
    let lines: Vec<&str> = page.text.lines().collect();
    // Every paragraph survives, each on its own line, in order.
    let mut last = None;
    for paragraph in case.paragraphs {
        let at = lines.iter().position(|l| l.starts_with(paragraph));
        assert!(at.is_some(), "{}: paragraph lost: {paragraph}\n---\n{}", case.file, page.text);
        assert!(at > last, "{}: paragraph out of order: {paragraph}", case.file);
        last = at;
    }
    for junk in case.furniture {
        assert!(!page.text.contains(junk), "{}: furniture kept: {junk}\n---\n{}", case.file, page.text);
    }
    assert_eq!(page.title.as_deref(), Some(case.title), "{}", case.file);
    assert_eq!(page.published.as_deref(), Some(case.published), "{}", case.file);
    assert_eq!(page.url.as_deref(), case.url, "{}", case.file);
}

#[test]
fn fixtures_clean_to_their_paragraphs() {
    for case in CASES {
        let bytes = fixture(case.file);
        assert_eq!(decode(&bytes, None).1, case.encoding, "{}", case.file);
        check(case, &clean_html(&bytes, None));
    }
}

#[test]
fn undeclared_legacy_charsets_are_sniffed() {
    for case in &CASES[..2] {
        let bytes = fixture(case.file);
        let text = String::from_utf8_lossy(&bytes);
        // Drop the declaration, keep the bytes.
        let start = text.find("<meta charset").or_else(|| text.find("<META")).expect("declaration");
        let end = start + text[start..].find('>').unwrap() + 1;
        let stripped = [&bytes[..start], &bytes[end..]].concat();
        assert_eq!(decode(&stripped, None).1, case.encoding, "{}", case.file);
        check(case, &clean_html(&stripped, None));
    }
}

#[test]
fn declared_charset_from_outside_the_page_is_used() {
    // A WARC record's Content-Type names the charset; the page itself does not.
    let page = "<html><body><article><p>Поставки вакцины в Казахстан выросли вдвое за год, \
                сообщило министерство здравоохранения республики.</p></article></body></html>";
    let (bytes, _, _) = encoding_rs::KOI8_R.encode(page);
    let clean = clean_html(&bytes, Some("text/html; charset=KOI8-R"));
    assert!(clean.text.starts_with("Поставки вакцины в Казахстан"), "{}", clean.text);
}

#[test]
fn empty_and_textless_pages_give_empty_text() {
    for html in ["", "<html></html>", "<html><body><nav><a href='/'>Home</a></nav></body></html>"] {
        let page = clean_html(html.as_bytes(), None);
        assert!(page.text.trim().is_empty() || page.text == "Home", "{html:?} -> {:?}", page.text);
        assert_eq!(page.published, None);
    }
}
