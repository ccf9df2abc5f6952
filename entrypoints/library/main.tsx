import { render } from 'preact';
import { Library } from '../../components/library/Library';
import { notesDb } from '../../components/ExportMenu';
import './style.css';

/**
 * The notes library, an extension page: it opens the notes database directly (IndexedDB is per
 * origin and this page shares the extension's origin with the background).
 * Timings land on <html data-first-render-ms / data-search-ms> for the end-to-end measurements.
 */
const root = document.documentElement;
const db = notesDb();
// When the database is open (a mark for the bench, next to the library's own sl: marks).
db.on('ready', () => performance.mark('sl:db-open'));
// Open it while the page renders: the first query then finds it open (a failure shows on that query).
void db.open().catch(() => {});
render(
  <Library
    db={db}
    onTiming={(what, ms, count) => {
      root.dataset[what === 'first-render' ? 'firstRenderMs' : 'searchMs'] = ms.toFixed(1);
      root.dataset[what === 'first-render' ? 'firstRenderCount' : 'searchCount'] = String(count);
    }}
  />,
  document.getElementById('app')!,
);
