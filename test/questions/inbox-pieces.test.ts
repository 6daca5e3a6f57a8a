// The inbox's pure pieces: where a question sits among the list's entries (for keeping the open one in
// view), how waiting times read, and how templates are numbered for Alt+1…9.
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../renderer/features/questions/duration';
import { entryAt, entryOf, questionGroups } from '../../renderer/features/questions/question-entries';
import { orderedTemplates } from '../../renderer/features/questions/template-order';
import { excerpt, percentile } from '../../electron/questions/question-detail';
import type { Template } from '../../shared/questions';

describe('inbox pieces', () => {
  it('finds the entry of each question, inverse of entryAt', () => {
    const groups = questionGroups(7, 3);
    for (let index = 0; index < 7; index += 1) {
      const entry = entryOf(index, groups);
      expect(entry).not.toBeNull();
      expect(entryAt(entry ?? -1, groups)).toMatchObject({ kind: 'question', index });
    }
    expect(entryOf(7, groups)).toBeNull();
    expect(entryOf(0, questionGroups(2, 0))).toBe(1);
  });

  it('writes waiting times short, at least a minute', () => {
    expect(formatDuration(0, 'en-US')).toBe('1m');
    expect(formatDuration(45 * 60_000, 'en-US')).toBe('45m');
    expect(formatDuration((3 * 60 + 20) * 60_000, 'en-US')).toBe('3h 20m');
    expect(formatDuration(30 * 3_600_000, 'en-US')).toBe('30h');
    expect(formatDuration((2 * 24 + 4) * 3_600_000, 'es-AR')).toBe('2 días 4h');
    expect(formatDuration(40 * 24 * 3_600_000, 'pt-BR')).toBe('40 dias');
    // A unit left out is rounded, as "hace 30 días" beside it is.
    expect(formatDuration((29 * 24 + 14) * 3_600_000, 'es-AR')).toBe('30 días');
    expect(formatDuration((10 * 60 + 40) * 60_000, 'en-US')).toBe('11h');
    expect(formatDuration((47 * 60 + 50) * 60_000, 'es-AR')).toBe('2 días');
    expect(formatDuration((3 * 24 + 5) * 3_600_000 + 40 * 60_000, 'es-AR')).toBe('3 días 6h');
  });

  it("numbers the store's language first, then the rest, by name", () => {
    const template = (id: number, name: string, language: Template['language']): Template => ({ id, name, language, text: name, updatedAt: '' });
    const ordered = orderedTemplates([template(1, 'Zeta', 'es'), template(2, 'Alfa', 'pt-BR'), template(3, 'Beta', 'es'), template(4, 'Alfa', 'en')], 'pt-BR');
    expect(ordered.map((entry) => entry.id)).toEqual([2, 4, 3, 1]);
  });

  it('cuts descriptions at a word and takes percentiles between neighbours', () => {
    expect(excerpt('uno  dos\n\ntres')).toBe('uno dos tres');
    expect(excerpt(`${'palabra '.repeat(60)}fin`, 40)).toBe('palabra palabra palabra palabra palabra…');
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([10], 0.9)).toBe(10);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(3);
    expect(percentile([0, 100], 0.9)).toBe(90);
  });
});
