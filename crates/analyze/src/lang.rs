//! Language guess from script, distinctive letters and stopword frequencies.
//!
//! onshore extracts only English and Russian, but must *report* the language of
//! everything else instead of mangling it (a Ukrainian or Kazakh article read
//! with Russian rules yields garbage entities). The decision is cheap: one pass
//! over at most [`SAMPLE_BYTES`] of text, counting scripts, letters peculiar to
//! one Cyrillic alphabet, and hits in small per-language stopword lists for
//! Latin-script text. That is thousands of times faster than an n-gram model and
//! accurate on news text, where function words are plentiful.

use onshore_core::Lang;
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::LazyLock;

/// What language a text is in, as far as onshore can tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LangGuess {
    /// A language onshore extracts from.
    Known(Lang),
    /// Another language, by ISO 639-1 code ("uk", "kk", "de"...): reported, not extracted.
    Other(String),
    /// Too little text, or no letters.
    Unknown,
}

impl LangGuess {
    /// ISO 639-1 code, or `None` when unknown.
    pub fn code(&self) -> Option<&str> {
        match self {
            LangGuess::Known(lang) => Some(lang.code()),
            LangGuess::Other(code) => Some(code),
            LangGuess::Unknown => None,
        }
    }
}

/// Enough text to decide; the head of an article is representative.
const SAMPLE_BYTES: usize = 6000;
/// Function words settle a Latin-script language within a few hundred words.
const LATIN_WORD_SAMPLE_BYTES: usize = 2500;
/// Fewer letters than this and we do not guess.
const MIN_LETTERS: usize = 3;

#[derive(Default)]
struct Counts<'a> {
    sample: &'a str,
    latin: usize,
    cyrillic: usize,
    /// Non-Latin, non-Cyrillic scripts by the code they imply.
    other: HashMap<&'static str, usize>,
    /// Cyrillic letters that tell the alphabet apart.
    /// Count of each Cyrillic code point (U+0400..U+052F), as written.
    cyr_letter: Vec<u32>,
}

pub fn detect_language(text: &str) -> LangGuess {
    let sample = head(text, SAMPLE_BYTES);
    let counts = count_scripts(sample);
    let other_max = counts.other.iter().max_by_key(|(_, n)| **n).map(|(c, n)| (*c, *n));
    let total = counts.latin + counts.cyrillic + other_max.map_or(0, |(_, n)| n);
    if total < MIN_LETTERS {
        return LangGuess::Unknown;
    }
    if let Some((code, n)) = other_max {
        if n > counts.latin && n > counts.cyrillic {
            return LangGuess::Other(code.to_string());
        }
    }
    if counts.cyrillic >= counts.latin {
        cyrillic_language(&counts)
    } else {
        latin_language(head(sample, LATIN_WORD_SAMPLE_BYTES))
    }
}

/// The first `max` bytes of `text`, cut at a char boundary.
fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn count_scripts(text: &str) -> Counts<'_> {
    let mut c = Counts { sample: text, cyr_letter: vec![0; 0x130], ..Counts::default() };
    for ch in text.chars() {
        if ch.is_ascii_alphabetic() {
            c.latin += 1;
            continue;
        }
        if ch.is_ascii() {
            continue;
        }
        let cp = ch as u32;
        match cp {
            0x00C0..=0x024F | 0x1E00..=0x1EFF => {
                if ch.is_alphabetic() {
                    c.latin += 1
                }
            }
            0x0400..=0x052F => {
                c.cyrillic += 1;
                c.cyr_letter[(cp - 0x400) as usize] += 1;
            }
            _ => {
                if let Some(code) = script_language(ch) {
                    *c.other.entry(code).or_default() += 1;
                }
            }
        }
    }
    c
}

/// The language a letter of a non-Latin, non-Cyrillic script implies.
fn script_language(ch: char) -> Option<&'static str> {
    Some(match ch as u32 {
        0x0370..=0x03FF => "el",
        0x0530..=0x058F => "hy",
        0x0590..=0x05FF => "he",
        // Persian letters first: پ چ ژ گ and Farsi yeh/kaf are absent from Arabic.
        0x067E | 0x0686 | 0x0698 | 0x06AF | 0x06CC | 0x06A9 => "fa",
        0x0600..=0x06FF => "ar",
        0x0900..=0x097F => "hi",
        0x0E00..=0x0E7F => "th",
        0x10A0..=0x10FF => "ka",
        0x3040..=0x30FF => "ja",
        0xAC00..=0xD7AF | 0x1100..=0x11FF => "ko",
        0x4E00..=0x9FFF | 0x3400..=0x4DBF => "zh",
        _ => return None,
    })
}

fn cyrillic_language(c: &Counts) -> LangGuess {
    let count = |ch: char| (ch as usize).checked_sub(0x400).and_then(|i| c.cyr_letter.get(i)).map_or(0, |n| *n as usize);
    let n = |s: &str| -> usize {
        s.chars().map(|ch| count(ch) + ch.to_uppercase().next().filter(|u| *u != ch).map_or(0, count)).sum()
    };
    // A letter counts when it is more than a stray quoted name or a language
    // menu ("Қазақ", "Ўзбек"): at least three occurrences and 1% of the
    // Cyrillic letters (the distinctive letters of Ukrainian, Belarusian or
    // Kazakh make up several percent of running text).
    let threshold = 3.max(c.cyrillic / 100);
    let has = |s: &str| n(s) >= threshold;
    let other = |code: &str| LangGuess::Other(code.to_string());

    if has("јљњћђџѓќѕ") {
        return if has("ѓќѕ") { other("mk") } else { other("sr") };
    }
    if has("ҳҷӣӯ") && !has("ә") {
        return if has("ҷӣ") { other("tg") } else if has("ў") { other("uz") } else { other("tg") };
    }
    if has("әғқұһ") || (has("ң") && has("ө")) {
        if has("җ") {
            return other("tt");
        }
        if has("ҙҫ") {
            return other("ba");
        }
        if has("әғқұ") {
            return other("kk");
        }
        return other("ky");
    }
    if has("ў") {
        return if has("ғқ") { other("uz") } else { other("be") };
    }
    if has("їєґ") {
        return other("uk");
    }
    if has("і") {
        // Ukrainian writes и often and never ы/э; Belarusian the reverse.
        return if n("и") > 0 && n("и") >= n("ыэ") { other("uk") } else { other("be") };
    }
    if has("өү") {
        return if cyrillic_stopword_language(c).as_deref() == Some("ky") { other("ky") } else { other("mn") };
    }
    // Bulgarian has no ы/э and uses ъ as a vowel inside words.
    if c.cyrillic > 60 && n("ыэ") == 0 && n("ъ") * 100 > c.cyrillic {
        return other("bg");
    }
    // Short texts may lack distinctive letters; function words still tell.
    // (Long ones without them are Russian: the other alphabets show.)
    if c.cyrillic > 1500 {
        return LangGuess::Known(Lang::Ru);
    }
    match cyrillic_stopword_language(c) {
        Some(code) if code != "ru" => other(&code),
        _ => LangGuess::Known(Lang::Ru),
    }
}

/// Function words of Cyrillic-script languages, for texts too short to
/// show their distinctive letters.
const CYRILLIC_STOPWORDS: &[(&str, &str)] = &[
    ("ru", "и в не на что с по это как из к о для от за но же был была были его она они мы вы ещё еще также"),
    ("uk", "і та що це як із від але був була були його вона вони ми ви також який яка"),
    ("be", "і ў што гэта як ад але быў была былі яго яна яны мы вы таксама які якая"),
    ("bg", "че това се са от да как но беше бяха той тя те ние вие също който която"),
    ("sr", "је су да од као али био била били он она они ми ви такође који која"),
    ("kk", "және мен бұл үшін деп бойынша болып туралы осы оның"),
    ("ky", "жана менен бул үчүн деп боюнча болуп тууралуу ушул анын"),
    ("mn", "болон юм нь энэ байна оны гэж гэсэн байгаа юу"),
    ("tg", "ва дар ба аз бо ин он барои ки мебошад"),
];

static CYRILLIC_INDEX: LazyLock<FxHashMap<&'static str, usize>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for (i, (_, words)) in CYRILLIC_STOPWORDS.iter().enumerate() {
        for w in words.split_whitespace() {
            map.entry(w).or_insert(i);
        }
    }
    map
});

fn cyrillic_stopword_language(c: &Counts) -> Option<String> {
    let mut scores = [0usize; CYRILLIC_STOPWORDS.len()];
    let mut lower = String::new();
    // Function words are frequent: the first few hundred words tell.
    for word in head(c.sample, LATIN_WORD_SAMPLE_BYTES).split(|ch: char| !crate::text::is_letter(ch)) {
        if word.is_empty() || word.len() > 24 {
            continue;
        }
        lower_into(word, &mut lower);
        if let Some(&i) = CYRILLIC_INDEX.get(lower.as_str()) {
            scores[i] += 1;
        }
    }
    let (best, score) = scores.iter().enumerate().max_by_key(|(i, s)| (**s, usize::MAX - i))?;
    (*score > 0).then(|| CYRILLIC_STOPWORDS[best].0.to_string())
}

/// `word` in lower case into `out` (cleared first). Every word of a text's head passes
/// here, so ASCII and the Russian alphabet skip the Unicode case tables.
fn lower_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for ch in word.chars() {
        match ch {
            'А'..='Я' => out.push(char::from_u32(ch as u32 + 0x20).unwrap_or(ch)),
            'Ё' => out.push('ё'),
            ch if ch.is_ascii() => out.push(ch.to_ascii_lowercase()),
            'а'..='я' | 'ё' => out.push(ch),
            ch => out.extend(ch.to_lowercase()),
        }
    }
}

/// Latin-script languages told apart by their most frequent function words.
/// Lists are short and avoid words shared across languages where possible.
const STOPWORDS: &[(&str, &str)] = &[
    ("en", "the of and to in is was for on that with as by at from it are be has have its this which said will were an been their also would not but"),
    ("de", "der die das und ist nicht mit den dem sich des auf für ein eine einer wird von zu im auch werden wurde hat bei aus nach über"),
    ("fr", "le la les des et est dans une pour du qui que pas sur au avec par ce sont aux ont été cette leur selon"),
    ("es", "el la de los las y en del que por con una para es al se su sus como más fue ha este esta según año"),
    ("it", "il di la che è per una della sono gli del nel alla delle anche con non dei ha stato questo"),
    ("pt", "o os da do das dos em que para com uma não por ao foi são pela pelo como mais"),
    ("nl", "de het een van en is dat op te voor met niet zijn wordt ook aan bij door"),
    ("tr", "ve bir bu da de ile için olarak olan çok daha ama gibi en ise kadar sonra"),
    ("uz", "va bilan uchun bu ham bo'yicha yil qilish bo'ldi esa o'z haqida mumkin"),
    ("az", "və bir bu ilə üçün olan da də kimi isə sonra"),
    ("pl", "i w na z się że do nie jest to o jak od przez dla oraz"),
    ("cs", "a v na se že je do to s z o jako pro by ve které"),
    ("ro", "și în de la cu pe care a fost din pentru un o mai este"),
    ("id", "dan yang di dengan untuk dari ini itu dalam tidak akan pada"),
    ("sv", "och att det som en på är av för med till den har inte"),
];

/// Stopword -> bitmask of languages (index into [`STOPWORDS`]).
static STOPWORD_INDEX: LazyLock<FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, u32> = FxHashMap::default();
    for (i, (_, words)) in STOPWORDS.iter().enumerate() {
        for w in words.split_whitespace() {
            *map.entry(w).or_default() |= 1 << i;
        }
    }
    map
});

/// Letters used by one Latin-script language of [`STOPWORDS`] only (or mostly).
fn letter_hint(ch: char) -> Option<usize> {
    let code = match ch.to_lowercase().next().unwrap_or(ch) {
        'ñ' | '¿' | '¡' => "es",
        'ã' | 'õ' => "pt",
        'ş' | 'ğ' | 'ı' => "tr",
        'ə' => "az",
        'ß' | 'ä' => "de",
        'ł' | 'ą' | 'ę' | 'ś' | 'ż' | 'ź' | 'ń' => "pl",
        'ř' | 'ě' | 'ů' => "cs",
        'ș' | 'ț' | 'ă' => "ro",
        'è' | 'ê' | 'œ' | 'à' | 'û' | 'ù' => "fr",
        'ʻ' => "uz",
        _ => return None,
    };
    STOPWORDS.iter().position(|(c, _)| *c == code)
}

fn latin_language(text: &str) -> LangGuess {
    let mut scores = [0f32; STOPWORDS.len()];
    let mut lower = String::new();
    for word in text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == 'ʻ' || c == '’')) {
        if word.is_empty() || word.len() > 12 {
            continue;
        }
        lower_into(word, &mut lower);
        if !word.is_ascii() {
            lower = lower.replace(['ʻ', '’'], "'");
        }
        let trimmed = lower.trim_matches('\'');
        if let Some(mask) = STOPWORD_INDEX.get(trimmed) {
            // A word shared by k languages gives each 1/k.
            let share = 1.0 / mask.count_ones() as f32;
            for (i, score) in scores.iter_mut().enumerate() {
                if mask & (1 << i) != 0 {
                    *score += share;
                }
            }
        }
    }
    for ch in text.chars() {
        if !ch.is_ascii() {
            if let Some(i) = letter_hint(ch) {
                scores[i] += 0.5;
            }
        }
    }
    // Latin script in this corpus is English far more often than anything else: a headline
    // whose one function word is shared ("to" is English and Czech) stays English, while a
    // real article in another language has dozens of its own function words.
    scores[0] += 1.0;
    let (best, best_score) = scores
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, s)| (i, *s))
        .unwrap_or((0, 0.0));
    // No function word at all (a headline, a list of names): English, as above.
    if best_score <= scores[0] {
        return LangGuess::Known(Lang::En);
    }
    match STOPWORDS[best].0 {
        "en" => LangGuess::Known(Lang::En),
        code => LangGuess::Other(code.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_into_agrees_with_the_unicode_case_tables() {
        let mut out = String::new();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let word = format!("{c}Ab");
            lower_into(&word, &mut out);
            assert_eq!(out, word.chars().flat_map(char::to_lowercase).collect::<String>(), "{c:?}");
        }
    }

    fn code(text: &str) -> String {
        detect_language(text).code().unwrap_or("?").to_string()
    }

    #[test]
    fn tells_cyrillic_alphabets_apart() {
        let cases = [
            ("ru", "Министр здравоохранения заявил, что завод начнёт выпуск вакцины уже в этом году."),
            ("uk", "Міністр охорони здоров'я заявив, що завод почне випуск вакцини вже цього року, і це є важливо."),
            ("be", "Міністр аховы здароўя заявіў, што завод пачне выпуск вакцыны ўжо ў гэтым годзе."),
            ("kk", "Денсаулық сақтау министрі зауыт биыл вакцина шығаруды бастайтынын мәлімдеді, бұл маңызды қадам."),
            ("sr", "Министар здравља је рекао да ће фабрика почети производњу вакцине још ове године, њихов план."),
            ("be", "Беларусь і Расія падпісалі пагадненне."),
            ("uk", "Україна та Білорусь підписали угоду."),
            ("kk", "Қазақстан мен Ресей келісімге қол қойды."),
            ("ky", "Кыргызстан менен Россия бул жылы келишимге кол коюшту жана өнөр жай үчүн план түзүштү."),
            ("mn", "Монгол Улс болон Орос улс энэ онд гэрээ байгуулсан нь чухал юм."),
            ("bg", "Министърът на здравеопазването заяви, че заводът ще започне производство на ваксината още тази година, което е важна стъпка за държавата и за всички граждани в страната ни днес."),
        ];
        for (want, text) in cases {
            assert_eq!(code(text), want, "{text}");
        }
    }

    #[test]
    fn tells_latin_languages_apart() {
        let cases = [
            ("en", "The ministry said that the plant will start producing the vaccine this year."),
            ("de", "Das Ministerium sagte, dass die Fabrik in diesem Jahr mit der Produktion des Impfstoffs beginnen wird."),
            ("fr", "Le ministère a déclaré que l'usine commencera la production du vaccin cette année dans la région."),
            ("es", "El ministerio dijo que la planta comenzará la producción de la vacuna este año en la región."),
            ("tr", "Bakanlık, fabrikanın bu yıl aşı üretimine başlayacağını ve daha çok iş olacağını söyledi."),
            ("uz", "Vazirlik zavod bu yil vaksina ishlab chiqarishni boshlashini va bu ham muhim ekanini ma'lum qildi."),
            ("nl", "Het ministerie zei dat de fabriek dit jaar met de productie van het vaccin zal beginnen en dat is voor de regio van belang."),
            ("cs", "Ministerstvo uvedlo, že závod letos začne s výrobou vakcíny a že je to pro region důležité."),
        ];
        for (want, text) in cases {
            assert_eq!(code(text), want, "{text}");
        }
    }

    #[test]
    fn short_or_empty_input() {
        assert_eq!(detect_language(""), LangGuess::Unknown);
        assert_eq!(detect_language("12 345 !!"), LangGuess::Unknown);
        assert_eq!(detect_language("Минск"), LangGuess::Known(Lang::Ru));
        assert_eq!(detect_language("Sinopharm Roche"), LangGuess::Known(Lang::En));
        // One function word shared with another language ("to" is Czech too) keeps a headline English.
        assert_eq!(detect_language("Kazakh, Dutch firms to build greenhouse"), LangGuess::Known(Lang::En));
        assert_eq!(detect_language("Uzbek pharma park to host Indian insulin plant"), LangGuess::Known(Lang::En));
    }

    #[test]
    fn a_quoted_foreign_word_does_not_flip_russian() {
        let text = "Делегация посетила Київ и обсудила поставки лекарств и медицинского оборудования в регион.";
        assert_eq!(detect_language(text), LangGuess::Known(Lang::Ru));
    }

    #[test]
    fn other_scripts() {
        assert_eq!(code("卫生部表示，该工厂今年将开始生产疫苗。"), "zh");
        assert_eq!(code("ჯანდაცვის სამინისტრომ განაცხადა"), "ka");
        assert_eq!(code("وزارة الصحة قالت إن المصنع سيبدأ"), "ar");
    }

    #[test]
    fn cuts_long_text_at_char_boundary() {
        let text = "ж".repeat(5000);
        assert_eq!(detect_language(&text), LangGuess::Known(Lang::Ru));
    }
}
