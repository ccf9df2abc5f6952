import type { PeopleLexicon } from './types';

const words = (s: string) => s.trim().split(/\s+/);

/** Polish. Nouns and names inflect ("Katarzyny Wójcik" is Katarzyna Wójcik), so they are matched by stem. */
export const pl: PeopleLexicon = {
  inflected: true,
  titles: words(`dr dr. prof prof. hab hab. n med inż inż. mgr mgr. lek lek. doc doc. prezydent prezydentka minister
    ministra premier premierka senator senatorka poseł posłanka marszałek wojewoda burmistrz prezes generał
    pułkownik ksiądz ks ks. biskup`),
  honorifics: words(`pan pani`),
  roleNouns: words(`lekarz lekarka doktor doktorka chirurg pielęgniarz pielęgniarka położna ratownik pediatra
    psychiatra psycholog psycholożka kardiolog pulmonolog onkolog radiolog neurolog epidemiolog wirusolog
    immunolog anestezjolog ekspert ekspertka specjalista specjalistka naukowiec naukowczyni badacz badaczka
    profesor profesorka wykładowca ekonomista ekonomistka historyk historyczka socjolog politolog inżynier
    architekt analityk analityczka dziennikarz dziennikarka redaktor redaktorka korespondent komentator pisarz
    pisarka fotograf adwokat adwokatka prawnik prawniczka radca sędzia prokurator prezydent prezydentka
    wiceprezydent prezes prezeska wiceprezes przewodniczący przewodnicząca dyrektor dyrektorka wicedyrektor
    kierownik kierowniczka szef szefowa założyciel założycielka menedżer minister ministra wiceminister sekretarz
    senator senatorka poseł posłanka marszałek wojewoda starosta burmistrz prezydent ambasador dyplomata konsul
    komisarz rzecznik rzeczniczka inspektor oficer kapitan komendant pułkownik generał porucznik pilot strażak
    dziekan rektor doradca doradczyni konsultant ksiądz proboszcz rabin biskup arcybiskup papież król królowa
    książę księżniczka lider liderka trener trenerka meteorolog klimatolog farmaceuta weterynarz`),
  roleSuffixes: words(`olog olożka`),
  rolePrefixes: words(`wice pod`),
  postAdjectives: words(`elekt`),
  namedWords: words(`imieniem`),
  determiners: words(`jego jej ich`),
  appositionLeads: words(`obecnie dziś były była`),
  formerWords: words(`były była byłego byłej dawny dawna`),
  complementRoles: words(`członek członkini`),
  copulas: words(`jest był była`),
  relativeWho: words(`który która`),
  expertiseVerbs: words(`kieruje bada wykłada prowadzi koordynuje`),
  asWords: words(`jako`),
  conjunctions: words(`ale lecz bo jeśli gdy jednak`),
  andWords: words(`i`),
  prepositions: words(`z ze w we na u dla przy od do o po przez za nad pod`),
  cueWords: words(`powiedział powiedziała dodał dodała stwierdził stwierdziła mówi mówił mówiła podkreślił podkreśliła
    napisał napisała wyjaśnił wyjaśniła zaznaczył zaznaczyła ocenił oceniła zapewnił zapewniła podkreśla dodaje
    twierdzi uważa pisze przyznał przyznała ostrzegł ostrzegła według zdaniem`),
  continuationCues: words(`dodał dodała dodaje`),
  indefinites: [],
  kinNouns: words(`matka ojciec syn córka żona mąż brat siostra wdowa`),
  aliasWords: words(`alias zwany zwana pseudonim`),
  ageWords: words(`lat lata`),
  pseudonymWords: words(`imię imienia nazwisko pseudonim anonimowość anonimowo tożsamość`),
  stopWords: words(`a i ale lub albo oraz w we na z ze do od o po przy przez za nad pod dla u że gdy kiedy gdzie jak
    dlaczego co kto to ten ta te ci on ona oni my ja wy jego jej ich jeśli także też jednak według zdaniem
    poniedziałek wtorek środa czwartek piątek sobota niedziela foto czytaj`),
  sentenceConnectors: words(`jednak także również ponadto natomiast więc zatem potem jeszcze`),
  placePrepositions: words(`w we`),
  months: words(`styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca
    sierpień sierpnia wrzesień września październik października listopad listopada grudzień grudnia`),
  orgWords: words(`uniwersytet uczelnia akademia szkoła instytut szpital klinika centrum towarzystwo stowarzyszenie
    fundacja fundusz rada komitet komisja ministerstwo urząd agencja inspektorat policja sąd sejm senat parlament
    partia związek unia federacja liga klub grupa spółka firma bank organizacja gazeta dziennik radio telewizja
    kościół wojsko armia zespół program ustawa ulica plac miasto województwo powiat gmina wyspa rzeka jezioro
    góra morze port lotnisko dworzec most stadion muzeum rzeczpospolita`),
  obliqueLeads: words(`zdaniem według od dla u bez obok`),
  // "Katarzyny/Katarzynie/Katarzyną" → "Katarzyna", "Nowickiej" → "Nowicka", "Nowaka/Nowakowi/Nowakiem" →
  // "Nowak", "Nowickiego" → "Nowicki", "Marka" → "Marek", "Pawła" → "Paweł".
  nominative: {
    feminine: {
      surname: [['skiej', 'ska'], ['ckiej', 'cka'], ['dzkiej', 'dzka'], ['ską', 'ska'], ['cką', 'cka'], ['owej', 'owa'], ['ową', 'owa']],
      first: [['ii', 'ia'], ['gi', 'ga'], ['ki', 'ka'], ['ą', 'a'], ['y', 'a']],
    },
    masculine: {
      surname: [['skiego', 'ski'], ['ckiego', 'cki'], ['dzkiego', 'dzki'], ['skiemu', 'ski'], ['ckiemu', 'cki'], ['skim', 'ski'], ['ckim', 'cki'], ['owi', ''], ['iem', ''], ['em', ''], ['a', '']],
      first: [['owi', ''], ['iem', ''], ['em', ''], ['a', '']],
    },
    mobileVowel: ['([bcćdfghjklłmnńprsśtwzźż])([kłl])$', '$1e$2'],
  },
};
