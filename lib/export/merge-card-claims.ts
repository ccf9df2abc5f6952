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

/** Notes handled between two pauses of mergeCardClaimsSteps. */
export const MERGE_STEP = 2000;

/**
 * mergeCardClaims a step at a time: pauses (yields nothing) every `step` notes, so an exporter
 * can hand its pacer a turn (an empty part) before its first real part at 100,000 notes. The
 * notes as shown are pushed to `out`.
 */
export function* mergeCardClaimsSteps(notes: AnnotationRecord[], out: ShownNote[], step = MERGE_STEP): Generator<void> {
  const quotes = new Map<string, AnnotationRecord[]>();
  let n = 0;
  for (const a of notes) {
    if (a.kind === 'quote' && a.deletedAt === null) {
      const k = key(a);
      const list = quotes.get(k);
      if (list) list.push(a);
      else quotes.set(k, [a]);
    }
    if (++n % step === 0) yield;
  }
  const folded = new Set<string>();
  const merged = new Map<string, ShownNote>();
  for (const a of notes) {
    if (++n % step === 0) yield;
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
    if (++n % step === 0) yield;
    if (folded.has(a.id)) continue;
    out.push(merged.get(a.id) ?? a);
  }
}

export function mergeCardClaims(notes: AnnotationRecord[]): ShownNote[] {
  const out: ShownNote[] = [];
  for (const _ of mergeCardClaimsSteps(notes, out, Infinity));
  return out;
}
