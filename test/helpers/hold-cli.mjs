/**
 * Preloaded into the built CLI by the signal tests (`node --import`), to stop
 * it at a chosen moment so that a test can send it a real signal there and
 * nowhere else — no sleeping and hoping:
 *
 *   FAIRGATE_TEST_HOLD=open:<text>:<n>   the n-th fs/promises open() of a path containing <text>
 *                                        never returns (the event loop keeps running, so signals are handled)
 *   FAIRGATE_TEST_HOLD=rename:<SIGNAL>   the first renameSync() first sends the process <SIGNAL>
 *                                        (handled once the synchronous renames are done)
 *
 * When it holds or signals, it appends a line to the file FAIRGATE_TEST_MARKER,
 * which the test waits for. Nothing in the CLI knows about this module.
 */
import { appendFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const [kind, what, nth] = (process.env.FAIRGATE_TEST_HOLD ?? '').split(':');
const mark = (line) => appendFileSync(process.env.FAIRGATE_TEST_MARKER, `${line}\n`);

if (kind === 'open') {
  const open = fsp.open;
  let seen = 0;
  fsp.open = (file, ...rest) => {
    if (String(file).includes(what) && ++seen === Number(nth)) {
      setInterval(() => undefined, 1 << 30); // keeps the process alive while held
      mark(`held at open #${seen} of ${file}`);
      return new Promise(() => undefined);
    }
    return open(file, ...rest);
  };
}

if (kind === 'rename') {
  const renameSync = fs.renameSync;
  let isSent = false;
  fs.renameSync = (from, to) => {
    if (!isSent) {
      isSent = true;
      process.kill(process.pid, what);
      mark(`sent ${what} before renaming to ${to}`);
    }
    return renameSync(from, to);
  };
}

syncBuiltinESMExports();
