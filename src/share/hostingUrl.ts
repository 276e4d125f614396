import { hasHost, readStoryUrl } from './storyUrl';

/** Where an editor will host a story file: nothing typed yet, a URL for the snippets (with notes), or why it cannot be one. */
export type HostingUrlResult = { status: 'empty' } | { status: 'invalid'; message: string } | { status: 'ok'; url: string; notes: string[] };

/**
 * Checks the URL an editor will host a story file at, for the embed snippets of the app at
 * `appHref`: a full address, as the snippets go on other sites. Read as `readStoryUrl` reads it (a sheet's web page becomes its CSV); a file on
 * another site than the app gets a note: the embed reads it from the app's origin, so that server
 * must allow it with `Access-Control-Allow-Origin`.
 */
export function checkHostingUrl(input: string, appHref: string): HostingUrlResult {
  if (input.trim() === '') return { status: 'empty' };
  if (!hasHost(input)) return { status: 'invalid', message: 'Give the file’s full address, starting with https://.' };
  const read = readStoryUrl(input, appHref);
  if (!read.ok) return { status: 'invalid', message: read.message };
  const notes = read.note ? [read.note] : [];
  const { origin } = new URL(read.url);
  const appOrigin = new URL(appHref).origin;
  if (origin !== appOrigin) {
    notes.push(`The timeline at ${appOrigin} reads the file from ${origin}: that server must send the header Access-Control-Allow-Origin (for example “*”).`);
  }
  return { status: 'ok', url: read.url, notes };
}
