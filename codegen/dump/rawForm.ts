/**
 * The usual raw spelling of each polymorphic member field, checked against the real dumps
 * (0.564 and 0.732–0.734): properties write Security and Capabilities as objects (`Write`
 * left out when it has no capability); functions, events and callbacks write Security as a
 * string and Capabilities as a list; ReturnType is an object unless the return is a tuple.
 *
 * The normaliser records a `rawForm` only when the input spelled a field differently, and the
 * serialiser uses the recorded form when it can still express the value (a `string` security
 * cannot carry different read and write levels, for instance).
 */
import type { CapabilityPair, MemberType, RawForm, SecurityPair, TypeRef } from './types.js';

type SecurityForm = NonNullable<RawForm['security']>;
type CapabilitiesForm = NonNullable<RawForm['capabilities']>;
type ReturnTypeForm = NonNullable<RawForm['returnType']>;

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export function usualSecurityForm(memberType: MemberType, security: SecurityPair): SecurityForm {
  return memberType !== 'Property' && security.read === security.write ? 'string' : 'pair';
}

export function usualCapabilitiesForm(memberType: MemberType, capabilities: CapabilityPair): CapabilitiesForm {
  if (memberType !== 'Property' && sameList(capabilities.read, capabilities.write)) return 'list';
  return capabilities.write.length === 0 ? 'readPair' : 'pair';
}

export function usualReturnTypeForm(returnType: readonly TypeRef[]): ReturnTypeForm {
  return returnType.length === 1 ? 'single' : 'list';
}

/** The form to write: the recorded one if it can express the value, else the usual one. */
export function securityForm(memberType: MemberType, security: SecurityPair, recorded?: SecurityForm): SecurityForm {
  if (recorded === 'pair' || (recorded === 'string' && security.read === security.write)) return recorded;
  return usualSecurityForm(memberType, security);
}

export function capabilitiesForm(memberType: MemberType, capabilities: CapabilityPair, recorded?: CapabilitiesForm): CapabilitiesForm {
  if (recorded === 'pair') return recorded;
  if (recorded === 'list' && sameList(capabilities.read, capabilities.write)) return recorded;
  if (recorded === 'readPair' && capabilities.write.length === 0) return recorded;
  return usualCapabilitiesForm(memberType, capabilities);
}

export function returnTypeForm(returnType: readonly TypeRef[], recorded?: ReturnTypeForm): ReturnTypeForm {
  if (recorded === 'list' || (recorded === 'single' && returnType.length === 1)) return recorded;
  return usualReturnTypeForm(returnType);
}
