import type { ArticleText } from '../article/types';
import type { Person } from './types';

/** Find named people and their roles. (Placeholder until the people module lands.) */
export function findPeople(_article: ArticleText, _lang: string | null): Person[] {
  return [];
}
