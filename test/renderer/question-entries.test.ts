/** The Questions list's entries: a heading per non-empty group, then its questions in the query's order. */
import { describe, expect, it } from 'vitest';
import { entryAt, entryCount, questionGroups } from '../../renderer/features/questions/question-entries';

describe('question entries', () => {
  it('puts the unanswered group first and each question under its heading', () => {
    const groups = questionGroups(5, 2);
    expect(entryCount(groups)).toBe(7);
    const entries = Array.from({ length: 7 }, (_, n) => entryAt(n, groups));
    expect(entries.map((entry) => (entry?.kind === 'question' ? `${entry.group.id}:${entry.index}@${entry.position}` : `# ${entry?.group.id}`))).toEqual([
      '# unanswered',
      'unanswered:0@1',
      'unanswered:1@2',
      '# answered',
      'answered:2@1',
      'answered:3@2',
      'answered:4@3',
    ]);
    expect(entryAt(7, groups)).toBeNull();
  });

  it('leaves out an empty group and its heading, and clamps a count larger than the total', () => {
    expect(questionGroups(3, 0).map((group) => group.id)).toEqual(['answered']);
    expect(questionGroups(3, 9)).toEqual([{ id: 'unanswered', first: 0, count: 3 }]);
    expect(entryCount(questionGroups(0, 0))).toBe(0);
  });
});
