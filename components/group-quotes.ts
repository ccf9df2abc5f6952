import type { Quote } from '../lib/analysis-schema';

export interface SpeakerGroup {
  /** null: the article names no one for these quotes. */
  speaker: string | null;
  role: string | null;
  quotes: Quote[];
}

/**
 * Quotes grouped by speaker, speakers in order of first quote, the unattributed ones last. The role
 * shown is the first one the article gives for that speaker.
 */
export function groupQuotesBySpeaker(quotes: Quote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const q of quotes) {
    const key = q.speaker?.trim().toLowerCase() ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { speaker: q.speaker?.trim() || null, role: null, quotes: [] }));
    g.role ??= q.speakerRole;
    g.quotes.push(q);
  }
  const list = [...groups.values()];
  return [...list.filter((g) => g.speaker), ...list.filter((g) => !g.speaker)];
}
