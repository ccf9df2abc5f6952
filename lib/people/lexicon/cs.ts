import type { PeopleLexicon } from './types';

const words = (s: string) => s.trim().split(/\s+/);

/** Czech. Nouns and names inflect ("Petra Nováka" is Petr Novák), so they are matched by stem. */
export const cs: PeopleLexicon = {
  inflected: true,
  titles: words(`mudr mudr. doc doc. prof prof. ing ing. mgr mgr. phdr phdr. judr judr. rndr rndr. bc bc. dr dr.
    prezident prezidentka ministr ministryně premiér premiérka senátor senátorka poslanec poslankyně hejtman
    hejtmanka starosta starostka generál plukovník`),
  honorifics: words(`pan paní slečna`),
  roleNouns: words(`lékař lékařka doktor doktorka chirurg chirurgyně zdravotní sestra pediatr psychiatr
    psycholog psycholožka kardiolog pneumolog onkolog radiolog neurolog infektolog epidemiolog epidemioložka
    virolog viroložka imunolog hygienik hygienička primář primářka přednosta přednostka odborník odbornice expert expertka
    specialista specialistka vědec vědkyně výzkumník výzkumnice profesor profesorka docent docentka
    ekonom ekonomka historik historička sociolog politolog inženýr architekt analytik analytička novinář
    novinářka redaktor redaktorka zpravodaj komentátor spisovatel spisovatelka fotograf advokát advokátka
    právník právnička soudce soudkyně žalobce prezident prezidentka viceprezident předseda předsedkyně
    místopředseda místopředsedkyně ředitel ředitelka vedoucí šéf šéfka zakladatel zakladatelka manažer
    manažerka ministr ministryně náměstek náměstkyně tajemník tajemnice senátor senátorka hejtman hejtmanka
    starosta starostka primátor primátorka poslanec poslankyně velvyslanec velvyslankyně diplomat konzul
    komisař komisařka mluvčí inspektor důstojník kapitán velitel plukovník generál poručík pilot hasič
    děkan rektor rektorka poradce poradkyně konzultant kněz farář rabín biskup arcibiskup papež král
    královna princ princezna lídr trenér meteorolog klimatolog
    vývojář programátor designér umělec umělkyně malíř malířka sochař hudebník hudebnice zpěvák zpěvačka herec herečka
    režisér režisérka scenárista filozofka spisovatel autor autorka překladatel moderátor
    moderátorka publicista publicistka bloger rybář zemědělec farmář námořník kosmonaut astronaut 
     elektrikář horník podnikatel podnikatelka bankéř bankéřka investor aktivista aktivistka 
    politička kandidát kandidátka delegát zástupce zástupkyně vyjednavač policista policistka strážník voják
    fyzioterapeut terapeut asistentka záchranář záchranářka učitel učitelka pedagog lektor
    mnich jeptiška kazatel fotbalista útočník záložník obránce brankář sportovec sportovkyně
    cyklista plavec boxer rozhodčí šéfkuchař kuchař řidič kurýr lesník    
    právník notář exekutor auditor`),
  roleSuffixes: words(`olog oložka`),
  rolePrefixes: words(`vice místo`),
  postAdjectives: words(`zvolený zvolená`),
  namedWords: words(`jménem`),
  determiners: words(`jeho její jejich`),
  appositionLeads: words(`nyní dnes bývalý bývalá současný současná`),
  formerWords: words(`bývalý bývalá bývalého bývalé někdejší exministr`),
  complementRoles: words(`člen členka`),
  copulas: words(`je byl byla`),
  relativeWho: words(`který která`),
  expertiseVerbs: words(`vede řídí studuje zkoumá přednáší`),
  asWords: words(`jako`),
  conjunctions: words(`ale však protože když pokud`),
  andWords: words(`a`),
  prepositions: words(`z ze v ve na u pro při od do s se`),
  cueWords: words(`řekl řekla uvedl uvedla dodal dodala podle říká píše dodává vysvětluje upozorňuje zdůrazňuje
    hodnotí přirovnává konstatuje poznamenal poznamenala prohlásil prohlásila vysvětlil vysvětlila upozornil upozornila
    napsal napsala sdělil sdělila míní tvrdí uvádí doplnil doplnila zdůraznil zdůraznila`),
  continuationCues: words(`dodal dodala doplnil doplnila`),
  indefinites: [],
  obliqueLeads: words(`podle dle od bez kromě u místo vedle`),
  // Endings longest first: "Novákové/Novákovou" → "Nováková", "Petry/Petrou" → "Petra",
  // "Nováka/Novákovi/Novákem" → "Novák", "Rovného/Rovnému/Rovným" → "Rovný", "Jiřího" → "Jiří".
  nominative: {
    feminine: {
      surname: [['ovou', 'ová'], ['ové', 'ová'], ['ou', 'á'], ['é', 'á']],
      first: [['ou', 'a'], ['y', 'a'], ['ii', 'ie'], ['ě', 'a']],
    },
    masculine: {
      surname: [['ého', 'ý'], ['ému', 'ý'], ['ým', 'ý'], ['ovi', ''], ['em', ''], ['a', ''], ['e', ''], ['u', '']],
      first: [['ího', 'í'], ['ímu', 'í'], ['ovi', ''], ['em', ''], ['a', ''], ['e', ''], ['u', '']],
    },
    // "Pavla" → "Pavel", "Havlíčka" → "Havlíček", "Marka" → "Marek"
    mobileVowel: ['([bcčdďfghjklmnňpqrřsštťvwxzž])([kl])$', '$1e$2'],
  },
  kinNouns: words(`matka otec syn dcera manželka manžel bratr sestra vdova`),
  aliasWords: words(`alias řečený přezdívaný`),
  ageWords: words(`let roky`),
  pseudonymWords: words(`jméno jména příjmení pseudonym anonymita anonymně identita`),
  stopWords: words(`a i ale nebo v ve na z ze k ke o od do po při pro s se u za před přes když kde jak proč co kdo
    to ten ta ty tento tato toto on ona oni my já vy jeho její jejich pokud také však podle pondělí úterý
    středa čtvrtek pátek sobota neděle foto čtěte`),
  sentenceConnectors: words(`však ale také přesto proto tedy navíc nicméně pak potom`),
  placePrepositions: words(`v ve`),
  months: words(`leden ledna únor února březen března duben dubna květen května červen června červenec
    července srpen srpna září říjen října listopad listopadu prosinec prosince`),
  orgWords: words(`univerzita univerzity fakulta škola institut ústav nemocnice klinika společnost sdružení
    nadace rada výbor komise ministerstvo úřad agentura policie soud sněmovna senát parlament strana unie
    aliance federace liga klub skupina firma banka fond organizace noviny časopis rozhlas církev armáda tým
    program zákon ulice náměstí město kraj okres ostrov řeka jezero hora moře letiště nádraží most stadion
    muzeum republika`),
};
