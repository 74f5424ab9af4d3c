/**
 * Imports run one way (docs/decisions.md, "Imports run one way"); `npm run check:imports` fails
 * on any import against these rules, and test/codegen/importDirection.test.ts runs it in `npm test`.
 *
 *   api-dump -> codegen -> generated <- runtime; tests import any of them, nothing imports tests.
 *
 * Inside the generator, layers from low to high. A module may import its own layer and the
 * layers below it, never one above:
 *
 *   0 support   errors/, fs/, templates/ (the strict Handlebars renderer), emit/escape/ (the
 *               escaper of each output context) with emit/shared/EmitError.ts and
 *               emit/shared/lookupTable.ts: leaf utilities every layer may use
 *   1 dump      parse, validate, serialise a Full-API-Dump.json; Roblox build versions
 *   2 model     the one model of a dump: class index, ancestor walk, script-access rule
 *   3 slice, docs, scenarios   cuts of a dump; our descriptions; the conformance scenario table
 *   4 diff      field-by-field changes, impact, patch
 *   5 history   the history log (records diffs)
 *   6 emit      every emitter (TypeScript through emit/typescript/, Markdown through templates)
 *   7 pin, compat   output pinned to an older build; compatibility checks over the history
 *   8 generate, update   the pipelines that run the emitters and rewrite a checkout
 *   9 cli, cli.ts, index.ts   the command line and the package's public entry
 */
const LAYERS = [
  ['support', '^codegen/(errors|fs|templates|emit/escape)/|^codegen/emit/shared/(EmitError|lookupTable)[.]ts$'],
  ['dump', '^codegen/dump/'],
  ['model', '^codegen/model/'],
  ['slice-docs-scenarios', '^codegen/(slice|docs|scenarios)/'],
  ['diff', '^codegen/diff/'],
  ['history', '^codegen/history/'],
  ['emit', '^codegen/emit/'],
  ['pin-compat', '^codegen/(pin|compat)/'],
  ['generate-update', '^codegen/(generate|update)/'],
  ['cli', '^codegen/(cli/|cli[.]ts$|index[.]ts$)'],
];

/** A module of layer i: its own pattern, minus the support modules that sit inside a higher folder. */
const inLayer = (i) => ({ path: LAYERS[i][1], ...(i === 0 ? {} : { pathNot: LAYERS[0][1] }) });

const layerRules = LAYERS.slice(0, -1).map(([name], i) => ({
  name: `codegen-layer-${name}`,
  comment: `codegen layer "${name}" may not import a higher layer (${LAYERS.slice(i + 1)
    .map(([higher]) => higher)
    .join(', ')})`,
  severity: 'error',
  from: inLayer(i),
  to: {
    path: LAYERS.slice(i + 1)
      .map(([, pattern]) => `(${pattern})`)
      .join('|'),
    pathNot: LAYERS[0][1],
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'runtime-not-codegen',
      comment: 'the runtime never imports the generator',
      severity: 'error',
      from: { path: '^runtime/' },
      to: { path: '^codegen/' },
    },
    {
      name: 'codegen-not-runtime',
      comment: 'the generator never imports the runtime',
      severity: 'error',
      from: { path: '^codegen/' },
      to: { path: '^runtime/' },
    },
    {
      name: 'generated-only-generated',
      comment: 'generated code imports only other generated files or a package (never tests, the runtime or the generator)',
      severity: 'error',
      from: { path: '^generated/' },
      to: { path: '^(test|runtime|codegen|scripts|bench|docs)/' },
    },
    {
      name: 'nothing-imports-tests',
      comment: 'tests import code; code never imports tests',
      severity: 'error',
      from: { path: '^(codegen|runtime|generated|scripts)/' },
      to: { path: '^test/' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|^dist/|/dist/|^docs/site/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
