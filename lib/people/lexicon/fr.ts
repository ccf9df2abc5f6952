import type { PeopleLexicon } from './types';

const words = (s: string) => s.trim().split(/\s+/);

/** French. */
export const fr: PeopleLexicon = {
  titles: words(`dr docteur docteure pr pre professeur professeure président présidente ministre maire sénateur sénatrice député députée
    général colonel capitaine juge maître me`),
  honorifics: words(`m m. mme mme. mlle monsieur madame mademoiselle`),
  roleNouns: words(`médecin docteur docteure urgentiste généraliste anesthésiste pharmacien pharmacienne
    sage-femme kinésithérapeute chirurgien chirurgienne infirmier infirmière pédiatre psychiatre psychologue
    cardiologue pneumologue cancérologue oncologue radiologue neurologue virologue épidémiologiste infectiologue
    spécialiste expert experte chercheur chercheuse scientifique professeur professeure enseignant enseignante
    universitaire économiste statisticien historien historienne sociologue politologue géographe démographe
    ingénieur ingénieure architecte analyste journaliste rédacteur rédactrice éditorialiste correspondant
    correspondante reporter chroniqueur écrivain écrivaine romancier photographe avocat avocate juge procureur
    procureure magistrat notaire président présidente vice-président directeur directrice codirecteur
    fondateur fondatrice cofondateur patron patronne dirigeant dirigeante responsable gérant ministre secrétaire
    sénateur sénatrice gouverneur maire adjoint adjointe conseiller conseillère député députée eurodéputé
    ambassadeur ambassadrice diplomate consul commissaire porte-parole préfet préfète inspecteur officier
    capitaine commandant colonel général lieutenant pilote pompier chef cheffe doyen recteur délégué déléguée
    coordinateur coordinatrice consultant consultante conseiller prêtre pasteur rabbin imam évêque archevêque
    pape roi reine prince princesse leader entraîneur sélectionneur météorologue climatologue océanographe
    juriste constitutionnaliste philosophe théologien artiste peintre sculpteur sculptrice musicien musicienne
    chanteur chanteuse compositeur compositrice acteur actrice comédien comédienne cinéaste réalisateur
    réalisatrice scénariste dramaturge auteur autrice essayiste traducteur traductrice éditeur éditrice
    animateur animatrice présentateur présentatrice blogueur développeur développeuse programmeur designer
    agriculteur agricultrice éleveur éleveuse pêcheur pêcheuse navigateur navigatrice astronaute
    technicien technicienne mécanicien électricien entrepreneur entrepreneuse banquier banquière
    investisseur militant militante activiste candidat candidate délégué représentant représentante
    négociateur médiateur policier policière gendarme soldat sergent caporal kinésithérapeute thérapeute
    gynécologue obstétricien instituteur institutrice éducateur éducatrice formateur formatrice moine
    religieuse prédicateur aumônier missionnaire footballeur attaquant gardien défenseur athlète
    cycliste nageur nageuse boxeur arbitre cuisinier cuisinière conducteur chauffeur physicien physicienne
    chimiste mathématicien mathématicienne statisticienne archéologue biologiste géologue 
    comptable trésorier trésorière
    doctorant questeur parlementaire élu naturopathe ostéopathe diététicien nutritionniste
    sénateur haut-commissaire commissaire conseiller préfet sous-préfet garde chancelier procureur
    président-directeur administrateur gestionnaire cadre-dirigeant syndicaliste`),
  // Feminine forms of the listed role nouns: "directeur" → "directrice", "chercheur" → "chercheuse",
  // "avocat" → "avocate", "pharmacien" → "pharmacienne", "conseiller" → "conseillère".
  feminine: [['eur', 'euse'], ['eur', 'rice'], ['ien', 'ienne'], ['er', 'ère'], ['on', 'onne'], ['f', 've'], ['', 'e']],
  // "-iste" makes a role noun ("journaliste", "ophtalmologiste"), "-pathe" too ("naturopathe"), but for
  // the words in notRoles.
  roleSuffixes: words(`ologue iatre ologiste iste pathe`),
  notRoles: words(`liste piste triste existe insiste persiste résiste consiste assiste subsiste kyste
    générale socialiste communiste nationaliste populiste islamiste terroriste touriste raciste`),
  elisions: words(`l d`),
  postAdjectives: words(`élu élue délégué déléguée général générale adjoint adjointe honoraire émérite sortant sortante`),
  namedWords: words(`nommé nommée appelé appelée baptisé`),
  articles: words(`le la les`),
  definiteArticles: words(`le la l`),
  determiners: words(`le la les l un une son sa ses leur notre`),
  articlePrepositions: words(`au aux du des`),
  postAdjectiveEndings: words(`al ale el elle ique if ive aire`),
  appositionLeads: words(`désormais aujourd'hui actuellement ancien ancienne ex le la l un une`),
  formerWords: words(`ancien ancienne ex`),
  complementRoles: words(`membre`),
  copulas: words(`est était fut devient`),
  relativeWho: words(`qui`),
  expertiseVerbs: words(`étudie enseigne dirige préside coordonne codirige`),
  asWords: words(`comme`),
  conjunctions: words(`mais car donc lorsque quand puisque tandis si`),
  andWords: words(`et`),
  pluralEndings: [['aux', 'al'], ['s', '']],
  prepositions: words(`de du des à au aux en pour chez d`),
  cueWords: words(`dit déclaré déclare ajouté ajoute affirmé affirme expliqué explique souligné souligne estimé
    estime indiqué indique précisé précise selon raconte raconté confie confié assure assuré poursuit conclut
    rappelle rappelé insiste insisté annoncé annonce répond répondu écrit lance lancé martèle`),
  continuationCues: words(`ajouté ajoute poursuivi poursuit renchérit enchaîné`),
  indefinites: words(`un une`),
  kinNouns: words(`mère père fils fille femme mari frère sœur épouse époux compagne compagnon veuve enfant`),
  aliasWords: words(`alias surnommé surnommée`),
  ageWords: words(`ans`),
  pseudonymWords: words(`nom prénom prénoms pseudonyme anonymat anonyme identité`),
  stopWords: words(`le la les l un une des du de d et ou mais donc or ni car à au aux en dans sur sous par pour avec
    sans chez après avant pendant depuis quand où comment pourquoi que qui quoi ce cet cette ces il elle ils elles
    nous vous je on son sa ses leur leurs notre votre mon ma mes si alors aussi selon lundi mardi mercredi jeudi
    vendredi samedi dimanche nord sud est ouest saint sainte photo lire aussi voir`),
  sentenceConnectors: words(`cependant pourtant toutefois ainsi aussi ensuite puis enfin alors donc néanmoins également d’ailleurs
    désormais encore toujours surtout`),
  placePrepositions: words(`en à`),
  months: words(`janvier février mars avril mai juin juillet août septembre octobre novembre décembre`),
  // Organisation names start with their head noun ("Hospital das Clínicas"): a place noun at the end of
  // a run is a surname ("Fernanda Costa").
  orgHeadFirst: true,
  orgWords: words(`université école institut institution centre hôpital clinique société association fondation
    conseil comité commission département ministère agence bureau office service police gendarmerie tribunal
    cour parlement assemblée sénat parti union alliance fédération ligue club groupe compagnie banque fonds
    autorité administration organisation réseau journal presse radio église armée équipe programme loi traité
    rue avenue boulevard place ville région île îles plage baie fleuve lac mont montagne vallée côte mer océan
    port aéroport gare pont tour stade musée prison république royaume quai élysée matignon`),
};
