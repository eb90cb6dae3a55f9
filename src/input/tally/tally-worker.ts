import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { tallyRange, type RangeTask } from './range-tally.js';

/**
 * The buffers of the result's count and value arrays (AUC grids of 80 KB,
 * exact score maps up to the run's budget): moved to the main thread instead
 * of copied, so the two copies never coexist. Only arrays that own their
 * whole buffer (never a Buffer from Node's shared pool).
 */
function ownedBuffers(value: unknown, out = new Set<ArrayBuffer>(), seen = new Set<object>()): Set<ArrayBuffer> {
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  if (value instanceof Float64Array || value instanceof Uint32Array || value instanceof Int32Array) {
    if (value.buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength) out.add(value.buffer);
    return out;
  }
  if (ArrayBuffer.isView(value)) return out;
  const children = value instanceof Map ? [...value.values()] : Array.isArray(value) ? value : Object.values(value);
  for (const child of children) ownedBuffers(child, out, seen);
  return out;
}

/** Worker thread entry: tallies one byte range and posts progress and the result. */
const task = workerData as RangeTask;
const fd = openSync(task.path, 'r');
let reported = { bytes: 0, rows: 0 };
try {
  const result = await tallyRange(task, {
    read: (buf, offset, length, position) => readSync(fd, buf, offset, length, position),
    onProgress(bytes, rows) {
      parentPort!.postMessage({ type: 'progress', bytes: bytes - reported.bytes, rows: rows - reported.rows });
      reported = { bytes, rows };
    },
  });
  parentPort!.postMessage({ type: 'done', result }, [...ownedBuffers(result)]);
} finally {
  closeSync(fd);
}
