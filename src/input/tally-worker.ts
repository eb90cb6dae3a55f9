import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { tallyRange, type RangeTask } from './range-tally.js';

/** Worker thread entry: tallies one byte range and posts progress and the result. */
const task = workerData as RangeTask;
const fd = openSync(task.path, 'r');
let reported = 0;
try {
  const result = await tallyRange(task, {
    read: (buf, offset, length, position) => readSync(fd, buf, offset, length, position),
    onProgress(bytes) {
      parentPort!.postMessage({ type: 'progress', bytes: bytes - reported });
      reported = bytes;
    },
  });
  parentPort!.postMessage({ type: 'done', result });
} finally {
  closeSync(fd);
}
