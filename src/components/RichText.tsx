import type { Paragraph } from '../data/types';

/** Props of `RichText`. */
export interface RichTextProps {
  paragraphs: readonly Paragraph[];
}

/** Paragraphs of data text rendered as text, with links only where the data had safe ones. */
export function RichText({ paragraphs }: RichTextProps) {
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="ql-summary">
          {paragraph.map((inline, inlineIndex) =>
            inline.href === undefined ? (
              inline.text
            ) : (
              <a key={inlineIndex} href={inline.href} target="_blank" rel="noopener noreferrer">
                {inline.text}
              </a>
            ),
          )}
        </p>
      ))}
    </>
  );
}
