// React-free entry: data, dates, scale, layout and search.
export { SHAPES, COLORS, DEFAULT_CATEGORY, VERSION_1_CATEGORIES } from './data/types';
export { parseStory, detectFormat } from './data/parseStory';
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
export { normalizeZoom, getPanScroll, MIN_ZOOM, MAX_ZOOM } from './layout/viewport';
export { createTrackGeometry } from './layout/trackGeometry';
export { computeTimelineLayout } from './layout/trackLayout';
export { positionAxisMarks } from './layout/axisMarks';
export { cullTrack, getVisibleWindow, CULL_THRESHOLD } from './layout/cullTrack';
export { placeSpotlight } from './layout/placeSpotlight';
export { getClusterZoom } from './layout/clusterZoom';
export { getOverviewBins } from './layout/overviewBins';
export { zoomAround, getAnchoredScroll } from './layout/zoomAround';
export { keyToIntent, isTypingTarget } from './a11y/keys';
export { getCommand } from './a11y/transition';
export { foldForSearch, findMatchRanges } from './search/normalize';
export { EMPTY_QUERY, isQueryActive } from './search/query';
export { createSearchIndex, searchStory } from './search/searchIndex';
export { listPeople } from './search/people';
export type {
  CivilDate,
  Precision,
  Category,
  Shape,
  Color,
  Media,
  Inline,
  Paragraph,
  List,
  Block,
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
export type { TrackView, PanIntent } from './layout/viewport';
export type { TrackDirection, TrackGeometry } from './layout/trackGeometry';
export type { TimelineLayoutOptions, TimelineLayoutResult } from './layout/trackLayout';
export type { PositionedTick, PositionedBreak } from './layout/axisMarks';
export type { CulledTrack } from './layout/cullTrack';
export type { ZoomAnchor, ZoomAround } from './layout/zoomAround';
export type { Intent, KeyContext } from './a11y/keys';
export type { TimelineCommand, KeyZone } from './a11y/transition';
export type { EventLayout, LayoutOptions, TimelineLayout } from './layout/layoutTimeline';
export type { SearchQuery } from './search/query';
export type { SearchIndex, SearchResult, QuoteMatch } from './search/searchIndex';
export type { PersonFacet } from './search/people';
