import type { PeopleLexicon } from './types';

const words = (s: string) => s.trim().split(/\s+/);

/** English. */
export const en: PeopleLexicon = {
  titles: words(`dr doctor prof professor president president-elect vice-president minister premier chancellor
    senator sen sen. rep congressman congresswoman del. gov governor mayor judge justice gen general col colonel capt
    captain lt lieutenant sgt sergeant maj major cmdr commander adm admiral rev reverend bishop archbishop cardinal
    pope rabbi imam sheikh ambassador secretary commissioner inspector superintendent detective constable
    chief coach prime deputy attorney sheriff chairman chairwoman king queen prince princess officer
    taoiseach tanaiste tánaiste speaker`),
  honorifics: words(`mr mr. mrs mrs. ms ms. miss mx sir dame lord lady madam`),
  roleNouns: words(`doctor physician surgeon nurse midwife paramedic pediatrician paediatrician psychiatrist
    psychologist therapist dentist pharmacist veterinarian vet anaesthetist anesthetist anaesthesiologist-resuscitator
    resuscitator traumatologist specialist expert scientist researcher professor lecturer scholar academic
    economist statistician mathematician physicist chemist engineer architect analyst strategist pollster
    historian demographer geneticist epidemiologist virologist immunologist nutritionist dietitian dietician
    oceanographer meteorologist climatologist geographer astronomer astrophysicist archaeologist
    journalist editor correspondent reporter columnist commentator critic writer novelist poet photographer
    lawyer attorney barrister solicitor counsel judge prosecutor magistrate justice notary
    president president-elect vice-president chairman chairwoman chairperson chair director co-director
    head chief founder co-founder ceo cfo coo cto executive manager administrator coordinator supervisor
    minister secretary senator governor mayor councillor councilor councilman councilwoman legislator lawmaker
    congressman congresswoman mp mep deputy ambassador envoy diplomat consul commissioner spokesman
    spokeswoman spokesperson official officer inspector superintendent detective constable sheriff sergeant
    captain commander colonel general lieutenant admiral ranger warden firefighter pilot
    adviser advisor consultant fellow dean provost rector chancellor principal teacher trainer coach
    curator librarian archivist conductor composer chef
    priest pastor vicar rabbi imam bishop archbishop cardinal pope elder chieftain
    leader premier king queen monarch prince princess auditor accountant treasurer
    investigator clinician epidemiologist pathologist neurologist neuroscientist
    developer programmer coder designer artist sculptor illustrator cartoonist animator musician 
    songwriter guitarist pianist violinist cellist drummer rapper dancer choreographer actor actress comedian
    filmmaker screenwriter playwright dramatist author biographer essayist philosopher theologian linguist
    translator interpreter publisher broadcaster presenter blogger podcaster photojournalist cameraman
     rancher fisherman fisherwoman skipper sailor seafarer navigator astronaut cosmonaut
    technician mechanic electrician plumber welder surveyor inventor naturalist biochemist
    entrepreneur businessman businesswoman banker investor financier industrialist retailer
    activist campaigner organiser organizer lobbyist politician statesman stateswoman candidate nominee
    delegate representative negotiator mediator regulator aide assistant staffer
    policeman policewoman trooper soldier corporal brigadier commandant
    radiographer optometrist optician physiotherapist chiropractor obstetrician gynaecologist gynecologist
    psychotherapist psychoanalyst counsellor counselor pharmacologist toxicologist medic gp surgeon-general
    educator headteacher headmaster headmistress tutor instructor jurist paralegal
    monk preacher cleric chaplain missionary
    footballer goalkeeper midfielder striker athlete cyclist sprinter swimmer boxer jockey referee umpire golfer
    chef winemaker florist hairdresser bartender pilot courier forester beekeeper
    host co-host cohost anchor anchorman anchorwoman newscaster moderator incumbent
    councilmember assemblyman assemblywoman assemblymember alderman alderwoman selectman comptroller
    cofounder co-chair cochair vice-chair trustee taoiseach tanaiste tánaiste fitter builder carpenter
    agent operative
    prosecuting defending presiding`),
  roleSuffixes: words(`ologist iatrist ician ographer onomist ometrist ologue`),
  postAdjectives: words(`emeritus general elect designate`),
  namedWords: words(`named called`),
  articles: words(`the`),
  definiteArticles: words(`the`),
  determiners: words(`the a an his her their its our my`),
  appositionLeads: words(`now currently formerly also then himself herself a an the one both has had`),
  formerWords: words(`former ex onetime one-time longtime long-time veteran retired`),
  complementRoles: words(`member`),
  phraseOnlyRoles: words(`fellow`),
  firmRoles: words(`developer publisher broadcaster retailer regulator investor designer manufacturer producer operator`),
  copulas: words(`is was been becomes became remains are were`),
  relativeWho: words(`who`),
  expertiseVerbs: words(`studies researches teaches lectures specializes specialises leads directs heads chairs oversees coordinates
    advises represents manages supervises edits curates`),
  affiliationVerbs: words(`works worked`),
  affiliationPrepositions: words(`for at in`),
  placeWords: words(`street road avenue square city county state states province region district island islands beach
    bay river lake mountain mountains mount valley coast sea ocean harbour harbor peninsula desert forest kingdom republic`),
  asWords: words(`as`),
  conjunctions: words(`but yet although though because while whereas unless if when`),
  andWords: words(`and`),
  pluralEndings: [['men', 'man'], ['ies', 'y'], ['s', '']],
  groupEndings: { adjective: words(`ian ean ese ish i an`), plural: words(`ists ians cans ites`) },
  partyNouns: words(`democrat republican tory conservative liberal libertarian socialist progressive independent`),
  prepositions: words(`of at in for from with on to as by`),
  cueWords: words(`said says say told tells added adds noted notes wrote writes explained explains according
    asked asks stated states recalled recalls argued argues warned warns insisted insists continued continues
    commented comments admitted admits claimed claims believes thinks replied replies responded announced
    declared acknowledged confirmed suggested described testified tweeted posted urged concluded`),
  continuationCues: words(`added adds continued`),
  indefinites: words(`a an`),
  kinNouns: words(`mother father son daughter wife husband brother sister partner widow widower mum mom dad
    friend colleague neighbour neighbor classmate roommate
    grandmother grandfather aunt uncle cousin niece nephew boyfriend girlfriend fiance fiancee child`),
  aliasWords: words(`alias aka nicknamed`),
  ageWords: words(`years`),
  pseudonymWords: words(`name names pseudonym pseudonyms anonymity anonymous identity`),
  stopWords: words(`the a an and but or nor so yet for in on at to of by with from as into onto after before during
    since until while when where why how what who whom whose which that this these those there here it its he she
    they we i you his her their our my your if then than however meanwhile also although though because despite
    according earlier later today yesterday tomorrow now last next first second third all some many most every
    each no not yes one two three four five six seven eight nine ten monday tuesday wednesday thursday friday
    saturday sunday new north south east west northern southern eastern western central united royal national
    international great greater old upper lower saint san santa los las el la le les de du des photo credit
    image video read related continue analysis watch listen advertisement getty images reuters ap afp
    clockwise above below left right top bottom inside outside via`),
  sentenceConnectors: words(`however meanwhile moreover furthermore also still yet instead indeed nevertheless nonetheless besides
    therefore thus hence otherwise then later earlier finally overall ultimately instead`),
  placePrepositions: words(`in inside across throughout`),
  months: words(`january february march april may june july august september october november december`),
  orgWords: words(`university college school institute institution center centre hospital clinic society
    association foundation council committee commission department ministry agency bureau office service
    services police court parliament congress senate duma assembly party union alliance federation league club
    group company co corp corporation inc ltd llc plc fund trust board authority administration organisation
    organization network news times post journal press magazine tv radio airlines airways house church
    army navy guard team programme program act treaty street road avenue square city county state states
    province region district island islands beach bay river lake mountain mountains mount valley coast sea ocean
    harbour harbor airport station bridge tower stadium museum gallery prison peninsula desert forest republic
    kingdom emirates nations review report reports index summit conference cup games award prize`),
};
