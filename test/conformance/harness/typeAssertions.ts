/**
 * Type-level assertions for `generated/conformance/typeLevel.ts`, checked by the compiler
 * (`npm run typecheck`, and test/conformance/typeLevel.test.ts): `Expect<Equal<A, B>>` fails to
 * compile unless A and B are the same type, readonly modifiers included (used for the generated
 * declarations), and `Expect<Conforms<A, B>>` unless A may stand for B (used for the runtime's
 * own types, which may be narrower than the dump's).
 */

/** True when A and B are identical types (mutual assignability is not enough: readonly and any count). */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * True when A can stand where B is expected (A is assignable to B) and A is not `any`: how the
 * runtime's own types may refine the dump's (e.g. `ClassName: "HttpService"` for `string`).
 */
export type Conforms<A, B> = 0 extends 1 & A ? false : [A] extends [B] ? true : false;

/** Compiles only when T is `true`. */
export type Expect<T extends true> = T;

/** The parameters a signal's handlers receive: `HandlerParameters<RBXScriptSignal<(a: A) => void>>` is `[a: A]`. */
export type HandlerParameters<S> = S extends { Connect(handler: infer H): unknown } ? (H extends (...args: infer P) => unknown ? P : never) : never;

/** True when key K of T is declared readonly. */
export type IsReadonly<T, K extends keyof T> = Equal<Pick<T, K>, Readonly<Pick<T, K>>>;
