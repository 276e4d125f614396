import { createContext, useContext, useSyncExternalStore, type CSSProperties } from 'react';
import { getPlacementRule, type Placement, type PlacementRule } from '../layout/placement';

/** Where a server render puts the placement rules it uses (the build writes them to a stylesheet). */
export interface PlacementSink {
  add(rule: PlacementRule): void;
}

/**
 * Set while rendering markup for a page under a strict CSP, and while hydrating it: marks are then
 * placed by class (`ql-at-…`, rules from the sink's stylesheet) instead of `style` attributes,
 * which such a policy blocks in parsed HTML. Unset (the library's default), marks use `style`.
 */
export const PlacementContext = createContext<PlacementSink | null>(null);

/** Props that place one mark: its class names, and either a placement class or a `style`. */
export interface PlacementProps {
  className: string;
  style: CSSProperties | undefined;
}

/** Places a mark with the given class names where `placement` says. */
export type Place = (className: string, placement: Placement) => PlacementProps;

const placeInline: Place = (className, placement) => ({ className, style: placement });

const subscribeNothing = (): (() => void) => () => undefined;

/**
 * The placing function for this render: by class on the server and while hydrating (inside a
 * `PlacementContext`), by `style` afterwards and everywhere else. React re-renders once after
 * hydration, when the client snapshot differs from the server's; the rule and the style give the
 * same values, so nothing moves.
 */
export function usePlacement(): Place {
  const sink = useContext(PlacementContext);
  const isClientRender = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  if (sink === null || isClientRender) return placeInline;
  return (className, placement) => {
    const rule = getPlacementRule(placement);
    sink.add(rule);
    return { className: `${className} ${rule.className}`, style: undefined };
  };
}
