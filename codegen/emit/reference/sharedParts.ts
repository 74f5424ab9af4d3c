/**
 * Text that recurs across the pages of one run, made once and reused: an ancestor's member rows
 * (Instance's hundred-odd rows are on most pages of a full dump), a type's link (`int`,
 * `[Instance](Instance.md)`) and the fact lines most members share (a dump has a dozen security
 * pairs, three thread-safety levels, a few categories and tags).
 * A whole dump has ~8,000 members; escaping and joining the same words again for each was a
 * good part of building the views (issue 14). The dump interns its types and security pairs, so
 * they key the maps as they are. One `SharedParts` per `planReferencePages` call: the text
 * depends on the dump (which classes have pages), so nothing is kept from one dump to the next.
 */
import type { DumpClass, Member, SecurityPair, TypeRef } from '../../dump/types.js';
import type { ApiModel } from '../../model/types.js';
import { flatten } from '../../templates/flatten.js';
import { markdownText } from '../escape/markdown.js';
import type { EmitSource } from '../shared/emitSource.js';
import { explain, SECURITY_WORDS, tagLabel, tagMeaning, THREAD_SAFETY_WORDS } from '../shared/metadataWords.js';
import { indexRows } from './buildClassPage.js';
import { factLine } from './markdownRows.js';
import { typeMarkdown } from './typeMarkdown.js';

export interface SharedParts {
  /** The member table rows of an ancestor, as every page but its own shows them. */
  inheritedRows(ancestor: DumpClass): string;
  /** `typeMarkdown(ref, index)`. */
  typeLink(ref: TypeRef): string;
  /** The `Security` fact line of a member. */
  securityFact(member: Member): string;
  /** The `Thread safety` fact line. */
  threadSafetyFact(level: string): string;
  /** The `Category` fact line of a property. */
  categoryFact(category: string): string;
  /** The fact line of a member's tag (`- **Not replicated**: does not cross …`). */
  tagFact(tag: string): string;
}

function capitalize(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function securityWords(read: string, write: string, short: boolean): string {
  if (short) return `${read} (${explain(SECURITY_WORDS, read)})`;
  return `read ${read} (${explain(SECURITY_WORDS, read)}) · write ${write} (${explain(SECURITY_WORDS, write)})`;
}

/** The fact line `make(key)`, made the first time `key` is asked for. */
function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

export function sharedParts(source: EmitSource, index: ApiModel): SharedParts {
  // A property always shows read and write; other members one level when both are the same.
  const propertySecurity = memo(({ read, write }: SecurityPair) => factLine('Security', markdownText(securityWords(read, write, false))));
  const otherSecurity = memo(({ read, write }: SecurityPair) => factLine('Security', markdownText(securityWords(read, write, read === write))));
  return {
    // Flat once here, so the hundreds of pages that print these rows copy them in one piece (flatten.ts).
    inheritedRows: memo((ancestor: DumpClass) => flatten(indexRows(source, ancestor, undefined))),
    typeLink: memo((ref: TypeRef) => typeMarkdown(ref, index)),
    securityFact: (member) => (member.memberType === 'Property' ? propertySecurity(member.security) : otherSecurity(member.security)),
    threadSafetyFact: memo((level: string) => factLine('Thread safety', markdownText(`${level} (${explain(THREAD_SAFETY_WORDS, level)})`))),
    categoryFact: memo((category: string) => factLine('Category', markdownText(category))),
    tagFact: memo((tag: string) => factLine(markdownText(capitalize(tagLabel(tag))), tagMeaning(tag))),
  };
}
