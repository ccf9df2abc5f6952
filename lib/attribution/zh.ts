import { zh } from './lang/zh';
import type { Resolved, SpeakerResolver } from './resolve';

/**
 * Chinese attributions sit right against the marks, with no spaces to split words on:
 * "NAME（Latin name）表示：“…”", "”NAME说，“…", "他说：“…”". The subject is the person whose
 * mention ends where the verb (after its adverbs) begins, or a pronoun there; a sentence with no
 * verb before "，“" belongs to the person it names ("卢宇有着自己的看法，“…”").
 */
const VERBS = [...zh.verbs].sort((a, b) => b.length - a.length);
const FILLERS = new RegExp(`(?:${[...zh.fillers].sort((a, b) => b.length - a.length).join('|')})+$`, 'u');
const FILLERS_START = new RegExp(`^(?:${[...zh.fillers].sort((a, b) => b.length - a.length).join('|')})+`, 'u');
const PRONOUN = /(他们|她们|他|她)$/u;
const PRONOUN_START = /^(他们|她们|他|她)/u;
/** A Latin or Han name in brackets after the name it glosses: "戴夫·汉森（Dave Hanson）". */
const GLOSS = /[（(][^（）()]{1,60}[）)]$/u;
/** Sentence ends in Chinese text. */
const SENTENCE_END = /[。！？!?；]/gu;

export interface ZhLocal {
  resolved: Resolved;
  cue: string;
}

/** Whether a quote sits in Chinese text: a Han character right next to its marks. */
export function isChineseContext(text: string, start: number, end: number): boolean {
  return /\p{Script=Han}/u.test(text.slice(Math.max(0, start - 3), start) + text.slice(end, end + 3));
}

/** The attribution written against a quote in Chinese text, if any. */
export function zhLocal(text: string, start: number, end: number, prevEnd: number, nextStart: number, resolver: SpeakerResolver): ZhLocal | null {
  return zhAfter(text, end, nextStart, resolver) ?? zhBefore(text, start, prevEnd, resolver);
}

function subjectEndingAt(text: string, pos: number, resolver: SpeakerResolver, cue: string): ZhLocal | null {
  let head = text.slice(Math.max(0, pos - 80), pos);
  head = head.replace(FILLERS, '');
  head = head.replace(GLOSS, '');
  const at = pos - (text.slice(Math.max(0, pos - 80), pos).length - head.length);
  const pronoun = PRONOUN.exec(head);
  if (pronoun) {
    const r = resolver.pronoun(at - pronoun[0].length, false, pronoun[0], pronoun[0].startsWith('她') ? 'f' : null);
    return { resolved: r, cue };
  }
  const person = resolver.mentionIn(at - 1, at);
  if (person) return { resolved: { speaker: person.name, person, mention: person.name }, cue };
  // An organisation the people finder did not list, written in Latin letters ("Nasa表示").
  const latin = /(?:^|[^\p{L}])(\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)*)$/u.exec(head);
  if (latin) return { resolved: { speaker: latin[1], person: null, mention: latin[1] }, cue };
  return null;
}

/** "NAME表示：“", "他说：“", "张近东提出“", "卢宇有着自己的看法，“". */
function zhBefore(text: string, start: number, prevEnd: number, resolver: SpeakerResolver): ZhLocal | null {
  const from = Math.max(prevEnd, start - 200);
  let window = text.slice(from, start).replace(/[“「『"‘]\s*$/u, '');
  const punct = /[：:，,]\s*$/u.exec(window);
  if (punct) window = window.slice(0, window.length - punct[0].length);
  for (const v of VERBS) {
    if (!window.endsWith(v)) continue;
    const found = subjectEndingAt(text, from + window.length - v.length, resolver, v);
    if (found) return found;
  }
  if (!punct) return null;
  // No verb: the person the sentence before the quote opens with, or names last.
  let sStart = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) sStart = m.index + 1;
  const sentence = window.slice(sStart);
  if (PRONOUN_START.test(sentence.trim())) {
    const at = from + sStart + sentence.indexOf(sentence.trim());
    return { resolved: resolver.pronoun(at, false, sentence.trim().slice(0, 1)), cue: '' };
  }
  const person = resolver.mentionIn(from + sStart, from + window.length);
  return person ? { resolved: { speaker: person.name, person, mention: person.name }, cue: '' } : null;
}

/** "”卢宇说，“", "”他补充说。" */
function zhAfter(text: string, end: number, nextStart: number, resolver: SpeakerResolver): ZhLocal | null {
  const lead = /^[。！？…!?.，,]*[”」』"’]\s*[，,]?\s*/u.exec(text.slice(end, end + 6));
  if (!lead) return null;
  const from = end + lead[0].length;
  const window = text.slice(from, Math.min(nextStart, from + 60));
  let pos = 0;
  let resolved: Resolved | null = null;
  const pronoun = PRONOUN_START.exec(window);
  if (pronoun) {
    resolved = resolver.pronoun(from, false, pronoun[0], pronoun[0].startsWith('她') ? 'f' : null);
    pos = pronoun[0].length;
  } else {
    const person = resolver.mentionIn(from, from + 1);
    if (!person) return describedAfter(text, from, window, resolver);
    const mention = person.mentions.find((m) => m.start <= from && m.end > from);
    if (!mention) return null;
    resolved = { speaker: person.name, person, mention: mention.text };
    pos = mention.end - from;
  }
  let rest = window.slice(pos).replace(GLOSS_START, '');
  rest = rest.replace(FILLERS_START, '');
  const verb = VERBS.find((v) => rest.startsWith(v));
  return verb ? { resolved, cue: verb } : null;
}

const GLOSS_START = /^[（(][^（）()]{1,60}[）)]/u;

/**
 * "”南县南洲镇长胜村治安主任袁永红说，": a description, then the name, then the verb, in the clause
 * after the quote. The verb closest to the quote in that clause, with a listed person's mention
 * ending right before it (adverbs aside).
 */
function describedAfter(text: string, from: number, window: string, resolver: SpeakerResolver): ZhLocal | null {
  const clause = window.slice(0, window.search(/[。！？!?；，,“「]|$/u));
  let best: { at: number; verb: string } | null = null;
  for (const v of VERBS) {
    const at = clause.indexOf(v);
    if (at > 0 && (!best || at < best.at)) best = { at, verb: v };
  }
  return best ? subjectEndingAt(text, from + best.at, resolver, best.verb) : null;
}
