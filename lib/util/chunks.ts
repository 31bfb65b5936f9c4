// Work over many keys a chunk at a time, so that only a few chunks' rows are held at once: the next chunks
// are read while the last is handled (`readAhead` of them, one unless the reads are the bound), and handled
// in order.

export async function forEachChunk<Key, Row>(
  keys: readonly Key[],
  size: number,
  read: (keys: Key[]) => Promise<Row[]>,
  handle: (rows: Row[]) => void,
  readAhead = 1,
): Promise<void> {
  let from = 0;
  const reading: Promise<Row[]>[] = [];
  const readMore = () => {
    for (; from < keys.length && reading.length < readAhead; from += size)
      reading.push(read(keys.slice(from, from + size)));
  };
  readMore();
  while (reading.length > 0) {
    const next = reading.shift()!;
    try {
      const rows = await next;
      readMore();
      handle(rows);
    } catch (error) {
      // The reads still running are settled before the error goes up, so their failures are not unhandled.
      await Promise.allSettled(reading);
      throw error;
    }
  }
}
