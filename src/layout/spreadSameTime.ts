/** What `spreadSameTime` needs of an event. */
export interface TimedItem {
  id: string;
  time: number;
  label: string;
}

/**
 * Events that share one instant (five posts dated the same day, with no time of day) get distinct
 * places on the axis: spread evenly, in story order, over `spreadMs` centred on that instant. On a
 * compressed axis each event widens the time around it (`EVENT_REACH_MS`), so a busy day is wide
 * enough for its events side by side; their dates do not change, only where their markers sit
 * within the day. Sorted input in, sorted output out; items alone at their time are returned as is.
 */
export function spreadSameTime<T extends TimedItem>(items: readonly T[], spreadMs: number): T[] {
  const out: T[] = [];
  let index = 0;
  while (index < items.length) {
    const time = items[index]?.time;
    let end = index + 1;
    while (end < items.length && items[end]?.time === time) end += 1;
    const count = end - index;
    for (let member = index; member < end; member += 1) {
      const item = items[member];
      if (!item) continue;
      out.push(count === 1 || time === undefined ? item : { ...item, time: time + ((member - index) / (count - 1) - 0.5) * spreadMs });
    }
    index = end;
  }
  return out;
}
