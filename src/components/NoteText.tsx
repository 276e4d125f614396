import type { EditorNote } from '../data/types';
import { MatchText } from './MatchText';
import { useStoryTextLang, useT } from '../hooks/useTranslator';
import type { MessageKey } from '../i18n/catalogs/en';

/** What a note is called, by kind: its catalog key. */
export const NOTE_LABELS: Record<EditorNote['kind'], MessageKey> = { correction: 'note.correction', context: 'note.context' };

/** Props of `NoteText`. */
export interface NoteTextProps {
  note: EditorNote;
  /** Search text whose terms are marked (`<mark>`). @default nothing is marked */
  highlight?: string | undefined;
}

/** An editor's note or correction, labelled ("Correction: …"). */
export function NoteText({ note, highlight }: NoteTextProps) {
  const { t } = useT();
  const lang = useStoryTextLang();
  return (
    <>
      <strong>{`${t(NOTE_LABELS[note.kind])}: `}</strong>
      {/* The story's words keep their own direction beside a label in the interface's language. */}
      <bdi lang={lang}>
        <MatchText text={note.text} query={highlight} />
      </bdi>
    </>
  );
}
