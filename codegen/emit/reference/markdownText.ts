/** The reference pages' Markdown text escaper lives with the other escapers (codegen/emit/escape/markdown.ts). */
export { markdownText } from '../escape/markdown.js';
