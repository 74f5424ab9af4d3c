/**
 * fast-check arbitraries for random but valid raw API dumps (the `Full-API-Dump.json` shape,
 * keys in the dump's alphabetical order) and random mutations of them. Generating the raw form
 * and normalising it with the real parser keeps the generated dumps honest: everything a test
 * sees is something the parser accepts.
 *
 * Names come from small pools so that two dumps share classes and members (kept, changed, moved)
 * as well as differ in them (added, removed).
 */
import fc from 'fast-check';

export type RawValue = null | boolean | number | string | RawValue[] | { [key: string]: RawValue };
export type RawObject = { [key: string]: RawValue };
export interface RawDump {
  Classes: RawObject[];
  Enums: RawObject[];
  Version: number;
}

const CLASS_NAMES = ['Object', 'Instance', 'WebStreamClient', 'HttpService', 'Part', 'Model', 'Folder', 'Camera', 'Sound', 'Tool'];
const MEMBER_NAMES = ['Name', 'Send', 'Close', 'Opened', 'Closed', 'Changed', 'Value', 'isA', 'IsA', 'GetChildren', 'OnInvoke', 'Size'];
const ENUM_NAMES = ['WebStreamClientState', 'WebStreamClientType', 'Material', 'KeyCode', 'SortOrder', 'Font'];
const ITEM_NAMES = ['Connecting', 'Open', 'Error', 'Closed', 'SSE', 'RawStream', 'WebSocket', 'Plastic'];
const TAGS = ['NotCreatable', 'NotReplicated', 'ReadOnly', 'Deprecated', 'Hidden', 'NotBrowsable', 'Yields', 'CustomLuaState', 'Service', 'NotScriptable'];
const SECURITY: string[] = ['None', 'PluginSecurity', 'LocalUserSecurity', 'RobloxScriptSecurity', 'RobloxSecurity', 'NotAccessibleSecurity'];
const THREAD_SAFETY = ['Unsafe', 'ReadSafe', 'Safe'];
const CAPABILITIES = ['Network', 'UI', 'Basic', 'Physics', 'Audio'];
const MEMORY = ['Instances', 'Internal', 'PhysicsParts', 'Sounds'];
const CATEGORIES = ['Data', 'Behavior', 'Appearance', 'State'];
const PRIMITIVES = ['string', 'int', 'bool', 'float', 'null', 'int64', 'double'];

const ROOT = '<<<ROOT>>>';
const pick = <T>(list: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...list);

/** A few of the listed values, each once, in a random order. */
const someOf = (list: readonly string[], max = 3): fc.Arbitrary<string[]> => fc.uniqueArray(pick(list), { maxLength: max });

const typeRef: fc.Arbitrary<RawObject> = fc.oneof(
  pick(PRIMITIVES).map((name) => ({ Category: 'Primitive', Name: name })),
  pick(CLASS_NAMES).map((name) => ({ Category: 'Class', Name: name })),
  fc.tuple(pick(ENUM_NAMES), fc.boolean()).map(([name, nullable]) => ({ Category: 'Enum', Name: nullable ? `${name}?` : name })),
  pick(['RBXScriptSignal', 'Vector3', 'CFrame']).map((name) => ({ Category: 'DataType', Name: name })),
  pick(['Dictionary', 'Array', 'Tuple']).map((name) => ({ Category: 'Group', Name: name })),
);

const parameters: fc.Arbitrary<RawObject[]> = fc
  .uniqueArray(
    fc.tuple(
      pick(['data', 'message', 'className', 'property', 'level', 'options']),
      typeRef,
      fc.option(pick(['nil', '0', 'true', 'Low', '""']), { nil: undefined }),
    ),
    {
      maxLength: 3,
      selector: ([name]) => name,
    },
  )
  .map((list) =>
    list.map(([name, type, fallback]): RawObject => (fallback === undefined ? { Name: name, Type: type } : { Default: fallback, Name: name, Type: type })),
  );

/** Mostly one type object; sometimes a list (a tuple, or an unusual one-element list). */
const returnType: fc.Arbitrary<RawValue> = fc.oneof(
  { weight: 4, arbitrary: typeRef },
  { weight: 1, arbitrary: fc.array(typeRef, { minLength: 1, maxLength: 3 }) },
);

/** Functions, events and callbacks usually write one level; now and then a {Read, Write} pair. */
const callableSecurity: fc.Arbitrary<RawValue> = fc.oneof(
  { weight: 4, arbitrary: pick(SECURITY) },
  { weight: 1, arbitrary: fc.record({ Read: pick(SECURITY), Write: pick(SECURITY) }) },
);

const preferred: fc.Arbitrary<RawObject> = fc.record({ PreferredDescriptorName: pick(MEMBER_NAMES), ThreadSafety: pick([...THREAD_SAFETY, 'Unknown']) });

/** Tags with, sometimes, the preferred-descriptor object somewhere among them. */
const tags: fc.Arbitrary<RawValue[] | undefined> = fc.tuple(someOf(TAGS), fc.option(preferred, { nil: undefined }), fc.nat()).map(([names, descriptor, at]) => {
  const list: RawValue[] = [...names];
  if (descriptor !== undefined) list.splice(at % (list.length + 1), 0, descriptor);
  return list.length === 0 ? undefined : list;
});

const capabilities: fc.Arbitrary<RawValue | undefined> = fc.oneof(
  fc.constant(undefined),
  someOf(CAPABILITIES).map((list) => list as RawValue),
  fc.record({ Read: someOf(CAPABILITIES), Write: someOf(CAPABILITIES) }),
);

/** SimulationAccess (0.732+), and now and then a field no dump has yet, which the parser keeps. */
const extraField: fc.Arbitrary<RawObject> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({}) },
  { weight: 2, arbitrary: fc.boolean().map((value) => ({ SimulationAccess: value })) },
  { weight: 1, arbitrary: pick(['on', 'off', 'later']).map((value) => ({ FutureFlag: value })) },
);

/** Copies an object with its keys in alphabetical order, dropping undefined values. */
function sorted(fields: Record<string, RawValue | undefined>): RawObject {
  const out: RawObject = {};
  for (const key of Object.keys(fields).sort()) {
    const value = fields[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

const common = { Tags: tags, ThreadSafety: pick(THREAD_SAFETY), Capabilities: capabilities, extra: extraField };

export const rawProperty: fc.Arbitrary<(name: string) => RawObject> = fc
  .record({
    ...common,
    Category: pick(CATEGORIES),
    Default: fc.option(pick(['0', 'true', '__api_dump_class_not_creatable__', '', 'Enum.Material.Plastic']), { nil: undefined }),
    Security: fc.record({ Read: pick(SECURITY), Write: pick(SECURITY) }),
    Serialization: fc.record({ CanLoad: fc.boolean(), CanSave: fc.boolean() }),
    ValueType: typeRef,
  })
  .map(
    ({ extra, ...fields }) =>
      (name: string) =>
        sorted({ ...fields, ...extra, MemberType: 'Property', Name: name }),
  );

const callable = (memberType: 'Function' | 'Event' | 'Callback'): fc.Arbitrary<(name: string) => RawObject> =>
  fc
    .record({
      ...common,
      Parameters: parameters,
      ReturnType: memberType === 'Event' ? fc.constant(undefined) : returnType,
      Security: callableSecurity,
    })
    .map(
      ({ extra, ...fields }) =>
        (name: string) =>
          sorted({ ...fields, ...extra, MemberType: memberType, Name: name }),
    );

/** A member body; the name is given when it is placed in a class. */
export const rawMember: fc.Arbitrary<(name: string) => RawObject> = fc.oneof(rawProperty, callable('Function'), callable('Event'), callable('Callback'));

const namedList = <T>(names: readonly string[], body: fc.Arbitrary<(name: string) => T>, maxLength: number): fc.Arbitrary<T[]> =>
  fc.uniqueArray(fc.tuple(pick(names), body), { maxLength, selector: ([name]) => name }).map((list) => list.map(([name, make]) => make(name)));

export const rawClassBody: fc.Arbitrary<(name: string) => RawObject> = fc
  .record({
    Members: namedList(MEMBER_NAMES, rawMember, 6),
    MemoryCategory: pick(MEMORY),
    Superclass: fc.oneof(fc.constant(ROOT), pick(CLASS_NAMES)),
    Tags: tags,
  })
  .map((fields) => (name: string) => sorted({ ...fields, Name: name }));

export const rawItemBody: fc.Arbitrary<(name: string) => RawObject> = fc
  .record({
    LegacyNames: fc.option(
      someOf(['Old', 'Legacy', 'Former'], 2).filter((list) => list.length > 0),
      { nil: undefined },
    ),
    Tags: tags,
    Value: fc.integer({ min: -2, max: 40 }),
  })
  .map((fields) => (name: string) => sorted({ ...fields, Name: name }));

export const rawEnumBody: fc.Arbitrary<(name: string) => RawObject> = fc
  .record({ Items: namedList(ITEM_NAMES, rawItemBody, 5), Tags: tags })
  .map((fields) => (name: string) => sorted({ ...fields, Name: name }));

/**
 * Makes the superclass graph valid, as the parser requires: a superclass that is not defined, or
 * that closes a loop, becomes the root marker. Changes the dump in place and returns it.
 */
export function repairSuperclasses(dump: RawDump): RawDump {
  const byName = new Map(dump.Classes.map((cls) => [cls.Name as string, cls]));
  for (const cls of dump.Classes) {
    const seen = new Set<RawObject>([cls]);
    for (let current = cls; current.Superclass !== ROOT;) {
      const parent = byName.get(current.Superclass as string);
      if (parent === undefined || seen.has(parent)) {
        current.Superclass = ROOT;
        break;
      }
      seen.add(parent);
      current = parent;
    }
  }
  return dump;
}

export const rawDump: fc.Arbitrary<RawDump> = fc
  .record({ Classes: namedList(CLASS_NAMES, rawClassBody, 6), Enums: namedList(ENUM_NAMES, rawEnumBody, 4) })
  .map(({ Classes, Enums }) => repairSuperclasses({ Classes, Enums, Version: 1 }));

// ---------------------------------------------------------------------------------------------
// Mutations: each picks its targets by index (modulo the current size) when applied.

export type Mutation = (dump: RawDump) => void;

function at<T>(list: T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

function moveWithin<T>(list: T[], from: number, to: number): void {
  if (list.length < 2) return;
  const [item] = list.splice(from % list.length, 1);
  list.splice(to % (list.length + 1), 0, item!);
}

function freshName(pool: readonly string[], taken: RawObject[], seed: number): string | undefined {
  const free = pool.filter((name) => !taken.some((entity) => entity.Name === name));
  return at(free, seed);
}

function setField(entity: RawObject, key: string, value: RawValue | undefined): void {
  const fields: Record<string, RawValue | undefined> = { ...entity, [key]: value };
  for (const k of Object.keys(entity)) delete entity[k];
  Object.assign(entity, sorted(fields));
}

const index = fc.nat({ max: 1000 });

/** Changes one field of a member to a freshly generated value of the right kind. */
const memberFieldMutation: fc.Arbitrary<Mutation> = fc
  .tuple(
    index,
    index,
    rawMember,
    fc.constantFrom(
      'Security',
      'ThreadSafety',
      'Capabilities',
      'Tags',
      'Parameters',
      'ReturnType',
      'ValueType',
      'Default',
      'Category',
      'Serialization',
      'SimulationAccess',
      'FutureFlag',
      'MemberType',
    ),
  )
  .map(([c, m, body, key]) => (dump) => {
    const cls = at(dump.Classes, c);
    const members = cls?.Members as RawObject[] | undefined;
    const member = members === undefined ? undefined : at(members, m);
    if (member === undefined || members === undefined) return;
    const donor = body(member.Name as string);
    if (key === 'MemberType') {
      members[members.indexOf(member)] = donor; // same name, possibly another kind
      return;
    }
    if (donor.MemberType !== member.MemberType) {
      // Borrow only fields that this kind has.
      if (['ThreadSafety', 'Capabilities', 'Tags', 'SimulationAccess', 'FutureFlag'].includes(key)) setField(member, key, donor[key]);
      return;
    }
    setField(member, key, donor[key]);
  });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // classes
  index.map(
    (i): Mutation =>
      (dump) =>
        void (dump.Classes.length > 0 && dump.Classes.splice(i % dump.Classes.length, 1)),
  ),
  fc.tuple(index, index, rawClassBody).map(([seed, where, body]): Mutation => (dump) => {
    const name = freshName(CLASS_NAMES, dump.Classes, seed);
    if (name !== undefined) dump.Classes.splice(where % (dump.Classes.length + 1), 0, body(name));
  }),
  fc.tuple(index, index).map(
    ([from, to]): Mutation =>
      (dump) =>
        moveWithin(dump.Classes, from, to),
  ),
  fc.tuple(index, rawClassBody).map(([i, body]): Mutation => (dump) => {
    const cls = at(dump.Classes, i);
    if (cls === undefined) return;
    const donor = body(cls.Name as string);
    for (const key of ['Superclass', 'MemoryCategory', 'Tags']) if (donor[key] !== cls[key]) setField(cls, key, donor[key]);
  }),
  // members
  fc.tuple(index, index).map(([c, m]): Mutation => (dump) => {
    const members = at(dump.Classes, c)?.Members as RawObject[] | undefined;
    if (members !== undefined && members.length > 0) members.splice(m % members.length, 1);
  }),
  fc.tuple(index, index, index, rawMember).map(([c, seed, where, body]): Mutation => (dump) => {
    const members = at(dump.Classes, c)?.Members as RawObject[] | undefined;
    const name = members === undefined ? undefined : freshName(MEMBER_NAMES, members, seed);
    if (members !== undefined && name !== undefined) members.splice(where % (members.length + 1), 0, body(name));
  }),
  fc.tuple(index, index, index).map(([c, from, to]): Mutation => (dump) => {
    const members = at(dump.Classes, c)?.Members as RawObject[] | undefined;
    if (members !== undefined) moveWithin(members, from, to);
  }),
  memberFieldMutation,
  memberFieldMutation,
  // enums and items
  index.map(
    (i): Mutation =>
      (dump) =>
        void (dump.Enums.length > 0 && dump.Enums.splice(i % dump.Enums.length, 1)),
  ),
  fc.tuple(index, index, rawEnumBody).map(([seed, where, body]): Mutation => (dump) => {
    const name = freshName(ENUM_NAMES, dump.Enums, seed);
    if (name !== undefined) dump.Enums.splice(where % (dump.Enums.length + 1), 0, body(name));
  }),
  fc.tuple(index, index).map(
    ([from, to]): Mutation =>
      (dump) =>
        moveWithin(dump.Enums, from, to),
  ),
  fc
    .tuple(index, index, rawItemBody, fc.constantFrom('Value', 'LegacyNames', 'Tags', 'remove', 'add', 'move'))
    .map(([e, i, body, what]): Mutation => (dump) => {
      const items = at(dump.Enums, e)?.Items as RawObject[] | undefined;
      if (items === undefined) return;
      if (what === 'add') {
        const name = freshName(ITEM_NAMES, items, i);
        if (name !== undefined) items.splice(i % (items.length + 1), 0, body(name));
        return;
      }
      if (what === 'move') return moveWithin(items, i, e);
      const item = at(items, i);
      if (item === undefined) return;
      if (what === 'remove') items.splice(items.indexOf(item), 1);
      else setField(item, what, body(item.Name as string)[what]);
    }),
  fc.tuple(index, tags).map(([e, newTags]): Mutation => (dump) => {
    const enumeration = at(dump.Enums, e);
    if (enumeration !== undefined) setField(enumeration, 'Tags', newTags);
  }),
);

/** A dump and a mutated copy of it. */
export const rawDumpPair: fc.Arbitrary<[RawDump, RawDump]> = fc.tuple(rawDump, fc.array(mutation, { maxLength: 12 })).map(([dump, mutations]) => {
  const changed = structuredClone(dump);
  for (const apply of mutations) apply(changed);
  return [dump, repairSuperclasses(changed)];
});
