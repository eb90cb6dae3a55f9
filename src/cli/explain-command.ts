import { explainIndex, explainMetric } from '../render/explain/explain.js';
import type { CliIo } from './io.js';

/** `fairgate explain [metric]`: the list, or one metric's formula, meaning and context. */
export function explainCommand(metric: string | undefined, io: CliIo): number {
  io.writeStdout(metric === undefined ? explainIndex() : explainMetric(metric));
  return 0;
}
