/** At most `size` items, evenly spread over the list in its order (every item when there are no more). */
export function evenly<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  return Array.from({ length: size }, (_, index) => items[Math.floor((index * items.length) / size)]!);
}
