// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlacementContext, usePlacement, type PlacementSink } from '../../src/hooks/usePlacement';
import { createPlacementRules, getPlacementRule } from '../../src/layout/placement';

function Marks() {
  const place = usePlacement();
  return (
    <div className="marks">
      <div id="a" {...place('ql-mark', { left: '10.0000%', '--ql-lane': 1 })} />
      <div id="b" {...place('ql-mark ql-mark-selected', { left: '20.0000%', width: 24 })} />
    </div>
  );
}

const IGNORE: PlacementSink = { add: () => undefined };
let root: Root | undefined;

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

describe('usePlacement', () => {
  it('usePlacement() places by style attribute on the server outside a PlacementContext (the library default)', () => {
    const html = renderToString(<Marks />);
    expect(html).toContain('style="left:10.0000%;--ql-lane:1"');
    expect(html).not.toContain('ql-at-');
  });

  it('usePlacement() places by class on the server inside a PlacementContext, and collects each rule', () => {
    const rules = createPlacementRules();
    const html = renderToString(
      <PlacementContext value={rules}>
        <Marks />
      </PlacementContext>,
    );
    const a = getPlacementRule({ left: '10.0000%', '--ql-lane': 1 });
    const b = getPlacementRule({ left: '20.0000%', width: 24 });
    expect(html).not.toContain('style=');
    expect(html).toContain(`class="ql-mark ${a.className}"`);
    expect(html).toContain(`class="ql-mark ql-mark-selected ${b.className}"`);
    expect(rules.toStyleSheet().split('\n').filter(Boolean).sort()).toEqual([a.rule, b.rule].sort());
  });

  it('usePlacement() hydrates the classes without a mismatch, then moves to style and drops them', () => {
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = renderToString(
      <PlacementContext value={createPlacementRules()}>
        <Marks />
      </PlacementContext>,
    );
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const recoverable = vi.fn();
    act(() => {
      root = hydrateRoot(
        container,
        <PlacementContext value={IGNORE}>
          <StrictMode>
            <Marks />
          </StrictMode>
        </PlacementContext>,
        { onRecoverableError: recoverable },
      );
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    const a = container.querySelector<HTMLElement>('#a');
    const b = container.querySelector<HTMLElement>('#b');
    expect(a?.className).toBe('ql-mark');
    expect(a?.style.left).toBe('10%');
    expect(a?.style.getPropertyValue('--ql-lane')).toBe('1');
    expect(b?.className).toBe('ql-mark ql-mark-selected');
    expect(b?.style.width).toBe('24px');
  });
});
