// React entry: components and hooks, plus everything of the core.
export * from './core';
export { Timeline } from './components/Timeline';
export { EventCard } from './components/EventCard';
export { useTimelineLayout } from './hooks/useTimelineLayout';
export type { TimelineProps } from './components/Timeline';
export type { EventCardProps } from './components/EventCard';
export type { TimelineLayoutOptions, TimelineLayoutResult } from './hooks/useTimelineLayout';
