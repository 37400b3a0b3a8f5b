// Import rules between folders (run by `npm run lint`). lib/ is layered: a folder may import only folders of a
// lower rank, so no folder imports back up and no two folders import each other. The pure core reaches no
// storage, authentication or framework. Tests and lib/testing may import anything below them.
/** Lower rank first; folders on one line share a rank and may not import each other. */
const LAYERS = [
  ['html', 'intl', 'result.ts'],
  ['form'],
  ['notice', 'messages'],
  ['compliance', 'proof'],
  ['embed'],
  ['db'],
  ['publishing', 'review', 'auth'],
  ['forms'],
  ['submissions'],
  ['data'],
  ['testing'],
  ['cli', 'dev', 'server'],
];
const PURE = ['form', 'notice', 'compliance', 'proof', 'html', 'intl', 'messages', 'embed'];
const TESTS = '\\.test\\.tsx?$';
const folder = (names) => `^lib/(${names.map((n) => n.replace('.', '\\.')).join('|')})($|/)`;

const layerRules = LAYERS.flatMap((rank, i) => {
  const higher = LAYERS.slice(i + 1).flat();
  const rules = [];
  if (higher.length)
    rules.push({
      name: `layer-${rank.join('-')}`,
      comment: `lib/{${rank.join(',')}} may not import a folder of a higher layer (${higher.join(', ')})`,
      severity: 'error',
      from: { path: folder(rank), pathNot: TESTS },
      to: { path: folder(higher) },
    });
  for (const name of rank) {
    const peers = rank.filter((n) => n !== name);
    if (peers.length)
      rules.push({
        name: `peer-${name}`,
        comment: `lib/${name} may not import its peers of the same layer (${peers.join(', ')})`,
        severity: 'error',
        from: { path: folder([name]), pathNot: TESTS },
        to: { path: folder(peers) },
      });
  }
  return rules;
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'pure-core',
      comment:
        'the pure core (form, notice, compliance, proof, html, intl, messages, embed) reaches no storage, auth or framework',
      severity: 'error',
      from: { path: folder(PURE), pathNot: TESTS },
      to: {
        path: [
          folder(['db', 'auth', 'forms', 'publishing', 'submissions', 'review', 'data']),
          '^node_modules/(next|react|react-dom|server-only|kysely|pg|better-sqlite3|better-auth|nodemailer)/',
        ],
      },
    },
    {
      name: 'lib-not-ui',
      comment:
        'lib/ holds the domain: it never imports routes or components (lib/server, the production server, composes the app like app/ does and may use components/public)',
      severity: 'error',
      from: { path: '^lib/', pathNot: '^lib/server/' },
      to: { path: '^(app|components)/' },
    },
    {
      name: 'app-data-through-dataFor',
      comment:
        "pages, actions, routes and components reach stored data through lib/data (dataFor: the caller's workspace only), never a raw repository or the store; type-only imports are fine. The public submission route hands the store to lib/submissions; the sign-in, setup and invitation pages run before a workspace exists.",
      severity: 'error',
      from: { path: '^(app|components)/', pathNot: '^app/api/submit/' },
      to: {
        path: [
          '^lib/db($|/)',
          '^lib/forms/repository\\.ts$',
          '^lib/forms/archive\\.ts$',
          '^lib/publishing/versions\\.ts$',
          '^lib/review/repository\\.ts$',
          '^lib/submissions/(repository|writer|ledger-check)\\.ts$',
          '^lib/auth/tokens\\.ts$',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'workspace-members-through-dataFor',
      comment:
        "a signed-in page reaches its workspace's members and settings through lib/data; only the pages before sign-in (setup, invitation) use the workspace repository",
      severity: 'error',
      from: { path: '^(app|components)/', pathNot: '^app/\\(auth\\)/' },
      to: { path: '^lib/auth/workspaces\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'testing-only-in-tests',
      comment: 'lib/testing holds fixtures for tests, benchmarks and the CLI self-checks only',
      severity: 'error',
      from: { path: '^(app|components|lib)/', pathNot: [TESTS, '^lib/(testing|dev|cli)/'] },
      to: { path: '^lib/testing/' },
    },
    {
      name: 'no-circular',
      comment: 'no import cycles between files',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|test-results|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
