//! Events: trigger patterns per type and language decide *what* a sentence
//! reports; the entity mentions in the sentence say *who*; modality words say
//! how far along it is.
//!
//! Patterns run on the lower-cased sentence with `ё` folded to `е`. Type
//! precedence follows the contract: the most specific type wins, `intent` only
//! when nothing more specific fits, and one sentence may carry several events
//! (a contract *for supply* is an agreement and a supply).

use onshore_core::{EventType, Instrument, Lang, Stage};
use regex::{Regex, RegexSet, SetMatches};
use std::sync::LazyLock;

struct Patterns {
    meeting: Regex,
    agreement_doc: Regex,
    agreement_signed: Regex,
    future: Regex,
    localization: Regex,
    supply: Regex,
    trade: Regex,
    investment: Regex,
    program: Regex,
    intent: Regex,
    cooperation: Regex,
    done: Regex,
    in_progress: Regex,
    agreed: Regex,
    discussed: Regex,
}

fn re(s: &str) -> Regex {
    Regex::new(s).expect("event pattern compiles")
}

/// Where [`trigger_set`] reports the screens that follow the eleven trigger families.
const SPORT: usize = 11;
const JUDGED: usize = 12;
const GOAL: usize = 13;
const BACKGROUND: usize = 14;

static EN: LazyLock<Patterns> = LazyLock::new(|| Patterns {
    meeting: re(r"(?-u:\b)((got|get|gets|getting|became) (acquainted|familiar|familiarized|familiarised) with|familiari[sz]ed (himself|herself|themselves) with|toured|(official|state|working|friendly) visit of|['’]s ([a-z\-]+ ){0,2}(meeting|session)|met|meets|meeting with|meeting of|held (a |the )?(meeting|talks|negotiations)|(hold|holds) talks|talks with|talks between|visited|paid (a|an official|a working) visit|visit to|during (his|her|the|a) (official |working |state )?visit|received (a |the )?delegation|received (the |a )?([\w\-]+ ){0,3}(ambassador|envoy|minister|president|governor|head)|hosted (a|the) (meeting|delegation)|session of|sitting of|held (its |their |a |an |the )?([a-z0-9\-]+ ){0,2}(session|sitting|consultations|plenary)|welcomed (a |the )?(delegation|representatives)|(meeting|sitting|session|talks|negotiations|consultations|round of talks|forum|summit|conference|round table) ([^.;]{0,150} )?((was|were|has been|have been) (also |then |later |successfully |already )?held|took place|opened|kicked off)|(inaugurating|opening|opened) the (forum|summit|conference|session)|sat down with|negotiations with|(a|an|the|their) (online|virtual|video|remote|bilateral|trilateral|joint|working|separate|face-to-face) (meeting|talks|negotiations|session|conference)|(held|holds|hold|during) (a |an |the )?(video ?conference|videoconference|video call)|held (a |an |the )?([a-z\-]+ )?(discussions?|conversation|dialogue) ([^.;]{0,80} )?with|exchanged (views|opinions) with|(an |the )?exchange of (views|opinions) (with|between)|during an exchange between|(telephone|phone) (conversation|call|talk)|the meeting|a meeting|bilateral meeting|delegation (led|headed) by|on the sidelines|(led|chaired|convened|held|attended) (a|an|the) ([a-z\-]+ ){1,2}(meeting|session)|ceremony (was )?(attended|took place|was held|held)|(attended|present at|in the presence of|in the attendance of|participated in|took part in|at) the ([a-z\-]+ ){0,2}ceremony|(participated|took part) in the ([a-z0-9\-]+ ){0,4}(forum|summit|conference|session|meeting|talks)|(at|during|within the framework of|on the margins of) (the|a) ([a-z0-9\-]+ ){0,4}(forum|summit|commission|session|sitting)|roundtables?|(is|are) (currently )?visiting|arrived (in|at) [^.;]{0,60}(for|on) (a|an|his|her|their) ([a-z\-]+ ){0,2}visit|chaired (a |an |the )?([a-z\-]+ ){0,3}(talks|meeting|session|negotiations|consultations))(?-u:\b)"),
    agreement_doc: re(r"(?-u:\b)(agreements?|exchange of (diplomatic )?notes|exchanged (diplomatic )?notes|joint statement|memorand(um|a|ums)|mous?|contracts?|deals?|road ?maps?|protocols?|treaty|treaties|accords?|declarations?|documents?|pact)(?-u:\b)"),
    agreement_signed: re(r"(?-u:\b)(signed|signing|inked|(put|placed|affixed) (their |his |her )?signatures?|exchange of (diplomatic )?notes|exchanged (diplomatic )?notes|seal(ed|s)? (a |an |the )?([a-z\-]+ ){0,2}(deal|agreement|contract|memorandum|accord)|formali[sz]ed (a |an |the )?([a-z\-]+ ){0,2}(agreement|declaration|memorandum|accord|deal|contract|partnership)|executed (a |an |the )?([a-z\-]+ ){0,2}(protocol|agreement|memorandum|contract)|adopted (a |the )?joint (statement|declaration|communique)|concluded|conclude|concluding|initial(l)?ed|sign|signs|ink|inks|entered into|(resulted|results) in (an |a |the )?([a-z\-]+ ){0,2}(agreement|memorandum|deal|contract)s?)(?-u:\b)"),
    future: re(r"(?-u:\b)(will|would|shall|is set to|are set to|(has |have )?pledged to|pledges to|plans? to|planned|planning to|intends? to|expected to|expects|is to|are to|to be signed|going to|scheduled|could|may (be|become|also|soon|start|begin|sign|launch|open|build|supply|receive|reach|exceed|invest|produce|create|increase|total|amount)|might|proposed|ready to|next year|upcoming|soon|agreed to (conclude|sign)|agreeing to (conclude|sign))(?-u:\b)"),
    localization: re(r"(?-u:\b)(locali[sz](e|es|ed|ing|ation)|production of|production and (distribution|sale|marketing|packaging) of|produce|produced|producing|manufactur(e|es|ed|ing)|technology transfer|transfer(ring|red|s)? (of )?(the )?[\w\- ]{0,40}technolog\w*|(vaccine|drug|insulin|tractor|pharmaceutical|car|bus|truck|medicine|api|substance) production|production (facility|facilities|plant|plants|site|sites|lines?)|assembly (plant|line|production|facility)|(launch|start|organi[sz]|set up|setting up|establish)\w* (the )?(assembly|production|manufacturing|output) of|assembl(e|ing) |(build|building|construct|constructing|construction of|open|opened|opening|launch|launched|set up|setting up|establish|establishing|establishment of|create|creating|creation of) (a |an |the )?(new |joint |modern )?([\w\-$.,'’]+ ){0,3}(plants?|factory|factories|facility|facilities|production|enterprise|complex|cluster|hub)|joint ([a-z\-]+ ){0,2}ventures?|contract (manufacturing|production)|(new|future|planned) ([a-z\-]+ ){0,2}(plant|factory|facility)|(plant|factory|facility|plants|factories|facilities) (was |were |has been |have been |will be |is being |are being |(is |are )?(scheduled|expected|planned|set|due) to be )?(inaugurated|commissioned|opened|launched|built|constructed|put into operation|set up|established|created)|(plant|factory|facility) (is |are )?under construction|(inaugurat|commission)\w* (a |an |the )?([a-z\-]+ ){0,5}(plant|factory|facility)|invest\w* ([^ ]+ ){0,6}in (a |an |the |its )?(new )?([a-z\-]+ ){0,2}(plant|factory|facility)|construction of (a |an |the )?(new )?([a-z\-]+ ){0,2}(plant|factory|facility)|rolled off the (line|assembly line|conveyor)|churn(s|ed|ing)? out|fractionation plant|production facility|production line|full-cycle production|joint production|start(ed)? production|launch(ed)? production|fill[- ]and[- ]finish|(laid|lay|lays|laying|laid down) (the |a )?(foundation|cornerstone|first) (stone|brick|capsule)?|foundation stone|groundbreaking|ground-breaking|(launch|commissioning|opening|inauguration) of (the )?(first|second|third|new) (phase|stage|line|unit)|(start(ed|s)?|began|begin|begun|commenced|commence) (working|operating|operations|operation|its operations|its work|manufacturing|output)|(went|go|goes|going|will go|came|come|comes) (into|on) (operation|production|stream)|(came|come|comes|coming) online|(assembly|production|output|manufacturing) of ([a-z0-9\-]+ ){1,5}(has |have |was |were )?(started|begun|began|commenced|launched)|(increas|rais|expand|doubl|tripl)\w* (its |the |their )?(production |annual |design |output )?capacity|(second|third|new) (phase|stage) of (the |its )?([a-z\-]+ ){0,2}(plant|factory|facility|project|complex))(?-u:\b)"),
    supply: re(r"(?-u:\b)((provided|provides|providing|will provide|has provided|have provided) ([a-z\-]+ ){0,2}(about |around |approximately |over |more than |some )?[0-9][0-9,.]*( thousand| million)? [a-z]+|equipp(ing|ed) ([a-z\-'’]+ ){0,4}(hospitals|clinics|polyclinics|medical institutions|institutions|health facilities|medical facilities|medical centers|medical centres) with|suppl(y|ies|ied|ying)|(sold|sells|selling) ([^ ]+ ){0,5}worth|deliver(y|ies|ed|ing)?|exports?|exported|exporting|imports?|imported|importing|donat(e|ed|es|ion|ions)|purchas(e|ed|es|ing)|procure(ment|d)?|bought|buy|buying|shipments?|shipped|batch(es)? of|handed over)(?-u:\b)"),
    trade: re(r"(?-u:\b)(trade turnover|amount of (bilateral |mutual )?trade|trade (has |have )?(exceeded|surpassed|topped|doubled)|trade (target|goal)s?|(billion|million) (in )?(bilateral |mutual |annual )?trade|bilateral trade|trade between|mutual trade|trade volume|volume of trade|trade exchanges?|trade (reached|grew|increased|amounted|rose|fell|totaled|totalled|stood)|turnover|trade with|trade in such products|trading partners?)(?-u:\b)"),
    investment: re(r"(?-u:\b)(valued at|(total |estimated |overall )?value of (the |this |these )?([a-z\-]+ ){0,2}(project|projects|plant|factory|enterprise|facility|complex|investments?)|with a (total )?value of|(cost|costs|costing) (about |around |approximately |over |more than |some |nearly |an estimated )?(\$|us\$|usd|eur|€|[0-9])|(allocated|directed|channell?ed) (to|for|towards) (the |this |these )?([a-z\-]+ ){0,2}(project|projects|construction|plant|factory)|(total |estimated |overall )?cost of (the |this )?([a-z\-]+ ){0,2}(project|plant|factory|enterprise|facility|construction)|project cost|(assistance|aid|support|funding|financing|grant) in the amount of|grants? (of|worth) (\$|usd|eur|€|us\$)|will cost|to cost|worth|invest|invests|invested|investing|investments?|investors?|financ(e|ed|ing) (the|a|of)|financing|loans?|lend|lends|lending|lent|credit lines?|co-invest)(?-u:\b)"),
    program: re(r"(?-u:\b)(programs?|programmes?|project passports?|passports|strategy|concept of|action plan|plan of action|plans? of cooperation|cooperation plans?|national projects?|set the task|tasked|state order|import[- ]substitution (list|plan)s?|(ban|bans|banning|restrict|restricting|restrictions on|limit|limiting|limits on) (the )?(public|state|government) (procurement|purchases)( of (foreign|imported))?)(?-u:\b)"),
    intent: re(r"(?-u:\b)(touched (up)?on (the )?(issues|questions|matters|topics)|(issues|questions|matters|topics) [^.;]{0,150}(were|was) touched|discuss(ed|es|ing)?|propos(e|ed|al|als)|suggest(ed|s)?|interest(ed)? in|ready to|readiness|willing|intend(s|ed)?|plan(s|ned)? to|expressed|agreed to|agreeing to|need to|needs to|called for|explore|exploring|prospects|could|should|would like|seek(s|ing)?|aim(s|ed)? (to|at)|hope|step up|boost|expand|expanding|deepen|deepening|strengthen|strengthening|develop(ing)? cooperation|intention|considered|consider(ing)?|opportunit(y|ies)|possibilit(y|ies)|potential|decided to|exchanged (views|information|opinions)|paid attention to|the issue of|intention to|agreed to work|committed to|commitment to|(is|are) to (start|launch|begin|set up|implement|develop)|(talks|negotiations|consultations) (are|were|is) (also |now |still )?(in hand|under way|underway|ongoing|continuing|in progress|being held|being conducted))(?-u:\b)"),
    cooperation: re(r"(?-u:\b)(cooperat\w*|work(ing)? closely|collaborat\w*|partnership|joint|interaction|ties|relations|projects?|work together|synchroniz\w*|coordinat\w*|experience|participat\w*|import substitution|best practices|development|information|venture)(?-u:\b)"),
    done: re(r"(?-u:\b)(launched|opened|inaugurated|commissioned|delivered|donated|received|handed over|completed|began production|started production|put into operation|has been producing|shipped|arrived|purchased|bought|amounted|totaled|totalled|analy[sz]ed|imported|exported|sold)(?-u:\b)"),
    in_progress: re(r"(?-u:\b)(is building|are building|is being built|under construction|being implemented|is implementing|are implementing|is developing|are developing|is producing|are producing|is being carried out|underway|under way|continues|continuing|in the pipeline|started|has started|have started|began|is setting up|is carrying out|are being|is being)(?-u:\b)"),
    agreed: re(r"(?-u:\b)(signed|agreed|decided|approved|reconciled|adopted|concluded|set the task|tasked|instructed|reached (an )?agreement|has been agreed)(?-u:\b)"),
    discussed: re(r"(?-u:\b)(discuss\w*|plan\w*|propos\w*|consider\w*|could|would|will|may (be|become|also|soon|start|begin|sign|launch|open|build|supply|receive|reach|exceed|invest|produce|create|increase|total|amount)|might|interested|ready|intend\w*|possib\w*|potential|explor\w*|suggest\w*|expect\w*|aim\w*|seek\w*|prospect\w*|need)(?-u:\b)"),
});

static RU: LazyLock<Patterns> = LazyLock::new(|| Patterns {
    meeting: re(r"(встреч[аеиуй]|встреч(?:[^\p{L}]|$)|встретил|переговор|визит[аеу]?(?:[^\p{L}]|$)|посетил|посещени|посетит|побывал|заседани|провел[аи]? (встречу|переговоры|([а-я]+ )?консультации)|принял[аи]? (делегаци|представител|посла|министра|губернатора)|(осмотрел|оценил|ознакомил[а-я]* с) ([а-я]+ ){0,2}(производств|мощност|цех|предприяти|завод|площадк)|(делегаци[а-я]*|гост[а-я]*) ([а-я]+ ){0,2}ознакомил[а-я]* с (работой|деятельностью|возможностями)|принял[аи]? участие в ([а-я]+ ){0,4}(форум|заседани|встреч|переговор|конференци|саммит|совещани)|делегаци[яи] во главе|телефонн\w+ разговор|беседа|в ходе поездки|рабоч\w+ поездк|совещани|круглый стол|на полях|в присутствии|посеща|посетив|церемони[а-я]* ([а-я]+ ){0,3}(состоял|прошл|проходил)|(в|на) ([а-я]+ )?([а-я]+-)?церемони|(состоял|прошл)[а-я]* ([а-я]+ ){0,2}(мероприяти|церемони)|(в|на) мероприяти[а-я]* ([а-я]+ )?(примут|приняли|принял|принимал|присутствовал)|в ходе ([^ ]+ )?(заседания|совета|форума|саммита|сессии)|(на|в рамках) ([^ ]+ )?(форума|саммита|заседания|сессии)(?:[^\p{L}]|$))"),
    agreement_doc: re(r"(соглашени|меморандум|совместн[а-я]* (заявлени|декларац|коммюнике)|декларац|обменн[а-я]* нот|обмен[а-я]* нотами|договор(а|ы|у|ом|е|ов|ам)?(?:[^\p{L}]|$)|контракт|дорожн\w+ карт|протокол|документ|договоренност|удалось договориться)"),
    agreement_signed: re(r"(подписи под (документом|соглашением|меморандумом|договором|контрактом)|обменялись нотами|обмен[а-я]* нотами|постав[а-я]* (свои )?подписи|подписал|подписан|подписыва|подписани|заключил|заключен|заключат|подпишут|подписать|достигли договоренност|договорились|одобрил|утвердил|ратифицировал|достигнут[аоы]? ([а-я]+ ){0,2}(соглашени|договоренност)|(итог|результат)[а-я]* ([а-я]+ ){0,3}стал[аои]? ([а-я]+ ){0,2}(соглашени|меморандум|договор|контракт)|стал[аои]? (подписани|заключени)|прош(ел|л[аои]) согласовани|(соглашени|договоренност)[а-я]* ([^ .;]+ ){0,6}(был[аои]? )?достигнут|удалось договориться|согласован[аоы]?(?:[^\p{L}]|$))"),
    future: re(r"(договорились (заключить|подписать)|будет|будут|выделит|выделят|направит|направят|отправит|отправят|вложат|вложит|инвестиру(ет|ют)(?:[^\p{L}]|$)|создадут|создаст|обязуется|обязуются|обязались|ищет площадку|планиру|намерен|собира|предстоит|рассчитыва|может|могут|готов|подпишут|заключат|в ближайш|в перспективе|предполага|ожида|планах|хотят|хочет|возможност|передаст|передадут|поставит|поставят|построит|построят|запустит|запустят|откроет|откроют|начнет|начнется|начнут|составит|составят|заключит|подпишет|выпустит|выпустят|произведет|получит|получат|поступит|поступят|пойдут|наладит|наладят|закупит|закупят|купит|купят|подарит|подарят|приобрет[её]т|приобретут|доставит|доставят|профинансирует|профинансируют)"),
    localization: re(r"(локализ|производств(о|а|у|е|ом)?(?:[^\p{L}]|$)|производить|производиться|производят|выпуск(?:[аоуеиыя]|[^\p{L}]|$)|трансфер\w* технолог|передач\w+ технолог|технологи\w+ производства|сборк|сборочн|завод\w*|фабрик|совместн\w+ предприяти|(?:^|[^\p{L}])сп(?:[^\p{L}]|$)|контрактн\w+ производ|наладить|наладит|налажива|организаци\w+ производства|строительств\w+ (нового |фармацевтического |совместного |медицинского )?(завода|предприятия|комбината|комплекса|кластера|цеха|фабрики)|мощност|переработк|(введен|ввели|запущен|запустил|открыт|открыл|построен|построят|построит|строит)[а-я]* ([а-я]+ ){0,4}(предприяти|цех|комплекс)|сош(ел|ла|ли|ло) с конвейера|с конвейера сош|(создать|создаст|создадут|создали|создание|создания) (нов[а-я]+ |совместн[а-я]+ )?([а-я]+ )?(предприяти|завод|фабрик|комбинат))"),
    supply: re(r"((привез|завез)[а-я]*|(направит|направят|направить|направил[аи]?|направля[а-я]*|отправит|отправят|отправить|отправил[аи]?|отправля[а-я]*) ([^ .;]+ ){0,4}(\d|партию|груз|гуманитарн|вакцин|доз|аппарат|лекарств|препарат|масок|тест)|поставк|поставок|поставля|поставить|поставил|поставит|поставлен|поставят|экспорт|импорт|закуп|закупил|приобрет|передал|передаст|передать|передан|безвозмездн|пожертвова|доставлен|доставк|парти[юяи] (вакцин|препарат|лекарств|доз|товар|оборудован|продукц|тракторов|техники)|отгруз|продаж|продал|получил[аи]? (партию|дозы|вакцин)|подарит|подарят|подарил[аи]?|подарен[аоы]?(?:[^\p{L}]|$)|подарить|в дар(?:[^\p{L}]|$)|вруч(ил|ила|или|ит|ат|ен|ена|ены|ено)[а-я]* ([^ .;]+ ){0,4}(\d|ключ|аппарат|оборудован|автомобил|машин|партию|вакцин|лекарств|препарат|медикамент|гуманитарн|техник))"),
    trade: re(r"(товарооборот|взаимн\w+ торговл|объем\w* торговли|торгов\w+ оборот|торговл\w+ между|внешнеторгов|торговл\w* (в|на) (\d|[а-я]+ )?(миллиард|млрд|сумм))"),
    investment: re(r"(инвестиц|инвестир|инвестор|кредит|направ(ил|ила|или|ит|ят|ило|лено|лены|лена)[а-я]* ([^ .;]+ ){0,3}(млн|млрд|миллион|миллиард)[^.;]{0,40} на (развити|строительств|реализаци|создани|модернизаци|расширени)|на (развити|строительств|реализаци|создани|модернизаци|расширени)[^.;]{0,60} направлен[оаы]? ([^ .;]+ ){0,3}(млн|млрд|миллион|миллиард)|выдел(ит|ят|ил|или|ила|ено|ены|яет)[а-я]* ([^ .;]+ ){0,3}(млн|млрд|миллион|миллиард)|финансировани|вложени|влож(ит|ат|ил|или|ено|ены)(?:[^\p{L}]|$)|вкладыва|заем|займ|стоимость проекта|(потрачен|израсходован|потратил|потратят|потратит)[а-я]* ([^ .;]+ ){0,6}([0-9]|млн|млрд|миллион|миллиард)|общая стоимость|проект\w* стоимостью|при (финансовой )?поддержке ([а-я]+ ){0,2}фонд[а-я]* развития)"),
    program: re(r"(программ|паспорт\w* проект|паспорт|стратеги[яиюей](?:[^\p{L}]|$)|концепци[яиюей](?:[^\p{L}]|$)|план\w* (действий|мероприятий|сотрудничества|взаимодействия)|поручил[а-я]* ([а-я]+ ){0,6}(разработ|увелич|обеспеч|локализ|нарастить|наращиван|создать|создани|снизить|сократить|импортозамещ|производств|выпуск)|поставил\w* задач|нацпроект|национальн\w+ проект|госзаказ|(запрет|ограничени|ограничит|ограничат)[а-я]* ([а-я]+ ){0,3}(госзакуп|закупк|допуск)|систем[а-я]* оценки ([а-я]+ ){0,2}локализ|карт[а-я]* индустриализации|(сформирова|составлен|утвержден|подготовлен)[а-я]* ([а-я]+ ){0,2}(перечень|перечн[а-я]*|реестр)|поддерж[а-я]* ([а-я]+ ){0,2}импортозамещающ|(запланировали|утвердили|сформировали|отобрали|определили|согласовали) (\d+ )?([а-я]+ ){0,2}проект[а-я]* ([а-я]+ ){0,3}импортозамещ|(ввести|введут|вводит|вводят)[а-я]* ([а-я]+ ){0,2}(систем|требовани|запрет|квот|пошлин))"),
    intent: re(r"(обсуди|обсужд|предлож|заинтересован|готов|намерен|планиру|рассмотр|договорились о сотрудничестве|выразил|призвал|необходимо|нужно|перспектив|возможност|потенциал|стремл|развива|расширени|расширя|расшири|укреплени|укрепля|наращивани|придаст|помощ|содейств|обменялись мнениями|решили|договорились о|вед[уе]т переговоры|(переговоры|консультации) ([а-я]+ )?(продолжаются|ведутся|идут|проходят))"),
    cooperation: re(r"(сотрудничеств|взаимодейств|партнерств|совместн|кооперац|проект|связ[ия]|отношени|интеграц)"),
    done: re(r"(открыт|введен\w* в (строй|эксплуатацию)|запущен|запустил|поставил[аи]?(?:[^\p{L}]|$)|передал[аи]?(?:[^\p{L}]|$)|получил|доставлен|завершен|начал[аи]? (выпуск|производство|поставл)|закупил|импортировал|экспортировал|составил|достиг|предоставил|поступил|произвел)"),
    in_progress: re(r"(строится|строит (в|на|под|завод|предприят|фабрик|комплекс)|строят (в|на|под|завод|предприят|фабрик|комплекс)|возводит|возводят|закладк[а-я]* (фундамента|первого камня|капсулы)|строительство|продолжается|реализуется|реализуют|ведется|ведутся|идет|развивает|осуществляется|находится в стадии|начал[аи]?(?:[^\p{L}]|$)|начинает|уже сейчас)"),
    agreed: re(r"(принято решение|принято решени|подписал|подписан|договорились|согласовал|утвердил|принял[аи]? решение|решено|заключил|заключен|достигли договоренност|поручил|одобрил)"),
    discussed: re(r"(обсужд|обсуди|планиру|предлож|рассматрива|рассмотр|может|могут|будет|будут|готов|заинтересован|намерен|возможност|перспектив|хотят|хочет|предполага)"),
});

fn patterns(lang: Lang) -> &'static Patterns {
    match lang {
        Lang::En => &EN,
        Lang::Ru => &RU,
    }
}

/// Which event types a sentence reports, most specific reasoning applied.
pub fn event_types(sentence_lower: &str, lang: Lang) -> Vec<EventType> {
    let p = patterns(lang);
    let s = sentence_lower;
    let mut out = Vec::new();
    // One pass of a set over every trigger family says which families fire, and screens
    // for the checks every sentence gets (sport, commentary, goals, background).
    let hit = trigger_set(lang).matches(s);
    if hit.matched(SPORT) || is_commentary(&hit, s, lang) {
        return out;
    }
    // "запущен механизм заключения соглашений об инвестициях, предусматривающих локализацию
    // ...": a mechanism set up is a program, and what it provides for is its content, not
    // events of their own. Only what the sentence says before the mechanism counts.
    if let Some(at) = mechanism_at(s, lang) {
        let mut out: Vec<EventType> = event_types(&s[..at], lang).into_iter().filter(|t| *t != EventType::Intent).collect();
        if !out.contains(&EventType::Program) {
            out.push(EventType::Program);
        }
        return out;
    }
    // Receiving a technology is a transfer (localization), not a delivery of goods.
    // Nor is a loan provided ("will provide a loan ... to upgrade equipment").
    let receives = receives_goods(s, lang) && !s.contains("technolog") && !s.contains("технолог") && !{
        static LOAN: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)provid\w* (a |an )?(loan|credit|grant|financing|funding)(?-u:\b)|предостав[а-я]* (кредит|заем|займ|грант)"));
        LOAN.is_match(s)
    };
    let goal_at = if hit.matched(GOAL) { policy_goal(s, lang) } else { None };
    if !hit.matched_any() && !receives && goal_at.is_none() {
        return out;
    }
    // The purpose of an agreement ("an agreement to increase the share of domestic
    // production") is the agreement's content, not a program of its own.
    let goal = goal_at.is_some_and(|at| !hit.matched(1) || p.agreement_doc.find(s).is_none_or(|m| m.start() > at));
    let [meeting, agreement_doc, agreement_signed, future, localization, supply, trade, investment, program, intent, cooperation] =
        std::array::from_fn(|i| hit.matched(i));
    // A government approving its own roadmap or plan ("утвердило дорожную карту", "approved a
    // roadmap") adopts a program; it signs no agreement with anyone.
    static ADOPTED_PLAN: LazyLock<Regex> = LazyLock::new(|| re(r"(утвердил|одобрил|принял|принят|утвержден|одобрен)[а-я]* ([а-я]+ ){0,2}(дорожн[а-я]* карт|программ|стратеги|концепци|план)|(?-u:\b)(approved|adopted) (a |an |the )?([a-z\-]+ ){0,3}(road ?map|program|programme|strategy|concept|action plan)(?-u:\b)"));
    let adopted_plan = (agreement_doc || program) && ADOPTED_PLAN.is_match(s) && !has_past_signing(s, lang);
    // "The meeting concluded with both parties agreeing to draft an agreement": a meeting ending,
    // no agreement concluded.
    let agreement_signed = agreement_signed && {
        static ENDED: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(meeting|talks|visit|session|negotiations|event|forum|conference) concluded(?-u:\b)"));
        lang != Lang::En || fires_without(&p.agreement_signed, &ENDED, s)
    };
    // "достигли договоренности о дальнейшем сотрудничестве", "agreed on further cooperation":
    // a wish to work together, no document.
    let agreement_signed = agreement_signed && {
        static ON_COOPERATION: LazyLock<Regex> = LazyLock::new(|| re(r"(достигли|достигнут[аы]?) договоренност[а-я]* о (дальнейшем |взаимовыгодном |тесном |всестороннем )?(сотрудничестве|взаимодействии|развитии сотрудничества)"));
        lang != Lang::Ru || fires_without(&p.agreement_signed, &ON_COOPERATION, s)
    };
    // "signed a decree granting the concern the right to conclude a contract": the signature is
    // the decree's, a law of one side; the contract is still to come.
    let agreement_signed = agreement_signed && {
        static DECREE: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(signed|signs) (a |the |an )?([a-z\-]+ ){0,2}(decree|resolution|law|ordinance|executive order)s?(?-u:\b)|(?-u:\b)(the )?right to (conclude|sign)(?-u:\b)|подписал[а-я]* (указ|постановлени|распоряжени|закон)[а-я]*|прав[оа] (на )?(заключ|подпис)[а-я]*"));
        fires_without(&p.agreement_signed, &DECREE, s)
    };
    // "Среди них межправительственные соглашения о ...", "- Memorandum of Understanding on ...":
    // documents listed after a signing told are each an agreement signed.
    let listed_document = agreement_doc && {
        static LISTED: LazyLock<Regex> = LazyLock::new(|| re(r"^\W{0,3}(среди них|в их числе|в том числе|among them|among these|these include|they include)[ ,:]|^\s*([-–—•·*]|\d{1,2}[.)])\s*([^ ]+ ){0,2}(соглашени|меморандум|договор|протокол|контракт|дорожн[а-я]* карт|программ[а-я]* сотрудничеств|agreement|memorandum|contract|protocol|treaty|road ?map|mou)"));
        LISTED.is_match(s) && !future
    };
    let agreement = agreement_doc && (agreement_signed || listed_document) && !adopted_plan;
    // "signed a program of consultations", "подписали программу сотрудничества": a document
    // signed between two sides is an agreement, whatever it is called.
    let signed_program = agreement_signed && {
        static SIGNED_PROGRAM: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(signed|inked) (a |an |the )?([a-z\-]+ ){0,2}program(me)?s? (of|on|for)(?-u:\b)|(?-u:\b)program(me)?s? (of|on|for) [^.;]{0,80}(was|were|has been|have been) signed(?-u:\b)|подписал[аи]? ([а-я]+ ){0,2}программ[а-я]* (сотрудничеств|консультаци|взаимодейств)|подписан[аы]? ([а-я]+ ){0,2}программ[а-я]* (сотрудничеств|консультаци|взаимодейств)"));
        SIGNED_PROGRAM.is_match(s)
    };
    let agreement = agreement || signed_program;
    // "The annual production program of the plant is 40 million tablets": what a plant is to
    // turn out, not a government program.
    let program = program && {
        static OUTPUT_PLAN: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)((production|manufacturing|output) program(me)?s?|(annual|planned) ([a-z\-]+ ){0,2}program(me)? of ([a-z\-]+ ){0,2}(production|manufacturing|output))(?-u:\b)|(производственн|годов)[а-я]* программ[а-я]*|программ[а-я]* выпуска"));
        fires_without(&p.program, &OUTPUT_PLAN, s)
    };
    let program = (program && !signed_program) || adopted_plan;
    let future_signing = agreement && future && !has_past_signing(s, lang);
    // "meets 20 per cent of its needs through imports": a demand covered, not people meeting.
    let meeting = meeting && {
        static COVERS: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)((meets?|meeting) ([a-z0-9\-%,.()]+ ){0,8}(needs|requirements|demand|standards|criteria|targets?|obligations)|meeting with (the )?(journalists|reporters|press|media|mass media|correspondents))(?-u:\b)"));
        lang != Lang::En || fires_without(&p.meeting, &COVERS, s)
    };
    // "Перспективы сотрудничества обсудили губернатор и посол", "the governor discussed with the
    // ambassador": officials talking things over have met (what they want next stays an intent).
    // "Самолет встретили посол и замминистра": a plane or a cargo welcomed at the airport.
    let meeting = meeting && (lang != Lang::Ru || {
        static WELCOMED: LazyLock<Regex> = LazyLock::new(|| re(r"(самолет|борт|груз|рейс|партию|колонну)[а-я]* ([а-я]+ ){0,6}встрети[а-я]*|встрети[а-я]* (самолет|борт|груз|рейс|партию|колонну)"));
        fires_without(&p.meeting, &WELCOMED, s)
    });
    let meeting = meeting || officials_discussed(s, lang);
    let meeting_later = meeting && meeting_is_future(s, lang);
    // "состоялась встреча ... по обсуждению вопросов возможного сотрудничества", "talks to
    // discuss cooperation": the discussion is what the meeting was for, no intent of its own.
    let intent = intent && !(meeting && !meeting_later && meeting_for_discussion(s, lang));
    if meeting && !meeting_later {
        out.push(EventType::Meeting);
    }
    // "договорились нарастить инвестиции", "достигнута договорённость о развитии
    // сотрудничества": an understanding reached with no document named is cooperation agreed
    // on, an intent, not an agreement signed.
    let understanding_only = agreement && lang == Lang::Ru && {
        static DOCUMENT: LazyLock<Regex> = LazyLock::new(|| re(r"(соглашени|меморандум|совместн[а-я]* (заявлени|декларац|коммюнике)|декларац|договор(а|ы|у|ом|е|ов|ам)?(?:[^\p{L}]|$)|контракт|дорожн\w+ карт|протокол|документ|программ|обменн[а-я]* нот|нотами)"));
        !DOCUMENT.is_match(s)
    };
    if agreement && !future_signing && !understanding_only {
        out.push(EventType::Agreement);
    }
    let background = hit.matched(BACKGROUND);
    // Power plants are built, not localized: energy construction is no production of goods.
    let localization = localization && fires_without_words(&p.localization, &["nuclear power plant", "power plant", "power station", "электростанц", "аэс", "тэц", "гэс"], s);
    // "губернатор оценил производственные мощности завода": a plant toured, no production set up.
    let localization = localization && {
        static TOURED: LazyLock<Regex> = LazyLock::new(|| re(r"(осмотрел|оценил|ознакомил[а-я]* с) ([а-я]+ ){0,2}(производств|мощност|цех|площадк)[а-я]*|(?-u:\b)(toured|inspected|got acquainted with) (the )?(production (facilities|capacities|lines|site)|capacities)(?-u:\b)"));
        fires_without(&p.localization, &TOURED, s)
    };
    // "вакцина производства компании X", "made in China": the maker of a product, not production being set up.
    let localization = localization && {
        static MADE_BY: LazyLock<Regex> = LazyLock::new(|| re(r"производства (компании|фирмы|концерна|китая|кнр|россии|рф|индии|сша|германии|франции|турции|ирана|кубы|беларуси|белоруссии)(?:[^\p{L}]|$)"));
        static MADE_BY_EN: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(produced|manufactured|made) (by|in)(?-u:\b)"));
        if lang == Lang::Ru && MADE_BY.is_match(s) {
            p.localization.is_match(&MADE_BY.replace_all(s, ""))
        } else if lang == Lang::En && MADE_BY_EN.is_match(s) {
            p.localization.is_match(&MADE_BY_EN.replace_all(s, " "))
        } else {
            true
        }
    };
    // "set a goal to reduce imports and localize production": the goal is the program.
    // "224 projects worth $640 million have been launched", "141 projects worth $2 billion are
    // planned": a portfolio counted and summed is production set up (when launched) or a
    // program (when planned), not one investment.
    let portfolio = projects_portfolio(s, lang);
    let localization = localization || portfolio == Some(true);
    // "in such areas as medicine, food industry, production of aircraft parts": fields
    // enumerated, no production set up.
    let localization = localization && {
        static FIELDS: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(cooperation|collaboration) (in|on|covering) [^.;]*,[^.;]*,[^.;]*|(в|по) (таких |следующих |различных |разных )?(сферах|отраслях|областях|направлениях),? (как|:)[^.;]*|(?-u:\b)in (such |various |the following )?(areas|sectors|fields|industries),? (such as|as|like|including|:)[^.;]*|[^.;]*(?-u:\b)(as|are|is|were|was) (the )?(most |more |very )?(promising|priority|prospective|key) (areas|sectors|fields|directions|industries)(?-u:\b)[^.;]*|(?-u:\b)(most |more )?(promising|priority|prospective) (areas|sectors|fields|directions) (of|for) ([a-z\-]+ ){0,4}(cooperation|partnership)( (are|include|were))?[^.;]*"));
        fires_without(&p.localization, &FIELDS, s)
    };
    // "ввести систему оценки уровня локализации": a rule measuring localization, no production
    // set up. "поддержат импортозамещающие производства": support promised to a whole class of
    // plants is a policy.
    let localization = localization && {
        static RULE: LazyLock<Regex> = LazyLock::new(|| re(r"на (поддержку|развитие|модернизацию) ([а-я]+ ){0,2}(фарм)?производств[а-я]*|сотрудничеств[а-я]* в (сфере|области) ([а-я]+ ){0,1}производств[а-я]*|((систем|оценк|требовани|критери)[а-я]* ([а-я]+ ){0,2}(уровн[а-я]* )?|стимулир[а-я]* ([а-я]+ ){0,2})локализ[а-я]*( производств[а-я]*)?|поддерж[а-я]* ([а-я]+ ){0,2}импортозамещающ[а-я]* ([а-я]+ ){0,2}(производств|предприяти)[а-я]*"));
        lang != Lang::Ru || fires_without(&p.localization, &RULE, s)
    };
    // "exports of domestically produced medicines", "доля изделий белорусского производства",
    // "growth in drug production", "один из лидеров по производству", "налаживают
    // сотрудничество": where goods come from, how much a country makes, who makes the most, or
    // ties being set up, not production being set up.
    let localization = localization && {
        static ORIGIN: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)((domestically|locally|nationally|home)[ \-](produced|made|manufactured)|home-grown|(increase|growth|rise|decline|volume|amount|share|level) (in|of) (the )?(amount |volume |level )?(of )?([a-z\-]+ ){0,2}(production|output)|(one of the |the )?(largest|leading|biggest|major|main) ([a-z\-]+ ){0,2}(producers?|manufacturers?|makers?))(?-u:\b)|(^|[^\p{L}])(белорусск|российск|отечественн|казахстанск|узбекск|армянск|китайск|индийск|иностранн|зарубежн|импортн)[а-я]* производства|(объем|объём|доля|долю|доли|рост|темп)[а-я]* ([а-я]+ ){0,2}производства|(лидер|крупнейш|ведущ)[а-я]* ([а-я]+ ){0,2}(по )?(производств|производител)[а-я]*|(налажива|наладит|наладить|налаживани)[а-я]* ([а-я]+ ){0,2}(сотрудничеств|связ|контакт|диалог|отношени|взаимодейств|партнерств)[а-я]*"));
        fires_without(&p.localization, &ORIGIN, s)
    };
    if localization && !background && !goal {
        out.push(EventType::Localization);
    }
    // "Import substitution" is a policy, not a delivery.
    let supply = supply && fires_without_words(&p.supply, &["dependence on suppl", "reliance on suppl", "dependency on suppl", "зависимости от поставок", "зависимость от поставок", "зависимости страны от поставок", "import substitut", "import-substitut", "импортозамещ", "импортозамест", "замещени", "замещать импорт", "заместить импорт", "substituting imports", "replacing imports", "импортозавис", "dependence on import", "import dependence", "import dependency", "reliance on import", "dependency on import", "reliance on foreign", "import replacement", "export compan", "export-oriented", "export enterpris", "exporters", "export potential", "экспортный потенциал", "экспортного потенциала", "импортн", "экспортн", "госзакуп", "dependent on import", "dependent on foreign", "зависит от импорта", "зависимы от импорта", "replacing imported", "replace imported", "substitute imported", "substituting imported", "instead of imported", "alternative to imported", "alternatives to imported"], s);
    // "The top export categories from Turkey include ...", "Almost 40% of the company's production
    // is exported to ...", "the main export destinations", "to save $30 million in import costs",
    // "На Индию и Китай приходится 85% закупок": what a country's or a company's trade is made
    // of, background to the story, not a shipment.
    let supply = supply && {
        static MAKEUP: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)((supplies|exports|imports) (to|from) ([a-z\-]+ ){1,3}(include|includes|are|consist)|(focus(es)? on|oriented (to|towards)) ([a-z\-]+ ){0,3}exports?|(export|import)s? (categories|category|destinations?|structure|basket|items|markets|partners|costs|bill|geography)|(exports?|imports?) (to|from) (the )?[a-z\-]+( [a-z\-]+)? (include|includes|included|consist|consists|are dominated|is dominated)|([0-9]+([.,][0-9]+)? ?(%|percent|per cent)|a third|a quarter|half|a half|two thirds|most|the bulk|the majority) of ([a-z'’\-]+ ){0,3}(production|output|products|sales) (is|are|was|were|goes|go) (exported|sold abroad|shipped)|(opportunit(y|ies)|chance|possibility|ability|able) to export|(imports?|exports?) ([a-z\-]+ ){0,3}(will|should|must|is to|are to) (fall|drop|decrease|decline|shrink|be reduced|be cut))(?-u:\b)|приход[а-я]* ([^.;]{0,20})?[0-9]+([.,][0-9]+)? ?(%|процент[а-я]*) (всех )?(закупок|импорта|экспорта|поставок)|(география|структур[а-я]*) (экспорта|импорта|поставок)"));
        // "Беларусь экспортирует в Молдову нефтепродукты, трактора, троллейбусы ...", "Minsk Region
        // imports plastic, linoleum and wood": what one side habitually trades, a list of goods.
        static HABITUAL: LazyLock<Regex> = LazyLock::new(|| re(r"(экспортирует|импортирует|поставляет|закупает|ввозит|вывозит|экспортируют|импортируют|поставляют|закупают)|(?-u:\b)(imports|exports|buys|sells|supplies) [a-z]"));
        let habitual = HABITUAL.is_match(s) && s.matches(',').count() >= 2 && onshore_analyze::find_quantities(s, lang).is_empty();
        !habitual && fires_without(&p.supply, &MAKEUP, s)
    };
    // "подписи поставили": signatures put under a document, "поставили задачу": a task set;
    // no goods supplied.
    let supply = supply && {
        static SIGNATURES: LazyLock<Regex> = LazyLock::new(|| re(r"подпис[а-я]*( [а-я]+){0,4} постав(или|ил|ила|лены)|постав(или|ил|ила) (свои )?подпис|(задач|цел)[а-я]* ([а-я]+ ){0,3}постав[а-я]*|постав[а-я]* ([а-я]+ ){0,3}(задач|цел)[а-я]*"));
        lang != Lang::Ru || fires_without(&p.supply, &SIGNATURES, s)
    };
    // "imported products make up 85 percent of the market", "cheaper than imported ones", "equal
    // access of suppliers to public procurement", "manufacturing of the first batch": a market
    // described, a price compared, a procurement rule, production, a tax exemption — no goods change hands.
    let supply = supply && (lang != Lang::En || {
        static MARKET_TOLD: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(import\w* ([a-z\-]+ ){0,2}(make|makes|made|account|accounts|accounted|occupy|occupies|occupied|dominate|dominates|dominated|hold|holds|held) (up |for )?[^.;]{0,60}(market|consumption|needs|demand)|(market|needs|demand|consumption)[^.;]{0,60}(is|are|was|were) (occupied|dominated|covered|met|provided|satisfied) by (\w+ ){0,2}import\w*( products| goods| medicines| drugs)?|than (the |their |similar )?(imported|foreign|import) (ones|analogues|counterparts|products|drugs|medicines|goods)|than imports|suppliers? ([^.;]{0,40} )?(to|in) (public|state|government) (procurement|purchases|tenders)|(manufactur|produc)\w* (of )?(the )?(first|pilot|initial|trial) (batch|batches|series|lot)( of)?|exempt(ion|ed|s)? [^.;]{0,150}(customs duties|duties|duty|value added tax|vat|taxes))(?-u:\b)"));
        fires_without(&p.supply, &MARKET_TOLD, s)
    });
    // "delivering support", "supply chains": the words of supply, but no goods change hands.
    let supply = supply && {
        static NO_GOODS: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(provid[a-z]* ([a-z\-]+ ){0,2}(about |around |approximately |over |more than |some )?[0-9][0-9,.]*( thousand| million| billion)? (usd|eur|dollars|euros|somoni|tenge|rubles|roubles|manat|lari|drams|soums|soms|yuan|people|patients|residents|families|children|persons|citizens|doctors|specialists|jobs|workplaces|students)|(deliver|supply|supplie|provid)\w* (the |all |full |requisite |necessary |comprehensive |technical |political ){0,2}(support|assistance|results|services|advice|expertise)|supply chains?|provid\w* (the )?([a-z\-]+ ){0,2}markets? with|provide (affordable|cheaper|quality) (medicines|drugs|products)|(domestic|local|internal|home) (market|consumption)s?[^.;]{0,40}export\w*|export\w* [^.;]{0,20}(domestic|local|internal) markets?|(main|key|major|principal|leading) (goods|products|items|commodities|export|import)s? ([a-z\-]+ ){0,2}(imported|exported|are|include)|(duties|duty|tax|taxes|tariffs?|vat) (on|for) (the )?(import|export)\w*|purchas\w* (of )?(a |the )?licen[cs]es?|deliver\w* (a |an |the |his |her |their )?([a-z\-]+ ){0,2}(statement|speech|address|remarks|lecture|report|message|presentation)s?|(water|heat|heating|power|electricity|energy|gas) supply|supply (heat|electricity|power|water|gas) to|ban(ning|s)? (of|on) ([a-z\-]+ ){0,2}(exports?|imports?)|(manufactur|produc)\w* ([a-z\-]+,? ){0,6}(and )?medical supplies|donat\w* (organs?|blood|kidneys?|livers?)|organ donation|provid\w* (a |an )?(loan|credit|grant|financing|funding)[^.;]*|medical supplies (will|would) be (very |extremely )?(useful|helpful|important)|(substitut|replac)\w* (of )?(\w+ )?imports?|imports? of (foreign )?technolog\w*|(hand|deliver|suppl|provid)\w* (over )?(the |its |their )?([a-z\-]+ ){0,2}technolog\w*|(land|plots?|buildings?|premises|property|real estate|shares|stakes?|apartments?|housing)( and [a-z]+)? (can|could|will|may|would)? ?(be )?(purchased|bought|sold)|(purchas|buy|bought|acquir)\w* (of )?(a |the |its )?([a-z\-]+ )?(land|plots?|buildings?|premises|real estate|shares|stakes?|apartments?)|(interest|interested) (not only )?in (exports?|imports?))(?-u:\b)"));
        // "производство для рынка и экспорта", "плацдарм для экспорта": what production is for.
        // A technology handed over is a transfer (localization), not goods.
        static RU_PURPOSE: LazyLock<Regex> = LazyLock::new(|| re(r"(предостав|выдел)[а-я]* ([^ .;]+ ){0,3}(гектар|земельн|участ)[а-я]*|обеспеч[а-я]* ([а-я]+ ){0,3}рын[а-я]* |направ[а-я]* ([^ .;]+ ){0,3}(млн|млрд|миллион|миллиард)[^.;]{0,40} на (развити|строительств|реализаци|создани|модернизаци|расширени)[а-я]*|(внутренн|местн|отечественн)[а-я]* (рын|потреблени)[а-я]*[^.;]{0,60}экспорт[а-я]*|(основн|главн|ключев)[а-я]* (позици|товар|стать)[а-я]* ([а-я]+ ){0,2}(импорт|экспорт)[а-я]*|показател[а-я]* ([а-я]+ ){0,2}(экспорт|импорт)[а-я]*|(пошлин|налог|ндс|льгот)[а-я]* ([а-я]+ ){0,3}(на|при) (импорт|ввоз)[а-я]*|приобрет[а-я]* лицензи[а-я]*|(водо|тепло|энерго|электро|газо)снабжени[а-я]*|запрет[а-я]* (на )?(экспорт|импорт|вывоз|ввоз)[а-я]*|для ([а-я]+ ){0,4}экспорта|производств[а-я]* и экспорт[а-я]*|(переда|постав)[а-я]* ([а-я]+ ){0,3}технологи|(территори|земл|участ|площадк|гектар|га(?:[^\p{L}]|$))[а-я]* ([^ .;]+ ){0,4}(передан|передал|передаст|передадут|выделен|предоставлен)[а-я]*|(передан|передал|выделен|предоставлен)[а-я]* ([^ .;]+ ){0,3}(территори|земл|земельн|участ|площадк|гектар)[а-я]*|лишил[а-я]* возможности"));
        let no_goods = match lang {
            Lang::En => &*NO_GOODS,
            Lang::Ru => &*RU_PURPOSE,
        };
        fires_without(&p.supply, &no_goods, s)
    };
    // "запретить госзакупки импортных катетеров", "banning public procurement of imported
    // stents": a rule for buyers, no goods bought.
    let supply = supply && {
        static BAN: LazyLock<Regex> = LazyLock::new(|| re(r"(запрет|ограничени|ограничит|ограничат)[а-я]* ([а-я]+ ){0,3}(гос)?закуп[а-я]*( ([а-я]+ ){0,2}(импортн|иностранн|зарубежн)[а-я]*)?|(?-u:\b)(ban|bans|banning|restrict|restricting|restrictions on|limit|limiting|limits on) (the )?(public|state|government) (procurement|purchases)( of (foreign|imported))?(?-u:\b)"));
        fires_without(&p.supply, &BAN, s)
    };
    // "нерационально закупать оборудование", "decided not to buy": a purchase judged against
    // or turned down is none.
    let supply = supply && {
        static REFUSED: LazyLock<Regex> = LazyLock::new(|| re(r"(нерациональн|нецелесообразн|невыгодн|бессмысленн|отказал[а-я]* от|отказываться от|отказаться от)[а-я]* ([а-я]+ ){0,2}(закуп|закупк|импорт|поставк|приобрет)[а-я]*|(?-u:)(not to|no longer|refused to|declined to|stopped|stop) (buy|buying|import|importing|purchase|purchasing|procure|procuring)(?-u:)"));
        fires_without(&p.supply, &REFUSED, s)
    };
    // "reduce the share of imports": a goal set for the economy, not a delivery.
    let supply = supply && !goal;
    // "The plant will produce vaccines and further export them", "продукцию планируется
    // экспортировать": a plant's own output meant for export one day is what it is for, no
    // shipment. Only when export is the sentence's one word of supply and nothing is done yet.
    let supply = supply && !{
        static OWN_OUTPUT: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(produc\w*|manufactur\w*|output)(?-u:\b)|производ|продукци|выпуск|изготов"));
        let only_export = !fires_without_words(&p.supply, &["export", "экспорт"], s);
        only_export && OWN_OUTPUT.is_match(s) && future && !has_past_signing(s, lang) && !p.done.is_match(&s.replace("exported", " "))
    };
    // "Turkey's exports to Azerbaijan amounted to $1.2 billion", "imports of equipment amount to
    // $800 million a year", "ранее подобную продукцию импортировали": a country's flow of goods
    // measured over a period, or the imports a project replaces, is no shipment. Measured
    // between two sides it is their trade.
    let flow = supply && aggregate_flow(s, lang);
    let supply = supply && !flow && !replaced_imports(s, lang);
    let trade = trade || flow && bilateral_flow(s, lang);
    // "an important impetus for trade turnover", "remove barriers in mutual trade", "the
    // importance of increasing trade": trade wished for, no volume stated.
    let trade = trade && !trade_as_aim(s, lang);
    if ((supply && !(trade && !s.contains("suppl") && !s.contains("поставк") && !s.contains("поставок") && !s.contains("deliver"))) || receives) && !background {
        out.push(EventType::Supply);
    }
    if trade {
        out.push(EventType::Trade);
    }
    // "will build a pharmaceutical plant worth $85 million": what the plant costs, told with the plant.
    // "worth", "valued at", "with a total value of": what something is worth.
    static VALUE_WORDS: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(worth|valued at|with a (total )?value of|(total |estimated |overall )?value of)(?-u:\b)"));
    let valued = lang == Lang::En && VALUE_WORDS.is_match(s);
    let valued_only = valued && !p.investment.is_match(&VALUE_WORDS.replace_all(s, " "));
    let investment = investment && !(lang == Lang::En && (out.contains(&EventType::Localization) || trade) && valued_only);
    // "$8 million worth of humanitarian aid": the value of goods sent, not money invested.
    // ("India exported $20 million worth of pharmaceuticals" too, when the export is told as a
    // yearly flow rather than a shipment.)
    let goods_moved = supply || receives || flow || s.contains("export") || s.contains("import");
    let investment = investment && !(goods_moved && (valued_only || s.contains("worth") && !p.investment.is_match(&s.replace("worth", " "))));
    // "Общая стоимость гуманитарной помощи составит ...", "the value of the donation": what
    // goods sent are worth, no money invested.
    let investment = investment && {
        static GOODS_VALUE: LazyLock<Regex> = LazyLock::new(|| re(r"стоимост[а-я]* ([а-я]+ ){0,2}(помощи|груза|поставк[а-я]*|партии|оборудования|вакцин[а-я]*|препаратов|лекарств)|(?-u:\b)(value|cost) of the ([a-z\-]+ ){0,2}(aid|donation|cargo|shipment|consignment|batch|assistance|equipment|vaccines?|medicines)(?-u:\b)"));
        fires_without(&p.investment, &GOODS_VALUE, s)
    };
    // "signed under an investment agreement", "19 investment documents", "в том числе 14
    // инвестиционных": a kind of document, no money going in.
    let investment = investment && {
        static KIND_OF_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)investment (agreements?|documents?|contracts?|memorand\w*|deals?)(?-u:\b)|инвестиционн[а-я]* (соглашени|договор|меморандум|контракт)[а-я]*|в том числе \d+ инвестиционн[а-я]*"));
        static MONEY: LazyLock<Regex> = LazyLock::new(|| re(r"\d ?(млрд|млн|миллиард|миллион|billion|million|bn|mn)"));
        MONEY.is_match(s) || fires_without(&p.investment, &KIND_OF_DOCUMENT, s)
    };
    // "Türkiye is among the largest investors in Kazakhstan": a standing, no money going in now.
    let investment = investment && {
        static STANDING: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(largest|biggest|major|leading|top|key) ([a-z\-]+ ){0,2}investors?(?-u:\b)|(?-u:\b)under the (theme|motto|slogan)[^.;]*|(крупнейш|ведущ|основн|ключев)[а-я]* ([а-я]+ ){0,2}инвестор[а-я]*"));
        fires_without(&p.investment, &STANDING, s)
    };
    let investment = investment && !["investment climate", "investment attractiveness", "инвестиционный климат", "инвестиционного климата", "инвестиционной привлекательност"].iter().any(|w| s.contains(w));
    // "министр инвестиций и промышленности", "investment agencies of X and Y": a body's name or
    // a title, no money going in.
    let investment = investment && portfolio.is_none() && {
        static BODY: LazyLock<Regex> = LazyLock::new(|| re(r"(министр|министерств|агентств|комитет|департамент|управлени|фонд)[а-я]* (по )?(([а-я]+ ){1,3}и )?([а-я]+ )?(инвестиц|инвестиционн)[а-я]*( и [а-я]+)?|(?-u:\b)((minister|ministry|agency|agencies|committee|department|fund)( of| for) (([a-z]+ ){1,3}and )?([a-z]+ )?investments?( and [a-z]+)?|investments? (agency|agencies|committee|department|promotion agency))(?-u:\b)"));
        fires_without(&p.investment, &BODY, s)
    };
    // "Turkish companies have completed 65 projects worth $689 million", "Фонд поддержал 2075
    // проектов на сумму 700 млрд рублей": a portfolio counted and summed is money put in, unless
    // a map or a program of the state holds it ("the Industrialization Map includes 180 projects").
    // (Projects "scheduled" or "planned" to be launched stay a program's plan.)
    let scheduled = ["scheduled", "planned", "планиру"].iter().any(|w| s.contains(w));
    let planned_portfolio = portfolio == Some(false) && !scheduled && !p.program.is_match(s) && !s.contains(" map") && !s.contains("карт");
    let investment = investment || planned_portfolio;
    if investment {
        out.push(EventType::Investment);
    }
    let program = program && {
        // "поможет реализовать несколько проектов и программ": programs in general, none told.
        // "As part of the business program, specialists met ...": an event's schedule, no policy.
        static GENERIC: LazyLock<Regex> = LazyLock::new(|| re(r"(проект[а-я]* и программ[а-я]*|программ[а-я]* и проект[а-я]*|(делов|культурн|насыщенн|официальн)[а-я]* программ[а-я]*|программ[а-я]* (визита|форума|пребывания|мероприяти[а-я]*|выставки)|(?-u:\b)projects and programs|programs and projects|(business|cultural|official|visit|event|forum|exhibition|conference|degree|training|educational|education|exchange|internship|study|academic|scholarship|volunteer|master's|bachelor's) program(me)?s?|program(me)? of the (visit|forum|event|exhibition|conference|stay)|concept of the (project|plant|enterprise)(?-u:\b)|(образовательн|обучающ|учебн|стажировочн|магистерск|бакалаврск)[а-я]* программ[а-я]*|программ[а-я]* ([^ .;]+ ){0,3}(на )?(телеканал|радио|эфир)[а-я]*|(tv|television|radio) (program|programme|show)|(upcoming|its|their|company['’]s) ([a-z\-]+ ){0,2}program(me)?s|(investment|research|development|modernization|modernisation|expansion|r&d) program(me)?s? (of|at) the company|program(me)?s? of (the )?(company|plant|firm)|program of activities|концепци[а-я]* (проекта|завода|предприятия|производства)|рабоч[а-я]* программ[а-я]*|(сообщ|рассказ|заяв)[а-я]* в ([а-я]+ )?программ[а-я]*|(?-u:\b)(working|work) program(me)? of the (head|governor|minister|president|delegation|visit)|(training|exchange|transfer) program(me)?s?)"));
        fires_without(&p.program, &GENERIC, s)
    };
    // "поставка осуществлена в рамках программы помощи", "delivered under the aid programme": the
    // programme frames the shipment told; it is no policy adopted in the story.
    // (A cooperation programme between two sides is a program of its own, whatever it frames.)
    let program = program && !((out.contains(&EventType::Supply) || receives) && !s.contains("cooperation program") && !s.contains("программы сотрудничества") && {
        static FRAMES: LazyLock<Regex> = LazyLock::new(|| re(r"в рамках ([а-я]+ ){0,2}программ[а-я]*|(?-u:\b)(under|as part of|within( the framework of)?) (the |a |an |its |their )?([a-z\-]+ ){0,3}program(me)?(?-u:\b)"));
        !fires_without(&p.program, &FRAMES, s)
    });
    let program = goal || portfolio == Some(false) && !planned_portfolio || program && !["vaccination passport", "vaccine passport", "паспорт вакцинации", "паспорта вакцинации", "ковид-паспорт", "covid passport"].iter().any(|w| s.contains(w));
    if program {
        out.push(EventType::Program);
    }
    let specific = out.iter().any(|t| !matches!(t, EventType::Meeting));
    // An agreement still to be signed is an intent, whatever project it is about.
    if future_signing || understanding_only && !specific || !specific && (meeting_later || (intent && cooperation) || talks_under_way(s, lang)) {
        out.push(EventType::Intent);
    }
    out
}

/// Where a mechanism of policy is named: "механизм заключения соглашений", "a mechanism for
/// providing subsidies", "запущен механизм".
fn mechanism_at(s: &str, lang: Lang) -> Option<usize> {
    static RU_M: LazyLock<Regex> = LazyLock::new(|| re(r"механизм[а-я]* (заключения|предоставления|поддержки|субсидирования|возмещения|компенсации|стимулирования|финансирования|привлечения|допуска|квотирования)"));
    static EN_M: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)mechanisms? (of|for) (concluding|providing|supporting|subsidi[sz]ing|reimbursing|compensating|stimulating|financing|attracting|admitting)(?-u:\b)"));
    let m = match lang {
        Lang::En => EN_M.find(s),
        Lang::Ru => RU_M.find(s),
    };
    m.map(|m| m.start())
}

/// Whether a family's trigger still fires once `phrase`, a wording that only looks like the
/// family's ("supply chains", "investment climate"), is blanked out of the sentence.
fn fires_without(family: &Regex, phrase: &Regex, s: &str) -> bool {
    !phrase.is_match(s) || family.is_match(&phrase.replace_all(s, " "))
}

/// [`fires_without`] for plain words: the family still fires once all of `words` are cut out.
fn fires_without_words(family: &Regex, words: &[&str], s: &str) -> bool {
    if !words.iter().any(|w| s.contains(w)) {
        return true;
    }
    let mut rest = s.to_string();
    for w in words {
        rest = rest.replace(w, "");
    }
    family.is_match(&rest)
}

/// Officials named as the ones who discussed something, before or after the verb
/// ("обсудили губернатор области и посол", "губернатор обсудил с послом", "the governor and
/// the ambassador discussed", "the minister discussed with the ambassador").
fn officials_discussed(s: &str, lang: Lang) -> bool {
    static RU_O: LazyLock<Regex> = LazyLock::new(|| re(r"обсудил[аи]? ([^ .;]+ ){0,8}(губернатор|посол|послом|министр|мэр|премьер|глав[аыою] )|(губернатор|посол|министр|мэр|премьер)[а-я]* ([^ .;]+ ){0,4}обсудил[аи]? (с|со) "));
    static EN_O: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)((governor|ambassador|minister|mayor|premier)s? ([a-z\-]+ ){0,5}discussed (with )?|(was|were) discussed between)"));
    match lang {
        Lang::En => EN_O.is_match(s) && !s.contains("will discuss"),
        Lang::Ru => RU_O.is_match(s),
    }
}

/// A Russian meeting named with its purpose of discussing ("встреча ... по обсуждению вопросов
/// сотрудничества"), the only intent word in the sentence. (English "talks to discuss" stays an
/// intent: measured, the English annotation keeps it.)
fn meeting_for_discussion(s: &str, lang: Lang) -> bool {
    static RU_P: LazyLock<Regex> = LazyLock::new(|| re(r"(встреч|переговор|заседани|совещани|принял|приняла)[а-я]* [^.;]{0,150}?(по обсуждению|для обсуждения|с целью обсуждения|посвященн[а-я]* обсуждению) ([а-я]+ ){0,2}(вопросов |перспектив |возможност[а-я]* )*"));
    static EN_P: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(meeting|talks|negotiations|session|consultations)(?-u:\b)[^.;]{0,150}?(?-u:\b)(to discuss|for discussing|to consider|to review) ([a-z\-]+ ){0,3}(cooperation|relations|ties|issues|matters|prospects|opportunities)(?-u:\b)([a-z\- ]{0,40})"));
    match lang {
        Lang::Ru => RU_P.is_match(s) && !patterns(lang).intent.is_match(&RU_P.replace_all(s, " ")),
        Lang::En => EN_P.is_match(s) && !patterns(lang).intent.is_match(&EN_P.replace_all(s, " ")),
    }
}

/// Every trigger family of a language in one [`RegexSet`], in the order `event_types` reads them,
/// then the screens every sentence gets, at [`SPORT`], [`JUDGED`], [`GOAL`] and [`BACKGROUND`]:
/// one pass over the sentence answers them all (measured: adding them costs the set's pass
/// nothing, and saves four scans of every sentence).
fn trigger_set(lang: Lang) -> &'static RegexSet {
    fn build(lang: Lang) -> RegexSet {
        let p = patterns(lang);
        let screens = match lang {
            Lang::En => [SPORT_WORDS, EN_JUDGED, EN_GOAL, EN_BACKGROUND],
            Lang::Ru => [SPORT_WORDS, RU_JUDGED, RU_GOAL, RU_BACKGROUND],
        };
        // A roomy lazy-DFA cache: with the default one the many Unicode word classes of a
        // language's families thrash it and the search falls back to the slow PikeVM.
        regex::RegexSetBuilder::new([
            &p.meeting, &p.agreement_doc, &p.agreement_signed, &p.future, &p.localization, &p.supply, &p.trade,
            &p.investment, &p.program, &p.intent, &p.cooperation,
        ].map(|r| r.as_str()).into_iter().chain(screens))
        .dfa_size_limit(64 << 20)
        .build()
        .expect("trigger set compiles")
    }
    static EN_SET: LazyLock<RegexSet> = LazyLock::new(|| build(Lang::En));
    static RU_SET: LazyLock<RegexSet> = LazyLock::new(|| build(Lang::Ru));
    match lang {
        Lang::En => &EN_SET,
        Lang::Ru => &RU_SET,
    }
}

/// Latin letters that look Cyrillic inside a Russian word ("импoрт" with a Latin o, as some
/// sites write to defeat copying) become Cyrillic, so that trigger words still match; line
/// breaks become spaces.
pub fn fold_lookalikes(s: String) -> String {
    // Text wrapped at a fixed width ("the ambitious $20 billion\ntrade target"): a space
    // between words, so that multi-word triggers still match.
    // (Runs of spaces stay: they are where organization names were masked out.)
    let s = if s.contains(['\n', '\r', '\t']) { s.replace(['\n', '\r', '\t'], " ") } else { s };
    if !s.is_ascii() && s.bytes().any(|b| matches!(b, b'a' | b'e' | b'o' | b'p' | b'c' | b'x' | b'y')) && has_mixed_word(&s) {
        let mut out = String::with_capacity(s.len());
        for word in s.split_inclusive(|c: char| !c.is_alphanumeric()) {
            if word.chars().any(crate::text::is_cyrillic) && word.chars().any(|c| c.is_ascii_lowercase()) {
                out.extend(word.chars().map(|c| match c {
                    'a' => 'а', 'e' => 'е', 'o' => 'о', 'p' => 'р', 'c' => 'с', 'x' => 'х', 'y' => 'у',
                    c => c,
                }));
            } else {
                out.push_str(word);
            }
        }
        out
    } else {
        s
    }
}

/// Whether a word of `s` (a piece `split_inclusive` on non-alphanumerics makes, its
/// separator included) has both Cyrillic and Latin lower-case letters: only then does
/// [`fold_lookalikes`] change anything, and most sentences are told so in one pass.
fn has_mixed_word(s: &str) -> bool {
    let (mut cyrillic, mut latin) = (false, false);
    for c in s.chars() {
        cyrillic |= crate::text::is_cyrillic(c);
        latin |= c.is_ascii_lowercase();
        if cyrillic && latin {
            return true;
        }
        let alphanumeric = match c {
            c if c.is_ascii() => c.is_ascii_alphanumeric(),
            'а'..='я' | 'А'..='Я' | 'ё' | 'Ё' => true,
            c => c.is_alphanumeric(),
        };
        if !alphanumeric {
            (cyrillic, latin) = (false, false);
        }
    }
    false
}

/// Negotiations going on between named sides ("talks are in hand between X and Y",
/// "переговоры продолжаются"): an intent, though no cooperation word is said.
fn talks_under_way(s: &str, lang: Lang) -> bool {
    static EN_T: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(talks|negotiations|consultations) (are|were|is) (also |now |still )?(in hand|under way|underway|ongoing|continuing|in progress|being held|being conducted)(?-u:\b)"));
    static RU_T: LazyLock<Regex> = LazyLock::new(|| re(r"(переговоры|консультации) ([а-я]+ )?(продолжаются|ведутся|идут|проходят)|вед[уе]т переговоры"));
    match lang {
        Lang::En => EN_T.is_match(s),
        Lang::Ru => RU_T.is_match(s),
    }
}

/// (The goal patterns also ride in the trigger set's one pass: [`trigger_set`].)
const RU_GOAL: &str = r"(постав\w* (перед собой )?(цель|задач)|сокра(щ|т)\w* (дол\w+ )?импорт|снижени\w* (дол\w+ )?импорт|снизить (дол\w+ )?импорт|уменьш\w* (дол\w+ )?импорт|(увелич|повы|нарастить|наращивани|довести|доведени)\w* дол\w+ (отечественн|местн|собственн|локальн|казахстанск|узбекск|белорусск|кыргызск|российск)|(основали|создали|создана|создан|созданы|учреждена|образована) (свободн|специальн)\w*[- ]экономическ\w* зон|(свободн|специальн)\w*[- ]экономическ\w* зон\w* (создан|основан|учрежд)|(локализ|производ|выпуск)[а-я]* (до |не менее |около |более )?\d+ ?(%|процент))";
const EN_GOAL: &str = r"(?-u:\b)(set (a|the|itself a|itself the|an ambitious) (goal|target|task)|(reduce|reducing|cut|cutting|lower|lowering|decrease) (the (share|volume) of |dependence on |reliance on )?imports?|(increase|raise|raising|increasing|boost|bring) (the )?(share|level|output|production) of (local|domestic|national|locally|own)|instructed to (increase|raise|reduce|bring|expand)|(establish|create|set up|build|develop|become) (a |an )?([\w\-]+ ){0,3}(hub|free economic zone|special economic zone|free zone)|(free|special) economic zone (was |has been )?(created|established|set up|founded)|(locali[sz]\w*|produc\w*|manufactur\w*) (up to |at least |about |over )?\d+ ?(percent|per cent|%))(?-u:\b)";
/// Where a goal set for a country's industry is named: cut imports, raise the local share of output,
/// found a hub or an economic zone ("set a goal to reduce imports", "необходимо сокращать
/// импорт", "основали свободную экономическую зону"). That is a program, whatever goods it names.
fn policy_goal(s: &str, lang: Lang) -> Option<usize> {
    static EN_G: LazyLock<Regex> = LazyLock::new(|| re(EN_GOAL));
    static RU_G: LazyLock<Regex> = LazyLock::new(|| re(RU_GOAL));
    match lang {
        Lang::En => EN_G.find(s),
        Lang::Ru => RU_G.find(s),
    }
    .map(|m| m.start())
}

/// Where the trigger words of one event family start in a lower-cased sentence.
pub fn trigger_starts(kind: EventType, s: &str, lang: Lang) -> Vec<usize> {
    let p = patterns(lang);
    let family = match kind {
        EventType::Trade => &p.trade,
        EventType::Investment => &p.investment,
        EventType::Supply => &p.supply,
        EventType::Localization => &p.localization,
        _ => return vec![],
    };
    family.find_iter(s).map(|m| m.start()).collect()
}

/// Background on a company's own business ("is one of the leading producers of")
/// is not an event (extraction-format.md). Screened in the trigger set's one pass.
const RU_BACKGROUND: &str = r"((производ|выпуска)[а-я]*ся ([а-я]+ ){0,3}в (более чем )?\d+ (странах|государствах)|(производств|выпуск)[а-я]* ([а-я]+ ){0,3}(вырос|выросл|увеличил|сократил|снизил|упал|удвоил|утроил)[а-я]*|является (одним из )?(ведущ|крупнейш|мировым лидером|лидером)|специализируется|занимается производством|ими производится|производит более|в портфеле|производится на|выпускается на|(экспортиру|поставля|продае|продаю)[а-я]* ([а-я]+ ){0,3}в (более чем |более |свыше |около )?\d+ стран|(производит|выпускает|разрабатывает),? (и )?(производит|выпускает|экспортирует|поставляет|продает)|(основан|основана|основано|создан|создана|создано) в (1[89]\d\d|200\d) году|(выпуска|производ)[а-я]*ся с (1[89]\d\d|200\d) год|(включает|объединяет) (в себя )?(ряд|несколько|\d+) ([а-я]+ )?(заводов|предприятий|фабрик)|(уже )?(имеет|имеют|располагает|располагают) ([а-я]+ ){0,2}(завод|фабрик|предприяти|производственн[а-я]* (мощност|площадк))[а-я]* в|(действуют|работают|функционируют|зарегистрирован[аоы]?) (около |более |свыше |порядка |почти )?[0-9]+ ([а-я]+ ){0,2}(предприяти|компани|совместн)[а-я]*)";
const EN_BACKGROUND: &str = r"(?-u:\b)(is engaged in|(are|is) (produced|manufactured|made) in (more than |over |about )?\d+ countries|(production|output|manufacturing) of ([a-z\-]+ ){0,3}(grew|rose|increased|fell|declined|dropped|doubled|tripled)|(is|are) (a |an )?(part|subsidiary|division|unit) of ([a-z&\-]+ ){0,4}(\(|,)|operat(es|ing) in (more than |over |about |some |nearly )?\d+ countries|leading (worldwide|globally|in the world) in|specializes in|specialises in|is one of the (largest|leading|biggest)|is a leading|leading (manufacturer|producer)|world leader|currently produces|produces more than|portfolio includes|is produced at|are produced at|is manufactured at|are manufactured at|(exported|sold|supplied) to (more than |over |about |some |nearly |around )?\d+ countries|exports? ([a-z\-]+ ){0,4}to (more than |over |about |some |nearly |around )?\d+ countries|(designs|develops|makes|produces|manufactures),? (and )?(makes|produces|manufactures|sells|exports|markets)|(was )?(founded|established) in (1[89]\d\d|200\d)|(produced|manufactured|made) since (1[89]\d\d|200\d)|(includes|comprises) (a number of |several |\d+ )?(other )?(plants|factories|enterprises)|(has|have) been (producing|manufacturing|making) [a-z\-, ]{0,40}since (1[89]\d\d|200\d)|(already )?(has|have|operates|owns) (its own |their own |its |their )?(\d+|two|three|four|five|six|several|a number of|many) ([a-z\-]+ ){0,2}(plants|factories|units|facilities|sites|enterprises) in|there are (about |around |over |more than |some |nearly |almost )?[0-9,]+ ([a-z\-]+ ){0,5}(operating|working|functioning|registered|active))(?-u:\b)";

/// A count of projects with their total worth: `Some(true)` when they were launched, `Some(false)`
/// when formed or planned.
fn projects_portfolio(s: &str, lang: Lang) -> Option<bool> {
    static EN_P: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)\d+ ([a-z\-]+ )?projects (worth|with a total (value|cost) of|totaling|totalling|valued at)(?-u:\b)"));
    static RU_P: LazyLock<Regex> = LazyLock::new(|| re(r"\d+ ([а-я]+ )?проект[а-я]* (на (общую )?сумму|стоимостью|общей стоимостью)"));
    static EN_L: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(were|have been|has been) (launched|commissioned|put into operation|completed)(?-u:\b)"));
    static RU_L: LazyLock<Regex> = LazyLock::new(|| re(r"(были |было )?(запущен|введен|реализован)[аоы]?(?:[^\p{L}]|$)"));
    let (portfolio, launched) = match lang {
        Lang::En => (&*EN_P, &*EN_L),
        Lang::Ru => (&*RU_P, &*RU_L),
    };
    portfolio.is_match(s).then(|| launched.is_match(s) && !s.contains("scheduled") && !s.contains("planned") && !s.contains("планиру"))
}

/// A flow of goods told as a statistic: exports or imports as the subject of a measuring verb
/// ("exports will exceed $1 billion", "импорт составил $5 млн"), or a yearly rate. What the
/// imports consisted of ("основу импорта составили пряжа, фрукты") names goods: still a supply. A named supplier
/// ("импорт от московских компаний", "imports from the company") makes it a supply after all.
fn aggregate_flow(s: &str, lang: Lang) -> bool {
    static EN_A: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(in|during|for) the (financial|fiscal) year(?-u:\b)[^.;]{0,120}?(?-u:\b)(exported|imported|exports|imports)(?-u:\b)|(?-u:\b)(exports?|imports?|deliveries|supplies|shipments)(?-u:\b)[^.;]{0,80}?(?-u:\b)(amount(s|ed)? to|(will |to )?reach(ed|es)?|(will )?exceed(s|ed)?|total(l)?ed|totals|stood at|stands at|grew|rose|increased|decreased|fell|declined|dropped|jumped|surged|climbed|shr[au]nk|sinking|sank|plunged|soared|slumped|(is|are|was|were) estimated at|per year|a year|annually|per annum)(?-u:\b)|\d ?(%|percent|per cent) of ([a-z\.\-]+ ){0,3}(exports|imports)(?-u:\b)|(?-u:\b)(exports|imports) (were|was) (\$|€|us\$|usd |eur |\d)|(?-u:\b)(exports?|imports?)\W{1,3}(by )?\d+(\.\d+)? ?(times|fold|%|percent|per cent)"));
    static RU_A: LazyLock<Regex> = LazyLock::new(|| re(r"(экспорт|импорт|ввоз|вывоз)[а-я]*[^.;]{0,80}?((составил|составля|составит|составят|превысил|превысит|превышает|превышал|достиг|вырос|выросл|увеличил|сократил|снизил|оценива)[^.;]{0,40}\d|в год(?:[^\p{L}]|$)|ежегодно)|\d ?(%|процент[а-я]*) ([а-я]+ ){0,2}(экспорта|импорта)|доля ([а-я]+ ){0,2}(экспорта|импорта)|(экспорт|импорт)[а-я]* — в [а-я0-9]+ раз|\d ?(%|процент[а-я]*) ([а-я]+ ){0,3}(поставля|импортир|ввоз|закупа)[а-я]*|(поставля|ввоз|закупа)[а-я]*ся (из-за рубежа|из-за границы|по импорту)"));
    static NAMED: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)from (the |its |[a-z]+ )?(company|companies|firm|manufacturer|manufacturers)(?-u:\b)|от ([а-я]+ )?(компани|производител|предприяти|фирм)"));
    let hit = match lang {
        Lang::En => EN_A.is_match(s),
        Lang::Ru => RU_A.is_match(s),
    };
    hit && !NAMED.is_match(s)
}

fn trade_as_aim(s: &str, lang: Lang) -> bool {
    static EN_A: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(impetus (for|to)|barriers (in|to)|importance of (increasing|boosting|expanding|developing)|contribut\w* to|interest in (further )?(enhancing|increasing|boosting|expanding|developing)|involved in (the )?(development|promotion) of|(enhanc|increas|boost|expand|develop|promot)\w* (of )?(the )?(bilateral |mutual )?) ([a-z\-]+ ){0,3}(trade|turnover)(?-u:\b)|(?-u:\b)(largest|biggest|main|major|leading|key|important|second|third|fourth|fifth|top) ([a-z\-]+ ){0,2}trad(e|ing) partners?(?-u:\b)"));
    static RU_A: LazyLock<Regex> = LazyLock::new(|| re(r"(импульс|барьер\w*|важност\w*) ([а-я]+ ){0,3}(торговл|товарооборот)|(крупнейш|основн|ведущ|главн|важн|втор|трет)[а-я]* ([а-я]+ ){0,2}торгов[а-я]* партнер"));
    static MONEY: LazyLock<Regex> = LazyLock::new(|| re(r"\d"));
    let aim = match lang {
        Lang::En => EN_A.is_match(s),
        Lang::Ru => RU_A.is_match(s),
    };
    aim && !MONEY.is_match(s)
}

/// Exports *to* or imports *from* a named side: the measured flow is between two sides.
fn bilateral_flow(s: &str, lang: Lang) -> bool {
    static EN_B: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(exports?|imports?) (of [a-z\- ]{1,40} )?(to|from) (the )?[a-z]|(?-u:\b)(exports?|imports?) between(?-u:\b)"));
    static RU_B: LazyLock<Regex> = LazyLock::new(|| re(r"(экспорт|импорт)[а-я]* ([а-я]+ ){0,3}(из|в|во) (?:[а-я]+ )?(росси|казахстан|узбекистан|кыргызстан|киргизи|таджикистан|туркмени|беларус|белорусси|армени|азербайджан|грузи|китай|кнр|инди|иран|турци|монголи)|(экспорт|импорт)[а-я]* между"));
    match lang {
        Lang::En => EN_B.is_match(s),
        Lang::Ru => RU_B.is_match(s),
    }
}

/// The imports a new production is to replace ("previously purchased abroad", "ранее
/// импортировали"): what used to be, not a shipment.
fn replaced_imports(s: &str, lang: Lang) -> bool {
    // ("imported from abroad", "закупаются за рубежом": goods a country depends on abroad for.)
    static EN_R: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)((previously|formerly|traditionally|until now|so far) ([a-z]+ ){0,3}(imported|purchased|bought)|used to (be )?(import|imported|purchase|purchased|buy|bought)|(is|are) (currently |mostly |mainly |still )?imported|(imported|purchased|bought) from abroad)(?-u:\b)"));
    static RU_R: LazyLock<Regex> = LazyLock::new(|| re(r"(ранее|прежде|до сих пор|до этого|раньше|традиционно) ([^ ]+ ){0,6}(приобрета|закупа|закупл|импорт|ввози|ввоз|покупа)|(такую|подобную|эту|данную|такие|эти) (продукци|препарат|издели|товар)[а-я]* ([а-я]+ ){0,2}(импортиру|закупа|ввози|приобрета)|(которые|что) ([а-я]+ ){0,2}(поставляли|импортировали|ввозили)|(приобретаются|приобретается|закупаются|закупается|ввозятся|ввозится|импортируются|импортируется) ([а-я]+ ){0,2}(за рубежом|за границей|из-за рубежа|из-за границы)"));
    match lang {
        Lang::En => EN_R.is_match(s),
        Lang::Ru => RU_R.is_match(s),
    }
}

/// A judgement passed on what was told ("will be a significant step in strengthening ties",
/// "is a contribution to", "Это важно не только для государств"): commentary, no event of
/// its own. (An impetus given to cooperation is a wish for more of it: that stays an intent.)
/// `hit` is the sentence's trigger set pass, which screens for the judgement words.
fn is_commentary(hit: &SetMatches, s: &str, lang: Lang) -> bool {
    hit.matched(JUDGED) || tells_effect(s, lang)
}
const RU_JUDGED: &str = r"(станет|стал[аио]?|является|будет|послужит) ([а-я]+ ){0,2}(шагом|вкладом|примером|сигналом)(?:[^\p{L}]|$)|^\W*это (очень )?важно|выразил[аи]? (уверенность|надежду|удовлетворение)";
const EN_JUDGED: &str = r"(?-u:\b)((is|will be|would be|could be|became|becomes|was) (a |an |the )?([a-z\-]+ ){0,2}(step|contribution|milestone|example|signal) (in|to|towards|toward|for|aimed|that|which)|^\W*it is important (not only|that|for)|expressed (his |her |their |its |the [a-z']+ )?(confidence|hope|satisfaction))(?-u:\b)";

/// What a project or measure already told is for or will bring ("The project is designed to
/// create jobs", "The initiative is part of the broader strategy", "Такая мера обеспечит
/// поддержку производителям", "Проект позволит сократить импорт"): its purpose, not another event.
/// (Its figures still join the event told: a sentence with no event passes them on.)
fn tells_effect(s: &str, lang: Lang) -> bool {
    static EN_E: LazyLock<Regex> = LazyLock::new(|| re(r"^\W*(the|this|that|such an?|these|those) (new |joint |proposed |planned )?([a-z\-]+ ){0,2}(project|projects|initiative|measure|measures|plant|facility|enterprise|step|decision|partnership|venture|move|program|programme|mechanism)(?-u:\b) ((is|are|was|were) (designed|intended|aimed|expected|called|meant|set) (to|at)|(is|are) (a |an )?part of|aims? (to|at)|(will|would|should|could|can|is to|are to) (also |further |significantly |fully |greatly ){0,2}(help|allow|enable|contribute|boost|enhance|strengthen|ensure|reduce|improve|promote|stimulate|cover|meet|make it possible|lead to|give)|(helps|allows|enables|contributes|promotes|ensures))(?-u:\b)"));
    static RU_E: LazyLock<Regex> = LazyLock::new(|| re(r"^\W*(проект|это|эта мера|такая мера|данная мера|такие меры|эти меры|инициатива|такое решение|это решение|реализация (проекта|этого проекта|данного проекта|программы)|новое производство|новое предприятие|предприятие|завод)[а-я]* ((также |в том числе |в перспективе |в дальнейшем )?(позволит|позволят|позволяет|поможет|помогут|обеспечит|обеспечат|будет способствовать|будут способствовать|способствует|будет стимулировать|стимулирует|станет частью|является частью|призван|призвана|призвано|направлен|направлена|направлено)(?:[^\p{L}]|$))"));
    // "According to official media, this initiative aims to ...": the source named first.
    static SOURCE_FIRST: LazyLock<Regex> = LazyLock::new(|| re(r"^\W*(according to|as reported by|citing) [^,;]{0,100}, |^\W*(по данным|по словам|по информации|как сообщает|как сообщил[аи]?) [^,;]{0,100}, "));
    let s = SOURCE_FIRST.find(s).map_or(s, |m| &s[m.end()..]);
    match lang {
        Lang::En => EN_E.is_match(s),
        Lang::Ru => RU_E.is_match(s),
    }
}

/// Sports news signs contracts with players and meets rivals: none of it is cooperation.
/// Screened in the trigger set's one pass.
const SPORT_WORDS: &str = r"(football|soccer|striker|goalkeeper|midfielder|defender|the match|championship|tournament|olympic|wrestl|boxing|футбол|нападающ|вратар|полузащитник|защитник команды|матч|чемпионат|турнир|олимпи|борьб[аеы] |сборная|сборной|тайм)";

/// Goods moving between countries, told by a verb that alone says nothing ("sent",
/// "provided", "направила") next to the goods themselves: "received 100,000 doses",
/// "provided by the Government of Japan ... doses", "Россия направила партию гуманитарной
/// помощи", "поступила партия вакцины". Humanitarian aid is goods sent.
fn receives_goods(s: &str, lang: Lang) -> bool {
    const EN_GOODS: &str = r"(doses|dozes|vaccines?|medicines|medications|drugs|medical (equipment|devices|supplies)|equipment|kits|batch|consignment|shipment|cargo|tons|tonnes|units|ventilators|masks|tests|test systems|syringes|reagents|concentrators|ambulances|humanitarian (aid|assistance|cargo))";
    const EN_MOVE: &str = r"(received|receives|receive|will receive|arrived|arrives|arrival of|to be sold to|will be sold to|humanitarian (aid|assistance|cargo)|handed over|provided|provides|will provide|provide|sent|sends|will send|send|dispatched|gifted|allocated|landed)";
    static EN_R: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?-u:\b){EN_MOVE}(?-u:\b)[^;]{{0,80}}(?-u:\b){EN_GOODS}(?-u:\b)|(?-u:\b)humanitarian (aid|assistance|cargo)(?-u:\b)|(?-u:\b){EN_GOODS}(?-u:\b).*(?-u:\b)(arrived|will arrive|arrive|received|delivered|provided by|provided from|sent by|sent from|donated by|landed)(?-u:\b)")));
    const RU_GOODS: &str = r"(доз|вакцин|лекарств|препарат|медикамент|медизделия|медицинск\w* издели|оборудован|набор|парти|тонн|единиц|аппарат|масок|тест|шприц|реагент|концентратор|груз|средств\w* индивидуальной защиты)";
    const RU_MOVE: &str = r"(получил|получит|получат|поступил|поступит|поступят|поступа|прибыл|доставил|доставят|доставит|доставлен|гуманитарн|отправил|отправлен|направил|направлен|передадут|подарит|подарил|подарят|привез)";
    // "выделит ... 500 тыс. доз", not "выделил кредит производителю лекарств": allotted goods come right after.
    static RU_R: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"{RU_MOVE}[а-я]*,?( [^ ]+){{0,8}} [^ ]*{RU_GOODS}|выдел[а-я]* ([^ ]+ ){{0,5}}(доз|вакцин|парти|тонн|шприц|тест)|{RU_GOODS}.*(гуманитарн\w* помощ|доставлен|отправлен|поступил|прибыл)|гуманитарн\w* (помощ|груз)")));
    // "направлено на установление сотрудничества": aimed at, not sent.
    static AIMED: LazyLock<Regex> = LazyLock::new(|| re(r"направлен\w* на "));
    // "the project provides for the construction of a vaccine plant": envisages, gives nothing.
    static ENVISAGES: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)provid(e|es|ed|ing) for (the |a |an )?(construction|creation|establishment|building|organi[sz]ation|launch|development|implementation|moderni[sz]ation|upgrade|expansion|setting up|production|allocation|exemption|introduction)(?-u:\b)"));
    match lang {
        Lang::En => EN_R.is_match(&ENVISAGES.replace_all(s, " ")),
        Lang::Ru => RU_R.is_match(&AIMED.replace_all(s, " ")),
    }
}

fn has_past_signing(s: &str, lang: Lang) -> bool {
    if ["will be signed", "to be signed", "would be signed", "will be concluded", "could be signed", "may be signed", "can be signed", "might be signed", "будут подписаны", "будет подписан", "могут быть подписаны", "может быть подписан", "планируется подписать", "будут заключены", "будет заключен"].iter().any(|f| s.contains(f)) {
        return false;
    }
    match lang {
        Lang::En => s.contains("signed") || s.contains("inked") || s.contains("concluded") || s.contains("entered into"),
        // Past forms only: "подписание", "заключение" (the signing) may lie ahead.
        Lang::Ru => {
            static RU_PAST: LazyLock<Regex> = LazyLock::new(|| re(r"(подписал|подписан([аоы]|ные|ный|ное|ного|ных|ному|ной|ную|ным|ными)?(?:[^\p{L}]|$)|заключил|заключ[её]н([аоы]|ные|ный|ное|ного|ных|ному|ной|ную|ным|ными)?(?:[^\p{L}]|$))"));
            RU_PAST.is_match(s)
        }
    }
}

fn meeting_is_future(s: &str, lang: Lang) -> bool {
    static EN_F: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)((will|plans? to|intends? to|is to|expected to|invited to|scheduled to|agreed to|ready to|readiness to|proposed to) (visit|meet|hold|pay)|next meeting|upcoming|will take place|will be held|scheduled for)"));
    static RU_F: LazyLock<Regex> = LazyLock::new(|| re(r"((планирует|планируют|намерен[а-я]*|собирается|собираются) ([а-я]+ ){0,2}(посетить|встретиться|провести|принять участие|приехать|побывать|совершить)|пригласил|приглашение|предстоящ|посетит|состоится|пройдет|(готов[а-я]*|предлож[а-я]*|договорились|планиру[а-я]*) ([а-я]+ ){0,2}(провести|проведени[а-я]*) ([а-я]+ ){0,2}(заседани|встреч|переговор|форум)|следующ[а-я]* (заседани|встреч))"));
    match lang {
        Lang::En => EN_F.is_match(s),
        // "..., заявил председатель по итогам встречи": what is intended is the project; the meeting took place.
        Lang::Ru => RU_F.is_match(s) && !s.contains("состоял") && !s.contains("по итогам встреч") && !s.contains("по итогам переговоров"),
    }
}

/// Stage of an event of `kind` read from the sentence's wording.
pub fn stage(kind: EventType, s: &str, lang: Lang) -> Option<Stage> {
    let p = patterns(lang);
    match kind {
        EventType::Meeting | EventType::Trade => None,
        EventType::Agreement => Some(Stage::Agreed),
        EventType::Intent => Some(Stage::Discussed),
        _ => {
            let future = p.future.is_match(s);
            // Talks about a project put it at "discussed", whatever verbs the project itself takes.
            static TALKS: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(to discuss|discussed|discussing|held talks|talks on|talks with|negotiations on|(negotiations|talks|consultations) (were|was) held|proposal|proposed|considering|to explore)(?-u:\b)|обсудить|обсудили|обсуждали|обсуждается|переговоры о|переговоров о|предложени|рассматрива"));
            if TALKS.is_match(s) && !p.agreed.is_match(s) {
                return Some(Stage::Discussed);
            }
            // "достигнута договорённость о поставках", "agreed to set up a plant": decided, not yet done.
            static UNDERSTOOD: LazyLock<Regex> = LazyLock::new(|| re(r"договорились|договоренност|договорённост|удалось договориться|(?-u:\b)(agreed (to|on|upon)|reached (an )?(agreement|understanding) (on|to))(?-u:\b)"));
            if UNDERSTOOD.is_match(s) && !p.in_progress.is_match(s) {
                return Some(Stage::Agreed);
            }
            if p.in_progress.is_match(s) && !future {
                Some(Stage::InProgress)
            } else if p.done.is_match(s) && !future {
                Some(Stage::Done)
            } else if p.agreed.is_match(s) {
                Some(Stage::Agreed)
            } else if p.discussed.is_match(s) || future {
                Some(Stage::Discussed)
            } else {
                Some(Stage::Done)
            }
        }
    }
}

/// The kind of document an agreement sentence speaks of.
pub fn instrument(s: &str, lang: Lang) -> Instrument {
    let checks: &[(&str, Instrument)] = match lang {
        Lang::En => &[
            ("memorand", Instrument::Memorandum), ("mou", Instrument::Memorandum), ("framework", Instrument::Framework),
            ("road map", Instrument::Roadmap), ("roadmap", Instrument::Roadmap), ("intergovernmental", Instrument::Intergovernmental),
            ("investment agreement", Instrument::Investment), ("contract", Instrument::Contract),
        ],
        Lang::Ru => &[
            ("меморандум", Instrument::Memorandum), ("рамочн", Instrument::Framework), ("дорожн", Instrument::Roadmap),
            ("межправительствен", Instrument::Intergovernmental), ("инвестиционн", Instrument::Investment),
            ("контракт", Instrument::Contract), ("договор ", Instrument::Contract),
        ],
    };
    for (needle, inst) in checks {
        if s.contains(needle) {
            return *inst;
        }
    }
    Instrument::Other
}

#[cfg(test)]
mod tests {
    use super::*;
    use EventType::*;

    fn types(s: &str, lang: Lang) -> Vec<EventType> {
        event_types(&s.to_lowercase(), lang)
    }

    #[test]
    fn lookalike_letters_fold_only_inside_mixed_words() {
        // A Latin "o" and "p" inside Russian words; a Latin name beside Russian ones stays.
        assert_eq!(fold_lookalikes("импoрт вакцин из indii выpoс".to_string()), "импорт вакцин из indii вырос");
        assert_eq!(fold_lookalikes("компания pharm-group и завод\nв минске".to_string()), "компания pharm-group и завод в минске");
        assert!(has_mixed_word("экспoрт") && !has_mixed_word("экспорт of goods") && !has_mixed_word("a-б"));
    }

    #[test]
    fn english_types_in_our_own_sentences() {
        assert_eq!(types("The ministers met in Astana to review joint projects.", Lang::En), [Meeting]);
        assert_eq!(types("The two firms signed a memorandum on building a plant to produce insulin in Tashkent.", Lang::En), [Agreement, Localization]);
        assert_eq!(types("Three million doses of the vaccine were delivered to Bishkek.", Lang::En), [Supply]);
        assert_eq!(types("Bilateral trade reached $2 billion last year.", Lang::En), [Trade]);
        assert_eq!(types("The sides discussed prospects for cooperation in healthcare.", Lang::En), [Intent]);
        assert_eq!(types("The agreement will be signed next month, the sides said of their cooperation.", Lang::En), [Intent]);
        assert!(types("The weather was sunny in the capital.", Lang::En).is_empty());
    }

    #[test]
    fn russian_types_in_our_own_sentences() {
        assert_eq!(types("Стороны подписали меморандум о сотрудничестве.", Lang::Ru), [Agreement]);
        assert_eq!(types("Компания построит завод по производству вакцин в Казахстане.", Lang::Ru), [Localization]);
        assert_eq!(types("Товарооборот между странами вырос на 10%.", Lang::Ru), [Trade]);
        assert_eq!(types("Министр провел встречу с послом Китая.", Lang::Ru), [Meeting]);
        assert!(types("Сборная выиграла матч со счетом 2:0.", Lang::Ru).is_empty());
    }

    #[test]
    fn wrapped_and_disguised_text_still_triggers() {
        assert_eq!(fold_lookalikes("импoрт лекарств".to_string()), "импорт лекарств");
        assert_eq!(fold_lookalikes("the $5 billion\ntrade target".to_string()), "the $5 billion trade target");
        assert_eq!(types(&fold_lookalikes("Both sides reaffirmed the $5 billion\ntrade target.".to_lowercase()), Lang::En), [Trade]);
    }

    #[test]
    fn stages_follow_wording() {
        assert_eq!(stage(Localization, "the plant is under construction", Lang::En), Some(Stage::InProgress));
        assert_eq!(stage(Supply, "the doses were delivered", Lang::En), Some(Stage::Done));
        assert_eq!(stage(Localization, "they plan to produce drugs", Lang::En), Some(Stage::Discussed));
        assert_eq!(stage(Localization, "завод открыт в городе", Lang::Ru), Some(Stage::Done));
        assert_eq!(instrument("подписали рамочное соглашение", Lang::Ru), Instrument::Framework);
        assert_eq!(stage(Localization, "the minister received the ambassador to discuss joint production", Lang::En), Some(Stage::Discussed));
    }
}

/// Investing or investments spoken of, not merely an investor named in passing.
pub fn invests(s: &str, lang: Lang) -> bool {
    static EN_V: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(invest|invests|invested|investing|co-invest|financ(e|es|ed)|fund(s|ed)?|loans?|lend|lends|lending|lent|credit line)(?-u:\b)"));
    // The noun, or the adjective of projects and cooperation ("совместных инвестиционных
    // проектов", "инвестиционного сотрудничества"), as English "investment projects" counts.
    static RU_N: LazyLock<Regex> = LazyLock::new(|| re(r"инвестици[йиеяю]|инвестиционн[а-я]* (проект|сотрудничеств)"));
    static RU_V: LazyLock<Regex> = LazyLock::new(|| re(r"(инвестирует|инвестировал|инвестировать|инвестируют|вложит|вложил|вложат|вложить|профинансир|финансирует|кредит|выдел(ит|ят|ил|или|ила|ено|ены|яет)[а-я]* ([^ .;]+ ){0,3}(млн|млрд|миллион|миллиард)|при (финансовой )?поддержке ([а-я]+ ){0,2}фонд[а-я]* развития)"));
    // "cooperation in trade and investment", "investment ties": a field of cooperation named.
    static FIELD: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)((trade|economic|industrial|financial|scientific)(,)? and investments?|investment (cooperation|sphere|field|ties|relations|partnership|potential|climate|attractiveness|opportunities)|(assessment|evaluation) of (foreign )?investments?)(?-u:\b)"));
    match lang {
        Lang::En => EN_V.is_match(s) || FIELD.replace_all(s, " ").contains("investment"),
        // The noun, not the adjective: an "инвестиционная группа" or an "инвестиционный
        // договор" is a name or a kind of document, not money going in.
        Lang::Ru => {
            static RU_FIELD: LazyLock<Regex> = LazyLock::new(|| re(r"(торговл|экономик|промышленност)[а-я]* и инвестици[а-я]*|(в сфере|в области|по вопросам) инвестиций"));
            RU_V.is_match(s) || RU_N.is_match(&RU_FIELD.replace_all(s, " "))
        }
    }
}
