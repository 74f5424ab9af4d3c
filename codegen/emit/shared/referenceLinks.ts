/**
 * Where things live in `generated/reference/`: one page per class (`WebStreamClient.md`) and per
 * enum (`Enum.WebStreamClientState.md`: dumps have classes and enums of the same name, such as
 * `Platform`, so enum pages carry the `Enum.` prefix Luau code writes anyway), and the anchor of
 * each member or item on its page (GitHub-style slugs, made unique per page).
 */

export const REFERENCE_DIR = 'reference';

/** Names that are their own slug once lower-cased: most member and item names. */
const SLUG_AS_IS = /^[A-Za-z0-9_-]*$/;

/** GitHub's heading slug: lower case, punctuation dropped, spaces to `-`. */
export function headingSlug(text: string): string {
  // The fast path also spares compiling the Unicode classes below when no name needs them.
  if (SLUG_AS_IS.test(text)) return text.toLowerCase();
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

export type PageKind = 'class' | 'enum';

/** File name of the page of a class or enum, made safe for any file system. */
export function pageFileName(name: string, kind: PageKind = 'class'): string {
  const safe = name.replace(/[^A-Za-z0-9_-]/g, '_');
  return kind === 'enum' ? `Enum.${safe}.md` : `${safe}.md`;
}

/**
 * Anchors for a list of names in page order: the heading slug, and `-2`, `-3`, … for names whose
 * slug is taken (dumps have case twins such as `ClassName` / `className`). Pages write them as
 * explicit `<a id>` anchors, so links from the declarations and the index always land.
 */
export function uniqueAnchors(names: readonly string[]): Map<string, string> {
  const used = new Set<string>();
  const anchors = new Map<string, string>();
  for (const name of names) {
    if (anchors.has(name)) continue;
    const base = headingSlug(name) || 'member';
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    anchors.set(name, anchor);
  }
  return anchors;
}

interface AnchorOwner {
  readonly members?: readonly { readonly name: string }[];
  readonly items?: readonly { readonly name: string }[];
}

const anchorCache = new WeakMap<AnchorOwner, Map<string, string>>();

/** The anchor of a member of a class (or an item of an enum) on the owner's page. */
export function anchorOf(owner: AnchorOwner, name: string): string {
  let anchors = anchorCache.get(owner);
  if (!anchors) {
    anchors = uniqueAnchors((owner.members ?? owner.items ?? []).map((entry) => entry.name));
    anchorCache.set(owner, anchors);
  }
  return anchors.get(name) ?? headingSlug(name);
}

/** Link from a class page to a member section of another class page (or of the same page). */
export function memberHref(ownerName: string, anchor: string, fromPage?: string): string {
  return fromPage === ownerName ? `#${anchor}` : `${pageFileName(ownerName)}#${anchor}`;
}

/** Relative path from a declaration file one level below the output root (`node/index.d.ts`). */
export const REFERENCE_FROM_DECLARATIONS = `../${REFERENCE_DIR}`;

/** Relative path from a declaration file that has its own copy of the pages beside it (the typings package). */
export const REFERENCE_BESIDE_DECLARATIONS = `./${REFERENCE_DIR}`;

/** Link from a declaration file to a page; `base` is the path from that file to `reference/`. */
export function referenceHrefFromDeclarations(ownerName: string, anchor?: string, base = REFERENCE_FROM_DECLARATIONS, kind: PageKind = 'class'): string {
  const page = `${base}/${pageFileName(ownerName, kind)}`;
  return anchor === undefined ? page : `${page}#${anchor}`;
}
