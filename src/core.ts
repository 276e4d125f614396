// React-free entry: data, dates, scale and layout.
export { CATEGORIES } from './data/types';
export { parseStory, detectFormat, needsHtmlReducer } from './data/parseStory';
export { importQuoteline } from './data/importers/quoteline';
export { importTimelineJs } from './data/importers/timelinejs';
export { reduceHtmlNodes } from './data/html';
export { createCivilDate, parseCivilDate, toAxisTime, toDateTimeAttribute, isTimeZone } from './data/civilDate';
export { formatCivilDate, formatCivilRange } from './data/formatDate';
export { getInitialEventId, getIdFromHash } from './data/selection';
export { isSafeLink, isWebUrl } from './data/safeUrl';
export { createTimeScale, getTimeExtent } from './scale/timeScale';
export { getTicks } from './scale/ticks';
export { formatTicks } from './scale/tickFormat';
export { assignLanes } from './layout/lanes';
export { layoutTimeline, getTrackWidth, MIN_TRACK_WIDTH_PX } from './layout/layoutTimeline';
export type {
  CivilDate,
  Precision,
  Category,
  Inline,
  Paragraph,
  Source,
  Quote,
  EditorNote,
  TimelineEvent,
  Era,
  Story,
  DataIssue,
  StoryFormat,
  ParseResult,
  HtmlToParagraphs,
} from './data/types';
export type { ParseStoryOptions } from './data/parseStory';
export type { TimeScaleOptions, TimeExtent } from './scale/timeScale';
export type { Tick } from './scale/ticks';
export type { Box, LanePlacement } from './layout/lanes';
export type { EventLayout, LayoutOptions, TimelineLayout } from './layout/layoutTimeline';
