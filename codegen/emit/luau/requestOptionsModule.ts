/**
 * `WebStreamTypes.luau`: a Luau module exporting `WebStreamRequestOptions`, the typed
 * `requestOptions` of HttpService:CreateWebStreamClient, built from the same overlay type the
 * TypeScript declarations use (`REQUEST_OPTIONS` in codegen/emit/declarations/typeOverrides.ts).
 *
 * Why a module, not a definitions file: luau-lsp loads every definitions file on its own, so a
 * second file can neither see the Roblox definitions' types (`EnumHttpCompression` is unknown
 * there) nor export type aliases to scripts, and re-declaring HttpService would replace the whole
 * class. A module's exported types work in luau-lsp and in Studio alike.
 *
 * The table type ends with the indexer `[string]: nil`: the fields named above keep their types,
 * and any other key must be nil — so a misspelt field (`Mehtod = "GET"`) is a type error in
 * `--!strict` code under both Luau type solvers, where a plain table type would accept it.
 * The indexer also keeps the type assignable to the `{ [string]: any }` parameter that
 * luau-lsp's Roblox definitions give CreateWebStreamClient.
 */
import { EmitError } from '../shared/EmitError.js';
import type { EmitSource } from '../shared/emitSource.js';
import { luauHeader } from '../shared/generatedHeader.js';
import { HTTP_METHODS, REQUEST_OPTIONS } from '../declarations/typeOverrides.js';
import { escapeLuauComment, toLuauStringLiteral } from '../escape/luau.js';

/**
 * The Luau type of each request field; the keys must be exactly the overlay's fields. Url takes
 * a Secret as in Roblox; header values stay `string`, because with `string | Secret` the old
 * type solver rejects an ordinary literal such as `{ ["X-A"] = "1" }` (table properties are
 * invariant there) — a Secret header value needs a cast (`:: any`), see docs/guides/luau.md.
 */
const LUAU_FIELD_TYPES: ReadonlyMap<string, string> = new Map([
  ['Url', 'string | Secret'],
  ['Method', 'WebStreamMethod'],
  ['Headers', '{ [string]: string }'],
  ['Body', 'string'],
  ['Compress', 'Enum.HttpCompression'],
  ['Timeout', 'number'],
]);

export const REQUEST_OPTIONS_TYPE = 'WebStreamRequestOptions';
export const METHOD_TYPE = 'WebStreamMethod';

function comment(text: string, indent = ''): string {
  return `${indent}-- ${escapeLuauComment(text).replace(/\n/g, `\n${indent}`)}\n`;
}

export function requestOptionsModule(source: EmitSource, path: string): string {
  const fields = REQUEST_OPTIONS.properties.map((property) => {
    const type = LUAU_FIELD_TYPES.get(property.name);
    if (type === undefined) {
      throw new EmitError(
        'EMIT_UNKNOWN_TYPE',
        'codegen/emit/declarations/typeOverrides.ts',
        `REQUEST_OPTIONS.properties.${property.name}`,
        `the request options field ${property.name} has no Luau type`,
        `add ${property.name} to LUAU_FIELD_TYPES in codegen/emit/luau/requestOptionsModule.ts`,
      );
    }
    return `${comment(property.doc, '\t')}\t${property.name}: ${type}${property.optional ? '?' : ''},\n`;
  });
  const methods = HTTP_METHODS.map(toLuauStringLiteral).join(' | ');
  return (
    luauHeader(source) +
    '--!strict\n\n' +
    comment(
      `Typed request options for HttpService:CreateWebStreamClient. Require this module and annotate the options table with ${REQUEST_OPTIONS_TYPE}; luau-lsp and Studio then check the field names and types in --!strict code.`,
    ) +
    comment(`Path in the typings package: ${path}`) +
    '\n' +
    comment('The HTTP methods a request may use.') +
    `export type ${METHOD_TYPE} = ${methods}\n\n` +
    comment(REQUEST_OPTIONS.doc) +
    comment(`Source: ${REQUEST_OPTIONS.provenance}`) +
    `export type ${REQUEST_OPTIONS_TYPE} = {\n` +
    fields.join('') +
    comment('Any other key is a mistake, most often a misspelt field name: it must be nil.', '\t') +
    '\t[string]: nil,\n' +
    '}\n\n' +
    comment('The module holds only types; requiring it at run time gives an empty table.') +
    'return table.freeze({})\n'
  );
}
