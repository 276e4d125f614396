// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reduceHtmlToParagraphs } from '../../src/app/reduceHtml';
import { toNativeStory } from '../../src/data/exporters/native';
import { toTimelineJsStory } from '../../src/data/exporters/timelinejs';
import { parseStory } from '../../src/data/parseStory';
import { toPlainText } from '../../src/data/text';
import type { Block, Story } from '../../src/data/types';
import { nativeEvent, nativeStory } from '../helpers/story';

const read = (path: string): unknown => JSON.parse(readFileSync(resolve(path), 'utf8'));
const options = { htmlToParagraphs: reduceHtmlToParagraphs };

/**
 * A story as plain data, without where its events sat in the file; rich text as its plain text,
 * since the native format keeps the words of emphasis and lists, not their markup.
 */
function essence(story: Story | null | undefined): unknown {
  if (!story) return null;
  const { events, ...rest } = story;
  const plain = (blocks: readonly Block[] | undefined): string | undefined => (blocks === undefined ? undefined : toPlainText(blocks));
  return {
    ...rest,
    events: events.map(({ fileIndex: _fileIndex, ...event }) => ({
      ...event,
      summary: plain(event.summary),
      media: event.media && { ...event.media, caption: plain(event.media.caption), credit: plain(event.media.credit) },
    })),
  };
}

describe('round trips keep the model stable', () => {
  it.each(['stories/lecun-musk.json', 'test/fixtures/stories/timelinejs-full.json'])('%s → native JSON → the same story', (path) => {
    const original = parseStory(read(path), options);
    const again = parseStory(JSON.parse(JSON.stringify(toNativeStory(original.story as Story))), options);
    expect(again.issues).toEqual([]);
    expect(essence(again.story)).toEqual(essence(original.story));
  });

  it("toNativeStory(story) keeps a quote's language, and reading it back gives it again", () => {
    const original = parseStory(
      nativeStory([
        nativeEvent({
          quotes: [
            { text: '見てみよう', speaker: 'A', lang: 'ja' },
            { text: 'Hi', speaker: 'B' },
          ],
        }),
      ]),
    );
    const native = toNativeStory(original.story as Story);
    expect((native.events as { quotes: unknown[] }[])[0]?.quotes).toEqual([
      { text: '見てみよう', speaker: 'A', lang: 'ja' },
      { text: 'Hi', speaker: 'B' },
    ]);
    expect(parseStory(JSON.parse(JSON.stringify(native))).story?.events[0]?.quotes[0]?.lang).toBe('ja');
  });

  it('TimelineJS → native → TimelineJS keeps the fields both formats have', () => {
    const original = parseStory(read('test/fixtures/stories/timelinejs-full.json'), options);
    const again = parseStory(JSON.parse(JSON.stringify(toTimelineJsStory(original.story as Story))), options);
    expect(again.issues).toEqual([]);
    const shared = (story: Story | null) => ({
      title: story?.title,
      description: story?.description,
      categories: story?.categories.map((category) => category.label),
      eras: story?.eras,
      events: story?.events.map((event) => ({
        id: event.id,
        start: event.start,
        end: event.end,
        headline: event.headline,
        summary: event.summary,
        category: event.category.label,
        displayDate: event.displayDate,
        media: event.media,
      })),
    });
    expect(shared(again.story)).toEqual(shared(original.story));
  });
});
