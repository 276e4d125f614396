import type { ProblemKey } from '../i18n/catalogs/en';
import { createIssue } from './createIssue';
import type { MediaPolicy } from './mediaPolicy';
import type { DataIssue, Media } from './types';

export { NO_MEDIA, parseImageHosts, type MediaPolicy } from './mediaPolicy';

/** What a media link points at, for the card's wording. */
export type MediaKind = 'image' | 'video' | 'audio' | 'post' | 'map' | 'document' | 'page';

/** Hosts whose links are videos, posts, audio or maps (TimelineJS's media types), by kind. */
const HOST_KINDS: readonly (readonly [RegExp, MediaKind, string])[] = [
  [/(^|\.)(youtube\.com|youtu\.be)$/, 'video', 'YouTube'],
  [/(^|\.)vimeo\.com$/, 'video', 'Vimeo'],
  [/(^|\.)dailymotion\.com$/, 'video', 'Dailymotion'],
  [/(^|\.)(twitter\.com|x\.com)$/, 'post', 'X'],
  [/(^|\.)instagram\.com$/, 'post', 'Instagram'],
  [/(^|\.)facebook\.com$/, 'post', 'Facebook'],
  [/(^|\.)(bsky\.app)$/, 'post', 'Bluesky'],
  [/(^|\.)soundcloud\.com$/, 'audio', 'SoundCloud'],
  [/(^|\.)spotify\.com$/, 'audio', 'Spotify'],
  [/(^|\.)google\.[a-z.]+$/, 'map', 'Google'],
  [/(^|\.)wikipedia\.org$/, 'page', 'Wikipedia'],
  [/(^|\.)wikimedia\.org$/, 'page', 'Wikimedia Commons'],
  [/(^|\.)documentcloud\.org$/, 'document', 'DocumentCloud'],
];

const IMAGE_PATH = /\.(avif|gif|jpe?g|png|svg|webp)$/i;
const AUDIO_PATH = /\.(mp3|m4a|ogg|wav)$/i;
const VIDEO_PATH = /\.(mp4|webm|mov)$/i;

/** A media link described: its kind and the name of the site it is on ("YouTube", "example.org"). */
export interface MediaLink {
  kind: MediaKind;
  site: string;
}

/** Tells what a media URL is, from its host and path (no request is made). */
export function describeMediaUrl(url: string): MediaLink {
  if (!URL.canParse(url)) return { kind: 'page', site: url };
  const { hostname, pathname } = new URL(url);
  const host = hostname.replace(/^www\./, '');
  // A file's type wins over its host: upload.wikimedia.org/…/photo.jpg is an image.
  if (IMAGE_PATH.test(pathname)) return { kind: 'image', site: host };
  if (AUDIO_PATH.test(pathname)) return { kind: 'audio', site: host };
  if (VIDEO_PATH.test(pathname)) return { kind: 'video', site: host };
  for (const [pattern, kind, site] of HOST_KINDS) if (pattern.test(host)) return { kind: pathname.startsWith('/maps') ? 'map' : kind, site };
  return { kind: 'page', site: host };
}

/** The URL of the image to show for a media item, or undefined when it is shown as a link only. */
export function getAllowedImage(media: Media, policy: MediaPolicy): string | undefined {
  const candidate = describeMediaUrl(media.url).kind === 'image' ? media.url : media.thumbnail;
  if (candidate === undefined || !URL.canParse(candidate)) return undefined;
  const { origin, hostname, protocol } = new URL(candidate);
  if (protocol !== 'https:' && protocol !== 'http:') return undefined;
  if (policy.storyOrigin !== undefined && origin === policy.storyOrigin) return candidate;
  return policy.imageHosts.some((host) => matchesHost(hostname, host)) ? candidate : undefined;
}

function matchesHost(hostname: string, pattern: string): boolean {
  const host = pattern.trim().toLowerCase();
  if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
  return hostname === host;
}

/** The warning for a media item that will be shown as a link rather than loaded, or null. */
export function checkMedia(media: Media, path: string, policy: MediaPolicy): DataIssue | null {
  if (getAllowedImage(media, policy) !== undefined) return null;
  const { kind, site } = describeMediaUrl(media.url);
  if (kind === 'image' || media.thumbnail !== undefined) {
    const host = URL.canParse(kind === 'image' ? media.url : (media.thumbnail ?? '')) ? new URL(kind === 'image' ? media.url : (media.thumbnail ?? '')).hostname : site;
    return createIssue(path, 'problem.media.imageNotLoaded', { host });
  }
  return createIssue(path, LINKED[kind], { site });
}

/** The warning for each kind of media shown as a link (an image's is `problem.media.imageNotLoaded`). */
const LINKED: Record<Exclude<MediaKind, 'image'>, ProblemKey> = {
  video: 'problem.media.videoLinked',
  audio: 'problem.media.audioLinked',
  post: 'problem.media.postLinked',
  map: 'problem.media.mapLinked',
  document: 'problem.media.documentLinked',
  page: 'problem.media.pageLinked',
};
