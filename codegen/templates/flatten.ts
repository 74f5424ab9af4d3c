/**
 * Makes V8 store a string as one flat run of characters, and returns it.
 *
 * A Handlebars template builds its output by concatenation, which V8 keeps as a tree of pieces
 * (a "rope"): one object per `{{value}}` and text run. Text held a while (every rendered page,
 * when all are returned at once; a page's rows that hundreds of other pages print) is cheaper as
 * one object: young-generation GCs copy each piece of a rope again, and every copy of a rope
 * into a page or a file walks the whole tree. When whole-API mode still held all ~1,500 pages,
 * flattening each right after rendering cut GC from ~270 ms to ~150 ms and the write from ~300 ms
 * to ~190 ms (bench/generateAll.ts); it now writes each page as it renders it.
 *
 * Reading a character is what flattens: V8 flattens a rope before indexing into it (it does so
 * even in optimised code, since the call has that effect). The text is unchanged; on an engine
 * that does not flatten here, this costs one character read.
 */
export function flatten(text: string): string {
  text.charCodeAt(0);
  return text;
}
