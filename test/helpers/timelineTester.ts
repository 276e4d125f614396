import { screen, within } from '@testing-library/react';

/** Queries a rendered timeline the way a reader meets it: by role, name and focus. */
export const timelineTester = {
  /** The detail panel (tab panel). */
  panel: (): HTMLElement => screen.getByRole('tabpanel'),
  /** Text of the panel's headline. */
  panelHeading: (): string => within(screen.getByRole('tabpanel')).getByRole('heading', { level: 2 }).textContent ?? '',
  /** All markers (tabs), in DOM order. */
  markers: (): HTMLElement[] => screen.getAllByRole('tab'),
  /** The marker whose accessible name starts with `text` (its visible label comes first). */
  marker: (text: string): HTMLElement => screen.getByRole('tab', { name: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }),
  /** The accessible name of the focused element. */
  focusedName: (): string | null => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? null,
};
