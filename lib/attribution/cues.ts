import type { CueTable } from './lang';

/** A cue found in the text: a speech verb ("said") or a source-first phrase ("according to"). */
export interface CueMatch {
  start: number;
  end: number;
  text: string;
  /** The source comes after the cue ("according to X"), whatever the word order. */
  sourceFirst: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const alternation = (words: string[]) =>
  [...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Compiled cue patterns for a set of languages. */
export class CueMatcher {
  private readonly verbs: RegExp;
  private readonly sourceFirst: RegExp;
  readonly fillers: Set<string>;
  readonly personPronouns: Set<string>;
  readonly orgPronouns: Set<string>;
  readonly timeWords: Set<string>;

  constructor(tables: CueTable[]) {
    const all = <K extends keyof CueTable>(k: K) => tables.flatMap((t) => t[k] as string[]);
    // Letters on either side would make a cue part of a longer word ("said" in "saidst").
    this.verbs = new RegExp(`(?<![\\p{L}\\p{N}’'-])(?:${alternation(all('verbs'))})(?![\\p{L}\\p{N}])`, 'giu');
    this.sourceFirst = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(all('sourceFirst'))})(?![\\p{L}\\p{N}])`, 'giu');
    const set = (k: keyof CueTable) => new Set(all(k).map((w) => w.toLowerCase()));
    this.fillers = set('fillers');
    this.personPronouns = set('personPronouns');
    this.orgPronouns = set('orgPronouns');
    this.timeWords = set('timeWords');
  }

  /** Every cue in `text`, in order; offsets relative to `text` plus `offset`. */
  find(text: string, offset = 0): CueMatch[] {
    const out: CueMatch[] = [];
    for (const [re, sourceFirst] of [[this.verbs, false], [this.sourceFirst, true]] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], sourceFirst });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }
}
