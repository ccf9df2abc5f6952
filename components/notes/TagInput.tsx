import { useEffect, useRef, useState } from 'preact/hooks';

export interface TagSuggestion {
  name: string;
  colour: string;
  count: number;
}

export interface TagInputProps {
  tags: string[];
  onChange: (tags: string[]) => void;
  /** Existing tags starting with what is typed (autocomplete); may fail, then nothing is offered. */
  suggest: (typed: string) => Promise<TagSuggestion[]>;
  id?: string;
}

const sameTag = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Tags as chips plus a text field: Enter or comma adds what is typed, Backspace in an empty field
 * removes the last chip, and once something is typed, existing tags that start with it are offered
 * as buttons (reachable with Tab), most used first.
 */
export function TagInput({ tags, onChange, suggest, id }: TagInputProps) {
  const [typed, setTyped] = useState('');
  const [offers, setOffers] = useState<TagSuggestion[]>([]);
  const asked = useRef(0);

  useEffect(() => {
    const n = ++asked.current;
    // Nothing is offered before the reader types: the list of every tag in the library is not
    // shown (in a page, to anyone who could see the panel) until asked for.
    if (!typed.trim()) {
      setOffers([]);
      return;
    }
    suggest(typed).then(
      (list) => n === asked.current && setOffers(list.filter((t) => !tags.some((x) => sameTag(x, t.name))).slice(0, 6)),
      () => n === asked.current && setOffers([]),
    );
  }, [typed, tags.join('\n')]);

  const add = (name: string) => {
    const clean = name.trim().replace(/\s+/g, ' ');
    setTyped('');
    if (!clean || tags.some((t) => sameTag(t, clean))) return;
    onChange([...tags, clean]);
  };

  return (
    <div class="tags">
      <div class="chips">
        {tags.map((t) => (
          <span class="chip" key={t}>
            {t}
            <button type="button" class="chip-x" aria-label={`Remove tag ${t}`} onClick={() => onChange(tags.filter((x) => x !== t))}>×</button>
          </span>
        ))}
        <input
          id={id}
          class="tag-field"
          value={typed}
          placeholder={tags.length ? 'Add a tag' : 'Tags (Enter to add)'}
          aria-label="Add a tag"
          autocomplete="off"
          onInput={(e) => {
            const v = (e.target as HTMLInputElement).value;
            if (v.includes(',')) v.split(',').slice(0, -1).forEach(add), setTyped(v.split(',').pop() ?? '');
            else setTyped(v);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && typed.trim()) {
              e.preventDefault();
              add(typed);
            } else if (e.key === 'Backspace' && !typed && tags.length) onChange(tags.slice(0, -1));
          }}
        />
      </div>
      {offers.length > 0 && (
        <div class="offers" role="group" aria-label="Existing tags">
          {offers.map((t) => (
            <button type="button" class="offer" key={t.name} onClick={() => add(t.name)}>
              <span class="dot" style={{ background: t.colour }} />
              {t.name} <span class="n">{t.count}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
