/**
 * The types of `precompiledChangelogTemplates.js`: the changelog templates compiled ahead of time
 * by Handlebars (`npm run compile:changelog-templates`, see `compileChangelogTemplates.ts`).
 */
export declare const changelog: TemplateSpecification;
export declare const changeSentence: TemplateSpecification;
