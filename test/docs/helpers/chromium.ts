/**
 * Debian's Chromium (`/usr/bin/chromium`, installed by `.ci/run` with apt) driven by
 * playwright-core. Never a browser download. `describeWithChromium` runs a suite when the
 * browser is there; when it is not, the suite fails under CI (`CI=true`) and is skipped with the
 * reason shown elsewhere.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a headless run as root on a machine without network (see research/toolchain.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export function missingChromium(): string | undefined {
  return existsSync(CHROMIUM_PATH) ? undefined : `${CHROMIUM_PATH} is missing (install it with: apt-get install -y chromium)`;
}

export function describeWithChromium(name: string, body: () => void): void {
  const reason = missingChromium();
  if (reason === undefined) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') throw new Error(`${name}: ${reason}. CI must install Debian's chromium (.ci/run does).`);
  console.warn(`[skipped] ${name}: ${reason}`);
  describe.skip(`${name} [skipped: ${reason}]`, body);
}

/** A fresh headless browser (playwright makes and removes its own temporary profile). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}
