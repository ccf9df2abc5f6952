import type { ComponentChildren } from 'preact';
import type { FindingRef, PageState } from '../lib/messages';
import { normalizeUrl } from '../lib/url/normalize';
import { PageExportMenu } from './ExportMenu';
import { HighlightSwitch } from './HighlightSwitch';
import { QuoteGroups } from './QuoteGroups';
import { SpecialistList } from './SpecialistList';

/** What the popup knows about the tab it was opened for. */
export type PopupModel =
  | { kind: 'loading' }
  /** Browser pages, the web store, files: no content script runs there. */
  | { kind: 'unsupported'; url: string | null }
  | { kind: 'page'; state: PageState; site: string | null };

export interface PopupViewProps {
  model: PopupModel;
  onToggle: (on: boolean) => void;
  onReveal: (ref: FindingRef) => void;
  onAnalyze: () => void;
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

function PageBody({ state, site, onToggle, onReveal, onAnalyze }: Omit<PopupViewProps, 'model' | 'notes'> & { state: PageState; site: string | null }) {
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
      </Notice>
    );
  }
  const quoteIds = new Set(state.anchored.quotes);
  const specialistIds = new Set(state.anchored.specialists);
  return (
    <>
      <header class="article">
        <h1>{a.title ?? 'Untitled article'}</h1>
        <p class="meta">{[a.siteName, a.byline].filter(Boolean).join(' · ')}</p>
      </header>
      <HighlightSwitch on={state.highlightsOn} site={site} onChange={onToggle} />
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
      <PageExportMenu pageUrl={normalizeUrl(state.url) ?? state.url} />
    </>
  );
}

/** The popup: the current page's article, its quotes by speaker and its specialists. */
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
      {model.kind === 'page' && <PageBody state={model.state} site={model.site} {...handlers} />}
      {model.kind === 'page' && notes}
      <p class="library-link"><a href="/library.html" target="_blank" rel="noopener">Open the notes library</a></p>
    </main>
  );
}
