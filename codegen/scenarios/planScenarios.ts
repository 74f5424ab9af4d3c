/**
 * Fits the scenario table to one dump (pure): resolves the client factory against the model (the
 * client class, the client-type enum and the state enum are read from the dump, not from the
 * table), and decides for each scenario whether it can be generated.
 *
 * A scenario that uses something the dump does not have (a client type, an event, a function, a
 * state) is not generated and carries the reason, so regenerating against an older or newer
 * dump changes the suite instead of failing. Something the dump has in another shape (an event
 * with a different parameter count, an argument of the wrong type) is an error: the table must
 * follow the API.
 */
import type { ApiModel, ModelEvent, ModelFunction, ModelMember, ModelType } from '../model/types.js';
import { formatPath } from './scenarioSchema.js';
import { ScenarioError, type ScenarioProblem } from './ScenarioError.js';
import { isThrowScenario, type ArgMatcher, type JsonValue, type LoadedScenarios, type RouteSpec, type Scenario, type RequestSpec } from './types.js';

export interface ResolvedFactory {
  readonly service: string;
  readonly function: string;
  readonly clientClass: string;
  readonly clientTypeEnum: string;
  readonly stateProperty: string;
  readonly stateEnum: string;
  readonly messageEvent: string;
  readonly closeFunction: string;
  readonly surfaceClient: { readonly clientType: string; readonly request: RequestSpec };
}

export interface PlannedScenario {
  readonly scenario: Scenario;
  /** Index in the table's `scenarios` list. */
  readonly index: number;
  /** Why the scenario is not generated for this dump; absent when it is. */
  readonly skip?: string;
}

export interface ScenarioPlan {
  readonly file: string;
  readonly factory: ResolvedFactory;
  readonly routes: Readonly<Record<string, RouteSpec>>;
  readonly scenarios: readonly PlannedScenario[];
  /** Items of the client-type enum that no generated scenario exercises. */
  readonly uncoveredClientTypes: readonly string[];
}

const NUMBER_TYPES = new Set(['int', 'int64', 'float', 'double', 'number']);

/** Whether an expected argument can be a value of the dump type (unknown types accept anything). */
function matcherFits(matcher: ArgMatcher | JsonValue, type: ModelType): boolean {
  if (type.category !== 'Primitive') return true;
  const jsType = NUMBER_TYPES.has(type.name) ? 'number' : type.name === 'string' ? 'string' : type.name === 'bool' ? 'boolean' : undefined;
  if (jsType === undefined) return true;
  if (typeof matcher === 'object' && matcher !== null && !Array.isArray(matcher)) {
    if ('matches' in matcher) return jsType === 'string';
    if ('type' in matcher) return matcher.type === jsType;
  }
  return typeof matcher === jsType;
}

function typeText(type: ModelType): string {
  return `${type.name}${type.nullable ? '?' : ''}`;
}

function signature(member: ModelEvent | ModelFunction): string {
  return `${member.owner}.${member.name}(${member.parameters.map((p) => `${p.name}: ${typeText(p.type)}`).join(', ')})`;
}

export function planScenarios(loaded: LoadedScenarios, model: ApiModel): ScenarioPlan {
  const { table, file } = loaded;
  const factory = resolveFactory(loaded, model);
  const clientItems = new Set(model.getEnum(factory.clientTypeEnum)?.items.map((item) => item.name) ?? []);
  const stateItems = new Set(model.getEnum(factory.stateEnum)?.items.map((item) => item.name) ?? []);
  const member = (name: string): ModelMember | undefined => model.getMember(factory.clientClass, name);
  const problems: ScenarioProblem[] = [];

  const planned = table.scenarios.map((scenario, index): PlannedScenario => {
    const at = (...parts: (string | number)[]): string => formatPath(['scenarios', index, ...parts]);
    const missing: string[] = [];
    if (!clientItems.has(scenario.clientType)) missing.push(`Enum.${factory.clientTypeEnum} has no item ${scenario.clientType}`);
    if (!isThrowScenario(scenario)) {
      const states = new Set([...scenario.events.map((event) => event.state), scenario.finalState]);
      for (const state of states) if (!stateItems.has(state)) missing.push(`Enum.${factory.stateEnum} has no item ${state}`);
      scenario.events.forEach((expected, j) => {
        const event = member(expected.event);
        if (event?.kind !== 'Event') {
          missing.push(`${factory.clientClass} has no event ${expected.event}`);
          return;
        }
        if (expected.args.length !== event.parameters.length) {
          problems.push({
            path: at('events', j, 'args'),
            problem: `lists ${expected.args.length} argument(s) but the dump declares ${signature(event)}`,
            expected: `${event.parameters.length} expected argument(s), one per parameter`,
          });
          return;
        }
        expected.args.forEach((arg, k) => {
          const parameter = event.parameters[k];
          if (parameter !== undefined && !matcherFits(arg, parameter.type)) {
            problems.push({
              path: at('events', j, 'args', k),
              problem: `${JSON.stringify(arg)} cannot be a value of ${parameter.name}: ${typeText(parameter.type)} in ${signature(event)}`,
              expected: `a matcher for a ${typeText(parameter.type)}`,
            });
          }
        });
      });
      scenario.steps.forEach((step, j) => {
        if ('await' in step) {
          if (member(step.await)?.kind !== 'Event') missing.push(`${factory.clientClass} has no event ${step.await}`);
        } else if ('call' in step) {
          const fn = member(step.call);
          if (fn?.kind !== 'Function') {
            missing.push(`${factory.clientClass} has no function ${step.call}`);
            return;
          }
          const args = step.args ?? [];
          const required = fn.parameters.filter((p) => p.default === undefined).length;
          if (args.length < required || args.length > fn.parameters.length) {
            problems.push({
              path: at('steps', j, 'args'),
              problem: `passes ${args.length} argument(s) but the dump declares ${signature(fn)}`,
              expected: `between ${required} and ${fn.parameters.length} argument(s)`,
            });
          }
          args.forEach((arg, k) => {
            const parameter = fn.parameters[k];
            if (parameter !== undefined && !matcherFits(arg, parameter.type)) {
              problems.push({
                path: at('steps', j, 'args', k),
                problem: `${JSON.stringify(arg)} is not a value of ${parameter.name}: ${typeText(parameter.type)} in ${signature(fn)}`,
                expected: `a ${typeText(parameter.type)}`,
              });
            }
          });
        }
      });
    }
    const reasons = [...new Set(missing)];
    return reasons.length === 0 ? { scenario, index } : { scenario, index, skip: `this dump: ${reasons.join('; ')}` };
  });
  if (problems.length > 0) throw new ScenarioError('SCENARIOS_DUMP_MISMATCH', file, problems);

  const covered = new Set(planned.filter((p) => p.skip === undefined).map((p) => p.scenario.clientType));
  const uncoveredClientTypes = [...clientItems].filter((item) => !covered.has(item));
  return { file, factory, routes: table.routes, scenarios: planned, uncoveredClientTypes };
}

function resolveFactory(loaded: LoadedScenarios, model: ApiModel): ResolvedFactory {
  const { factory } = loaded.table;
  const fail = (field: string, problem: string, expected: string): never => {
    throw new ScenarioError('SCENARIOS_DUMP_MISMATCH', loaded.file, [{ path: `factory.${field}`, problem, expected }]);
  };
  const classNames = model.classes.map((cls) => cls.name);
  if (model.getClass(factory.service) === undefined)
    fail('service', `names the class ${factory.service}, which the dump does not have`, `one of ${classNames.join(', ')}`);
  const fn = model.getMember(factory.service, factory.function);
  if (fn?.kind !== 'Function')
    return fail('function', `${factory.service} has no function ${factory.function} in the dump`, 'the function that creates a client');
  const returned = fn.returns[0];
  if (fn.returns.length !== 1 || returned?.category !== 'Class' || model.getClass(returned.name) === undefined) {
    return fail('function', `${factory.service}.${factory.function} does not return a class of the dump`, 'a function returning the client class');
  }
  const clientTypeParameter = fn.parameters[0];
  if (clientTypeParameter?.type.category !== 'Enum' || model.getEnum(clientTypeParameter.type.name) === undefined || fn.parameters.length < 2) {
    return fail(
      'function',
      `${signature(fn)} does not take (an enum of the dump, a request table)`,
      'a function whose first parameter is the client-type enum and second the request options',
    );
  }
  const clientClass = returned.name;
  const state = model.getMember(clientClass, factory.stateProperty);
  if (state?.kind !== 'Property' || state.type.category !== 'Enum' || model.getEnum(state.type.name) === undefined) {
    return fail(
      'stateProperty',
      `${clientClass} has no property ${factory.stateProperty} of an enum type in the dump`,
      'the property that holds the client state',
    );
  }
  if (model.getMember(clientClass, factory.messageEvent)?.kind !== 'Event') {
    fail('messageEvent', `${clientClass} has no event ${factory.messageEvent} in the dump`, 'the event that delivers received data');
  }
  const close = model.getMember(clientClass, factory.closeFunction);
  if (close?.kind !== 'Function' || close.parameters.some((p) => p.default === undefined)) {
    return fail(
      'closeFunction',
      `${clientClass} has no function ${factory.closeFunction} callable without arguments in the dump`,
      'the function that ends a client',
    );
  }
  const clientTypeEnum = clientTypeParameter.type.name;
  if (!model.getEnum(clientTypeEnum)?.items.some((item) => item.name === factory.surfaceClient.clientType)) {
    fail('surfaceClient.clientType', `Enum.${clientTypeEnum} has no item ${factory.surfaceClient.clientType}`, 'an item of the client-type enum');
  }
  return {
    service: factory.service,
    function: factory.function,
    clientClass,
    clientTypeEnum,
    stateProperty: factory.stateProperty,
    stateEnum: state.type.name,
    messageEvent: factory.messageEvent,
    closeFunction: factory.closeFunction,
    surfaceClient: factory.surfaceClient,
  };
}
