import type { EditorNote } from '../data/types';

/** What a note is called, by kind. */
export const NOTE_LABELS: Record<EditorNote['kind'], string> = { correction: 'Correction', context: "Editor's note" };

/** Props of `NoteText`. */
export interface NoteTextProps {
  note: EditorNote;
}

/** An editor's note or correction, labelled ("Correction: …"). */
export function NoteText({ note }: NoteTextProps) {
  return (
    <>
      <strong>{`${NOTE_LABELS[note.kind]}: `}</strong>
      {note.text}
    </>
  );
}
