/**
 * retext-redline: checks the wording of an nlcst tree (from retext-english) against a redline policy and
 * reports each finding as a vfile message.
 */
import { checkTree, mayMatch, PolicyError, type CompiledPolicy, type Finding } from '@redline/core';
import type { Root } from 'nlcst';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { findingToMessage, MESSAGE_SOURCE } from './message.js';
import { policyForFile, type RedlineOptions } from './options.js';

export { findingToMessage, MESSAGE_SOURCE } from './message.js';
export { policyForFile, type PolicyForFile, type RedlineOptions } from './options.js';

/**
 * Check prose against a redline policy.
 *
 * @param options
 *   Which policy to use (optional): `policy`, `config` or `preset`; by default the config discovered for
 *   `file.path`, else `redline:recommended`.
 */
export default function retextRedline(options?: RedlineOptions) {
  return policyTransform<Root>(options, check);
}

/**
 * The transformer shared by retext-redline and remark-redline: find the file's policy (loading a JavaScript config
 * asynchronously), fail the file with one line on a bad policy, and run `check` with the compiled policy.
 */
export function policyTransform<Tree>(options: RedlineOptions | undefined, check: (tree: Tree, file: VFile, compiled: CompiledPolicy) => undefined) {
  const getPolicy = policyForFile(options);
  return function transform(tree: Tree, file: VFile): Promise<undefined> | undefined {
    let compiled: CompiledPolicy | Promise<CompiledPolicy>;
    try {
      compiled = getPolicy(file);
    } catch (error) {
      return failOnPolicyError(file, error);
    }
    if (compiled instanceof Promise) {
      return compiled.then(
        (value) => check(tree, file, value),
        (error: unknown) => failOnPolicyError(file, error),
      );
    }
    return check(tree, file, compiled);
  };
}

function check(tree: Root, file: VFile, compiled: CompiledPolicy): undefined {
  const source = String(file);
  if (!mayMatch(source, compiled)) return;
  for (const finding of checkTree(tree as Parent, compiled, source)) {
    findingToMessage(file, finding, ancestorsOf(tree, finding));
  }
}

/**
 * Rethrow a policy problem as a fatal message of the file (reason `policy-file:line:column: detail`), the way
 * unified reports a file that cannot be checked; any other error is rethrown as is.
 */
export function failOnPolicyError(file: VFile, error: unknown): never {
  if (error instanceof PolicyError) file.fail(error.message, { ruleId: 'policy', source: MESSAGE_SOURCE, cause: error });
  throw error;
}

/** The root, paragraph and sentence that hold a finding. */
function ancestorsOf(tree: Root, finding: Finding): Node[] {
  const stack: Node[] = [tree];
  let parent: Parent = tree as Parent;
  for (;;) {
    const child = parent.children.find((node) => {
      const { start, end } = node.position ?? {};
      return start?.offset !== undefined && end?.offset !== undefined && start.offset <= finding.start && finding.start < end.offset;
    });
    if (!child || !('children' in child) || child.type === 'WordNode') return stack;
    stack.push(child);
    parent = child as Parent;
  }
}
