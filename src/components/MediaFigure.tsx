import { describeMediaUrl, getAllowedImage, type MediaKind, type MediaPolicy } from '../data/media';
import { toPlainText } from '../data/text';
import type { Media } from '../data/types';
import { RichText } from './RichText';
import { useT } from '../hooks/useTranslator';
import type { MessageKey } from '../i18n/catalogs/en';

/** Props of `MediaFigure`. */
export interface MediaFigureProps {
  media: Media;
  /** Which images may be shown; anything else is a link. */
  policy: MediaPolicy;
  /** The event's headline, for an image's text alternative when the data gives none and no caption. */
  headline: string;
  /** Tab index of the links: -1 in the visually hidden text version. */
  linkTabIndex?: -1 | undefined;
}

const LINK_TEXTS: Record<MediaKind, MessageKey> = {
  image: 'media.image',
  video: 'media.video',
  audio: 'media.audio',
  post: 'media.post',
  map: 'media.map',
  document: 'media.document',
  page: 'media.page',
};

/**
 * An event's media as a card: the image when the page allows its host (or it is on the story's
 * own site), its caption and credit, and a link to the original. No third-party script, frame or
 * image is loaded otherwise.
 */
export function MediaFigure({ media, policy, headline, linkTabIndex }: MediaFigureProps) {
  const { t } = useT();
  const image = getAllowedImage(media, policy);
  const { kind, site } = describeMediaUrl(media.url);
  const hasCaption = media.caption !== undefined || media.credit !== undefined;
  // With a caption the figure is described by it; without, the image needs a name of its own.
  const alt = media.alt ?? (hasCaption ? '' : t('media.alt', { headline }));
  return (
    <figure className="ql-media">
      {image !== undefined && <img className="ql-media-image" src={image} alt={alt} loading="lazy" decoding="async" referrerPolicy="no-referrer" />}
      {hasCaption && (
        <figcaption className="ql-media-caption">
          {media.caption && <RichText paragraphs={media.caption} linkTabIndex={linkTabIndex} />}
          {media.credit && <p className="ql-media-credit">{`Credit: ${toPlainText(media.credit)}`}</p>}
        </figcaption>
      )}
      <p className="ql-media-link">
        <a href={media.url} target="_blank" rel="noopener noreferrer" tabIndex={linkTabIndex}>
          {t(LINK_TEXTS[kind], { site })}
        </a>
      </p>
    </figure>
  );
}
