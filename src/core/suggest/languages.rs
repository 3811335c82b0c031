//! Articles in French, German, Spanish and Portuguese. The attribution rules read English;
//! here the function words, speech verbs, titles, days and months of these languages are read
//! as their English counterparts. Only a token's `norm` changes (and a few tokens are split,
//! "dit-il", "l’Assemblée"): spans stay on the article's own words, so every mention a
//! suggestion points at is what the article says.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::core::case::Lowercase;
use crate::core::sort;
use crate::core::suggest::tokens::Token;
use crate::core::text::Span;

/// The language the rules read an article in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Language {
    #[default]
    English,
    French,
    German,
    Spanish,
    Portuguese,
}

/// The article's language, from how often each language's commonest words occur in its
/// first 20,000 bytes. English unless another language's words are clearly the commoner.
pub fn detect(text: &str) -> Language {
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut counts = [0usize; 5];
    for w in text[..end].split(|c: char| !c.is_alphabetic()).filter(|w| (2..=4).contains(&w.len())) {
        let w = w.lowercase();
        for (n, list) in counts.iter_mut().zip(COMMON) {
            *n += usize::from(list.split(' ').any(|c| c == w));
        }
    }
    let (best, &most) = counts.iter().enumerate().skip(1).max_by_key(|&(_, n)| n).unwrap_or((0, &0));
    // Two languages as common as each other: neither is clearly the article's.
    let tied = counts[1..].iter().filter(|&&n| n == most).count() > 1;
    match best {
        _ if most <= 2 * counts[0] + 4 || tied => Language::English,
        1 => Language::French,
        2 => Language::German,
        3 => Language::Spanish,
        _ => Language::Portuguese,
    }
}

/// Rewrites the tokens of an article in `lang` as the English rules read them.
pub fn translate(tokens: Vec<Token>, text: &str, lang: Language) -> Vec<Token> {
    if lang == Language::English {
        return tokens;
    }
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    for t in tokens {
        let raw = t.span.slice(text).unwrap_or_default();
        let french_word = lang == Language::French && t.is_word;
        // "l’Assemblée", "d’Astrid", "qu’il": the elided word is a word of its own.
        if let Some((a, cut)) = elision(raw).filter(|_| french_word) {
            let mut head = Token { span: Span::new(t.span.start, t.span.start + cut), norm: raw[..a].lowercase(), ..t.clone() };
            head.possessive = false;
            let rest = &raw[cut..];
            out.push(head);
            if !rest.is_empty() {
                let capital = rest.starts_with(char::is_uppercase);
                out.push(Token { span: Span::new(t.span.start + cut, t.span.end), norm: rest.lowercase(), capital, ..t });
            }
        } else if let Some((verb, french, pronoun)) = inverted_pronoun(raw).filter(|_| french_word && !t.capital) {
            // "dit-il", "a-t-elle", "ajoute-t-on": a verb and its subject written after it.
            let at = t.span.end - french.len();
            let verb_norm = verb.lowercase();
            let is_aux = matches!(verb_norm.as_str(), "a" | "avait" | "ont" | "avaient" | "aurait");
            // "a-t-il déclaré" is "he said"; "dit-il" is "said he".
            if !is_aux {
                out.push(Token { span: Span::new(t.span.start, t.span.start + verb.len()), norm: verb_norm, ..t.clone() });
            }
            out.push(Token { span: Span::new(if is_aux { t.span.start } else { at }, t.span.end), norm: pronoun.to_string(), capital: false, ..t });
        } else {
            out.push(t);
        }
    }
    let table = words(lang);
    for i in 0..out.len() {
        if !out[i].is_word {
            continue;
        }
        // A particle inside a name stays one ("Marine Le Pen", "Ursula von der Leyen").
        let prev_name = i > 0 && out[i - 1].capital && out[i - 1].is_word && !opens_sentence(&out, i - 1);
        let next_name = out.get(i + 1).is_some_and(|n| n.capital || matches!(n.norm.as_str(), "der" | "la"));
        let second = i > 0 && matches!(out[i - 1].norm.as_str(), "von" | "van" | "de") && out.get(i + 1).is_some_and(|n| n.capital);
        if (prev_name && next_name && matches!(out[i].norm.as_str(), "le" | "la" | "de" | "du" | "da" | "do" | "dos" | "von" | "van")) || (second && matches!(out[i].norm.as_str(), "der" | "la")) {
            out[i].capital = false;
            continue;
        }
        if out[i].capital && !opens_sentence(&out, i) && matches!(lang, Language::French | Language::Spanish | Language::Portuguese) {
            // "la ministre du Travail", "le président de la République", "la ministra de
            // Trabajo": the office's domain, no name.
            let mut k = i;
            while k > 0 && matches!(out[k - 1].norm.as_str(), "la" | "l" | "el" | "a" | "o" | "the") {
                k -= 1;
            }
            let office = k >= 2 && matches!(out[k - 1].norm.as_str(), "de" | "du" | "des" | "d" | "del" | "do" | "da" | "of") && {
                // Words before are read already: "ministre" is "minister" by now.
                let w = &out[k - 2].norm;
                TITLE_WORDS.iter().chain(&["prime", "senator", "director", "commissioner", "leader", "king", "queen"]).any(|t| w == t)
            };
            if office {
                out[i].capital = false;
            }
            continue;
        }
        // "„…“, sagten sie", "haben sie": after a verb in the plural, German "sie" is "they"
        // (not after an article or pronoun in "-en", read by now: "den sie kritisierte").
        let after_plural = |p: &Token| {
            let verb = p.span.slice(text).unwrap_or_default();
            p.is_word && verb.ends_with("en") && verb.starts_with(char::is_lowercase) && !matches!(p.norm.as_str(), "the" | "a" | "his" | "her" | "their")
        };
        if lang == Language::German && out[i].norm == "sie" && i > 0 && after_plural(&out[i - 1]) {
            out[i].norm = "they".to_string();
            continue;
        }
        let english = read_word(table, lang, &out[i].norm);
        // German "so" reports speech only after a comma: "„…“, so Habeck".
        let english = english.filter(|e| *e != "said" || out[i].norm != "so" || (i > 0 && out[i - 1].is(",")));
        if let Some(english) = english {
            // German nouns are capitalised: a translated noun or verb is no name.
            if lang == Language::German && !opens_sentence(&out, i) && !TITLE_WORDS.contains(&english) {
                out[i].capital = false;
            }
            out[i].norm = english.to_string();
        } else if lang == Language::German && out[i].capital && i > 0 && out[i - 1].is_word {
            // "der Zeitung", "die Europäische Union": after an article a capitalised German
            // word is a noun, not a name; a person is named after a title ("Kanzler
            // Scholz") or with a given name.
            if matches!(out[i - 1].norm.as_str(), "the" | "a" | "his" | "her") {
                out[i].capital = false;
                let mut k = i + 1;
                while out.get(k).is_some_and(|n| n.capital && n.is_word && n.block == out[i].block) {
                    out[k].capital = false;
                    k += 1;
                }
            }
        }
    }
    out
}

/// A phrase of the article ("La ministre du Travail", "der Minister") as the rules read it
/// ("the minister of Travail", "the minister"): descriptions are compared as words, not
/// tokens. English phrases are returned as they are.
pub fn english(phrase: &str, lang: Language) -> Cow<'_, str> {
    if lang == Language::English {
        return Cow::Borrowed(phrase);
    }
    let table = words(lang);
    let mut out: Vec<String> = Vec::new();
    for word in phrase.split_whitespace() {
        // "l’Assemblée": the article and the noun.
        let (elided, word) = match elision(word).filter(|_| lang == Language::French) {
            Some((a, cut)) => (Some(&word[..a]), &word[cut..]),
            None => (None, word),
        };
        for w in elided.into_iter().chain([word]).filter(|w| !w.is_empty()) {
            let read = read_word(table, lang, &w.lowercase());
            out.push(read.map_or_else(|| w.to_string(), str::to_string));
        }
    }
    Cow::Owned(out.join(" "))
}

/// "l’Assemblée", "qu'il": where an elided word's apostrophe is and where the next word
/// starts, when the apostrophe comes within its first three bytes.
fn elision(word: &str) -> Option<(usize, usize)> {
    let a = word.find(['’', '\'']).filter(|&a| a > 0 && a <= 3)?;
    Some((a, a + word[a..].chars().next().map_or(1, char::len_utf8)))
}

/// The English word the rules read for `lower` (a word in lower case), if the language has one.
fn read_word(table: &Words, lang: Language, lower: &str) -> Option<&'static str> {
    let listed = table.binary_search_by(|(w, _)| (*w).cmp(lower)).ok().map(|i| table[i].1);
    listed.or_else(|| (lang == Language::German).then(|| german_compound(lower)).flatten())
}

/// The commonest short words of English, French, German, Spanish and Portuguese (those a
/// language shares with another left out), for [`detect`].
const COMMON: [&str; 5] = [
    "the and of to is that was for with said his her he she it are on as at by has have from",
    "le la les et des est une dans que pour qui du au aux sur pas il elle ont par avec ce",
    "der die und das ist nicht mit den ein sich auf für dem des eine von zu im er sie auch",
    "el los las del con una su al lo pero sus más fue ha",
    "os do da dos das em no na um uma com não ao aos nos nas pelo pela foi são ele ela mais seu sua",
];

/// "dit-il" → ("dit", "il", "he"); "a-t-elle" → ("a", "elle", "she"). On the token as
/// written (the suffixes are ASCII, so every cut is on a character boundary).
fn inverted_pronoun(raw: &str) -> Option<(&str, &'static str, &'static str)> {
    for (suffix, english) in [("-t-il", "he"), ("-t-elle", "she"), ("-t-on", "they"), ("-ils", "they"), ("-elles", "they"), ("-il", "he"), ("-elle", "she")] {
        let Some(cut) = raw.len().checked_sub(suffix.len()).filter(|&c| raw.is_char_boundary(c)) else { continue };
        if raw[cut..].eq_ignore_ascii_case(suffix) && cut > 0 && !raw[..cut].contains('-') {
            return Some((&raw[..cut], suffix.trim_start_matches("-t").trim_start_matches('-'), english));
        }
    }
    None
}

/// Whether token `i` opens its sentence or paragraph (so its capital says nothing).
fn opens_sentence(tokens: &[Token], i: usize) -> bool {
    i == 0 || {
        let p = &tokens[i - 1];
        p.block != tokens[i].block || matches!(p.norm.as_str(), "." | "?" | "!" | ":" | "«" | "»" | "„" | "“" | "”" | "\"" | "(")
    }
}

/// A language's words, sorted once for binary search: a long paste looks up every word.
type Words = Vec<(&'static str, &'static str)>;

fn words(lang: Language) -> &'static Words {
    static FR: OnceLock<Words> = OnceLock::new();
    static DE: OnceLock<Words> = OnceLock::new();
    static ES: OnceLock<Words> = OnceLock::new();
    static PT: OnceLock<Words> = OnceLock::new();
    let (cell, table) = match lang {
        Language::French => (&FR, FRENCH),
        Language::Spanish => (&ES, SPANISH),
        Language::Portuguese => (&PT, PORTUGUESE),
        _ => (&DE, GERMAN),
    };
    cell.get_or_init(|| {
        let mut pairs: Words = table.split_ascii_whitespace().filter_map(|pair| pair.split_once(':')).collect();
        sort::sort_by(&mut pairs, |a, b| a.0.cmp(b.0));
        pairs
    })
}

/// German titles written as compounds: "Wirtschaftsminister", "CDU-Chef", "Regierungssprecherin".
fn german_compound(word: &str) -> Option<&'static str> {
    COMPOUND_ENDS.split(' ').find_map(|pair| pair.split_once(':').filter(|(end, _)| word.ends_with(end) && word.len() > end.len()).map(|(_, e)| e))
}

/// Title words the German pass may produce; they keep their capital ("Kanzler Scholz").
const TITLE_WORDS: &[&str] = &["chancellor", "minister", "president", "chief", "spokesperson", "chair", "mayor", "representative", "ambassador", "mr", "mrs", "former", "judge", "general", "secretary"];

/// French words and the English word the rules know them by.
const FRENCH: &str = "il:he elle:she ils:they elles:they je:i nous:we on:they \
le:the la:the les:the l:the un:a une:a son:their sa:their ses:their leur:their leurs:their ce:this cet:this cette:this ces:these \
de:of d:of du:of des:of à:at au:at aux:at en:in dans:in sur:on avec:with pour:for par:by chez:at devant:before après:after \
avant:before lors:during contre:against sans:without entre:between vers:toward \
et:and mais:but ou:or que:that qu:that qui:who car:because quand:when lorsque:when si:if où:where dont:whose comme:as puis:then \
a:has avait:had ont:have avaient:had aussi:also encore:again également:also ensuite:then déjà:already pas:not ne:not n:not \
hier:yesterday demain:tomorrow lundi:monday mardi:tuesday mercredi:wednesday jeudi:thursday vendredi:friday samedi:saturday dimanche:sunday \
janvier:january février:february mars:march avril:april mai:may juin:june juillet:july août:august septembre:september \
octobre:october novembre:november décembre:december \
ministre:minister président:president présidente:president premier:prime première:prime député:representative députée:representative \
sénateur:senator sénatrice:senator maire:mayor porte-parole:spokesperson secrétaire:secretary chef:chief cheffe:chief \
directeur:director directrice:director m.:mr. mme:mrs monsieur:mr madame:mrs juge:judge général:general ambassadeur:ambassador \
chancelier:chancellor chancelière:chancellor commissaire:commissioner dirigeant:leader ancien:former ancienne:former roi:king reine:queen \
déclaré:said dit:said affirmé:said assuré:said estimé:said expliqué:explained précisé:said ajouté:added souligné:said indiqué:said \
réagi:said lancé:said martelé:said insisté:insisted prévenu:warned averti:warned répondu:replied confié:said reconnu:acknowledged \
jugé:said dénoncé:denounced regretté:said rappelé:recalled annoncé:announced poursuivi:continued commenté:said écrit:wrote \
déploré:said admis:admitted raconté:said résumé:said observé:observed noté:noted relevé:noted tranché:said fustigé:criticized \
déclare:says affirme:says assure:says estime:says explique:says précise:says ajoute:adds souligne:says indique:says réagit:says \
lance:says martèle:says insiste:insists prévient:warns avertit:warns répond:replies confie:says reconnaît:acknowledges juge:says \
dénonce:says regrette:says rappelle:recalls annonce:announces poursuit:continues commente:says raconte:says résume:says tranche:says \
promis:promised promet:promises réclamé:demanded réclame:demands exigé:demanded exige:demands demandé:asked demande:asks plaidé:argued \
plaide:argues démenti:denied dément:denies nié:denied accusé:accused accuse:accuses salué:praised salue:praises critiqué:criticized \
qualifié:called raillé:mocked ironisé:joked confirmé:confirmed confirme:confirms témoigné:testified prédit:predicted";

/// German words and the English word the rules know them by.
const GERMAN: &str = "er:he sie:she wir:we ich:i es:it \
der:the die:the das:the den:the dem:the des:the ein:a eine:a einer:a einem:a einen:a eines:a \
sein:his seine:his seinen:his seinem:his seiner:his ihr:her ihre:her ihren:her ihrem:her ihrer:her \
und:and aber:but oder:or dass:that weil:because wenn:when als:when ob:whether denn:because \
von:of mit:with für:for in:in im:in am:on an:at auf:on bei:at beim:at nach:after vor:before gegen:against über:about zu:to zum:to \
zur:to aus:from seit:since während:during nicht:not auch:also noch:still bereits:already schon:already dann:then \
hat:has habe:have hatte:had haben:have hätten:had wird:will werde:will würde:would \
gestern:yesterday heute:today morgen:tomorrow montag:monday dienstag:tuesday mittwoch:wednesday donnerstag:thursday \
freitag:friday samstag:saturday sonntag:sunday januar:january februar:february märz:march april:april mai:may juni:june juli:july \
august:august september:september oktober:october november:november dezember:december \
herr:mr frau:mrs früherer:former frühere:former ehemalige:former ehemaliger:former \
sagte:said sagten:said sagt:says so:said erklärte:explained erklärten:explained betonten:said warnten:warned forderten:urged \
kritisierten:criticized schrieben:wrote teilten:said erklärt:says betonte:said betont:says warnte:warned warnt:warns meinte:said \
ergänzte:added fügte:added schrieb:wrote kritisierte:criticized versicherte:said bekräftigte:said unterstrich:said räumte:admitted \
forderte:urged mahnte:warned antwortete:replied erläuterte:explained verkündete:announced teilte:said \
versprach:promised verspricht:promises fordert:urges bestätigte:confirmed bestätigt:confirms dementierte:denied bestritt:denied \
lobte:praised beklagte:lamented klagte:complained fragte:asked fragt:asks schreibt:writes twitterte:tweeted erinnerte:recalled \
kritisiert:criticizes zitierte:quoted";

/// Spanish words and the English word the rules know them by. A subject pronoun is often
/// left out ("«…», dijo."): the quotation then continues the speaker before it.
const SPANISH: &str = "él:he ella:she ellos:they ellas:they yo:i nosotros:we nosotras:we \
el:the la:the los:the las:the un:a una:a su:their sus:their este:this esta:this estos:these estas:these \
de:of del:of a:to al:to en:in con:with por:by para:for sobre:on ante:before tras:after durante:during contra:against \
sin:without entre:between hacia:toward desde:since hasta:until fuentes:sources fuente:source portavoces:spokespeople \
y:and e:and pero:but o:or u:or que:that quien:who quienes:who cuando:when si:if donde:where como:as porque:because aunque:although \
ha:has han:have había:had habían:had también:also ya:already no:not \
ayer:yesterday hoy:today mañana:tomorrow lunes:monday martes:tuesday miércoles:wednesday jueves:thursday viernes:friday \
sábado:saturday domingo:sunday enero:january febrero:february marzo:march abril:april mayo:may junio:june julio:july \
agosto:august septiembre:september setiembre:september octubre:october noviembre:november diciembre:december \
presidente:president presidenta:president vicepresidente:vice vicepresidenta:vice ministro:minister ministra:minister \
primer:prime primera:prime diputado:representative diputada:representative senador:senator senadora:senator alcalde:mayor \
alcaldesa:mayor portavoz:spokesperson secretario:secretary secretaria:secretary jefe:chief jefa:chief director:director \
directora:director sr.:mr. sra.:mrs señor:mr señora:mrs juez:judge jueza:judge general:general embajador:ambassador \
embajadora:ambassador canciller:chancellor comisario:commissioner comisaria:commissioner líder:leader expresidente:former \
expresidenta:former rey:king reina:queen \
dijo:said afirmó:said aseguró:said declaró:said explicó:explained señaló:said indicó:said añadió:added agregó:added \
subrayó:said destacó:said sostuvo:said insistió:insisted advirtió:warned respondió:replied contestó:replied reconoció:acknowledged \
admitió:admitted denunció:denounced criticó:criticized anunció:announced prometió:promised pidió:asked exigió:demanded \
reclamó:demanded negó:denied confirmó:confirmed escribió:wrote recordó:recalled apuntó:said comentó:said manifestó:said \
expresó:said aclaró:said defendió:argued lamentó:lamented celebró:praised opinó:said concluyó:said precisó:said \
dice:says afirma:says asegura:says declara:says explica:says señala:says indica:says añade:adds agrega:adds sostiene:says \
advierte:warns reconoce:acknowledges insiste:insists responde:replies recuerda:recalls escribe:writes pide:asks \
dijeron:said afirmaron:said aseguraron:said declararon:said explicaron:explained señalaron:said indicaron:said añadieron:added \
agregaron:added destacaron:said advirtieron:warned insistieron:insisted respondieron:replied reconocieron:acknowledged \
denunciaron:denounced criticaron:criticized anunciaron:announced pidieron:asked exigieron:demanded negaron:denied \
dicho:said afirmado:said asegurado:said declarado:said explicado:explained señalado:said indicado:said añadido:added \
advertido:warned reconocido:acknowledged anunciado:announced prometido:promised pedido:asked negado:denied";

/// Portuguese words and the English word the rules know them by ("a" is the article more
/// often than "to").
const PORTUGUESE: &str = "ele:he ela:she eles:they elas:they eu:i nós:we \
o:the a:the os:the as:the um:a uma:a seu:their sua:their seus:their suas:their este:this esta:this esse:this essa:this \
de:of do:of da:of dos:of das:of em:in no:in na:in nos:in nas:in com:with pelo:by pela:by para:for sobre:on após:after \
durante:during contra:against sem:without entre:between até:until desde:since ao:to à:to aos:to às:to fontes:sources fonte:source \
e:and mas:but ou:or que:that quem:who quando:when se:if onde:where como:as porque:because embora:although \
tem:has têm:have tinha:had também:also já:already não:not ontem:yesterday hoje:today amanhã:tomorrow \
segunda-feira:monday terça-feira:tuesday quarta-feira:wednesday quinta-feira:thursday sexta-feira:friday sábado:saturday \
domingo:sunday janeiro:january fevereiro:february março:march abril:april maio:may junho:june julho:july agosto:august \
setembro:september outubro:october novembro:november dezembro:december \
presidente:president presidenta:president vice-presidente:vice ex-presidente:former ministro:minister ministra:minister \
deputado:representative deputada:representative senador:senator senadora:senator prefeito:mayor prefeita:mayor \
governador:governor governadora:governor porta-voz:spokesperson secretário:secretary secretária:secretary chefe:chief \
diretor:director diretora:director juiz:judge juíza:judge embaixador:ambassador embaixadora:ambassador líder:leader \
rei:king rainha:queen sr.:mr. sra.:mrs senhor:mr senhora:mrs \
disse:said afirmou:said declarou:said explicou:explained ressaltou:said destacou:said acrescentou:added completou:added \
observou:observed apontou:said argumentou:argued defendeu:argued criticou:criticized reconheceu:acknowledged admitiu:admitted \
negou:denied confirmou:confirmed anunciou:announced prometeu:promised pediu:asked cobrou:demanded alertou:warned \
advertiu:warned respondeu:replied rebateu:replied escreveu:wrote lembrou:recalled comentou:said avaliou:said garantiu:said \
assegurou:said sustentou:said insistiu:insisted diz:says afirma:says declara:says explica:says disseram:said afirmaram:said \
declararam:said criticaram:criticized";

/// Ends of German compound titles.
const COMPOUND_ENDS: &str = "kanzlerin:chancellor kanzler:chancellor ministerin:minister minister:minister präsidentin:president \
präsident:president chefin:chief chef:chief sprecherin:spokesperson sprecher:spokesperson vorsitzende:chair vorsitzender:chair \
bürgermeisterin:mayor bürgermeister:mayor abgeordnete:representative abgeordneter:representative botschafter:ambassador";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::suggest::tokens::tokenize;

    /// How the rules read each word of `t` (in `t`'s own language): a lookup by the word.
    fn read(t: &str) -> impl Fn(&str) -> Option<String> {
        let toks = translate(tokenize(t, &[(0, Span::new(0, t.len()))], &[]), t, detect(t));
        let read: Vec<(String, String)> = toks.iter().map(|k| (t[k.span.start..k.span.end].to_string(), k.norm.clone())).collect();
        move |w: &str| read.iter().find(|(raw, _)| raw == w).map(|(_, n)| n.clone())
    }

    #[test]
    fn detects_the_language_from_its_common_words() {
        assert_eq!(detect("The minister said that the plan was ready and he would present it on Monday."), Language::English);
        assert_eq!(detect("Le ministre a dit que le plan est prêt et qu'il le présentera dans la semaine, avec les syndicats."), Language::French);
        assert_eq!(detect("Der Minister sagte, dass der Plan fertig ist und er ihn mit den Gewerkschaften in der Woche vorstellt."), Language::German);
        assert_eq!(detect("El ministro dijo que el plan está listo y que lo presentará con los sindicatos para la semana."), Language::Spanish);
        assert_eq!(detect("O ministro disse que o plano está pronto e que vai apresentá-lo aos sindicatos na semana, com os detalhes do pacote."), Language::Portuguese);
        // A few foreign words in an English article change nothing.
        assert_eq!(detect("The French call it « le plan de la dernière chance », the minister said on Monday."), Language::English);
    }

    #[test]
    fn french_speech_reads_as_english_speech_on_the_articles_own_words() {
        let norm = read("« C’est fini », a-t-il déclaré. « Non », dit-elle à l’Assemblée, selon Marine Le Pen et la ministre.");
        assert_eq!(norm("a-t-il"), Some("he".into()));
        assert_eq!(norm("déclaré"), Some("said".into()));
        assert_eq!(norm("dit"), Some("said".into()));
        assert_eq!(norm("elle"), Some("she".into()));
        assert_eq!(norm("l’"), Some("the".into()));
        assert_eq!(norm("Assemblée"), Some("assemblée".into()));
        // "Le" inside a name is the name's.
        assert_eq!(norm("Le"), Some("le".into()));
        assert_eq!(norm("la"), Some("the".into()));
    }

    #[test]
    fn german_nouns_and_compound_titles_read_as_english() {
        let find = read("„Wir sind bereit“, sagte Wirtschaftsminister Robert Habeck am Donnerstag. Der Plan sei gut, so Habeck. Die Minister der Länder und die Regierung.");
        assert_eq!(find("sagte"), Some("said".into()));
        assert_eq!(find("Wirtschaftsminister"), Some("minister".into()));
        assert_eq!(find("Donnerstag"), Some("thursday".into()));
        assert_eq!(find("so"), Some("said".into()));
        assert_eq!(find("Der"), Some("the".into()));
    }

    #[test]
    fn phrases_read_as_english_word_by_word() {
        assert_eq!(english("La ministre du Travail", Language::French), "the minister of Travail");
        assert_eq!(english("l’Assemblée", Language::French), "the Assemblée");
        assert_eq!(english("der CDU-Chef", Language::German), "the chief");
        assert_eq!(english("The minister", Language::English), "The minister");
    }
}
