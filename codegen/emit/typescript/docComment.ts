/**
 * How a JSDoc comment is laid out in the TypeScript we print, as ts-morph's `printStructure` does
 * it: one line (`/** text *\/`) when the text has one line, otherwise `/**`, each line behind a
 * ` * ` margin (a bare ` *` when empty) and ` *\/`. `printStructures` and the text printers of
 * the whole-API declarations (codegen/emit/declarations/*Text.ts) both lay comments out here, so
 * they cannot differ.
 */

/** ` * ` margins, by indentation (a handful of levels occur). */
const margins = new Map<string, { readonly line: string; readonly empty: string }>();

function marginsAt(pad: string): { readonly line: string; readonly empty: string } {
  let margin = margins.get(pad);
  if (margin === undefined) {
    margin = { line: `${pad} * `, empty: `${pad} *` };
    margins.set(pad, margin);
  }
  return margin;
}

/** A one-line comment's text between `/**` and `*\/` (no newline in `doc`), without indentation. */
export function singleLineDoc(doc: string): string {
  return `/** ${doc}${doc.endsWith(' ') ? '' : ' '}*/`;
}

/** One multi-line comment at indentation `pad`, ending in a newline. */
export function multiLineDoc(doc: string, pad: string): string {
  const margin = marginsAt(pad);
  // ts-morph drops one leading empty line.
  const body = doc.startsWith('\n') ? doc.slice(1) : doc.startsWith('\r\n') ? doc.slice(2) : doc;
  // Most comments (every one the declarations build from the dump) have no empty line and no
  // CR: one native replace puts the margins in.
  if (!body.includes('\r') && !body.startsWith('\n') && !body.endsWith('\n') && !body.includes('\n\n') && body !== '') {
    return `${pad}/**\n${margin.line}${body.replaceAll('\n', `\n${margin.line}`)}\n${pad} */\n`;
  }
  let text = `${pad}/**\n`;
  for (const line of body.split(/\r?\n/)) text += line === '' ? `${margin.empty}\n` : `${margin.line}${line}\n`;
  return `${text}${pad} */\n`;
}

/** The comment of `doc` on lines of its own at indentation `pad`, ending in a newline. */
export function docComment(doc: string, pad: string): string {
  return doc.includes('\n') ? multiLineDoc(doc, pad) : `${pad}${singleLineDoc(doc)}\n`;
}
