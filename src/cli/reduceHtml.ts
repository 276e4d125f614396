// The reducer lives in data/, where the app's parsing worker reads it too.
export { reduceHtmlInNode } from '../data/reduceHtmlInNode';
