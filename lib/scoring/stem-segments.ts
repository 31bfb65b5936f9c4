// The segments (lines, sentences) each stem of a résumé stands in, as a saved profile keeps them
// ("resumeStemSegments"), so a requirement phrase is looked for in one sentence of a stored résumé exactly
// as in its text. Bytes: for each stem of `resumeStems`, in that order, the number of its segments and
// then the segments as gaps from the previous one, each an unsigned LEB128 varint.

function pushVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  out.push(rest);
}

export function encodeStemSegments(
  stems: readonly string[],
  segmentsOf: (stem: string) => readonly number[] | undefined,
): Uint8Array<ArrayBuffer> {
  const out: number[] = [];
  for (const term of stems) {
    const segments = segmentsOf(term) ?? [];
    pushVarint(out, segments.length);
    let previous = 0;
    for (const segment of segments) {
      pushVarint(out, segment - previous);
      previous = segment;
    }
  }
  return Uint8Array.from(out);
}

export function decodeStemSegments(stems: readonly string[], bytes: Uint8Array): Map<string, number[]> {
  const segmentsOf = new Map<string, number[]>();
  let offset = 0;
  const next = () => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[offset++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  for (const term of stems) {
    if (offset >= bytes.length) break;
    const segments: number[] = [];
    let previous = 0;
    for (let count = next(); count > 0; count--) segments.push((previous += next()));
    segmentsOf.set(term, segments);
  }
  return segmentsOf;
}
