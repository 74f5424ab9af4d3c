/**
 * Makes arbitrary text (our descriptions, dump names, change values) safe inside a `/** … *\/`
 * comment: `*\/` cannot end the comment early, and a line starting with `@` is not read as a tag.
 */

export function escapeDocText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/^(\s*)@/gm, '$1\\@');
}
