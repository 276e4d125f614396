// Which media images a page may show: small, so every page has it; the media card loads on first use.

/**
 * Which images a page shows: those on the story file's origin, and those on the hosts its owner
 * allows (`?images=host,host` or the build's `VITE_QUOTELINE_IMAGE_HOSTS`). Nothing else is loaded.
 */
export interface MediaPolicy {
  /** Origin of the story file (`https://news.example`), or undefined for a local file. */
  storyOrigin?: string | undefined;
  /** Host names images may come from, e.g. `upload.wikimedia.org`; `*.example.org` allows subdomains. */
  imageHosts: readonly string[];
}

/** The policy that loads nothing from anywhere. */
export const NO_MEDIA: MediaPolicy = { imageHosts: [] };

/** Reads a comma-separated host list (`?images=a.org,*.b.org`), keeping only plausible host names. */
export function parseImageHosts(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host));
}
