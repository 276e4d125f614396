const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

/** True for absolute http(s) and mailto URLs, the only links data may carry. */
export function isSafeLink(href: string): boolean {
  return hasProtocol(href, SAFE_PROTOCOLS);
}

/** True for absolute http(s) URLs (sources, stories). */
export function isWebUrl(href: string): boolean {
  return hasProtocol(href, WEB_PROTOCOLS);
}

function hasProtocol(href: string, protocols: ReadonlySet<string>): boolean {
  if (!URL.canParse(href)) return false;
  return protocols.has(new URL(href).protocol);
}
