export * from './contract.js';
export * from './errors.js';
export * from './client.js';
export * from './menu.js';
export * as schemas from './schemas.js';
