/**
 * Links each reference page back to its TypeScript declaration. The declarations link to the
 * pages (`@see [WebStreamClient reference](../reference/WebStreamClient.md)`); this adds the way
 * back, as a line under the page's title: "TypeScript declaration: WebStreamClient". The
 * declaration chosen for a page is the one whose `@see` names the page itself (no anchor),
 * preferring an interface (a class, or the object of an enum) to a type alias.
 */
import { Converter, ReflectionKind, type Application, type CommentDisplayPart, type Context, type Reflection } from 'typedoc';

const PREFERENCE = [ReflectionKind.Interface, ReflectionKind.Class, ReflectionKind.TypeAlias];

function rank(reflection: Reflection): number {
  const index = PREFERENCE.findIndex((kind) => reflection.kindOf(kind));
  return index === -1 ? PREFERENCE.length : index;
}

/**
 * The content with `link` inserted after the first level-one heading (or at the start when there
 * is none). Pure.
 */
export function insertAfterTitle(content: readonly CommentDisplayPart[], link: readonly CommentDisplayPart[]): CommentDisplayPart[] {
  for (let i = 0; i < content.length; i++) {
    const part = content[i]!;
    if (part.kind !== 'text') continue;
    const heading = /^# .*$/m.exec(part.text);
    if (!heading) continue;
    const end = heading.index + heading[0].length;
    return [
      ...content.slice(0, i),
      { kind: 'text', text: `${part.text.slice(0, end)}\n\n` },
      ...link,
      { kind: 'text', text: `\n${part.text.slice(end)}` },
      ...content.slice(i + 1),
    ];
  }
  return [...link, { kind: 'text', text: '\n\n' }, ...content];
}

export function installReferenceBacklinks(app: Application): void {
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context: Context) => {
      const { project } = context;
      const declarationOfPage = new Map<string, Reflection>();
      for (const reflection of Object.values(project.reflections)) {
        for (const tag of reflection.comment?.blockTags ?? []) {
          if (tag.tag !== '@see') continue;
          for (const part of tag.content) {
            if (part.kind !== 'relative-link' || part.target === undefined || part.targetAnchor !== undefined) continue;
            const file = project.files.resolvePath(part.target);
            if (file === undefined) continue;
            const known = declarationOfPage.get(file);
            if (known === undefined || rank(reflection) < rank(known)) declarationOfPage.set(file, reflection);
          }
        }
      }
      for (const document of project.getReflectionsByKind(ReflectionKind.Document)) {
        if (!document.isDocument()) continue;
        const file = project.files.getReflectionPath(document);
        const declaration = file === undefined ? undefined : declarationOfPage.get(file);
        if (declaration === undefined) continue;
        document.content = insertAfterTitle(document.content, [
          { kind: 'text', text: 'TypeScript declaration: ' },
          { kind: 'inline-tag', tag: '@link', text: declaration.name, target: declaration },
        ]);
      }
    },
    -200,
  );
}
