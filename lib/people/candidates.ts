import { DEGREES, INNER_PARTICLES, NAME_PARTICLES, SECOND_PARTICLES } from './lexicon/common';
import type { Lexicon } from './lexicon';
import type { Token } from './tokens';
import { memoWordPer } from '../text/memo';
import { isHonorific, isInitial, isNameWord, isOrgWord, isParticle, isRoleWord, isTitle } from './words';

/** Prepositions that join words of one organisation's name ("Institute for Applied Geosciences"). */
const CONNECTORS = new Set(['of', 'for', 'on', 'de', 'del', 'des', 'du', 'da', 'do', 'dos', 'das', 'der', 'für', 'pour', 'para']);

/** Russian patronymics ("Sergeyevich", "Петрович", "Ивановна"): the middle of a three-word name. */
const PATRONYMIC = /(?:ович|евич|ьич|овна|евна|ична|ovich|evich|ovna|evna)$/u;

/**
 * A run of capitalised words that may name someone: `[prefix, name)` are titles or forms of
 * address ("Dr.", "Health Minister", "Mr"), `[name, end)` the name itself (token indices).
 */
export interface NameRun {
  prefix: number;
  name: number;
  end: number;
  /** An organisation or a place ("Harvard University", "Food Standards Agency"), not a person. */
  org: boolean;
  /**
   * A lone sentence-initial word that the article also writes in lower case ("Brown said …"):
   * it may name someone found elsewhere, but never introduces anyone.
   */
  weak?: boolean;
}

/** A title or a form of address ("Dr.", "President", "Mr"): asked of every token, answers kept per lexicon. */
const titleWord = memoWordPer((lower: string, lex: Lexicon) => isTitle(lower, lex) || isHonorific(lower, lex));

/** Two tokens written next to each other: one space, or nothing after an initial ("T.H."). */
export function adjacent(a: Token, b: Token): boolean {
  if (a.block !== b.block || a.possessive) return false;
  return b.gap === ' ' || (b.gap === '' && a.text.endsWith('.'));
}

/**
 * Find runs of name-like words. Capitalisation is the main signal; function words, months and
 * common words capitalised only because they open a sentence are left out. Linear time.
 * `lowercaseWords` holds every word the article also writes in lower case.
 */
export function findRuns(tokens: Token[], lex: Lexicon, lowercaseWords: Set<string>): NameRun[] {
  const runs: NameRun[] = [];
  // An abbreviated title keeps its dot in the text ("Del." for Delegate, never the particle "del").
  const titleLike = (t: Token) => titleWord(t.lower, lex) || (t.text.endsWith('.') && titleWord(`${t.lower}.`, lex));
  // A lower-case title opens a run only when abbreviated ("prof. Jan Novák"); "the pediatrician X"
  // is a role phrase before the name, read by roles.ts.
  // Short titles that Polish and Czech write without a dot ("dr hab. Jan Kowalski") also open a run.
  const startable = (t: Token) =>
    (titleLike(t) && (t.capital || t.text.endsWith('.') || (t.text.length <= 3 && lex.titles.has(t.text)))) ||
    (isNameWord(t) && !lex.stopWords.has(t.lower) && !lex.months.has(t.lower) && !DEGREES.has(t.lower));
  const continues = (k: number) => {
    const t = tokens[k];
    if (isInitial(t)) return true;
    // "Prof. dr hab. n. med. Jan Kowalski", "Doc. MUDr.": academic titles stack, some in lower case.
    if (titleLike(t) && titleLike(tokens[k - 1]) && (t.text.endsWith('.') || lex.titles.has(t.lower))) return true;
    if (isParticle(t)) {
      if (SECOND_PARTICLES.has(t.text) && !isParticle(tokens[k - 1])) return false;
      // "Robert van der Linden", "Rocío Martín de la Fuente": a particle before a name word, or before
      // a second particle and then a name word.
      const next = tokens[k + 1];
      if (!next || !adjacent(t, next)) return false;
      if (isNameWord(next)) return true;
      const after = tokens[k + 2];
      return isParticle(next) && !isParticle(tokens[k - 1]) && after !== undefined && adjacent(next, after) && isNameWord(after);
    }
    // "Philippe El Saïr": a capitalised particle between two name words.
    const next = tokens[k + 1];
    if (INNER_PARTICLES.has(t.text) && isNameWord(tokens[k - 1]) && !titleLike(tokens[k - 1]) && next !== undefined && adjacent(t, next) &&
      isNameWord(next) && !lex.stopWords.has(next.lower)) return true;
    return isNameWord(t) && (!lex.stopWords.has(t.lower) || lex.months.has(t.lower));
  };

  let i = 0;
  while (i < tokens.length) {
    if (!startable(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && adjacent(tokens[j - 1], tokens[j]) && continues(j)) j++;
    const run = shape(tokens, i, j, lex, lowercaseWords, titleLike);
    if (run) runs.push(run);
    i = j;
  }
  return runs;
}

/**
 * "Coordinadora Arauco-Malleco (CAM)", "State University of New York (SUNY)": a run followed by a
 * bracketed acronym of its initials names an organisation.
 */
function acronymFollows(tokens: Token[], i: number, j: number): boolean {
  const a = tokens[j];
  if (!a || a.block !== tokens[j - 1].block || !/\(\s*$/.test(a.gap) || !/^\p{Lu}{2,8}$/u.test(a.text)) return false;
  const initials = tokens.slice(i, j).flatMap((t) => t.text.split('-')).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials.length >= 2 && (initials === a.text || (initials.length > a.text.length && initials.endsWith(a.text)));
}

/**
 * "la directora de Planificación y Desarrollo Urbano de la Fundación …": a preposition right after
 * the run continues the role's complement, so the run holds no name.
 */
function complementGoesOn(tokens: Token[], j: number, lex: Lexicon): boolean {
  const t = tokens[j];
  return t !== undefined && t.block === tokens[j - 1].block && t.gap === ' ' && (CONNECTORS.has(t.lower) || lex.prepositions.has(t.lower));
}

/**
 * "general de Divisão do Exército Otávio Lemos Barreto": the name starts after the complement's last
 * organisation word when at least two words are left, else it is the last two words.
 */
function afterLastOrgWord(tokens: Token[], s: number, j: number, lex: Lexicon): number {
  for (let k = j - 3; k >= s; k--) if (isOrgWord(tokens[k].lower, lex)) return k + 1;
  return j - 2;
}

function shape(
  tokens: Token[], i: number, j: number, lex: Lexicon, lowercaseWords: Set<string>, titleLike: (t: Token) => boolean,
): NameRun | null {
  // "Katrin Lindemann von der Technischen Universität Dresden", "Anna Schmidt von der Charité": a
  // person's name, then a particle that is a preposition opening an organisation's name or followed
  // by an article (German "der"). Such a run ends before the particle when two name words precede it
  // ("Ursula von der Leyen" has one).
  for (let q = i + 2; q < j - 1; q++) {
    if (!isParticle(tokens[q]) || isParticle(tokens[q - 1])) continue;
    let orgAfter = SECOND_PARTICLES.has(tokens[q + 1].text);
    for (let k = q + 1; k < j && !orgAfter; k++) orgAfter = isOrgWord(tokens[k].lower, lex);
    if (orgAfter && isNameWord(tokens[q - 1]) && isNameWord(tokens[q - 2]) && !isOrgWord(tokens[q - 1].lower, lex) && !isOrgWord(tokens[q - 2].lower, lex)) {
      j = q;
      break;
    }
  }
  // "Mr. Hale, the Ohio Democrat,", "an Ohio Republican who …": a determiner, perhaps a place,
  // and a party label describe someone (a role of the name apposed), never name anyone.
  const det = tokens[i - 1];
  if (det !== undefined && det.block === tokens[i].block && tokens[i].gap === ' ' && det.text === det.lower &&
    lex.determiners.has(det.lower) && lex.partyNouns.has(tokens[j - 1].lower)) return null;
  let s = i;
  // "Whale whisperer Hori Parata": a sentence-initial word the article also writes in lower case is
  // a common word, not the start of a name.
  // A capitalised particle ("Bin Laden", "Van Gogh") stays.
  const particle = NAME_PARTICLES.has(tokens[s].lower) && s + 1 < j;
  // But "Health Minister Cho Kyoo-hong": a common word right before a title is part of the role.
  const beforeTitle = s + 2 < j && titleLike(tokens[s + 1]) && !titleLike(tokens[s + 2]);
  if (tokens[s].sentenceStart && !titleLike(tokens[s]) && !particle && !beforeTitle && lowercaseWords.has(tokens[s].lower)) s++;
  // "However Dana Whitlock …", "Además Quiroga …": a sentence connector opens no name.
  else if (tokens[s].sentenceStart && lex.sentenceConnectors.has(tokens[s].lower)) s++;
  if (s >= j) return j - i === 1 && isNameWord(tokens[i]) ? { prefix: i, name: i, end: j, org: false, weak: true } : null;
  // Titles and role nouns before the name: "President Barack Obama", "Health Minister Jane Doe".
  let name = s;
  for (let p = Math.min(s + 3, j - 2); p >= s; p--) {
    if (titleLike(tokens[p]) && !titleLike(tokens[p + 1])) {
      name = p + 1;
      break;
    }
  }
  // "Secretary of State Antony Blinken": after "ROLE of", a long run starts with the complement.
  const before = tokens[s - 1];
  const before2 = tokens[s - 2];
  // Not when a comma apposition follows: "die Sprecherin des Deutschen Roten Kreuzes, Maria Hahn".
  const after = tokens[j];
  const apposition = after !== undefined && after.block === tokens[j - 1].block && /^\s*,\s*$/.test(after.gap) && isNameWord(after);
  if (name === s && j - s >= 3 && !apposition && before && before2 && before.block === tokens[s].block && before.gap === ' ' &&
    ['of', 'de', 'des', 'der', 'du', 'da', 'do', 'für'].includes(before.lower) && titleLike(before2) &&
    // "professora da Universidade Federal do Espírito": a name never starts with a particle.
    !isParticle(tokens[j - 2]) && !complementGoesOn(tokens, j, lex)) name = afterLastOrgWord(tokens, s, j, lex);
  // A lower-case word right before the run, in the same phrase.
  const lead = (t: Token | undefined, after: Token) =>
    t !== undefined && t.block === after.block && after.gap === ' ' && t.text === t.lower && !lex.stopWords.has(t.lower) ? t : undefined;
  const lead1 = lead(before, tokens[s]);
  const lead2 = lead1 && lead(before2, lead1);
  let named = false;
  // "Central Asian Institute for Applied Geosciences", "University of California": a run joined to an
  // organisation's name by a preposition continues that name.
  const connector = before !== undefined && before2 !== undefined && before.block === tokens[s].block && tokens[s].gap === ' ' &&
    before.gap === ' ' && CONNECTORS.has(before.lower) && isNameWord(before2) && isOrgWord(before2.lower, lex);
  if (name === s && connector) {
    named = true;
  } else if (name === s && lex.inflected && j - s >= 3 && before?.block === tokens[s].block && tokens[s].gap === ' ' &&
    lex.prepositions.has(before.lower) && !PATRONYMIC.test(tokens[j - 2].lower)) {
    // "dyrektor Szpitala Powiatowego w Bochni Marek Nowicki": a name after a preposition would be in an
    // oblique case and short; a long run there starts with the place or the institution.
    s = name = j - 2;
  } else if (name === s && lead1 && lex.inflected) {
    // "ředitel Fakultní nemocnice Brno Ivo Rovný", "šéf Agrofertu Zbyněk Průša": inflected languages put
    // the complement of a role or an organisation noun in the genitive, with no preposition; a long
    // run after one starts with the complement's name, and the person is its last two words.
    // Not in an apposition to a name before it ("Krzysztof Simon, kierownik Kliniki Chorób Zakaźnych"):
    // there the run is the role's complement, and the person is the name before the comma.
    const apposed = /^\s*,\s*$/.test(lead1.gap) && before2 !== undefined && before2.block === lead1.block && isNameWord(before2);
    // "Jan Dvořák, někdejší útočník Sparty": one word after the role noun of an apposition
    // (up to two lower-case words after the comma) is the role's complement too.
    let apposedRole = false;
    for (let m = s - 1, n = 0; n < 3 && m > 0 && tokens[m].block === tokens[s].block && tokens[m].text === tokens[m].lower; m--, n++) {
      if (/^\s*,\s*$/.test(tokens[m].gap)) {
        const former = lex.formerWords.has(before2?.lower ?? '') && before2 !== lead1;
        apposedRole = (isRoleWord(lead1.lower, lex) || former) && isNameWord(tokens[m - 1]) && tokens[m - 1].block === tokens[m].block;
        break;
      }
      if (!/^\s$/.test(tokens[m].gap)) break;
    }
    if (apposed && isOrgWord(tokens[s].lower, lex)) named = true;
    else if (apposedRole && j - s === 1) named = true;
    else if (j - s >= 3 && (isRoleWord(lead1.lower, lex) || isOrgWord(lead1.lower, lex)) && !PATRONYMIC.test(tokens[j - 2].lower)) s = name = j - 2;
  } else if (name === s && before?.block === tokens[s].block && tokens[s].gap === ' ' && lex.articles.has(before.lower) &&
    // "The Harbour Road pub said": a capitalised article opening the sentence too ("Le Pen" keeps its particle).
    (before.text === before.lower || (before.sentenceStart && !INNER_PARTICLES.has(before.text)))) {
    named = true; // "the Johnson administration", "des Deutschen Roten Kreuzes"
  } else if (name === s && before?.block === tokens[s].block && tokens[s].gap === ' ' && before.text === before.lower &&
    lex.determiners.has(before.lower) && !lex.prepositions.has(before.lower) && tokens.slice(s + 1, j - 1).some(isParticle)) {
    // "la Liga de Fomento", "die Leitung von Brandt": a determiner and a particle between capitalised
    // words make a thing's name, or a noun and its complement; a person's name takes no determiner.
    // (Not a word that is also a preposition: German "an" after the English table's article "an".)
    named = true;
  } else if (name === s && lead1) {
    // "la organización agraria Unió de Pagesos", "the charity Save the Children": a run named by an
    // organisation noun is that organisation.
    named = isOrgWord(lead1.lower, lex) || (lead2 !== undefined && isOrgWord(lead2.lower, lex) && !lex.cueWords.has(lead1.lower) && !lex.prepositions.has(lead1.lower) && !titleLike(lead1) &&
      !lex.complementRoles.has(lead1.lower)); // "trust member Ann Lee" is a member of the trust
  }
  // "Rzecznik Narodowego Funduszu Zdrowia Paweł Florek": in inflected languages an institution in the
  // genitive may sit between a title and the name; the person is the last two words after it.
  if (lex.inflected && j - name >= 3 && !PATRONYMIC.test(tokens[j - 2].lower)) {
    for (let k = name; k < j - 2; k++) if (isOrgWord(tokens[k].lower, lex)) name = j - 2;
  }
  if (titleLike(tokens[name])) return null; // "Former Deputy Head": roles, no name
  // "… el juez. Dicha fianza": a connector or demonstrative after an abbreviated title opens a sentence, not a name.
  if (lex.sentenceConnectors.has(tokens[name].lower) && j - name === 1) return null;
  while (name < j && isParticle(tokens[name])) name++;
  if (name >= j) return null;
  const next = tokens[j];
  const orgAt = (k: number) => isOrgWord(tokens[k].lower, lex) && (k === name || !lex.headFirstOrgs.has(tokens[k].lower));
  // A lower-case organisation noun after the run ("Fakultní nemocnice", "the Mekong river"); in inflected
  // languages only after one word, since "Tomasza Nowaka szpital …" is a name and the next clause.
  let org = named || (next !== undefined && adjacent(tokens[j - 1], next) && (!lex.inflected || j - name === 1) && orgAt(j)) ||
    acronymFollows(tokens, s, j);
  for (let k = name; k < j && !org; k++) org = orgAt(k);
  // "Tunisian Islamists", "Iraqi Shiites": a nationality adjective and a plural group noun.
  const g = lex.groupEndings;
  if (!org && j - name === 2 && g.adjective.some((e) => tokens[name].lower.endsWith(e)) && g.plural.some((e) => tokens[j - 1].lower.endsWith(e))) org = true;
  return { prefix: s, name, end: j, org };
}
