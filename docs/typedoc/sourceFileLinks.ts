/**
 * Links from the Markdown pages to source files of the repository (`[semantics.ts](../runtime/
 * semantics.ts)` in docs/semantics.md). TypeDoc copies such files into `media/`, so on the site
 * the link downloads a bare copy. When `rbxSourceUrl` is set (the build script sets it on GitHub
 * Actions to `https://github.com/<owner>/<repo>/blob/<commit>/`), the links go to the file in the
 * repository instead; links to Markdown pages, and any link outside the repository, are left as
 * they are. Without the option (a local build) the `media/` copies stay, so the site still works
 * offline.
 */
import { relative, sep } from 'node:path';
import { Converter, ReflectionKind, type Application, type CommentDisplayPart, type Context } from 'typedoc';

/** The URL of `file` in the repository at `root`, or undefined when it is not a source file there. */
export function sourceFileUrl(sourceUrl: string, root: string, file: string): string | undefined {
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || /\.(md|markdown)$/i.test(file)) return undefined;
  return `${sourceUrl.replace(/\/?$/, '/')}${rel.split(sep).map(encodeURIComponent).join('/')}`;
}

/** The GitHub page base for the commit being built, from the variables Actions sets; '' elsewhere. */
export function githubSourceUrl(env: NodeJS.ProcessEnv): string {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: commit } = env;
  return server && repository && commit ? `${server}/${repository}/blob/${commit}/` : '';
}

export function installSourceFileLinks(app: Application): void {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context: Context) => {
    const sourceUrl = app.options.getValue('rbxSourceUrl');
    if (sourceUrl === '') return;
    const { project } = context;
    const root = process.cwd();
    for (const document of project.getReflectionsByKind(ReflectionKind.Document)) {
      if (!document.isDocument()) continue;
      document.content = document.content.map((part): CommentDisplayPart => {
        if (part.kind !== 'relative-link' || part.target === undefined) return part;
        const file = project.files.resolvePath(part.target);
        const url = file === undefined || typeof project.files.resolve(part.target, project) === 'object' ? undefined : sourceFileUrl(sourceUrl, root, file);
        return url === undefined ? part : { kind: 'text', text: `${url}${part.targetAnchor ? `#${part.targetAnchor}` : ''}` };
      });
    }
  });
}
