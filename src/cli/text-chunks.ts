/**
 * Pieces of a report (a JSON report comes in a piece per group and finding)
 * joined into chunks of about `chars` characters, so that writing a report
 * of 100,000 groups takes a few hundred writes, not 200,000, and no chunk
 * comes near the longest string V8 can hold.
 */
export function* textChunks(pieces: Iterable<string>, chars = 1 << 20): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= chars) {
      yield batch.join('');
      [batch, length] = [[], 0];
    }
  }
  if (length > 0) yield batch.join('');
}

/**
 * Pieces of a report encoded as UTF-8 into one reused buffer of `bytes`
 * bytes, given out each time it is nearly full (a view: write it before
 * asking for the next). No joined text and no buffer per chunk: each piece
 * is encoded once, in place, and alone (a report's pieces end between
 * tokens, never inside a character). A piece too long for the buffer comes
 * whole.
 */
export function* byteChunks(pieces: Iterable<string>, bytes = 1 << 20): Generator<Uint8Array> {
  const buffer = Buffer.allocUnsafe(bytes);
  let used = 0;
  for (const piece of pieces) {
    // a UTF-16 unit is at most 3 bytes of UTF-8
    if (used + 3 * piece.length > bytes) {
      if (used > 0) yield buffer.subarray(0, used);
      used = 0;
      if (3 * piece.length > bytes) {
        yield Buffer.from(piece);
        continue;
      }
    }
    used += buffer.write(piece, used);
  }
  if (used > 0) yield buffer.subarray(0, used);
}
