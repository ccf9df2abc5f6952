import { useEffect, useState } from 'preact/hooks';
import {
  EXPORT_SETTINGS_KEY,
  formFromSettings,
  parseExportSettings,
  settingsFromForm,
  type ExportSettings,
  type ExportSettingsForm as Form,
} from '../lib/settings/export-settings';

/** The export settings as stored (defaults when missing or damaged). */
export async function loadExportSettings(): Promise<ExportSettings> {
  return parseExportSettings((await browser.storage.local.get(EXPORT_SETTINGS_KEY))[EXPORT_SETTINGS_KEY]);
}

export interface ExportSettingsFormProps {
  load?: () => Promise<ExportSettings>;
  save?: (s: ExportSettings) => Promise<void>;
}

const saveToStorage = async (s: ExportSettings) => void (await browser.storage.local.set({ [EXPORT_SETTINGS_KEY]: s }));

/**
 * The reviewer and fact-check page that ClaimReview exports carry, set once. Each field's error
 * is shown next to it; nothing is stored until every field is valid.
 */
export function ExportSettingsForm({ load = loadExportSettings, save = saveToStorage }: ExportSettingsFormProps) {
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({});
  const [status, setStatus] = useState('');
  useEffect(() => void load().then((s) => setForm(formFromSettings(s))), []);
  if (!form) return <p>Loading…</p>;

  const field = (key: keyof Form) => ({
    id: `opt-${key}`,
    value: form[key],
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `opt-${key}-error` : undefined,
    onInput: (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value }),
  });
  const error = (key: keyof Form) => errors[key] && <span id={`opt-${key}-error`} class="error">{errors[key]}</span>;

  const submit = async (e: Event) => {
    e.preventDefault();
    const r = settingsFromForm(form);
    if (!r.ok) {
      setErrors(r.errors);
      setStatus('Not saved: see the fields marked.');
      return;
    }
    setErrors({});
    try {
      await save(r.settings);
      setStatus('Saved.');
    } catch (err) {
      setStatus(`Not saved: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  return (
    <form class="export-settings" onSubmit={submit} noValidate>
      <h2>ClaimReview exports</h2>
      <p class="hint">Who publishes the fact-checks, and where. Exports of claims with a verdict carry these as schema.org <code>author</code> and <code>url</code>.</p>
      <div class="field">
        <label for="opt-reviewerType">Reviewer is</label>
        <select {...field('reviewerType')}>
          <option value="Organization">an organisation (a fact-checking desk)</option>
          <option value="Person">a person</option>
        </select>
      </div>
      <div class="field">
        <label for="opt-reviewerName">Reviewer name</label>
        <input type="text" {...field('reviewerName')} />
        {error('reviewerName')}
      </div>
      <div class="field">
        <label for="opt-reviewerUrl">Reviewer web site</label>
        <input type="url" placeholder="https://" {...field('reviewerUrl')} />
        {error('reviewerUrl')}
      </div>
      <div class="field">
        <label for="opt-factCheckUrl">Fact-check page address</label>
        <input type="url" placeholder="https://example.org/fact-checks/{id}" {...field('factCheckUrl')} />
        <span class="hint">Where the reviews are published. <code>{'{id}'}</code> becomes each claim's id; leave it out when one page reviews every claim.</span>
        {error('factCheckUrl')}
      </div>
      <button type="submit" class="primary">Save</button>
      <span role="status" aria-live="polite">{status}</span>
    </form>
  );
}
