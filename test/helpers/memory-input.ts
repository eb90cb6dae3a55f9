import { Readable } from 'node:stream';
import type { InputSource } from '../../src/input/csv/read-csv.js';

/** A CSV held in memory as an input source (no file, no child process). */
export function memoryInput(text: string, name = 'memory.csv'): InputSource {
  return { name, open: () => Readable.from([Buffer.from(text)]) };
}
