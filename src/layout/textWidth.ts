/** Average advance of a character of the UI font, as a share of the font size. @default 0.56 */
export const AVERAGE_CHAR_WIDTH_EM = 0.56;

/**
 * Estimates text width in pixels without a DOM (layout must run on the server too). Errs wide:
 * the system UI fonts average about 0.5 em for mixed-case text.
 */
export function estimateTextWidth(text: string, fontSizePx: number): number {
  return Math.ceil(text.length * fontSizePx * AVERAGE_CHAR_WIDTH_EM);
}
