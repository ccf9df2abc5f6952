/**
 * Storage failures as something a reader can act on. IndexedDB reports them as DOMExceptions
 * that Dexie wraps (sometimes twice: an AbortError whose inner error is the QuotaExceededError),
 * so the cause is looked for along the `inner` chain.
 */
export type StorageErrorKind = 'quota' | 'blocked' | 'unavailable' | 'invalid' | 'not-found' | 'unknown';

export interface StorageError {
  kind: StorageErrorKind;
  /** A sentence for the UI. */
  message: string;
  /** The technical cause, for a bug report. */
  detail: string;
}

export const STORAGE_MESSAGES: Record<StorageErrorKind, string> = {
  quota: 'Your browser has no room left for notes. Free some disk space or export and delete old notes; your text is kept in the form.',
  blocked: 'Sourcelight is open in another tab with an older version. Close or reload that tab, then try again.',
  unavailable: 'Notes cannot be saved here: the browser blocks storage (a private window or a privacy setting). Export your note to keep it.',
  invalid: 'This note could not be saved because some of its data is not valid.',
  'not-found': 'This note no longer exists; it may have been deleted in another tab.',
  unknown: 'Saving failed for an unexpected reason. Your text is kept; try again.',
};

/** The outcome of a write: the stored value, or the error with what the user typed, unsaved. */
export type WriteResult<T, I = unknown> = { ok: true; value: T } | { ok: false; error: StorageError; unsaved: I };

const KIND_BY_NAME: Record<string, StorageErrorKind> = {
  QuotaExceededError: 'quota',
  // Dexie's name for "IndexedDB is missing" (old private modes, some embedded browsers).
  MissingAPIError: 'unavailable',
  // Firefox private windows before v115 and "never remember history" fail opens with InvalidStateError.
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  BlockedError: 'blocked',
  VersionError: 'blocked',
  NotFoundError: 'not-found',
  // A unique key taken (a note id that exists already): the write would overwrite, so it is refused.
  ConstraintError: 'invalid',
  DataError: 'invalid',
  DataCloneError: 'invalid',
};

function chain(e: unknown): Array<{ name?: string; message?: string }> {
  const out: Array<{ name?: string; message?: string }> = [];
  let cur: unknown = e;
  for (let i = 0; cur && typeof cur === 'object' && i < 6; i++) {
    const c = cur as { name?: string; message?: string; inner?: unknown; cause?: unknown };
    out.push(c);
    cur = c.inner ?? c.cause;
  }
  return out;
}

export function storageError(kind: StorageErrorKind, detail = ''): StorageError {
  return { kind, message: STORAGE_MESSAGES[kind], detail };
}

/** Classify anything thrown by Dexie/IndexedDB. */
export function toStorageError(e: unknown): StorageError {
  const links = chain(e);
  const detail = links.map((l) => `${l.name ?? 'Error'}: ${l.message ?? ''}`.trim()).join(' ← ') || String(e);
  for (const l of links) {
    const kind = l.name ? KIND_BY_NAME[l.name] : undefined;
    if (kind) return storageError(kind, detail);
    // Some engines only say it in words.
    if (l.message && /quota/i.test(l.message)) return storageError('quota', detail);
  }
  return storageError('unknown', detail);
}

/** Thrown inside a repository function to end it with a specific StorageError. */
export class StorageFailure extends Error {
  constructor(readonly error: StorageError) {
    super(error.detail || error.message);
    this.name = 'StorageFailure';
  }
}

/** Run a write; any failure comes back as a StorageError together with the unsaved input. */
export async function attempt<T, I>(unsaved: I, fn: () => Promise<T>): Promise<WriteResult<T, I>> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    const error = e instanceof StorageFailure ? e.error : toStorageError(e);
    return { ok: false, error, unsaved };
  }
}
