import { describe, expect, it } from 'vitest';
import { parseJsonStoryText } from '../../src/data/storyText';

describe('parseJsonStoryText', () => {
  it('parseJsonStoryText(text) says an empty or blank file is empty', () => {
    for (const text of ['', '  \n\t', '\uFEFF']) {
      expect(parseJsonStoryText(text)).toMatchObject({ format: null, story: null, issues: [{ path: '(file)', message: 'is empty: expected a Quoteline or TimelineJS story' }], warnings: [] });
    }
  });

  it('parseJsonStoryText(text) names the line and column of a syntax error', () => {
    const { issues } = parseJsonStoryText('{\n  "events": [],\n  x\n}');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('(file)');
    expect(issues[0]?.message).toMatch(/^is neither JSON nor a TimelineJS sheet as CSV: .*line 3 column 3\)$/);
  });

  it('parseJsonStoryText(text) says what JSON that is not a story holds', () => {
    expect(parseJsonStoryText('[{"headline": "A"}]').issues[0]?.message).toMatch(/^is a list \(JSON array\), not a Quoteline or TimelineJS story/);
    expect(parseJsonStoryText('42').issues[0]?.message).toMatch(/^is a number, not a Quoteline or TimelineJS story/);
  });
});
