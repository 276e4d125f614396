// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { QuoteFigure } from '../../src/components/QuoteFigure';
import type { Quote } from '../../src/data/types';
import { TranslatorContext } from '../../src/hooks/useTranslator';
import { en } from '../../src/i18n/catalogs/en';
import { createTranslator } from '../../src/i18n/translate';

afterEach(cleanup);

/** The quote's `<blockquote>`, rendered on a page in `pageLocale`. */
function renderQuote(quote: Quote, pageLocale: string): HTMLElement {
  render(
    <StrictMode>
      <TranslatorContext value={createTranslator(en, pageLocale)}>
        <QuoteFigure quote={quote} source={undefined} />
      </TranslatorContext>
    </StrictMode>,
  );
  const text = screen.getByText(quote.text);
  const blockquote = text.closest('blockquote');
  if (!blockquote) throw new Error('no blockquote');
  return blockquote;
}

describe('QuoteFigure', () => {
  it('QuoteFigure({quote}) marks a quote in another language with its lang, and with dir when its direction differs from the page', () => {
    const arabic = renderQuote({ text: 'سنرى', speaker: 'A', lang: 'ar' }, 'en');
    expect(arabic.getAttribute('lang')).toBe('ar');
    expect(arabic.getAttribute('dir')).toBe('rtl');
  });

  it("QuoteFigure({quote}) gives no dir when the quote reads in the page's direction", () => {
    const french = renderQuote({ text: 'On verra.', speaker: 'A', lang: 'fr' }, 'en');
    expect(french.getAttribute('lang')).toBe('fr');
    expect(french.hasAttribute('dir')).toBe(false);
    cleanup();
    const english = renderQuote({ text: 'We will see.', speaker: 'B', lang: 'en' }, 'ar');
    expect(english.getAttribute('lang')).toBe('en');
    expect(english.getAttribute('dir')).toBe('ltr');
  });

  it("QuoteFigure({quote}) leaves a quote without lang in the page's language", () => {
    const plain = renderQuote({ text: 'Hi', speaker: 'A' }, 'en');
    expect(plain.hasAttribute('lang')).toBe(false);
    expect(plain.hasAttribute('dir')).toBe(false);
  });
});
