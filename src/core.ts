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
export { createTimeAxis, getTimeExtent } from './scale/timeAxis';
export { findGaps } from './scale/gaps';
export { formatDuration } from './scale/durations';
export { getTicks, getBreakMarks } from './scale/ticks';
export { formatTicks } from './scale/tickFormat';
export { assignLanes, createLanes } from './layout/lanes';
export { layoutTimeline, MIN_TRACK_WIDTH_PX } from './layout/layoutTimeline';
export { normalizeZoom, getVisibleRange, MIN_ZOOM, MAX_ZOOM } from './layout/viewport';
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
export type { TimeAxis, TimeAxisOptions, TimeExtent, AxisSegment, AxisBreak } from './scale/timeAxis';
export type { Gap } from './scale/gaps';
export type { Tick, BreakMark } from './scale/ticks';
export type { Box, LanePlacement, Lanes } from './layout/lanes';
export type { TrackView } from './layout/viewport';
export type { EventLayout, LayoutOptions, TimelineLayout } from './layout/layoutTimeline';
