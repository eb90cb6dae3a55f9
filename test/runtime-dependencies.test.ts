import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-cli.js';

/** Every .js file under dist/. */
function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? builtFiles(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []));
}

describe('the built CLI', () => {
  it('imports only Node built-ins and packages in "dependencies" (a devDependency is missing after npm install --omit=dev, and the CLI would not start)', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const imported = new Set<string>();
    for (const file of builtFiles(path.join(ROOT, 'dist'))) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        if (spec && !spec.startsWith('.')) imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    const packages = [...imported].filter((m) => !m.startsWith('node:') && !builtinModules.includes(m));
    expect(packages.length).toBeGreaterThan(2);
    expect(packages.filter((m) => !(m in pkg.dependencies))).toEqual([]);
  });
});

describe("the README's Dependencies section", () => {
  it('names every runtime and development dependency of package.json with a reason', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Dependencies'), readme.indexOf('\n## ', readme.indexOf('## Dependencies') + 3));
    const listed = new Set([...section.matchAll(/^\| ([^|]+) \| (runtime|dev) \| \S/gm)].flatMap((m) => [...m[1]!.matchAll(/`([^`]+)`/g)].map((n) => `${n[1]} ${m[2]}`)));
    const expected = [...Object.keys(pkg.dependencies).map((d) => `${d} runtime`), ...Object.keys(pkg.devDependencies).map((d) => `${d} dev`)];
    expect(expected.filter((d) => !listed.has(d))).toEqual([]);
    expect([...listed].filter((d) => !expected.includes(d))).toEqual([]);
  });
});
