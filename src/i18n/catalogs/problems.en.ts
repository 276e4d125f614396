import type { Message } from '../catalog';

/** Problems found in a story, in English: `DataIssue.code` names one, `DataIssue.values` fills it. */
export const problems = {
  'problem.placeholder': 'placeholder',
} satisfies Record<string, Message>;
