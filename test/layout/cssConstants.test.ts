import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERA_LABEL_FONT_PX, ERA_LABEL_PADDING_PX } from '../../src/layout/eraBands';
import { LABEL_OFFSET_PX, LABEL_PADDING_PX, MARKER_SIZE_PX } from '../../src/layout/layoutTimeline';
import { LABEL_FONT_PX, TICK_FONT_PX } from '../../src/layout/trackLayout';
import { BREAK_LABEL_FONT_PX } from '../../src/scale/ticks';
import { getTrackSizeRange, TRACK_SIZES, trackSizeKey } from '../../src/layout/trackSizes';

const css = readFileSync(new URL('../../src/components/quoteline.css', import.meta.url), 'utf8');

/** The declarations of the first rule whose selector is exactly `selector`. */
function declarations(selector: string): Record<string, string> {
  const match = new RegExp(`(?:^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\{([^}]*)\\}`).exec(css);
  if (!match?.[1]) throw new Error(`no rule for ${selector} in quoteline.css`);
  return Object.fromEntries(
    match[1]
      .split(';')
      .map((line) => line.replace(/\/\*[\s\S]*?\*\//g, '').trim())
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

describe('quoteline.css and the layout agree', () => {
  it('the marker box is what layoutTimeline measures: label font, dot, gap and padding', () => {
    const marker = declarations('.ql-marker');
    expect(marker['font-size']).toBe(`${LABEL_FONT_PX}px`);
    expect(marker.gap).toBe(`${LABEL_OFFSET_PX}px`);
    expect(marker.padding).toBe(`0 ${LABEL_PADDING_PX / 2}px`);
    expect(declarations('.ql-marker-dot').width).toBe(`${MARKER_SIZE_PX}px`);
  });

  it('tick labels use the font size the ticks are spaced for', () => {
    expect(declarations('.ql-tick-label')['font-size']).toBe(`${TICK_FONT_PX}px`);
  });

  it('era labels use the font size and padding getEraBands fits them with', () => {
    const label = declarations('.ql-era-label');
    expect(label['font-size']).toBe(`${ERA_LABEL_FONT_PX}px`);
    expect(label.padding).toBe(`0 ${ERA_LABEL_PADDING_PX}px`);
  });

  it('break labels use the font size the ticks keep clear of', () => {
    expect(declarations('.ql-break-label')['font-size']).toBe(`${BREAK_LABEL_FONT_PX}px`);
  });

  it('container queries show each prerendered track size over exactly the widths getTrackSize gives it', () => {
    for (const size of TRACK_SIZES) {
      const { min, max } = getTrackSizeRange(size);
      const condition = min === 0 ? `(width < ${max}px)` : max === Infinity ? `(width >= ${min}px)` : `(${min}px <= width < ${max}px)`;
      expect(css, trackSizeKey(size)).toContain(`@container ql ${condition} {\n  .ql-size-${trackSizeKey(size)} {\n    display: block;`);
    }
    expect(css.match(/@container ql /g)?.length ?? 0).toBeGreaterThanOrEqual(TRACK_SIZES.length);
  });
});
