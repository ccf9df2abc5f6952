import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/article/extract';
import { findPeople } from '../../lib/people/find';
import { sameName } from '../../lib/people/names';
import { fixture, parseDoc } from '../helpers';

const peopleOf = (name: string, lang: string) => {
  const article = extractArticle(parseDoc(fixture(name)))!;
  return { article, people: findPeople(article, lang) };
};

describe('findPeople on real pages', () => {
  it('seed-000: nine emigrant doctors and officials, one entry each, however spelt', () => {
    const { people } = peopleOf('seed-000.html', 'en');
    const names = people.filter((p) => p.specialist).map((p) => p.name);
    const gold = ['Sergei Rybakov', 'Badma Bashankayev', 'Andrei Volna', 'Fyodor Katasonov', 'Vasiliy Shtabnitsky',
      'Vadim Sizov', 'Alexey Golovenko', 'Oksana Stanevich', 'Ilya Fomintsev'];
    expect(names).toHaveLength(gold.length);
    for (const g of gold) expect(names.filter((n) => sameName(n, g))).toHaveLength(1);
  });

  it('seed-004: Dr. Sergey Morozov, PhD, with every mention; the anonymous radiologist is nobody', () => {
    const { article, people } = peopleOf('seed-004.html', 'en');
    const specialists = people.filter((p) => p.specialist);
    expect(specialists.map((p) => p.name)).toEqual(['Sergey Morozov']);
    const [morozov] = specialists;
    expect(morozov.roles.join(' | ')).toMatch(/chief radiology officer|PhD/);
    expect(morozov.mentions.length).toBeGreaterThanOrEqual(4);
    for (const m of morozov.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('guardian-1: the whale expert, the ranger, and the bare surname goes to the father', () => {
    const { people } = peopleOf('guardian-1.html', 'en');
    const hori = people.find((p) => p.name === 'Hori Parata')!;
    expect(hori.specialist).toBe(true);
    expect(hori.mentions.filter((m) => m.text === 'Parata').length).toBeGreaterThan(3);
    expect(people.find((p) => p.name === 'Jamie Werner')?.specialist).toBe(true);
    expect(people.filter((p) => p.specialist && !/Parata|Werner|Cullen/.test(p.name))).toEqual([]);
  });

  it('liberation-1: the foreign minister who "added" is Laurent Fabius', () => {
    const { people } = peopleOf('liberation-1.html', 'fr');
    expect(people.filter((p) => p.specialist).map((p) => p.name)).toEqual(['Laurent Fabius']);
  });
});
