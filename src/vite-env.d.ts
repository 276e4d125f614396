/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Comma-separated hosts media images may load from (see docs/story-format.md, "Media"). */
  readonly VITE_QUOTELINE_IMAGE_HOSTS?: string;
}
