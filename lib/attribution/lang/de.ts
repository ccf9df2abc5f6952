import type { CueTable } from './types';

export const de: CueTable = {
  lang: 'de',
  verbs: [
    'sagt', 'sagte', 'gesagt', 'sagten', 'erklärt', 'erklärte', 'betont', 'betonte', 'meint', 'meinte', 'schreibt',
    'schrieb', 'geschrieben', 'berichtet', 'berichtete', 'warnt', 'warnte', 'ergänzt', 'ergänzte', 'erzählt', 'erzählte',
    'fügte', 'fügt', 'so', 'antwortet', 'antwortete', 'versichert', 'versicherte', 'kritisiert', 'kritisierte', 'sagen',
    'bekräftigt', 'bekräftigte', 'räumt', 'räumte', 'stellt', 'stellte', 'fordert', 'forderte', 'glaubt', 'glaubte',
    'findet', 'fand', 'teilte', 'teilt', 'verkündete', 'verkündet', 'bestätigt', 'bestätigte', 'unterstreicht', 'unterstrich',
    'konstatiert', 'konstatierte', 'erinnert', 'erinnerte', 'resümiert', 'resümierte', 'urteilt', 'urteilte', 'schwärmt', 'schwärmte', 'mahnt', 'mahnte',
  ],
  sourceFirst: ['laut', 'nach angaben von', 'zufolge'],
  pronounPhrases: { 'seinen angaben zufolge': 'er', 'ihren angaben zufolge': 'sie', 'nach seinen worten': 'er', 'nach ihren worten': 'sie' },
  listenerMarks: ['gegenüber'],
  nounArticles: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  fillers: ['hat', 'hatte', 'habe', 'auch', 'dann', 'noch', 'bereits', 'außerdem', 'zudem'],
  personPronouns: ['er', 'sie', 'ich', 'wir', 'ihm', 'ihr'],
  orgPronouns: ['es'],
  timeWords: ['am', 'heute', 'gestern', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'auch', 'dann', 'noch'],
  documentNouns: ['bericht', 'studie', 'brief', 'schreiben', 'erklärung', 'mitteilung', 'gutachten', 'urteil', 'papier', 'analyse'],
  authorMarkers: ['von', 'des', 'der'],
  genericRoles: ['arzt', 'ärztin', 'experte', 'expertin', 'wissenschaftler', 'wissenschaftlerin', 'forscher', 'forscherin', 'fachmann', 'professor', 'professorin'],
  nounsCapitalised: true,
  openingSources: ['für'],
  afterCommaOnly: ['so'],
  // Konjunktiv I, third person (forms that differ from the indicative), and "seien": the mood of
  // reported speech. Words that are also common other forms ("falle": im Falle) are left out.
  // Konjunktiv II stands in where the Konjunktiv I form is the indicative's ("würden", "hätten").
  reportedMood: ['sei', 'seien', 'habe', 'werde', 'würden', 'würde', 'hätten', 'wären', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'gebe', 'liege', 'gelte', 'komme', 'gehe', 'stehe', 'bleibe', 'brauche', 'fehle', 'zeige', 'lasse', 'wisse', 'mache', 'sehe', 'finde', 'handle', 'hänge', 'erwarte', 'rechne', 'plane', 'arbeite', 'dominiere', 'betrage', 'entstehe', 'steige', 'trage', 'führe', 'nehme', 'halte', 'biete', 'benötige', 'erfordere', 'verfüge', 'spiele', 'suche', 'laufe', 'sinke', 'wachse', 'helfe'],
  connectors: ['allerdings', 'außerdem', 'zudem', 'jedoch', 'dennoch', 'trotzdem', 'auch', 'dann', 'daher', 'deshalb', 'heute', 'gestern', 'inzwischen', 'mittlerweile', 'aber', 'und', 'doch', 'zwar', 'schließlich', 'ebenfalls', 'weiterhin', 'ferner', 'immerhin', 'jetzt', 'nun', 'andererseits', 'einerseits', 'ebenso', 'darüber hinaus', 'gleichzeitig', 'zugleich', 'später', 'anschließend', 'insofern', 'folglich', 'übrigens'],
};
