import type { ArticleText } from '../article/types';
import { findRuns, type NameRun } from './candidates';
import { Clusterer, toPeople, type Draft, type NameKey, type Occurrence } from './cluster';
import { docEvidence } from './entity-type';
import { BY, introducedAlone, looksLikePerson } from './evidence';
import { lexiconFor, type Lexicon } from './lexicon';
import { lexiconFor as quoteLexiconFor } from '../quotes/lexicon';
import { GLUED_PARTICLE, NAME_PARTICLES, WEAK_TITLES } from './lexicon/common';
import { findHanPeople } from './han';
import { zh } from './lexicon/zh';
import { foldName } from './names';
import { continuationRole, descriptionRole, rolesOf, signatureRole } from './roles';
import { tokenize, type Token } from './tokens';
import type { Person } from './types';
import { isInitial, isNameWord, isObliqueRole, isOrgWord, isParticle, isRoleWord, stem } from './words';

/** A lower-case elided article or preposition glued to a capitalised word ("d’", "l’", "dell’"). */
const ELIDED_BEFORE_NAME = /^\p{Ll}{1,4}['’](?=\p{Lu})/u;

/**
 * Blocks Written In Title Case (headlines): capitals there say nothing about names, so such a
 * block only yields mentions of people found elsewhere.
 */
function titleCaseBlocks(article: ArticleText, tokens: Token[]): Set<number> {
  const caps = new Map<number, [number, number]>();
  for (const t of tokens) {
    // Only headings and titles can be such blocks: the other words need no counting.
    const kind = article.blocks[t.block].kind;
    if (kind !== 'title' && kind !== 'heading') continue;
    if (t.lower.length < 4 || !/^\p{L}+$/u.test(t.lower)) continue;
    const c = caps.get(t.block) ?? [0, 0];
    c[0] += t.capital ? 1 : 0;
    c[1]++;
    caps.set(t.block, c);
  }
  const out = new Set<number>();
  for (const [b, [cap, all]] of caps) {
    const kind = article.blocks[b].kind;
    if (all >= 4 && cap / all >= 0.6 && (kind === 'title' || kind === 'heading')) out.add(b);
  }
  return out;
}

/**
 * Stretches of a Title Case headline run into running text ("…Donald Trump Calls Out Ted Cruz For
 * Backing Down From A Fight Real estate mogul Donald Trump…", a live blog whose entry headlines the
 * extraction glued to their text): capitalised words around a small word of titles ("For", "The",
 * "To") that is capitalised mid-sentence between two of them, where running text writes it in lower
 * case. Capitals there say nothing about names, as in a headline block. Not where every noun is
 * capitalised (German writes "Partei Die Linke"), and never at a name particle ("De la Fuente").
 * Token ranges [from, to).
 */
function headlineStretches(tokens: Token[], smallWords: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  const capitalNext = (a: Token, b: Token | undefined) => b !== undefined && b.capital && b.block === a.block && b.gap === ' ' && !a.possessive;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    // (An initial is no small word: "Walter A. Clyburn Reed".)
    if (!t.capital || t.sentenceStart || t.text.endsWith('.') || !smallWords.has(t.lower) || isParticle(t) || NAME_PARTICLES.has(t.lower)) continue;
    if (!capitalNext(tokens[i - 1], t) || !capitalNext(t, tokens[i + 1])) continue;
    let from = i;
    while (from > 0 && capitalNext(tokens[from - 1], tokens[from]) && !tokens[from].sentenceStart) from--;
    let to = i + 1;
    while (to < tokens.length && capitalNext(tokens[to - 1], tokens[to]) && !tokens[to].sentenceStart) to++;
    // (Stretches never overlap: the next one starts where this one stopped, at a break.)
    out.push([from, to]);
    i = to - 1;
  }
  return out;
}

/**
 * Where every noun is capitalised, "die Verbreitung von Killerrobotern", "Generalsekretärin von
 * Amnesty", "eine Verbindung zu Twitter": a word after an article of the language, a role noun, or
 * a word with an ending only nouns have is a noun, and a particle after it is a preposition, not
 * part of a name. The run starts after the particle.
 */
function nounBeforeParticle(tokens: Token[], run: NameRun, lex: Lexicon): NameRun {
  const noun = (k: number) => {
    const w = tokens[k].lower;
    const before = tokens[k - 1];
    return (before !== undefined && before.block === tokens[k].block && before.text === before.lower && lex.nounMarkers.has(before.lower)) ||
      isRoleWord(w, lex) || lex.commonNounEndings.some((e) => w.length > e.length + 2 && w.endsWith(e));
  };
  for (let k = run.prefix; k < run.end - 1; k++) {
    if (!isParticle(tokens[k + 1]) || !noun(k)) continue;
    let s = k + 1;
    while (s < run.end && isParticle(tokens[s])) s++;
    // After a role noun the words are its institution ("Chef von Siemens"), no person.
    // The noun may have been what made the run an organisation ("Backstube von Karsten Berning").
    const org = isRoleWord(tokens[k].lower, lex) || tokens.slice(s, run.end).some((t) => isOrgWord(t.lower, lex));
    return s < run.end ? { ...run, prefix: s, name: s, org } : run;
  }
  return run;
}

/**
 * "Vicco von Bülow alias Loriot", "Edson Arantes do Nascimento, dit Pelé": a single name word the
 * article gives right after a full name and an alias word (`aliasWords` of the language pack) is
 * another name of that person.
 */
function aliasAfter(tokens: Token[], lex: Lexicon, run: NameRun): Token | null {
  const last = tokens[run.end - 1];
  let k = run.end;
  if (tokens[k]?.block !== last.block || !/^\s*,?\s*$/.test(tokens[k].gap)) return null;
  let words = 0;
  while (words < 2 && tokens[k]?.block === last.block && lex.aliasWords.has(tokens[k].lower)) {
    k++;
    words++;
  }
  const alias = tokens[k];
  if (!words || !alias || alias.block !== last.block || alias.gap !== ' ' || !isNameWord(alias)) return null;
  // One word only: "alias Loriot", not "alias Tom Smith" (a full name is a person of its own).
  const next = tokens[k + 1];
  if (next && next.block === alias.block && next.gap === ' ' && isNameWord(next)) return null;
  return alias;
}

/**
 * What the context says about the grammatical case of a name (inflected languages): the subject of
 * a speech verb ("dodala Nováková", "Nováková řekla") is in the nominative; a name after a
 * preposition, "podle"/"по словам", or a role noun in an oblique case ("lékařky X") is not.
 */
function caseOf(tokens: Token[], lex: Lexicon, run: NameRun): { nominative: boolean; oblique: boolean } {
  const first = tokens[run.prefix];
  const last = tokens[run.end - 1];
  const before = tokens[run.prefix - 1];
  const after = tokens[run.end];
  const tight = (gap: string) => /^\s*,?\s*$/.test(gap);
  const lead = before?.block === first.block && tight(first.gap) ? before.lower : null;
  // "Zdaniem anestezjolog Katarzyny Wójcik": a role noun that does not inflect, after a word that governs the case.
  const before2 = tokens[run.prefix - 2];
  const governedRole = lead !== null && isRoleWord(lead, lex) && before2?.block === first.block && tight(before.gap) && lex.obliqueLeads.has(before2.lower);
  const oblique = lead !== null && (lex.obliqueLeads.has(lead) || lex.prepositions.has(lead) || isObliqueRole(lead, lex) || governedRole);
  const verbBefore = lead !== null && lex.cueWords.has(lead) && !lex.obliqueLeads.has(lead);
  const verbAfter = after?.block === last.block && tight(after.gap) && lex.cueWords.has(after.lower) && !lex.obliqueLeads.has(after.lower);
  return { nominative: !oblique && (verbBefore || verbAfter), oblique };
}

/**
 * Find every named person in the article, one entry per person with all its mentions (full name,
 * surname alone, titled forms, transliteration variants), and mark the named specialists: people
 * the article presents by profession, expertise, title or office.
 */
/**
 * "Chris Christie Address Heroin Epidemic", "Marco Rubio Miss The Mark": a headline in Title Case
 * run into the text glues words to a name. A run of three words or more whose first two or more
 * words the article also writes as a whole run elsewhere ends there, when the next word is one the
 * article writes in lower case ("address", "miss"): that name is the evidence, not the capitals.
 */
function cutAtKnownNames(runs: NameRun[], tokens: Token[], lowercaseWords: Set<string>, key: (w: string) => string): void {
  const whole = new Set<string>();
  for (const r of runs) if (r.end - r.name >= 2 && r.end - r.name <= 3) whole.add(tokens.slice(r.name, r.end).map((t) => key(t.text)).join(' '));
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    for (let cut = r.end - 1; cut >= r.name + 2; cut--) {
      if (!tokens[cut].capital || !lowercaseWords.has(tokens[cut].lower) || isParticle(tokens[cut])) continue;
      if (whole.has(tokens.slice(r.name, cut).map((t) => key(t.text)).join(' '))) {
        runs[i] = { ...r, end: cut };
        break;
      }
    }
  }
}

export function findPeople(article: ArticleText, lang: string | null): Person[] {
  const lex = lexiconFor(lang);
  const tokens = tokenize(article, lex);
  const lowercaseWords = new Set<string>();
  for (const t of tokens) if (!t.capital) lowercaseWords.add(t.lower);
  const blockTokens = new Map<number, [number, number]>();
  tokens.forEach((t, i) => {
    const span = blockTokens.get(t.block);
    if (span) span[1] = i + 1;
    else blockTokens.set(t.block, [i, i + 1]);
  });
  const titleCase = titleCaseBlocks(article, tokens);
  // (A headline block is read whole below: no stretch inside it.)
  const headlines = lex.capitalNouns ? [] : headlineStretches(tokens, quoteLexiconFor(lang).titleSmallWords).filter(([from]) => !titleCase.has(tokens[from].block));
  const inHeadline = new Uint8Array(tokens.length);
  for (const [from, to] of headlines) inHeadline.fill(1, from, to);

  const key = (word: string) => {
    const f = foldName(word.replace(GLUED_PARTICLE, ''));
    return lex.inflected ? stem(f) : f;
  };
  const occurrence = (run: NameRun): Occurrence => {
    const first = tokens[run.name];
    const last = tokens[run.end - 1];
    // "By John Smith, Health Correspondent": an author's credit line presents no specialist.
    const credit = run.prefix > 0 && tokens[run.prefix - 1].block === first.block && BY.has(tokens[run.prefix - 1].lower) &&
      blockTokens.get(first.block)![0] === run.prefix - 1;
    const roles = credit ? [] : rolesOf(article, tokens, lex, run);
    const signature = signatureRole(article, tokens, lex, run, blockTokens);
    if (signature && !credit) roles.push(signature);
    if (!roles.length && !credit && run.end - run.name > 1) {
      const continued = continuationRole(article, tokens, lex, run, nameStarts) ?? descriptionRole(article, tokens, lex, run, nameStarts);
      if (continued) roles.push(continued);
    }
    // "d’Emmanuel Macron": a lower-case elided word glued to the first name is the sentence's
    // preposition or article, not part of the name ("D’Alema", capitalised, is a surname).
    // Only before a first name: "d’Aubuisson" alone is the surname with its particle.
    const start = first.start + (run.end - run.name > 1 ? ELIDED_BEFORE_NAME.exec(first.text)?.[0].length ?? 0 : 0);
    return {
      mention: { start, end: last.end, text: article.text.slice(start, last.end) },
      titled: run.prefix < run.name ? article.text.slice(tokens[run.prefix].start, last.end) : null,
      roles,
      evidence: roles.length > 0 || looksLikePerson(tokens, lex, run),
      ...(lex.inflected ? caseOf(tokens, lex, run) : {}),
    };
  };
  // Asked several times of each run (its key, its first word, its form, its length): read once
  // per token range. The arrays are shared, so callers must not change them.
  const nameWordsOf = new Map<number, Token[]>();
  const nameWords = (run: NameRun) => {
    const at = run.name * (tokens.length + 1) + run.end;
    let words = nameWordsOf.get(at);
    if (!words) nameWordsOf.set(at, (words = tokens.slice(run.name, run.end).filter((t) => !isParticle(t) && !NAME_PARTICLES.has(t.lower) && !isInitial(t))));
    return words;
  };
  const nameKey = (run: NameRun): NameKey | null => {
    const words = nameWords(run);
    if (words.length < 2) return null;
    const rest = words.slice(1).map((t) => key(t.text));
    return { first: key(words[0].text), rest, surname: rest[rest.length - 1] };
  };

  const lastWord = (run: NameRun) => nameWords(run)[0].text;
  // "Minecraft developer Mojang": a role noun that also presents firms does not make one word a person.
  const firmRole = (role: string) => lex.firmRoles.has(role.toLowerCase().split(/\s+/).pop() ?? '');
  const evidence = docEvidence(tokens, lex);
  // Places by document-wide evidence: words the article writes alone after "in" / "en" / "aus".
  const places = new Set([...evidence.afterPlace].map(key));
  const allRuns = lex.capitalNouns ? findRuns(tokens, lex, lowercaseWords).map((r) => nounBeforeParticle(tokens, r, lex)) : findRuns(tokens, lex, lowercaseWords);
  const formOf = (run: NameRun) => nameWords(run).map((t) => key(t.text)).join(' ');
  // Names the article also gives a thing ("the Gaza Strip", "in the Ocean Parkway"): whatever
  // speech verb stands near another mention, such a name is no person's.
  const thingForms = new Set(allRuns.filter((r) => r.org && nameWords(r).length > 1).map(formOf));
  const runs = allRuns.filter((r) => !r.org && !titleCase.has(tokens[r.name].block) && !inHeadline[r.name]).map((r) => {
    // "the envoy to Ruritania Karl Vogt": a leading word the article writes alone as a place is not
    // part of the name after it.
    const first = tokens[r.name];
    if (r.end - r.name >= 3 && !isParticle(first) && places.has(key(first.text))) return { ...r, name: r.name + 1, prefix: r.prefix === r.name ? r.name + 1 : r.prefix };
    return r;
  });
  cutAtKnownNames(runs, tokens, lowercaseWords, key);
  const nameStarts = new Set(runs.filter((r) => nameWords(r).length > 1).map((r) => r.prefix));
  const people = new Clusterer();

  // 1. Full names make people; spelling variants of one person merge.
  const singles: NameRun[] = [];
  const fullByBlock = new Map<number, Occurrence[]>();
  for (const run of runs) {
    const form = run.weak ? null : nameKey(run);
    if (form) {
      const occ = occurrence(run);
      const draft = people.addFull(form, occ);
      const alias = aliasAfter(tokens, lex, run);
      if (alias) people.alias(key(alias.text), draft);
      if (occ.roles.length) fullByBlock.set(tokens[run.name].block, [...(fullByBlock.get(tokens[run.name].block) ?? []), occ]);
    } else if (nameWords(run).length === 1) singles.push(run);
  }
  // "Главный внештатный специалист Минздрава по инфекционным болезням Владимир Чуланов": a word
  // inside the role phrase of a full name next to it is part of that role, not a person.
  const inRole = (occ: Occurrence, block: number) => (fullByBlock.get(block) ?? []).some((o) => o.roles.some((r) => {
    const at = article.text.lastIndexOf(r, o.mention.start);
    return at >= 0 && at <= occ.mention.start && occ.mention.end <= at + r.length && at + r.length <= o.mention.start;
  }));
  people.mergeShortForms();

  // 2. Single words: the surname or first name of someone above, or a titled name of its own
  //    ("Mr Obama" with no "Barack Obama", "o técnico Tite"). Titled ones go first, so that
  //    "Tite declarou" before "o técnico Tite" still finds him.
  // An occurrence (its roles and evidence) is read only for a run that may join someone: most
  // single capitalised words (places, firms, sentence openers) never do.
  const occurrences = new Map<NameRun, Occurrence>();
  const occurrenceOf = (run: NameRun) => {
    let occ = occurrences.get(run);
    if (!occ) occurrences.set(run, (occ = occurrence(run)));
    return occ;
  };
  const titled: NameRun[] = [];
  const rest: NameRun[] = [];
  for (const run of singles) {
    const found = people.resolve(key(lastWord(run)));
    if (found) found.occurrences.push(occurrenceOf(run));
    else if (!run.weak && (run.prefix < run.name || (!tokens[run.name].sentenceStart && occurrenceOf(run).roles.some((r) => !firmRole(r))) || introducedAlone(tokens, lex, run))) titled.push(run);
    else rest.push(run);
  }
  for (const run of titled) {
    const k = key(lastWord(run));
    const occ = occurrenceOf(run);
    const found = people.resolve(k);
    if (found) found.occurrences.push(occ);
    else if (!(occ.roles.length === 1 && run.name - run.prefix === 1 && WEAK_TITLES.has(tokens[run.prefix].lower.replace(/\.$/, ''))) &&
      !inRole(occ, tokens[run.name].block)) people.addSingle(k, occ);
  }
  for (const run of rest) people.resolve(key(lastWord(run)))?.occurrences.push(occurrenceOf(run));

  // 3. Headlines in Title Case (blocks, and stretches run into the text): only words that name
  //    someone found above.
  for (const [from, to] of [...[...titleCase].map((b) => blockTokens.get(b)!), ...headlines]) {
    for (let i = from; i < to; i++) {
      const found = isNameWord(tokens[i]) ? people.resolve(key(tokens[i].text)) : null;
      if (!found) continue;
      // consecutive words of the same person make one mention ("Jon Sopel")
      let j = i + 1;
      while (j < to && tokens[j].gap === ' ' && !tokens[j - 1].possessive && isNameWord(tokens[j]) && people.resolve(key(tokens[j].text)) === found) j++;
      const [start, end] = [tokens[i].start, tokens[j - 1].end];
      found.occurrences.push({ mention: { start, end, text: article.text.slice(start, end) }, titled: null, roles: [], evidence: false });
      i = j - 1;
    }
  }

  // Typing: a draft with no title and no role whose full name the article also gives a thing, or
  // whose first or last word it writes alone as a place ("Morning Ruritania", "Ruritania Power"), is
  // not a person.
  const person = (d: Draft) => d.occurrences.some((o) => o.titled || o.roles.length) ||
    !d.forms.some((f) => f.first !== null && (thingForms.has([f.first, ...f.rest].join(' ')) || places.has(f.surname) || places.has(f.first)));
  const found = toPeople(people.drafts.filter((d) => d.occurrences.some((o) => o.evidence) && person(d)), lex.nominative);
  // Chinese names have no capitals: a finder of their own, merged in order of first mention.
  if (lang?.trim().toLowerCase().split(/[-_]/)[0] !== 'zh') return found;
  const all = [...found, ...findHanPeople(article, zh)].filter((p) => p.mentions.length);
  all.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return all.map((p, i) => ({ ...p, id: `p${i + 1}` }));
}
