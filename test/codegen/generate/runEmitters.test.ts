/** Running the emitters: files sorted by path, paths checked, each path owned by one emitter. */
import { describe, expect, it } from 'vitest';
import type { GenerateError } from '../../../codegen/generate/GenerateError.js';
import type { Emitter, GenerateInput } from '../../../codegen/generate/GenerateInput.js';
import { runEmitters } from '../../../codegen/generate/runEmitters.js';

const input = {} as GenerateInput;
const emitting =
  (...paths: string[]): Emitter =>
  () =>
    paths.map((path) => ({ path, contents: path }));

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as GenerateError).code;
  }
  return 'no error';
}

describe('runEmitters', () => {
  it('returns every emitted file sorted by path', () => {
    expect(runEmitters(input, [emitting('b/x.ts', 'a.json'), emitting('a/z.md')]).map((f) => f.path)).toEqual(['a.json', 'a/z.md', 'b/x.ts']);
  });

  it.each(['/abs.ts', '../out.ts', 'a/../b.ts', 'a\\b.ts', '', 'a//b.ts', '.hidden', 'a/.b/c.ts'])('rejects the path %j', (path) => {
    expect(codeOf(() => runEmitters(input, [emitting(path)]))).toBe('GENERATE_BAD_PATH');
  });

  it('rejects two emitters writing the same file, naming both', () => {
    const first: Emitter = function emitFirst() {
      return [{ path: 'same.ts', contents: '1' }];
    };
    const second: Emitter = function emitSecond() {
      return [{ path: 'same.ts', contents: '2' }];
    };
    expect(() => runEmitters(input, [first, second])).toThrow('same.ts is produced by both emitFirst and emitSecond');
  });
});
