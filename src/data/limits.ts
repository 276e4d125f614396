/**
 * Largest story file read, in bytes (64 MiB): by `?src=`, on the make page and by the CLI. A story
 * of 100,000 events with a paragraph each is about 50 MB; a bigger file is refused with a message
 * naming its size and this limit before it is parsed.
 */
export const MAX_STORY_BYTES = 64 * 1024 * 1024;

/** The limit as readers see it in messages: `64 MB`. */
export function formatByteLimit(bytes: number = MAX_STORY_BYTES): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
