import type { StoryFormat } from './types';

/** Names of the story formats, for people ("Read as TimelineJS sheet (CSV)"). */
export const FORMAT_NAMES: Record<StoryFormat, string> = {
  quoteline: 'Quoteline JSON',
  timelinejs: 'TimelineJS JSON',
  'timelinejs-csv': 'TimelineJS sheet (CSV)',
};
