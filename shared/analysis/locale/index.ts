export * from './numbers.js';
export * from './dates.js';
export * from './names.js';
export { detectLanguage } from '../language.js';
