import { describe, expect, it } from 'vitest';
import { blocksFromParagraphs } from '../../lib/article/blocks';
import { findPeople } from '../../lib/people/find';

const people = (paragraphs: string[]) => findPeople(blocksFromParagraphs(paragraphs), 'zh');
const specialists = (paragraphs: string[]) => people(paragraphs).filter((p) => p.specialist);

describe('findPeople: Chinese', () => {
  // Transliterated names joined by "·" (or a "?" standing for a lost one), with the role noun glued
  // right before them and a Latin alias in brackets right after.
  it.each([
    [['欧洲航天局发言人马克·吉尔伯特（Mark Gilbert）表示：“计划不变。”'], '马克·吉尔伯特', '欧洲航天局发言人', 'Mark Gilbert'],
    [['前苏联宇航员阿列克谢?列昂诺夫(Alexei Leonov)曾说，太空很安静。'], '阿列克谢?列昂诺夫', '前苏联宇航员', 'Alexei Leonov'],
    [['伦敦大学（University of London，UL）心理学教授艾玛·布朗研究睡眠多年。'], '艾玛·布朗', '伦敦大学（University of London，UL）心理学教授', null],
  ])('%j', (paragraphs, name, role, alias) => {
    const found = specialists(paragraphs);
    expect(found.map((p) => [p.name, p.roles])).toEqual([[name, [role]]]);
    if (alias) expect(found[0].aliases).toContain(alias);
  });

  // Native names: a family name after a role noun, or before a speech verb; a copula sentence gives a role.
  it.each([
    [['全国人大代表王建国提出，应当减税。'], [['王建国', true]]],
    [['“我很高兴。”刘洋说，“这是第一次。”'], [['刘洋', false]]],
    [['陈晓明认为这是对的。', '陈晓明是北京大学历史系的一名教授。'], [['陈晓明', true]]],
  ])('%j', (paragraphs, expected) => {
    expect(people(paragraphs).map((p) => [p.name, p.specialist])).toEqual(expected);
  });

  // Role nouns glued before a name: a list of office-holders, a Latin title, a family name outside the
  // most common ones, a three-character name with no particle after it; the role phrase starts after
  // the adverbs and prepositions before it.
  it.each([
    [['大会吸引了众多嘉宾。某银行行长邱文涛、某科技公司联合创始人冉立新、某网站总裁兼CEO瞿晓东等出席。'],
      [['邱文涛', '某银行行长'], ['冉立新', '某科技公司联合创始人'], ['瞿晓东', '某网站总裁兼CEO']]],
    [['早在百年前就曾在诗人聂远山笔下出现。'], [['聂远山', '诗人']]],
    [['县委书记席海认为，应当加快建设。'], [['席海', '县委书记']]],
  ])('%j', (paragraphs, expected) => {
    expect(specialists(paragraphs).map((p) => [p.name, p.roles[0]])).toEqual(expected);
  });

  // Three characters after a role noun are not a name when the two-character form ends at a particle
  // or a speech verb elsewhere ("院长王辰带队", "王辰说").
  it('takes the two-character form that the text writes elsewhere', () => {
    expect(specialists(['院长王辰带队调研。', '王辰说，情况良好。']).map((p) => p.name)).toEqual(['王辰']);
  });

  it('merges spellings of one transliterated name and counts the surname alone as a mention', () => {
    const found = people(['航天员约翰·格伦说，飞行很顺利。', '后来约翰?格伦又去了一次。格伦说：“值得。”']);
    expect(found.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([['约翰·格伦', ['约翰·格伦', '约翰?格伦', '格伦']]]);
  });

  // Not people: an organisation ending like one ("林业局"), a pronoun before a cue, a role with no name.
  it.each([
    [['林业局表示，今年植树更多。']],
    [['他说：“没问题。”']],
    [['发言人表示，会议推迟。']],
  ])('%j: nobody', (paragraphs) => {
    expect(people(paragraphs)).toEqual([]);
  });
});
