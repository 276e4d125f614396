// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LimitedRichText } from '../../src/components/LimitedRichText';

afterEach(cleanup);

describe('LimitedRichText', () => {
  it('shows a long text up to the step, says how much is shown, and shows more on request', async () => {
    const user = userEvent.setup();
    render(
      <StrictMode>
        <LimitedRichText paragraphs={[[{ text: 'a'.repeat(25) }]]} step={10} />
      </StrictMode>,
    );
    expect(screen.getByText('a'.repeat(10))).toBeTruthy();
    expect(screen.getByText(/Shown 10 of 25 characters\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show 10 more' }));
    expect(screen.getByText(/Shown 20 of 25 characters\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show 5 more' }));
    expect(screen.getByText('a'.repeat(25))).toBeTruthy();
    expect(screen.queryByText(/Shown/)).toBeNull();
  });

  it('shows a text within the step as it is, with no note', () => {
    render(<LimitedRichText paragraphs={[[{ text: 'Short.' }]]} step={10} />);
    expect(screen.getByText('Short.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
