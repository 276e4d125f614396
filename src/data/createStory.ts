import { getPeriodEnd, toAxisTime } from './civilDate';
import type { Category, DataIssue, Era, ParseResult, Story, StoryFormat, StoryView, TimelineEvent } from './types';
import { checkMedia, NO_MEDIA, type MediaPolicy } from './media';
import { createIssue } from './createIssue';
import { suggest } from './suggest';
import { withDefined } from './withDefined';

/** An event as an importer builds it, before axis times are computed. */
export type DraftEvent = Omit<TimelineEvent, 'time' | 'endTime'>;

/** Story fields other than events, as importers read them. */
export interface StoryMeta {
  id: string;
  title: string;
  description: string;
  lang?: string | undefined;
  startEventId?: string | undefined;
  view?: StoryView | undefined;
  credit?: string | undefined;
}

export interface CreateStoryOptions {
  format: StoryFormat;
  meta: StoryMeta;
  /** The story's categories; events refer to these objects. */
  categories: Category[];
  drafts: DraftEvent[];
  issues: DataIssue[];
  warnings: DataIssue[];
  eras: Era[];
  /** Which images the page will show, for warnings about media that will not be loaded. @default nothing is loaded */
  mediaPolicy?: MediaPolicy | undefined;
  /** The name of an event's end field in the file, for problems' paths. @default "end" */
  endField?: string | undefined;
}

/**
 * Finishes an import: checks what needs the whole story (unique ids, end after start, the start
 * event), computes axis times and sorts by time, keeping file order for equal times.
 */
export function createStory({ format, meta, categories, drafts, issues, warnings, eras, mediaPolicy = NO_MEDIA, endField = 'end' }: CreateStoryOptions): ParseResult {
  const firstIndexById = new Map<string, number>();
  const events: TimelineEvent[] = [];
  for (const draft of drafts) {
    const path = `events[${draft.fileIndex}]`;
    const firstIndex = firstIndexById.get(draft.id);
    if (firstIndex !== undefined) {
      issues.push(createIssue(`${path}.id`, 'problem.event.duplicateId', { id: draft.id, event: `events[${firstIndex}]` }));
      continue;
    }
    const time = toAxisTime(draft.start);
    const endTime = draft.end === undefined ? time : toAxisTime(draft.end);
    if (endTime < time) {
      issues.push(createIssue(`${path}.${endField}`, 'problem.event.endBeforeStart'));
      continue;
    }
    firstIndexById.set(draft.id, draft.fileIndex);
    const mediaWarning = draft.media ? checkMedia(draft.media, `${path}.media`, mediaPolicy) : null;
    if (mediaWarning) warnings.push(mediaWarning);
    // Assign rather than spread: a spread would read lazy fields (TimelineJS summaries) now.
    events.push(Object.assign(draft, { time, endTime }));
  }
  events.sort((a, b) => a.time - b.time || a.fileIndex - b.fileIndex);
  const { id, title, description, lang, credit, startEventId } = meta;
  let { view } = meta;
  if (view && getPeriodEnd(view.end) <= toAxisTime(view.start)) {
    issues.push(createIssue('view.end', 'problem.view.endBeforeStart'));
    view = undefined;
  }
  const hasStartEvent = startEventId !== undefined && firstIndexById.has(startEventId);
  if (startEventId !== undefined && !hasStartEvent) {
    issues.push(createIssue('startEventId', 'problem.story.unknownStartEvent', { id: startEventId }, suggest(startEventId, [...firstIndexById.keys()])));
  }
  const story: Story = withDefined({ id, title, description, categories, events, eras }, { lang, credit, startEventId: hasStartEvent ? startEventId : undefined, view });
  return { format, story, issues: sortIssues(issues), warnings: sortIssues(warnings) };
}

/** Issues in file order, so the list reads like the file. */
function sortIssues(issues: DataIssue[]): DataIssue[] {
  return [...issues].sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}
