import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

interface ActionStep {
  id?: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface ActionFile {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export interface ActionRun {
  /** the first failing step's exit code, else 0 */
  exitCode: number;
  outputs: Record<string, string>;
  stdout: string;
  stderr: string;
  summary: string;
}

/**
 * Runs a composite action's steps as a GitHub runner does: `${{ … }}` expressions
 * replaced in env and working-directory, each `run` as a script file under
 * `bash --noprofile --norc -eo pipefail`, step outputs read from $GITHUB_OUTPUT,
 * and the job stopping at the first step that fails.
 */
export function runAction(actionPath: string, workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): ActionRun {
  const action = parse(readFileSync(path.join(actionPath, 'action.yml'), 'utf8')) as ActionFile;
  if (action.runs.using !== 'composite') throw new Error('not a composite action');
  for (const name of Object.keys(inputs)) if (!(name in action.inputs)) throw new Error(`unknown input ${name}`);
  const given = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, inputs[k] ?? v.default ?? '']));
  const steps: Record<string, Record<string, string>> = {};
  const evaluate = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
      const [scope, a, b, c] = expr.split('.');
      if (scope === 'inputs' && a !== undefined && b === undefined) return given[a] ?? '';
      if (scope === 'github' && a === 'action_path') return actionPath;
      if (scope === 'steps' && b === 'outputs' && a && c) return steps[a]?.[c] ?? '';
      throw new Error(`expression not supported by this runner: ${expr}`);
    });
  const temp = mkdtempSync(path.join(tmpdir(), 'fairgate-action-'));
  const run: ActionRun = { exitCode: 0, outputs: {}, stdout: '', stderr: '', summary: '' };
  try {
    const summaryFile = path.join(temp, 'summary.md');
    writeFileSync(summaryFile, '');
    for (const [i, step] of action.runs.steps.entries()) {
      if (step.shell !== 'bash') throw new Error(`step ${i}: shell ${step.shell}`);
      const outputFile = path.join(temp, `output-${i}`);
      const script = path.join(temp, `step-${i}.sh`);
      writeFileSync(outputFile, '');
      writeFileSync(script, step.run);
      const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(String(v))]));
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
        cwd: path.resolve(workspace, evaluate(step['working-directory'] ?? '.')),
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? temp,
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: workspace,
          GITHUB_ACTION_PATH: actionPath,
          GITHUB_OUTPUT: outputFile,
          GITHUB_STEP_SUMMARY: summaryFile,
          RUNNER_TEMP: temp,
          ...env,
          ...stepEnv,
        },
      });
      run.stdout += result.stdout;
      run.stderr += result.stderr;
      if (step.id) steps[step.id] = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
      if (result.status !== 0) {
        run.exitCode = result.status ?? 1;
        break;
      }
    }
    run.outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, v]) => [k, evaluate(v.value)]));
    run.summary = readFileSync(summaryFile, 'utf8');
    return run;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
