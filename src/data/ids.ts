/** Story and event ids: kebab-case, a-z, 0-9 and single hyphens ("memorial-day-exchange"). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `value` is a valid story or event id. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}
