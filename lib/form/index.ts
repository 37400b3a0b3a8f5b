export * from './localized';
export * from './schema';
export * from './parse';
export * from './derive';
export * from './json-schema';
export * from './templates';
export * from './visitor-inputs';
export * from './frozen';
