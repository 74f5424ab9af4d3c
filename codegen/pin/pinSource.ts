/**
 * The emitters' input as of an older engine build: `pinSource(source, builds, '0.686')` gives
 * an input of the same shape whose dump, descriptions, history and provenance are those of
 * build 0.686 (see `pinDump.ts`), so every emitter produces that build's output unchanged.
 * The header of each pinned file names the build: the dump is shown as
 * `<file> as of Roblox build <version>` and the provenance carries the pinned build's version,
 * GUID and date (the input hash stays the hash of the dump actually read).
 */
import type { DocsFile, ClassDocs, EnumDocs, MemberDocs } from '../docs/types.js';
import type { Dump } from '../dump/types.js';
import type { EmitSource } from '../emit/shared/emitSource.js';
import { buildModel } from '../model/buildModel.js';
import type { ApiModel } from '../model/types.js';
import { createHistoryQuery } from '../history/query.js';
import { compareVersions } from '../dump/versions.js';
import { pinDump, type PinDumpOptions, type PinnedDump } from './pinDump.js';
import { PinError } from './PinError.js';
import { resolveBuild } from './resolveBuild.js';

function nullProtoRecord<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** Our descriptions cut down to the entities the pinned dump still has (docs are checked entity for entity). */
export function docsForDump(docs: DocsFile, dump: Dump): DocsFile {
  const classes = nullProtoRecord<ClassDocs>(
    dump.classes.flatMap((cls) => {
      const classDocs = docs.classes[cls.name];
      if (classDocs === undefined) return [];
      const members = nullProtoRecord<MemberDocs>(
        cls.members.flatMap((member) => (Object.hasOwn(classDocs.members, member.name) ? [[member.name, classDocs.members[member.name]!] as const] : [])),
      );
      return [[cls.name, { ...classDocs, members }] as const];
    }),
  );
  const enums = nullProtoRecord<EnumDocs>(
    dump.enums.flatMap((dumpEnum) => {
      const enumDocs = docs.enums[dumpEnum.name];
      if (enumDocs === undefined) return [];
      const items = nullProtoRecord<string>(
        dumpEnum.items.flatMap((item) => (Object.hasOwn(enumDocs.items, item.name) ? [[item.name, enumDocs.items[item.name]!] as const] : [])),
      );
      return [[dumpEnum.name, { ...enumDocs, items }] as const];
    }),
  );
  return { classes, enums };
}

export interface PinnedSource<T extends EmitSource> {
  readonly source: T;
  readonly pinned: PinnedDump;
}

/**
 * Pins any emitter input (an `EmitSource`, or a `GenerateInput` with its model and docs) to the
 * build `requested` names, using the history log the input was dated with.
 */
export function pinSource<T extends EmitSource & { readonly model?: ApiModel; readonly docs?: DocsFile }>(
  source: T,
  requested: string,
  options: Pick<PinDumpOptions, 'mode'> & { readonly regenerateCommand?: string } = {},
): PinnedSource<T> {
  const builds = source.history?.builds();
  if (builds === undefined || builds.length === 0) {
    throw new PinError(
      'PIN_NO_HISTORY',
      `pinning ${source.dumpFile} to ${requested} needs its history log, and there is none`,
      'give the history log (api-dump/history.json; --history <file> with --all)',
    );
  }
  const build = resolveBuild(builds, requested);
  const pinned = pinDump(source.dump, builds, build, { file: source.dumpFile, ...(options.mode ? { mode: options.mode } : {}) });
  const earlier = builds.filter((entry) => compareVersions(entry.version, build.version) <= 0);
  const result = {
    ...source,
    dump: pinned.dump,
    dumpFile: `${source.dumpFile} as of Roblox build ${build.version}`,
    history: createHistoryQuery(earlier),
    ...(source.docs === undefined ? {} : { docs: docsForDump(source.docs, pinned.dump) }),
    ...(source.model === undefined ? {} : { model: buildModel(pinned.dump) }),
    ...(source.provenance === undefined
      ? {}
      : {
          provenance: {
            apiVersion: build.version,
            ...(build.guid === undefined ? {} : { buildGuid: build.guid }),
            ...(build.date === undefined ? {} : { buildDate: build.date }),
            dumpSha256: source.provenance.dumpSha256,
          },
        }),
    ...(options.regenerateCommand === undefined ? {} : { regenerateCommand: options.regenerateCommand }),
  };
  return { source: result as T, pinned };
}
