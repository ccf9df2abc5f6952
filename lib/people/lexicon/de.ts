import type { PeopleLexicon } from './types';

const words = (s: string) => s.trim().split(/\s+/);

/** German. Nouns are capitalised in German, so role nouns are matched case-insensitively anyway. */
export const de: PeopleLexicon = {
  capitalNouns: true,
  titles: words(`dr dr. med prof prof. professor professorin präsident präsidentin minister ministerin kanzler
    kanzlerin bundeskanzler bundeskanzlerin senator senatorin bürgermeister bürgermeisterin landrat landrätin richter richterin
    general oberst`),
  honorifics: words(`herr herrn frau`),
  roleNouns: words(`arzt ärztin chirurg chirurgin krankenpfleger krankenschwester kinderarzt kinderärztin
    psychiater psychiaterin psychologe psychologin kardiologe kardiologin virologe virologin epidemiologe
    epidemiologin experte expertin fachmann fachfrau spezialist spezialistin forscher forscherin
    wissenschaftler wissenschaftlerin professor professorin dozent dozentin ökonom ökonomin historiker
    historikerin soziologe soziologin politologe politologin ingenieur ingenieurin architekt architektin
    analyst analystin journalist journalistin redakteur redakteurin korrespondent korrespondentin reporter
    reporterin kolumnist autor autorin schriftsteller schriftstellerin fotograf fotografin anwalt anwältin
    rechtsanwalt rechtsanwältin richter richterin staatsanwalt staatsanwältin präsident präsidentin
    vizepräsident direktor direktorin leiter leiterin chef chefin gründer gründerin mitgründer geschäftsführer
    geschäftsführerin vorstand vorsitzende vorsitzender manager managerin minister ministerin staatssekretär
    sekretär senator senatorin gouverneur bürgermeister bürgermeisterin landrat landrätin abgeordnete abgeordneter botschafter
    botschafterin diplomat diplomatin konsul kommissar kommissarin sprecher sprecherin polizeisprecher
    inspektor offizier hauptmann kommandeur oberst general leutnant pilot feuerwehrmann trainer trainerin
    dekan rektor rektorin berater beraterin pfarrer pfarrerin pastor rabbiner imam bischof erzbischof papst
    könig königin prinz prinzessin meteorologe meteorologin klimaforscher mediziner medizinerin politiker
    politikerin beauftragte beauftragter funktionär funktionärin pfleger pflegerin pflegekraft
    kabarettist humorist karikaturist satiriker komiker zeichner darsteller schauspieler
    regisseur germanist aktivist organisator gewerkschafter moderator sänger musiker künstler maler bildhauer
    komponist dirigent intendant kurator verleger herausgeber lektor übersetzer dichter lyriker dramatiker
    philosoph theologe jurist notar apotheker tierarzt zahnarzt hebamme physiotherapeut therapeut sanitäter
    polizist soldat kommandant ermittler detektiv landwirt winzer handwerker elektriker installateur
    mechaniker unternehmer investor banker bankier makler lehrer erzieher schulleiter doktorand biologe
    chemiker physiker mathematiker informatiker geologe astronom archäologe ökonom mitbegründer
    staatschef regierungschef ministerpräsident abteilungsleiter pressesprecher vorstandschef`),
  // "Ärztin" and the like are listed; every other role noun and compound head gets "-in" ("Sekretärin",
  // "Darstellerin"), and "-e" nouns lose the "e" ("Expertin", "Psychologin").
  feminine: [['e', 'in'], ['', 'in']],
  // "den Experten", "des Arztes", "die Ärztinnen", "Humoristen".
  nounEndings: words(`n en s es nen`),
  nounMarkers: words(`der die das den dem des ein eine einer eines einem einen kein keine keinen keinem sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer jede jeder jedem jeden diese dieser diesem diesen`),
  commonNounEndings: words(`ung ungen heit heiten keit keiten schaft schaften tion tionen ität nis nisse tum ismus chen ment`),
  // Agentive endings: "-ist" ("Kabarettist", "Germanist"), "-iker" ("Satiriker", "Physiker"), "-eur"
  // ("Regisseur"), each with its feminine. (Not "-er": many surnames end so.)
  roleSuffixes: words(`ologe ologin ologen ologinnen iater iaterin ist istin isten istinnen iker ikerin ikern ikerinnen eur eurin eure euren eurinnen`),
  notRoles: words(`zwist sozialist kommunist faschist rassist extremist rechtsextremist linksextremist islamist terrorist tourist christ kapitalist nationalist populist -frist -fristen`),
  rolePrefixes: words(`vize ober chef`),
  postAdjectives: words(`a.d. emeritus`),
  namedWords: words(`namens genannt`),
  articles: words(`der die das den dem des`),
  definiteArticles: words(`der die`),
  determiners: words(`der die das den dem des ein eine einer eines einem sein seine ihr ihre`),
  articlePrepositions: words(`zum zur beim vom im am`),
  appositionLeads: words(`heute inzwischen mittlerweile derzeit ehemaliger ehemalige früherer frühere der die ein eine`),
  formerWords: words(`ehemaliger ehemalige ehemaligen früherer frühere früheren langjähriger langjährige ex`),
  complementRoles: words(`mitglied`),
  copulas: words(`ist war wurde`),
  relativeWho: words(`der die`),
  asWords: words(`als`),
  conjunctions: words(`aber sondern denn weil wenn obwohl während dass`),
  andWords: words(`und`),
  prepositions: words(`von vom an am bei beim für aus in im des der`),
  cueWords: words(`sagte sagt erklärte erklärt betonte betont meinte meint fügte so laut schreibt schrieb
    berichtete berichtet warnte warnt kritisierte sagten teilte`),
  continuationCues: words(`fügte ergänzte`),
  indefinites: words(`ein eine einer eines einem`),
  kinNouns: words(`mutter vater sohn tochter frau ehefrau mann ehemann bruder schwester witwe`),
  aliasWords: words(`alias genannt`),
  ageWords: words(`jahre jahren`),
  pseudonymWords: words(`name namen vorname pseudonym anonym anonymität identität`),
  stopWords: words(`der die das den dem des ein eine einer eines und oder aber doch in im an am auf aus bei beim mit
    nach von vom vor zu zum zur für über unter durch gegen ohne seit während wenn wann wo wie warum was wer
    welche dieser diese dieses es er sie wir ich du ihr sein seine ihre unser so auch laut montag dienstag
    mittwoch donnerstag freitag samstag sonntag nord süd ost west sankt foto lesen mehr`),
  sentenceConnectors: words(`zudem außerdem jedoch dennoch trotzdem auch also nicht nun dann damit deshalb daher allerdings
    inzwischen mittlerweile immerhin schließlich zwar sonst`),
  placePrepositions: words(`in aus nach`),
  months: words(`januar februar märz april mai juni juli august september oktober november dezember`),
  // German glues nouns: "Gesundheitsminister", "Hausarzt", "Krankenhausgesellschaft". Heads no common
  // surname ends with (so not "richter", "berg", "see", "rat").
  compoundHeads: words(`minister ministerin arzt ärztin präsident präsidentin direktor direktorin chef chefin sprecher
    sprecherin forscher forscherin experte expertin wissenschaftler wissenschaftlerin leiter leiterin mediziner
    medizinerin kanzler kanzlerin vorsitzende vorsitzender pfleger pflegerin berater beraterin ökonom ökonomin
    psychologe psychologin professor professorin politiker politikerin abgeordnete abgeordneter sekretär
    sekretärin kommissar kommissarin chirurg chirurgin beauftragte beauftragter funktionär funktionärin
    gewerkschafter regisseur darsteller künstler zeichner schauspieler aktivist organisator gründer mitgründer
    gesellschaft ministerium klinik klinikum krankenhaus institut universität hochschule verband verein stiftung
    behörde zentrum agentur partei gericht kommission ausschuss konzern kasse kammer bundesamt landesamt amt`),
  orgWords: words(`universität hochschule schule institut klinik klinikum krankenhaus gesellschaft verein verband
    stiftung rat ausschuss kommission ministerium behörde amt agentur polizei gericht bundestag parlament
    partei union bund liga klub gruppe konzern bank fonds organisation netzwerk zeitung zeitschrift radio
    kirche armee bundeswehr team programm gesetz straße platz stadt land kreis region insel strand bucht fluss
    see berg tal küste meer hafen flughafen bahnhof brücke turm stadion museum republik königreich gmbh ag
    zentrum agentur kammer kasse`),
};
