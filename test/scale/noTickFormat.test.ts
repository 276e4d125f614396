import { describe, expect, it } from 'vitest';
import * as standIns from '../../src/scale/noTickFormat';

// The build gives d3-scale these in place of d3-format (vite.config.ts): they must cover every
// name d3-scale imports, and fail loudly if a scale's tickFormat is ever called.
describe('noTickFormat', () => {
  it('stands in for every d3-format function d3-scale imports, each throwing with a pointer to Intl', async () => {
    const { readFileSync } = await import('node:fs');
    const d3Scale = readFileSync(new URL('../../node_modules/d3-scale/dist/d3-scale.mjs', import.meta.url), 'utf8');
    const imported = /import \{([^}]*)\} from 'd3-format'/
      .exec(d3Scale)?.[1]
      ?.split(',')
      .map((name) => name.trim().split(' as ')[0] ?? '');
    expect(imported?.length).toBeGreaterThan(0);
    for (const name of imported ?? []) {
      const standIn = (standIns as Record<string, () => never>)[name];
      expect(standIn, name).toBeTypeOf('function');
      expect(() => standIn?.()).toThrow(/Intl/);
    }
  });
});
