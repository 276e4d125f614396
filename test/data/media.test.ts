import { describe, expect, it } from 'vitest';
import { checkMedia, describeMediaUrl, getAllowedImage, NO_MEDIA, parseImageHosts } from '../../src/data/media';

describe('media', () => {
  it('describeMediaUrl(url) tells images, videos, posts, audio, maps and pages apart without a request', () => {
    expect(describeMediaUrl('https://upload.wikimedia.org/wikipedia/commons/a/a4/Ada.jpg')).toEqual({ kind: 'image', site: 'upload.wikimedia.org' });
    expect(describeMediaUrl('https://www.youtube.com/watch?v=x')).toEqual({ kind: 'video', site: 'YouTube' });
    expect(describeMediaUrl('https://youtu.be/x')).toEqual({ kind: 'video', site: 'YouTube' });
    expect(describeMediaUrl('https://x.com/user/status/1')).toEqual({ kind: 'post', site: 'X' });
    expect(describeMediaUrl('https://soundcloud.com/a/b')).toEqual({ kind: 'audio', site: 'SoundCloud' });
    expect(describeMediaUrl('https://www.google.com/maps/place/Paris')).toEqual({ kind: 'map', site: 'Google' });
    expect(describeMediaUrl('https://news.example/story')).toEqual({ kind: 'page', site: 'news.example' });
  });

  it('getAllowedImage(media, policy) shows only images on the story origin or an allowed host, over http(s)', () => {
    const image = { url: 'https://upload.wikimedia.org/a.jpg' };
    expect(getAllowedImage(image, NO_MEDIA)).toBeUndefined();
    expect(getAllowedImage(image, { imageHosts: ['upload.wikimedia.org'] })).toBe(image.url);
    expect(getAllowedImage(image, { imageHosts: ['*.wikimedia.org'] })).toBe(image.url);
    expect(getAllowedImage(image, { imageHosts: ['wikimedia.org'] })).toBeUndefined();
    expect(getAllowedImage({ url: 'https://news.example/img/a.png' }, { storyOrigin: 'https://news.example', imageHosts: [] })).toBe('https://news.example/img/a.png');
    // A video is never loaded; its thumbnail is, when its host is allowed.
    expect(getAllowedImage({ url: 'https://www.youtube.com/watch?v=x', thumbnail: 'https://i.ytimg.com/vi/x/0.jpg' }, { imageHosts: ['i.ytimg.com'] })).toBe('https://i.ytimg.com/vi/x/0.jpg');
    expect(getAllowedImage({ url: 'https://www.youtube.com/watch?v=x' }, { imageHosts: ['www.youtube.com'] })).toBeUndefined();
  });

  it('parseImageHosts(text) keeps plausible host names only', () => {
    expect(parseImageHosts(' upload.wikimedia.org, *.example.org ,javascript:alert(1),, ')).toEqual(['upload.wikimedia.org', '*.example.org']);
    expect(parseImageHosts(null)).toEqual([]);
  });

  it('checkMedia(media, path, policy) warns about media that will be a link only, saying how to allow an image', () => {
    expect(checkMedia({ url: 'https://upload.wikimedia.org/a.jpg' }, 'events[0].media', NO_MEDIA)).toMatchObject({
      path: 'events[0].media',
      message: "the image on upload.wikimedia.org is not loaded, only linked: images load from the story's own site, or from hosts the page allows (?images=upload.wikimedia.org)",
    });
    expect(checkMedia({ url: 'https://upload.wikimedia.org/a.jpg' }, 'events[0].media', { imageHosts: ['upload.wikimedia.org'] })).toBeNull();
    expect(checkMedia({ url: 'https://vimeo.com/1' }, 'events[1].media', NO_MEDIA)?.message).toBe(
      'the video on Vimeo is shown as a link, not embedded: Quoteline loads no third-party players, posts or maps',
    );
  });
});
