/**
 * Reads the schema's own documentation: the JSDoc of every exported constant and of every
 * property of the object literals passed to `strictObject(...)` / `z.object(...)`, using the
 * TypeScript compiler API. The JSDoc in src/lib/schema stays the single source; the JSON
 * Schema and docs/reference.md are generated from what this returns.
 */
import ts from 'typescript';

export interface PropertyDoc {
  name: string;
  /** The property's JSDoc, or '' when it has none. */
  doc: string;
  /** Names of schema constants its type is built from, e.g. `['PlacePrecision']` for `PlacePrecision.default('exact')`. */
  refs: string[];
  /** The initializer as written, e.g. `z.array(Text).default([])`. */
  code: string;
}

export interface ObjectDoc {
  /** The constant it is assigned to (`Place`), or `<Outer>.<property>` for an inline object. */
  name: string;
  /** Source file. */
  file: string;
  properties: PropertyDoc[];
}

export interface SchemaDocs {
  objects: ObjectDoc[];
  /** JSDoc of exported constants (`PlacePrecision` → "How well the coordinates are known ..."). */
  constants: Record<string, string>;
  /** File-level comment of each file (its first JSDoc, when it stands before the imports). */
  files: Record<string, string>;
}

const OBJECT_FACTORIES = new Set(['strictObject', 'object', 'looseObject']);

function jsdocText(node: ts.Node): string {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const last = docs?.at(-1);
  if (!last) return '';
  const comment = typeof last.comment === 'string' ? last.comment : ts.getTextOfJSDocComment(last.comment) ?? '';
  return comment.replace(/\s*\n\s*/g, ' ').trim();
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

function identifiersIn(node: ts.Node): string[] {
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && /^[A-Z]/.test(n.text)) found.push(n.text);
    // Do not descend into inline objects: their own properties are documented on their own.
    if (ts.isObjectLiteralExpression(n)) return;
    n.forEachChild(visit);
  };
  visit(node);
  return [...new Set(found)];
}

/** Documentation of one schema source file. */
export function extractDocs(file: string, text: string, into: SchemaDocs = { objects: [], constants: {}, files: {} }): SchemaDocs {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const first = source.statements[0];
  const header = first ? ts.getLeadingCommentRanges(text, first.pos) : undefined;
  if (header?.[0]) {
    into.files[file] = text.slice(header[0].pos, header[0].end).replace(/^\/\*\*|\*\/$/g, '').replace(/^\s*\* ?/gm, '').replace(/\s*\n\s*/g, ' ').trim();
  }
  const visit = (node: ts.Node, owner: string): void => {
    if (ts.isVariableStatement(node)) {
      for (const decl of node.declarationList.declarations) {
        if (!ts.isIdentifier(decl.name)) continue;
        const doc = jsdocText(node);
        if (doc) into.constants[decl.name.text] = doc;
        if (decl.initializer) visit(decl.initializer, decl.name.text);
      }
      return;
    }
    if (ts.isCallExpression(node) && OBJECT_FACTORIES.has(calleeName(node) ?? '')) {
      const arg = node.arguments[0];
      if (arg && ts.isObjectLiteralExpression(arg)) {
        const properties: PropertyDoc[] = [];
        for (const prop of arg.properties) {
          if (!ts.isPropertyAssignment(prop) || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) continue;
          const name = prop.name.text;
          properties.push({ name, doc: jsdocText(prop), refs: identifiersIn(prop.initializer), code: prop.initializer.getText(source) });
          prop.initializer.forEachChild((child) => visit(child, `${owner}.${name}`));
          if (ts.isCallExpression(prop.initializer)) visit(prop.initializer, `${owner}.${name}`);
        }
        into.objects.push({ name: owner, file, properties });
        node.expression.forEachChild((child) => visit(child, owner));
        return;
      }
    }
    node.forEachChild((child) => visit(child, owner));
  };
  source.statements.forEach((statement) => visit(statement, ''));
  return into;
}

/** The object whose properties are exactly `keys` (order aside), if the docs have one. */
export function objectWithKeys(docs: SchemaDocs, keys: readonly string[]): ObjectDoc | undefined {
  const wanted = [...keys].sort().join('\n');
  return docs.objects.find((o) => o.properties.map((p) => p.name).sort().join('\n') === wanted);
}
