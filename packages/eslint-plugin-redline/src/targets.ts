/** Which literals hold copy: everything except module specifiers, directives, keys and types. */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

function isRequireCall(call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === 'require';
  // require.resolve('…')
  return callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'require';
}

/** True for a string literal that names code rather than shows text: it is never checked. */
export function isCodeLiteral(node: TSESTree.Literal): boolean {
  const parent = node.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.ImportAttribute:
    case AST_NODE_TYPES.ImportSpecifier:
    case AST_NODE_TYPES.ExportSpecifier:
    case AST_NODE_TYPES.TSExternalModuleReference:
    case AST_NODE_TYPES.TSImportType:
    case AST_NODE_TYPES.TSLiteralType:
      return true;
    case AST_NODE_TYPES.CallExpression:
      return parent.arguments[0] === node && isRequireCall(parent);
    case AST_NODE_TYPES.ExpressionStatement:
      return parent.directive !== undefined && parent.directive !== null;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.AccessorProperty:
    case AST_NODE_TYPES.TSAbstractPropertyDefinition:
    case AST_NODE_TYPES.TSAbstractMethodDefinition:
    case AST_NODE_TYPES.TSAbstractAccessorProperty:
    case AST_NODE_TYPES.TSPropertySignature:
    case AST_NODE_TYPES.TSMethodSignature:
      return parent.key === node;
    case AST_NODE_TYPES.MemberExpression:
      return parent.property === node;
    case AST_NODE_TYPES.TSEnumMember:
    case AST_NODE_TYPES.TSModuleDeclaration:
      return parent.id === node;
    default:
      return false;
  }
}

/** True for a template chunk of a template literal type (`type T = \`…\``). */
export function isTypeTemplate(node: TSESTree.TemplateElement): boolean {
  return node.parent.type === AST_NODE_TYPES.TSTemplateLiteralType;
}

/** True for a chunk of a template tagged with `String.raw`, whose value is its source as written. */
export function isRawTemplate(node: TSESTree.TemplateElement): boolean {
  const tagged = node.parent.parent;
  if (tagged?.type !== AST_NODE_TYPES.TaggedTemplateExpression) return false;
  const tag = tagged.tag;
  return (
    tag.type === AST_NODE_TYPES.MemberExpression &&
    !tag.computed &&
    tag.object.type === AST_NODE_TYPES.Identifier &&
    tag.object.name === 'String' &&
    tag.property.type === AST_NODE_TYPES.Identifier &&
    tag.property.name === 'raw'
  );
}
