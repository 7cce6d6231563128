/**
 * Disable comments, through remark-message-control (the unified convention): `<!-- redline disable rule-id -->`,
 * `<!-- redline enable -->`, `<!-- redline ignore -->`, and in MDX `{/* redline disable *\/}`.
 */
import remarkMessageControl from 'remark-message-control';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { MESSAGE_SOURCE } from 'retext-redline';

/** The marker name of disable comments. */
export const MARKER_NAME = 'redline';

/**
 * Drop the redline messages of `file` that disable comments in `tree` turn off. `ruleIds` are the policy's
 * rules; with `warnUnknown`, a comment naming another rule adds a warning. An unknown keyword
 * (`<!-- redline skip -->`) fails the file (throws its fatal message).
 */
export function applyDisableComments(tree: Root, file: VFile, ruleIds: string[], warnUnknown: boolean): void {
  remarkMessageControl({
    name: MARKER_NAME,
    source: MESSAGE_SOURCE,
    known: warnUnknown ? ruleIds : undefined,
    // unified-message-control 5 decides the state of a rule without its own comments from its state at the
    // end of the document, so a `disable` without ids would also hide the messages above it. Listing every
    // rule as initially enabled keeps the state before the first comment "on", as documented.
    enable: ruleIds,
  })(withoutEmptyParents(tree) as Root, file);
}

/**
 * unified-message-control treats the span of a parent without children (a self-closing JSX element) as a gap
 * when it ends the document, and drops messages in gaps (its string attributes). A view of the tree without
 * those empty `children` arrays avoids that; the tree itself is not changed.
 */
function withoutEmptyParents(node: Node): Node {
  if (!('children' in node) || !Array.isArray(node.children)) return node;
  const children = node.children as Node[];
  if (children.length === 0) {
    const { children: _children, ...rest } = node as Node & { children: Node[] };
    return rest;
  }
  let changed = false;
  const view = children.map((child) => {
    const next = withoutEmptyParents(child);
    changed ||= next !== child;
    return next;
  });
  return changed ? ({ ...node, children: view } as Node) : node;
}
