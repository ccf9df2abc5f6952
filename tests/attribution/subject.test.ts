import { describe, expect, it } from 'vitest';
import { CueMatcher } from '../../lib/attribution/cues';
import { cueTablesFor } from '../../lib/attribution/lang';
import { subjectBefore } from '../../lib/attribution/subject';
import { tokenize } from '../../lib/attribution/tokens';

const cues = new CueMatcher(cueTablesFor('en'));

/** The subject `subjectBefore` reads before the cue word `cue` of `clause`, as text. */
function subjectOf(clause: string, cue: string): string | null {
  const tokens = tokenize(clause);
  const span = subjectBefore(tokens, tokens.findIndex((t) => t.text === cue), cues);
  return span ? clause.slice(span.start, span.end) : null;
}

describe('subjectBefore', () => {
  it.each([
    // A one-word opener set off by commas before an apposition is the subject…
    ['Fiorina, speaking to Iowans, said', 'said', 'Fiorina'],
    // …unless it is a connector: the apposition is then all there is.
    ['However, speaking to Iowans, said', 'said', 'speaking to Iowans'],
    ['Meanwhile, speaking to Iowans, said', 'said', 'speaking to Iowans'],
  ])('%s', (clause, cue, subject) => {
    expect(subjectOf(clause, cue)).toBe(subject);
  });
});
