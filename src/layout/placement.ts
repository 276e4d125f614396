// Positions of prerendered marks as stylesheet rules, for a strict Content Security Policy
// (docs/hosting.md): without 'unsafe-inline' the browser ignores `style` attributes in parsed
// markup, though not styles set from script (CSSOM), which is how React applies `style` on the client.

/**
 * Where one mark sits, as React's `style` prop takes it: the few properties marks use, and custom
 * properties (`--ql-lane`). Numbers are pixels, except for custom properties (unitless), as in React.
 */
export interface Placement {
  left?: string | number;
  right?: string | number;
  width?: string | number;
  minWidth?: string | number;
  readonly [custom: `--${string}`]: string | number;
}

/** A placement as a class name (`ql-at-…`, from a hash of its declarations) and the rule that gives it. */
export interface PlacementRule {
  className: string;
  /** One CSS rule: the declarations, each `!important`, to win over the stylesheet as an inline style would. */
  rule: string;
}

/** A placement's CSS declarations, as React would set them: `["left:10%", "min-width:12px", "--ql-lane:2"]`. */
export function toDeclarations(placement: Placement): string[] {
  return Object.entries(placement)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => {
      const isCustom = name.startsWith('--');
      const property = isCustom ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      return `${property}:${typeof value === 'number' && !isCustom ? `${value}px` : String(value)}`;
    });
}

/** FNV-1a hash of a string, 32 bits, in base 36: short, stable class names. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The class and rule of a placement; equal placements get the same class on the server and in the browser. */
export function getPlacementRule(placement: Placement): PlacementRule {
  const declarations = toDeclarations(placement);
  const className = `ql-at-${hashText(declarations.join(';'))}`;
  return { className, rule: `.${className}{${declarations.map((declaration) => `${declaration} !important`).join(';')}}` };
}

/** Collects the rules of a server render, each once; two placements with one class name throw (a hash collision). */
export interface PlacementRules {
  add(rule: PlacementRule): void;
  /** The rules collected, sorted by class name: the stylesheet's text. */
  toStyleSheet(): string;
}

/** A new, empty collection of placement rules. */
export function createPlacementRules(): PlacementRules {
  const rules = new Map<string, string>();
  return {
    add({ className, rule }) {
      const known = rules.get(className);
      if (known !== undefined && known !== rule) throw new Error(`Two placements hash to the class ${className}: ${known} and ${rule}`);
      rules.set(className, rule);
    },
    toStyleSheet() {
      return [...rules.keys()]
        .sort()
        .map((className) => `${rules.get(className) ?? ''}\n`)
        .join('');
    },
  };
}
