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

/** A file's size as readers see it in messages, to a tenth of a MB (MiB): `70.3 MB`. */
export function formatFileSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Why a file of `bytes` is refused, or null when it is within `limit`: "is 70.3 MB, more than the
 * 64 MB a story file may have", to follow the file's name.
 */
export function describeTooBig(bytes: number, limit: number = MAX_STORY_BYTES): string | null {
  return bytes > limit ? `is ${formatFileSize(bytes)}, more than the ${formatByteLimit(limit)} a story file may have` : null;
}
