// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IssueList } from '../../src/components/IssueList';
import { parseStory } from '../../src/data/parseStory';
import { TranslatorContext } from '../../src/hooks/useTranslator';
import fr from '../../src/i18n/catalogs/fr';
import { createTranslator } from '../../src/i18n/translate';

afterEach(cleanup);

const french = createTranslator(fr, 'fr');
const { issues } = parseStory({
  quoteline: 2,
  title: 'T',
  categories: [{ id: 'critique', label: 'Critique', shape: 'square' }],
  events: [{ id: 'a', start: '2024-05-27', headline: 'A', category: 'critque' }],
});

describe('IssueList', () => {
  it('words each problem in the translator’s language, its path and the values found as in the file', () => {
    render(
      <TranslatorContext.Provider value={french}>
        <IssueList issues={issues} isFatal={false} />
      </TranslatorContext.Provider>,
    );
    const item = screen.getByRole('listitem');
    expect(item.querySelector('code')?.textContent).toBe('events[0].category');
    expect(item.textContent).toBe(
      'events[0].category: "critque" ne fait pas partie des catégories de l’histoire ("critique")\u00a0; cet événement est écarté\u00a0; vouliez-vous dire "critique"\u00a0?',
    );
  });

  it('is English outside a timeline or page that gives it a translator (the make page)', () => {
    render(<IssueList issues={issues} isFatal={false} />);
    expect(screen.getByRole('listitem').textContent).toBe(`events[0].category: ${issues[0]?.message}`);
  });
});
