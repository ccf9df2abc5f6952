import { useState } from 'preact/hooks';
import type { TagRecord } from '../../lib/storage/schemas';

export interface TagManagerProps {
  tags: TagRecord[];
  error: string | null;
  onRename: (from: string, to: string) => void;
  onMerge: (from: string, into: string) => void;
  onRecolour: (name: string, colour: string) => void;
  onDelete: (name: string) => void;
}

function TagRow({ tag, others, ...on }: { tag: TagRecord; others: TagRecord[] } & Omit<TagManagerProps, 'tags' | 'error'>) {
  const [name, setName] = useState(tag.name);
  const [into, setInto] = useState('');
  return (
    <li class="tag-row">
      <input type="color" value={tag.colour} aria-label={`Colour of ${tag.name}`} onChange={(e) => on.onRecolour(tag.name, (e.target as HTMLInputElement).value)} />
      <form
        class="rename"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && name !== tag.name) on.onRename(tag.name, name);
        }}
      >
        <input value={name} aria-label={`Rename ${tag.name}`} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={!name.trim() || name === tag.name}>Rename</button>
      </form>
      <span class="n" title="Notes with this tag">{tag.count}</span>
      {others.length > 0 && (
        <select
          value={into}
          aria-label={`Merge ${tag.name} into`}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            setInto(v);
            if (v) on.onMerge(tag.name, v);
          }}
        >
          <option value="">Merge into…</option>
          {others.map((o) => <option value={o.name} key={o.key}>{o.name}</option>)}
        </select>
      )}
      <button type="button" class="danger" aria-label={`Delete tag ${tag.name} everywhere`} onClick={() => on.onDelete(tag.name)}>Delete</button>
    </li>
  );
}

/** Every tag: rename, merge, recolour or delete it on all notes at once. */
export function TagManager({ tags, error, ...on }: TagManagerProps) {
  return (
    <section class="tag-manager" aria-label="Tags">
      {error && <p class="error" role="alert">{error}</p>}
      {tags.length ? (
        <ul>{tags.map((t) => <TagRow key={`${t.key}:${t.name}`} tag={t} others={tags.filter((o) => o.key !== t.key)} {...on} />)}</ul>
      ) : (
        <p class="empty">No tags yet.</p>
      )}
    </section>
  );
}
