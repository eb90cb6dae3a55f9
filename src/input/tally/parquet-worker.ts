import { parentPort, workerData } from 'node:worker_threads';
import { tallyGroups, type GroupTask } from './parquet-groups.js';

/** Worker thread entry: tallies a run of row groups of a Parquet file and posts progress and the result. */
const result = await tallyGroups(workerData as GroupTask, (bytes, rows) => parentPort!.postMessage({ type: 'progress', bytes, rows }));
parentPort!.postMessage({ type: 'done', result });
