import { memo } from 'react';
import { Timeline } from '../../components/Timeline';
import type { Story } from '../../data/types';

/** Props of `StoryPreview`. */
export interface StoryPreviewProps {
  story: Story;
}

/** The story as the embed shows it, title and all, in a framed box. Memoized: the page's announcements do not lay out a large story again. */
export const StoryPreview = memo(function StoryPreview({ story }: StoryPreviewProps) {
  return (
    <div className="ql-make-preview">
      <h3 className="ql-make-preview-title">{story.title}</h3>
      {story.description && <p className="ql-make-preview-description">{story.description}</p>}
      <Timeline story={story} />
    </div>
  );
});
