// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRovingFocus, type RovingFocusResult } from '../../src/hooks/useRovingFocus';

afterEach(cleanup);

function Items({ onReady }: { onReady: (roving: RovingFocusResult<HTMLDivElement>) => void }) {
  const roving = useRovingFocus<HTMLDivElement>('data-key');
  const { containerRef } = roving;
  useEffect(() => {
    onReady(roving);
  });
  return (
    <div ref={containerRef}>
      {['a', 'b"c'].map((key) => (
        <button key={key} type="button" data-key={key}>
          <span>{`Item ${key}`}</span>
        </button>
      ))}
    </div>
  );
}

describe('useRovingFocus', () => {
  it('useRovingFocus(attribute) focuses an item by key, even one with quotes, and names the item of a target', () => {
    let roving: RovingFocusResult<HTMLDivElement> | undefined;
    render(<Items onReady={(value) => (roving = value)} />);
    expect(roving?.focusItem('b"c')).toBe(document.activeElement);
    expect(document.activeElement?.textContent).toBe('Item b"c');
    expect(roving?.focusItem('missing')).toBeNull();
    expect(roving?.getKey(screen.getByText('Item a'))).toBe('a');
    expect(roving?.getKey(document.body)).toBeUndefined();
  });
});
