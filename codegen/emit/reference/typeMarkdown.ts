/**
 * Types as the reference pages show them, in Roblox's own notation (`int`, `string`,
 * `Enum.WebStreamClientState`, `WebStreamClient`), linked to their page when the dump has one.
 */
import type { TypeRef } from '../../dump/types.js';
import type { ApiModel } from '../../model/types.js';
import { pageFileName } from '../shared/referenceLinks.js';
import { markdownLinkText } from '../escape/markdown.js';

/** Plain notation, for code spans and signatures: `Enum.WebStreamClientType`, `Color3?`. */
export function typeNotation(ref: TypeRef): string {
  return ref.category === 'Enum' ? `Enum.${ref.name}` : ref.name;
}

/** Markdown with a link to the class or enum page when there is one. */
export function typeMarkdown(ref: TypeRef, index: ApiModel): string {
  const name = ref.name.endsWith('?') ? ref.name.slice(0, -1) : ref.name;
  const suffix = ref.name.endsWith('?') ? '?' : '';
  const label = markdownLinkText(typeNotation({ ...ref, name }));
  if (ref.category === 'Class' && index.getClass(name)) return `[${label}](${pageFileName(name)})${suffix}`;
  if (ref.category === 'Enum' && index.getEnum(name)) return `[${label}](${pageFileName(name, 'enum')})${suffix}`;
  return `${label}${suffix}`;
}

/** `Send(data: string): null`, `Opened(responseStatusCode: int, headers: string)`. */
export function signatureNotation(
  name: string,
  parameters: readonly { readonly name: string; readonly type: TypeRef; readonly default?: string }[],
  returns?: readonly TypeRef[],
): string {
  const list = parameters.map((p) => `${p.name}: ${typeNotation(p.type)}${p.default === undefined ? '' : ` = ${p.default}`}`).join(', ');
  const result = returns === undefined ? '' : `: ${returns.length === 0 ? 'null' : returns.map(typeNotation).join(', ')}`;
  return `${name}(${list})${result}`;
}
