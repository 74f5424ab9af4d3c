/**
 * Finds the checked examples of a guide: a fenced code block marked `<!-- snippet: name -->`
 * and, for a program, the block marked `<!-- output: name -->` that shows what it prints. Lets a
 * test run or type-check each example and compare its output with the guide, so the guide
 * cannot drift from the package. (The markers are HTML comments: invisible on the site and on
 * GitHub.)
 */

export interface GuideSnippet {
  readonly name: string;
  readonly code: string;
  /** The expected standard output, with a final newline, when the guide shows one. */
  readonly output?: string;
}

const MARKED_BLOCK = /<!-- (snippet|output): ([\w-]+) -->\s*\n```[\w-]*\n([\s\S]*?)```/g;

/** The snippets of a Markdown text, in order; throws naming the block when an output has no snippet or a name is used twice. */
export function extractSnippets(markdown: string, file: string): GuideSnippet[] {
  const code = new Map<string, string>();
  const output = new Map<string, string>();
  for (const match of markdown.matchAll(MARKED_BLOCK)) {
    const [, role, name, body] = match as unknown as [string, 'snippet' | 'output', string, string];
    const target = role === 'snippet' ? code : output;
    if (target.has(name)) throw new Error(`${file}: two ${role} blocks are named "${name}"; give each example its own name`);
    target.set(name, body);
  }
  for (const name of output.keys()) {
    if (!code.has(name)) throw new Error(`${file}: output "${name}" has no snippet; mark its code block with <!-- snippet: ${name} -->`);
  }
  return [...code].map(([name, body]) => {
    const expected = output.get(name);
    return expected === undefined ? { name, code: body } : { name, code: body, output: expected };
  });
}

/** The snippet with its package imports pointed at `entry` (e.g. the runtime's source). */
export function importFrom(code: string, packageName: string, entry: string): string {
  return code.replaceAll(`from '${packageName}'`, `from '${entry}'`);
}
