/**
 * Size of a built site, for the figures `npm run docs` prints: files and bytes in total, in
 * HTML pages, and in the search index (`assets/search.js`, which every page loads on demand).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteSize {
  readonly files: number;
  readonly bytes: number;
  readonly htmlFiles: number;
  readonly htmlBytes: number;
  readonly searchBytes: number;
}

export function measureSite(root: string): SiteSize {
  let files = 0;
  let bytes = 0;
  let htmlFiles = 0;
  let htmlBytes = 0;
  let searchBytes = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      const size = statSync(path).size;
      files += 1;
      bytes += size;
      if (entry.name.endsWith('.html')) {
        htmlFiles += 1;
        htmlBytes += size;
      }
      if (path === join(root, 'assets', 'search.js')) searchBytes = size;
    }
  };
  walk(root);
  return { files, bytes, htmlFiles, htmlBytes, searchBytes };
}

/** `1.4 MB`, `312 kB`, `880 B` (decimal units, as `du --si`). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} kB`;
  return `${bytes} B`;
}
