import type { AnnotationRecord, PageRecord, TagRecord } from '../storage/schemas';

/** Which file format an import was read as. */
export type ImportFormat = 'sourcelight' | 'web-annotation' | 'hypothesis';

/** A record of the file that cannot be imported, and why. */
export interface ImportIssue {
  table: 'annotations' | 'pages' | 'tags';
  /** 0-based index of the record in its list in the file. */
  index: number;
  /** 1-based line where the record starts in the file (null when unknown). */
  line: number | null;
  reason: string;
}

/** A valid note of the file, with where it came from. */
export interface ImportCandidate {
  index: number;
  line: number | null;
  record: AnnotationRecord;
}

/** The file read and checked, before looking at the database. */
export interface ParsedImport {
  format: ImportFormat;
  annotations: ImportCandidate[];
  /** Pages the notes belong to (from the file, or made from the notes' addresses). */
  pages: PageRecord[];
  /** Tag records of the file (names and colours; counts are recomputed). */
  tags: TagRecord[];
  invalid: ImportIssue[];
}

export interface ImportDuplicate {
  index: number;
  line: number | null;
  id: string;
  /** Why it counts as present already. */
  reason: string;
}

/** What an import would do, for the reader to confirm. */
export interface ImportPreview {
  format: ImportFormat;
  fresh: ImportCandidate[];
  /** Newer versions of stored notes (same id, later `updatedAt`): they replace the stored ones. */
  updated: ImportCandidate[];
  duplicates: ImportDuplicate[];
  invalid: ImportIssue[];
  pages: PageRecord[];
  tags: TagRecord[];
  counts: { new: number; updated: number; duplicate: number; invalid: number };
}

/** A file that cannot be read at all. */
export interface ImportFileError {
  message: string;
  line?: number;
  column?: number;
  position?: number;
}

export type ParseImportResult = { ok: true; parsed: ParsedImport } | { ok: false; error: ImportFileError };
