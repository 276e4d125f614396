import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/data/parseStory';
import { foldPersonName, listPeople } from '../../src/search/people';
import bundled from '../../stories/lecun-musk.json';
import { nativeEvent, nativeStory } from '../helpers/story';

describe('listPeople', () => {
  it('listPeople(story) counts events (people or speakers) and quotes, most quoted first, ties by name', () => {
    const { story } = parseStory(
      nativeStory([
        nativeEvent({ id: 'a', people: ['Zoë Adams', 'Bo Chen'], quotes: [{ text: 'One.', speaker: 'Bo Chen', source: 'src' }] }),
        nativeEvent({
          id: 'b',
          people: ['Bo Chen'],
          quotes: [
            { text: 'Two.', speaker: 'Bo Chen', source: 'src' },
            { text: 'Three.', speaker: 'Ann Lee', source: 'src' },
          ],
        }),
        nativeEvent({ id: 'c', people: ['zoe adams', 'Émile Roux'] }),
      ]),
    );
    if (!story) throw new Error('no story');
    expect(listPeople(story)).toEqual([
      { name: 'Bo Chen', eventCount: 2, quoteCount: 2 },
      { name: 'Ann Lee', eventCount: 1, quoteCount: 1 },
      { name: 'Zoë Adams', eventCount: 2, quoteCount: 0 }, // "zoe adams" is the same person
      { name: 'Émile Roux', eventCount: 1, quoteCount: 0 },
    ]);
  });

  it('listPeople(story) puts LeCun and Musk first in the bundled story', () => {
    const { story } = parseStory(bundled);
    if (!story) throw new Error('no story');
    expect(
      listPeople(story)
        .slice(0, 2)
        .map((person) => person.name),
    ).toEqual(['Yann LeCun', 'Elon Musk']);
  });
});

describe('foldPersonName', () => {
  it('foldPersonName(name) ignores case, diacritics and extra white space', () => {
    expect(foldPersonName('  Yann   LeCun ')).toBe('yann lecun');
    expect(foldPersonName('Zoë')).toBe(foldPersonName('ZOE'));
  });
});
