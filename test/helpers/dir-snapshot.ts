import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Everything under a folder, as relative path → what it is: `file:<size>:<sha256 of the content, 16 hex>#<inode>`,
 * `dir`, or `link:<target>`. Two equal snapshots mean nothing was added, removed
 * or changed — and, through the inode, that a file was not replaced by a copy.
 */
/** What `snapshot` records of a file's content. */
export const digest = (content: string | Buffer) => createHash('sha256').update(content).digest('hex').slice(0, 16);

export function snapshot(root: string, options: { inodes?: boolean } = {}): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const rel = path.relative(root, full);
      const s = lstatSync(full);
      if (s.isSymbolicLink()) out.set(rel, `link:${readlinkSync(full)}`);
      else if (s.isDirectory()) {
        out.set(rel, 'dir');
        walk(full);
      } else {
        const bytes = readFileSync(full);
        out.set(rel, `file:${bytes.length}:${digest(bytes)}${options.inodes === false ? '' : `#${s.ino}`}`);
      }
    }
  };
  walk(root);
  return out;
}

/** The names in a folder tree that look like fairgate's temporaries or backups. */
export function leftovers(root: string): string[] {
  return [...snapshot(root).keys()].filter((p) => /\.fairgate-(tmp|old)$|fairgate-stdin-/.test(p));
}
