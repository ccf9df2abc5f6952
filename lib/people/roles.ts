import type { ArticleText } from '../article/types';
import type { NameRun } from './candidates';
import { DEGREES } from './lexicon/common';
import type { Lexicon } from './lexicon';
import type { Token } from './tokens';
import { isHonorific, isNameWord, isOrgWord, isRoleWord, isTitle } from './words';

/** A gap that ends a phrase: punctuation, brackets, quotation marks, a spaced dash. */
const PHRASE_END = /[,.;:()\[\]"“”«»„!?]|\s[-–—]\s/;
const MAX_PHRASE = 14;
/** Capitalised words that start a photo credit inside a caption ("pulmonologist Photo: …"). */
const CREDIT_WORDS = new Set(['photo', 'photos', 'credit', 'foto', 'fotos', 'image', 'picture', 'illustration', 'getty', 'reuters', 'afp']);
const MAX_HEAD = 6;

interface Ctx {
  tokens: Token[];
  text: string;
  lex: Lexicon;
}

const slice = (c: Ctx, a: number, b: number) => c.text.slice(c.tokens[a].start, c.tokens[b - 1].end);
const sameBlock = (c: Ctx, a: number, b: number) => a >= 0 && b < c.tokens.length && c.tokens[a].block === c.tokens[b].block;

/**
 * A relative pronoun inside a role phrase ends it ("a neurologist at Johns Hopkins who led the
 * study"); but where the pronoun is also an article (German "der", "die"), it is the article of
 * the complement ("Direktorin der Klinik für …"): a German relative clause opens after a comma,
 * which ends the phrase anyway.
 */
const relativeInside = (lex: Lexicon, w: string) => lex.relativeWho.has(w) && !lex.determiners.has(w);

/**
 * A role noun used as a modifier of the next noun is not the head of a role phrase: "suffered head
 * injuries", "expert witnesses". The next word is a lower-case plural that is neither a function
 * word nor a role noun itself.
 */
function modifier(c: Ctx, h: number, e: number): boolean {
  const { tokens, lex } = c;
  const n = tokens[h + 1];
  if (!n || h + 1 >= e || n.gap !== ' ' || n.text !== n.lower) return false;
  const w = n.lower;
  if (lex.stopWords.has(w) || lex.prepositions.has(w) || lex.cueWords.has(w) || lex.copulas.has(w) || lex.relativeWho.has(w) ||
    lex.determiners.has(w) || lex.postAdjectives.has(w) || isRoleWord(w, lex)) return false;
  return w.length >= 4 && /[^su]s$/.test(w);
}

/**
 * "a member of Ennahda’s general secretariat", "Mitglied des Bundestages": a noun that presents a
 * role only with an institution after it (a capitalised word within the next three).
 */
function memberOf(c: Ctx, h: number, e: number): boolean {
  const { tokens, lex } = c;
  if (!lex.complementRoles.has(tokens[h].lower)) return false;
  const prep = tokens[h + 1];
  if (!prep || h + 1 >= e || !(lex.prepositions.has(prep.lower) || lex.determiners.has(prep.lower) || lex.inflected)) return false;
  // An acronym counts: "integrante de la ONG …".
  for (let m = h + 1; m < e && m <= h + 3; m++) if (isNameWord(tokens[m]) || isOrgWord(tokens[m].lower, lex) || /^\p{Lu}{2,}$/u.test(tokens[m].text)) return true;
  return false;
}

/**
 * "X, former striker of Liverpool", Czech "někdejší útočník Liverpoolu", "X, ex-jugador": the noun
 * after a word meaning "former" is a role even when the table lacks it (not a kinship noun: "his
 * former wife"). Looks at the first words of the phrase from `k`; returns the noun's index or -1.
 */
function formerHead(c: Ctx, k: number, e: number): number {
  const { tokens, lex } = c;
  const noun = (t: Token | undefined) => t !== undefined && (t.text === t.lower || lex.capitalNouns) && t.lower.length >= 3 && /^\p{L}/u.test(t.lower) &&
    !lex.stopWords.has(t.lower) && !lex.prepositions.has(t.lower) && !lex.cueWords.has(t.lower) && !lex.copulas.has(t.lower) &&
    !lex.determiners.has(t.lower) && !lex.kinNouns.has(t.lower) && !lex.relativeWho.has(t.lower) && !lex.formerWords.has(t.lower);
  for (let f = k; f < e && f - k < 3; f++) {
    const w = tokens[f].lower;
    if (/^ex-\p{L}{3,}/u.test(w) && noun(tokens[f]) && !lex.kinNouns.has(w.slice(3))) return f;
    if (!lex.formerWords.has(w)) continue;
    const n = tokens[f + 1];
    return f + 1 < e && n.gap === ' ' && noun(n) ? f + 1 : -1;
  }
  return -1;
}

/**
 * The phrase that starts at token `k` and runs to the next punctuation (at most MAX_PHRASE words),
 * if it presents a role: a role noun among its head words, before the first preposition
 * ("a senior fellow at …", "deputy chairman of the Duma committee …"). Returns the phrase and
 * the index after it.
 */
function rolePhrase(c: Ctx, k: number): { role: string; next: number } | null {
  const { tokens, lex } = c;
  let s = k;
  // leading "a", "now", "who is", "one of the"
  while (s < tokens.length && sameBlock(c, k, s) && (s === k || !PHRASE_END.test(tokens[s].gap)) &&
    (lex.appositionLeads.has(tokens[s].lower) || lex.relativeWho.has(tokens[s].lower) || lex.copulas.has(tokens[s].lower))) s++;
  if (s >= tokens.length || !sameBlock(c, k, s) || (s > k && PHRASE_END.test(tokens[s].gap))) return null;
  // "El Faro, sino un colaborador": a clause, not an apposition.
  if (lex.conjunctions.has(tokens[s].lower)) return null;
  let e = s;
  // "… a political advisor to the mayor but is not working for him": a conjunction ends the phrase.
  while (e < tokens.length && e - s < MAX_PHRASE && sameBlock(c, s, e) && (e === s || !PHRASE_END.test(tokens[e].gap)) &&
    !(isNameWord(tokens[e]) && CREDIT_WORDS.has(tokens[e].lower)) && !relativeInside(lex, tokens[e].lower) &&
    !(e > s && lex.conjunctions.has(tokens[e].lower))) e++;
  // "X, who studies food supply chains at Cornell": a relative clause that presents expertise (not
  // "who studies at Leeds", a student).
  const relative = s > k && lex.relativeWho.has(tokens[s - 1].lower);
  if (relative && lex.expertiseVerbs.has(tokens[s].lower) && e > s + 1 &&
    !lex.prepositions.has(tokens[s + 1].lower)) return { role: slice(c, k, e), next: e };
  // "X, who works for the Transportation Department": employment by a named organisation (a
  // capitalised run with an organisation word) is a role; "who works for a living" or "in Main
  // Street" (a place) is not.
  if (relative && lex.affiliationVerbs.has(tokens[s].lower) && e > s + 2 && lex.affiliationPrepositions.has(tokens[s + 1].lower) &&
    tokens.slice(s + 2, e).some((t) => isNameWord(t) && isOrgWord(t.lower, lex) && !lex.placeWords.has(t.lower))) return { role: slice(c, s, e), next: e };
  // "X, who follows Amazon as a managing director at …", "X, who serves as chief of staff": the
  // phrase after "as" in the relative clause is the role (when it has a role noun).
  if (relative) {
    for (let a = s; a < e && a - s < 6; a++) {
      if (!lex.asWords.has(tokens[a].lower) || a + 1 >= e) continue;
      const p = rolePhrase(c, a + 1);
      return p ? { role: p.role, next: e } : null;
    }
  }
  let head = -1;
  let stop = e;
  for (let h = s; h < e && h - s < MAX_HEAD; h++) {
    const w = tokens[h].lower;
    // "X, Loriot als Sprachkünstler": a noun before "as" is a subject, and the phrase a clause.
    if (h > s && lex.asWords.has(w)) return null;
    if (lex.prepositions.has(w) || lex.cueWords.has(w) || lex.copulas.has(w)) {
      stop = lex.prepositions.has(w) ? h : e;
      break;
    }
    if ((isRoleWord(w, lex) && !modifier(c, h, e)) || memberOf(c, h, e)) {
      head = h;
      break;
    }
  }
  // "X, vecina del área e integrante de la ONG …": a second noun joined by "and" after the first
  // noun's complement is the role.
  for (let h = stop; head < 0 && h + 1 < e && h - s < MAX_PHRASE; h++) {
    if (!lex.andWords.has(tokens[h].lower) || lex.cueWords.has(tokens[h].lower)) continue;
    const n = lex.determiners.has(tokens[h + 1].lower) && h + 2 < e ? h + 2 : h + 1;
    if ((isRoleWord(tokens[n].lower, lex) || memberOf(c, n, e)) && (tokens[n].text === tokens[n].lower || lex.capitalNouns)) head = n;
  }
  if (head < 0) head = formerHead(c, k, e);
  if (head < 0) return null;
  // "X, the pulmonologist Y": the role belongs to the name that follows it.
  const after = tokens[head + 1];
  // But "X, kierownik Kliniki Chorób Zakaźnych": an organisation after the role noun is its complement;
  // so is one capitalised word that ends the phrase in an inflected language ("útočník Liverpoolu").
  if (after && head + 1 < e && after.gap === ' ' && isNameWord(after) && !lex.stopWords.has(after.lower) && !isTitle(after.lower, lex) &&
    !isOrgWord(after.lower, lex) && !(lex.inflected && head + 2 === e)) return null;
  // "Apparently, a real doctor has to work …": a clause, not an apposition.
  for (let h = head + 1; h < e; h++) if (lex.copulas.has(tokens[h].lower) || lex.cueWords.has(tokens[h].lower)) return null;
  return { role: slice(c, s, e), next: e };
}

/**
 * Walk back from `k` over a genitive complement to the role noun it belongs to: names, numbers,
 * organisation nouns, and words right after a role or organisation noun ("zdravotnictví"), at most
 * five, within one phrase. Returns the role noun's index or -1.
 */
function genitiveHead(c: Ctx, k: number): number {
  const { tokens, lex } = c;
  // "специалист Минздрава по инфекционным болезням X": a prepositional phrase in lower case after a
  // named complement; the walk goes on from the word before the preposition.
  for (let m = k, n = 0; m > 0 && n < 4 && sameBlock(c, m - 1, m) && !PHRASE_END.test(tokens[m].gap); m--, n++) {
    const t = tokens[m];
    if (lex.prepositions.has(t.lower)) {
      if (m < k && (isNameWord(tokens[m - 1]) || isOrgWord(tokens[m - 1].lower, lex)) && !PHRASE_END.test(tokens[m].gap)) k = m - 1;
      break;
    }
    if (isNameWord(t) || lex.stopWords.has(t.lower) || lex.cueWords.has(t.lower) || lex.copulas.has(t.lower) || isRoleWord(t.lower, lex)) break;
  }
  for (let m = k; m > 0 && k - m < 5 && sameBlock(c, m - 1, m) && !PHRASE_END.test(tokens[m].gap) && !tokens[m].sentenceStart; m--) {
    const t = tokens[m];
    const prev = tokens[m - 1].lower;
    const governed = isRoleWord(prev, lex) || isOrgWord(prev, lex);
    // "Szpitala Powiatowego w Bochni": a preposition inside a named complement.
    const inner = m < k && lex.prepositions.has(t.lower) && (isNameWord(tokens[m - 1]) || isOrgWord(prev, lex)) && isNameWord(tokens[m + 1]);
    const content = !lex.stopWords.has(t.lower) && !lex.cueWords.has(t.lower) && !lex.copulas.has(t.lower) && !lex.prepositions.has(t.lower);
    if (inner) continue;
    if (!content || !(/^\p{N}+$/u.test(t.lower) || isNameWord(t) || isOrgWord(t.lower, lex) || governed)) return -1;
    if (isRoleWord(prev, lex)) return m - 1;
  }
  return -1;
}

/**
 * An adjective after a role noun: listed ("presidente eleito") or, where adjectives follow nouns, a
 * lower-case word with an adjective ending ("el ingeniero civil X", "le médecin légiste X").
 */
function postAdjective(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  const w = t.lower;
  if (c.lex.postAdjectives.has(w)) return true;
  return t.text === w && w.length >= 5 && c.lex.postAdjectiveEndings.some((e) => w.endsWith(e)) && !c.lex.stopWords.has(w) &&
    !c.lex.prepositions.has(w) && !c.lex.cueWords.has(w) && !c.lex.copulas.has(w) && !isRoleWord(w, c.lex);
}

/** The name is followed by a comma that closes an apposition: "…, Ann Lowe, said". */
function closedApposition(c: Ctx, run: NameRun): boolean {
  const a = c.tokens[run.end];
  return a !== undefined && sameBlock(c, run.end - 1, run.end) && /^\s*,\s*$/.test(a.gap);
}

/** A plural role noun: "ministers", "fishermen" (by the language's plural endings). */
function isPluralRole(c: Ctx, w: string): boolean {
  for (const [pl, sg] of c.lex.pluralEndings) {
    if (w.length > pl.length + 2 && w.endsWith(pl) && isRoleWord(w.slice(0, -pl.length) + sg, c.lex)) return true;
  }
  return false;
}

/**
 * "cabinet ministers Jonathan Moyo and Saviour Kasukuwere", "doctors A, B and C": the first token
 * of the first name of a list of names joined by "and" or commas, right after a plural role noun,
 * when the run at `run` is in that list (and not first in it). Returns -1 otherwise.
 */
function coordinatedFirst(c: Ctx, run: NameRun): number {
  const { tokens, lex } = c;
  const first = tokens[run.prefix];
  let m = run.prefix - 1;
  if (!sameBlock(c, m, run.prefix)) return -1;
  if (lex.andWords.has(tokens[m].lower) && first.gap === ' ') m--;
  else if (!/^\s*,\s*$/.test(first.gap)) return -1;
  for (let n = 0; n < 16 && m > 0 && sameBlock(c, m - 1, m); n++) {
    const t = tokens[m];
    if (!isNameWord(t) && !lex.andWords.has(t.lower)) return -1;
    const prev = tokens[m - 1];
    if (t.gap === ' ' && isPluralRole(c, prev.lower) && isNameWord(t)) return m;
    if (t.gap !== ' ' && !/^\s*,\s*$/.test(t.gap)) return -1;
    m--;
  }
  return -1;
}

/** Another name follows the run after "and" or a comma: "A and B", "A, B". */
function listFollows(c: Ctx, run: NameRun): boolean {
  const { tokens, lex } = c;
  const a = tokens[run.end];
  if (!a || !sameBlock(c, run.end - 1, run.end)) return false;
  if (/^\s*,\s*$/.test(a.gap) && isNameWord(a)) return true;
  const b = tokens[run.end + 1];
  return a.gap === ' ' && lex.andWords.has(a.lower) && b !== undefined && sameBlock(c, run.end, run.end + 1) && isNameWord(b);
}

/** A lower-case elided preposition glued to a capitalised word: "d’Emmanuel", "dell’Ente", "all’Onu". */
const GLUED_PREPOSITION = /^(?:d|dell|dall|all|nell|sull|degl)['’]\p{Lu}/u;

/** Role phrases written before the name: a title in the run, or "the pediatrician X", "Sudan’s president, X". */
function rolesBefore(c: Ctx, run: NameRun, listed = false): string[] {
  // A later name of a list after a plural role noun takes the role of the first one.
  const list = listed ? -1 : coordinatedFirst(c, run);
  if (list >= 0) return rolesBefore(c, { ...run, prefix: list, name: list }, true);
  const { tokens, lex } = c;
  const roles: string[] = [];
  const prefix = tokens.slice(run.prefix, run.name);
  // "Hausarzt Dr. Markus Brenner": a role noun and an abbreviated title are two roles, not one.
  const abbreviated = (t: Token) => t.text.endsWith('.') || (t.lower.length <= 4 && isTitle(t.lower, lex));
  for (let a = run.prefix; a < run.name;) {
    let b = a + 1;
    while (b < run.name && abbreviated(tokens[b]) === abbreviated(tokens[a])) b++;
    if (tokens.slice(a, b).some((t) => isTitle(t.lower, lex) && !isHonorific(t.lower, lex))) roles.push(slice(c, a, b));
    a = b;
  }

  const first = tokens[run.prefix];
  // "conseiller spécial d’Emmanuel Macron": a preposition glued to the name makes it the role's
  // complement; the role is someone else's.
  if (GLUED_PREPOSITION.test(first.text)) return roles;
  let k = run.prefix - 1;
  if (!sameBlock(c, k, run.prefix)) return roles;
  const comma = /^\s*,\s*$/.test(first.gap);
  if (!comma && first.gap !== ' ') return roles;
  if (!comma && lex.namedWords.has(tokens[k].lower) && sameBlock(c, k - 1, k) && tokens[k].gap === ' ') k--;
  let head = -1;
  let end = k + 1;
  const lower = (t: Token | undefined) => t !== undefined && t.text === t.lower;
  // "fellow Ennahda members": a word that is a role only as the head of a phrase.
  if (lex.phraseOnlyRoles.has(tokens[k].lower)) return roles;
  // "Fisherman’s Terminal": a possessor, not a role.
  if (tokens[k].possessive) return roles;
  if (isRoleWord(tokens[k].lower, lex)) head = k;
  else if (!comma && isPluralRole(c, tokens[k].lower) && tokens[k].text === tokens[k].lower && run.end - run.name >= 2 && (listed || listFollows(c, run))) head = k;
  // "board member Jane Doe"; "bývalý útočník Jan Dvořák", "former striker X": a noun after "former".
  else if (!comma && lower(tokens[k]) && sameBlock(c, k - 1, k) && tokens[k].gap === ' ' &&
    ((lex.complementRoles.has(tokens[k].lower) && isOrgWord(tokens[k - 1].lower, lex)) || formerHead(c, k - 1, k + 1) === k)) head = k;
  // "le député LREM X", "el diputado del PAN X": a party or institution acronym after the role noun.
  else if (!comma && /^\p{Lu}{2,6}$/u.test(tokens[k].text) && sameBlock(c, k - 1, k) && tokens[k].gap === ' ' &&
    tokens[k - 1].text === tokens[k - 1].lower && isRoleWord(tokens[k - 1].lower, lex)) head = k - 1;
  else if (postAdjective(c, k) && sameBlock(c, k - 1, k) && tokens[k].gap === ' ' && isRoleWord(tokens[k - 1].lower, lex)) head = k - 1;
  // Czech and Russian put the complement in the genitive, with no preposition: "ministr zdravotnictví X",
  // "ředitel Fakultní nemocnice Brno X", "главный врач больницы №40 X".
  else if (lex.inflected && !comma && (head = genitiveHead(c, k)) >= 0) { /* found */ }
  else {
    // "Secretary of State Antony Blinken", "the head of the WHO, Tedros Adhanom": a role noun with
    // its complement. The complement may be the capitalised start of the run itself.
    const inRun = !comma && run.name > run.prefix && !prefix.some((t) => isTitle(t.lower, lex) || isHonorific(t.lower, lex));
    const from = comma ? k : inRun ? k : -1;
    // The complement may be long: "la directora de Planificación y Desarrollo de la Fundación Mar Azul, X".
    for (let m = from; m > from - MAX_PHRASE && m > 0 && sameBlock(c, m - 1, m) && !tokens[m].sentenceStart; m--) {
      if (m < run.prefix && m !== k && PHRASE_END.test(tokens[m + 1].gap)) break;
      const w = tokens[m - 1].lower;
      if (lex.cueWords.has(w) || lex.copulas.has(w) || PHRASE_END.test(tokens[m].gap)) break;
      // "la versión del presidente de la Asamblea sobre peticiones que han hecho periodistas, X":
      // a relative clause before the comma belongs to a noun phrase, not to a role of X.
      if (tokens[m].text === tokens[m].lower && relativeInside(lex, tokens[m].lower)) break;
      // "secretária municipal da Saúde": one adjective may follow the role noun.
      const adjective = m >= 2 && sameBlock(c, m - 2, m - 1) && tokens[m - 1].gap === ' ' && !isNameWord(tokens[m - 1]) &&
        !lex.stopWords.has(w) && !lex.prepositions.has(w) && isRoleWord(tokens[m - 2].lower, lex);
      if (lex.prepositions.has(tokens[m].lower) && (isRoleWord(w, lex) || adjective)) {
        head = isRoleWord(w, lex) ? m - 1 : m - 2;
        end = comma ? k + 1 : run.name;
        break;
      }
    }
  }
  if (head < 0) return roles;
  // Extend back over modifiers: "the BBC's North America editor", "infectious disease specialist".
  let s = head;
  let opened = false;
  while (s - 1 >= 0 && head - s < 5 && sameBlock(c, s - 1, s) && !PHRASE_END.test(tokens[s].gap) && !tokens[s].sentenceStart) {
    const w = tokens[s - 1].lower;
    if (lex.determiners.has(w)) {
      s--;
      opened = true;
      break;
    }
    // "disse ao presidente do Supremo, X": an article fused with a preposition opens the phrase.
    if (lex.articlePrepositions.has(w) && tokens[s - 1].text === w) {
      opened = true;
      break;
    }
    // "el periodista y colaborador de El Diario, X": two role nouns joined by "and".
    if (lex.andWords.has(w) && s >= 2 && sameBlock(c, s - 2, s - 1) && tokens[s - 1].gap === ' ' && isRoleWord(tokens[s - 2].lower, lex) &&
      !isNameWord(tokens[s - 2])) {
      s -= 2;
      continue;
    }
    // "по мнению вирусолога X", "zdaniem lekarza X": a word that governs the case is not part of the role.
    // A capitalisable adjective of the stop list ("national") stays when a determiner or a possessive
    // opens the phrase right before it: "the national security adviser", "Sudan’s national …".
    const opener = s >= 2 && sameBlock(c, s - 2, s - 1) && (lex.determiners.has(tokens[s - 2].lower) || tokens[s - 2].possessive) &&
      !lex.determiners.has(w) && !lex.prepositions.has(w) && !lex.cueWords.has(w) && tokens[s - 1].text === w;
    if (lex.cueWords.has(w) || lex.copulas.has(w) || lex.prepositions.has(w) || lex.obliqueLeads.has(w) || (lex.stopWords.has(w) && !isNameWord(tokens[s - 1]) && !opener)) break;
    s--;
    // "Sudan’s president": a possessive opens the phrase, like a determiner; a capitalised possessor
    // keeps its other words and its article ("the Prime Minister’s national security adviser").
    if (tokens[s].possessive) {
      opened = true;
      for (let n = 0; n < 3 && s >= 1 && sameBlock(c, s - 1, s) && tokens[s].gap === ' ' && isNameWord(tokens[s - 1]) && !tokens[s - 1].possessive && !tokens[s - 1].sentenceStart; n++) s--;
      if (s >= 1 && sameBlock(c, s - 1, s) && tokens[s].gap === ' ' && lex.determiners.has(tokens[s - 1].text)) s--;
      break;
    }
  }
  // "Yahoo’s chief executive, Marissa Mayer": a comma apposition needs a determiner or a possessive,
  // or the whole sentence start with the name closed by a second comma: "Union Chief Executive, Ann
  // Lowe, said".
  if (comma && !opened && !(tokens[s].sentenceStart && closedApposition(c, run))) return roles;
  roles.push(slice(c, s, end));
  return roles;
}

/**
 * A degree written with inner dots, which the tokenizer splits ("Ph.D.", "M.D.", "D.Phil."): the
 * index after it, or `k` when the words from `k` are no degree.
 */
function dottedDegree(c: Ctx, k: number): number {
  const { tokens } = c;
  let joined = tokens[k].lower;
  for (let e = k + 1; e < tokens.length && e - k < 4 && sameBlock(c, k, e) && /^\.?$/.test(tokens[e].gap); e++) {
    joined += tokens[e].lower.replace(/\.$/, '');
    if (DEGREES.has(joined)) return e + 1;
  }
  return k;
}

/** Role phrases written after the name: "X, pulmonologist", "X, MD, president of …", "X (a cardiologist)", "X is a professor". */
function rolesAfter(c: Ctx, run: NameRun): string[] {
  const { tokens, lex } = c;
  const roles: string[] = [];
  let j = run.end;
  for (let round = 0; round < 3 && sameBlock(c, run.end - 1, j); round++) {
    // After a degree its abbreviation dot may come before the comma: "Petr Hůla, CSc., přednosta …".
    const gap = round > 0 ? tokens[j].gap.replace(/^\./, '') : tokens[j].gap;
    if (/^\s*,\s*$/.test(gap) || /^\s*\(\s*$/.test(gap)) {
      const w = tokens[j].lower.replace(/\.$/, '');
      if (/^\d{1,3}$/.test(w)) { j++; continue; } // "Parata, 75, …"
      if (DEGREES.has(w) || DEGREES.has(tokens[j].text.toLowerCase().replace(/\.$/, ''))) {
        roles.push(tokens[j].text.replace(/\.$/, ''));
        j++;
        continue;
      }
      const dotted = dottedDegree(c, j);
      if (dotted > j) {
        roles.push(slice(c, j, dotted).replace(/\.$/, ''));
        j = dotted;
        continue;
      }
      const p = rolePhrase(c, j);
      if (p) roles.push(p.role);
      break;
    }
    if (gap === ' ' && lex.copulas.has(tokens[j].lower)) {
      const p = rolePhrase(c, j);
      if (p) roles.push(p.role);
    }
    break;
  }
  return roles;
}

/** Every role phrase attached to one occurrence of a name. */
export function rolesOf(article: ArticleText, tokens: Token[], lex: Lexicon, run: NameRun): string[] {
  const c: Ctx = { tokens, text: article.text, lex };
  // "le chef d’Etat", "ministre de l’Intérieur": one word glued to an elided article is a role's
  // complement, nobody with a role.
  // (A capital "D’" may start a surname, "D’Alema"; "L’" never does.)
  const glued = tokens[run.name].text;
  if (run.end - run.name === 1 && lex.elision?.test(glued.toLowerCase()) && (/^\p{Ll}/u.test(glued) || /^l/i.test(glued))) return [];
  return [...rolesBefore(c, run), ...rolesAfter(c, run)];
}

/**
 * A name alone on its line, followed by a short line that presents a role: a signature
 * ("Sergei Rybakov." / "Former Deputy Head of the Alliance of Doctors").
 */
export function signatureRole(article: ArticleText, tokens: Token[], lex: Lexicon, run: NameRun, blockTokens: Map<number, [number, number]>): string | null {
  const b = tokens[run.prefix].block;
  const span = blockTokens.get(b);
  const next = blockTokens.get(b + 1);
  if (!span || !next || span[0] !== run.prefix || span[1] !== run.end) return null;
  const block = article.blocks[b];
  if (article.text.slice(tokens[run.end - 1].end, block.end).trim().replace(/^[.,]$/, '') !== '') return null;
  if (next[1] - next[0] > 12) return null;
  const c: Ctx = { tokens, text: article.text, lex };
  const p = rolePhrase(c, next[0]);
  return p ? slice(c, next[0], next[1]) : null;
}

/**
 * "…, a déclaré le ministre des Affaires étrangères. «…», a ajouté Laurent Fabius." A name that
 * *continues* the speech ("added X") takes the role of the unnamed official who spoke just before
 * in the same paragraph: "added" says they are one person.
 */
export function continuationRole(article: ArticleText, tokens: Token[], lex: Lexicon, run: NameRun, nameStarts: Set<number>): string | null {
  const c: Ctx = { tokens, text: article.text, lex };
  const before = tokens[run.prefix - 1];
  const after = tokens[run.end];
  const after2 = tokens[run.end + 1];
  const block = tokens[run.prefix].block;
  const cueBefore = before?.block === block && tokens[run.prefix].gap === ' ' && lex.continuationCues.has(before.lower);
  const cueAfter = after?.block === block && /^\s*,?\s*$/.test(after.gap) &&
    (lex.continuationCues.has(after.lower) || (after.lower.length <= 4 && after2?.block === block && lex.continuationCues.has(after2.lower)));
  if (!cueBefore && !cueAfter) return null;
  for (let d = run.prefix - 2; d >= 0 && tokens[d].block === block && run.prefix - d < 80; d--) {
    // Another name in between would be the earlier speaker.
    if (nameStarts.has(d)) return null;
    const w = tokens[d].lower;
    if (!lex.determiners.has(w) || lex.indefinites.has(w)) continue;
    const p = rolePhrase(c, d);
    if (p && p.next < run.prefix) return p.role;
  }
  return null;
}

/**
 * "… especially high for Joe Biden. / The former vice president had a lead …": a sentence that opens
 * with a definite description (a singular definite article, modifiers, a role noun and perhaps its
 * "of" complement, then a lower-case verb) right after a sentence whose only named person is this
 * one describes that person. A heading that is a name, followed by "La ministre de la Santé a …",
 * is the same shape. Possessives ("His lawyer said") and indefinites ("A doctor said") are other people.
 */
export function descriptionRole(article: ArticleText, tokens: Token[], lex: Lexicon, run: NameRun, nameStarts: Set<number>): string | null {
  const c: Ctx = { tokens, text: article.text, lex };
  // A weak rule, so only for a plain name: no lower-case particle ("Mutuelles de Bretagne" may be a firm).
  for (let m = run.name; m < run.end; m++) if (tokens[m].text === tokens[m].lower) return null;
  // The run is the only full name of its sentence …
  for (let m = run.prefix - 1; m >= 0 && tokens[m].block === tokens[run.prefix].block; m--) {
    if (nameStarts.has(m)) return null;
    if (tokens[m].sentenceStart) break;
  }
  // … and that sentence ends before the next one opens with the description.
  let d = run.end;
  while (d < tokens.length && !tokens[d].sentenceStart && d - run.end < 40) {
    if (nameStarts.has(d)) return null;
    d++;
  }
  if (d >= tokens.length || !tokens[d].sentenceStart || tokens[d].block > tokens[run.end - 1].block + 1) return null;
  if (!lex.definiteArticles.has(tokens[d].lower)) return null;
  // Modifiers, then the role noun.
  let h = d + 1;
  const modifier = (t: Token) => lex.formerWords.has(t.lower) || (!isRoleWord(t.lower, lex) && !lex.stopWords.has(t.lower) &&
    !lex.prepositions.has(t.lower) && !lex.cueWords.has(t.lower) && !lex.copulas.has(t.lower) && !lex.determiners.has(t.lower));
  while (h < tokens.length && h - d <= 4 && sameBlock(c, d, h) && tokens[h].gap === ' ' && modifier(tokens[h])) h++;
  if (h >= tokens.length || !sameBlock(c, d, h) || tokens[h].gap !== ' ' || !isRoleWord(tokens[h].lower, lex) || lex.kinNouns.has(tokens[h].lower)) return null;
  // "attorney general", "vice president elect"
  while (h + 1 < tokens.length && sameBlock(c, h, h + 1) && tokens[h + 1].gap === ' ' && tokens[h + 1].text === tokens[h + 1].lower &&
    (isRoleWord(tokens[h + 1].lower, lex) || lex.postAdjectives.has(tokens[h + 1].lower))) h++;
  let e = h + 1;
  // "of the Treasury", "de la Santé", "des Comptes publics": a complement of at most five words.
  if (e < tokens.length && sameBlock(c, h, e) && tokens[e].gap === ' ' && lex.prepositions.has(tokens[e].lower)) {
    let f = e + 1;
    while (f < tokens.length && f - e <= 5 && sameBlock(c, e, f) && tokens[f].gap === ' ' &&
      (lex.determiners.has(tokens[f].lower) || isNameWord(tokens[f]) || isOrgWord(tokens[f].lower, lex) || postAdjective(c, f))) f++;
    // (ending on the complement's last name or organisation word, not on "a" of "a frôlé")
    while (f > e + 1 && !(isNameWord(tokens[f - 1]) || isOrgWord(tokens[f - 1].lower, lex) || postAdjective(c, f - 1))) f--;
    if (f > e + 1) e = f;
  }
  // Then a verb: a lower-case word in the same phrase (not a name, not a comma apposition).
  const v = tokens[e];
  if (!v || !sameBlock(c, h, e) || v.gap !== ' ' || v.text !== v.lower || lex.prepositions.has(v.lower) || lex.andWords.has(v.lower) ||
    isRoleWord(v.lower, lex)) return null;
  return slice(c, d, e);
}
