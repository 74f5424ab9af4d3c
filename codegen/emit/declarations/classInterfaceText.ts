/**
 * One dump class → the text of its exported interface in the Node declarations, printed straight
 * from the typed members: the same declaration `createClassInterface` builds as a structure and
 * `printStructures` prints, byte for byte (test/codegen/emit/declarations/declarationTexts.test.ts
 * compares the two on the slice, on hostile dumps and on every real dump). Whole-API mode prints
 * some 900 interfaces and 8,000 members this way: a structure per member and per comment, kept
 * until the whole file was printed, cost more than the printing itself (mostly in garbage
 * collection), and printing a known shape needs none of the printer's general layout rules.
 */
import type { DumpClass } from '../../dump/types.js';
import { classDocFacts } from '../shared/docFacts.js';
import { toJsDoc } from '../shared/toJsDoc.js';
import { classTypeName } from '../shared/tsNames.js';
import { docComment } from '../typescript/docComment.js';
import { extendsClause, splitMembers } from './createClassInterface.js';
import { typedMembers, type MemberTypingContext, type TypedMember } from './typedMembers.js';

/** The printer indents the lines after the first of a multi-line type to the block, as here. */
const LINE_START = /\n(?=[^\n])/g;

/** A member's line inside an interface body (indentation `pad`), as `printStructures` writes it. */
export function memberLine(member: TypedMember, pad: string): string {
  let line: string;
  if (member.kind === 'method') {
    let parameters = '';
    for (const p of member.parameters) {
      if (parameters !== '') parameters += ', ';
      parameters += `${p.isRestParameter ? '...' : ''}${p.name}${p.hasQuestionToken ? '?' : ''}${p.type === undefined ? '' : `: ${String(p.type)}`}`;
    }
    line = `${member.key}(${parameters}): ${member.returnType};`;
  } else {
    line = `${member.isReadonly ? 'readonly ' : ''}${member.key}: ${member.type};`;
  }
  return `${pad}${line.includes('\n') ? line.replace(LINE_START, `\n${pad}`) : line}\n`;
}

/** The interface of `cls` with its comment, ending in a newline (no blank line around it). */
export function classInterfaceText(context: MemberTypingContext, cls: DumpClass): string {
  const heritage = extendsClause(context, cls);
  let text = `${docComment(toJsDoc(classDocFacts(context.source, cls)), '')}export interface ${classTypeName(cls.name)} ${heritage.length > 0 ? `extends ${heritage.join(', ')} ` : ''}{\n`;
  for (const member of splitMembers(typedMembers(context, cls))) text += docComment(member.docs, '  ') + memberLine(member, '  ');
  return `${text}}\n`;
}
