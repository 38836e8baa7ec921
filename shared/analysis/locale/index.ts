export * from './numbers.js';
export * from './dates.js';
export * from './names.js';
export * from './language.js';
