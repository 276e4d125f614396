import { Fragment, type ReactNode } from 'react';
import { isList } from '../data/text';
import type { Block, Inline, Paragraph } from '../data/types';
import { MatchText } from './MatchText';
import { useStoryTextLang } from '../hooks/useTranslator';

/** Props of `RichText`. */
export interface RichTextProps {
  /** Paragraphs and lists, as the importers give them. */
  paragraphs: readonly Block[];
  /** tabindex for links; -1 takes them out of the Tab order (hidden copies). */
  linkTabIndex?: -1 | undefined;
  /** Search text whose terms are marked (`<mark>`). @default nothing is marked */
  highlight?: string | undefined;
}

/**
 * Paragraphs and lists of data text rendered as React text, with `em`, `strong` and line breaks
 * where the data has them, and links only where the data had safe ones. Every element is made
 * here; no attribute comes from data but a checked `href`, and no HTML string is ever inserted.
 */
export function RichText({ paragraphs, linkTabIndex, highlight }: RichTextProps) {
  const lang = useStoryTextLang();
  return (
    <>
      {paragraphs.map((block, index) => {
        if (!isList(block)) {
          return (
            <p key={index} className="ql-summary" lang={lang}>
              {renderRuns(block, linkTabIndex, highlight)}
            </p>
          );
        }
        const List = block.list;
        return (
          <List key={index} className="ql-summary ql-summary-list" lang={lang}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{renderRuns(item, linkTabIndex, highlight)}</li>
            ))}
          </List>
        );
      })}
    </>
  );
}

/** An href that starts with an http(s) or mailto scheme, nothing before it. */
const SAFE_HREF = /^(https?|mailto):/i;

function renderRuns(paragraph: Paragraph, linkTabIndex: -1 | undefined, highlight: string | undefined): ReactNode[] {
  return paragraph.map((inline, index) => renderRun(inline, index, linkTabIndex, highlight));
}

function renderRun(inline: Inline, key: number, linkTabIndex: -1 | undefined, highlight: string | undefined): ReactNode {
  const lines = inline.text.split('\n');
  const renderLine = (line: string, index: number): ReactNode => (highlight ? <MatchText key={`t${index}`} text={line} query={highlight} /> : line);
  let content: ReactNode = lines.length === 1 ? renderLine(inline.text, 0) : lines.flatMap((line, index) => (index === 0 ? [renderLine(line, index)] : [<br key={index} />, renderLine(line, index)]));
  if (inline.em) content = <em>{content}</em>;
  if (inline.strong) content = <strong>{content}</strong>;
  // The importers keep safe links only (isSafeLink); checked again here, cheaply, as data may come
  // from elsewhere (the public API): a scheme other than these, or anything before it, is no link.
  if (inline.href !== undefined && SAFE_HREF.test(inline.href)) {
    return (
      <a key={key} href={inline.href} target="_blank" rel="noopener noreferrer" tabIndex={linkTabIndex}>
        {content}
      </a>
    );
  }
  return typeof content === 'string' ? content : <Fragment key={key}>{content}</Fragment>;
}
