import type { ArticleText } from '../article/types';
import type { HanLexicon } from './lexicon/zh';
import type { Mention, Person } from './types';

/**
 * People in Chinese text, which has no spaces or capitals: transliterated names are Han runs joined
 * by "·" ("丹尼尔·霍特"), native names are a family name and one or two characters, found next to a
 * role noun written right before them ("委员张近东") or a speech verb right after them ("卢宇说").
 * Linear in the text: one pass per block for each pattern, and a Map of names for their mentions.
 */

const HAN = '\\p{Script=Han}';
/** Punctuation that ends a role phrase written before a name. */
const PHRASE_BREAK = /[。！？；：，、\n“”"「」]/u;
/** Characters that end what comes before a role phrase: "就曾在", "是", "被", "将", "把", "据". */
const ROLE_LEADS = '在就曾是被将把据';
const ORG_END = /[局部院会厅委所司社馆门省市县区队校组处党团报网厂]$/u;

interface Draft {
  name: string;
  aliases: Set<string>;
  roles: string[];
  mentions: Mention[];
}

/** The role noun that ends exactly at `end` in `text` (longest), or null. */
function roleEndingAt(text: string, end: number, lex: HanLexicon, maxRole: number): string | null {
  for (let len = Math.min(maxRole, end); len >= 1; len--) {
    const w = text.slice(end - len, end);
    if (lex.roleNouns.includes(w)) return w;
  }
  return null;
}

/** "美国宇航局约翰逊航天中心发言人": the phrase before a name back to the previous punctuation (outside brackets). */
function rolePhraseBefore(text: string, roleEnd: number, blockStart: number): string {
  let depth = 0;
  let s = roleEnd;
  while (s > blockStart && roleEnd - s < 60) {
    const ch = text[s - 1];
    if (ch === '）' || ch === ')') depth++;
    else if (ch === '（' || ch === '(') depth = Math.max(0, depth - 1);
    else if (depth === 0 && PHRASE_BREAK.test(ch)) break;
    s--;
  }
  // "60年前就曾在作家": the role starts after the last adverb, preposition or copula before it.
  const phrase = text.slice(s, roleEnd);
  const cut = Math.max(...[...ROLE_LEADS].map((ch) => phrase.lastIndexOf(ch)));
  return phrase.slice(cut + 1).replace(/^[在据对由为与和]/u, '').trim();
}

export function findHanPeople(article: ArticleText, lex: HanLexicon): Person[] {
  const text = article.text;
  const maxRole = Math.max(...lex.roleNouns.map((r) => r.length));
  const stops = new Set(lex.edgeStops);
  const surnames = new Set(lex.surnames);
  const translit = new Set(lex.transliteration);
  const cueAt = (i: number) => lex.cues.some((c) => text.startsWith(c, i));
  const drafts = new Map<string, Draft>();
  /** The role phrase of "是……的一名博士" starting at `at`, up to the clause's end, if it ends with a role noun. */
  const copulaRole = (at: number): string | null => {
    if (!text.startsWith(lex.copula, at)) return null;
    let e = at + lex.copula.length;
    while (e < text.length && e - at < 40 && !/[。！？；，\n]/u.test(text[e])) e++;
    return e > at + lex.copula.length && roleEndingAt(text, e, lex, maxRole) ? text.slice(at + lex.copula.length, e) : null;
  };
  /** A two-character name written elsewhere before punctuation, a particle or a speech verb ("王辰说"). */
  const shortElsewhere = (two: string): boolean => {
    for (let at = text.indexOf(two); at >= 0; at = text.indexOf(two, at + 1)) {
      const next = text[at + 2] ?? '';
      if (PHRASE_BREAK.test(next) || stops.has(next) || cueAt(at + 2)) return true;
    }
    return false;
  };
  const split = (name: string) => name.split(/[·•‧・?]/u);
  const byLast = new Map<string, Draft>();
  const add = (name: string, role: string | null, aliasEnd: number) => {
    let d = drafts.get(name);
    const parts = split(name);
    // One transliterated person written "巴兹·奥尔德林", "巴兹?奥尔德林", or with a word glued before
    // it ("像戴夫?汉森"): the same last part and first parts that end alike.
    const last = parts.length > 1 ? parts[parts.length - 1] : null;
    const other = last !== null ? byLast.get(last) : undefined;
    if (!d && other) {
      const [a, b] = [split(other.name)[0], parts[0]];
      if (a.endsWith(b) || b.endsWith(a)) {
        d = other;
        if (a.length > b.length || (a === b && role && !other.roles.length)) {
          if (a !== b || other.name !== name) other.aliases.add(other.name);
          other.name = name;
        } else if (a === b) other.aliases.add(name);
        drafts.set(name, other);
      }
    }
    if (!d) d = { name, aliases: new Set<string>(), roles: [], mentions: [] };
    drafts.set(name, d);
    if (last !== null && !byLast.has(last)) byLast.set(last, d);
    if (role && !d.roles.includes(role)) d.roles.push(role);
    // "丹尼尔·霍特(Daniel Huot)": a Latin name in brackets right after is the same person.
    const alias = /^\s*[（(]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+)\s*[，,)）]/u.exec(text.slice(aliasEnd, aliasEnd + 80));
    if (alias) d.aliases.add(alias[1]);
  };

  const joined = new RegExp(`(${HAN}+)[${lex.joiners}](${HAN}+(?:[${lex.joiners}]${HAN}+)*)`, 'gu');
  for (const block of article.blocks) {
    const b = text.slice(block.start, block.end);
    // 1. Transliterated names: "发言人丹尼尔·霍特", "前NASA宇航员巴兹·奥尔德林".
    for (const m of b.matchAll(joined)) {
      const leftStart = block.start + m.index;
      const left = m[1];
      let first = '';
      let role: string | null = null;
      for (let cut = Math.max(0, left.length - 4); cut < left.length && !role; cut++) {
        const r = roleEndingAt(left, cut, lex, maxRole);
        if (r) {
          role = r;
          first = left.slice(cut);
        }
      }
      if (!role) {
        let s = left.length;
        while (s > 0 && left.length - s < 5 && translit.has(left[s - 1]) && !stops.has(left[s - 1])) s--;
        first = left.slice(s);
      }
      if (!first) continue;
      // The last part ends at a particle, a speech verb or a bracket.
      const rest = m[2];
      let e = 0;
      while (e < rest.length && e < 12 && (translit.has(rest[e]) || lex.joiners.includes(rest[e])) && !stops.has(rest[e]) && !cueAt(leftStart + left.length + 1 + e)) e++;
      if (e === 0 || /[·•‧・?]$/u.test(rest.slice(0, e))) continue;
      const nameStart = leftStart + left.length - first.length;
      const nameEnd = leftStart + left.length + 1 + e;
      const name = text.slice(nameStart, nameEnd);
      add(name, role ? rolePhraseBefore(text, nameStart, block.start) : null, nameEnd);
    }
    // 2. Native names: a family name and one or two characters, after a role noun or before a speech verb.
    for (let i = 0; i < b.length; i++) {
      if (!surnames.has(b[i])) continue;
      const at = block.start + i;
      const prevRole = roleEndingAt(text, at, lex, maxRole);
      const boundary = i === 0 || PHRASE_BREAK.test(b[i - 1]) || stops.has(b[i - 1]) || prevRole !== null;
      if (!boundary) continue;
      let name: string | null = null;
      for (const len of [3, 2]) {
        const cand = b.slice(i, i + len);
        if (cand.length < len || ![...cand].every((ch) => /\p{Script=Han}/u.test(ch)) || [...cand.slice(1)].some((ch) => stops.has(ch))) continue;
        if (ORG_END.test(cand) || roleEndingAt(cand, cand.length, lex, maxRole)) continue;
        const after = at + len;
        const next = text[after] ?? '';
        // "赵晓梅是……的一名工程师": a sentence that opens with the name and presents a role.
        const opens = i === 0 || /[。！？\n]/u.test(b[i - 1]);
        if (cueAt(after) || (prevRole && (PHRASE_BREAK.test(next) || stops.has(next))) || (opens && copulaRole(after) !== null)) {
          name = cand;
          break;
        }
      }
      // "作家周立波笔下": after a role noun, a family name and two more characters with no particle,
      // cue or punctuation to end them is a name of three characters (most Chinese names have
      // three), unless the two-character form ends at a particle or cue elsewhere in the text: then
      // that is the name.
      // (Not the first part of a transliterated name: "发言人马库斯·贝克尔".)
      if (!name && prevRole && !lex.joiners.includes(b[i + 3] ?? '')) {
        const cand = b.slice(i, i + 3);
        if (cand.length === 3 && [...cand].every((ch) => /\p{Script=Han}/u.test(ch) && !stops.has(ch)) && !ORG_END.test(cand) &&
          !roleEndingAt(cand, 3, lex, maxRole) && !roleEndingAt(cand, 2, lex, maxRole)) name = shortElsewhere(cand.slice(0, 2)) ? cand.slice(0, 2) : cand;
      }
      if (!name) continue;
      add(name, prevRole ? rolePhraseBefore(text, at, block.start) : null, at + name.length);
      i += name.length - 1;
    }
  }

  // Mentions: every occurrence of each name, and of a transliterated surname alone ("汉森说").
  const people: Person[] = [];
  for (const d of new Set(drafts.values())) {
    // Glued forms ("像戴夫?汉森") are no alias: only forms that another form does not end with.
    for (const a of [...d.aliases]) if (a.endsWith(d.name) && a !== d.name) d.aliases.delete(a);
    d.aliases.delete(d.name);
    const parts = split(d.name);
    const forms = [d.name, ...[...d.aliases].filter((a) => /\p{Script=Han}/u.test(a))].sort((a, b) => b.length - a.length);
    if (parts.length > 1 && parts[parts.length - 1].length >= 2) forms.push(parts[parts.length - 1]);
    const taken: [number, number][] = [];
    for (const form of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        if (taken.some(([s, e]) => at >= s && at < e)) continue;
        taken.push([at, at + form.length]);
        d.mentions.push({ start: at, end: at + form.length, text: form });
        if (form !== d.name) d.aliases.add(form);
      }
    }
    // "李博灏是……的一名博士": a role given by a copula sentence.
    if (!d.roles.length) {
      for (const m of d.mentions) {
        const role = copulaRole(m.end);
        if (role) {
          d.roles.push(role);
          break;
        }
      }
    }
    d.mentions.sort((a, b) => a.start - b.start);
    people.push({ id: '', name: d.name, aliases: [...d.aliases], roles: d.roles, mentions: d.mentions, specialist: d.roles.length > 0, kind: 'person' });
  }
  return people;
}
