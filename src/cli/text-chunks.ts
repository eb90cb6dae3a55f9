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
