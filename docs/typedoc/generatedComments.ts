/**
 * Decorates the comments of the documented API once TypeDoc has resolved the project: adds the
 * History block of each entity the history log knows (`memberHistory.ts`) and shows the
 * generator's metadata lines as a list (`metadataList.ts`). Reads the dump and the history log
 * named by `rbxDumpFile` and `rbxHistoryFile`; without them only the list formatting applies.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { type Comment, CommentTag, Converter, type Application, type Context, type Reflection } from 'typedoc';
import { formatError } from '../../codegen/cli/printError.js';
import { readDumpFile } from '../../codegen/dump/readDumpFile.js';
import { readJsonFile } from '../../codegen/history/historyFileIO.js';
import { loadHistory } from '../../codegen/history/loadHistory.js';
import type { EntityRef, HistoryQuery } from '../../codegen/history/types.js';
import { entityOfLink, generatedChangeLines, HISTORY_TAG, historyMarkdown, referenceTargets } from './memberHistory.js';
import { isGeneratedFile, listMetadataLines } from './metadataList.js';

interface HistorySource {
  readonly history: HistoryQuery;
  readonly targets: ReadonlyMap<string, EntityRef>;
  readonly referenceDir: string;
}

function isFile(path: string): boolean {
  return path !== '' && existsSync(path) && statSync(path).isFile();
}

/** The dump and history named by the options, or undefined (with an error logged if they are missing). */
function loadHistorySource(app: Application): HistorySource | undefined {
  const dumpFile = app.options.getValue('rbxDumpFile');
  const historyFile = app.options.getValue('rbxHistoryFile');
  const referenceDir = app.options.getValue('rbxReferenceDir');
  const wanted = [dumpFile, historyFile].filter((path) => path !== '' && !(existsSync(path) && statSync(path).isDirectory()));
  if (wanted.length === 0) return undefined;
  for (const [option, path] of [
    ['rbxDumpFile', dumpFile],
    ['rbxHistoryFile', historyFile],
  ] as const) {
    if (!isFile(path)) {
      app.logger.error(
        `${option}: ${path || '(not set)'} is not a file; set ${option} in typedoc.json to the ${option === 'rbxDumpFile' ? 'Full-API-Dump.json the declarations come from' : 'history.json of that dump'}, or remove both options to build without History sections`,
      );
      return undefined;
    }
  }
  try {
    const { dump } = readDumpFile(dumpFile);
    const history = loadHistory(readJsonFile(historyFile, 'history log'), historyFile);
    return { history, targets: referenceTargets(dump), referenceDir };
  } catch (error) {
    // A DumpError or HistoryError names the file, the JSON path and the fix; no stack trace.
    app.logger.error(`History sections: ${formatError(error).join('\n')}`);
    return undefined;
  }
}

/** The files and anchors the relative links of a comment's `@see` tags point at. */
function seeTargets(context: Context, comment: Comment): { file: string; anchor: string | undefined }[] {
  return comment.blockTags
    .filter((tag) => tag.tag === '@see')
    .flatMap((tag) => tag.content)
    .flatMap((part) => {
      if (part.kind !== 'relative-link' || part.target === undefined) return [];
      const file = context.project.files.resolvePath(part.target);
      return file === undefined ? [] : [{ file, anchor: part.targetAnchor }];
    });
}

function isInside(folder: string, file: string): boolean {
  const rel = relative(folder, file);
  return folder !== '' && rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function sourceFileOf(context: Context, reflection: Reflection): string | undefined {
  const sources = 'sources' in reflection ? (reflection.sources as { fullFileName: string }[] | undefined) : undefined;
  return sources?.[0]?.fullFileName ?? context.project.getSymbolIdFromReflection(reflection)?.fileName;
}

export function installGeneratedComments(app: Application): void {
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context: Context) => {
      const source = loadHistorySource(app);
      const referenceDir = app.options.getValue('rbxReferenceDir');
      const seen = new Set<Comment>();
      for (const reflection of Object.values(context.project.reflections)) {
        const comment = reflection.comment;
        if (!comment || seen.has(comment)) continue;
        seen.add(comment);
        const targets = seeTargets(context, comment);
        let dropLines = new Set<string>();
        const entity =
          source && !comment.blockTags.some((tag) => tag.tag === HISTORY_TAG)
            ? targets.map(({ file, anchor }) => entityOfLink(source.targets, source.referenceDir, file, anchor)).find((found) => found !== undefined)
            : undefined;
        if (source && entity) {
          const events = source.history.changes(entity);
          if (events.length > 0) {
            const at = comment.blockTags.findIndex((tag) => tag.tag === '@see');
            const block = new CommentTag(HISTORY_TAG, [{ kind: 'text', text: historyMarkdown(events) }]);
            comment.blockTags.splice(at === -1 ? comment.blockTags.length : at, 0, block);
            dropLines = generatedChangeLines(source.history, entity);
          }
        }
        // Generated comments: in a generated file, or copied from one (they link to a reference page).
        const file = sourceFileOf(context, reflection);
        const generated = (file !== undefined && isGeneratedFile(file)) || targets.some((target) => isInside(referenceDir, target.file));
        if (generated) comment.summary = listMetadataLines(comment.summary, dropLines);
      }
    },
    -100,
  );
}
