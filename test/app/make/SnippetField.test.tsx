// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnippetField } from '../../../src/app/make/SnippetField';

afterEach(cleanup);

const CODE = '<iframe src="https://q.example/embed.html?src=x"></iframe>';

function renderField(writeText: (text: string) => Promise<void>) {
  // userEvent.setup() installs its own clipboard: ours goes on after it.
  const user = userEvent.setup();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const announce = vi.fn();
  render(
    <StrictMode>
      <SnippetField label="Iframe (works in any CMS)" name="iframe" code={CODE} announce={announce} />
    </StrictMode>,
  );
  return { user, announce };
}

describe('SnippetField', () => {
  it('copies the code with the Clipboard API and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    const { user, announce } = renderField(writeText);
    expect(screen.getByRole('textbox', { name: 'Iframe (works in any CMS)' })).toHaveProperty('value', CODE);
    await user.click(screen.getByRole('button', { name: 'Copy iframe code' }));
    expect(writeText).toHaveBeenCalledWith(CODE);
    expect(announce).toHaveBeenCalledWith('Copied the iframe code.');
    expect(screen.getByText('Copied the iframe code.')).toBeTruthy();
  });

  it('selects the code for copying by hand where the clipboard is not allowed', async () => {
    const { user, announce } = renderField(async () => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    await user.click(screen.getByRole('button', { name: 'Copy iframe code' }));
    const field = screen.getByRole<HTMLTextAreaElement>('textbox');
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, CODE.length]);
    expect(announce).toHaveBeenCalledWith('Copying is not allowed here: the code is selected, press Ctrl+C (⌘C on a Mac) to copy it.');
  });
});
