/** @redline/core: the policy format, its loader and schema, and the phrase matcher every adapter shares. */
export type { Finding, Policy, PolicyConfig, PhraseEntry, Replacement, ResolvedRule, RuleConfig, RuleExamples, Severity, Suggestion } from './types.js';
export { PolicyError } from './errors.js';
export { compilePolicy, DEFAULT_WINDOW, DOCS_URL, type CompiledPolicy, type CompiledRule } from './compile.js';
export { checkText, checkTree, mayMatch, matchStats, type MayMatchOptions } from './match.js';
export { createEnglishParser, SLICE_CHILDREN } from './english.js';
export { mergePolicy, emptyPolicy } from './policy.js';
export { DEFAULT_PRESET, PRESET_NAMES, PRESET_PREFIX, presetConfig, presetPath } from './presets.js';
export {
  compileLoadedPolicy,
  CONFIG_FILE_NAMES,
  findConfigFile,
  loadPolicy,
  loadPolicySync,
  parsePolicyText,
  PolicyResolver,
  presetPolicy,
  resolveConfig,
  type LoadOptions,
  type PolicyForFile,
} from './load.js';
export { policySchema, schemaErrors, schemaPath, type SchemaProblem } from './schema.js';
export { testPolicy, type ExampleFailure, type PolicyTestResult } from './test-policy.js';
export { applyReplacements, type AppliedFixes } from './fix.js';
export { conjugate, inflections, verbFormOf, type VerbForm } from './inflect.js';
export { renderRulesMarkdown } from './rules-doc.js';
