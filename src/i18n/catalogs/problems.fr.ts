import type { Messages, ProblemKey } from './en';

/** Problems found in a story. */
export const problems: Pick<Messages, ProblemKey> = {
  'problem.placeholder': 'placeholder',
};
