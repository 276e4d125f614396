import type { EditorNote } from '../data/types';
import { MatchText } from './MatchText';

/** What a note is called, by kind. */
export const NOTE_LABELS: Record<EditorNote['kind'], string> = { correction: 'Correction', context: "Editor's note" };

/** Props of `NoteText`. */
export interface NoteTextProps {
  note: EditorNote;
  /** Search text whose terms are marked (`<mark>`). @default nothing is marked */
  highlight?: string | undefined;
}

/** An editor's note or correction, labelled ("Correction: …"). */
export function NoteText({ note, highlight }: NoteTextProps) {
  return (
    <>
      <strong>{`${NOTE_LABELS[note.kind]}: `}</strong>
      <MatchText text={note.text} query={highlight} />
    </>
  );
}
