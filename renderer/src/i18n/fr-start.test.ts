import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fr } from './fr';
import { frScreens } from './fr-screens';
import { frStart } from './fr-start';

/*
 * Startup loads only the French texts it draws (fr-start.ts); the rest comes
 * after the first paint, and every screen or dialog loaded later waits for it.
 * These tests read the source: what the first script holds is the modules
 * main.tsx reaches by static imports, and the texts they can name are the
 * dotted strings in them (a template's fixed head, `teamStatus.${…}`, names
 * every text under it).
 */

const SRC = path.resolve(import.meta.dirname, '..');

function leaves(texts: object, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : leaves(value as object, `${prefix}${key}.`)));
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    try {
      if (readFileSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/** The renderer's modules that main.tsx reaches by static, value imports (what the first script holds). */
function startupModules(): string[] {
  const seen = new Set<string>();
  const queue = [path.join(SRC, 'main.tsx')];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    parse(file).forEachChild((node) => {
      const typeOnly = (ts.isImportDeclaration(node) && node.importClause?.isTypeOnly) || (ts.isExportDeclaration(node) && node.isTypeOnly);
      const specifier = (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : null;
      if (!specifier || typeOnly) return;
      const resolved = resolveImport(file, specifier);
      if (resolved && resolved.startsWith(SRC)) queue.push(resolved);
    });
  }
  return [...seen].filter((file) => !/[/\\]i18n[/\\](fr(-start|-screens)?|nl|en)\.ts$/.test(file));
}

/** Every text a set of modules can name: dotted string literals, and the fixed heads of templates. */
function namedTexts(files: string[]): string[] {
  const literals = new Set<string>();
  const heads = new Set<string>();
  for (const file of files) {
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
      else if (ts.isTemplateExpression(node) && node.head.text.includes('.')) heads.add(node.head.text);
      node.forEachChild(visit);
    };
    visit(parse(file));
  }
  const base = (key: string) => key.replace(/_(zero|one|other)$/, '');
  return leaves(fr).filter((key) => literals.has(key) || literals.has(base(key)) || [...heads].some((head) => key.startsWith(head)));
}

describe('French texts in two parts', () => {
  it('are fr.ts together, each text in one part only', () => {
    const start = leaves(frStart);
    const screens = leaves(frScreens);
    expect(start.filter((key) => screens.includes(key))).toEqual([]);
    expect([...start, ...screens].sort()).toEqual(leaves(fr).sort());
  });

  it('startup’s part holds every text the modules of the first script name, and nothing else', () => {
    const modules = startupModules();
    // The walk did find the first screen, its table and the error messages.
    expect(modules.map((file) => path.relative(SRC, file))).toEqual(expect.arrayContaining(['App.tsx', 'screens/TeamScreen.tsx', 'screens/team/team-columns.tsx', 'i18n/error-message.ts']));
    const named = namedTexts(modules);
    expect(named.filter((key) => !leaves(frStart).includes(key)), 'named by startup, to move to fr-start.ts').toEqual([]);
    expect(leaves(frStart).filter((key) => !named.includes(key)), 'not named by startup, to move to fr-screens.ts').toEqual([]);
  });

  it('every interface module loaded later waits for the rest of the texts', () => {
    const files = ts.sys.readDirectory(SRC, ['.ts', '.tsx']).filter((file) => !/\.test\.tsx?$|[/\\]testing[/\\]/.test(file));
    const unwrapped: string[] = [];
    for (const file of files) {
      const visit = (node: ts.Node) => {
        if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
          const specifier = node.arguments[0] && ts.isStringLiteral(node.arguments[0]) ? node.arguments[0].text : '?';
          // Texts themselves, and the data and platform modules, which draw nothing (backups, safety copies), load on their own.
          const exempt = /^\.\/(nl|en|fr-screens)$/.test(specifier) || /[/\\](data|platform)[/\\]/.test(file);
          let wrapped = false;
          for (let parent = node.parent; parent; parent = parent.parent) {
            if (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 'withScreenTexts') wrapped = true;
          }
          if (!wrapped && !exempt) unwrapped.push(`${path.relative(SRC, file)}: import('${specifier}')`);
        }
        node.forEachChild(visit);
      };
      visit(parse(file));
    }
    expect(unwrapped).toEqual([]);
  });
});
