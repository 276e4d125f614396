import { describe, expect, it } from 'vitest';
import { createPlacementRules, getPlacementRule, hashText, toDeclarations } from '../../src/layout/placement';

describe('placement', () => {
  it('toDeclarations(placement) writes CSS as React sets it: kebab-case, numbers in px, custom properties unitless', () => {
    expect(toDeclarations({ left: '12.5000%', minWidth: 1200, right: 24.5, '--ql-lane': 2, '--ql-zoom': 1.5 })).toEqual([
      'left:12.5000%',
      'min-width:1200px',
      'right:24.5px',
      '--ql-lane:2',
      '--ql-zoom:1.5',
    ]);
  });

  it('hashText(text) is the 32-bit FNV-1a hash in base 36', () => {
    expect(hashText('')).toBe((0x811c9dc5).toString(36));
    expect(hashText('a')).toBe((0xe40c292c).toString(36));
    expect(hashText('foobar')).toBe((0xbf9cf968).toString(36));
  });

  it('getPlacementRule(placement) names equal placements alike and gives every declaration !important', () => {
    const rule = getPlacementRule({ left: '10.0000%', '--ql-lane': 1 });
    expect(rule).toEqual(getPlacementRule({ left: '10.0000%', '--ql-lane': 1 }));
    expect(rule.className).toMatch(/^ql-at-[0-9a-z]+$/);
    expect(rule.rule).toBe(`.${rule.className}{left:10.0000% !important;--ql-lane:1 !important}`);
    expect(getPlacementRule({ left: '10.0001%', '--ql-lane': 1 }).className).not.toBe(rule.className);
  });

  it('createPlacementRules() keeps each rule once, sorted by class name, one a line', () => {
    const rules = createPlacementRules();
    const a = getPlacementRule({ left: '1%' });
    const b = getPlacementRule({ left: '2%' });
    rules.add(b);
    rules.add(a);
    rules.add(b);
    const sorted = [a, b].sort((x, y) => (x.className < y.className ? -1 : 1));
    expect(rules.toStyleSheet()).toBe(`${sorted[0]?.rule}\n${sorted[1]?.rule}\n`);
  });

  it('createPlacementRules() throws when two placements share a class name (a hash collision)', () => {
    const rules = createPlacementRules();
    rules.add({ className: 'ql-at-x', rule: '.ql-at-x{left:1% !important}' });
    expect(() => rules.add({ className: 'ql-at-x', rule: '.ql-at-x{left:2% !important}' })).toThrow(/ql-at-x/);
  });
});
