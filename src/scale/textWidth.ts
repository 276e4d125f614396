/**
 * Advance widths in em of DejaVu Sans, the widest of the common UI fonts (wider than Arial,
 * Helvetica, Roboto, Segoe UI and San Francisco), so estimates are upper bounds on most systems.
 */
const CHAR_WIDTHS_EM: Record<string, number> = {
  ' ': 0.318,
  '!': 0.4,
  '"': 0.46,
  '#': 0.838,
  $: 0.636,
  '%': 0.95,
  '&': 0.78,
  "'": 0.275,
  '(': 0.39,
  ')': 0.39,
  '*': 0.5,
  '+': 0.838,
  ',': 0.318,
  '-': 0.361,
  '.': 0.318,
  '/': 0.337,
  ':': 0.337,
  ';': 0.337,
  '<': 0.838,
  '=': 0.838,
  '>': 0.838,
  '?': 0.531,
  '@': 1,
  '[': 0.39,
  ']': 0.39,
  _: 0.5,
  '|': 0.337,
  A: 0.684,
  B: 0.686,
  C: 0.698,
  D: 0.77,
  E: 0.632,
  F: 0.575,
  G: 0.775,
  H: 0.752,
  I: 0.295,
  J: 0.295,
  K: 0.656,
  L: 0.557,
  M: 0.863,
  N: 0.748,
  O: 0.787,
  P: 0.603,
  Q: 0.787,
  R: 0.695,
  S: 0.635,
  T: 0.611,
  U: 0.732,
  V: 0.684,
  W: 0.989,
  X: 0.685,
  Y: 0.611,
  Z: 0.685,
  a: 0.613,
  b: 0.635,
  c: 0.55,
  d: 0.635,
  e: 0.615,
  f: 0.352,
  g: 0.635,
  h: 0.634,
  i: 0.278,
  j: 0.278,
  k: 0.579,
  l: 0.278,
  m: 0.974,
  n: 0.634,
  o: 0.612,
  p: 0.635,
  q: 0.635,
  r: 0.411,
  s: 0.521,
  t: 0.392,
  u: 0.634,
  v: 0.592,
  w: 0.818,
  x: 0.592,
  y: 0.592,
  z: 0.525,
  '‘': 0.318,
  '’': 0.318,
  '“': 0.513,
  '”': 0.513,
  '–': 0.5,
  '—': 1,
  '…': 1,
  '·': 0.318,
};
const DIGIT_WIDTH_EM = 0.636;
const LATIN_FALLBACK_EM = 0.7;
const WIDE_FALLBACK_EM = 1;
/** Safety margin on estimates: fonts differ in kerning and hinting. @default 0.04 */
export const TEXT_WIDTH_MARGIN = 0.04;

/**
 * Estimates text width in pixels without a DOM, as an upper bound for common UI fonts. The
 * layout uses only this estimate, so the server and the browser lay out the same markup and
 * hydration never moves anything.
 */
export function estimateTextWidth(text: string, fontSizePx: number): number {
  let em = 0;
  for (const char of text) {
    const known = CHAR_WIDTHS_EM[char];
    if (known !== undefined) em += known;
    else if (char >= '0' && char <= '9') em += DIGIT_WIDTH_EM;
    else em += (char.codePointAt(0) ?? 0) < 0x2e80 ? LATIN_FALLBACK_EM : WIDE_FALLBACK_EM;
  }
  return Math.ceil(em * fontSizePx * (1 + TEXT_WIDTH_MARGIN));
}
