import { useEffect, useState } from 'preact/hooks';
import type { NotesDb } from '../../lib/storage/db';
import { listPeople, rolesAcrossPages } from '../../lib/storage/people';
import type { PersonRecord } from '../../lib/storage/schemas';

/** People shown at first and added per "Show more" (each person is a few lines; no windowing needed). */
const PAGE_SIZE = 100;

/**
 * People across articles: every specialist and speaker of the annotated pages, with the roles
 * each article gave them (side by side, so differing descriptions stand out) and their quotes.
 */
export function PeopleView({ db, version }: { db: NotesDb; version: number }) {
  const [query, setQuery] = useState('');
  const [specialistsOnly, setSpecialistsOnly] = useState(false);
  const [people, setPeople] = useState<PersonRecord[] | null>(null);
  const [shown, setShown] = useState(PAGE_SIZE);

  useEffect(() => {
    let live = true;
    void listPeople(db, { query, specialistsOnly }).then((r) => live && setPeople(r.records));
    return () => {
      live = false;
    };
  }, [db, query, specialistsOnly, version]);

  return (
    <section class="people" aria-labelledby="people-h">
      <h2 id="people-h">People across articles</h2>
      <div class="filters">
        <div class="field grow">
          <label for="people-q">Find a person</label>
          <input id="people-q" type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <label class="check">
          <input type="checkbox" checked={specialistsOnly} onChange={(e) => setSpecialistsOnly((e.currentTarget as HTMLInputElement).checked)} /> Specialists only
        </label>
      </div>
      <p role="status" aria-live="polite" class="count">
        {people === null ? 'Loading…' : `${people.length} ${people.length === 1 ? 'person' : 'people'}`}
      </p>
      {people?.length === 0 && <p class="empty">People appear here once you annotate an article that names them.</p>}
      <ul class="person-list">
        {people?.slice(0, shown).map((p) => <Person key={p.key} p={p} />)}
      </ul>
      {people && people.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE_SIZE)}>
          Show more people
        </button>
      )}
    </section>
  );
}

function Person({ p }: { p: PersonRecord }) {
  const roles = rolesAcrossPages(p);
  const headingId = `person-${p.key.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <li class="person" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {p.name} <span class="count">· {p.pageUrls.length} {p.pageUrls.length === 1 ? 'article' : 'articles'}</span>
      </h3>
      {roles.length > 0 && (
        <p class="roles">
          Called{' '}
          {roles.map((r, i) => (
            <span key={r.role}>
              {i > 0 && (i === roles.length - 1 ? ' and ' : ', ')}“{r.role}” <span class="by">by {[...new Set(r.pages.map((a) => a.site ?? a.title))].join(', ')}</span>
            </span>
          ))}
        </p>
      )}
      <details>
        <summary>Articles and quotes</summary>
        <ul>
          {p.appearances.map((a) => (
            <li key={a.pageUrl}>
              <a href={a.pageUrl} target="_blank" rel="noopener noreferrer">
                {a.title || a.pageUrl}
              </a>
              {a.site && <span class="site"> · {a.site}</span>}
              {a.roles.length > 0 && <span class="role"> · {a.roles.join(', ')}</span>}
              {a.quotes.length > 0 && (
                <ul class="quotes">
                  {a.quotes.map((q, i) => (
                    <li key={i}>“{q}”</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
