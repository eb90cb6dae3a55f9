import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { CommanderError, type Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { HELP_GROUPS } from '../../../src/cli/help-text.js';
import { buildProgram } from '../../../src/cli/program.js';
import { EXIT } from '../../../src/policy/exit-code.js';
import { ROOT } from '../../helpers/run-cli.js';

/** What `fairgate <args> --help` prints, through the program's own output (commander ends help with an exception). */
async function help(args: readonly string[]): Promise<{ text: string; program: Command }> {
  let text = '';
  const io = { argv: args, cwd: ROOT, env: {}, stdin: new PassThrough(), isStdoutTty: false, writeStdout: (t: string) => void (text += t), writeStderr: () => undefined };
  const program = buildProgram(io, { exitCode: 0 });
  await expect(program.parseAsync(['node', 'fairgate', ...args, '--help'])).rejects.toThrow(CommanderError);
  return { text, program };
}

const commandOf = (program: Command, name: string) => (name === '' ? program : program.commands.find((c) => c.name() === name)!);
/** The headings of a help text, in order: lines in column 0 that end with a colon, over an indented item. */
const headings = (text: string) => [...text.matchAll(/^(\S.*:)\n {2}\S/gm)].map((m) => m[1]!);
/** The long flag of every option line (`  -o, --output <path>  …` → `--output`). */
const optionTerms = (text: string) => [...text.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!);

const COMMANDS = ['', 'audit', 'aggregate', 'sql', 'init', 'explain'] as const;
const G = HELP_GROUPS;

describe('--help', () => {
  it('groups the options of audit as input, decisions, rules, statistics, privacy, output and report, then examples, exit codes and where to read more', async () => {
    const { text } = await help(['audit']);
    expect(headings(text)).toEqual(['Arguments:', G.input, G.decisions, G.rules, G.statistics, G.privacy, G.output, G.report, 'Examples:', 'Exit codes:', 'Learn more:']);
    expect(text).toMatch(/^Usage: fairgate audit <file\|-> \[options\]\n {7}fairgate audit --from-aggregates <files\.\.\.> \[options\]\n/);
  });

  it('groups the options of aggregate and sql the same way (they share the options that decide the statistics)', async () => {
    for (const name of ['aggregate', 'sql']) {
      const { text } = await help([name]);
      expect(headings(text).filter((h) => h !== 'Arguments:')).toEqual([G.input, G.decisions, G.statistics, G.output, 'Examples:', 'Exit codes:', 'Learn more:']);
    }
  });

  it.each(COMMANDS)('lists every option of "%s" exactly once, and nothing that is not an option', async (name) => {
    const { text, program } = await help(name ? [name] : []);
    const command = commandOf(program, name);
    const declared = [...command.options.map((o) => o.long!), '--help'];
    const shown = optionTerms(text.split('\nExamples:')[0]!);
    expect([...shown].sort()).toEqual([...declared].sort());
    expect(new Set(shown).size).toBe(shown.length);
  });

  it.each(COMMANDS)('gives "%s" examples whose every flag is an option of the command they run', async (name) => {
    const { text, program } = await help(name ? [name] : []);
    const examples = text.split('\nExamples:\n')[1]!.split('\nExit codes:')[0]!;
    const commands = examples.replace(/\\\n\s*/g, '').split('\n').filter((l) => l.trim().startsWith('$ ')).flatMap((l) => l.split(/&&|\|/));
    expect(commands.length).toBeGreaterThan(0);
    for (const line of commands.filter((c) => c.includes('fairgate '))) {
      const [, sub, rest] = line.match(/fairgate (\w+)(.*)$/)!;
      const command = commandOf(program, sub!);
      const known = command.options.flatMap((o) => [o.long, o.short]);
      for (const flag of rest!.match(/(?<=\s)--?[\w-]+/g) ?? []) if (flag !== '-') expect(known, `${line}: ${flag}`).toContain(flag);
    }
  });

  it.each(COMMANDS)('ends "%s" with the exit codes and a pointer to the docs that exist, within 80 columns', async (name) => {
    const { text } = await help(name ? [name] : []);
    const codes = text.split('\nExit codes:\n')[1]!.split('\n\n')[0]!;
    const judges = name === '' || name === 'audit';
    const expected = judges ? [EXIT.pass, EXIT.fail, EXIT.error, EXIT.inconclusive] : [EXIT.pass, EXIT.error];
    expect([...codes.matchAll(/^ {2}(\d) {2}/gm)].map((m) => Number(m[1]))).toEqual(expected);
    expect(codes).toContain('130, 143 or 129');
    const root = text.match(/README\.md and docs\/ in (.*)$/m)![1]!;
    expect(path.resolve(root)).toBe(ROOT);
    expect(existsSync(path.join(root, 'README.md')) && existsSync(path.join(root, 'docs'))).toBe(true);
    expect(text).toContain('fairgate explain [topic]');
    expect(text.split('\n').filter((l) => l.length > 80)).toEqual([]);
  });

  it('ships the docs it points to: README.md is always packed, docs/ is in package.json "files"', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('docs');
  });
});
