import { describe, expect, it } from 'vitest';
import type { Quote } from '../../lib/analysis-schema';
import { groupQuotesBySpeaker } from '../../components/group-quotes';

const q = (id: string, speaker: string | null, role: string | null = null): Quote => ({
  id, text: id, kind: 'marks', speaker, speakerMention: speaker, speakerRole: role, cue: 'said',
  anchor: { exact: id, prefix: '', suffix: '', start: 0, end: id.length },
});

describe('groupQuotesBySpeaker', () => {
  it.each([
    ['keeps speakers in order of first quote', [q('1', 'Ana Lima'), q('2', 'Bo Chen'), q('3', 'Ana Lima')], [['Ana Lima', ['1', '3']], ['Bo Chen', ['2']]]],
    ['puts unattributed quotes last', [q('1', null), q('2', 'Bo Chen')], [['Bo Chen', ['2']], [null, ['1']]]],
    ['merges speakers that differ only in case', [q('1', 'Ana Lima'), q('2', 'ana lima')], [['Ana Lima', ['1', '2']]]],
  ] as const)('%s', (_name, quotes, expected) => {
    expect(groupQuotesBySpeaker([...quotes]).map((g) => [g.speaker, g.quotes.map((x) => x.id)])).toEqual(expected);
  });

  it('takes the first role the article gives', () => {
    expect(groupQuotesBySpeaker([q('1', 'Ana Lima'), q('2', 'Ana Lima', 'economist')])[0].role).toBe('economist');
  });
});
