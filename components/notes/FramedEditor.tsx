import { useState } from 'preact/hooks';
import { NoteEditor, type EditorValue } from './NoteEditor';
import type { TagSuggestion } from './TagInput';
import type { EditorRequest } from '../../lib/messages';

export interface FramedEditorProps {
  /** The editing session (one passage): a new one starts a new form, nothing typed carries over. */
  token: string;
  request: EditorRequest;
  suggest: (typed: string) => Promise<TagSuggestion[]>;
  /** Store the note; resolves to null when stored, or the error to show (what was typed stays). */
  save: (value: EditorValue) => Promise<string | null>;
  cancel: () => void;
}

/** The note editor as the extension's editor frame shows it: NoteEditor plus its saving state. */
export function FramedEditor({ token, request, suggest, save, cancel }: FramedEditorProps) {
  return <Session key={token} request={request} suggest={suggest} save={save} cancel={cancel} />;
}

function Session({ request, suggest, save, cancel }: Omit<FramedEditorProps, 'token'>) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="panel" role="dialog" aria-label="Sourcelight note">
      <NoteEditor
        passage={request.passage}
        initial={request.initial}
        speaker={request.speaker}
        suggest={suggest}
        saving={saving}
        error={error}
        saveLabel={request.saveLabel}
        onCancel={cancel}
        onSave={async (value) => {
          if (saving) return;
          setSaving(true);
          setError(null);
          const failed = await save(value).catch((e) => String(e));
          setSaving(false);
          setError(failed);
        }}
      />
    </div>
  );
}
