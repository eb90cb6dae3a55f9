import { explainTopic, explainTopicIndex } from '../render/explain/explain-topics.js';
import type { CliIo } from './io.js';

/** `fairgate explain [topic]`: the list of topics, or one metric, verdict, reason, rule option, preset or reference strategy. */
export function explainCommand(topic: string | undefined, io: CliIo): number {
  io.writeStdout(topic === undefined ? explainTopicIndex() : explainTopic(topic));
  return 0;
}
