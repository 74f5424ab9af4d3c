/**
 * Display names and summaries of the site's modules. TypeDoc names a module after its path
 * (`runtime`, `generated/node`) and documents it from a `@module` comment, which neither entry
 * point has (one is generated, the other is the runtime's). `rbxModules` in `typedoc.json` gives
 * each a name users recognise (`rbx-webstream` is what they import) and a one-line summary.
 */
import { Comment, Converter, ReflectionKind, type Application, type Context } from 'typedoc';

export function installModuleLabels(app: Application): void {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context: Context) => {
    const labels = app.options.getValue('rbxModules');
    const unused = new Set(Object.keys(labels));
    for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const label = labels[module.name];
      if (label === undefined) continue;
      unused.delete(module.name);
      module.name = label.name;
      if (label.summary !== undefined && !module.comment) {
        module.comment = new Comment([{ kind: 'text', text: label.summary }]);
      }
    }
    for (const name of unused) {
      app.logger.warn(
        `rbxModules names a module "${name}" that the site does not have; the modules are: ${
          context.project
            .getReflectionsByKind(ReflectionKind.Module)
            .map((m) => m.name)
            .join(', ') || '(none)'
        }`,
      );
    }
  });
}
