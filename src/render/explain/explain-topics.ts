import { UsageError } from '../../model/errors.js';
import type { Verdict } from '../../model/finding.js';
import { closestNames } from '../../util/suggest.js';
import { explainIndex, explainMetric, metricTopicNames, wrap } from './explain.js';
import { PRESET_TOPICS, PRESETS_INTRO, REFERENCE_TOPICS, REFERENCES_INTRO } from './preset-reference-topics.js';
import { RULE_OPTION_TOPICS, RULES_INTRO } from './rule-option-topics.js';
import { COMMAND_TOPICS, COMMANDS_INTRO } from './command-topics.js';
import type { Topic, TopicFamily } from './types.js';
import { REASON_TOPICS, VERDICT_TOPICS } from './verdict-topics.js';

const entries = <T extends Topic>(record: Readonly<Record<string, T>>): ReadonlyMap<string, T> => new Map(Object.entries(record));
/** A reason's summary says which verdict it gives. */
const REASONS = new Map(Object.entries(REASON_TOPICS).map(([name, r]) => [name, { ...r, summary: `${r.summary} → ${r.gives.join(' or ')}` }]));

/** Every topic that is not a metric, by family, in the order `fairgate explain` lists them. */
export const TOPIC_FAMILIES: readonly TopicFamily[] = [
  { names: ['verdicts', 'verdict'], heading: 'Verdicts', kind: 'verdict', intro: 'Each check (one rule applied to one group) gets one verdict:', topics: entries(VERDICT_TOPICS) },
  { names: ['reasons', 'reason'], heading: 'Reasons', kind: 'reason', intro: 'Why a check has its verdict (the reason of each finding in the JSON report):', topics: REASONS },
  { names: ['rules', 'rule', 'rule-options'], heading: 'Rule options', kind: 'rule option', intro: RULES_INTRO, topics: entries(RULE_OPTION_TOPICS) },
  { names: ['presets', 'preset'], heading: 'Presets', kind: 'preset', intro: PRESETS_INTRO, topics: PRESET_TOPICS },
  { names: ['references', 'reference', 'reference-strategies'], heading: 'Reference strategies', kind: 'reference', intro: REFERENCES_INTRO, topics: REFERENCE_TOPICS },
  { names: ['commands', 'command'], heading: 'Commands', kind: 'command', intro: COMMANDS_INTRO, topics: entries(COMMAND_TOPICS) },
];

/** Names compare without case, spaces, hyphens or underscores: `max-abs`, `maxAbs`, `Small group`. */
const canonical = (name: string) => name.trim().toLowerCase().replace(/[-_\s]+/g, '');

/** `  name     summary`, the summary wrapped under itself. */
function itemList(items: readonly (readonly [string, string])[]): string {
  const width = Math.max(...items.map(([name]) => name.length)) + 4;
  return items.map(([name, summary]) => `  ${name.padEnd(width - 2)}${wrap(summary, 80, ' '.repeat(width)).trimStart()}`).join('\n');
}

const familyItems = (family: TopicFamily) => itemList([...family.topics].map(([name, topic]) => [name, topic.summary] as const));

/** `fairgate explain reasons` and the like: what the family is, then its topics. */
function familyText(family: TopicFamily): string {
  return `${wrap(family.intro, 80, '')}\n${familyItems(family)}\n`;
}

function topicText(family: TopicFamily, name: string, topic: Topic): string {
  const blocks = [`${name} — ${family.kind}: ${topic.summary}`, topic.body.map((p) => wrap(p)).join('\n\n')];
  if (family.kind === 'verdict') {
    const reasons = Object.entries(REASON_TOPICS).filter(([, r]) => r.gives.includes(name as Verdict));
    blocks.push(`Reasons for it:\n${itemList(reasons.map(([n, r]) => [n, r.summary]))}`);
  }
  if (topic.example) blocks.push(`Written as:\n${topic.example.split('\n').map((l) => `  ${l}`).join('\n')}`);
  if (topic.seeAlso?.length) blocks.push(`See also: ${topic.seeAlso.map((t) => `fairgate explain ${t}`).join(', ')}`);
  return `${blocks.join('\n\n')}\n`;
}

/** `fairgate explain`: every family of topics, then the metrics. */
export function explainTopicIndex(): string {
  const families = TOPIC_FAMILIES.map((f) => `${f.heading} (fairgate explain ${f.names[0]}):\n${familyItems(f)}\n`);
  return [...families, explainIndex().replace(/\nRun `fairgate explain <metric>`[^\n]*\n$/, ''), 'Run `fairgate explain <topic>` for any name above, e.g. `fairgate explain inconclusive`.', ''].join('\n');
}

/** Every name `fairgate explain <topic>` answers, but the metrics' aliases (for suggestions and tests). */
export function topicNames(): string[] {
  return [...TOPIC_FAMILIES.flatMap((f) => [...f.names, ...f.topics.keys()]), 'metrics', ...metricTopicNames()];
}

/** `fairgate explain <topic>`: a family, one of its topics, or a metric; an unknown name is a usage error with suggestions. */
export function explainTopic(name: string): string {
  const key = canonical(name);
  if (key === 'metrics' || key === 'metric') return explainIndex();
  for (const family of TOPIC_FAMILIES) {
    if (family.names.some((n) => canonical(n) === key)) return familyText(family);
    for (const [topicName, topic] of family.topics) if (canonical(topicName) === key) return topicText(family, topicName, topic);
  }
  const metric = metricTopicNames({ withAliases: true }).find((m) => canonical(m) === key);
  if (metric !== undefined) return explainMetric(metric);
  const close = closestNames(name, topicNames());
  const suggestion = close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?` : '';
  throw new UsageError(`explain: unknown topic "${name}"${suggestion} Run \`fairgate explain\` for the list: metrics, verdicts, reasons, rule options, presets and reference strategies.`);
}
