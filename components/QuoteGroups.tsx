import type { Quote } from '../lib/analysis-schema';
import type { FindingRef } from '../lib/messages';
import { groupQuotesBySpeaker } from './group-quotes';

export interface QuoteGroupsProps {
  quotes: Quote[];
  /** Ids of the quotes found in the live page; the others cannot be scrolled to. */
  anchored: Set<string>;
  onReveal: (ref: FindingRef) => void;
}

/** The article's quotes, grouped under their speakers; each quote scrolls the page to it. */
export function QuoteGroups({ quotes, anchored, onReveal }: QuoteGroupsProps) {
  const groups = groupQuotesBySpeaker(quotes);
  return (
    <ul class="groups">
      {groups.map((g) => (
        <li key={g.speaker ?? ''} class="group">
          <p class="speaker">
            {g.speaker ?? 'Not attributed'}
            {g.role && <span class="role"> · {g.role}</span>}
            <span class="count"> ({g.quotes.length})</span>
          </p>
          <ul class="items">
            {g.quotes.map((q) => (
              <li key={q.id}>
                <button
                  type="button"
                  class="item quote"
                  data-id={q.id}
                  disabled={!anchored.has(q.id)}
                  title={anchored.has(q.id) ? 'Show in the page' : 'Not found in the live page'}
                  onClick={() => onReveal({ kind: 'quote', id: q.id })}
                >
                  <span class="clamp">“{q.text}”</span>
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
