import type { NominativeRules } from './lexicon/types';
import { nominativeName } from './nominative';
import type { Mention, Person } from './types';

/** One occurrence of a name, with what its context says about it. */
export interface Occurrence {
  mention: Mention;
  /** "Dr. Sergey Morozov", "Mr. Reeves": the name with its title, when it has one. */
  titled: string | null;
  roles: string[];
  /** Presented like a person (title, speech verb, age, role …). */
  evidence: boolean;
  /** The subject of a speech verb: in inflected languages, the nominative form of the name. */
  nominative?: boolean;
  /** After a preposition or an oblique role noun: an inflected form, not the nominative. */
  oblique?: boolean;
}

/** A name form reduced to comparison keys: folded first name and the other folded words. */
export interface NameKey {
  first: string | null;
  /** Every word after the first one (middle names and surname), folded. */
  rest: string[];
  surname: string;
}

/** A person being assembled from occurrences. */
export interface Draft {
  forms: NameKey[];
  occurrences: Occurrence[];
  /** Occurrences of a full (two-word or longer) name. */
  fullCount: number;
  /** Set when this draft was found to be a shorter form of another person. */
  mergedInto?: Draft;
}

/** Edit distance at most one, for words of five letters or more (Evgeniy / Yevgeniy). */
export function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 5) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/** The word and every form of it with one letter deleted (words of five letters or more). */
function deletions(w: string): string[] {
  if (w.length < 5) return [];
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

function firstsAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a === b || nearlyEqual(a, b) || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * Groups name occurrences into people. Full names are indexed by every word after the first and
 * by first name, so a surname alone ("Morozov") or a first name alone ("Sergei") finds its person
 * in one Map look-up: linear in the number of occurrences.
 */
export class Clusterer {
  readonly drafts: Draft[] = [];
  private readonly byRest = new Map<string, Draft[]>();
  private readonly byFirst = new Map<string, Draft[]>();
  /** Surnames by every form with one letter deleted, to find transliteration variants in one look-up each. */
  private readonly byNear = new Map<string, Draft[]>();

  private index(map: Map<string, Draft[]>, k: string, d: Draft) {
    const list = map.get(k) ?? [];
    if (!list.includes(d)) list.push(d);
    map.set(k, list);
  }

  private register(d: Draft, form: NameKey) {
    // One entry per distinct form: a person named 500 times in a long article keeps a handful of
    // forms, so the look-ups that scan a draft's forms stay short (they were quadratic).
    const same = (f: NameKey) => f.first === form.first && f.surname === form.surname && f.rest.join(' ') === form.rest.join(' ');
    if (d.forms.some(same)) return;
    d.forms.push(form);
    for (const k of form.rest) this.index(this.byRest, k, d);
    if (form.first) this.index(this.byFirst, form.first, d);
    if (form.first) for (const k of deletions(form.surname)) this.index(this.byNear, k, d);
  }

  /**
   * A person whose surname is one letter away and whose first name agrees: one person spelt two
   * ways ("Yerlan Nysanbayev" / "Erlan Nysanbaev"). Both forms need a first name, so relatives who
   * share a surname stay apart unless their first names agree too.
   */
  private near(form: NameKey): Draft | undefined {
    if (!form.first) return undefined;
    for (const k of deletions(form.surname)) {
      const found = (this.byNear.get(k) ?? []).find((d) =>
        d.forms.some((f) => f.first !== null && nearlyEqual(f.surname, form.surname) && firstsAgree(f.first, form.first) && f.first.length > 1 && form.first!.length > 1));
      if (found) return found;
    }
    return undefined;
  }

  /** A full name: joins the person with the same surname and an agreeing first name, or starts one. */
  addFull(form: NameKey, occ: Occurrence): Draft {
    let draft = (this.byRest.get(form.surname) ?? []).find((d) =>
      d.forms.some((f) => f.surname === form.surname && firstsAgree(f.first, form.first))) ?? this.near(form);
    if (!draft) {
      draft = { forms: [], occurrences: [], fullCount: 0 };
      this.drafts.push(draft);
    }
    this.register(draft, form);
    draft.occurrences.push(occ);
    draft.fullCount++;
    return draft;
  }

  /** A name of its own with no full form ("Tite", "President Obama"). */
  addSingle(k: string, occ: Occurrence): Draft {
    const draft: Draft = { forms: [], occurrences: [occ], fullCount: 0 };
    this.drafts.push(draft);
    this.register(draft, { first: null, rest: [k], surname: k });
    return draft;
  }

  /**
   * The person a single word names: a surname or middle name first (the most mentioned person
   * wins when relatives share it), else a first name shared by nobody else.
   */
  /** Names the article gives as another name of a person ("Vicco von Bülow alias Loriot"). */
  private readonly aliases = new Map<string, Draft>();

  /** Record that the single word `k` is another name of `draft`'s person. */
  alias(k: string, draft: Draft): void {
    this.aliases.set(k, draft);
  }

  resolve(k: string): Draft | null {
    const live = (d: Draft) => {
      while (d.mergedInto) d = d.mergedInto;
      return d;
    };
    const aliased = this.aliases.get(k);
    if (aliased) return live(aliased);
    const rest = this.byRest.get(k);
    if (rest?.length) {
      // A surname beats a middle name; then the person named in full most often.
      const rank = (d: Draft) => (d.forms.some((f) => f.surname === k) ? 1e6 : 0) + d.fullCount;
      return live(rest.reduce((a, b) => (rank(b) > rank(a) ? b : a)));
    }
    const first = [...new Set((this.byFirst.get(k) ?? []).map(live))];
    return first.length === 1 ? first[0] : null;
  }

  /**
   * Merge a person whose every form is a shorter form of another person's name
   * ("Te Kaurinui" into "Te Kaurinui Robert Parata").
   */
  mergeShortForms() {
    for (const d of [...this.drafts]) {
      if (!d.forms.length) continue;
      const target = (this.byFirst.get(d.forms[0].first ?? '') ?? []).find((e) =>
        e !== d && e.occurrences.length && d.forms.every((f) => e.forms.some((g) => g.first === f.first && g.rest.length > f.rest.length && f.rest.every((w) => g.rest.includes(w)))));
      if (!target) continue;
      target.occurrences.push(...d.occurrences);
      d.occurrences = [];
      d.mergedInto = target;
    }
  }
}

/**
 * Build the people: fullest name, other forms as aliases, roles in order, mentions sorted. With
 * case `rules` (inflected languages) the name is given in the nominative.
 */
export function toPeople(drafts: Draft[], rules: NominativeRules | null = null): Person[] {
  const words = (s: string) => s.split(/\s+/).length;
  const people = drafts.filter((d) => d.occurrences.length).map((d) => {
    const occ = [...d.occurrences].sort((a, b) => a.mention.start - b.mention.start);
    const counts = new Map<string, number>();
    for (const o of occ) counts.set(o.mention.text, (counts.get(o.mention.text) ?? 0) + 1);
    // Fullest form; among equals the most frequent, then in inflected languages the shortest (a
    // nominative "Petr Novák"), elsewhere the first written (a later spelling variant is the alias).
    const order = [...counts.keys()];
    const fullest = [...order].sort((a, b) => words(b) - words(a) || counts.get(b)! - counts.get(a)! ||
      (rules ? a.length - b.length : order.indexOf(a) - order.indexOf(b)))[0];
    const cased = rules && nominativeName(occ.map((o) => ({ text: o.mention.text, nominative: !!o.nominative, oblique: !!o.oblique })), rules);
    const name = cased && words(cased) >= words(fullest) ? cased : fullest;
    const aliases = [...new Set(occ.flatMap((o) => [o.mention.text, o.titled ?? '']))].filter((f) => f && f !== name);
    const roles: string[] = [];
    const seen = new Set<string>();
    for (const r of occ.flatMap((o) => o.roles)) {
      if (!seen.has(r.toLowerCase())) roles.push(r);
      seen.add(r.toLowerCase());
    }
    const starts = new Set<number>();
    const mentions: Mention[] = occ.map((o) => o.mention).filter((m) => !starts.has(m.start) && starts.add(m.start));
    return { id: '', name, aliases, roles, mentions, specialist: roles.length > 0, kind: 'person' as const };
  });
  people.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return people.map((p, i) => ({ ...p, id: `p${i + 1}` }));
}
