// `npm run test:unit`: every *.test.ts beside the code, on Node's test runner with tsx.
import { mkdirSync } from 'node:fs';
import { findFiles, run } from './run.mjs';

mkdirSync('test-results', { recursive: true });

const files = ['lib', 'components', 'app'].flatMap((dir) => findFiles(dir, /\.test\.tsx?$/));
process.exit(
  run('node', [
    '--conditions=react-server',
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    '--test-reporter-destination=test-results/unit.tap',
    ...files,
  ]),
);
