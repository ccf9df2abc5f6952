import { VERDICT_LABELS, VERDICTS, type Verdict } from '../../lib/storage/schemas';
import { useEffect, useState } from 'preact/hooks';
import { SORTS, dateRangeError, type FilterChoices, type LibraryFilter, type LibrarySort } from './query';

export interface FiltersProps {
  filter: LibraryFilter;
  sort: LibrarySort;
  choices: FilterChoices;
  onFilter: (f: LibraryFilter) => void;
  onSort: (s: LibrarySort) => void;
}

function Choice({ id, label, value, options, onChange }: { id: string; label: string; value: string | null; options: Array<[string, string]>; onChange: (v: string | null) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value || null)}>
        <option value="">Any</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search box, filters (tag, site, verdict, speaker, dates) and sort order of the library. */
export function Filters({ filter, sort, choices, onFilter, onSort }: FiltersProps) {
  const set = (patch: Partial<LibraryFilter>) => onFilter({ ...filter, ...patch });
  const date = (e: Event) => (e.currentTarget as HTMLInputElement).value || null;
  // The dates as typed: a From after To stays in the form with its error and never becomes the
  // filter; once the pair is valid again (or cleared) it does, and the error goes.
  const [dates, setDates] = useState({ from: filter.from, to: filter.to });
  useEffect(() => setDates({ from: filter.from, to: filter.to }), [filter.from, filter.to]);
  const dateError = dateRangeError(dates.from, dates.to);
  const setDate = (patch: { from?: string | null; to?: string | null }) => {
    const next = { ...dates, ...patch };
    setDates(next);
    if (!dateRangeError(next.from, next.to)) set(next);
  };
  const invalid = dateError ? { 'aria-invalid': true, 'aria-describedby': 'f-date-error' } : {};
  return (
    <form class="filters" role="search" aria-label="Search and filter notes" onSubmit={(e) => e.preventDefault()}>
      <div class="field grow">
        <label for="q">Search quotes and notes</label>
        <input id="q" type="search" value={filter.text} placeholder="Words of a quote or note, a name, a tag" onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })} />
      </div>
      <Choice id="f-tag" label="Tag" value={filter.tag} options={choices.tags.map((t) => [t, t])} onChange={(tag) => set({ tag })} />
      <Choice id="f-site" label="Site" value={filter.site} options={[...choices.sites.keys()].map((s) => [s, s])} onChange={(site) => set({ site })} />
      <Choice id="f-verdict" label="Verdict" value={filter.verdict} options={VERDICTS.map((v) => [v, VERDICT_LABELS[v].label])} onChange={(v) => set({ verdict: v as Verdict | null })} />
      <Choice id="f-speaker" label="Speaker" value={filter.speaker} options={choices.speakers.map((s) => [s, s])} onChange={(speaker) => set({ speaker })} />
      <div class="field">
        <label for="f-from">From</label>
        <input id="f-from" type="date" value={dates.from ?? ''} max={dates.to ?? undefined} {...invalid} onChange={(e) => setDate({ from: date(e) })} />
      </div>
      <div class="field">
        <label for="f-to">To</label>
        <input id="f-to" type="date" value={dates.to ?? ''} min={dates.from ?? undefined} {...invalid} onChange={(e) => setDate({ to: date(e) })} />
      </div>
      <div class="field">
        <label for="f-sort">Sort</label>
        <select id="f-sort" value={sort} onChange={(e) => onSort((e.currentTarget as HTMLSelectElement).value as LibrarySort)}>
          {(Object.keys(SORTS) as LibrarySort[]).map((s) => (
            <option key={s} value={s}>
              {SORTS[s]}
            </option>
          ))}
        </select>
      </div>
      {dateError && (
        <p id="f-date-error" class="error date-error" role="alert">
          {dateError}
        </p>
      )}
    </form>
  );
}
