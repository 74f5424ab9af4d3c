/**
 * Declarations the dump implies but does not describe: the overlay types the type overrides refer
 * to (`RequestOptions`), and an opaque placeholder for every DataType the declared members use
 * (`Vector3`, `CFrame`, …), which this package does not model but must still name.
 */
import type { InterfaceDeclarationStructure } from 'ts-morph';
import { toPropertyKey, toStringLiteral } from '../shared/identifiers.js';
import { markdownText } from '../escape/markdown.js';
import { tsDocText } from '../escape/typescript.js';
import type { Flavour } from '../shared/typeText.js';
import { STRUCTURE_KIND } from '../typescript/structureKinds.js';
import type { OverlayType } from './typeOverrides.js';

/** The overlay types a flavour declares (those with a name for it), as interfaces. */
export function createOverlayInterfaces(overlays: readonly OverlayType[], flavour: Flavour, isExported: boolean): InterfaceDeclarationStructure[] {
  return overlays.flatMap((overlay) => {
    const name = overlay.names[flavour];
    return name === undefined ? [] : [createOverlayInterface(overlay, name, flavour, isExported)];
  });
}

function createOverlayInterface(overlay: OverlayType, name: string, flavour: Flavour, isExported: boolean): InterfaceDeclarationStructure {
  return {
    kind: STRUCTURE_KIND.Interface,
    name,
    isExported,
    ...(overlay.extends === undefined ? {} : { extends: [overlay.extends] }),
    docs: [`${tsDocText(overlay.doc)}\n\nWhy this type exists: ${tsDocText(overlay.provenance)}`],
    properties: overlay.properties.map((p) => ({
      name: toPropertyKey(p.name),
      type: p.types[flavour],
      hasQuestionToken: p.optional,
      ...(p.readonly === true ? { isReadonly: true } : {}),
      docs: [tsDocText(p.doc)],
    })),
  };
}

export function createDataTypePlaceholder(name: string): InterfaceDeclarationStructure {
  return {
    kind: STRUCTURE_KIND.Interface,
    name,
    isExported: true,
    docs: [tsDocText(`Opaque stand-in for the Roblox DataType ${markdownText(name)}, which this package does not model.`)],
    properties: [{ name: '__dataType', type: toStringLiteral(name), isReadonly: true }],
  };
}
