import type { VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { NoteCard, type NoteCardProps } from '../../components/notes/NoteCard';
import type { CardFinding } from '../../components/FindingCard';
import type { EditorValue } from '../../components/notes/NoteEditor';
import type { NoteToolbarProps } from '../../components/notes/NoteToolbar';
import { describe, type Selectors } from '../../lib/anchoring/selectors';
import { buildTextIndex, rangeFromOffsets, type TextIndex } from '../../lib/anchoring/text-index';
import { anchorNotes, collect, locateNotes, rangeOffsetsIn, type AnchoredNotes } from '../../lib/notes/anchor-notes';
import { askNotes, clientNoteId } from '../../lib/notes/client';
import { EDITOR_PAGE, parseEditorToContent, parseNotesToContent, type EditorEvent, type EditorEventReply, type EditorRequest, type EditorToBackground, type EditorToContent, type NoteDraft, type NotesPageState, type NotesToContent, type PageRef, type SelectorsNow } from '../../lib/messages';
import { changedPassage } from '../../lib/notes/changed';
import { quoteNoteToExtend } from '../../lib/notes/claim-from-quote';
import { NoteLayer, type NoteHighlight } from '../../lib/notes/note-layer';
import { offsetsOfRange } from '../../lib/notes/range-offsets';
import { SPEAKER_KINDS, type AnnotationRecord } from '../../lib/storage/schemas';
import { runInSlices, whenIdle } from './schedule';
import { TOOLBAR_TAG, ToolbarHost } from './toolbar-host';
import { trusted } from './shadow-panel';

/** Our own UI in the page: never part of the page's text. */
const OUR_HOSTS = new Set([TOOLBAR_TAG, 'sourcelight-card']);
const SETTLE_MS = 1000;
const SPA_SETTLE_MS = 700;
const SHOW_DELAY_MS = 10;

/** Extra facts a note made from a detected finding keeps. */
interface Preset {
  kind: 'note' | 'claim';
  quoteSpeaker?: { name: string | null; role: string | null };
  /** The quote note the reader kept over the same words: a claim from the card extends it. */
  quoteNote?: AnnotationRecord;
}

const send = (m: unknown) => browser.runtime.sendMessage(m);

/**
 * The reader's notes in the page: loads them from the background, locates each in the page's
 * visible text and marks it (NoteLayer: drawn where page scripts cannot list it), again after the page or the address
 * changes; and the selection toolbar, context menu and keyboard command that make new ones.
 */
export class NotesController {
  private readonly layer = new NoteLayer(document);
  private readonly toolbar = new ToolbarHost();
  private state: NotesPageState = { status: 'loading', pageUrl: null, notes: [], anchored: [], methods: {}, error: null, timings: null };
  private loadRun = 0;
  private lastUrl = location.href;
  private observer: MutationObserver | null = null;
  private changeTimer: number | undefined;
  /** The passage the toolbar is about (a live Range: it follows DOM edits). */
  private target: Range | null = null;
  private showTimer: number | undefined;
  /** A page edit touched a marked passage since the last look. */
  private edited = false;

  constructor(private readonly ctx: ContentScriptContext) {}

  async start(): Promise<void> {
    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      // The editor frame's events come only through the background (no tab: not another page).
      const fromFrame = sender.id === browser.runtime.id && !sender.tab ? parseEditorToContent(raw) : null;
      const reply = fromFrame && this.onEditorMessage(fromFrame);
      if (reply) {
        reply.then(sendResponse, (e) => sendResponse({ ok: false, error: String(e) }));
        return true;
      }
      const message = parseNotesToContent(raw);
      if (!message) return false;
      this.handle(message).then(sendResponse, (e) => sendResponse({ error: String(e) }));
      return true;
    });
    const opts = { capture: true } as AddEventListenerOptions;
    // The toolbar opens only for the reader's own mouse and keys: a page script can select text
    // and dispatch mouseup, but its events are not trusted.
    this.ctx.addEventListener(document, 'mouseup', trusted((e) => this.onSelectMaybe(e)), opts);
    this.ctx.addEventListener(document, 'keyup', trusted((e) => {
      if ((e as KeyboardEvent).shiftKey || (e as KeyboardEvent).key === 'Shift') this.onSelectMaybe(e);
    }), opts);
    this.ctx.addEventListener(document, 'selectionchange', () => {
      if (!this.toolbar.editing && this.toolbar.open && document.getSelection()?.isCollapsed) this.closeToolbar();
    });
    this.ctx.addEventListener(document, 'keydown', trusted((e) => {
      const key = (e as KeyboardEvent).key;
      if (key === 'Escape' && this.toolbar.open && !this.toolbar.editing) this.closeToolbar();
      // The toolbar is appended at the end of the document, far from the selection in the tab
      // order: Tab from the page (after a keyboard selection) goes to it first.
      if (key === 'Tab' && !(e as KeyboardEvent).shiftKey && this.toolbar.open && !this.toolbar.editing && !this.insideOurs(e.target as Node)) {
        e.preventDefault();
        this.toolbar.focus();
      }
    }), opts);
    this.ctx.addEventListener(window, 'scroll', () => this.toolbar.place(), { passive: true, capture: true });
    this.ctx.addEventListener(window, 'resize', () => this.toolbar.place(), { passive: true });
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.scheduleReload(SPA_SETTLE_MS));
    this.ctx.onInvalidated(() => this.teardown());
    await whenIdle(500);
    await this.load();
    this.observe();
  }

  private async handle(message: NotesToContent): Promise<unknown> {
    switch (message.type) {
      case 'notes:state':
        return this.state;
      case 'notes:refresh':
        await this.load();
        return this.state;
      case 'notes:annotate-selection':
        return { ok: this.annotateSelection() };
      case 'notes:reveal':
        return { found: this.reveal(message.id) };
      case 'notes:selectors-now':
        return { selectors: this.selectorsNow(message.id) } satisfies SelectorsNow;
    }
  }

  private pageRef(): PageRef {
    const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[property="${name}"], meta[name="${name}"]`)?.content?.trim() || null;
    return {
      url: location.href,
      canonical: document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href ?? null,
      title: document.title,
      site: meta('og:site_name'),
      byline: meta('author'),
      publishedTime: meta('article:published_time'),
    };
  }

  private textIndex(): TextIndex {
    // Quote marks (fallback mode) hold page text: only our card and toolbar are left out.
    return buildTextIndex(document.body, { skip: (el) => OUR_HOSTS.has(el.localName) || !isRendered(el) });
  }

  // --- Loading and re-anchoring ---------------------------------------------------------------

  /** Ask the background for this page's notes, locate them in the page and highlight them. */
  async load(): Promise<void> {
    const run = ++this.loadRun;
    this.lastUrl = location.href;
    const t0 = performance.now();
    const reply = await askNotes(send, { type: 'notes:list', page: this.pageRef() });
    if (run !== this.loadRun || this.ctx.isInvalid) return;
    const loadMs = performance.now() - t0;
    if (!reply.ok) {
      this.layer.clear();
      this.state = { ...this.state, status: 'error', error: reply.error, pageUrl: null, notes: [], anchored: [], methods: {} };
      return;
    }
    // Locating runs in slices that yield to the page (a long article with many notes takes tens of ms).
    const t1 = performance.now();
    const { notes, pageUrl } = reply.value;
    const index = notes.length ? this.textIndex() : null;
    const indexMs = performance.now() - t1;
    const steps = index ? await runInSlices(locateNotes(index.text, notes, rangeOffsetsIn(document.body, index)), () => run !== this.loadRun || this.ctx.isInvalid) : { results: [], busy: 0, longest: 0 };
    if (!steps) return;
    this.render(pageUrl, notes, index, collect(steps.results), { load: loadMs, anchor: indexMs + steps.busy, longestSlice: Math.max(indexMs, steps.longest) });
  }

  /** Locate and show at once (after the reader adds a note: one more passage to find). */
  private renderNow(pageUrl: string, notes: AnnotationRecord[]): void {
    const t1 = performance.now();
    const index = notes.length ? this.textIndex() : null;
    const anchored = index ? anchorNotes(index.text, notes, rangeOffsetsIn(document.body, index)) : { found: [], missing: [] };
    const ms = performance.now() - t1;
    this.render(pageUrl, notes, index, anchored, { load: 0, anchor: ms, longestSlice: ms });
  }

  private render(pageUrl: string, notes: AnnotationRecord[], index: TextIndex | null, { found }: AnchoredNotes, timings: { load: number; anchor: number; longestSlice: number }): void {
    const t2 = performance.now();
    const items: NoteHighlight[] = [];
    const methods: NotesPageState['methods'] = {};
    const current: Record<string, string> = {};
    for (const f of found) {
      const range = rangeFromOffsets(index!, f.start, f.end);
      if (!range) continue;
      const now = index!.text.slice(f.start, f.end);
      const written = notes.find((n) => n.id === f.id)?.text ?? now;
      items.push({
        id: f.id,
        span: { startContainer: range.startContainer as Text, startOffset: range.startOffset, endContainer: range.endContainer as Text, endOffset: range.endOffset },
        changed: changedPassage(written, now) !== null,
        verdict: notes.find((n) => n.id === f.id && n.kind === 'claim')?.verdict ?? null,
      });
      methods[f.id] = f.method;
      current[f.id] = now;
    }
    this.layer.render(items);
    this.state = {
      status: 'ready', pageUrl, notes, anchored: items.map((i) => i.id), methods, current, error: null,
      timings: { load: round(timings.load), anchor: round(timings.anchor + performance.now() - t2), longestSlice: round(Math.max(timings.longestSlice, performance.now() - t2)) },
    };
  }

  private observe(): void {
    if (!document.body || this.ctx.isInvalid) return;
    this.observer ??= new MutationObserver((records) => {
      if (records.every((r) => this.insideOurs(r.target))) return;
      this.layer.redraw(); // the passages may have moved
      // Words edited inside a marked passage: find it again, so a changed passage shows as changed.
      if (records.some((r) => this.layer.touches(r.target))) this.edited = true;
      // Only a page with notes needs watching; and only when something of ours could be affected.
      if (!this.state.notes.length && location.href === this.lastUrl) return;
      this.scheduleReload(SETTLE_MS);
    });
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  private scheduleReload(ms: number): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = window.setTimeout(() => {
      const missing = this.state.notes.length > this.state.anchored.length;
      const edited = this.edited;
      this.edited = false;
      if (location.href !== this.lastUrl || !this.layer.intact || missing || edited) void this.load();
    }, ms);
  }

  private insideOurs(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el && !!el.closest([...OUR_HOSTS].join(','));
  }

  /** Selectors for the words a found note covers now (the popup confirms the note on them). */
  private selectorsNow(id: string): Selectors | null {
    const range = this.layer.rangeOf(id);
    if (!range) return null;
    const index = this.textIndex();
    const o = offsetsOfRange(index, range);
    return o && o.end > o.start ? describe(index.text, o.start, o.end) : null;
  }

  private reveal(id: string): boolean {
    const range = this.layer.rangeOf(id);
    if (!range) return false;
    const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return this.layer.flash(id);
  }

  // --- The reader's own notes: card, edit, delete ------------------------------------------------

  /** The note whose marked passage is at a viewport point (the shortest, when passages overlap). */
  noteAt(x: number, y: number): string | null {
    return this.layer.idsAt(x, y)[0] ?? null;
  }

  /** The page range of a found note's passage. */
  noteRange(id: string): Range | null {
    return this.layer.rangeOf(id);
  }

  /** The found notes in the order of their passages. */
  noteIdsInOrder(): string[] {
    return this.layer.idsInOrder();
  }

  /**
   * The card of one of the reader's notes: note, tags, verdict; Edit opens the editor on its
   * passage, Delete deletes it (Undo restores it). `ui` redraws or closes the card.
   */
  noteCard(id: string, ui: { update: (content: VNode) => void; close: () => void }, finding: NoteCardProps['finding'] = null): VNode | null {
    let note = this.state.notes.find((n) => n.id === id);
    if (!note) return null;
    let deleted = false;
    let busy = false;
    let error: string | null = null;
    const changed = this.state.current?.[id] !== undefined && changedPassage(note.text, this.state.current[id]) !== null;
    const draw = (): VNode => (
      <NoteCard
        note={note!}
        changed={changed}
        deleted={deleted}
        busy={busy}
        error={error}
        onClose={ui.close}
        onEdit={() => {
          ui.close();
          this.editNote(id);
        }}
        onDelete={() => void act({ type: 'notes:delete', id }, true)}
        onUndo={() => void act({ type: 'notes:restore', id }, false)}
        finding={finding}
      />
    );
    const act = async (request: { type: 'notes:delete' | 'notes:restore'; id: string }, deleting: boolean) => {
      busy = true;
      ui.update(draw());
      const reply = await askNotes(send, request);
      busy = false;
      if (reply.ok) {
        deleted = deleting;
        error = null;
        note = reply.value;
        await this.load();
      } else error = reply.error.message;
      ui.update(draw());
    };
    return draw();
  }

  /** The editor on a found note's passage, filled with the note; saving updates the note. */
  editNote(id: string): boolean {
    const note = this.state.notes.find((n) => n.id === id);
    const range = this.layer.rangeOf(id);
    if (!note || !range) return false;
    this.target = range;
    this.closeEditor();
    const request: EditorRequest = {
      passage: note.text,
      initial: { kind: note.kind, note: note.note, tags: note.tags, verdict: note.verdict, evidence: note.evidence, evidenceLabels: note.evidenceLabels },
      speaker: SPEAKER_KINDS.has(note.kind) && (note.speaker || note.speakerRole) ? { name: note.speaker, role: note.speakerRole ?? null } : null,
      saveLabel: 'Save changes',
    };
    this.showEditor(request, false, async (value) => {
      const reply = await askNotes(send, { type: 'notes:update', id, patch: { note: value.note, tags: value.tags, verdict: value.verdict, evidence: value.evidence, ...(value.evidenceLabels ? { evidenceLabels: value.evidenceLabels } : {}) } });
      if (!reply.ok) {
        this.lastError = reply.error.message;
        return false;
      }
      await this.load();
      return true;
    });
    return true;
  }

  // --- Making notes ---------------------------------------------------------------------------

  /** The reader's current selection in the page, unless it is in a form field or our own UI. */
  private selectionRange(): Range | null {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
    const range = sel.getRangeAt(0);
    const node = range.commonAncestorContainer;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el || !document.body?.contains(el) || this.insideOurs(el)) return null;
    if (el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return null;
    if (!range.toString().trim()) return null;
    return range;
  }

  private onSelectMaybe(e: Event): void {
    // Clicks in our own UI (the toolbar, the quote card) are not selections in the page.
    if (e.composedPath().some((t) => t instanceof Element && OUR_HOSTS.has(t.localName))) return;
    if (this.toolbar.editing) return;
    clearTimeout(this.showTimer);
    // After the browser has finished updating the selection for this click or key.
    this.showTimer = window.setTimeout(() => {
      if (this.toolbar.editing) return; // an editor opened meanwhile (e.g. from the card)
      const range = this.selectionRange();
      if (!range) return this.closeToolbar();
      this.target = range.cloneRange();
      this.showBar();
    }, SHOW_DELAY_MS);
  }

  private anchorRect = (): DOMRect | null => (this.target ? this.target.getBoundingClientRect() : null);

  private barProps(status: string | null = null): NoteToolbarProps {
    return {
      view: { kind: 'bar' },
      status,
      onHighlight: () => void this.quickHighlight(),
      onNote: () => this.openEditor({ kind: 'note' }),
      onClaim: () => this.openEditor({ kind: 'claim' }),
      onClose: () => this.closeToolbar(),
    };
  }

  private showBar(): void {
    this.highlightId = clientNoteId();
    this.toolbar.show(this.barProps(), this.anchorRect);
  }

  /** The context menu and the keyboard command: the note editor for the selection, focused. */
  private annotateSelection(): boolean {
    const range = this.selectionRange() ?? (this.toolbar.open ? this.target : null);
    if (!range) return false;
    this.target = range.cloneRange();
    this.openEditor({ kind: 'note' });
    return true;
  }

  /** The card's "Annotate" and "Tag as claim" on a detected quote or specialist. */
  fromFinding(finding: CardFinding, range: Range | null, action: 'annotate' | 'claim'): void {
    if (!range) return;
    this.target = range.cloneRange();
    const quoteSpeaker = finding.kind === 'quote' ? { name: finding.quote.speaker, role: finding.quote.speakerRole } : undefined;
    const exact = action === 'claim' && quoteSpeaker ? this.selectors()?.quote.exact : undefined;
    // Tag as claim on a quote the reader kept already: that note becomes the claim (one record).
    const quoteNote = exact ? quoteNoteToExtend(this.state.notes, exact) : undefined;
    this.openEditor({ kind: action === 'claim' ? 'claim' : 'note', quoteSpeaker, quoteNote });
  }

  /** Selectors for the target passage over the page's visible text, or null when it has no text. */
  private selectors(): Selectors | null {
    if (!this.target) return null;
    const index = this.textIndex();
    const o = offsetsOfRange(index, this.target);
    return o ? describe(index.text, o.start, o.end) : null;
  }

  private async quickHighlight(): Promise<void> {
    const selectors = this.selectors();
    if (!selectors) return this.closeToolbar();
    const r = await this.save({ id: this.highlightId, selectors, kind: 'highlight' });
    if (r) this.closeToolbar();
    else this.toolbar.update(this.barProps(this.lastError));
  }

  private lastError: string | null = null;
  /** The id of the highlight the bar would make (the same for a retry). */
  private highlightId = clientNoteId();

  /** The editor open now: its token (lib/messages-editor) and the frame showing it. */
  private editor: { token: string; frame: HTMLIFrameElement | null; onEvent: (e: EditorEvent) => Promise<EditorEventReply> } | null = null;

  private openEditor(preset: Preset): void {
    const selectors = this.selectors();
    if (!selectors) return;
    this.closeEditor();
    const fromQuote = !!preset.quoteSpeaker;
    // The id of the note this editor makes, chosen once: a retry never stores a second copy. A claim
    // extending a kept quote note is that note, under its id, and opens with its note and tags.
    const id = preset.quoteNote?.id ?? clientNoteId();
    const q = preset.quoteNote;
    const initial: EditorValue = { kind: preset.kind === 'claim' ? 'claim' : fromQuote ? 'quote' : 'note', note: q?.note ?? '', tags: q?.tags ?? [], verdict: preset.kind === 'claim' ? 'unchecked' : null, evidence: [] };
    const request: EditorRequest = {
      passage: selectors.quote.exact,
      speaker: q ? { name: q.speaker, role: q.speakerRole ?? null } : (preset.quoteSpeaker ?? null),
      initial,
      saveLabel: preset.kind === 'claim' ? 'Save claim' : 'Save note',
    };
    this.showEditor(request, true, (value) => this.saveEditor(selectors, value, preset, id));
  }

  /**
   * Show the editor frame for `request` (a fresh token per opening: a new frame, a new form, no
   * draft carried over). The page never sees the token: it is in the address of a frame inside our
   * closed root, and it goes to the background by runtime message; the background gives the request
   * once, to our editor page in this tab. `save` stores what the reader wrote (false: `lastError`).
   */
  private showEditor(request: EditorRequest, markPending: boolean, save: (value: EditorValue) => Promise<boolean>): void {
    const token = crypto.randomUUID();
    let height = 0;
    let loads = 0;
    const editor: NonNullable<NotesController['editor']> = {
      token,
      frame: null,
      onEvent: async (event) => {
        switch (event.type) {
          case 'ready':
            // Keys go to the frame, never to the page. Not when the reader clicked into it already:
            // focusing the frame element again moves its inner focus back to its body.
            if (document.activeElement !== this.toolbar.element) editor.frame?.focus();
            return { ok: true };
          case 'size':
            height = Math.min(event.height, 4000);
            this.toolbar.update(props());
            return { ok: true };
          case 'cancel':
            this.closeToolbar();
            return { ok: true };
          case 'save': {
            const ok = await save(event.value);
            if (!ok) return { ok: false, error: this.lastError ?? 'Could not save.' };
            this.closeToolbar();
            return { ok: true };
          }
        }
      },
    };
    const frameRef = (el: HTMLIFrameElement | null) => {
      if (!el || el === editor.frame) return;
      editor.frame = el;
      // A page may navigate a child frame it can name (window.frames): a second load is not ours.
      el.addEventListener('load', () => {
        if (++loads > 1 && this.editor === editor) this.closeToolbar();
      });
    };
    const props = (): NoteToolbarProps => ({
      ...this.barProps(),
      view: { kind: 'editor', draft: token, src: `${browser.runtime.getURL(`/${EDITOR_PAGE}`)}#${token}`, height, frameRef },
    });
    this.editor = editor;
    send({ type: 'editor:open', token, request } satisfies EditorToBackground).then(
      (r) => {
        if (this.editor !== editor) return;
        if (!(r as { ok?: unknown } | null)?.ok) return this.closeToolbar();
        this.toolbar.show(props(), this.anchorRect);
        if (markPending) this.layer.pending(this.target);
      },
      () => this.editor === editor && this.closeToolbar(),
    );
  }

  /** A frame's event, relayed by the background: only the open editor's token is heard. */
  private onEditorMessage(message: EditorToContent): Promise<EditorEventReply> | null {
    const editor = this.editor;
    if (!editor || message.token !== editor.token) return null;
    return editor.onEvent(message.event);
  }

  private closeEditor(): void {
    const editor = this.editor;
    if (!editor) return;
    this.editor = null;
    void send({ type: 'editor:close', token: editor.token } satisfies EditorToBackground).catch(() => {});
  }

  /**
   * One note per save. A quote, or a claim tagged from a quote's card, keeps the speaker and role;
   * a claim on a quote the reader kept already is that quote note, extended (one record, changed in
   * one transaction in the background: a failed save leaves the quote note as it was).
   */
  private async saveEditor(selectors: Selectors, value: EditorValue, preset: Preset, id: string): Promise<boolean> {
    const speaker = preset.quoteSpeaker;
    const base: NoteDraft = { id, selectors, kind: value.kind, note: value.note, tags: value.tags, verdict: value.verdict, evidence: value.evidence, evidenceLabels: value.evidenceLabels };
    const withSpeaker = speaker && (value.kind === 'quote' || value.kind === 'claim');
    if (!withSpeaker) return this.save(base);
    return this.save({ ...base, speaker: speaker.name, speakerRole: speaker.role, ...(preset.quoteNote && value.kind === 'claim' ? { extendsQuote: true } : {}) });
  }

  /** Store a note through the background and show it; false (with `lastError`) when it failed. */
  private async save(draft: NoteDraft): Promise<boolean> {
    const reply = await askNotes(send, { type: 'notes:add', page: this.pageRef(), draft });
    if (!reply.ok) {
      this.lastError = reply.error.message;
      return false;
    }
    this.lastError = null;
    const notes = [...this.state.notes.filter((n) => n.id !== reply.value.id), reply.value];
    this.renderNow(reply.value.pageUrl, notes);
    return true;
  }

  private closeToolbar(): void {
    clearTimeout(this.showTimer);
    // Focus was in the editor's frame: back to the page (the passage's place), not lost with the frame.
    const hadFocus = !!this.toolbar.element && document.activeElement === this.toolbar.element;
    this.closeEditor();
    this.toolbar.close();
    if (hadFocus) window.focus();
    this.layer.pending(null);
    this.target = null;
  }

  private teardown(): void {
    this.loadRun++;
    clearTimeout(this.changeTimer);
    this.observer?.disconnect();
    this.closeToolbar();
    this.layer.destroy();
  }
}

function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
