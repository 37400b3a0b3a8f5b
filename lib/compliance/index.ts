export * from './types';
export * from './lint';
export { RULES } from './rules';
