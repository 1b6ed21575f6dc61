/** The budgets in budgets.json, typed. */
import { readFileSync } from 'node:fs';
import type { Category } from './lighthouse.ts';

interface BudgetFile {
  jsBeforeInteractionGzipKB: Record<string, number | string>;
  lighthouse: Record<Category | '$comment', number | string>;
  cls: { max: number };
}

export const budgets = JSON.parse(readFileSync(new URL('../../budgets.json', import.meta.url), 'utf8')) as BudgetFile;

/** JS-before-interaction budget in bytes (gzip) for a page type. */
export function jsBudgetBytes(type: string): number {
  const kbBudget = budgets.jsBeforeInteractionGzipKB[type] ?? budgets.jsBeforeInteractionGzipKB['*'];
  return Number(kbBudget) * 1024;
}

/** Minimum Lighthouse score (0-100) of a category. */
export function lighthouseMinimum(category: Category): number {
  return Number(budgets.lighthouse[category]);
}
