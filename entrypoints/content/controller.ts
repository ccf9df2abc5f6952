import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardFinding } from '../../components/FindingCard';
import type { Analysis } from '../../lib/analysis-schema';
import { anchorFindings, findingKey, lazyIndex, parseFindingKey } from '../../lib/anchoring/dom-anchor';
import { buildTextIndex } from '../../lib/anchoring/text-index';
import { looksLikeArticle } from '../../lib/article/readerable';
import { serializePage } from '../../lib/article/serialize';
import { HighlightLayer, type HighlightItem } from '../../lib/highlight/layer';
import { MARK_TAG } from '../../lib/highlight/styles';
import {
  AnalyzeHtmlReplySchema, MAX_OFFPAGE_HTML_CHARS, parseToContent,
  type AnalysisPath, type FindingRef, type PageState, type ToBackground, type ToContent,
} from '../../lib/messages';
import { SITE_PREFS_KEY, alwaysAnalyze, highlightsEnabled, parseSitePrefs, siteOf, withHighlights, type SitePrefs } from '../../lib/settings/site-prefs';
import { CardHost } from './card-host';
import { NotesController } from './notes';
import { TOOLBAR_TAG } from './toolbar-host';
import { runInSlices, whenIdle } from './schedule';
import { trusted } from './shadow-panel';

const OUR_TAGS = new Set([MARK_TAG, 'sourcelight-card', TOOLBAR_TAG]);
const HOVER_OPEN_MS = 250;
/** Card keys of the reader's own notes (findings' keys are `quote:…` / `specialist:…`). */
const NOTE_KEY = 'note:';
const HOVER_CLOSE_MS = 350;
const MUTATION_SETTLE_MS = 1500;
const SPA_SETTLE_MS = 700;
/** How often a page that did not look like an article is looked at again as it changes. */
const MAX_LATE_CHECKS = 4;
/** How long the off-page analysis may take before the page analyzes itself after all. */
const OFFPAGE_TIMEOUT_MS = 15_000;
/** A bench-only build (WXT_ANALYSIS=in-page) keeps the analysis in the page, for before/after figures. */
const OFFPAGE_ENABLED = (import.meta.env as Record<string, string | undefined>).WXT_ANALYSIS !== 'in-page';
/**
 * Bench builds (WXT_BENCH_MARKS=1) put our main-thread stretches on the page's performance timeline
 * (`sourcelight:*` measures), so the benchmark can tell our long tasks from the page's own.
 */
const MARKS = (import.meta.env as Record<string, string | undefined>).WXT_BENCH_MARKS === '1';
const measure = (name: string, start: number) => {
  if (MARKS) performance.measure(`sourcelight:${name}`, { start, end: performance.now() });
};

/** An analysis and where it ran; `mainThread` lists our blocking stretches (ms) along the way. */
interface Analyzed {
  analysis: Analysis;
  path: AnalysisPath;
  fallbackReason: string | null;
  /** Wall time until the analysis was there (off the page, mostly waiting). */
  ms: number;
  serializeMs: number;
  mainThread: number[];
}

/** The content script: analysis, anchoring, highlights, card, messages, for one page. */
export class PageController {
  private readonly layer = new HighlightLayer(document);
  private readonly card: CardHost;
  /** The reader's notes and the selection toolbar (loaded at once, independently of the analysis). */
  private readonly notes: NotesController;
  private items: HighlightItem[] = [];
  private run = 0;
  private prefs: SitePrefs = {};
  private forced = false;
  private lateChecks = 0;
  private lastUrl = location.href;
  private lastTitle = document.title;
  private hoverTimer: number | undefined;
  private closeTimer: number | undefined;
  private rerunTimer: number | undefined;
  private moveQueued = false;
  /** The card the keyboard command opened last (the next step starts after it). */
  private stepKey: string | null = null;
  private insideCard = false;
  private observer: MutationObserver | null = null;
  /** When the current run was asked for: the content script's start, a re-run or the popup's request. */
  private since = performance.now();
  private state: PageState = {
    status: 'waiting', url: location.href, analysis: null, highlightsOn: true, mode: this.layer.mode,
    anchored: { quotes: [], specialists: [] }, timings: null, errors: [],
  };

  constructor(private readonly ctx: ContentScriptContext) {
    this.card = new CardHost((inside) => {
      this.insideCard = inside;
      if (inside) clearTimeout(this.closeTimer);
      else this.scheduleClose();
    }, (key, finding, action) => {
      this.notes.fromFinding(finding, this.layer.rangeOf(key), action);
      this.card.close();
    });
    this.notes = new NotesController(ctx);
  }

  async start(): Promise<void> {
    browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
      const message = parseToContent(raw);
      if (!message) return false;
      this.handle(message).then(sendResponse, (e) => sendResponse({ error: String(e) }));
      return true; // the reply is asynchronous
    });
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(SITE_PREFS_KEY in changes)) return;
      this.prefs = parseSitePrefs(changes[SITE_PREFS_KEY].newValue);
      this.applyHighlights(highlightsEnabled(this.prefs, siteOf(location.href)));
      // "Always analyze this site" just turned on for a page left alone: analyze it now.
      if (this.alwaysAnalyzed() && this.state.status === 'not-article' && !this.state.analysis) {
        this.forced = true;
        this.since = performance.now();
        void this.analyzePage();
      }
    });
    this.ctx.onInvalidated(() => this.teardown());
    this.listen();
    void this.notes.start();

    this.prefs = parseSitePrefs((await browser.storage.local.get(SITE_PREFS_KEY))[SITE_PREFS_KEY]);
    this.state.highlightsOn = highlightsEnabled(this.prefs, siteOf(location.href));
    await whenIdle();
    if (looksLikeArticle(document)) await this.analyzePage();
    else if (this.alwaysAnalyzed()) {
      this.forced = true;
      await this.analyzePage();
    } else this.setNotArticle(null);
  }

  /** The reader asked to analyze every page of this site, article-like or not. */
  private alwaysAnalyzed(): boolean {
    return alwaysAnalyze(this.prefs, siteOf(location.href));
  }

  private async handle(message: ToContent): Promise<unknown> {
    switch (message.type) {
      case 'get-state':
        return this.state;
      case 'analyze-now':
        this.forced = true;
        this.since = performance.now();
        await this.analyzePage();
        return this.state;
      case 'set-highlights':
        await this.saveHighlights(message.on);
        return this.state;
      case 'toggle-highlights':
        await this.saveHighlights(!this.state.highlightsOn);
        return this.state;
      case 'reveal':
        return { found: this.reveal(message.target) };
      case 'step-finding':
        return { key: this.step(message.back ?? false) };
    }
  }

  /** Analyze the page, locate the findings in the live DOM in slices, then highlight them. */
  private async analyzePage(): Promise<void> {
    const run = ++this.run;
    const cancelled = () => run !== this.run || this.ctx.isInvalid;
    this.card.close();
    this.layer.clear(); // fallback wrappers must not end up in the clone we analyze
    this.items = [];
    this.state = { ...this.state, status: 'analyzing', url: location.href, anchored: { quotes: [], specialists: [] } };
    this.lastUrl = location.href;
    this.lastTitle = document.title;
    try {
      const analyzed = await this.analyze(cancelled);
      if (!analyzed || cancelled()) return;
      const { analysis } = analyzed;
      this.state = { ...this.state, analysisPath: analyzed.path, fallbackReason: analyzed.fallbackReason };
      if (!analysis.isArticle) return this.setNotArticle(analysis);

      const t1 = performance.now();
      const visible = lazyIndex(() => buildTextIndex(document.body, { skip: (el) => this.isOurs(el) || !isRendered(el) }));
      const everything = lazyIndex(() => buildTextIndex(document.body, { skip: (el) => this.isOurs(el) }));
      visible();
      const indexMs = performance.now() - t1;
      measure('index', t1);
      const anchored = await runInSlices(anchorFindings([visible, everything], analysis), cancelled);
      if (!anchored) return;
      const items = anchored.results.filter((i): i is HighlightItem => i !== null);

      const t2 = performance.now();
      this.items = items;
      this.applyHighlights(this.state.highlightsOn, true);
      const highlightMs = performance.now() - t2;
      // Anchoring slices and highlighting: our work, with yields to the page in between.
      measure('anchor-and-paint', t1);

      this.state = {
        ...this.state,
        status: 'ready',
        analysis,
        anchored: anchoredIds(items),
        timings: {
          analysis: round(analyzed.ms),
          anchoring: round(indexMs + anchored.busy),
          highlighting: round(highlightMs),
          longestSlice: round(Math.max(...analyzed.mainThread, indexMs, anchored.longest, highlightMs)),
          serialize: round(analyzed.serializeMs),
          sinceStart: round(performance.now() - this.since),
          startedAt: round(this.since),
        },
      };
      this.badge(String(analysis.quotes.length));
    } catch (e) {
      if (run !== this.run) return;
      this.state = { ...this.state, status: 'error', errors: [...this.state.errors, errorText(e)] };
      this.badge('');
    }
  }

  /**
   * The analysis, off the page (the background's offscreen document or DOM): the page's main thread
   * only serialises the document. Bench builds (WXT_ANALYSIS=in-page) analyze in the page instead,
   * for before/after figures; shipped builds do not carry that code. Null when the run was cancelled.
   */
  private async analyze(cancelled: () => boolean): Promise<Analyzed | null> {
    const url = location.href;
    const t0 = performance.now();
    if (!OFFPAGE_ENABLED) {
      const { analyzeInPage } = await import('./in-page-analysis');
      const r = await analyzeInPage(url, cancelled, measure);
      if (!r) return null;
      return {
        analysis: r.analysis, path: 'in-page', fallbackReason: 'off-page analysis disabled in this build', ms: r.extractMs + r.analyzeMs,
        serializeMs: 0, mainThread: [r.extractMs, r.analyzeMs],
      };
    }
    const off = await this.analyzeOffPage(url);
    if (cancelled()) return null;
    if (!('analysis' in off)) throw new Error(`analysis failed: ${off.error}`);
    return { analysis: off.analysis, path: off.path, fallbackReason: null, ms: performance.now() - t0, serializeMs: off.serializeMs, mainThread: [off.serializeMs] };
  }

  /** Send the page's HTML to the background, which analyzes it where there is a DOM but no page. */
  private async analyzeOffPage(url: string): Promise<{ analysis: Analysis; path: AnalysisPath; serializeMs: number } | { error: string; serializeMs: number }> {
    const t0 = performance.now();
    // The live DOM as it is now (scripts have run), not the HTML the server sent.
    const html = serializePage(document);
    if (html.length > MAX_OFFPAGE_HTML_CHARS) {
      return { error: `page too large to send (${(html.length / 1e6).toFixed(1)} M characters)`, serializeMs: performance.now() - t0 };
    }
    const message: ToBackground = { type: 'analyze-html', html, url };
    // sendMessage copies the string synchronously: that is main-thread time too.
    const sent = browser.runtime.sendMessage(message);
    const serializeMs = performance.now() - t0;
    measure('serialize', t0);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${OFFPAGE_TIMEOUT_MS / 1000} s`)), OFFPAGE_TIMEOUT_MS);
    });
    try {
      const reply = AnalyzeHtmlReplySchema.safeParse(await Promise.race([sent, timeout]));
      if (!reply.success) return { error: 'unexpected reply from the background', serializeMs };
      if (!reply.data.ok) return { error: reply.data.error, serializeMs };
      return { analysis: reply.data.analysis, path: reply.data.path, serializeMs };
    } catch (e) {
      return { error: errorText(e), serializeMs };
    } finally {
      clearTimeout(timer);
    }
  }

  private setNotArticle(analysis: Analysis | null): void {
    this.state = { ...this.state, status: 'not-article', analysis, url: location.href, anchored: { quotes: [], specialists: [] } };
    this.badge('');
  }

  /** Show or hide highlights (no re-anchoring); `force` re-renders even when nothing changed. */
  private applyHighlights(on: boolean, force = false): void {
    if (!force && on === this.state.highlightsOn && on === this.layer.shown) return;
    this.state = { ...this.state, highlightsOn: on };
    // Wrapping (fallback mode) mutates the DOM: those mutations are ours, not the page changing.
    this.observer?.disconnect();
    if (on && this.items.length) this.layer.render(this.items);
    else {
      this.layer.hold(this.items);
      this.card.close();
    }
    this.observer?.takeRecords();
    this.observe();
    this.state = { ...this.state, mode: this.layer.mode };
  }

  private async saveHighlights(on: boolean): Promise<void> {
    const site = siteOf(location.href);
    this.applyHighlights(on);
    if (!site) return;
    this.prefs = withHighlights(this.prefs, site, on);
    await browser.storage.local.set({ [SITE_PREFS_KEY]: this.prefs });
  }

  private reveal(target: FindingRef): boolean {
    const key = target.kind === 'quote'
      ? findingKey('quote', target.id)
      : this.items.find((i) => parseFindingKey(i.key)?.kind === 'specialist' && parseFindingKey(i.key)?.id === target.id)?.key;
    const range = key ? this.layer.rangeOf(key) : null;
    if (!key || !range) return false;
    const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.layer.flash(key);
    return true;
  }

  // --- The card -----------------------------------------------------------------------------

  private listen(): void {
    const opts = { passive: true, capture: true } as AddEventListenerOptions;
    // Only the reader's own pointer and keys (a page script's synthetic events are not trusted).
    this.ctx.addEventListener(document, 'pointermove', trusted((e) => this.onPointerMove(e as PointerEvent)), opts);
    this.ctx.addEventListener(document, 'click', trusted((e) => this.onClick(e as MouseEvent)), opts);
    this.ctx.addEventListener(document, 'keydown', trusted((e) => {
      if ((e as KeyboardEvent).key === 'Escape') this.card.close();
    }), opts);
    this.ctx.addEventListener(window, 'scroll', trusted(() => {
      if (!this.card.pinned) this.card.close();
    }), opts);
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.scheduleRerun(SPA_SETTLE_MS));
    this.observe();
  }

  /** What is under a viewport point: one of the reader's notes first, else a finding (while shown). */
  private keyAt(x: number, y: number): string | undefined {
    const note = this.notes.noteAt(x, y);
    if (note) return `${NOTE_KEY}${note}`;
    return this.layer.shown ? this.layer.keysAt(x, y)[0] : undefined;
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.moveQueued || this.card.pinned || this.insideCard) return;
    this.moveQueued = true;
    requestAnimationFrame(() => {
      this.moveQueued = false;
      const key = this.keyAt(e.clientX, e.clientY);
      if (key) {
        clearTimeout(this.closeTimer);
        if (key !== this.card.key) {
          clearTimeout(this.hoverTimer);
          // A card the reader pinned meanwhile (a click, the keyboard) stays: a late hover timer on a
          // loaded machine must not swap it for the hovered finding's card.
          this.hoverTimer = window.setTimeout(() => {
            if (!this.card.pinned) this.openCard(key, false, e.clientX, e.clientY);
          }, HOVER_OPEN_MS);
        }
      } else {
        clearTimeout(this.hoverTimer);
        this.scheduleClose();
      }
    });
  }

  private onClick(e: MouseEvent): void {
    if (this.card.element && e.composedPath().includes(this.card.element)) return;
    clearTimeout(this.hoverTimer);
    // The end of a drag that selected text: the selection toolbar's turn, not a card's.
    const sel = document.getSelection();
    if (sel && !sel.isCollapsed && sel.toString().trim()) return;
    const key = this.keyAt(e.clientX, e.clientY);
    if (key) this.openCard(key, true, e.clientX, e.clientY);
    else this.card.close();
  }

  /**
   * The keyboard command: the next (or previous) finding or note after the one whose card was last
   * opened, in page order; scrolls to it and opens its card with the focus in it. Null when the page
   * has nothing to step to.
   */
  private step(back: boolean): string | null {
    const keys = [...(this.layer.shown ? this.items.map((i) => i.key) : []), ...this.notes.noteIdsInOrder().map((id) => `${NOTE_KEY}${id}`)];
    const ranges = new Map<string, Range>();
    for (const k of new Set(keys)) {
      const r = this.rangeOfKey(k);
      if (r) ranges.set(k, r);
    }
    const order = [...ranges.keys()].sort((a, b) => ranges.get(a)!.compareBoundaryPoints(Range.START_TO_START, ranges.get(b)!));
    if (!order.length) return null;
    const at = this.stepKey ? order.indexOf(this.stepKey) : -1;
    const next = at < 0 ? (back ? order.length - 1 : 0) : (at + (back ? order.length - 1 : 1)) % order.length;
    const key = order[next];
    this.stepKey = key;
    const range = ranges.get(key)!;
    const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    clearTimeout(this.hoverTimer);
    this.openCard(key, true, rect.left + 1, rect.top + 1);
    this.card.focus();
    return key;
  }

  private rangeOfKey(key: string): Range | null {
    return key.startsWith(NOTE_KEY) ? this.notes.noteRange(key.slice(NOTE_KEY.length)) : this.layer.rangeOf(key);
  }

  private scheduleClose(): void {
    if (!this.card.key || this.card.pinned || this.insideCard) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => {
      if (!this.insideCard && !this.card.pinned) this.card.close();
    }, HOVER_CLOSE_MS);
  }

  private openCard(key: string, pinned: boolean, x: number, y: number): void {
    const range = this.rangeOfKey(key);
    if (!range) return;
    const rects = [...range.getClientRects()];
    const rect = rects.find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) ?? rects[0] ?? range.getBoundingClientRect();
    if (key.startsWith(NOTE_KEY)) {
      // A quote or specialist under the note's words keeps its own card, one click away.
      const under = this.layer.shown ? this.layer.keysAt(x, y)[0] : undefined;
      const kind = under ? parseFindingKey(under)?.kind : undefined;
      const finding = under && kind ? { label: kind === 'quote' ? 'Show the quote’s card' : 'Show the specialist’s card', onOpen: () => this.openCard(under, true, x, y) } : null;
      const content = this.notes.noteCard(key.slice(NOTE_KEY.length), { update: (c) => this.card.update(key, c), close: () => this.card.close() }, finding);
      if (content) this.card.show(key, content, rect, pinned);
      return;
    }
    const finding = this.cardFinding(key);
    if (finding) this.card.open(key, finding, rect, pinned);
  }

  private cardFinding(key: string): CardFinding | null {
    const ref = parseFindingKey(key);
    const a = this.state.analysis;
    if (!ref || !a) return null;
    if (ref.kind === 'quote') {
      const quote = a.quotes.find((q) => q.id === ref.id);
      return quote ? { kind: 'quote', quote } : null;
    }
    const specialist = a.specialists.find((s) => s.id === ref.id);
    return specialist ? { kind: 'specialist', specialist } : null;
  }

  // --- Single-page sites -------------------------------------------------------------------------

  private observe(): void {
    if (!document.body || this.ctx.isInvalid) return;
    this.observer ??= new MutationObserver((records) => {
      if (records.every((r) => this.isOurs(r.target))) return;
      clearTimeout(this.rerunTimer);
      this.rerunTimer = window.setTimeout(() => this.onPageChanged(), MUTATION_SETTLE_MS);
    });
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  /** After the page settles: analyze again when the address, the title or our anchors changed. */
  private onPageChanged(): void {
    if (this.state.status === 'analyzing') return;
    if (this.state.status === 'not-article' && !this.forced) {
      if (this.lateChecks++ < MAX_LATE_CHECKS && looksLikeArticle(document)) void this.analyzePage();
      return;
    }
    const broken = this.items.some((i) => !i.span.startContainer.isConnected || !i.span.endContainer.isConnected);
    if (broken || location.href !== this.lastUrl || document.title !== this.lastTitle) void this.rerun();
  }

  private scheduleRerun(ms: number): void {
    clearTimeout(this.rerunTimer);
    this.rerunTimer = window.setTimeout(() => void this.rerun(), ms);
  }

  private async rerun(): Promise<void> {
    this.since = performance.now();
    this.forced = false;
    this.lateChecks = 0;
    await whenIdle();
    this.forced = this.alwaysAnalyzed();
    if (this.forced || looksLikeArticle(document)) await this.analyzePage();
    else {
      this.run++;
      this.layer.clear();
      this.items = [];
      this.setNotArticle(null);
    }
  }

  private isOurs(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el && (OUR_TAGS.has(el.localName) || !!el.closest('sourcelight-card'));
  }

  private badge(text: string): void {
    const message: ToBackground = { type: 'badge', text };
    browser.runtime.sendMessage(message).catch(() => {});
  }

  private teardown(): void {
    this.run++;
    this.observer?.disconnect();
    this.card.close();
    this.layer.clear();
  }
}

/** Whether an element is rendered at all (display: none and friends hide it and its subtree). */
function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

function anchoredIds(items: HighlightItem[]): PageState['anchored'] {
  const quotes = new Set<string>();
  const specialists = new Set<string>();
  for (const i of items) {
    const ref = parseFindingKey(i.key);
    if (ref?.kind === 'quote') quotes.add(ref.id);
    else if (ref) specialists.add(ref.id);
  }
  return { quotes: [...quotes], specialists: [...specialists] };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));
