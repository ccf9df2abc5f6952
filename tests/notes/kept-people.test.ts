import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../lib/analysis-schema';
import { KeptPeople, memoryArea } from '../../lib/notes/kept-people';
import { peopleOfAnalysis, peopleSource } from '../../lib/storage/people';

const anchor = { exact: '', prefix: '', suffix: '', start: 0, end: 0 };
const analysis = (title: string, over: Partial<Analysis> = {}): Analysis => ({
  version: 1, url: null, isArticle: true, title, byline: null, siteName: 'News', lang: 'en', publishedTime: null, excerpt: null, textLength: 100,
  specialists: [{ id: 's', name: 'Anna Nowak', aliases: ['Nowak'], roles: ['pulmonologist'], quoteCount: 1, mentions: [anchor] }],
  quotes: [
    { id: 'q1', text: 'The air is toxic', kind: 'marks', speaker: 'Nowak', speakerMention: 'Nowak', speakerRole: null, cue: 'said', anchor },
    { id: 'q2', text: 'x'.repeat(2000), kind: 'marks', speaker: 'John Smith', speakerMention: 'he', speakerRole: 'mayor', cue: 'said', anchor },
    { id: 'q3', text: 'Unclear', kind: 'marks', speaker: null, speakerMention: 'a source', speakerRole: null, cue: 'said', anchor },
  ],
  ...over,
});

describe('peopleSource', () => {
  it('keeps what the people view needs: the same people as the whole analysis', () => {
    const a = analysis('Smog');
    expect(peopleOfAnalysis(peopleSource(a))).toEqual(peopleOfAnalysis(a));
  });

  it('drops quotes of no named speaker and shortens long ones', () => {
    const s = peopleSource(analysis('Smog'));
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Nowak', 'John Smith']);
    expect(s.quotes[1].text.length).toBeLessThanOrEqual(400);
  });
});

describe('KeptPeople', () => {
  it("finds a page's people after the worker restarted (a new instance over the same area)", async () => {
    const area = memoryArea();
    await new KeptPeople(area).keep('https://news.example/smog', analysis('Smog'));
    const afterRestart = new KeptPeople(area);
    expect((await afterRestart.get('https://news.example/smog'))?.title).toBe('Smog');
    expect(await afterRestart.get('https://news.example/other')).toBeNull();
  });

  it("keeps the article's byline and date for the page record of a note saved later", async () => {
    const area = memoryArea();
    await new KeptPeople(area).keep('https://news.example/smog', analysis('Smog', { byline: 'By Ewa Lis', publishedTime: '2026-11-30' }));
    const kept = await new KeptPeople(area).get('https://news.example/smog');
    expect([kept?.byline, kept?.publishedTime]).toEqual(['By Ewa Lis', '2026-11-30']);
  });

  it('keeps the latest analysis of a page and drops the oldest page beyond the limit', async () => {
    const area = memoryArea();
    const kept = new KeptPeople(area, 2);
    await Promise.all([kept.keep('https://a.example/', analysis('A')), kept.keep('https://b.example/', analysis('B'))]);
    await kept.keep('https://a.example/', analysis('A again'));
    await new KeptPeople(area, 2).keep('https://c.example/', analysis('C'));
    const fresh = new KeptPeople(area, 2);
    expect([(await fresh.get('https://a.example/'))?.title, await fresh.get('https://b.example/'), (await fresh.get('https://c.example/'))?.title]).toEqual(['A again', null, 'C']);
  });

  it('reads a damaged entry as nothing kept', async () => {
    const area = memoryArea();
    await area.set({ 'people:https://a.example/': { title: 3 } });
    expect(await new KeptPeople(area).get('https://a.example/')).toBeNull();
  });
});
