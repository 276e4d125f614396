export function createRandom(seed: number): () => number;
export function benchHeadline(index: number, count: number): string;
export function generateStory(count: number, seed?: number): { events: unknown[] };
