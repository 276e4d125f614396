import { describe, expect, it } from 'vitest';
import { createLoadFailure } from '../../src/app/loadFailure';
import { createIssue } from '../../src/data/createIssue';
import { parseStory } from '../../src/data/parseStory';
import { en } from '../../src/i18n/catalogs/en';
import ar from '../../src/i18n/catalogs/ar';
import fr from '../../src/i18n/catalogs/fr';
import ja from '../../src/i18n/catalogs/ja';
import { formatIssue } from '../../src/i18n/formatIssue';
import { createTranslator } from '../../src/i18n/translate';

const english = createTranslator(en, 'en');
const french = createTranslator(fr, 'fr');

describe('formatIssue', () => {
  it('formatIssue(issue, translator) words an issue in French, its fix and the values found as they are', () => {
    const { warnings } = parseStory({ quoteline: 2, title: 'T', events: [], titel: 'x' });
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    expect(warning?.path).toBe('titel');
    expect(formatIssue(warning!, french)).toBe('le champ inconnu "titel" est ignoré\u00a0; vouliez-vous dire "title"\u00a0?');
    expect(formatIssue(warning!, english)).toBe(warning?.message);
  });

  it('formatIssue(issue, translator) leaves a number fix bare, and words dates found in a text', () => {
    const { issues } = parseStory({ events: [{ start_date: { year: '2O24' }, text: { headline: 'A' } }] });
    expect(issues.map((issue) => [issue.path, formatIssue(issue, french)])).toEqual([
      ['events[0].start_date.year', '"2O24" n’est pas un nombre\u00a0: le champ year doit être un nombre\u00a0; vouliez-vous dire 2024\u00a0?'],
    ]);
    const date = parseStory({ quoteline: 2, title: 'T', events: [{ id: 'a', start: '2024-13', headline: 'A' }] }).issues[0];
    expect(date && formatIssue(date, french)).toBe('"2024-13"\u00a0: 13 n’est pas un mois (1–12)');
  });

  it('formatIssue(issue, translator) picks the plural form of the language: Arabic has six, Japanese one', () => {
    const arabic = createTranslator(ar, 'ar');
    const japanese = createTranslator(ja, 'ja');
    const backgrounds = (count: number) => createIssue('(file)', 'problem.timelinejs.backgrounds', { count });
    expect(formatIssue(backgrounds(1), english)).toBe('1 background is ignored: Quoteline draws no slide backgrounds');
    expect(formatIssue(backgrounds(2), arabic)).toBe('تُتجاهل خلفيتان: لا يرسم Quoteline خلفيات الشرائح');
    expect(formatIssue(backgrounds(3), arabic)).toMatch(/^تُتجاهل \S+ خلفيات:/);
    expect(formatIssue(backgrounds(3), japanese)).toBe('3 件の背景は無視されます。Quoteline はスライドの背景を描画しません');
  });

  it('formatIssue(failure, translator) words a load failure, and the problem of an unreadable file within it', async () => {
    const failure = createLoadFailure('problem.load.status', { url: 'https://example.org/s.json', status: '404 Not Found' });
    expect(formatIssue(failure, french)).toBe('Impossible de charger l’histoire depuis https://example.org/s.json\u00a0: le serveur a répondu 404 Not Found.');
    const [cause] = parseStory([1, 2]).issues;
    const unreadable = createLoadFailure('problem.load.unreadable', { url: 'https://example.org/l.json', problem: cause!.message }, cause);
    expect(formatIssue(unreadable, english)).toBe(unreadable.message);
    expect(formatIssue(unreadable, french)).toMatch(/^Le fichier de l’histoire à l’adresse https:\/\/example.org\/l.json est une liste \(tableau JSON\)/);
  });

  it('formatIssue(issue, translator) gives the English message of an issue without a known code', () => {
    expect(formatIssue({ message: 'cannot be read' }, french)).toBe('cannot be read');
    expect(formatIssue({ code: 'problem.nothing', values: {}, message: 'old text' }, french)).toBe('old text');
  });
});
