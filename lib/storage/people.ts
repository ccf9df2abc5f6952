import { z } from 'zod';
import { lexiconFor } from '../people/lexicon';
import { foldName, sameName as sameFolded } from '../people/names';
import type { NotesDb } from './db';
import { attempt, type WriteResult } from './errors';
import { parseRecords, PersonRecordSchema, type PersonAppearance, type PersonRecord, type ReadResult } from './schemas';

/**
 * People across articles: the specialists and speakers of every page the reader annotated, merged
 * by name, each keeping the roles and quotes as every article gave them, so the reader can see
 * that one outlet's "pulmonologist" is another's "government adviser".
 */

/** Quotes kept per person and page, and their length: enough to recognise them, small records. */
const MAX_QUOTES = 20;
const MAX_QUOTE_CHARS = 400;
const MAX_ROLES = 20;

/** A person as one analysis presents them. */
export interface PagePerson {
  name: string;
  roles: string[];
  specialist: boolean;
  quoteCount: number;
  quotes: string[];
}

const shorten = (s: string) => (s.length > MAX_QUOTE_CHARS ? `${s.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…` : s);
/**
 * A name without leading titles and honorifics ("Dr Anna Nowak" → "Anna Nowak"): one article
 * writes the title into the name, another does not, and it is the same person.
 */
export function bareName(name: string): string {
  const lex = lexiconFor(null);
  const words = name.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && (lex.titles.has(words[i].toLowerCase().replace(/\.$/, '')) || lex.honorifics.has(words[i].toLowerCase()))) i++;
  return words.slice(i).join(' ');
}
const sameName = (a: string, b: string) => sameFolded(bareName(a), bareName(b));
const tokens = (name: string) => foldName(bareName(name)).split(/[\s-]+/).filter(Boolean);

/** The folded surname a person is indexed under (the last word of the folded name). */
export function surnameKey(name: string): string {
  const t = tokens(name);
  return t[t.length - 1] ?? '';
}

function addDistinct(into: string[], values: Iterable<string | null | undefined>): void {
  for (const v of values) {
    const s = v?.trim();
    if (s && !into.some((x) => x.toLowerCase() === s.toLowerCase())) into.push(s);
  }
}

/**
 * What the people view needs of a page's analysis: names, roles, quote counts and quotes (each
 * shortened). Small, so the background can keep it where it survives a restart of its worker (an
 * MV3 worker stops after half a minute idle: a reader who annotates after reading for a while
 * would otherwise save the note with no people).
 */
export const PeopleSourceSchema = z.object({
  title: z.string().nullable(),
  siteName: z.string().nullable(),
  /** The article's byline and date, for the page record of a note saved later (optional: older kept values have none). */
  byline: z.string().nullable().optional(),
  publishedTime: z.string().nullable().optional(),
  specialists: z.array(z.object({ name: z.string(), aliases: z.array(z.string()), roles: z.array(z.string()), quoteCount: z.number().int().nonnegative() })),
  quotes: z.array(z.object({ text: z.string(), speaker: z.string().nullable(), speakerRole: z.string().nullable() })),
});
export type PeopleSource = z.infer<typeof PeopleSourceSchema>;

/** The people view's part of an analysis (quotes of named speakers only, each shortened). */
export function peopleSource(analysis: PeopleSource): PeopleSource {
  return {
    title: analysis.title,
    siteName: analysis.siteName,
    byline: analysis.byline ?? null,
    publishedTime: analysis.publishedTime ?? null,
    specialists: analysis.specialists.map((s) => ({ name: s.name, aliases: s.aliases, roles: s.roles.slice(0, MAX_ROLES), quoteCount: s.quoteCount })),
    quotes: analysis.quotes.filter((q) => q.speaker?.trim()).map((q) => ({ text: shorten(q.text), speaker: q.speaker, speakerRole: q.speakerRole })),
  };
}

/**
 * The people of an analysis: every specialist (with the quotes the analysis attributes to them)
 * and every other named speaker, grouped by `sameName`, with the roles the article gave them.
 */
export function peopleOfAnalysis(analysis: PeopleSource): PagePerson[] {
  const out: Array<PagePerson & { aliases: string[] }> = [];
  for (const s of analysis.specialists) {
    out.push({ name: s.name, aliases: [s.name, ...s.aliases], roles: s.roles.slice(0, MAX_ROLES), specialist: true, quoteCount: s.quoteCount, quotes: [] });
  }
  for (const q of analysis.quotes) {
    if (!q.speaker?.trim()) continue;
    let p = out.find((x) => x.aliases.some((a) => sameName(a, q.speaker!)));
    if (!p) out.push((p = { name: q.speaker, aliases: [q.speaker], roles: [], specialist: false, quoteCount: 0, quotes: [] }));
    if (!p.specialist) p.quoteCount++;
    addDistinct(p.roles, [q.speakerRole]);
    if (p.quotes.length < MAX_QUOTES) p.quotes.push(shorten(q.text));
  }
  return out.map(({ aliases: _a, ...p }) => ({ ...p, roles: p.roles.slice(0, MAX_ROLES) }));
}

/** The stored person a name belongs to among the ones sharing its surname, if any. */
function pickMatch(name: string, candidates: PersonRecord[]): PersonRecord | undefined {
  const exact = candidates.find((c) => c.key === foldName(bareName(name)));
  if (exact) return exact;
  const names = (c: PersonRecord) => [c.name, ...c.appearances.map((a) => a.name)];
  const matches = candidates.filter((c) => names(c).some((n) => sameName(n, name)));
  const full = tokens(name).length > 1;
  // A full name joins the person with the same full name (sameName checks the initial); a lone
  // surname ("Nowak") only joins when it can mean one person, never a guess between two.
  const fullMatches = matches.filter((c) => names(c).some((n) => tokens(n).length > 1 && sameName(n, name)));
  if (full && fullMatches.length) return fullMatches[0];
  return matches.length === 1 ? matches[0] : undefined;
}

export interface PageInfo {
  pageUrl: string;
  title?: string | null;
  site?: string | null;
}

/**
 * Save the people of an annotated page (call when a note is saved on it; saving the same page
 * again replaces that page's appearances). Returns how many people the page has.
 */
export async function savePagePeople(db: NotesDb, analysis: PeopleSource, page: PageInfo, now = Date.now()): Promise<WriteResult<number, PageInfo>> {
  return attempt(page, () =>
    db.transaction('rw', db.people, async () => {
      const people = peopleOfAnalysis(analysis);
      const title = page.title ?? analysis.title ?? '';
      const site = page.site ?? analysis.siteName ?? null;
      const touched = new Map<string, PersonRecord>();
      for (const p of people) {
        const surname = surnameKey(p.name);
        if (!surname) continue;
        const candidates = parseRecords('people', PersonRecordSchema, await db.people.where('surname').equals(surname).toArray(), (r) => (r as PersonRecord).key).records;
        const known = [...touched.values()].filter((t) => t.surname === surname);
        const found = pickMatch(p.name, [...known, ...candidates.filter((c) => !touched.has(c.key))]);
        const appearance: PersonAppearance = { pageUrl: page.pageUrl, title, site, name: p.name, roles: p.roles, specialist: p.specialist, quoteCount: p.quoteCount, quotes: p.quotes, seenAt: now };
        const base: PersonRecord = found
          ? touched.get(found.key) ?? { ...found, appearances: found.appearances.filter((a) => a.pageUrl !== page.pageUrl) }
          : { key: foldName(bareName(p.name)), name: p.name, surname, appearances: [], pageUrls: [], updatedAt: now };
        // Two people of one page that the store merges (a name and its surname): one appearance.
        const same = base.appearances.find((a) => a.pageUrl === page.pageUrl);
        if (same) {
          addDistinct(same.roles, appearance.roles);
          same.specialist ||= appearance.specialist;
          same.quoteCount += appearance.quoteCount;
          same.quotes = [...same.quotes, ...appearance.quotes].slice(0, MAX_QUOTES);
        } else base.appearances.push(appearance);
        if (tokens(p.name).length > tokens(base.name).length) base.name = p.name;
        base.pageUrls = [...new Set(base.appearances.map((a) => a.pageUrl))];
        base.updatedAt = now;
        touched.set(base.key, base);
      }
      // People this page named before but no longer does (the page was analysed again).
      const before = parseRecords('people', PersonRecordSchema, await db.people.where('pageUrls').equals(page.pageUrl).toArray(), (r) => (r as PersonRecord).key).records;
      const gone: string[] = [];
      for (const old of before) {
        if (touched.has(old.key)) continue;
        const appearances = old.appearances.filter((a) => a.pageUrl !== page.pageUrl);
        if (!appearances.length) gone.push(old.key);
        else touched.set(old.key, { ...old, appearances, pageUrls: [...new Set(appearances.map((a) => a.pageUrl))], updatedAt: now });
      }
      await db.people.bulkPut([...touched.values()].map((r) => PersonRecordSchema.parse(r)));
      await db.people.bulkDelete(gone);
      return people.length;
    }),
  );
}

export interface PeopleQuery {
  /** Words of a name (folded: "Müller" finds "Muller"). */
  query?: string;
  /** Only people who were a specialist in at least one article. */
  specialistsOnly?: boolean;
}

/** Everyone met, the ones seen in most articles first, then by name. */
export async function listPeople(db: NotesDb, q: PeopleQuery = {}): Promise<ReadResult<PersonRecord>> {
  const r = parseRecords('people', PersonRecordSchema, await db.people.toArray(), (x) => (x as PersonRecord).key);
  const words = q.query ? tokens(q.query) : [];
  r.records = r.records.filter((p) => {
    if (q.specialistsOnly && !p.appearances.some((a) => a.specialist)) return false;
    if (!words.length) return true;
    const hay = [p.name, ...p.appearances.map((a) => a.name)].map(foldName).join(' ');
    return words.every((w) => hay.includes(w));
  });
  r.records.sort((a, b) => b.pageUrls.length - a.pageUrls.length || a.name.localeCompare(b.name));
  return r;
}

/** The people saved for one page. */
export async function peopleOfPage(db: NotesDb, pageUrl: string): Promise<ReadResult<PersonRecord>> {
  return parseRecords('people', PersonRecordSchema, await db.people.where('pageUrls').equals(pageUrl).toArray(), (x) => (x as PersonRecord).key);
}

/** Every role a person was given, with the articles that gave it (for "called X here, Y there"). */
export function rolesAcrossPages(p: PersonRecord): Array<{ role: string; pages: PersonAppearance[] }> {
  const byRole = new Map<string, { role: string; pages: PersonAppearance[] }>();
  for (const a of p.appearances) {
    for (const role of a.roles) {
      const k = role.toLowerCase();
      if (!byRole.has(k)) byRole.set(k, { role, pages: [] });
      byRole.get(k)!.pages.push(a);
    }
  }
  return [...byRole.values()];
}
