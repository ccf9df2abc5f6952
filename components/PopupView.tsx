import type { ComponentChildren } from 'preact';
import { TabList } from './TabList';
import { useState } from 'preact/hooks';
import type { FindingRef, PageState } from '../lib/messages';
import { normalizeUrl } from '../lib/url/normalize';
import { PageExportMenu } from './ExportMenu';
import { HighlightSwitch } from './HighlightSwitch';
import { QuoteGroups } from './QuoteGroups';
import { SpecialistList } from './SpecialistList';
import { VerdictLegend } from './notes/NoteCard';

/** What the popup knows about the tab it was opened for. */
export type PopupModel =
  | { kind: 'loading' }
  /** Browser pages, the web store, files: no content script runs there. */
  | { kind: 'unsupported'; url: string | null }
  | { kind: 'page'; state: PageState; site: string | null; alwaysAnalyze?: boolean };

export interface PopupViewProps {
  model: PopupModel;
  onToggle: (on: boolean) => void;
  onReveal: (ref: FindingRef) => void;
  onAnalyze: () => void;
  /** "Always analyze this site" (stored per site; pages judged not an article are analyzed anyway). */
  onAlwaysAnalyze?: (on: boolean) => void;
  /** The page's notes (rendered by the popup entry, which talks to the page and the notes store). */
  notes?: ComponentChildren;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Notice({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <section class="notice" role="status">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function AlwaysAnalyze({ site, on, onChange }: { site: string | null; on: boolean; onChange?: (on: boolean) => void }) {
  if (!site || !onChange) return null;
  return (
    <label class="always">
      <input type="checkbox" checked={on} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} /> Always analyze pages on <b>{site}</b>
    </label>
  );
}

type BodyProps = Omit<PopupViewProps, 'model' | 'notes'> & { state: PageState; site: string | null; alwaysAnalyze: boolean };

/** The Findings tab: the article's quotes by speaker and its specialists, or why there are none. */
function Findings({ state, site, alwaysAnalyze, onToggle, onReveal, onAnalyze, onAlwaysAnalyze }: BodyProps) {
  const a = state.analysis;
  if (state.status === 'waiting' || state.status === 'analyzing') {
    return <Notice title="Reading the page…"><p>Finding quotes and specialists.</p></Notice>;
  }
  if (state.status === 'error') {
    return <Notice title="Something went wrong"><p>{state.errors[state.errors.length - 1] ?? 'The analysis failed.'}</p></Notice>;
  }
  if (state.status === 'not-article' || !a || !a.isArticle) {
    const tried = !!a;
    return (
      <Notice title={tried ? 'No article found on this page' : 'This page does not look like an article'}>
        <p>{tried ? 'Sourcelight found no article text to analyze here.' : 'Sourcelight leaves pages alone until they look like a news article.'}</p>
        {!tried && <button type="button" class="primary" onClick={onAnalyze} autoFocus>Analyze this page</button>}
        <AlwaysAnalyze site={site} on={alwaysAnalyze} onChange={onAlwaysAnalyze} />
      </Notice>
    );
  }
  const quoteIds = new Set(state.anchored.quotes);
  const specialistIds = new Set(state.anchored.specialists);
  return (
    <>
      <HighlightSwitch on={state.highlightsOn} site={site} onChange={onToggle} />
      {alwaysAnalyze && <AlwaysAnalyze site={site} on={alwaysAnalyze} onChange={onAlwaysAnalyze} />}
      <p class="counts" aria-live="polite">
        {plural(a.quotes.length, 'quote', 'quotes')} · {plural(a.specialists.length, 'specialist', 'specialists')}
        {quoteIds.size < a.quotes.length && <> · {quoteIds.size} found in the page</>}
      </p>
      <section aria-labelledby="h-quotes">
        <h2 id="h-quotes">Quotes by speaker</h2>
        {a.quotes.length ? <QuoteGroups quotes={a.quotes} anchored={quoteIds} onReveal={onReveal} /> : <p class="empty">No direct quotes found.</p>}
      </section>
      <section aria-labelledby="h-specialists">
        <h2 id="h-specialists">Specialists</h2>
        {a.specialists.length ? <SpecialistList specialists={a.specialists} anchored={specialistIds} onReveal={onReveal} /> : <p class="empty">No named specialists found.</p>}
      </section>
    </>
  );
}

type Tab = 'findings' | 'notes' | 'export';
const TABS: Array<[Tab, string]> = [
  ['findings', 'Findings'],
  ['notes', 'Notes'],
  ['export', 'Export'],
];

/** Findings, Notes and Export as tabs: each starts at the top of the popup, whatever the others hold. */
function PageTabs({ state, notes, ...body }: BodyProps & { notes?: ComponentChildren }) {
  const [tab, setTab] = useState<Tab>('findings');
  const a = state.analysis?.isArticle ? state.analysis : null;
  return (
    <>
      {a && (
        <header class="article">
          <h1>{a.title ?? 'Untitled article'}</h1>
          <p class="meta">{[a.siteName, a.byline].filter(Boolean).join(' · ')}</p>
        </header>
      )}
      <TabList label="Sourcelight" tabs={TABS} current={tab} onSelect={setTab} />
      <div role="tabpanel" id="panel-findings" aria-labelledby="tab-findings" hidden={tab !== 'findings'}>
        <Findings state={state} {...body} />
      </div>
      {/* Kept mounted while hidden: the notes keep polling the page and what is typed stays. */}
      <div role="tabpanel" id="panel-notes" aria-labelledby="tab-notes" hidden={tab !== 'notes'}>
        {notes}
        <details class="legend-box">
          <summary>Verdict colours in the page</summary>
          <VerdictLegend />
        </details>
      </div>
      <div role="tabpanel" id="panel-export" aria-labelledby="tab-export" hidden={tab !== 'export'}>
        <PageExportMenu pageUrl={normalizeUrl(state.url) ?? state.url} />
      </div>
    </>
  );
}

/** The popup: the current page's findings, notes and export, one tab each. */
export function PopupView({ model, notes, ...handlers }: PopupViewProps) {
  return (
    <main class="popup">
      <p class="brand">Sourcelight</p>
      {model.kind === 'loading' && <Notice title="Loading…" />}
      {model.kind === 'unsupported' && (
        <Notice title="Sourcelight cannot run on this page">
          <p>Browser pages, extension stores and local files are off limits to extensions. Open a news article on the web.</p>
        </Notice>
      )}
      {model.kind === 'page' && <PageTabs state={model.state} site={model.site} alwaysAnalyze={!!model.alwaysAnalyze} notes={notes} {...handlers} />}
      <p class="library-link"><a href="/library.html" target="_blank" rel="noopener">Open the notes library</a></p>
    </main>
  );
}
