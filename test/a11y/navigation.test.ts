import { describe, expect, it } from 'vitest';
import { createMonthDelegate, moveFocus } from '../../src/a11y/navigation';
import { getYearStart } from '../../src/data/civilDate';

const times = ['2023-10-14', '2024-05-26', '2024-05-27', '2024-05-28', '2024-06-02', '2024-06-03'].map((date) => Date.parse(`${date}T00:00Z`));
const delegate = createMonthDelegate(times);

describe('moveFocus', () => {
  it('moveFocus(index, previous/next) steps one event and stops at the ends', () => {
    expect(moveFocus(2, 'next', delegate)).toBe(3);
    expect(moveFocus(2, 'previous', delegate)).toBe(1);
    expect(moveFocus(5, 'next', delegate)).toBe(5);
    expect(moveFocus(0, 'previous', delegate)).toBe(0);
  });

  it('moveFocus(index, first/last) goes to the ends', () => {
    expect(moveFocus(3, 'first', delegate)).toBe(0);
    expect(moveFocus(3, 'last', delegate)).toBe(5);
  });

  it('moveFocus(index, pageNext) goes to the first event of the next month with events', () => {
    expect(moveFocus(0, 'pageNext', delegate)).toBe(1);
    expect(moveFocus(2, 'pageNext', delegate)).toBe(4);
    expect(moveFocus(4, 'pageNext', delegate)).toBe(5);
  });

  it('moveFocus(index, pagePrevious) goes to the first event of the previous month with events', () => {
    expect(moveFocus(5, 'pagePrevious', delegate)).toBe(1);
    expect(moveFocus(3, 'pagePrevious', delegate)).toBe(0);
    expect(moveFocus(1, 'pagePrevious', delegate)).toBe(0);
  });

  it('moveFocus(index, pageNext/pagePrevious) pages by year beyond Date’s range, where dates are years', () => {
    const cosmic = createMonthDelegate([getYearStart(-13_800_000_000), getYearStart(-13_800_000_000), getYearStart(-4_600_000_000), Date.UTC(2024, 4, 27)]);
    expect(moveFocus(0, 'pageNext', cosmic)).toBe(2);
    expect(moveFocus(2, 'pageNext', cosmic)).toBe(3);
    expect(moveFocus(3, 'pagePrevious', cosmic)).toBe(2);
    expect(moveFocus(2, 'pagePrevious', cosmic)).toBe(0);
  });

  it('moveFocus(index, intent) gives -1 when there are no events', () => {
    expect(moveFocus(0, 'next', createMonthDelegate([]))).toBe(-1);
  });
});
