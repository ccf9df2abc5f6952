import { textFragmentUrl } from '../../lib/export/text-fragment';
import { VERDICT_LABELS, type PageRecord } from '../../lib/storage/schemas';
import type { RowRecord } from './query';
import { siteLabel } from './query';

export interface NoteRowProps {
  index: number;
  row: RowRecord | undefined;
  page: PageRecord | undefined;
  selected: boolean;
  /** Only the active row's controls are in the tab order (roving focus). */
  active: boolean;
  onSelect: (index: number, on: boolean) => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** One note of the library list: the passage, the note, who said it, tags, verdict, page and day. */
export function NoteRow({ index, row, page, selected, active, onSelect }: NoteRowProps) {
  const tab = active ? 0 : -1;
  if (!row) return <div class="note loading" aria-busy="true">Loading…</div>;
  if (!row.ok) return <div class="note invalid">{row.reason}</div>;
  const a = row.note;
  const title = page?.title || a.pageUrl;
  const site = page ? siteLabel(page) : a.pageUrl;
  const labelId = `note-${index}-text`;
  return (
    <div class="note" aria-labelledby={labelId}>
      <input type="checkbox" class="pick" tabIndex={tab} checked={selected} aria-label="Select this note" onChange={(e) => onSelect(index, (e.currentTarget as HTMLInputElement).checked)} />
      <div class="body">
        <p id={labelId} class="passage clamp">
          <span class={`kind kind-${a.kind}`}>{a.kind}</span> “{a.text}”{a.speaker && <span class="who"> — {a.speaker}</span>}
        </p>
        {a.note && <p class="text clamp1">{a.note}</p>}
        <p class="meta">
          {a.verdict && (
            <span class={`verdict v-${a.verdict}`}>
              {VERDICT_LABELS[a.verdict].label}
              {/* Kept as written after the page changed its words: never a verdict on other words without saying so. */}
              {a.review?.decision === 'kept' ? ' (earlier words: the page changed)' : ''}
            </span>
          )}
          {a.tags.map((t) => (
            <span key={t} class="tag">
              #{t}
            </span>
          ))}
          <a href={textFragmentUrl(a.pageUrl, a.selectors.quote)} target="_blank" rel="noopener noreferrer" tabIndex={tab} title={a.pageUrl}>
            {title}
          </a>
          <span class="site">{site}</span>
          <time dateTime={new Date(a.createdAt).toISOString()}>{dateFormat.format(a.createdAt)}</time>
        </p>
      </div>
    </div>
  );
}
