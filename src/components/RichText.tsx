import type { Paragraph } from '../data/types';

/** Props of `RichText`. */
export interface RichTextProps {
  paragraphs: readonly Paragraph[];
  /** tabindex for links; -1 takes them out of the Tab order (hidden copies). */
  linkTabIndex?: -1 | undefined;
}

/** Paragraphs of data text rendered as text, with links only where the data had safe ones. */
export function RichText({ paragraphs, linkTabIndex }: RichTextProps) {
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="ql-summary">
          {paragraph.map((inline, inlineIndex) =>
            inline.href === undefined ? (
              inline.text
            ) : (
              <a key={inlineIndex} href={inline.href} target="_blank" rel="noopener noreferrer" tabIndex={linkTabIndex}>
                {inline.text}
              </a>
            ),
          )}
        </p>
      ))}
    </>
  );
}
