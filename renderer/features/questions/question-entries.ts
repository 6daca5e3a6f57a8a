/**
 * The Questions list as one run of entries for the virtualizer: a heading per group, then the group's
 * questions. The cache answers unanswered first, so the first `unanswered` rows form the first group
 * and the rest (answered, closed, under review…) the second; an empty group has no heading.
 */
export type QuestionGroupId = 'unanswered' | 'answered';

export interface QuestionGroup {
  id: QuestionGroupId;
  /** Index of the group's first question in the query's order. */
  first: number;
  count: number;
}

export type QuestionEntry =
  | { kind: 'heading'; group: QuestionGroup }
  /** `index` in the query's order; `position` is 1-based within the group. */
  | { kind: 'question'; group: QuestionGroup; index: number; position: number };

export function questionGroups(total: number, unanswered: number): QuestionGroup[] {
  const first = Math.min(Math.max(0, unanswered), total);
  const groups: QuestionGroup[] = [
    { id: 'unanswered', first: 0, count: first },
    { id: 'answered', first, count: total - first },
  ];
  return groups.filter((group) => group.count > 0);
}

export function entryCount(groups: readonly QuestionGroup[]): number {
  return groups.reduce((sum, group) => sum + group.count + 1, 0);
}

export function entryAt(entry: number, groups: readonly QuestionGroup[]): QuestionEntry | null {
  let rest = entry;
  for (const group of groups) {
    if (rest === 0) return { kind: 'heading', group };
    if (rest <= group.count) return { kind: 'question', group, index: group.first + rest - 1, position: rest };
    rest -= group.count + 1;
  }
  return null;
}

/** The entry showing question `index` (in the query's order), or null when it is in no group. */
export function entryOf(index: number, groups: readonly QuestionGroup[]): number | null {
  let entry = 0;
  for (const group of groups) {
    if (index >= group.first && index < group.first + group.count) return entry + 1 + (index - group.first);
    entry += group.count + 1;
  }
  return null;
}
