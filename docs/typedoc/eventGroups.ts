/**
 * Events under their own heading. In the declarations an event is a read-only property typed
 * `RBXScriptSignal<…>` (that is how both @rbxts/types and the Node runtime model it), so TypeDoc
 * would list events among the properties. Before TypeDoc groups the members, every property
 * whose type is `RBXScriptSignal` gets an `@group Events` tag, and `groupOrder` in typedoc.json
 * puts that group right after Properties.
 */
import { Comment, CommentTag, Converter, DeclarationReflection, ReflectionKind, type Application, type Context } from 'typedoc';

export const EVENTS_GROUP = 'Events';
const SIGNAL_TYPE = 'RBXScriptSignal';

/** True for a property (or accessor) whose type is `RBXScriptSignal<…>`. */
export function isEventProperty(reflection: DeclarationReflection): boolean {
  if (!reflection.kindOf(ReflectionKind.Property | ReflectionKind.Accessor)) return false;
  const type = reflection.kindOf(ReflectionKind.Accessor) ? reflection.getSignature?.type : reflection.type;
  return type?.type === 'reference' && type.name === SIGNAL_TYPE;
}

export function installEventGroups(app: Application): void {
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context: Context) => {
      for (const reflection of Object.values(context.project.reflections)) {
        if (!(reflection instanceof DeclarationReflection) || !isEventProperty(reflection)) continue;
        reflection.comment ??= new Comment();
        if (reflection.comment.blockTags.some((tag) => tag.tag === '@group')) continue;
        reflection.comment.blockTags.push(new CommentTag('@group', [{ kind: 'text', text: EVENTS_GROUP }]));
      }
    },
    // Before TypeDoc's GroupPlugin (priority -100) sorts the members into groups.
    100,
  );
}
