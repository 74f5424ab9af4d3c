#!/usr/bin/env node
/**
 * Second half of `npm run build`: copies into dist/ the files tsc does not emit but the built
 * package needs. `generated/**\/*.d.ts` are declarations the generator writes directly, which the
 * compiled runtime and stubs import (`dist/runtime/contract.d.ts` → `../generated/node/index.js`);
 * `codegen/**\/*.hbs` are the templates the compiled CLI renders with; `generated/reference/*.md`
 * are the reference pages the declarations' `@see` links point to (`../reference/<Name>.md`).
 */
import { cpSync, existsSync, statSync } from 'node:fs';

const copies = [
  ['generated', 'dist/generated', (path) => path.endsWith('.d.ts') || /(^|[\\/])generated[\\/]reference[\\/][^\\/]+\.md$/.test(path)],
  ['codegen', 'dist/codegen', (path) => path.endsWith('.hbs')],
];

for (const [from, to, wanted] of copies) {
  if (!existsSync(from)) continue;
  cpSync(from, to, { recursive: true, filter: (path) => statSync(path).isDirectory() || wanted(path) });
}
