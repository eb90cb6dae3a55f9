import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { OutputError } from './output-error.js';

/** Names a Chromium (or Chrome) executable goes by on PATH, most likely first. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'] as const;

/** How to get one, for the error message. */
export const CHROMIUM_INSTALL = 'install Chromium (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable';

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium that prints PDF reports: `CHROMIUM_PATH` when set (it must be
 * an executable file), else the first of the usual names on PATH. Throws one
 * line naming the output and how to install one; asked before the audit runs,
 * so a missing browser costs no wasted audit.
 */
export function findChromium(env: Readonly<Record<string, string | undefined>>, shown: string): string {
  const given = env.CHROMIUM_PATH?.trim();
  if (given) {
    if (isExecutableFile(given)) return given;
    throw new OutputError(`${shown}: CHROMIUM_PATH is ${JSON.stringify(given)}, which is not an executable file; point it at a Chromium or Chrome executable, or unset it to look on PATH`);
  }
  const dirs = (env.PATH ?? '').split(path.delimiter).filter((d) => path.isAbsolute(d));
  for (const name of NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (isExecutableFile(file)) return file;
    }
  }
  throw new OutputError(`${shown}: no Chromium to print the PDF with (looked for ${NAMES.join(', ')} on PATH): ${CHROMIUM_INSTALL}`);
}
