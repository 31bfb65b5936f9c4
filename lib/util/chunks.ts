// Work over many keys a chunk at a time, so that only a chunk's rows are held at once: the next chunk is
// read while the last is handled (two chunks at most).

export async function forEachChunk<Key, Row>(
  keys: readonly Key[],
  size: number,
  read: (keys: Key[]) => Promise<Row[]>,
  handle: (rows: Row[]) => void,
): Promise<void> {
  let next = keys.length > 0 ? read(keys.slice(0, size)) : null;
  for (let from = 0; next; from += size) {
    const rows = await next;
    next = from + size < keys.length ? read(keys.slice(from + size, from + 2 * size)) : null;
    try {
      handle(rows);
    } catch (error) {
      await next?.catch(() => {}); // settled before the error goes up, so its failure is not unhandled
      throw error;
    }
  }
}
