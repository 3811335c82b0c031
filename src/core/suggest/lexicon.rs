//! Word lists the attribution rules use: speech cues, titles, determiners and the like, and
//! common given names (which tell a person's name from a place's). Lower-case throughout.

/// Verbs and phrases that introduce speech.
pub const CUES: &str = "say says said saying tell tells told telling ask asks asked asking add adds added adding \
write writes wrote writing argue argues argued arguing explain explains explained note notes noted insist insists insisted \
warn warns warned warning claim claims claimed declare declares declared state states stated continue continues continued \
reply replies replied respond responds responded recall recalls recalled acknowledge acknowledges acknowledged admit admits admitted \
announce announces announced tweet tweets tweeted tweeting post posts posted joke jokes joked quip quips quipped complain complains complained \
suggest suggests suggested predict predicts predicted promise promises promised vow vows vowed pledge pledges pledged urge urges urged \
call calls called describe describes described repeat repeats repeated emphasise emphasises emphasised emphasize emphasizes emphasized \
stress stresses stressed caution cautions cautioned counter counters countered concede concedes conceded observe observes observed \
remark remarks remarked shout shouts shouted yell yells yelled boast boasts boasted charge charges charged contend contends contended \
maintain maintains maintained testify testifies testified assert asserts asserted allege alleges alleged confirm confirms confirmed \
deny denies denied reiterate reiterates reiterated proclaim proclaims proclaimed exclaim exclaims exclaimed chant chants chanted \
lament laments lamented mock mocks mocked blast blasts blasted slam slams slammed criticise criticises criticised criticize criticizes criticized \
praise praises praised accuse accuses accused agree agrees agreed recount recounts recounted explain explained mused muse muses \
wonder wonders wondered conclude concludes concluded acknowledge wrote quoted quotes quote recalled read reads dubbed labeled labelled \
branded characterised characterized touted touts tout hailed hail hails demanded demand demands retorted retort retorts \
responded reasoned reason reasons scoffed scoff scoffs sneered thundered fumed snapped sighed interjected interrupted pressed \
predicted estimated pointed demurred demurs speculated speculate speculates reported report reports revealed reveal reveals disclosed \
conceded vowed told asks begged beg begs pleaded plead pleads implored cried cries sang sings chanted whispered added \
telling asking writing arguing explaining noting insisting claiming declaring stating replying responding recalling acknowledging \
admitting announcing joking complaining suggesting predicting promising vowing pledging urging calling describing repeating stressing \
cautioning countering conceding observing remarking shouting boasting contending maintaining testifying asserting alleging confirming \
denying reiterating lamenting mocking blasting slamming criticizing criticising praising accusing recounting wondering concluding \
quoting dubbing labeling branding touting hailing demanding insisting thanked thanks thanking echoed echoes echoing \
referred refers referring decried decries decry questioned questioning tweeting confessed confesses answered answers \
answer know elaborate elaborates elaborated ponder ponders pondered chide chides chided chiding opine opines opined \
gush gushes gushed emailed texted dismissed dismisses dismissing ridiculed derided lambasted denounced condemned \
deemed termed rated yelling chanting quipping pleading emphasizing exhorted exhorting retorting commenting protesting musing labelling beamed barked sniffed groused grumbled marveled marvelled muttered bellowed griped howled hollered gasped chirped commented protested objected surmised theorized intoned cited cites citing invoked invoking bragged brags bragging screamed screaming applauded proposed proposes proposing remembered remembers assured assures bemoaned likened";

/// Personal titles and roles written before a name.
pub const TITLES: &str = "mr mr. mrs mrs. ms ms. mx dr dr. prof prof. sen sen. sens sens. senator rep rep. reps reps. representative gov gov. governor \
president vice secretary minister prime chancellor king queen prince princess pope judge justice general gen gen. adm adm. admiral \
col col. colonel lt lt. lieutenant sgt sgt. sergeant capt capt. captain cmdr commander chief former mayor ambassador speaker \
leader chairman chairwoman chair director commissioner attorney sheriff officer deputy rev rev. reverend father sister bishop \
cardinal sir dame lord lady detective inspector superintendent coach candidate nominee congressman congresswoman councilman \
councilwoman assemblyman spokesman spokeswoman spokesperson president-elect then-sen. then-candidate then-president hon. premier sheikh emir ayatollah maj maj. major del. retired counsel";

/// A people's adjective and its country, for pairs that share no start of five letters
/// (attribution reads "german" and "germany" as one by that start).
const DEMONYMS: &str = "french:france dutch:netherlands spanish:spain italian:italy chinese:china turkish:turkey \
swedish:sweden danish:denmark finnish:finland swiss:switzerland greek:greece irish:ireland polish:poland norwegian:norway \
czech:czechia iranian:iran iraqi:iraq thai:thailand filipino:philippines peruvian:peru cuban:cuba syrian:syria \
english:england scottish:scotland welsh:wales saudi:saudi emirati:uae";

/// Whether `adjective` is the people's word for `country` ("polish", "poland").
pub fn is_demonym(adjective: &str, country: &str) -> bool {
    DEMONYMS.split_ascii_whitespace().any(|pair| pair.split_once(':') == Some((adjective, country)))
}

/// Capitalised words that begin sentences or name days and months, never a person.
pub const NOT_NAMES: &str = "the a an on in at but and he she it they we i this that these those his her their its our my your as if when \
while after before however speaking asked according there here what why how who where which meanwhile still yet so also then now \
today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july august \
september october november december mr mrs ms dr last next one two three for from with by to of not no yes all some many most both \
each every another other such even only just more less than despite although though because since until unless whether once earlier \
later during under over between among through across about against into onto upon without within instead indeed perhaps maybe \
following earlier inside outside democrats republicans democrat republican american americans british european russian ukrainian \
chinese french german israeli palestinian iranian conservatives liberals labour tory tories officials police critics supporters \
voters opponents experts analysts sources residents people lawmakers leaders allies members hours minutes days weeks \
months years moments decades later soon nevertheless nonetheless moreover furthermore otherwise therefore thus hence regardless \
besides likewise afterward afterwards overall again someone anyone everyone amid alongside do does did \
mexican mexicans texan texans saudi saudis latino latinos latina latinas several few \
polish italian spanish dutch turkish swedish danish finnish greek norwegian czech hungarian austrian belgian portuguese \
japanese korean indian pakistani afghan iraqi syrian egyptian canadian australian brazilian nigerian";

pub const DETERMINERS: &str = "the a an this that these those his her their its our my your one two three four several many some most \
other another both all each every few no such whose";

pub const PREPOSITIONS: &str = "at in of from on with for by about near inside within among across like unlike through into over under against around toward towards behind without upon";

/// Words between a speaker and the cue ("Hegseth has also said").
pub const AUXILIARIES: &str = "has have had also later then previously once again would will could was is were repeatedly recently just \
reportedly frequently often publicly privately simply flatly initially earlier quickly separately further still even never already \
not did does do long subsequently angrily firmly bluntly proudly openly famously memorably pointedly tersely calmly has't \
hasn't didn't had't himself herself itself themselves first last directly specifically later to went go goes going \
began begins begin by proceeded wanted wants decided tried tries can may might should must will on are always only now";

/// Words that end a noun phrase read backwards from a cue.
pub const BOUNDARIES: &str = "that and but or because when while after before if since which where whom than so whether though although \
unless until where whereas who what how why";

pub const PRONOUNS: &str = "he she they i we it";

/// Places and adjectives that head a phrase but never name a speaker on their own.
pub const PLACES: &str = "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho \
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana \
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming \
washington america europe britain england france germany russia china japan mexico canada israel iran iraq syria ukraine \
london paris moscow beijing brussels jerusalem tallahassee sacramento chicago boston atlanta dallas houston miami \
charlotte austin florence victoria columbus savannah \
democratic republican mexican american state department university college committee city county";

/// Lower-case sources that speak as a group ("officials said", "critics argue").
pub const GROUPS: &str = "officials aides critics supporters voters experts analysts sources residents people lawmakers leaders \
allies members organizers organisers researchers protesters democrats republicans conservatives liberals observers activists advocates \
economists scientists doctors police prosecutors investigators authorities witnesses officers spokesman spokeswoman spokesperson \
staffers strategists advisers advisors operatives donors delegates senators candidates parents students workers americans \
friends neighbors neighbours families opponents fans pollsters historians scholars lawyers attorneys judges diplomats troops others";

/// Words that end a noun phrase read forwards after an inverted cue ("said Peskov on Tuesday").
pub const FORWARD_STOPS: &str = "on in at during after before when while who which that and told adding according as last this yesterday \
today tomorrow earlier later, to";

/// Common given names, to tell "Donald Trump" (a person) from "Saudi Arabia" (a place).
pub const GIVEN_NAMES: &str = "aaron abby abdul abe abigail abraham adam adrian ahmed ahmad aisha al alan albert alberto alec alex alexander \
alexandra alexei alexis alfred ali alice alicia alison allen alma amanda amber amy ana andre andrea andrew andy angela angelina angus ann \
anna anne annie anthony antonio antony april arthur ashley austin ava barack barbara barry beau ben benjamin benny bernie bernard beth betsy \
betty beverly bill billy bob bobby boris brad bradley brandon brenda brent brett brian bridget britney brittany bruce bryan byron caitlin \
calvin cameron camilla carl carla carlos carly carmen carol caroline carrie casey catherine cathy cecilia chad charles charlie charlotte \
chelsea cheryl chris christian christie christina christine christopher chuck cindy claire clara clarence claudia clint cody colin connie \
cory courtney craig cynthia dale dan dana daniel danielle danny darrell dave david dean debbie deborah debra denis dennis derek devin diana \
diane dick dmitry dmitri dolores don donald donna doris dorothy doug douglas duncan dylan earl ed eddie edgar edith edward eileen elaine \
eleanor elijah elizabeth ella ellen elon emily emma emmanuel eric erica erik erin ernest esther ethan eugene eva evan evelyn faith felix \
fernando fiona florence frances francis francisco frank franklin fred frederick gabriel gail gary gavin gene george georgia gerald gina \
giorgia glen glenn gloria gordon grace graham grant greg gregory gus hal hank hannah harold harriet harry heather hector heidi helen henry \
herbert hillary holly howard hugh hunter ian igor ilhan irene isaac isabel jack jackie jacob jake james jamie jan jane janet janice jared \
jason javier jay jean jeb jeff jeffrey jen jennifer jenny jeremy jerome jerry jesse jessica jill jim jimmy jo joan joanna joe joel john \
johnny jon jonathan jordan jorge jose joseph josh joshua joy joyce juan judith judy julia julian julie justin kamala karen karl kate \
katherine kathleen kathryn kathy katie kay keir keith kelly kellyanne ken kenneth kevin kim kimberly kirk kristen kurt kyle larry laura \
lauren lawrence lee leo leon leonard leslie liam linda lindsey lisa liz lloyd lois loretta lori louis louise lucas lucy luis luke lynn \
marco marcus margaret maria marie marine marion mark marsha martha martin marty mary matt matthew maureen max maxine megan melania melissa \
michael michel michelle miguel mike mikhail mitch mitt mohammed mohammad molly monica morgan muhammad nancy naomi natalie nathan ned neil \
nicholas nick nicola nicolas nicole nigel nikki nina noah norma norman olaf olga oliver olivia omar oscar owen pamela pat patricia patrick \
patty paul paula pedro penny pete peter phil philip phillip priti rachel rafael ralph ramon randy ray raymond rebecca reed reince regina \
renee rex rhonda ricardo richard rick ricky rishi rob robert roberta robin rod roger roland ron ronald ronny rosa rose ross roy ruby rudy \
russell ruth ryan sadiq sally sam samantha samuel sandra sara sarah scott sean sebastian serena sergei sergey shannon sharon shawn sheila \
shirley sidney simon sonia sophia sophie stacey stanley stephanie stephen steve steven stuart sue susan suzanne sylvia tammy tanya tara \
ted teresa terry theodore theresa thomas tiffany tim timothy tina todd tom tommy toni tony tracy travis trey troy tucker tulsi ursula \
valerie vanessa vera veronica victor victoria vincent virginia vivian vladimir volodymyr walter wanda warren wayne wendy wesley will \
william willie xi yvonne zach zachary zoe \
françois frédéric édouard gérald bruno jean-luc jean-marie jean-pierre jean-yves jean-noël jean-claude jean-louis jean-michel jean-paul \
jean-baptiste jean-françois sébastien rené andré jérôme stéphane laurent thierry yves olivier xavier pascal philippe christophe aurélien \
jacques gérard alain benoît hervé didier julien mathieu raphaël arnaud éric gaël loïc cédric franck rachid karim yannick marcel gilles \
guillaume antoine clément baptiste hugo maxime romain friedrich markus wolfgang jürgen jörg günther günter hans horst heiko lars \
hubertus armin norbert manfred helmut gerhard sigmar cem winfried hendrik joachim frank-walter klaus dieter uwe rolf stefan matthias \
andreas thorsten sven jens björn dirk ralf volker rainer reinhard ulrich philipp tobias moritz carsten christoph nils gregor matteo \
sergio mario giuseppe enrico silvio roberto paolo luigi giovanni carlo alessandro francesco pablo santiago josé mariano viktor ulf \
magnus andrzej kyriakos recep dmytro petro oleksandr andriy wopke geert antónio luís";

/// Given names (and titles) of women, so "she" finds a woman: lower-case. Names used for
/// both (Kelly, Lindsey, Robin) are left out.
pub const FEMALE: &str = "mrs mrs. ms ms. madam congresswoman chairwoman councilwoman queen princess dame lady sister \
alicia alma annie ava beth britney caitlin camilla carrie clara connie dolores doris edith eileen eleanor ella esther \
gail giorgia ilhan isabel jen jenny liz lois maureen naomi norma olga priti regina ruby toni \
abby abigail aisha alexandra alice alison allison alyssa amanda amber amy ana andrea angela angelina ann anna anne annette april \
barbara becky betsy betty beverly brenda bridget brittany camila carla carly carmen carol caroline carolyn catherine cathy \
cecilia charlotte chelsea cheryl christina christine cindy claire claudia condoleezza cynthia dana daniela danielle debbie deborah \
debra denise diana diane dianne donna dorothy elaine elena elisabeth elise eliza elizabeth ellen emily emma erica erin eva evelyn \
fiona frances gabrielle gina gloria grace hannah harriet heather heidi helen hillary holly huma ingrid irene ivanka jacqueline jane \
janet janice jeanne jennifer jessica jill joan joanna joanne jodi joni josephine joy joyce judith judy julia julie karen kamala \
kate katherine kathleen kathryn kathy katie kellyanne kimberly kirsten kristen laura lauren leslie linda lisa loretta lori louise \
lucy lydia madeleine madison margaret maria marie marilyn marina marine marsha martha mary maxine megan meghan megyn melania melinda \
melissa michelle mindy miriam molly monica nancy natalie nicole nikki nina nora olivia pamela patricia patty paula pauline peggy \
penny phyllis priscilla rachel rebecca renee rhonda rita roberta rosa rose ruth sally samantha sandra sara sarah serena sharon \
sheila sheryl shirley sonia sophia sophie stacey stephanie sue susan suzanne sylvia tammy tanya tara teresa theresa tiffany tina \
tulsi ursula valerie vanessa vera veronica victoria virginia wanda wendy yvette yvonne zoe \
annalena sahra saskia svenja ricarda katarina franziska nathalie isabelle sandrine céline hélène ségolène rachida valérie élisabeth \
élise brigitte christiane agnès anne-marie marlène amélie mathilde delphine sylvie véronique martine aurélie manon chloé astrid najat \
roselyne nadine petra birgit katrin kerstin sabine heike ulrike margarete anke mette kaja yulia kristalina chiara francesca ilaria pilar \
yolanda";

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// A fixed set of words. Looked up for nearly every token, so it hashes with FNV-1a, several
/// times faster than the default SipHash on short words. Only for the lexicon's own lists:
/// a set filled from pasted text keeps SipHash, so crafted words cannot collide it into a
/// quadratic build.
pub type WordSet<'a> = HashSet<&'a str, BuildHasherDefault<WordHasher>>;

/// FNV-1a over the bytes written.
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The lists as sets, built once (`Lexicon::get`).
pub struct Lexicon {
    pub cues: WordSet<'static>,
    pub titles: WordSet<'static>,
    pub not_names: WordSet<'static>,
    pub determiners: WordSet<'static>,
    pub prepositions: WordSet<'static>,
    pub auxiliaries: WordSet<'static>,
    pub boundaries: WordSet<'static>,
    pub pronouns: WordSet<'static>,
    pub groups: WordSet<'static>,
    pub places: WordSet<'static>,
    pub forward_stops: WordSet<'static>,
    pub given_names: WordSet<'static>,
    pub female: WordSet<'static>,
}

impl Lexicon {
    /// The lists, built on first use and shared by every analysis after.
    pub fn get() -> &'static Lexicon {
        static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEXICON.get_or_init(Lexicon::new)
    }

    pub fn new() -> Lexicon {
        let set = |s: &'static str| s.split_ascii_whitespace().collect::<WordSet>();
        Lexicon {
            cues: set(CUES),
            titles: set(TITLES),
            not_names: set(NOT_NAMES),
            determiners: set(DETERMINERS),
            prepositions: set(PREPOSITIONS),
            auxiliaries: set(AUXILIARIES),
            boundaries: set(BOUNDARIES),
            pronouns: set(PRONOUNS),
            groups: set(GROUPS),
            places: set(PLACES),
            forward_stops: set(FORWARD_STOPS),
            given_names: set(GIVEN_NAMES),
            female: set(FEMALE),
        }
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}
