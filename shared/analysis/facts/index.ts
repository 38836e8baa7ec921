export * from './base.js';
export * from './checker.js';
export type { RuleContext, FactRule } from './context.js';
