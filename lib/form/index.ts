export * from './localized';
export * from './schema';
export * from './parse';
export * from './derive';
export * from './json-schema';
export * from './templates';
