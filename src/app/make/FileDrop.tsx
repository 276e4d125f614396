import { useEffect, useId, useRef, useState, type DragEvent } from 'react';

/** Props of `FileDrop`. */
export interface FileDropProps {
  /** Called with the file the editor chose or dropped. */
  onFile: (file: File) => void;
}

/** The types of file the picker offers: story files as JSON or CSV. */
export const STORY_FILE_ACCEPT = '.json,.csv,application/json,text/csv';

const hasFiles = (event: { dataTransfer: DataTransfer | null }): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * A drop zone around a real file input: choose a file with the keyboard or a pointer, or drop one
 * on the zone. A file dropped elsewhere on the page is ignored rather than opened in its place.
 */
export function FileDrop({ onFile }: FileDropProps) {
  const id = useId();
  const [isOver, setIsOver] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // After the zone's own handlers: what they accepted is theirs, anything else is refused.
    const ignore = (event: globalThis.DragEvent): void => {
      if (!hasFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', ignore);
    window.addEventListener('drop', ignore);
    return () => {
      window.removeEventListener('dragover', ignore);
      window.removeEventListener('drop', ignore);
    };
  }, []);

  const allowDrop = (event: DragEvent<HTMLFieldSetElement>): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setIsOver(true);
  };
  const drop = (event: DragEvent<HTMLFieldSetElement>): void => {
    setIsOver(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    // The input names the dropped file, as it names a chosen one.
    if (inputRef.current) inputRef.current.files = event.dataTransfer.files;
    onFile(file);
  };
  return (
    <fieldset
      className={`ql-make-drop${isOver ? ' ql-make-drop-over' : ''}`}
      onDragEnter={allowDrop}
      onDragOver={allowDrop}
      onDragLeave={(event) => {
        // Leaving for one of the zone's own children is not leaving the zone.
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setIsOver(false);
      }}
      onDrop={drop}
    >
      <legend className="ql-make-label">Or a file from your computer</legend>
      <label htmlFor={`${id}-file`} className="ql-make-hint">
        Choose a JSON or CSV file, or drop it here
      </label>
      <input
        ref={inputRef}
        id={`${id}-file`}
        className="ql-make-file"
        type="file"
        accept={STORY_FILE_ACCEPT}
        onClick={(event) => {
          // The same file chosen again (after fixing it) is a change too.
          event.currentTarget.value = '';
        }}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
        }}
      />
    </fieldset>
  );
}
