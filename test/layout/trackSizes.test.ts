import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getTrackSize, getTrackSizeRange, TRACK_SIZES, TRACK_WIDTHS, trackSizeKey, VERTICAL_BELOW_PX } from '../../src/layout/trackSizes';

describe('track sizes', () => {
  it('phones and narrow columns get the vertical list; wider containers the widest layout that fits', () => {
    expect(getTrackSize(320)).toEqual({ orientation: 'vertical' });
    expect(getTrackSize(599.9)).toEqual({ orientation: 'vertical' });
    expect(getTrackSize(600)).toEqual({ orientation: 'horizontal', width: 560 });
    expect(getTrackSize(1200)).toEqual({ orientation: 'horizontal', width: 1200 });
    expect(getTrackSize(1100)).toEqual({ orientation: 'horizontal', width: 720 });
    expect(getTrackSize(1919)).toEqual({ orientation: 'horizontal', width: 1840 });
  });

  it('every container width falls in exactly one size range, and a horizontal layout never exceeds its container', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5000, noNaN: true }), (width) => {
        const matching = TRACK_SIZES.filter((size) => {
          const range = getTrackSizeRange(size);
          return width >= range.min && width < range.max;
        });
        expect(matching).toEqual([getTrackSize(width)]);
        const size = getTrackSize(width);
        if (size.orientation === 'horizontal') expect(size.width).toBeLessThanOrEqual(width);
        else expect(width).toBeLessThan(VERTICAL_BELOW_PX);
      }),
    );
  });

  it('names each size once', () => {
    expect(new Set(TRACK_SIZES.map(trackSizeKey)).size).toBe(TRACK_WIDTHS.length + 1);
  });
});
