/**
 * What a change means for code compiled against the generated typings, as named rules. The
 * first rule whose `matches` holds decides; `docs/diff-impact.md` explains each rule by name
 * (a test checks that every rule is documented there).
 *
 * "breaking": code that compiled (or ran) against the old API may fail against the new one.
 * "compatible": such code keeps working; the change only adds, loosens or annotates.
 */
import { KNOWN_SECURITY_LEVELS, KNOWN_THREAD_SAFETY } from '../dump/knownValues.js';
import type { Change, Impact } from './types.js';
import { deepEqual } from './deepEqual.js';

/** A change before classification. */
export type UnclassifiedChange = Omit<Change, 'impact'>;

export interface ImpactRule {
  readonly name: string;
  /** One line for docs and `--explain` style output. */
  readonly summary: string;
  matches(change: UnclassifiedChange): boolean;
  impact(change: UnclassifiedChange): Impact;
}

/** Security levels from open to closed (the dump's known levels, kept in that order); a move to the right is a tightening. */
export const SECURITY_ORDER: readonly string[] = KNOWN_SECURITY_LEVELS;

/** Thread safety from least to most permissive. */
export const THREAD_SAFETY_ORDER: readonly string[] = KNOWN_THREAD_SAFETY;

/** Tags whose arrival takes something away from scripts. */
export const TAGS_BREAKING_WHEN_ADDED: ReadonlySet<string> = new Set([
  'ReadOnly', // can no longer be assigned
  'WriteOnly', // can no longer be read
  'NotCreatable', // Instance.new no longer works
  'NotScriptable', // scripts can no longer reach it
]);

/** Tags whose departure takes something away from scripts. */
export const TAGS_BREAKING_WHEN_REMOVED: ReadonlySet<string> = new Set([
  'Service', // GetService no longer finds it
]);

/** Fields with no bearing on the typings. */
export const METADATA_FIELDS: readonly string[] = ['Category', 'Default', 'Serialization', 'MemoryCategory', 'SimulationAccess', 'TagOrder', 'Position'];

/** Every field the rules above `unknown-field` know by name. */
export const KNOWN_FIELDS: ReadonlySet<string> = new Set([
  'Superclass',
  'Security',
  'Security.Read',
  'Security.Write',
  'ThreadSafety',
  'Capabilities',
  'Capabilities.Read',
  'Capabilities.Write',
  'ValueType',
  'ReturnType',
  'Parameters',
  'Tags',
  'Value',
  'LegacyNames',
  'PreferredDescriptor',
  ...METADATA_FIELDS,
]);

const field = (change: UnclassifiedChange): string => change.field ?? '';
const isField =
  (...names: string[]) =>
  (change: UnclassifiedChange): boolean =>
    change.action === 'Change' && names.includes(field(change));
const startsWith =
  (prefix: string) =>
  (change: UnclassifiedChange): boolean =>
    change.action === 'Change' && field(change).startsWith(prefix);
const always = (impact: Impact) => (): Impact => impact;

function rankMove(order: readonly string[], from: unknown, to: unknown): number | undefined {
  const a = order.indexOf(String(from));
  const b = order.indexOf(String(to));
  return a < 0 || b < 0 ? undefined : b - a;
}

/** Every capability named by a raw Capabilities value (list, `{Read, Write}` or absent). */
function capabilityNames(value: unknown): Set<string> {
  if (Array.isArray(value)) return new Set(value.map(String));
  if (typeof value === 'object' && value !== null) {
    const pair = value as { Read?: unknown; Write?: unknown };
    return new Set([...capabilityNames(pair.Read), ...capabilityNames(pair.Write)]);
  }
  return new Set();
}

interface RawParameter {
  readonly Name?: unknown;
  readonly Type?: unknown;
  readonly Default?: unknown;
}

/**
 * Whether a new parameter list accepts every call (function) or listener (event, callback)
 * written for the old one: old parameters keep their types and stay optional if they were,
 * extra function parameters have defaults. Names do not matter to positional calls.
 */
export function parametersStayCompatible(kind: string, from: unknown, to: unknown): boolean {
  const before = (Array.isArray(from) ? from : []) as RawParameter[];
  const after = (Array.isArray(to) ? to : []) as RawParameter[];
  if (after.length < before.length) return false;
  for (let i = 0; i < before.length; i++) {
    const old = before[i]!;
    const now = after[i]!;
    if (!deepEqual(old.Type, now.Type)) return false;
    if (old.Default !== undefined && now.Default === undefined) return false;
  }
  if (kind !== 'Function') return true;
  return after.slice(before.length).every((parameter) => parameter.Default !== undefined);
}

export const IMPACT_RULES: readonly ImpactRule[] = [
  { name: 'entity-added', summary: 'A class, member, enum or item appeared.', matches: (c) => c.action === 'Add', impact: always('compatible') },
  { name: 'entity-removed', summary: 'A class, member, enum or item disappeared.', matches: (c) => c.action === 'Remove', impact: always('breaking') },
  {
    name: 'unrecorded-change',
    summary: 'The public record lists a change without saying which field; no removal or retype is recorded.',
    matches: (c) => c.action === 'Change' && c.field === undefined,
    impact: always('compatible'),
  },
  {
    name: 'superclass-changed',
    summary: 'The class inherits from another class: inherited members and assignability change.',
    matches: isField('Superclass'),
    impact: always('breaking'),
  },
  {
    name: 'security-loosened',
    summary: 'Security moved to a more open level (e.g. RobloxSecurity → None).',
    matches: (c) => startsWith('Security')(c) && (rankMove(SECURITY_ORDER, c.from, c.to) ?? 1) < 0,
    impact: always('compatible'),
  },
  {
    name: 'security-tightened',
    summary: 'Security moved to a stricter or unknown level: scripts at the old level lose access.',
    matches: startsWith('Security'),
    impact: always('breaking'),
  },
  {
    name: 'thread-safety-widened',
    summary: 'ThreadSafety became more permissive (e.g. Unsafe → Safe).',
    matches: (c) => isField('ThreadSafety')(c) && (rankMove(THREAD_SAFETY_ORDER, c.from, c.to) ?? -1) > 0,
    impact: always('compatible'),
  },
  {
    name: 'thread-safety-narrowed',
    summary: 'ThreadSafety became stricter or unknown: parallel code may stop working.',
    matches: isField('ThreadSafety'),
    impact: always('breaking'),
  },
  {
    name: 'capabilities-relaxed',
    summary: 'Fewer (or the same) capabilities are required.',
    matches: (c) => startsWith('Capabilities')(c) && [...capabilityNames(c.to)].every((name) => capabilityNames(c.from).has(name)),
    impact: always('compatible'),
  },
  {
    name: 'capabilities-required',
    summary: 'A sandboxed script now needs a capability it did not need before.',
    matches: startsWith('Capabilities'),
    impact: always('breaking'),
  },
  { name: 'type-changed', summary: 'A property type or return type changed.', matches: isField('ValueType', 'ReturnType'), impact: always('breaking') },
  {
    name: 'parameters-extended',
    summary: 'Parameters kept their types; new function parameters are optional (events and callbacks may gain any).',
    matches: (c) => isField('Parameters')(c) && parametersStayCompatible(c.kind, c.from, c.to),
    impact: always('compatible'),
  },
  {
    name: 'parameters-changed',
    summary: 'A parameter was removed, retyped, made required or a required one added.',
    matches: isField('Parameters'),
    impact: always('breaking'),
  },
  {
    name: 'tag-added',
    summary: `A tag was added; ${[...TAGS_BREAKING_WHEN_ADDED].join(', ')} take something away, others only annotate (e.g. Deprecated).`,
    matches: (c) => isField('Tags')(c) && c.to !== undefined,
    impact: (c) => (TAGS_BREAKING_WHEN_ADDED.has(String(c.to)) ? 'breaking' : 'compatible'),
  },
  {
    name: 'tag-removed',
    summary: `A tag was removed; losing ${[...TAGS_BREAKING_WHEN_REMOVED].join(', ')} takes something away, others lift a restriction or annotation.`,
    matches: isField('Tags'),
    impact: (c) => (TAGS_BREAKING_WHEN_REMOVED.has(String(c.from)) ? 'breaking' : 'compatible'),
  },
  {
    name: 'enum-value-changed',
    summary: 'An enum item got another number: stored or compared values change meaning.',
    matches: isField('Value'),
    impact: always('breaking'),
  },
  {
    name: 'legacy-names',
    summary: 'Legacy item names: dropping one breaks code that still uses it; adding one is harmless.',
    matches: isField('LegacyNames'),
    impact: (c) => {
      const now = new Set(Array.isArray(c.to) ? c.to.map(String) : []);
      return (Array.isArray(c.from) ? c.from.map(String) : []).every((name) => now.has(name)) ? 'compatible' : 'breaking';
    },
  },
  {
    name: 'deprecation-pointer',
    summary: 'The preferred replacement of a deprecated entity changed.',
    matches: isField('PreferredDescriptor'),
    impact: always('compatible'),
  },
  {
    name: 'metadata-only',
    summary: 'Studio and engine metadata that typings do not encode: Category, Default, Serialization, MemoryCategory, SimulationAccess, tag order, position.',
    matches: isField(...METADATA_FIELDS),
    impact: always('compatible'),
  },
  {
    name: 'unknown-field',
    summary: 'A raw field the dump model does not know yet (kept verbatim by the parser): not part of the typings.',
    matches: (c) => c.action === 'Change' && c.field !== undefined && !KNOWN_FIELDS.has(c.field),
    impact: always('compatible'),
  },
  { name: 'unclassified', summary: 'Anything no rule above covers: treated as breaking to be safe.', matches: () => true, impact: always('breaking') },
];

/** The rule that decides a change's impact. */
export function impactRuleFor(change: UnclassifiedChange): ImpactRule {
  return IMPACT_RULES.find((rule) => rule.matches(change))!;
}

export function classifyImpact(change: UnclassifiedChange): Impact {
  return impactRuleFor(change).impact(change);
}
