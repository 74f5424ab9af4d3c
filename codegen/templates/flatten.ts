/**
 * Makes V8 store a string as one flat run of characters, and returns it.
 *
 * A Handlebars template builds its output by concatenation, which V8 keeps as a tree of pieces
 * (a "rope"): one object per `{{value}}` and text run. Whole-API mode holds ~1,500 rendered
 * pages, a few hundred thousand pieces, until it writes them; every young-generation GC copies
 * them all again, and writing flattens each page anyway. Flattening right after rendering turns
 * each page into one object: on the 0.734 dump that cut GC from ~270 ms to ~150 ms and the write
 * from ~300 ms to ~190 ms, about 0.2 s of a cold `generate --all` (bench/generateAll.ts).
 *
 * Reading a character is what flattens: V8 flattens a rope before indexing into it (it does so
 * even in optimised code, since the call has that effect). The text is unchanged; on an engine
 * that does not flatten here, this costs one character read.
 */
export function flatten(text: string): string {
  text.charCodeAt(0);
  return text;
}
