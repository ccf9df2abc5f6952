import { describe, expect, it } from 'vitest';
import { foldName, sameName } from '../../lib/people/names';

describe('foldName', () => {
  it.each([
    ['Vasiliy', 'Vasily'],
    ['Andrei', 'Andrey'],
    ['Stanevich', 'Stanevych'],
    ['Khodorkovsky', 'Hodorkovsky'],
    ['Nováková', 'Novakova'],
    ['Aleksei', 'Alexei'],
  ])('%s and %s fold alike', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  it.each([['Morozov', 'Morozova'], ['Petr', 'Pavel']])('%s and %s stay apart', (a, b) => {
    expect(foldName(a)).not.toBe(foldName(b));
  });
});

describe('sameName', () => {
  it.each([
    ['Sergey Morozov', 'Morozov', true],
    ['Sergey Morozov', 'Sergei Morozov', true],
    ['Oksana Stanevich', 'Oksana Stanevych', true],
    ['Hori Parata', 'Te Kaurinui Parata', false],
    ['Eloise Parry', 'Fiona Parry', false],
    ['Eric Reeves', 'Eric Biondi', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
});
