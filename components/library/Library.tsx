import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { TabList } from '../TabList';
import { loadExportData } from '../../lib/export/load';
import type { NotesDb } from '../../lib/storage/db';
import { ExportMenu } from '../ExportMenu';
import { bulkAddTag, bulkDelete } from './bulk';
import { Filters } from './Filters';
import { ImportPanel } from './ImportPanel';
import { NoteRow } from './NoteRow';
import { PeopleView } from './PeopleView';
import { countLabel, firstRows, mark } from './first-screen';
import { ListSource, openListSource } from './list-source';
import { EMPTY_FILTER, filterChoices, isFiltered, loadNotesForExport, pagesOf, readRows, type FilterChoices, type LibraryFilter, type LibrarySort, type RowRecord } from './query';
import { VirtualList } from './VirtualList';

const ROW_HEIGHT = 96;
/** Typing pauses this long before the search runs (one query per word, not per key). */
const SEARCH_DELAY_MS = 120;
/** Ids read before a list is shown: more than a screenful (800 px / 96 px rows, plus overscan). */
const FIRST_PAGE = 30;
/** Row records kept while scrolling; beyond this only the rows in view are kept. */
const MAX_CACHED_ROWS = 2000;

type Tab = 'notes' | 'people' | 'import';
const TABS: Array<[Tab, string]> = [
  ['notes', 'Notes'],
  ['people', 'People'],
  ['import', 'Import'],
];

export interface LibraryProps {
  db: NotesDb;
  /** Timings for tests and measurements (first list shown, each search). */
  onTiming?: (what: 'first-render' | 'search', ms: number, count: number) => void;
}

/** The notes library: every note across pages, searchable and filterable; people; import. */
export function Library({ db, onTiming }: LibraryProps) {
  const [tab, setTab] = useState<Tab>('notes');
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return (
    <div class="library">
      <header class="top">
        <h1>Sourcelight notes</h1>
        <TabList label="Library sections" tabs={TABS} current={tab} onSelect={setTab} />
      </header>
      <main>
        <div role="tabpanel" id="panel-notes" aria-labelledby="tab-notes" hidden={tab !== 'notes'}>
          <NotesView db={db} version={version} onChanged={reload} onTiming={onTiming} />
        </div>
        {tab === 'people' && (
          <div role="tabpanel" id="panel-people" aria-labelledby="tab-people">
            <PeopleView db={db} version={version} />
          </div>
        )}
        {tab === 'import' && (
          <div role="tabpanel" id="panel-import" aria-labelledby="tab-import">
            <ImportPanel db={db} onImported={reload} />
          </div>
        )}
      </main>
    </div>
  );
}

interface Undo {
  message: string;
  undo: () => Promise<void>;
}

function NotesView({ db, version, onChanged, onTiming }: { db: NotesDb; version: number; onChanged: () => void; onTiming?: LibraryProps['onTiming'] }) {
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<LibrarySort>('newest');
  const [choices, setChoices] = useState<FilterChoices>({ tags: [], sites: new Map(), speakers: [], pages: new Map() });
  const [source, setSource] = useState<ListSource | null>(null);
  // The source grows as it reads on; this re-renders the list when it does.
  const [, setGrown] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [rows, setRows] = useState<Map<string, RowRecord>>(new Map());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [tagInput, setTagInput] = useState('');
  const firstShown = useRef(false);
  const generation = useRef(0);
  const range = useRef<[number, number]>([0, 0]);

  // The filter menus and every page's title: not needed for the first rows (those read their own
  // pages), so read after them, and before the count (Chromium queues a database's requests).
  const loadChoices = useCallback(
    () =>
      filterChoices(db).then(
        (c) => {
          mark('choices');
          setChoices(c);
        },
        (e) => setError(String(e)),
      ),
    [db],
  );
  useEffect(() => {
    if (firstShown.current) void loadChoices();
  }, [loadChoices, version]);

  // The list for the filter and sort: one page of one index and the records of the rows in view
  // are all the first screen waits for. The total comes after those rows are painted: an
  // IndexedDB count or a search's full id list walks tens of thousands of entries, and Chromium
  // runs a database's requests one after another, so started earlier it would hold up the rows.
  // A newer query stops an older one's reading.
  useEffect(() => {
    const gen = ++generation.current;
    let opened: ListSource | null = null;
    let counting: ReturnType<typeof setTimeout> | undefined;
    // A new query: an earlier query's error is no longer about what is shown.
    setError(null);
    const timer = setTimeout(
      () => {
        const t0 = performance.now();
        const current = () => gen === generation.current;
        mark('query');
        openListSource(db, filter, sort, choices.sites, () => current() && setGrown((n) => n + 1))
          .then(async (src) => {
            opened = src;
            if (!current()) return src.stop();
            const [start, end] = firstRows(range.current);
            await src.ensure(Math.max(FIRST_PAGE, end));
            if (!current()) return src.stop();
            mark('first-ids');
            // The rows in view are read before the list is swapped, so it shows them at once (the
            // very first time with their pages, as the menus' page list comes after).
            const got = await readRows(db, src.ids.slice(start, end));
            const pages = firstShown.current ? null : await pagesOf(db, [...got.values()].flatMap((r) => (r.ok ? [r.note.pageUrl] : [])));
            if (!current()) return src.stop();
            setSource(src);
            setRows(got);
            if (pages) setChoices((c) => ({ ...c, pages: new Map([...pages, ...c.pages]) }));
            setActive((a) => Math.min(a, Math.max(0, (src.total ?? src.ids.length) - 1)));
            requestAnimationFrame(() => {
              const shown = src.total ?? src.ids.length;
              if (firstShown.current) {
                mark('search-rows');
                onTiming?.('search', performance.now() - t0, shown);
              } else {
                mark('first-rows');
                onTiming?.('first-render', performance.now(), shown);
              }
              // The menus first (their speaker walk would wait behind each step of the count), then,
              // after the paint, the count (or a search's every match, key-only) in the background.
              const menus = firstShown.current ? Promise.resolve() : loadChoices();
              firstShown.current = true;
              void menus.then(() => {
                counting = setTimeout(() => {
                  if (current()) void src.complete().then(() => current() && mark('count'));
                }, 0);
              });
            });
          })
          .catch((e) => {
            setError(`The notes could not be read: ${e instanceof Error ? e.message : String(e)}`);
            if (!firstShown.current) void loadChoices();
            firstShown.current = true;
          });
      },
      firstShown.current ? SEARCH_DELAY_MS : 0,
    );
    return () => {
      clearTimeout(timer);
      clearTimeout(counting);
      opened?.stop();
    };
    // The site list only matters to a site filter: loading it must not run the query again.
  }, [db, filter, sort, filter.site ? choices.sites : null, version]);

  const loadRange = useCallback(
    (start: number, end: number) => {
      range.current = [start, end];
      if (!source) return;
      void source.ensure(end).then(async () => {
        const want = source.ids.slice(start, end).filter((id) => !rows.has(id));
        if (!want.length) return;
        const got = await readRows(db, want);
        setRows((old) => {
          // Keep memory flat while scrolling through 100,000 notes: drop rows far from the view.
          const near = old.size > MAX_CACHED_ROWS ? new Set(source.ids.slice(Math.max(0, start - 200), end + 200)) : null;
          const next = new Map(near ? [...old].filter(([id]) => near.has(id)) : old);
          for (const [k, v] of got) next.set(k, v);
          return next;
        });
      });
    },
    [db, source, rows],
  );

  const ids = source?.ids ?? null;
  const total = source ? (source.total ?? source.ids.length) : null;
  // While the count is unknown the list reaches a little past the ids read, so scrolling reads on.
  const listCount = source ? (source.total ?? (source.done ? source.ids.length : source.ids.length + FIRST_PAGE)) : 0;
  const selectedIds = useMemo(() => (ids && selected.size ? ids.filter((id) => selected.has(id)) : []), [ids, ids?.length, selected]);
  const allSelected = !!source?.done && !!ids?.length && selectedIds.length === ids.length;
  const selectAll = async (on: boolean) => {
    if (!on || !source) return setSelected(new Set());
    if (!source.done) setBusy('Selecting…');
    const all = await source.all();
    setBusy(null);
    setSelected(new Set(all));
  };

  const toggle = (index: number, on: boolean) => {
    const id = ids?.[index];
    if (!id) return;
    setSelected((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });
  };

  const act = async (label: string, run: (onProgress: (n: number) => void) => Promise<{ changed: number; failed: number; undo: () => Promise<void> }>, done: (n: number) => string) => {
    setBusy(`${label}…`);
    const r = await run((n) => n % 50 === 0 && setBusy(`${label}… ${n} / ${selectedIds.length}`));
    setBusy(null);
    setSelected(new Set());
    setUndo({ message: `${done(r.changed)}${r.failed ? ` (${r.failed} could not be changed)` : ''}`, undo: r.undo });
    onChanged();
  };

  const onBulkTag = () => {
    const tag = tagInput.trim();
    if (!tag || !selectedIds.length) return;
    void act('Tagging', (p) => bulkAddTag(db, selectedIds, tag, p), (n) => `Tagged ${n} ${n === 1 ? 'note' : 'notes'} “${tag}”.`);
    setTagInput('');
  };
  const onBulkDelete = () => {
    if (!selectedIds.length) return;
    void act('Deleting', (p) => bulkDelete(db, selectedIds, p), (n) => `Deleted ${n} ${n === 1 ? 'note' : 'notes'}.`);
  };
  const onUndo = async () => {
    if (!undo) return;
    setBusy('Undoing…');
    await undo.undo();
    setBusy(null);
    setUndo(null);
    onChanged();
  };

  const filtered = isFiltered(filter);
  const counting = !!source && source.total === null;
  const loadForExport = async () => {
    if (filtered && source) return loadNotesForExport(db, await source.all());
    const r = await loadExportData(db, { onProgress: (done, of) => setBusy(`Reading notes for the export… ${done.toLocaleString()} / ${of.toLocaleString()}`) });
    setBusy(null);
    return r.data;
  };

  return (
    <section aria-labelledby="notes-h">
      <h2 id="notes-h" class="visually-hidden">
        Notes
      </h2>
      <Filters
        filter={filter}
        sort={sort}
        choices={choices}
        onFilter={(f) => {
          setFilter(f);
          setSelected(new Set());
        }}
        onSort={setSort}
      />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="toolbar">
        {/* data-count is the final total (empty until known); data-counting marks the wait for it,
            and aria-busy holds the announcement until the total is there. */}
        <p class="count" role="status" aria-live="polite" aria-busy={counting} data-count={source?.total ?? ''} data-counting={counting ? 'true' : undefined}>
          {countLabel(source && { total: source.total, shown: source.ids.length }, filtered)}
          {selectedIds.length > 0 && ` · ${selectedIds.length.toLocaleString()} selected`}
        </p>
        <label class="check">
          <input
            type="checkbox"
            checked={allSelected}
            disabled={!ids?.length}
            onChange={(e) => void selectAll((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          Select all {filtered ? 'matching' : ''}
        </label>
        <div class="bulk" role="group" aria-label="Act on the selected notes">
          <label for="bulk-tag" class="visually-hidden">
            Tag to add to the selected notes
          </label>
          <input id="bulk-tag" type="text" placeholder="Tag" value={tagInput} list="tag-names" onInput={(e) => setTagInput((e.currentTarget as HTMLInputElement).value)} onKeyDown={(e) => e.key === 'Enter' && onBulkTag()} />
          <datalist id="tag-names">
            {choices.tags.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <button type="button" onClick={onBulkTag} disabled={!selectedIds.length || !tagInput.trim() || !!busy}>
            Add tag to selected
          </button>
          <button type="button" class="danger" onClick={onBulkDelete} disabled={!selectedIds.length || !!busy}>
            Delete selected
          </button>
        </div>
      </div>
      <div class="undo" role="status" aria-live="polite">
        {busy}
        {!busy && undo && (
          <>
            {undo.message}{' '}
            <button type="button" onClick={onUndo}>
              Undo
            </button>
          </>
        )}
      </div>
      {total === 0 && <p class="empty">{filtered ? 'No notes match these filters.' : 'No notes yet. Select text on a news page and add a note; it shows up here.'}</p>}
      {!!ids && !!total && (
        <VirtualList
          count={listCount}
          setSize={source?.total ?? -1}
          rowHeight={ROW_HEIGHT}
          label={filtered ? 'Matching notes' : 'All notes'}
          active={active}
          onActive={setActive}
          onRange={loadRange}
          onRowKey={(e, index) => {
            if (e.key === ' ') {
              e.preventDefault();
              toggle(index, !selected.has(ids[index]));
            } else if (e.key === 'Enter') {
              (document.querySelector(`[data-index="${index}"] a`) as HTMLAnchorElement | null)?.click();
            }
          }}
          renderRow={(i, isActive) => {
            const row = rows.get(ids[i]);
            return <NoteRow index={i} row={row} page={row?.ok ? choices.pages.get(row.note.pageUrl) : undefined} selected={selected.has(ids[i])} active={isActive} onSelect={toggle} />;
          }}
        />
      )}
      <ExportMenu scope={filtered ? 'filtered' : 'all'} load={loadForExport} label={filtered ? 'Export the matching notes' : 'Export all notes'} idPrefix="library-export" />
    </section>
  );
}
