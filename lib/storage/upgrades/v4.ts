import type { SchemaVersion } from './types';

/**
 * Version 4: tags get a stable id. Annotations list their tags by id (`tags`, multi-entry index)
 * and the name lives in the tags table only, so renaming a tag rewrites one tag record instead of
 * every note carrying it (each note put re-indexes its words: seconds for a tag on 750 notes).
 * A tag's id is its name when it was made, so the v3 data needs no note rewritten: the upgrade
 * gives every tag record `id` = its name (the stored spelling v3 notes carry) and adds a unique
 * index on it. Tag names stay unique by case-folded name (the primary key `key`), so the ids
 * are unique too.
 */
export const v4: SchemaVersion = {
  version: 4,
  stores: {
    tags: 'key, name, &id',
  },
  upgrade: (tx) => {
    const taken = new Set<string>();
    return tx
      .table('tags')
      .toCollection()
      .modify((t: Record<string, unknown>) => {
        // A record it cannot read (no name), or a damaged one repeating another's name, is left as
        // it was (no id: its name stands for it) rather than failing the unique index and the upgrade.
        if (typeof t.id === 'string' || typeof t.name !== 'string' || taken.has(t.name)) return;
        t.id = t.name;
        taken.add(t.name);
      });
  },
};
