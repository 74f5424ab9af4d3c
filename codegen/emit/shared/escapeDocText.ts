/**
 * Kept for callers written before codegen/emit/escape/ existed: the JSDoc text escaper is
 * `tsDocText` in codegen/emit/escape/typescript.ts.
 */
export { tsDocText as escapeDocText } from '../escape/typescript.js';
