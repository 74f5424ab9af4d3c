/**
 * Policy for the roblox-ts flavour, which merges into @rbxts/types (see docs/roblox-ts.md):
 * the classes left to @rbxts/types, and why. Declarations that cannot merge (enum item consts,
 * enum union types) are never emitted; everything else merges as identical members or overloads.
 */
import { lookupTable } from '../shared/lookupTable.js';

/** Classes this flavour does not re-declare, with the reason. */
export const LEFT_TO_RBXTS_TYPES: Readonly<Record<string, string>> = lookupTable({
  Object:
    '@rbxts/types declares the root RBXObject by hand (typed IsA, GetPropertyChangedSignal over property names, ' +
    'and Changed typed unknown on purpose); a generated copy would conflict with those corrections.',
});
