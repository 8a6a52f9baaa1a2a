//! One event per real-world event per document: when a new sentence tells an event already told (a headline and its lead, "the donation", "during the meeting", a project referred back to), it adds to that event instead of making another.

use super::*;

/// The companies and institutions among an event's parties: no codes, no people or places, and no
/// state side (a government or ministry takes part in many projects: it does not make two one).
pub(super) fn undertakers<'a>(e: &'a Event, bystanders: &HashSet<String>) -> Vec<&'a String> {
    e.parties.iter().filter(|p| !crate::lexicon::is_code(p) && !is_state_body(p) && !bystanders.contains(*p)).collect()
}

/// A project announced with several companies, then one company's part told on its own
/// at another stage or with its own money: each company's part is its own undertaking.
pub(super) fn part_of_several(a: &Event, b: &Event, bystanders: &HashSet<String>) -> bool {
    let (oa, ob) = (undertakers(a, bystanders), undertakers(b, bystanders));
    let own_money = b.quantities.iter().any(|q| is_money(&q.unit) && !a.quantities.contains(q));
    oa.len() >= 2 && !ob.is_empty() && ob.len() < oa.len() && ob.iter().all(|x| oa.contains(x)) && (a.stage != b.stage || own_money)
}

/// Two localizations in one host country are one project unless each names its own,
/// different organizations.
pub(super) fn same_undertaking(a: &Event, b: &Event, bystanders: &HashSet<String>) -> bool {
    let (oa, ob) = (undertakers(a, bystanders), undertakers(b, bystanders));
    // Each naming a company the other does not (Pharmasintez with Yangtze, then Eskom with
    // Yangtze's subsidiary) is two projects with one partner.
    let nested = oa.iter().all(|x| ob.contains(x)) || ob.iter().all(|x| oa.contains(x));
    oa.is_empty() || ob.is_empty() || (nested && !part_of_several(a, b, bystanders))
}

/// Add an event unless the document already has it: "the same event told twice
/// is one event". A retelling names a subset of the parties, products and amounts
/// of the first telling ("At the end of the meeting, ..." after "X met Y").
pub(super) fn push_event(events: &mut Vec<Event>, e: Event, bystanders: &HashSet<String>) {
    let subset = |a: &[String], b: &[String]| a.iter().all(|x| b.contains(x));
    let retold = events.iter().any(|x| {
        x.kind == e.kind
            // Intents are many in a story; one is told again only with the very same parties.
            && (e.kind != EventType::Intent || subset(&x.parties, &e.parties))
            // "The agreement on scientific cooperation was signed ...": a document of its own subject.
            && (e.kind != EventType::Agreement || !other_subject(x, &e))
            && subset(&e.parties, &x.parties)
            && subset(&e.products, &x.products)
            && e.quantities.iter().all(|q| x.quantities.contains(q))
            && (e.host.is_none() || e.host == x.host)
            && (e.kind != EventType::Supply || e.quantities.is_empty())
            && (e.kind != EventType::Localization || !part_of_several(x, &e, bystanders))
            && (e.kind != EventType::Meeting || !other_meeting_form(x, &e))
    }) || events.iter().any(|x| x.kind == e.kind && x.evidence == e.evidence && x.parties == e.parties && x.quantities == e.quantities);
    if retold {
        return;
    }
    // "The delivery of this cargo was made possible by ...", "Из них часть будет передана ...":
    // the shipment just told, told again with more names.
    // "The batch is part of 300,000 doses donated by China": the whole of a shipment told, with
    // its figure, is the supply already told too.
    if e.kind == EventType::Supply && (e.quantities.is_empty() && refers_to_shipment(&e.evidence) || part_of_shipment(&e.evidence)) {
        if let Some(x) = events.iter_mut().rev().find(|x| x.kind == EventType::Supply) {
            add_new(&mut x.parties, &e.parties);
            add_new(&mut x.quantities, &e.quantities);
            return;
        }
    }
    // "Вакцины прибыли в аэропорт", "The donation was delivered as part of ...", "Общая стоимость
    // помощи составит ...": a shipment already told, told again without a new amount of goods
    // and without a new country. ("also", "ещё", "очередная" announce another one.)
    if e.kind == EventType::Supply && !announces_another(&e.evidence) {
        let goods = e.quantities.iter().filter(|q| !is_money(&q.unit)).count();
        let ce = country_codes(&e);
        let told = events.iter_mut().rev().find(|x| {
            let cx = country_codes(x);
            x.kind == EventType::Supply
                && !cx.is_empty()
                // (A shipment's contents listed are that shipment whoever the sentence names.)
                && (ce.iter().all(|c| cx.contains(c)) || lists_contents(&e.evidence))
                && (refers_to_shipment(&e.evidence) || names_shipment(&e.evidence) || goods == 0 && matches!(e.stage, Some(Stage::Done | Stage::InProgress)) && !other_goods(x, &e))
                && (lists_contents(&e.evidence) || !e.quantities.iter().any(|q| x.quantities.iter().any(|xq| xq.unit == q.unit && xq != q)))
        });
        if let Some(x) = told {
            add_new(&mut x.parties, &e.parties);
            add_new(&mut x.products, &e.products);
            add_new(&mut x.quantities, &e.quantities);
            return;
        }
    }
    // "Iran, Tajikistan sign agreement on pharmaceutical co-op", then "Iran and Tajikistan signed a
    // memorandum ... in the field of pharmaceuticals": the headline's one document, told in full.
    if e.kind == EventType::Agreement && headline_document_retold(events.first(), &e) {
        let x = &mut events[0];
        add_new(&mut x.parties, &e.parties);
        add_new(&mut x.products, &e.products);
        add_new(&mut x.quantities, &e.quantities);
        return;
    }
    // "Китай предоставил Кыргызстану медицинские средства. Чартерным рейсом были доставлены
    // 100 000 тестов ...": the shipment just announced, now with its amounts.
    // ("В общей сложности за все время доставлено 85 тонн": a running total, not this shipment.)
    static TOTAL: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(?-u:\b)(in total|altogether|to date|so far|since the (start|beginning))(?-u:\b)|(^|[^\p{L}])(в общей сложности|всего|за все время|с начала)(?:[^\p{L}]|$)"));
    if e.kind == EventType::Supply && !announces_another(&e.evidence) && !TOTAL.is_match(&e.evidence) && e.quantities.iter().any(|q| !is_money(&q.unit)) {
        if let Some(x) = events.last_mut().filter(|x| x.kind == EventType::Supply && x.quantities.is_empty()) {
            let (cx, ce) = (country_codes(x), country_codes(&e));
            if !cx.is_empty() && ce.iter().all(|c| cx.contains(c)) {
                add_new(&mut x.parties, &e.parties);
                add_new(&mut x.products, &e.products);
                add_new(&mut x.quantities, &e.quantities);
                return;
            }
        }
    }
    // "Соответствующий меморандум подписан в ходе церемонии", "As part of the signed agreement,
    // ...", "Документ, подписанный в ходе форума, ...": the document just told, referred back to.
    if e.kind == EventType::Agreement && refers_to_agreement(&e.evidence) && retell_latest(events, &e, |x| x.kind == EventType::Agreement) {
        return;
    }
    // "From the Chinese side the agreement was signed by ...": who signed the agreement just told.
    if e.kind == EventType::Agreement && names_signatory(&e.evidence) {
        if let Some(x) = events.iter_mut().rev().find(|x| x.kind == EventType::Agreement).filter(|x| !other_subject(x, &e)) {
            add_new(&mut x.parties, &e.parties);
            return;
        }
    }
    // "Trade increased by $674 million compared to 2018", "вырос на 12% по сравнению с": the
    // change of the volume just told, the same trade.
    if e.kind == EventType::Trade && tells_change(&e.evidence) {
        if let Some(x) = events.iter_mut().rev().find(|x| x.kind == EventType::Trade && x.parties.iter().any(|p| e.parties.contains(p))) {
            add_new(&mut x.parties, &e.parties);
            add_new(&mut x.quantities, &e.quantities);
            return;
        }
    }
    // "The joint venture should be called ...", "The plant will assemble ...", "Этот проект
    // реализуем ...": the project just told, told again.
    if e.kind == EventType::Localization && refers_to_project(&e.evidence) && retell_latest(events, &e, |x| x.kind == EventType::Localization && (e.host.is_none() || x.host == e.host)) {
        return;
    }
    // "The main goal of this program is ...", "Бюджет этой программы составит ...": the program
    // just told, with more of its figures.
    if e.kind == EventType::Program && refers_to_program(&e.evidence) && retell_latest(events, &e, |x| x.kind == EventType::Program) {
        return;
    }
    // "During the meeting, ...", "По итогам встречи ...": the meeting just told, not another one.
    if e.kind == EventType::Meeting && refers_to_meeting(&e.evidence) && retell_latest(events, &e, |x| x.kind == EventType::Meeting) {
        return;
    }
    // A meeting or a project told again with more names: the same one, now better known.
    let same = events.iter().position(|x| {
        x.kind == e.kind
            && match e.kind {
                // "The ceremony was attended by ..." after "a ceremony took place": one ceremony.
                // A body's session and a one-to-one meeting told after it ("the working group
                // met ..., then the president met the governor") are two meetings.
                EventType::Meeting => same_session(x, &e) || same_numbered_meeting(x, &e) || !other_meeting_form(x, &e)
                    && (shares_named_party(x, &e) || (speaks_of_ceremony(&x.evidence) && speaks_of_ceremony(&e.evidence))),
                // The same amount of the same kind of thing is the same deal, told again.
                EventType::Supply | EventType::Investment | EventType::Trade | EventType::Agreement => {
                    !e.quantities.is_empty() && e.quantities == x.quantities && e.parties.iter().any(|p| x.parties.contains(p))
                        // "20 Agreements Signed" over "20 documents were signed": the one batch.
                        || e.kind == EventType::Agreement && e.count.is_some() && e.count == x.count && e.parties.iter().any(|p| x.parties.contains(p))
                        // "Signed an agreement in Dushanbe", then "an investment agreement was signed between
                        // the Government and Razes Pharma": the one document, now with its signatories.
                        || e.kind == EventType::Agreement && agreement_told_again_with_more(x, &e, bystanders)
                }
                EventType::Localization => x.host == e.host && same_undertaking(x, &e, bystanders) && !other_partner_country(x, &e),
                _ => false,
            }
    });
    if let Some(i) = same {
        let x = &mut events[i];
        add_new(&mut x.parties, &e.parties);
        add_new(&mut x.products, &e.products);
        // "Signed More Than 20 Agreements" over "signed more than 20 documents": one count of
        // one batch, named as the body names it.
        x.quantities.retain(|q| !(is_document_unit(&q.unit) && e.quantities.iter().any(|r| is_document_unit(&r.unit) && r.unit != q.unit && r.value == q.value)));
        add_new(&mut x.quantities, &e.quantities);
        return;
    }
    // Several amounts of one good in one sentence ("13 tonnes to India, 30 tonnes to Nepal") stay
    // one supply: the annotated stories count a sentence's listed shipments as one event.
    events.push(e);
}

/// A sentence referring back ("this program", "the plant", "during the meeting") tells the
/// latest event `told` picks again: it adds its names, products and amounts to that one.
/// Whether there was one to add to.
fn retell_latest(events: &mut [Event], e: &Event, told: impl Fn(&Event) -> bool) -> bool {
    let Some(x) = events.iter_mut().rev().find(|x| told(x)) else { return false };
    add_new(&mut x.parties, &e.parties);
    add_new(&mut x.products, &e.products);
    add_new(&mut x.quantities, &e.quantities);
    true
}

/// What a retelling adds to the event already told: the items it lacks, in order.
pub(super) fn add_new<T: Clone + PartialEq>(told: &mut Vec<T>, retold: &[T]) {
    for item in retold {
        if !told.contains(item) {
            told.push(item.clone());
        }
    }
}

/// What a document is about: "agreement on scientific cooperation" -> "scientific cooperation",
/// "соглашение о сотрудничестве в сфере здравоохранения" -> "сотрудничестве в сфере".
pub(super) fn document_subject(evidence: &str) -> Option<String> {
    static SUBJECT: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(?-u:\b)(agreements?|memorand\w*|protocols?|contracts?|road ?maps?|programs?|programmes?|joint statement|declarations?|treaty) (on|for|of|in the field of|in the sphere of) (the )?([a-z\-]+(?: [a-z\-]+){0,2})|(соглашени|меморандум|договор|протокол|контракт|дорожн[а-я]* карт|программ)[а-я]* (о|об|по|в сфере|в области) ([а-я\-]+(?: [а-я\-]+){0,2})"));
    // "memorandum of understanding on X": "of understanding" names the kind of document, not its subject.
    static OF_UNDERSTANDING: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(?-u:\b)(memorand\w*) of understanding( \(mou\))?"));
    let evidence = OF_UNDERSTANDING.replace_all(evidence, "$1");
    SUBJECT.captures(&evidence).and_then(|c| c.get(4).or_else(|| c.get(7))).map(|m| m.as_str().to_lowercase())
}

/// Two agreements whose documents name different subjects: two documents.
pub(super) fn other_subject(told: &Event, retold: &Event) -> bool {
    match (document_subject(&told.evidence), document_subject(&retold.evidence)) {
        (Some(a), Some(b)) => a != b,
        // "16 documents were signed", then "The agreement on science was signed": one of the batch.
        (None, Some(_)) => told.count.is_some_and(|c| c > 1),
        _ => false,
    }
}

/// The same document named again with more parties: every party of the first telling is in the
/// second, neither names another subject, count or amount, and nothing announces another one.
/// (A document told among several — "documents were signed", "among the signed agreements" — may
/// be any of them, so it is left alone.)
fn agreement_told_again_with_more(told: &Event, retold: &Event, bystanders: &HashSet<String>) -> bool {
    static SEVERAL: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(?-u:\b)(agreements|documents|memoranda|memorandums|contracts|deals|mous)(?-u:\b)|(^|[^\p{L}])(соглашения|соглашений|документы|документов|меморандумы|меморандумов|договоры|договоров|контракты|контрактов)(?:[^\p{L}]|$)"));
    !told.parties.is_empty()
        && [told, retold].iter().all(|e| e.count.is_none_or(|c| c <= 1) && !SEVERAL.is_match(&e.evidence))
        // Places are where it was signed, not who signed it: the country codes and the named
        // signatories of the first telling must all be in the second.
        && told.parties.iter().filter(|p| !bystanders.contains(*p) && !(p.len() > 2 && crate::lexicon::is_code(p))).all(|p| retold.parties.contains(p))
        && !other_subject(told, retold)
        && (told.count.is_none() || retold.count.is_none() || told.count == retold.count)
        && (told.quantities.is_empty() || retold.quantities.is_empty() || told.quantities == retold.quantities)
        && !announces_another(&retold.evidence)
        // "Ранее был подписан меморандум": an earlier document, not the one just told.
        && !told_as_earlier(&retold.evidence)
        && document_kind(&told.evidence).zip(document_kind(&retold.evidence)).is_none_or(|(a, b)| a == b)
}

/// The story's first event is a headline's single document (a line with no full stop) and a
/// later sentence names one document of the same countries, no other subject and no other one.
fn headline_document_retold(first: Option<&Event>, retold: &Event) -> bool {
    static SEVERAL: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(?-u:\b)(agreements|documents|memoranda|memorandums|contracts|deals|mous)(?-u:\b)|(^|[^\p{L}])(соглашения|соглашений|документы|документов|меморандумы|меморандумов|договоры|договоров|контракты|контрактов)(?:[^\p{L}]|$)"));
    let Some(told) = first else { return false };
    let headline = told.evidence.trim();
    let (ct, cr) = (country_codes(told), country_codes(retold));
    told.kind == EventType::Agreement
        && !headline.ends_with(['.', '!', '?'])
        && headline.len() < 160
        && !ct.is_empty()
        && ct.iter().all(|c| cr.contains(c))
        && [told, retold].iter().all(|e| e.count.is_none_or(|c| c <= 1) && !SEVERAL.is_match(&e.evidence))
        && !other_subject(told, retold)
        && (told.quantities.is_empty() || retold.quantities.is_empty() || told.quantities == retold.quantities)
        && !announces_another(&retold.evidence)
        && !told_as_earlier(&retold.evidence)
}

/// A sentence opening on a document already told: "Соответствующие соглашения ...", "Этот
/// меморандум ...", "Документ, подписанный ...", "The signed memorandum ...", "As part of the
/// signed agreement, ...", "Under the agreement, ...".
pub(super) fn refers_to_agreement(evidence: &str) -> bool {
    static BACK: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)^\W*((соответствующ|данн|эт|указанн|подписанн)[а-я]* ([а-я]+ )?(соглашени|меморандум|документ|договор|протокол|контракт)[а-я]*|документ[а-я]*, подписанн|(в рамках|согласно|по условиям|в соответствии с) (подписанн[а-я]* |эт[а-я]* |данн[а-я]* )?(соглашени|меморандум|документ|договор|контракт)[а-я]*|(the|this|that|these|those) (signed |said )?(agreement|memorandum|document|deal|contract|protocol|accord)s?(?-u:\b)|(as part of|under|in line with|according to|within the framework of|pursuant to) (the|this) (signed )?(agreement|memorandum|document|deal|contract)(?-u:\b))"));
    // "The agreement on scientific cooperation was signed ...": a document of its own subject.
    static OWN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)^\W*(the|this|that|these|those) (signed |said )?(agreement|memorandum|document|deal|contract|protocol|accord)s? (on|about|for|between|concerning|regarding|to|in|of|with)(?-u:\b)"));
    BACK.is_match(evidence) && !OWN_SUBJECT.is_match(evidence)
}

fn told_as_earlier(evidence: &str) -> bool {
    static EARLIER: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)^\W*(earlier|previously|before that|ранее|прежде|до этого|напомним)(?:[^\p{L}]|$)"));
    EARLIER.is_match(evidence)
}

/// The kind of document a sentence names first: an agreement, a memorandum, a roadmap, ...
fn document_kind(evidence: &str) -> Option<&'static str> {
    static KIND: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(?-u:\b)(agreement|memorand|mou|road ?map|contract|protocol|declaration|program)|(соглашени|меморандум|дорожн[а-я]* карт|контракт|договор|протокол|деклараци|программ)"));
    let m = KIND.captures(evidence)?;
    let w = m.get(1).or_else(|| m.get(2))?.as_str().to_lowercase();
    Some(match w.as_str() {
        w if w.starts_with("agreement") || w.starts_with("соглашени") || w.starts_with("договор") => "agreement",
        w if w.starts_with("memorand") || w == "mou" || w.starts_with("меморандум") => "memorandum",
        w if w.starts_with("road") || w.starts_with("дорожн") => "roadmap",
        w if w.starts_with("contract") || w.starts_with("контракт") => "contract",
        w if w.starts_with("protocol") || w.starts_with("протокол") => "protocol",
        w if w.starts_with("declaration") || w.starts_with("деклараци") => "declaration",
        _ => "program",
    })
}

/// A government, ministry or embassy: a party to many projects at once.
pub(super) fn is_state_body(name: &str) -> bool {
    ["Government of", "Ministry of", "Embassy of", "Cabinet of", "Office of"].iter().any(|h| name.starts_with(h))
}

pub(super) fn part_of_shipment(evidence: &str) -> bool {
    static PART: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)^\W*(the|this|that) (batch|shipment|consignment|cargo|delivery) (is|was) (a )?part of(?-u:\b)|^\W*(эта |данная )?(партия|поставка|груз) (является частью|стала частью|входит в)"));
    PART.is_match(evidence)
}

pub(super) fn refers_to_shipment(evidence: &str) -> bool {
    static BACK: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(?-u:\b)(this|that|the same) (shipment|batch|consignment|cargo|delivery|donation)(?-u:\b)|^\W*the (cargo|shipment|consignment|batch|donation|donated [a-z\-]+( [a-z\-]+)?|humanitarian (aid|cargo))(?-u:\b)|(?-u:\b)the donated ([a-z\-]+ ){0,2}(equipment|aid|vaccines?|doses|medicines|supplies|goods|items)(?-u:\b)|(?-u:\b)(after|once|when|as soon as) the (donation|aid|cargo|shipment|consignment|batch|equipment|assistance) (is|are|has been|have been|was|were) (delivered|received|handed over)(?-u:\b)|(?-u:\b)these (medicines|drugs|vaccines|doses|goods|supplies|medical supplies)(?-u:\b)|(^|[^\p{L}])(данн|эт|указанн)\w* (груз|парти|поставк|лекарств|препарат|вакцин|доз)|(^|[^\p{L}])из них(?:[^\p{L}]|$)"));
    BACK.is_match(evidence)
}

/// A program named as the one already told: "this program", "the plan's budget", "этой программы".
pub(super) fn refers_to_program(evidence: &str) -> bool {
    static BACK: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(?-u:\b)(this|that|the same|the said|the) (state |government |national )?(program|programme|plan|strategy|roadmap)(?-u:\b)( (is|will|was|has|provides|envisages|includes|aims)|['’]s)|(^|[^\p{L}])(эт|данн|указанн)[а-я]* (государственн[а-я]* )?(программ|план|стратеги|дорожн)"));
    BACK.is_match(evidence)
}

/// A sentence opening on the project already told: "The joint venture ...", "This plant ...",
/// "Проект по созданию завода ...", "Это предприятие ...". ("The company also ..." is a company
/// doing something more, not the project again.)
pub(super) fn refers_to_project(evidence: &str) -> bool {
    static BACK: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)^\W*(the|this|that) (new |future |planned )?([a-z\-]+ ){0,3}(joint venture|jv|plant|factory|facility|enterprise|project|production site)(?-u:\b)|^\W*((этот|это|данный|данное|указанный|указанное|новый|новое) (завод|предприятие|проект|производство|цех|комплекс)|проект по (созданию|строительству|организации))(?:[^\p{L}]|$)"));
    BACK.is_match(evidence) && {
        let lower = evidence.to_lowercase();
        !lower.contains(" also ") && !lower.contains(" также ")
    }
}

/// A sentence about the shipment as such: "The donation included ...", "В состав груза войдут
/// ...", "Вакцины прибыли ...".
pub(super) fn names_shipment(evidence: &str) -> bool {
    static NAMED: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)^\W*(the|this|these) ([a-z\-]+ ){0,2}(donation|aid|assistance|cargo|shipment|consignment|batch|delivery|vaccines?|doses|equipment|goods|devices|respirators|ventilators|medicines)(?-u:\b)|(?-u:\b)(was|were) (brought|flown|airlifted|delivered) (to [^.;]{0,40})?(by|on|aboard) (a |an |the )?([a-z\-]+ ){0,2}(flight|plane|aircraft|train|trucks?)(?-u:\b)|(^|[^\p{L}])(в состав|в составе) (груза|помощи|партии|поставки)|^\W*(вакцины|груз|гуманитарная помощь|помощь|партия|поставка|доставка|пожертвование|оборудование) |(^|[^\p{L}])доставленн[а-я]* ([а-я]+ ){0,2}(медикамент|груз|помощ|препарат|вакцин|оборудовани|лекарств)|(^|[^\p{L}])(стоимость|объем|вес)[а-я]* ([а-я]+ ){0,2}(помощи|груза|партии|поставки)(?:[^\p{L}]|$)|(?-u:\b)(value|cost|worth|weight|volume) of the ([a-z\-]+ ){0,2}(aid|assistance|cargo|donation|shipment|consignment|batch)(?-u:\b)"));
    NAMED.is_match(evidence)
}

/// A shipment's contents listed: "В состав груза войдут: ...", "The cargo includes ...". Its
/// amounts are parts of one shipment, never another shipment of the same goods.
pub(super) fn lists_contents(evidence: &str) -> bool {
    static CONTENTS: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(^|[^\p{L}])(в состав|в составе) (груза|помощи|партии|поставки)|(груз|помощь|партия|поставка|пожертвовани)[а-я]* (включа[а-я]*|состо[а-я]* из|вошли|войдут)|(?-u:\b)(cargo|aid|donation|shipment|consignment|batch|assistance) (includes|included|consists of|consisted of|comprises|comprised|contains|contained)(?-u:\b)|^\W*(these|they) (are|were|include|included) \d|^\W*(это|среди них) \d"));
    CONTENTS.is_match(evidence)
}

/// Two shipments of goods with nothing in common by name ("test systems", then "flu vaccine"):
/// another shipment, though told without a figure.
fn other_goods(told: &Event, retold: &Event) -> bool {
    let words = |e: &Event| e.products.iter().flat_map(|p| p.split(' ').map(str::to_lowercase).collect::<Vec<_>>()).filter(|w| w.len() > 3).collect::<HashSet<String>>();
    let (a, b) = (words(told), words(retold));
    !a.is_empty() && !b.is_empty() && a.is_disjoint(&b)
}

/// "also", "ещё", "очередная партия", "another batch": one more of its kind, not the one told.
pub(super) fn announces_another(evidence: &str) -> bool {
    static MORE: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(?-u:\b)(also|another|additional|more|second|next|in addition|besides|moreover)(?-u:\b)|(^|[^\p{L}])(также|тоже|еще|ещё|очередн[а-я]*|втор[а-я]*|дополнительн[а-я]*|новую|новая|новой|кроме того|помимо этого|помимо того)(?:[^\p{L}]|$)"));
    // "Пожертвование включало медикаменты ..., а также антибиотики": in a list of contents
    // "а также" joins the list, it announces nothing.
    static LIST_JOIN: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(,\s*)?а также"));
    if lists_contents(evidence) {
        return MORE.is_match(&LIST_JOIN.replace_all(evidence, " "));
    }
    MORE.is_match(evidence)
}

pub(super) fn refers_to_meeting(evidence: &str) -> bool {
    static BACK: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(?-u:\b)(during|at|after|following|in the course of|on the sidelines of) the (meeting|talks|negotiations|session|visit)(?-u:\b)|^the (meeting|talks) (was|were)|(в ходе|по итогам|в рамках|на|после|во время|в результате) ([а-я]+ ){0,2}(встречи|встрече|переговоров|заседания|заседании|визита)(?:[^\p{L}]|$)"));
    // "в ходе переговоров с президентом холдинга", "held talks with": a meeting with someone new.
    static NEW_PARTNER: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(переговор[а-я]*|встреч[а-я]*|бесед[а-я]*) с |провел[а-я]* (переговоры|встречу)|посетил|побывал|(?-u:\b)((talks|meeting|negotiations) with|met|meets|visited|toured)(?-u:\b)"));
    BACK.is_match(evidence) && !NEW_PARTNER.is_match(evidence)
}

/// A figure told as the change of one told before: "increased by $5 million compared to",
/// "вырос на 7% по сравнению с".
pub(super) fn tells_change(evidence: &str) -> bool {
    static CHANGE: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(?-u:\b)(increased|grew|rose|decreased|fell|declined|dropped|was up|was down) by [^;]{0,40}?(compared (to|with)|year[- ]on[- ]year|from the same period|over the same period)|(вырос|вырост|увеличил|сократил|снизил|уменьшил)[а-я]* на [^;]{0,40}?(по сравнению с|к уровню|к аналогичному)"));
    CHANGE.is_match(evidence)
}

pub(super) fn names_signatory(evidence: &str) -> bool {
    static SIGNER: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(^|[^\p{L}])(от|со) [а-я]+ стороны|(?-u:\b)(on behalf of|from the [a-z]+ side)(?-u:\b)|(?-u:\b)(the|this) (agreement|memorandum|document|contract|deal) was signed by(?-u:\b)|(?-u:\b)signatories(?-u:\b)|подписи под (документом|соглашением)|^\W*(the|this) (agreement|memorandum|document|contract|deal) was signed(?-u:\b)|^\W*(соглашение|меморандум|документ|контракт) (был )?подписан(?:[^\p{L}]|$)|^\W*(the|this|that) (corresponding|relevant|said|same|respective|above) (agreement|memorandum|document|contract|deal|mou) was signed(?-u:\b)|(?-u:\b)the signed (agreements?|memorand\w*|documents?|contracts?) (was|were) exchanged(?-u:\b)|(?-u:\b)the signing was (witnessed|attended)(?-u:\b)|^\W*документ (был )?подписа[лн]|по итогам подписания|(?-u:\b)(after|following) the signing (of|ceremony)(?-u:\b)"));
    SIGNER.is_match(evidence)
}

/// One meeting told as a body's session, the other as one person meeting another.
pub(super) fn other_meeting_form(a: &Event, b: &Event) -> bool {
    meeting_form(&a.evidence).zip(meeting_form(&b.evidence)).is_some_and(|(x, y)| x != y)
}

/// How a meeting is told.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum MeetingForm {
    /// A body's session: "заседание рабочей группы", "a session of the commission".
    Session,
    /// One person meeting another: "встретился с", "met with", "личная встреча".
    OneToOne,
    /// A delegation's visit or a plant toured: "побывали делегации", "посещение МТЗ", "visited".
    Visit,
}

/// The one form a meeting's wording says, or `None` when it says none or several.
pub(super) fn meeting_form(evidence: &str) -> Option<MeetingForm> {
    static SESSION: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(^|[^\p{L}])(заседани[а-я]*|сесси[а-я]*|пленарн[а-я]*)(?:[^\p{L}]|$)|(?-u:\b)(session|plenary|sitting) of(?-u:\b)"));
    static ONE_TO_ONE: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)встретил[а-я]* с|(провел|провела|провели) (переговоры|встречу) с|личн[а-я]* встреч|(?-u:\b)(met with|met|held talks with|held a meeting with|one-on-one)(?-u:\b)"));
    static VISIT: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)побывал|посетил|посещени|визит|(?-u:\b)(visited|visit to|paid a visit|toured)(?-u:\b)"));
    let forms = [(SESSION.is_match(evidence), MeetingForm::Session), (ONE_TO_ONE.is_match(evidence), MeetingForm::OneToOne), (VISIT.is_match(evidence), MeetingForm::Visit)];
    let mut said = forms.iter().filter(|(hit, _)| *hit).map(|(_, form)| *form);
    match (said.next(), said.next()) {
        (Some(form), None) => Some(form),
        _ => None,
    }
}

/// Two sessions of bodies of the same countries in one story: the one session, told twice
/// ("состоялось 11-е заседание комиссии", then "меморандум 11-го заседания подписали").
pub(super) fn same_session(a: &Event, b: &Event) -> bool {
    let countries = country_codes(a);
    meeting_form(&a.evidence) == Some(MeetingForm::Session) && meeting_form(&b.evidence) == Some(MeetingForm::Session) && !countries.is_empty() && countries == country_codes(b)
}

/// "The 12th meeting of the commission completed its work", then "took part in the 12th meeting
/// of the intergovernmental commission": one meeting by its number, when both name a country of it.
pub(super) fn same_numbered_meeting(a: &Event, b: &Event) -> bool {
    static NUMBERED: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(?-u:\b)(\d{1,3})(?:st|nd|rd|th) (?:[a-z\-]+ ){0,2}(?:meeting|session|sitting)(?-u:\b)|(^|[^\p{L}\d])(\d{1,3})-(?:е|го|м|й|ое|ого|ом) (?:[а-я]+ ){0,2}(?:заседани|сесси)"));
    let number = |e: &Event| NUMBERED.captures(&e.evidence).and_then(|c| c.get(1).or_else(|| c.get(3))).map(|m| m.as_str().to_string());
    let (ca, cb) = (country_codes(a), country_codes(b));
    number(a).is_some() && number(a) == number(b) && ca.iter().any(|c| cb.contains(c))
}

/// Two projects in one host with different foreign partners: China's plant in Samarkand and
/// Belarus's proposed joint venture are two, even when neither names a company.
pub(super) fn other_partner_country(a: &Event, b: &Event) -> bool {
    fn partners(e: &Event) -> Vec<&str> {
        country_codes(e).into_iter().filter(|c| e.host.as_deref() != Some(*c)).collect()
    }
    let (pa, pb) = (partners(a), partners(b));
    !pa.is_empty() && !pb.is_empty() && !pb.iter().any(|c| pa.contains(c))
}

/// The country codes among an event's parties (not region codes), sorted.
fn country_codes(e: &Event) -> Vec<&str> {
    let mut codes: Vec<&str> = e.parties.iter().map(String::as_str).filter(|p| p.len() == 2 && crate::lexicon::is_code(p)).collect();
    codes.sort_unstable();
    codes
}

pub(super) fn speaks_of_ceremony(evidence: &str) -> bool {
    let lower = evidence.to_lowercase();
    lower.contains("ceremon") || lower.contains("церемони")
}

/// Whether two events name a common person or organization.
pub(super) fn shares_named_party(a: &Event, b: &Event) -> bool {
    a.parties.iter().any(|p| !crate::lexicon::is_code(p) && b.parties.contains(p))
}
