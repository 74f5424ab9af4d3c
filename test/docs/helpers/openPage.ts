/**
 * Opening a page of a built docs site in Chromium while recording everything that went wrong:
 * console errors and warnings, uncaught exceptions, failed or 4xx/5xx requests, and any dialog a
 * script opened (`alert` and friends, which a page of ours never opens: one means injected code
 * ran).
 */
import type { Browser, Page } from 'playwright-core';

export async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** A 404 for /favicon.ico is the only problem a page may have (the site declares its own icon, so there should be none). */
export function realProblems(problems: readonly string[]): string[] {
  return problems.filter((problem) => !/favicon\.ico/.test(problem));
}
