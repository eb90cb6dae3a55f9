import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishToGithubActions, workflowCommands } from '../../../src/cli/github-actions.js';
import { ANNOTATIONS_PER_STEP, capAnnotations, type Annotation } from '../../../src/cli/workflow-annotations.js';
import { escapeMarkdownCell } from '../../../src/render/escape.js';
import { findingSentence } from '../../../src/render/prose/finding-sentence.js';
import { BASIC, makeResult } from '../../helpers/make-result.js';

const annotationArb = fc.record({
  kind: fc.constantFrom('error' as const, 'warning' as const),
  title: fc.string({ maxLength: 20 }),
  message: fc.string({ maxLength: 40 }),
  checks: fc.integer({ min: 1, max: 6 }),
});

/** Twelve rules that the BASIC result's Female group fails: twelve error annotations (one per rule on gender). */
// judged on the estimate (require=point), so that Non-binary's 0.889 on 40 rows fails the last three as Female's 0.556 fails all twelve
const TWELVE_RULES = Array.from({ length: 12 }, (_, i) => `disparate_impact>=${Number((0.8 + i / 100).toFixed(2))} require=point`);

describe('annotations, capped at what GitHub shows per step', () => {
  it('keeps at most 10 of each kind; past that, nine and one that counts every annotation and check left out', () => {
    fc.assert(
      fc.property(fc.array(annotationArb, { maxLength: 40 }), (all) => {
        const shown = capAnnotations(all, 'the job summary');
        for (const kind of ['error', 'warning'] as const) {
          const mine = all.filter((a) => a.kind === kind);
          const out = shown.filter((a) => a.kind === kind);
          expect(out.length).toBe(Math.min(mine.length, ANNOTATIONS_PER_STEP));
          if (mine.length <= ANNOTATIONS_PER_STEP) {
            expect(out).toEqual(mine);
            continue;
          }
          expect(out.slice(0, 9)).toEqual(mine.slice(0, 9));
          const hidden = mine.slice(9);
          const last = out[9]!;
          const checks = hidden.reduce((s, a) => s + a.checks, 0);
          expect(last.checks).toBe(checks);
          expect(last.title).toBe(`fairgate: ${hidden.length} more annotations of ${kind === 'error' ? 'failed rules' : 'rules that warned'} (${checks} ${kind === 'error' ? 'failed checks' : 'warnings'}) not shown`);
          expect(last.message).toContain(`the other ${hidden.length} (one per rule and attribute, ${checks} `);
          expect(last.message).toMatch(/Every check is listed in the job summary\.$/);
          // nothing is lost: the checks shown plus the checks counted are all the checks
          expect(out.reduce((s, a) => s + a.checks, 0)).toBe(mine.reduce((s, a) => s + a.checks, 0));
        }
      }),
    );
  });

  it('on a real result with twelve failing rules prints ten ::error lines, the last naming the summary and the JUnit file', () => {
    const result = makeResult({ ...BASIC, rules: TWELVE_RULES });
    expect(workflowCommands(result, 'Z')).toHaveLength(10);
    const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-annotations-'));
    try {
      const err: string[] = [];
      const summary = path.join(dir, 'summary.md');
      const io = { argv: [], cwd: dir, stdin: new PassThrough(), isStdoutTty: false, writeStdout: () => undefined, writeStderr: (t: string) => void err.push(t) };
      publishToGithubActions(result, { ...io, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } }, { junit: ['out/junit.xml'], isLogged: false });
      expect(err).toHaveLength(10);
      expect(err.every((l) => l.startsWith('::error title=fairgate%3A '))).toBe(true);
      // the last three rules (0.89, 0.90, 0.91) fail for Female (0.556) and Non-binary (0.889); Unknown has 10 rows, too few to judge
      const hiddenChecks = result.findings.filter((f) => f.status === 'fail' && TWELVE_RULES.slice(9).includes(f.rule)).length;
      expect(hiddenChecks).toBe(6);
      expect(err[9]).toBe(
        '::error title=fairgate%3A 3 more annotations of failed rules (6 failed checks) not shown::GitHub shows 10 error annotations per step: the other 3 (one per rule and attribute, 6 failed checks in all) are left out here. Every check is listed in the job summary and the JUnit report out/junit.xml.\n',
      );
      // and the summary does list every failed check, as the sentence the annotations would have carried
      const text = readFileSync(summary, 'utf8');
      for (const f of result.findings.filter((x) => x.status === 'fail')) expect(text).toContain(escapeMarkdownCell(findingSentence(f, result, 'plain')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
