export * from './finding.js';
export * from './fingerprint.js';
export * from './draft.js';
export * from './lexical-doc.js';
export * from './slug.js';
export * from './sanitize-doc.js';
export * from './export-record.js';
export * from './decision.js';
