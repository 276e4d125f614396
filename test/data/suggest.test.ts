import { describe, expect, it } from 'vitest';
import { findUnknownFields, suggest } from '../../src/data/suggest';
import { suggestDateText, suggestNumber, suggestTimeZone } from '../../src/data/suggestDate';

describe('did you mean', () => {
  it('suggest(input, candidates) offers a match but for case, else the nearest close enough, else nothing', () => {
    expect(suggest('HEADLINE', ['headline', 'label'])).toBe('headline');
    expect(suggest('headlin', ['headline', 'label'])).toBe('headline');
    expect(suggest('titel', ['title', 'lang'])).toBe('title');
    expect(suggest('xyz', ['headline', 'label'])).toBeUndefined();
    expect(suggest('ab', ['id'])).toBeUndefined();
  });

  it('findUnknownFields(record, known, path) warns about each unknown key, with the nearest known one', () => {
    expect(findUnknownFields({ id: 'a', sumary: 'x', colour: 'red' }, ['id', 'summary', 'color'], 'events[2]')).toMatchObject([
      { path: 'events[2].sumary', message: 'unknown field "sumary" is ignored; did you mean "summary"?', fix: 'summary' },
      { path: 'events[2].colour', message: 'unknown field "colour" is ignored; did you mean "color"?', fix: 'color' },
    ]);
  });

  it('findUnknownFields(record, known, path) gives an empty key the path of its object, never an empty one (found by fuzzing)', () => {
    expect(findUnknownFields({ '': 1 }, ['id'], '')).toMatchObject([{ path: '(file)', message: 'unknown field "" is ignored' }]);
    expect(findUnknownFields({ '': 1 }, ['id'], 'events[2]')).toMatchObject([{ path: 'events[2]', message: 'unknown field "" is ignored' }]);
  });

  it('suggestDateText(text) offers a native date only when the fix then parses', () => {
    expect(suggestDateText('2024/05/27')).toBe('2024-05-27');
    expect(suggestDateText('2024.5.27')).toBe('2024-05-27');
    expect(suggestDateText('20244-05-27')).toBe('2024-05-27');
    expect(suggestDateText('2O24-05')).toBe('2024-05');
    expect(suggestDateText('2024-05-27 21:15')).toBe('2024-05-27T21:15');
    expect(suggestDateText('2024-05-27T21:15:00Z')).toBe('2024-05-27T21:15');
    expect(suggestDateText('2024-02-31')).toBeUndefined();
    expect(suggestDateText('last Tuesday')).toBeUndefined();
  });

  it('suggestNumber(text, part) reads month names and letters typed for digits', () => {
    expect(suggestNumber('May', 'month')).toBe('5');
    expect(suggestNumber('Sept.', 'month')).toBe('9');
    expect(suggestNumber('Febuary', 'month')).toBe('2');
    expect(suggestNumber('2O24', 'year')).toBe('2024');
    expect(suggestNumber('2,024', 'year')).toBe('2024');
    expect(suggestNumber('twenty', 'year')).toBeUndefined();
  });

  it('suggestTimeZone(text) finds the IANA zone meant', () => {
    expect(suggestTimeZone('Europe/Pari')).toBe('Europe/Paris');
    expect(suggestTimeZone('America/New York')).toBe('America/New_York');
    expect(suggestTimeZone('Mars/Olympus')).toBeUndefined();
  });
});
