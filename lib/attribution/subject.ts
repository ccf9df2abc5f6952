import type { CueMatcher } from './cues';
import { ORG_HEAD } from './lang/organisations';
import { isCapitalized, isWord, nameRunEnd, NAME_PARTICLES, NAME_TITLES, type Token } from './tokens';

/** A stretch of text naming (or describing) who speaks. */
export interface SubjectSpan {
  start: number;
  end: number;
  /**
   * Where the clause ends, when a description runs on past a preposition ("dyrektor Szpitala
   * Powiatowego w Bochni Marek Nowicki"): a person named before it is the better subject.
   */
  wideEnd?: number;
}

/** Conjunctions that open a condition: a cue inside one reports nothing ("if officials respond"). */
export const CONDITIONALS = new Set(['if', 'unless', 'whether', 'si', 'wenn', 'falls', 'ob', 'если', 'pokud', 'jestli', 'jeśli', 'jeżeli']);
const BOUNDARY_WORDS = new Set(['if', 'unless', 'whether', 'why', 'how', 'that', 'and', 'but', 'while', 'as', 'when', 'because', 'which', 'who', 'que', 'qui', 'et', 'mais', 'dass', 'und', 'aber', 'mas', 'pero', 'что', 'но', 'že', 'ale']);
export const PREPOSITIONS = new Set(['in', 'on', 'at', 'via', 'vía', 'after', 'before', 'during', 'for', 'with', 'from', 'by', 'to', 'under', 'of', 'z', 'ze', 'von', 'aus', 'de', 'du', 'del', 'da', 'do', 'ao', 'dans', 'sur', 'après', 'avant', 'pendant', 'pour', 'avec', 'em', 'no', 'na', 'após', 'para', 'com', 'en', 'después', 'con', 'im', 'am', 'beim', 'vom', 'zum', 'zur', 'nach', 'vor', 'mit', 'bei', 'in', 'op', 'bij', 'met', 'volgens', 'tijdens', 'nel', 'nella', 'durante', 'dopo', 'con', 'в', 'на', 'после', 'v', 'na', 'po', 'w']);
/** More prepositions and subordinators that open no subject: "about", "until", "against" … */
const NON_SUBJECT_PREPOSITIONS = new Set(['about', 'until', 'against', 'toward', 'towards', 'than', 'into', 'through', 'among', 'between', 'without', 'within', 'sobre', 'hasta', 'contra', 'hacia', 'entre', 'sin', 'contre', 'vers', 'sans', 'chez', 'über', 'gegen', 'ohne', 'até', 'sem']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'le', 'la', 'les', 'un', 'une', 'o', 'a', 'os', 'um', 'uma', 'el', 'los', 'der', 'die', 'das', 'ein', 'eine']);
/** Definite and indefinite articles: what an inverted subject opens with ("a déclaré le ministre"). */
const ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'l’', "l'", 'un', 'une', 'el', 'los', 'las', 'o', 'os', 'as', 'um', 'uma', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'il', 'lo', 'gli', 'de', 'het', 'een']);
/** A token without a sentence-final full stop, lower-cased ("он." → "он"). */
const bare = (t: string) => (/^\p{Ll}/u.test(t) ? t.replace(/\.$/, '') : t).toLowerCase();
/** Relative pronouns that open a clause inside a subject ("X, who …, said"). */
const RELATIVES = new Set(['who', 'which', 'whose', 'qui', 'dont', 'que', 'quien', 'quienes', 'cujo', 'который', 'которая', 'которые', 'který', 'která', 'kteří', 'który', 'która', 'którzy', 'welche', 'welcher']);
/** Relative pronouns that only follow people: a clause they open without a comma belongs to the subject ("The mother of a woman who took … has described"). */
const PERSON_RELATIVES = new Set(['who', 'whose', 'whom', 'qui', 'quien', 'quienes', 'который', 'которая', 'которые', 'který', 'která', 'kteří', 'który', 'która', 'którzy']);
const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'des', 'du', 'für', 'und']);
/** Prepositions that tie a role to its institution ("CEO of X", "directora de Y", "Chef von Z"). */
const GOVERNING_ROLE = new Set(['of', 'at', 'de', 'del', 'des', 'du', 'da', 'do', 'della', 'di', 'von', 'vom', 'der', 'bei']);
const STOP_PUNCT = /^[.;:!?()"“”«»„…]$/;
const DASH = /^[–—-]$/;

/**
 * The subject written before a cue verb: walk back from the cue over fillers ("has", "also"),
 * then take the words back to the clause boundary. For an appositive ("Badma Bashankayev, deputy
 * chairman of …, assured") the name before the comma is preferred over the description.
 */
/** A US party-and-state label set off by commas: "R-Ky.", "D-N.Y.", "I-Vt". */
const PARTY_LABEL = /^[RDI]-[A-Z][A-Za-z.]{0,6}$/;

export function subjectBefore(tokens: Token[], cueIndex: number, cues: CueMatcher): SubjectSpan | null {
  let i = cueIndex - 1;
  while (i >= 0 && cues.fillers.has(tokens[i].text.toLowerCase())) i--;
  if (i < 0) return null;
  const end = i;
  if (!isWord(tokens[end].text)) {
    // "…, her mother, Fiona, said": a comma right before the cue closes an appositive name; 'von
    // "Stop Killer Robots" sagt': a quoted name ends the subject.
    const quoted = /^["”»“]$/.test(tokens[end].text) && quotedName(tokens, end) >= 0;
    // '“JOH” (como se le conoce al expresidente) contestó': a parenthesis before the verb is read over.
    const aside = tokens[end].text === ')' && openingParenthesis(tokens, end) > 0;
    if ((tokens[end].text !== ',' && !quoted && !aside) || end === 0) return null;
  }
  const segments: { start: number; end: number }[] = [];
  let segEnd = tokens[end].text === ',' ? end - 1 : end;
  let j = segEnd;
  for (; j >= 0; j--) {
    const t = tokens[j].text;
    if (t === ',') {
      segments.push({ start: j + 1, end: segEnd });
      if (segments.length >= 3) break;
      segEnd = j - 1;
      continue;
    }
    if (RELATIVES.has(t.toLowerCase()) && j > 0 && tokens[j - 1].text === ',') {
      // "Smith, who heads the unit, said": skip the relative clause, keep reading back to the name.
      segEnd = j - 2;
      j--;
      continue;
    }
    if (PERSON_RELATIVES.has(t.toLowerCase()) && j > 0 && isWord(tokens[j - 1].text) && segEnd - j < 12) {
      // A restrictive relative clause between the subject and its verb: drop it, read on back.
      segEnd = j - 1;
      continue;
    }
    if (t === ')') {
      // "(Coendu)", "(R-Ky.)": a parenthesis inside the subject or its apposition is read over;
      // one right before the verb is an aside, no part of the subject ('“JOH” (como se le conoce …) contestó').
      const open = openingParenthesis(tokens, j);
      if (open >= 0) {
        if (j === segEnd && open > 0) segEnd = open - 1;
        j = open;
        continue;
      }
    }
    if (/^["”»“]$/.test(t)) {
      // 'Ousman Noor von "Stop Killer Robots" sagt': a quoted name inside the subject.
      const open = quotedName(tokens, j);
      if (open >= 0) {
        j = open;
        continue;
      }
    }
    if (segEnd - j >= 9 && !segments.length && tokens[end].text === ',' && !STOP_PUNCT.test(t) && !DASH.test(t)) {
      // "Ana Ferrer, vecina del barrio e integrante de la Asociación …, dijo": a long apposition
      // after a name set off by commas still leaves the name as the subject.
      const named = namedBeforeApposition(tokens, j, segEnd);
      if (named) {
        segments.push(named.apposition, named.name);
        j = -2;
        break;
      }
    }
    if (segEnd - j >= 9 && !segments.length && tokens[end].text !== ',') {
      // "Doch der Aktivist der unabhängigen Mietergewerkschaft … aus Chicago sagt": a long
      // description that opens the sentence with its article is the subject, whole.
      const opener = openingDescription(tokens, j, segEnd, cues);
      if (opener >= 0) {
        j = opener - 1;
        break;
      }
    }
    if (STOP_PUNCT.test(t) || DASH.test(t) || BOUNDARY_WORDS.has(t.toLowerCase()) || segEnd - j >= 9) {
      // "Aunque sabe que el partido ejercía control, confiesa que …": the words before the comma
      // right before the verb end a subordinate clause (cut by "que" or running long), not a subject.
      if (!segments.length && tokens[end].text === ',' && !STOP_PUNCT.test(t) && !DASH.test(t)) return null;
      break;
    }
  }
  if (j > -2 && segEnd >= j + 1 && segments.length < 3) segments.push({ start: j + 1, end: segEnd });
  const valid = segments.filter((s) => s.end >= s.start);
  if (!valid.length) return null;
  // Nearest segment first. Skip a leading prepositional phrase ("On his FB page, the doctor
  // wrote") and prefer the name before a bare role appositive ("Badma Bashankayev, deputy
  // chairman of …, assured").
  let pick = valid[0];
  for (let k = 0; k < valid.length; k++) {
    const first = tokens[valid[k].start].text;
    const lower = first.toLowerCase();
    const isLower = !isCapitalized(first) && !cues.personPronouns.has(lower) && !cues.orgPronouns.has(lower);
    if (k > 0 && PREPOSITIONS.has(lower)) continue;
    // An age or a number set off by commas ("Lopez, 58, says") is not the subject.
    if (valid[k].end === valid[k].start && /^\d+$/.test(first) && k + 1 < valid.length) continue;
    // A party-and-state label ("McConnell, R-Ky., said") is an apposition too.
    if (k + 1 < valid.length && PARTY_LABEL.test(tokens.slice(valid[k].start, valid[k].end + 1).map((t) => t.text).join(''))) continue;
    // "Dana Whitfield, CEO of Orbital Games, adds": a role phrase governing an organisation is
    // the apposition; the name before it is the subject.
    const governs = tokens.slice(valid[k].start + 1, valid[k].end + 1).some((t) => GOVERNING_ROLE.has(t.text.toLowerCase()));
    if ((isLower || governs) && !DETERMINERS.has(lower) && k + 1 < valid.length && (hasName(tokens, valid[k + 1].start, valid[k + 1].end) || openingName(tokens, valid[k + 1], cues))) {
      pick = valid[k + 1];
      break;
    }
    if (PREPOSITIONS.has(lower) && k + 1 < valid.length) continue;
    pick = valid[k];
    break;
  }
  // "In een verklaring schrijft de organisatie …": a fronted adverbial is not the subject; in
  // verb-second languages the subject follows the verb. Nor is a phrase a lower-case preposition
  // opens, name or not (`“…” for Clinton, said Kunin`, `“…” until Haley said`, `boast about his
  // Ritz-Carlton Golf Club`), unless the word is a name's particle ("de Blasio said").
  const opener = tokens[pick.start].text;
  const lowerOpener = opener.toLowerCase();
  if ((PREPOSITIONS.has(lowerOpener) || NON_SUBJECT_PREPOSITIONS.has(lowerOpener)) &&
    (!hasName(tokens, pick.start, pick.end) || (/^\p{Ll}/u.test(opener) && !NAME_PARTICLES.has(lowerOpener)))) return null;
  // "Marcia Price (D-Newport News), said": the parenthesis closing the subject is no part of it.
  if (tokens[pick.end].text === ')') {
    const open = openingParenthesis(tokens, pick.end);
    if (open > pick.start) pick = { start: pick.start, end: open - 1 };
  }
  // 'Ousman Noor von "Stop Killer Robots" sagt', "Sobhi Skaik of the hospital said": a name of two
  // words or more, then a preposition naming its institution: the name is the subject.
  const of = tokens.findIndex((t, k) => k > pick.start + 1 && k <= pick.end && GOVERNING_ROLE.has(t.text));
  if (of > 0 && tokens.slice(pick.start, of).every((t) => isCapitalized(t.text)) && !ORG_HEAD.test(tokens[of - 1].text)) pick = { start: pick.start, end: of - 1 };
  const start = trimLeading(tokens, pick.start, pick.end, cues);
  // "Sin embargo, apunta que …", "Además, reconoce": a connector is no subject.
  if (start > pick.end) return null;
  return { start: tokens[start].start, end: tokens[pick.end].end };
}

/** How many words a description opening its sentence may run to before its verb. */
const LONG_DESCRIPTION = 18;

/**
 * The start of a definite description that opens the clause (after connectors only) and runs to
 * `segEnd` with no punctuation or clause word in it ("Doch der Aktivist der unabhängigen
 * Mietergewerkschaft Autonomous Tenant Union (ATU) aus Chicago"), or -1.
 */
function openingDescription(tokens: Token[], j: number, segEnd: number, cues: CueMatcher): number {
  const words = tokens.map((t) => t.text.toLowerCase());
  let d = 0;
  for (let n = cues.connectorAt(words, d); n > 0; n = cues.connectorAt(words, d)) d += n;
  if (d > j || segEnd - d > LONG_DESCRIPTION || !ARTICLES.has(words[d])) return -1;
  for (let k = d; k <= segEnd; k++) {
    const t = tokens[k].text;
    if (t === '(' || t === ')') continue;
    if (STOP_PUNCT.test(t) || DASH.test(t) || t === ',' || (k > d && BOUNDARY_WORDS.has(words[k]) && !ARTICLES.has(words[k]))) return -1;
  }
  return d;
}

/**
 * The subject written after a cue ("said Mr. Reeves", "a déclaré jeudi le ministre des Affaires
 * étrangères", "according to the ministry"): skip time words, then take a name, or a description
 * up to the next punctuation.
 */
export function subjectAfter(tokens: Token[], cueIndex: number, cues: CueMatcher): SubjectSpan | null {
  let i = cueIndex + 1;
  // "según contó la integrante de Coendu": a speech verb right after an "according to" word; its
  // subject follows it.
  if (i < tokens.length && /^\p{Ll}/u.test(tokens[i].text) && cues.isVerb(tokens[i].text) && cues.isSourceWord(tokens[cueIndex].text)) i++;
  const skippable = (k: number) => k < tokens.length && (cues.timeWords.has(tokens[k].text.toLowerCase()) || cues.fillers.has(tokens[k].text.toLowerCase()) || /^\d/.test(tokens[k].text));
  // An article is skipped only before a time word ("dijo el lunes X"), not before its noun ("el ministro").
  for (;;) {
    while (skippable(i) && !(ARTICLES.has(tokens[i].text.toLowerCase()) && !skippable(i + 1)) && !cues.listenerMarks.has(tokens[i].text.toLowerCase())) i++;
    // "a déclaré au Monde", "dijo a El Faro": the listener's name, then maybe the subject.
    if (i >= tokens.length || !cues.listenerMarks.has(tokens[i].text.toLowerCase())) break;
    let j = i + 1;
    while (j < tokens.length && ARTICLES.has(tokens[j].text.toLowerCase())) j++;
    if (j >= tokens.length || !isWord(tokens[j].text)) return null;
    if (!isCapitalized(tokens[j].text)) {
      // "à la presse": a common noun; read on as before.
      if (!skippable(i)) return null;
      i++;
      continue;
    }
    // "a La Estrella de Panamá": particles inside the listener's name are part of it.
    i = nameRunEnd(tokens, j);
  }
  if (i >= tokens.length || !isWord(tokens[i].text)) return null;
  const start = i;
  const first = bare(tokens[i].text);
  if (cues.personPronouns.has(first) || cues.orgPronouns.has(first)) return { start: tokens[i].start, end: tokens[i].end };
  // "valora que la situación …", "said that the …": a subordinate clause is the verb's object.
  if (BOUNDARY_WORDS.has(first) && !ARTICLES.has(first)) return null;
  // An organisation described by its head noun ("le ministère des Affaires étrangères") runs to
  // the next punctuation; anything else stops after its run of capitalised words.
  const orgDescription = DETERMINERS.has(first) && i + 1 < tokens.length && ORG_HEAD.test(tokens[i + 1].text);
  // A subject that opens with a name ("said Andrey Volna under …") ends with the name; one that
  // opens with a description ("ředitel Fakultní nemocnice Brno Ivo Rovný", "el consejero de
  // Acción Climática, David Mascort") runs on to the name that usually closes it.
  const nameFirst = isCapitalized(tokens[i].text) || NAME_TITLES.has(first);
  let end = i;
  let sawName = false;
  for (let k = i; k < tokens.length && k - i < 14; k++) {
    const t = tokens[k].text;
    const lower = bare(t);
    // "el consejero de Acción Climática, David Mascort", "o líder da oposição, deputado Carlos Jordy":
    // a description runs on over a comma to the name (a title may stand before it).
    const titled = k + 2 < tokens.length && /^\p{Ll}/u.test(tokens[k + 1].text) && isCapitalized(tokens[k + 2].text) && !BOUNDARY_WORDS.has(tokens[k + 1].text) && !PREPOSITIONS.has(tokens[k + 1].text);
    if (t === ',' && !nameFirst && !orgDescription && k + 1 < tokens.length && ((isCapitalized(tokens[k + 1].text) && !cues.personPronouns.has(tokens[k + 1].text.toLowerCase())) || titled)) continue;
    if (!isWord(t)) break;
    if (isCapitalized(t) || NAME_TITLES.has(lower)) {
      sawName = true;
      end = k;
      continue;
    }
    if (sawName && !orgDescription) {
      const joinsName = (NAME_PARTICLES.has(lower) || CONNECTORS.has(lower)) && k + 1 < tokens.length && isCapitalized(tokens[k + 1].text);
      if (joinsName) continue;
      if (nameFirst || PREPOSITIONS.has(lower)) break;
    }
    if (k > i && BOUNDARY_WORDS.has(lower)) break;
    end = k;
  }
  let wide = end;
  if (!nameFirst && !orgDescription) {
    while (wide + 1 < tokens.length && wide - i < 16 && isWord(tokens[wide + 1].text) && !BOUNDARY_WORDS.has(bare(tokens[wide + 1].text))) wide++;
  }
  return { start: tokens[start].start, end: tokens[end].end, wideEnd: wide > end ? tokens[wide].end : undefined };
}

/**
 * A cue set after a comma with its subject after it ("…, emporté par une avalanche, a déclaré
 * jeudi le ministre", "…, anunció el ministro de Agricultura", "…, said the minister"): the words
 * before the comma are the reported clause, not the subject — unless they name someone ("her
 * mother, Fiona, said").
 */
export function invertedAfterComma(tokens: Token[], cueIndex: number, cueLast: number, cues: CueMatcher): boolean {
  let i = cueIndex - 1;
  while (i >= 0 && cues.fillers.has(tokens[i].text.toLowerCase())) i--;
  if (i < 1 || tokens[i].text !== ',') return false;
  // "(AAPC), dijo": a parenthesis closing the clause is read over.
  const open = tokens[i - 1].text === ')' ? openingParenthesis(tokens, i - 1) : -1;
  let j = open >= 0 ? open - 1 : i - 1;
  while (j >= 0 && tokens[j].text !== ',' && !STOP_PUNCT.test(tokens[j].text)) j--;
  // Where every noun is capitalised, a clause opening with a lower-case word ("etwa wenn es ums
  // Zeichnen ging, sagt X") holds no name of a subject: the verb is inverted.
  const clauseFirst = tokens[j + 1]?.text ?? '';
  if (!(cues.nounsCapitalised && /^\p{Ll}/u.test(clauseFirst)) && hasName(tokens, j + 1, i - 1)) return false;
  const after = subjectAfter(tokens, cueLast, cues);
  if (!after) return false;
  const first = tokens.find((t) => t.start === after.start)?.text ?? '';
  return ARTICLES.has(first.toLowerCase()) || isCapitalized(first) || NAME_TITLES.has(first.toLowerCase());
}

/** Index of the "(" that the ")" at `close` closes, within a dozen tokens (-1 when none). */
function openingParenthesis(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 12; k--) {
    const t = tokens[k].text;
    if (t === '(') return k;
    if (t === ')' || /^[.;:!?"“”«»„]$/.test(t)) return -1;
  }
  return -1;
}

/**
 * Index of the opening mark of a short quoted name that the mark at `close` ends ("Stop Killer
 * Robots"): one to five words, the first capitalised, no other punctuation; -1 when none.
 */
function quotedName(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 6; k--) {
    const t = tokens[k].text;
    // After a word ('von "Stop Killer Robots"') or opening a clause ('“JOH” (…) contestó').
    if (/^["“„«]$/.test(t)) return k < close - 1 && isCapitalized(tokens[k + 1].text) && (k === 0 || isWord(tokens[k - 1].text) || tokens[k - 1].text === ',') ? k : -1;
    if (!isWord(t)) return -1;
  }
  return -1;
}

/**
 * The name before a long apposition that ends at `segEnd` (the token before the cue's comma):
 * "Ana Ferrer, vecina del barrio e integrante de …(AAPC)," → the apposition and "Ana Ferrer".
 * The apposition must open with a lower-case word and hold no clause mark; the name must open its
 * sentence or clause and be all capitalised words (particles inside).
 */
export function namedBeforeApposition(tokens: Token[], from: number, segEnd: number): { name: { start: number; end: number }; apposition: { start: number; end: number } } | null {
  let k = from;
  for (; k >= 0 && segEnd - k <= 30; k--) {
    const t = tokens[k].text;
    if (t === ')') {
      const open = openingParenthesis(tokens, k);
      if (open < 0) return null;
      k = open;
      continue;
    }
    if (t === ',') break;
    if (STOP_PUNCT.test(t) || DASH.test(t) || BOUNDARY_WORDS.has(t.toLowerCase())) return null;
  }
  if (k < 1 || tokens[k].text !== ',' || !/^\p{Ll}/u.test(tokens[k + 1]?.text ?? '')) return null;
  let n = k - 1;
  while (n >= 0 && (isCapitalized(tokens[n].text) || (NAME_PARTICLES.has(tokens[n].text) && n > 0 && isCapitalized(tokens[n - 1].text)))) n--;
  const opensClause = n < 0 || STOP_PUNCT.test(tokens[n].text) || DASH.test(tokens[n].text) || tokens[n].text === ',';
  if (!opensClause || k - 1 - n < 2 || k - 1 - n > 5) return null;
  return { name: { start: n + 1, end: k - 1 }, apposition: { start: k + 1, end: segEnd } };
}

/**
 * One capitalised word opening the sentence, set off by a comma before an apposition ("Fiorina,
 * speaking to Iowans, said"): the subject, unless it is a connector ("However, …").
 */
function openingName(tokens: Token[], span: { start: number; end: number }, cues: CueMatcher): boolean {
  if (span.start !== span.end || span.start !== 0) return false;
  const t = tokens[0].text;
  return isCapitalized(t) && /^\p{L}+$/u.test(t) && !cues.connectorAt([t.toLowerCase()], 0) && !cues.personPronouns.has(t.toLowerCase()) && !DETERMINERS.has(t.toLowerCase());
}

function hasName(tokens: Token[], start: number, end: number): boolean {
  for (let k = start; k <= end; k++) {
    const t = tokens[k].text;
    // A capitalised word that does not merely open the sentence.
    if (isCapitalized(t) && !(k === 0 || /^[.!?]$/.test(tokens[k - 1]?.text ?? '.')) ) return true;
    if (isCapitalized(t) && k === start && end > start && isCapitalized(tokens[k + 1].text)) return true;
  }
  return false;
}

function isPronounSpan(tokens: Token[], s: { start: number; end: number }, cues: CueMatcher): boolean {
  if (s.end !== s.start) return false;
  const w = tokens[s.start].text.toLowerCase();
  return cues.personPronouns.has(w) || cues.orgPronouns.has(w);
}

/**
 * Drop leading connectives and adverbials ("However,", "Then", "Sin embargo") from a subject.
 * Returns `end + 1` when the span holds nothing but connectors (there is no subject).
 */
function trimLeading(tokens: Token[], start: number, end: number, cues: CueMatcher): number {
  let s = start;
  // A filler that is also an article opens the subject's noun phrase ("La experta en … enfatizó"),
  // it is no clitic there.
  const article = (k: number) => ARTICLES.has(tokens[k].text.toLowerCase()) && k + 1 <= end && /^\p{Ll}/u.test(tokens[k + 1].text);
  while (s < end && !article(s) && (cues.fillers.has(tokens[s].text.toLowerCase()) || cues.timeWords.has(tokens[s].text.toLowerCase()))) s++;
  const words = tokens.map((t) => bare(t.text));
  for (let n = cues.connectorAt(words, s); n > 0 && s + n - 1 <= end; n = cues.connectorAt(words, s)) {
    s += n;
    while (s <= end && !isWord(tokens[s].text)) s++;
  }
  return s;
}

/**
 * An inverted attribution after a quote that closed on a comma, whatever its verb
 * ("…," kroutí hlavou Novák. / "…," přidává se Jan Vávra, někdejší záložník. / "…," llamó X.):
 * a few lower-case words, then a name that closes the sentence (or opens an apposition). The comma
 * inside the marks already makes the quote the object of the verb, so no verb table is needed.
 */
export function invertedName(tokens: Token[], cues: CueMatcher): SubjectSpan | null {
  let k = 0;
  while (k < tokens.length && k < 6 && /^\p{Ll}/u.test(tokens[k].text) && !cues.personPronouns.has(bare(tokens[k].text)) && !BOUNDARY_WORDS.has(tokens[k].text)) k++;
  if (k === 0 || k >= tokens.length || !isCapitalized(tokens[k].text)) return null;
  // "…," wrote on Twitter Gary: a capitalised word after a preposition is a complement, not a name.
  if (PREPOSITIONS.has(tokens[k - 1].text.toLowerCase()) || cues.listenerMarks.has(tokens[k - 1].text.toLowerCase())) return null;
  // The run of capitalised words (particles inside): "Evening Standard", "Luiz da Silva".
  let end = k;
  end = nameRunEnd(tokens, end + 1) - 1;
  const next = tokens[end + 1];
  if (next && !/^[.,!?;]$/.test(next.text)) return null;
  return { start: tokens[k].start, end: tokens[end].end };
}

/**
 * '“Why isn’t this proof …?” Vitter demanded.': a name right after the quote, then one lower-case
 * word the table does not know and the end of the sentence. The name is the span returned; the
 * caller accepts it only for a listed person.
 */
export function nameThenVerb(tokens: Token[]): SubjectSpan | null {
  if (!tokens.length || !isCapitalized(tokens[0].text)) return null;
  const end = nameRunEnd(tokens, 0);
  const verb = tokens[end];
  const after = tokens[end + 1];
  // The full stop may stay on the verb ("demanded.").
  if (!verb || !/^\p{Ll}{3,}\.?$/u.test(verb.text) || (!verb.text.endsWith('.') && after && !/^[.!?;]$/.test(after.text))) return null;
  return { start: tokens[0].start, end: tokens[end - 1].end };
}

/** Third-person pronouns: the only ones a main clause's subject is read from (not "I", "we"). */
const THIRD_PERSON = new Set(['he', 'she', 'they', 'il', 'elle', 'ils', 'elles', 'er', 'sie', 'él', 'ella', 'ele', 'ela', 'lui', 'lei']);

/**
 * The subject of a sentence's main clause, for a participle cue that has none of its own ("Trump
 * attacked Clinton for …, saying, “…”"; "During a speech, she …, adding"): a name or a third-person
 * pronoun that opens the sentence (after a connector, or an opening phrase set off by a comma) and
 * that a lower-case word, its verb, follows. Anything else gives null: the clause may be about a thing.
 */
export function mainClauseSubject(tokens: Token[], cueIndex: number, cues: CueMatcher, isRole: (word: string) => boolean): SubjectSpan | null {
  const lower = tokens.map((t) => t.text.toLowerCase());
  let i = cues.connectorAt(lower, 0);
  if (tokens[i]?.text === ',') i++;
  if (i < cueIndex && PREPOSITIONS.has(lower[i])) {
    const comma = tokens.findIndex((t, k) => k > i && k < cueIndex && t.text === ',');
    if (comma < 0) return null;
    i = comma + 1;
  }
  if (i >= cueIndex) return null;
  const verbAt = (k: number) => k < cueIndex && /^\p{Ll}/u.test(tokens[k].text) && !PREPOSITIONS.has(lower[k]) && !DETERMINERS.has(lower[k]) &&
    !BOUNDARY_WORDS.has(lower[k]) && !NAME_PARTICLES.has(lower[k]);
  if (THIRD_PERSON.has(lower[i]) && cues.personPronouns.has(lower[i])) return verbAt(i + 1) ? { start: tokens[i].start, end: tokens[i].end } : null;
  const j = nameRunEnd(tokens, i);
  // Not a possessor ("Hillary Clinton’s campaign manager Robby Mook said …, arguing"), nor a name
  // that modifies a role noun ("Clinton spokesman Brian Fallon said …, adding").
  if (j === i || /['’]s?$/.test(tokens[j - 1].text) || /^['’]s?$/.test(tokens[j]?.text ?? '') || isRole(lower[j] ?? '')) return null;
  return verbAt(j) ? { start: tokens[i].start, end: tokens[j - 1].end } : null;
}
