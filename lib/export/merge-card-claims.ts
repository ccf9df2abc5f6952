import { tagKey, type AnnotationRecord } from '../storage/schemas';

/**
 * "Tag as claim" on a detected quote's card used to store two notes over the same words: a quote
 * note (speaker, role) and a claim (verdict). A reader sees one thing, so the Markdown exports
 * show one: the claim, said by the quote's speaker, with both notes' text and tags. Notes are
 * matched on the same page, the same words and the same position (or the same context when
 * either has no position); anything else stays as it is, in its order.
 */
export interface ShownNote extends AnnotationRecord {
  /** The quote note folded into this claim, if any. */
  mergedQuote?: AnnotationRecord;
}

const sameSpot = (a: AnnotationRecord, b: AnnotationRecord): boolean => {
  if (a.pageUrl !== b.pageUrl || a.selectors.quote.exact !== b.selectors.quote.exact) return false;
  const p = a.selectors.position;
  const q = b.selectors.position;
  if (p && q) return p.start === q.start && p.end === q.end;
  return a.selectors.quote.prefix === b.selectors.quote.prefix && a.selectors.quote.suffix === b.selectors.quote.suffix;
};

const key = (a: AnnotationRecord) => `${a.pageUrl}\u0000${a.selectors.quote.exact}`;

export function mergeCardClaims(notes: AnnotationRecord[]): ShownNote[] {
  const quotes = new Map<string, AnnotationRecord[]>();
  for (const a of notes) if (a.kind === 'quote' && a.deletedAt === null) quotes.set(key(a), [...(quotes.get(key(a)) ?? []), a]);
  const folded = new Set<string>();
  const out: ShownNote[] = [];
  const merged = new Map<string, ShownNote>();
  for (const a of notes) {
    if (a.kind !== 'claim' || a.deletedAt !== null) continue;
    const q = quotes.get(key(a))?.find((x) => !folded.has(x.id) && sameSpot(a, x));
    if (!q) continue;
    folded.add(q.id);
    const tags = [...a.tags];
    for (const t of q.tags) if (!tags.some((x) => tagKey(x) === tagKey(t))) tags.push(t);
    const note = [q.note.trim(), a.note.trim()].filter((n, i, all) => n && all.indexOf(n) === i).join('\n\n');
    merged.set(a.id, { ...a, speaker: q.speaker, speakerRole: q.speakerRole ?? null, note, tags, mergedQuote: q });
  }
  for (const a of notes) {
    if (folded.has(a.id)) continue;
    out.push(merged.get(a.id) ?? a);
  }
  return out;
}
