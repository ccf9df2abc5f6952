import { useCallback, useEffect, useState } from 'preact/hooks';
import { NOTE_EDITOR_CSS, type EditorValue } from '../../components/notes/NoteEditor';
import { NotesPanel } from '../../components/notes/NotesPanel';
import { TagManager } from '../../components/notes/TagManager';
import { askNotes } from '../../lib/notes/client';
import { NotesPageStateSchema, SelectorsNowSchema, type NotesPageState, type NotesToContent } from '../../lib/messages';
import type { ChangeResolution } from '../../lib/storage/schemas';
import type { StorageError } from '../../lib/storage/errors';
import type { AnnotationRecord, TagRecord } from '../../lib/storage/schemas';

const send = (m: unknown) => browser.runtime.sendMessage(m);

async function askTab(tabId: number, message: NotesToContent): Promise<NotesPageState | null> {
  try {
    const r = NotesPageStateSchema.safeParse(await browser.tabs.sendMessage(tabId, message));
    return r.success ? r.data : null;
  } catch {
    return null; // no content script on this page
  }
}

/** The selectors of the words a found note covers in the tab now, or null. */
async function selectorsNow(tabId: number, id: string) {
  try {
    const r = SelectorsNowSchema.safeParse(await browser.tabs.sendMessage(tabId, { type: 'notes:selectors-now', id } satisfies NotesToContent));
    return r.success ? r.data.selectors : null;
  } catch {
    return null;
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const POLL_MS = 300;

/**
 * The popup's notes: the tab's content script knows which notes it found in the page; the
 * background stores them. Every change goes to the background, then the page is asked to load
 * its notes again (so its highlights follow).
 */
export function NotesSection({ tabId }: { tabId: number }) {
  const [state, setState] = useState<NotesPageState | null>(null);
  const [tags, setTags] = useState<TagRecord[]>([]);
  const [deleted, setDeleted] = useState<AnnotationRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tagError, setTagError] = useState<string | null>(null);
  const [showTags, setShowTags] = useState(false);

  const loadTags = useCallback(async () => {
    const r = await askNotes(send, { type: 'notes:tags' });
    if (r.ok) setTags(r.value);
  }, []);

  const refresh = useCallback(async () => {
    const s = await askTab(tabId, { type: 'notes:refresh' });
    if (s) setState(s);
    await loadTags();
  }, [tabId]);

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const poll = async () => {
      const s = await askTab(tabId, { type: 'notes:state' });
      if (stopped) return;
      if (s) setState(s);
      if (!s || s.status === 'loading') timer = window.setTimeout(poll, POLL_MS);
    };
    void poll();
    void loadTags();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId]);

  const report = (e: StorageError) => e.message;

  const onEdit = async (id: string, value: EditorValue): Promise<string | null> => {
    const r = await askNotes(send, { type: 'notes:update', id, patch: { note: value.note, tags: value.tags, verdict: value.verdict, evidence: value.evidence, ...(value.evidenceLabels ? { evidenceLabels: value.evidenceLabels } : {}) } });
    if (!r.ok) return report(r.error);
    await refresh();
    return null;
  };
  /** Confirm a changed note on the page's words now, or keep it as it was written. */
  const onResolve = async (id: string, decision: 'confirm' | 'keep'): Promise<string | null> => {
    const current = state?.current?.[id];
    if (!current) return 'This note is not found on the page now.';
    let resolution: ChangeResolution = { decision: 'keep', current };
    if (decision === 'confirm') {
      const selectors = await selectorsNow(tabId, id);
      // Only the words the reader was shown: if the page changed again meanwhile, show them first.
      if (!selectors || squash(selectors.quote.exact) !== squash(current)) {
        await refresh();
        return 'The page changed again. Check the words now on the page, then confirm.';
      }
      resolution = { decision: 'confirm', selectors };
    }
    const r = await askNotes(send, { type: 'notes:resolve-change', id, resolution });
    if (!r.ok) return report(r.error);
    await refresh();
    return null;
  };
  const onDelete = async (id: string) => {
    const r = await askNotes(send, { type: 'notes:delete', id });
    if (!r.ok) return setError(report(r.error));
    setError(null);
    setDeleted(r.value);
    await refresh();
  };
  const onUndo = async () => {
    if (!deleted) return;
    const r = await askNotes(send, { type: 'notes:restore', id: deleted.id });
    if (!r.ok) return setError(report(r.error));
    setDeleted(null);
    await refresh();
  };
  const onReveal = (id: string) => void askTab(tabId, { type: 'notes:reveal', id });
  const tagAction = async (p: Promise<{ ok: boolean; error?: StorageError }>) => {
    const r = await p;
    setTagError(r.ok ? null : report(r.error!));
    await refresh();
  };

  if (!state || state.pageUrl === null && state.status !== 'error') return null;
  return (
    <>
      <style>{NOTE_EDITOR_CSS}</style>
      {state.status === 'error' && state.error && <p class="error" role="alert">{state.error.message}</p>}
      <NotesPanel
        state={state}
        tags={tags}
        deleted={deleted}
        error={error}
        suggest={async (typed) => {
          const r = await askNotes(send, { type: 'notes:suggest-tags', typed, limit: 8 });
          return r.ok ? r.value : [];
        }}
        onEdit={onEdit}
        onResolve={onResolve}
        onDelete={onDelete}
        onUndo={onUndo}
        onReveal={onReveal}
      />
      <button type="button" class="link tags-toggle" aria-expanded={showTags} onClick={() => setShowTags(!showTags)}>
        {showTags ? 'Hide tags' : `Manage tags (${tags.length})`}
      </button>
      {showTags && (
        <TagManager
          tags={tags}
          error={tagError}
          onRename={(from, to) => tagAction(askNotes(send, { type: 'notes:rename-tag', from, to }))}
          onMerge={(from, into) => tagAction(askNotes(send, { type: 'notes:merge-tags', from, into }))}
          onRecolour={(name, colour) => tagAction(askNotes(send, { type: 'notes:recolour-tag', name, colour }))}
          onDelete={(name) => tagAction(askNotes(send, { type: 'notes:delete-tag', name }))}
        />
      )}
    </>
  );
}
