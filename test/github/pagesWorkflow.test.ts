/**
 * `.github/workflows/pages.yml` publishes the site: on pushes to main it checks out, sets up
 * Node 20, installs from the lock file, regenerates, builds the site and uploads `docs/site/`
 * for the deploy job, in that order. (The file is read as text: the checks name the lines they
 * need, so a reordered or missing step fails with the step's name.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const WORKFLOW = readFileSync('.github/workflows/pages.yml', 'utf8');
const lines = WORKFLOW.split('\n').map((line) => line.trim());

/** Index of the first line at or after `from` that starts with `text`, or -1. */
function lineIndex(text: string, from = 0): number {
  return lines.findIndex((line, index) => index >= from && line.startsWith(text));
}

describe('pages workflow', () => {
  it('runs on pushes to main', () => {
    expect(WORKFLOW).toMatch(/\non:\n\s+push:\n\s+branches: \[main\]/);
  });

  it('has the permissions GitHub Pages deployment needs', () => {
    for (const permission of ['pages: write', 'id-token: write']) expect(lines).toContain(permission);
  });

  it('builds the site in order: checkout, Node 20, npm ci, generate, docs, upload docs/site', () => {
    const steps = [
      '- uses: actions/checkout@',
      '- uses: actions/setup-node@',
      'node-version: 20',
      '- run: npm ci',
      '- run: npm run generate',
      '- run: npm run docs',
      '- uses: actions/upload-pages-artifact@',
      'path: docs/site',
    ];
    let at = 0;
    for (const step of steps) {
      const found = lineIndex(step, at);
      expect(found, `"${step}" after line ${at + 1}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });

  it('deploys the uploaded artifact in a job that needs the build', () => {
    const deploy = lineIndex('deploy:');
    expect(deploy).toBeGreaterThan(lineIndex('- uses: actions/upload-pages-artifact@'));
    expect(lineIndex('needs: build', deploy)).toBeGreaterThan(deploy);
    expect(lineIndex('uses: actions/deploy-pages@', deploy)).toBeGreaterThan(deploy);
  });
});
