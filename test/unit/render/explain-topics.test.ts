import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateFileConfig } from '../../../src/config/validate-config.js';
import { UsageError } from '../../../src/model/errors.js';
import type { FindingReason, Verdict } from '../../../src/model/finding.js';
import type { Rule } from '../../../src/model/config.js';
import { verdictOf } from '../../../src/policy/evaluate.js';
import { PRESET_NAMES } from '../../../src/policy/presets/preset-names.js';
import { parseRuleExpression } from '../../../src/policy/rule-expression.js';
import { REFERENCE_STRATEGIES } from '../../../src/metrics/reference.js';
import { explainTopic, explainTopicIndex, TOPIC_FAMILIES, topicNames } from '../../../src/render/explain/explain-topics.js';
import { REASON_TOPICS, VERDICT_TOPICS } from '../../../src/render/explain/verdict-topics.js';

const canonical = (name: string) => name.toLowerCase().replace(/[-_\s]+/g, '');
const VERDICTS: Verdict[] = ['pass', 'fail', 'warn', 'inconclusive', 'suppressed'];
const rule = (severity: Rule['severity']) => ({ id: 'r', metric: 'disparate_impact', min: 0.8, severity }) as Rule;

/** The names the index lists: the first word of each indented line. */
function listedNames(text: string): string[] {
  return [...text.matchAll(/^ {2}(\S+) {2,}/gm)].map((m) => m[1]!);
}

describe('fairgate explain: the topics', () => {
  it('answers every name its index lists, and every family name, each with its own heading', () => {
    const listed = listedNames(explainTopicIndex());
    expect(listed.length).toBeGreaterThan(60);
    for (const name of new Set([...listed, ...topicNames()])) {
      const text = explainTopic(name);
      expect(text.length, name).toBeGreaterThan(40);
      expect(text.endsWith('\n')).toBe(true);
    }
    for (const family of TOPIC_FAMILIES) expect(listedNames(explainTopicIndex())).toEqual(expect.arrayContaining([...family.topics.keys()]));
  });

  it('covers every verdict, every reason a finding can have, every preset and every reference strategy', () => {
    expect(Object.keys(VERDICT_TOPICS).sort()).toEqual([...VERDICTS].sort());
    const names = topicNames();
    for (const n of [...PRESET_NAMES, ...REFERENCE_STRATEGIES, 'explicit', 'inconclusive', 'small-denominator', 'not-in-baseline']) expect(names).toContain(n);
    expect(explainTopic('inconclusive')).toMatch(/^inconclusive — verdict: no verdict is possible/);
  });

  it('says of each reason the verdicts the judging code gives it, and lists under each verdict exactly its reasons', () => {
    for (const [reason, topic] of Object.entries(REASON_TOPICS) as [FindingReason, (typeof REASON_TOPICS)[FindingReason]][]) {
      const given = new Set([verdictOf(reason, rule('fail')), verdictOf(reason, rule('warn'))]);
      expect([...topic.gives].sort(), reason).toEqual([...given].sort());
    }
    for (const verdict of VERDICTS) {
      const section = explainTopic(verdict).split('Reasons for it:\n')[1]!.split('\n\n')[0]!;
      const expected = Object.entries(REASON_TOPICS).filter(([, t]) => t.gives.includes(verdict)).map(([r]) => r);
      expect(listedNames(`${section}\n`), verdict).toEqual(expected);
    }
  });

  it('explains exactly the keys a rule may have in the config file (the schema\'s own list)', () => {
    const refused = validateFileConfig({ rules: [{ metric: 'disparate_impact', min: 0.8, nosuch: 1 }] });
    expect(refused.ok).toBe(false);
    const message = refused.ok ? '' : refused.issues.map((i) => i.message).join('\n');
    const allowed = message.match(/Allowed keys: (.*)$/m)![1]!.split(', ').filter((k) => k !== 'metric');
    expect([...TOPIC_FAMILIES.find((f) => f.kind === 'rule option')!.topics.keys()].sort()).toEqual(allowed.sort());
  });

  it('gives examples that fairgate accepts as written: rule expressions parse, config mappings validate', () => {
    let checked = 0;
    for (const family of TOPIC_FAMILIES) {
      for (const [name, topic] of family.topics) {
        for (const part of (topic.example ?? '').split(/\n| {3,}/).map((p) => p.replace(/\s*\(on the command line: (.*)\)$/, '')).filter(Boolean)) {
          if (part.startsWith('{')) {
            const validated = validateFileConfig({ rules: [parseYaml(part)] });
            expect(validated.ok, `${name}: ${part}`).toBe(true);
            checked += 1;
          } else if (!part.startsWith('-') && !part.includes(':')) {
            expect(parseRuleExpression(part).ok, `${name}: ${part}`).toBe(true);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(12);
  });

  it('has no two topics (metrics included) that read the same once case, hyphens and underscores are ignored', () => {
    const seen = topicNames().map(canonical);
    expect(seen.filter((n, i) => seen.indexOf(n) !== i)).toEqual([]);
  });

  it('finds a topic however it is written, and suggests the nearest for an unknown one', () => {
    expect(explainTopic('max-abs')).toMatch(/^maxAbs — rule option/);
    expect(explainTopic('Small Group')).toMatch(/^small-group — reason: .* → inconclusive\n/);
    expect(explainTopic('RECALL')).toMatch(/^tpr — true positive rate/);
    expect(() => explainTopic('inconclusiv')).toThrow(UsageError);
    expect(() => explainTopic('inconclusiv')).toThrow('explain: unknown topic "inconclusiv"; did you mean "inconclusive"? Run `fairgate explain` for the list');
    expect(() => explainTopic('four-fiths')).toThrow('did you mean "four-fifths"?');
  });
});
