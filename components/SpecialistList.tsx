import type { Specialist } from '../lib/analysis-schema';
import type { FindingRef } from '../lib/messages';

export interface SpecialistListProps {
  specialists: Specialist[];
  anchored: Set<string>;
  onReveal: (ref: FindingRef) => void;
}

/** Named specialists with their roles and quote counts; each scrolls the page to its first mention. */
export function SpecialistList({ specialists, anchored, onReveal }: SpecialistListProps) {
  return (
    <ul class="items">
      {specialists.map((s) => (
        <li key={s.id}>
          <button
            type="button"
            class="item specialist"
            data-id={s.id}
            disabled={!anchored.has(s.id)}
            onClick={() => onReveal({ kind: 'specialist', id: s.id })}
          >
            <span class="name">{s.name}</span>
            <span class="count">{s.quoteCount === 1 ? '1 quote' : `${s.quoteCount} quotes`}</span>
            {s.roles.length > 0 && <span class="roles">{s.roles.join('; ')}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
