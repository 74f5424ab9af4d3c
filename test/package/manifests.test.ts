/**
 * The workspace's manifests tell one story: the root is private and lists the three packages;
 * each package has the root's version, license, repository, homepage and bugs, its own keywords,
 * engines, exports and files, and no install script; the runtime depends on ws and undici only
 * and the typings on nothing. (The typings manifest is generated from the root's; this also
 * catches it being stale.)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..', '..');

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly license: string;
  readonly repository: { readonly url: string; readonly directory?: string };
  readonly homepage: string;
  readonly bugs: { readonly url: string };
  readonly keywords?: readonly string[];
  readonly engines?: Readonly<Record<string, string>>;
  readonly exports?: unknown;
  readonly files?: readonly string[];
  readonly scripts?: Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly workspaces?: readonly string[];
}

const read = (dir: string): Manifest => JSON.parse(readFileSync(join(repo, dir, 'package.json'), 'utf8')) as Manifest;
const root = read('.');
const PACKAGES = { runtime: 'rbx-webstream', codegen: 'rbx-webstream-codegen', 'generated/typings': 'rbx-webstream-types' } as const;

describe('workspace manifests', () => {
  it('the root is a private workspace of the three package folders', () => {
    expect(root.private).toBe(true);
    expect(root.name).toBe('rbx-webstream-workspace');
    expect([...root.workspaces!].sort()).toEqual(Object.keys(PACKAGES).sort());
  });

  it.each(Object.entries(PACKAGES))('%s is %s, with the root version, license and links, and no install script', (dir, name) => {
    const manifest = read(dir);
    expect(manifest.name).toBe(name);
    expect(manifest.version).toBe(root.version);
    expect(manifest.license).toBe(root.license);
    expect(manifest.repository).toEqual({ type: 'git', url: root.repository.url, directory: dir });
    expect([manifest.homepage, manifest.bugs]).toEqual([root.homepage, root.bugs]);
    expect(manifest.keywords?.length).toBeGreaterThan(3);
    expect(manifest.engines).toEqual(root.engines);
    expect(manifest.exports).toBeDefined();
    expect(manifest.files?.length).toBeGreaterThan(0);
    expect(Object.keys(manifest.scripts ?? {}).filter((script) => /^(pre|post)?(install|prepare)$/.test(script))).toEqual([]);
  });

  it('the runtime depends on ws and undici only, the typings on nothing', () => {
    expect(Object.keys(read('runtime').dependencies ?? {}).sort()).toEqual(['undici', 'ws']);
    expect(read('generated/typings').dependencies).toBeUndefined();
  });
});
