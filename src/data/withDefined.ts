type Defined<U> = { [K in keyof U]?: Exclude<U[K], undefined> };

/** Copies `base` and adds only the defined values of `optional`, as `exactOptionalPropertyTypes` asks. */
export function withDefined<T extends object, U extends Record<string, unknown>>(base: T, optional: U): T & Defined<U> {
  const result: T & Defined<U> = { ...base };
  for (const key of Object.keys(optional) as (keyof U)[]) {
    const value = optional[key];
    if (value !== undefined) Object.assign(result, { [key]: value });
  }
  return result;
}
