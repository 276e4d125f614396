/**
 * The app's one Trusted Types policy, `quoteline`. Under a Content Security Policy with
 * `require-trusted-types-for 'script'` (docs/hosting.md) the browser refuses strings at its
 * injection sinks; the app reaches two, and each gets a value from here only:
 *
 * - `DOMParser.parseFromString`, which builds an inert document that is never inserted into the
 *   page: the HTML reducer reads only text and checked links from it (`toInertHtml`);
 * - `new Worker(url)`, for a worker script of the app's own origin (`toWorkerUrl`).
 *
 * The policy object stays private to this module, so nothing else can mint trusted values.
 */

/** Name of the policy, for a CSP's `trusted-types` directive. */
export const TRUSTED_TYPES_POLICY_NAME = 'quoteline';

interface QuotelinePolicy {
  createHTML(input: string): string;
  createScriptURL(input: string): string;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScriptURL(input: string): string }): QuotelinePolicy;
}

let policy: QuotelinePolicy | null | undefined;

/** The policy, created once; null where the browser has no Trusted Types (the strings are used as they are). */
function getPolicy(): QuotelinePolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  policy = factory
    ? factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
        // Only for DOMParser, whose document is inert and never enters the page (see above).
        createHTML: (input) => input,
        createScriptURL: (input) => sameOriginUrl(input),
      })
    : null;
  return policy;
}

/** A script URL of the page's own origin, absolute; any other origin throws. */
function sameOriginUrl(input: string): string {
  const url = new URL(input, globalThis.location.href);
  if (url.origin !== globalThis.location.origin) throw new TypeError(`Quoteline loads scripts from its own origin only, not ${url.origin}.`);
  return url.href;
}

/**
 * HTML for `DOMParser.parseFromString` only: a TrustedHTML where Trusted Types exist, typed as the
 * string `parseFromString` accepts. Never assign it to `innerHTML` or any other sink.
 */
export function toInertHtml(html: string): string {
  return getPolicy()?.createHTML(html) ?? html;
}

/** A worker script URL of the app's own origin, as `new Worker` accepts it under Trusted Types. */
export function toWorkerUrl(url: string | URL): string {
  const policyNow = getPolicy();
  return policyNow ? policyNow.createScriptURL(String(url)) : sameOriginUrl(String(url));
}
