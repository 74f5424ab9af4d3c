/**
 * The conformance suite → `conformance/*.ts` under `generated/`: the checks that hold a runtime
 * to the API, generated from the dump (surface, tags, Object members, enums, declarations and
 * history) and from the scenario table `api-dump/scenarios.json` (behaviour). When Roblox adds,
 * removes or changes a member, regeneration changes these files and the runtime fails until it
 * follows.
 *
 * Views are built in TypeScript and rendered with the strict Handlebars renderer from the
 * templates next to this file; `loadConformanceTemplates` reads them (the only I/O), and
 * `emitConformanceFiles` is pure given the templates.
 */
import { createRenderer, loadTemplates } from '../../templates/createRenderer.js';
import type { ApiModel } from '../../model/types.js';
import { SCENARIOS_FILE_NAME } from '../../scenarios/loadScenarios.js';
import { planScenarios } from '../../scenarios/planScenarios.js';
import { ScenarioError } from '../../scenarios/ScenarioError.js';
import type { LoadedScenarios } from '../../scenarios/types.js';
import type { EmitSource } from '../shared/emitSource.js';
import type { EmittedFile } from '../shared/emittedFile.js';
import { scriptHeader } from '../shared/generatedHeader.js';
import { buildArtifactView } from './buildArtifactView.js';
import { buildBehaviourView } from './buildBehaviourView.js';
import { buildEnumView } from './buildEnumView.js';
import { buildFactsView } from './buildFactsView.js';
import { buildSurfaceView } from './buildSurfaceView.js';
import { buildTypeLevelView } from './buildTypeLevelView.js';
import { tsLiteral } from './tsLiteral.js';

export const CONFORMANCE_DIR = 'conformance';
/** The expectations of the real runtime (known deviations, each with a reason). */
export const EXPECTATIONS_FILE = 'test/conformance/expectations.json';

const TEMPLATE_FILES = [
  'templates/facts.ts.hbs',
  'templates/surface.ts.hbs',
  'templates/enums.ts.hbs',
  'templates/artifacts.ts.hbs',
  'templates/behaviour.ts.hbs',
  'templates/suite.ts.hbs',
  'templates/runtime.test.ts.hbs',
  'templates/typeLevel.ts.hbs',
] as const;

export type ConformanceTemplates = Readonly<Record<(typeof TEMPLATE_FILES)[number], string>>;

export function loadConformanceTemplates(): ConformanceTemplates {
  return loadTemplates(import.meta.url, TEMPLATE_FILES) as ConformanceTemplates;
}

export interface ConformanceInput extends EmitSource {
  readonly model: ApiModel;
  readonly scenarios: LoadedScenarios;
}

export function emitConformanceFiles(input: ConformanceInput, templates: ConformanceTemplates): EmittedFile[] {
  const renderer = createRenderer();
  const header = scriptHeader(input);
  const plan = planScenarios(input.scenarios, input.model);
  const common = { header, scenariosFile: input.scenarios.file };
  const surface = buildSurfaceView(input.model, plan.factory);
  const enums = buildEnumView(input.model);
  const artifacts = buildArtifactView(input.model, input.history);
  const behaviour = buildBehaviourView(plan);
  const count = (lists: ReadonlyArray<{ readonly checks: readonly unknown[] }>): number => lists.reduce((sum, list) => sum + list.checks.length, 0);
  const counts = [
    `${count(surface.sections)} surface, tag and Object-member`,
    `${count(enums.sections)} enum`,
    `${artifacts.checks.length} declaration and history`,
    `${behaviour.checks.length} behaviour`,
  ].join(', ');

  const render = (file: (typeof TEMPLATE_FILES)[number], view: object): EmittedFile => {
    const name = file.replace(/^templates\//, '').replace(/\.hbs$/, '');
    return { path: `${CONFORMANCE_DIR}/${name}`, contents: renderer.compile<object>(name, templates[file])({ ...common, ...view }) };
  };
  return [
    render('templates/facts.ts.hbs', buildFactsView(input.model, plan)),
    render('templates/surface.ts.hbs', surface),
    render('templates/enums.ts.hbs', enums),
    render('templates/artifacts.ts.hbs', artifacts),
    render('templates/behaviour.ts.hbs', behaviour),
    render('templates/suite.ts.hbs', { counts }),
    render('templates/runtime.test.ts.hbs', { expectationsFile: EXPECTATIONS_FILE, expectationsFileLiteral: tsLiteral(EXPECTATIONS_FILE) }),
    render('templates/typeLevel.ts.hbs', buildTypeLevelView(input.model, plan.factory)),
  ];
}

let defaultTemplates: ConformanceTemplates | undefined;

/**
 * The emitter `generate` runs. It needs the scenario table in the input (`scenarios`, loaded from
 * `api-dump/scenarios.json` by `loadGenerateInput`).
 */
export function emitConformance(input: EmitSource & { readonly model: ApiModel; readonly scenarios?: LoadedScenarios }): EmittedFile[] {
  if (input.scenarios === undefined) {
    throw new ScenarioError('SCENARIOS_NOT_LOADED', SCENARIOS_FILE_NAME, [
      { path: '(root)', problem: 'was not loaded into the generate input', expected: 'loadGenerateInput (codegen/generate/loadGenerateInput.ts) to read it next to the dump' },
    ]);
  }
  return emitConformanceFiles({ ...input, scenarios: input.scenarios }, (defaultTemplates ??= loadConformanceTemplates()));
}
