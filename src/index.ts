// React entry: components and hooks, plus everything of the core.
export * from './core';
export { Timeline } from './components/Timeline';
export { EventCard } from './components/EventCard';
export { useTimelineLayout } from './hooks/useTimelineLayout';
export { useTimelineState } from './hooks/useTimelineState';
export type { TimelineProps } from './components/Timeline';
export type { EventCardProps } from './components/EventCard';
export type { TimelineStateOptions, TimelineStateResult } from './hooks/useTimelineState';
