/**
 * The key that only the runtime's own factories hold: NotCreatable classes take it as their first
 * constructor argument and refuse to be built without it (see NotCreatableError). Not exported
 * from the package root.
 */
export const FACTORY_TOKEN: unique symbol = Symbol('rbx-webstream factory');
export type FactoryToken = typeof FACTORY_TOKEN;
