/**
 * Pieces of a report encoded as UTF-8 into buffers of `bytes` bytes, each
 * given out when it is nearly full, so that writing a report of 100,000
 * groups takes a few hundred writes, not 200,000, with no joined text: each
 * piece is encoded once, in place, and alone (a report's pieces end between
 * tokens, never inside a character). A piece too long for a buffer comes
 * whole. With `reuse`, every chunk is a view of one buffer, to be written
 * before the next is asked for (a file written synchronously); without it,
 * each chunk has a buffer of its own (standard output: a pipe may hold on to
 * what it was given).
 */
export function* byteChunks(pieces: Iterable<string>, bytes = 1 << 20, reuse = true): Generator<Uint8Array> {
  let buffer = Buffer.allocUnsafe(bytes);
  let used = 0;
  for (const piece of pieces) {
    // a UTF-16 unit is at most 3 bytes of UTF-8
    if (used + 3 * piece.length > bytes) {
      if (used > 0) {
        yield buffer.subarray(0, used);
        if (!reuse) buffer = Buffer.allocUnsafe(bytes);
      }
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
