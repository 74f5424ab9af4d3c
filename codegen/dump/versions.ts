/**
 * Roblox version strings (`0.734.0.7340915`): validation and ordering.
 */

const VERSION = /^\d+\.\d+\.\d+\.\d+$/;

export function isVersion(text: string): boolean {
  return VERSION.test(text);
}

/** Negative when `a` is older than `b`, zero when equal, positive when newer. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
