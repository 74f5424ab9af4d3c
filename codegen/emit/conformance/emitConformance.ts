/**
 * The conformance suite → `conformance/*.ts` under `generated/`: the checks that hold a runtime
 * to the API, generated from the dump (surface, tags, Object members, enums, declarations and
 * history) and from the scenario table `api-dump/scenarios.json` (behaviour), plus type-level
 * checks. When Roblox adds, removes or changes a member, regeneration changes these files and the
 * runtime fails until it follows.
 *
 * The suite is data: each file exports an `as const` array (or object) of check records
 * (`checkRecords.ts`) and imports nothing but other generated files. The harness that runs the
 * records against a runtime is hand-written and lives with the tests (test/conformance/); it
 * imports the generated suite, never the reverse. Files are built as ts-morph structures and
 * printed by `printStructures`; every value goes through the printer's literal escaping.
 */
import type { StatementStructures } from 'ts-morph';
import type { ApiModel } from '../../model/types.js';
import { SCENARIOS_FILE_NAME } from '../../scenarios/loadScenarios.js';
import { planScenarios } from '../../scenarios/planScenarios.js';
import { ScenarioError } from '../../scenarios/ScenarioError.js';
import type { LoadedScenarios } from '../../scenarios/types.js';
import type { EmitSource } from '../shared/emitSource.js';
import type { EmittedFile } from '../shared/emittedFile.js';
import { escapeDocText } from '../shared/escapeDocText.js';
import { scriptHeader } from '../shared/generatedHeader.js';
import { tsLiteralBlock } from '../typescript/literal.js';
import { printStructures } from '../typescript/printStructures.js';
import { CONST_DECLARATION, STRUCTURE_KIND } from '../typescript/structureKinds.js';
import { artifactChecks } from './artifactChecks.js';
import { behaviourChecks } from './behaviourChecks.js';
import type { ConformanceCheckRecord, SuiteFactsData } from './checkRecords.js';
import { enumChecks } from './enumChecks.js';
import { suiteFacts } from './suiteFacts.js';
import { surfaceChecks } from './surfaceChecks.js';
import { typeLevelStatements } from './typeLevelChecks.js';

export const CONFORMANCE_DIR = 'conformance';

export interface ConformanceInput extends EmitSource {
  readonly model: ApiModel;
  readonly scenarios: LoadedScenarios;
}

/** The suite as data, before printing: the shared facts and the checks of each file, in run order. */
export interface ConformanceSuite {
  readonly facts: SuiteFactsData;
  readonly surface: readonly ConformanceCheckRecord[];
  readonly enums: readonly ConformanceCheckRecord[];
  readonly artifacts: readonly ConformanceCheckRecord[];
  readonly behaviour: readonly ConformanceCheckRecord[];
}

export function buildConformanceSuite(input: ConformanceInput): ConformanceSuite {
  const plan = planScenarios(input.scenarios, input.model);
  return {
    facts: suiteFacts(input.model, plan),
    surface: surfaceChecks(input.model, plan.factory),
    enums: enumChecks(input.model),
    artifacts: artifactChecks(input.model, input.history),
    behaviour: behaviourChecks(plan),
  };
}

/** `/** doc *\/ export const name = <data> as const;` */
function dataConstant(name: string, value: unknown, doc: string): StatementStructures {
  return {
    kind: STRUCTURE_KIND.VariableStatement,
    isExported: true,
    declarationKind: CONST_DECLARATION,
    docs: [doc],
    declarations: [{ name, initializer: `${tsLiteralBlock(value)} as const` }],
  };
}

export function emitConformanceFiles(input: ConformanceInput): EmittedFile[] {
  const header = scriptHeader(input);
  const suite = buildConformanceSuite(input);
  const scenariosFile = escapeDocText(input.scenarios.file);
  const file = (name: string, statements: StatementStructures[]): EmittedFile => ({
    path: `${CONFORMANCE_DIR}/${name}`,
    contents: header + printStructures(statements),
  });
  const counts = [
    `${suite.surface.length} surface, tag and Object-member`,
    `${suite.enums.length} enum`,
    `${suite.artifacts.length} declaration and history`,
    `${suite.behaviour.length} behaviour`,
  ].join(', ');
  const parts = [
    ['surface', 'surfaceChecks'],
    ['enums', 'enumChecks'],
    ['artifacts', 'artifactChecks'],
    ['behaviour', 'behaviourChecks'],
  ] as const;

  return [
    file('facts.ts', [
      dataConstant(
        'suiteFacts',
        suite.facts,
        `What every conformance check shares: the client factory (from ${scenariosFile}, resolved\nagainst the dump), the routes of the local server, and the events and properties of each live\nclass as the dump declares them.`,
      ),
    ]),
    file('surface.ts', [
      dataConstant(
        'surfaceChecks',
        suite.surface,
        'Surface, tag and Object-member checks for every class of the dump: each member (own and\ninherited) on a live instance, what the tags ReadOnly, NotCreatable and Deprecated mean, and\nhow the inherited Object members behave. Run by test/conformance/harness/ (`kind` picks the\nassertion).',
      ),
    ]),
    file('enums.ts', [
      dataConstant('enumChecks', suite.enums, "Enum checks for every enum of the dump: the item list and the lookups, then each item's Name\nand Value."),
    ]),
    file('artifacts.ts', [
      dataConstant(
        'artifactChecks',
        suite.artifacts,
        'Checks that the generated declarations (generated/node/index.d.ts) and reference pages\n(generated/reference/) agree with their sources, read at test time: parameter names from the\ndump, `@since` and "added" rows from api-dump/history.json.',
      ),
    ]),
    file('behaviour.ts', [
      dataConstant(
        'behaviourChecks',
        suite.behaviour,
        `Behaviour checks from the scenario table ${scenariosFile}: each scenario creates a client\nthrough the factory, plays its steps against the local conformance server and compares the\nexact events, arguments and states.`,
      ),
    ]),
    file('suite.ts', [
      ...parts.map(([module, name]): StatementStructures => ({
        kind: STRUCTURE_KIND.ImportDeclaration,
        moduleSpecifier: `./${module}.js`,
        namedImports: [name],
      })),
      {
        kind: STRUCTURE_KIND.VariableStatement,
        isExported: true,
        declarationKind: CONST_DECLARATION,
        docs: [
          'The conformance suite generated from the dump: every check, in the order they run. The\n' +
            'harness (test/conformance/) runs it against the real runtime (test/conformance/runtime.test.ts)\n' +
            `and against deliberately broken ones.\n\nChecks: ${counts}.`,
        ],
        declarations: [{ name: 'conformanceChecks', initializer: `[${parts.map(([, name]) => `...${name}`).join(', ')}] as const` }],
      },
    ]),
    file(
      'typeLevel.ts',
      typeLevelStatements(
        input.model,
        suite.facts.factory,
        'Type-level conformance: each property below is a tuple of checks that are all `true` only if\n' +
          'the generated declarations (`Declared`) and the runtime types it is instantiated with\n' +
          "(`Runtime`) give the member the dump's types (the runtime's may be narrower where it gives a\n" +
          'value and wider where it takes one). test/conformance/typeLevel.ts instantiates it with the\n' +
          "runtime's types; `npm run typecheck` and test/conformance/typeLevel.test.ts check that every\n" +
          'tuple holds, and that broken runtime types fail exactly at their members.',
      ),
    ),
  ];
}

/**
 * The emitter `generate` runs. It needs the scenario table in the input (`scenarios`, loaded from
 * `api-dump/scenarios.json` by `loadGenerateInput`).
 */
export function emitConformance(input: EmitSource & { readonly model: ApiModel; readonly scenarios?: LoadedScenarios }): EmittedFile[] {
  if (input.scenarios === undefined) {
    throw new ScenarioError('SCENARIOS_NOT_LOADED', SCENARIOS_FILE_NAME, [
      {
        path: '(root)',
        problem: 'was not loaded into the generate input',
        expected: 'loadGenerateInput (codegen/generate/loadGenerateInput.ts) to read it next to the dump',
      },
    ]);
  }
  return emitConformanceFiles({ ...input, scenarios: input.scenarios });
}
