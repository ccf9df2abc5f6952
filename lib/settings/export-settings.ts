import { z } from 'zod';
import { WebUrlSchema } from '../storage/schemas';

/**
 * What a fact-checker sets once for their exports (options page), kept in the extension's
 * key-value storage under one key and parsed with zod whenever it is read: a damaged or older
 * value gives the defaults, never an exception.
 *
 * - `reviewer`: who publishes the ClaimReviews (schema.org `author`), an Organization for a desk
 *   or a Person for a freelancer, with a home page.
 * - `factCheckUrl`: the address of the published fact-check (schema.org `url`, required by
 *   Google). `{id}` in it becomes the claim's id, for desks with one page per claim; without it,
 *   every claim of the export shares the page (one article reviewing several claims). Left empty,
 *   the export has no `url` and says so.
 */
export const EXPORT_SETTINGS_KEY = 'exportSettings';

const Name = z.string().trim().min(1, 'a name is needed').max(200, 'at most 200 characters');
/** An http(s) address, blank meaning none. */
const OptionalUrl = z
  .string()
  .trim()
  .transform((s) => s || null)
  .pipe(WebUrlSchema.nullable());

export const ReviewerSchema = z.object({
  type: z.enum(['Organization', 'Person']),
  name: Name,
  url: OptionalUrl,
});
export type ReviewerSettings = z.infer<typeof ReviewerSchema>;

/** A fact-check address or template: http(s), `{id}` allowed anywhere. */
const FactCheckUrl = z
  .string()
  .trim()
  .transform((s) => s || null)
  .pipe(
    z
      .string()
      .refine((s) => WebUrlSchema.safeParse(s.replaceAll('{id}', 'id')).success, 'an http(s) address, optionally with {id} for the claim')
      .nullable(),
  );

export const ExportSettingsSchema = z.object({
  reviewer: ReviewerSchema.nullable(),
  factCheckUrl: FactCheckUrl,
});
export type ExportSettings = z.infer<typeof ExportSettingsSchema>;

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = { reviewer: null, factCheckUrl: null };

/** Stored settings, or the defaults when missing or malformed. */
export function parseExportSettings(raw: unknown): ExportSettings {
  const r = ExportSettingsSchema.safeParse(raw);
  return r.success ? r.data : DEFAULT_EXPORT_SETTINGS;
}

/** The form's fields as typed; blank reviewer name means no reviewer. */
export interface ExportSettingsForm {
  reviewerType: 'Organization' | 'Person';
  reviewerName: string;
  reviewerUrl: string;
  factCheckUrl: string;
}

export type FormResult = { ok: true; settings: ExportSettings } | { ok: false; errors: Partial<Record<keyof ExportSettingsForm, string>> };

/** Check the options form: each field's error named, so the reader knows what to fix. */
export function settingsFromForm(f: ExportSettingsForm): FormResult {
  const errors: Partial<Record<keyof ExportSettingsForm, string>> = {};
  let reviewer: ReviewerSettings | null = null;
  if (f.reviewerName.trim() || f.reviewerUrl.trim()) {
    const r = ReviewerSchema.safeParse({ type: f.reviewerType, name: f.reviewerName, url: f.reviewerUrl });
    if (r.success) reviewer = r.data;
    else
      for (const i of r.error.issues) {
        const key = i.path[0] === 'name' ? 'reviewerName' : i.path[0] === 'url' ? 'reviewerUrl' : 'reviewerType';
        errors[key] ??= key === 'reviewerUrl' ? 'an http(s) address' : i.message;
      }
  }
  const u = FactCheckUrl.safeParse(f.factCheckUrl);
  if (!u.success) errors.factCheckUrl = u.error.issues[0]?.message ?? 'not an address';
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, settings: { reviewer, factCheckUrl: u.success ? u.data : null } };
}

export function formFromSettings(s: ExportSettings): ExportSettingsForm {
  return {
    reviewerType: s.reviewer?.type ?? 'Organization',
    reviewerName: s.reviewer?.name ?? '',
    reviewerUrl: s.reviewer?.url ?? '',
    factCheckUrl: s.factCheckUrl ?? '',
  };
}
