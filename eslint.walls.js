import boundaries from 'eslint-plugin-boundaries';

// The layers' walls (docs/decisions/100-lint-walls.md). Every top folder is an element, and so is each
// client feature; an import between two elements is allowed unless a policy below forbids it. A later
// policy overrides an earlier one, so each "allow" below is an exception to the "disallow" above it.
const clientSide = ['client', 'client-app', 'feature'];
const el = (type, more = {}) => ({ element: { type, ...more } });

export const walls = {
  files: ['client/**/*.{ts,tsx}', 'server/**/*.ts', 'db/**/*.ts', 'shared/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { typescript: { alwaysTryTypes: true } },
    'boundaries/legacy-templates': false,
    'boundaries/elements': [
      { type: 'feature', pattern: 'client/features/*', capture: ['feature'] },
      { type: 'client-app', pattern: 'client/app' },
      { type: 'client', pattern: 'client' },
      { type: 'server', pattern: 'server' },
      { type: 'db', pattern: 'db' },
      { type: 'shared', pattern: 'shared' },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'allow',
        policies: [
          {
            from: el('shared'),
            disallow: { to: el(['db', 'server', ...clientSide]) },
            message: 'shared/ imports nothing of the project outside shared/',
          },
          {
            from: el('db'),
            disallow: { to: el(['server', ...clientSide]) },
            message: 'db/ never imports server/ or client/',
          },
          {
            from: el('server'),
            disallow: { to: el(clientSide) },
            message: 'server/ never imports client/',
          },
          {
            from: el(clientSide),
            disallow: { to: el(['server', 'db']) },
            message: 'client/ imports server/ only as `import type { AppRouter }` from server/routers',
          },
          {
            from: el(clientSide),
            allow: {
              to: el('server', { fileInternalPath: 'routers/index.ts' }),
              dependency: { kind: 'type' },
            },
          },
          {
            from: el(['client', 'feature'], { fileInternalPath: '!main.tsx' }),
            disallow: { to: el('client-app') },
            message: 'client/app composes the features; nothing imports it',
          },
          {
            from: el('client'),
            disallow: { to: el('feature') },
            message: 'client/components, lib and i18n never import a feature',
          },
          {
            from: el('feature'),
            disallow: { to: el('feature') },
            message: 'a feature imports another feature only through its index.ts',
          },
          {
            from: el('feature'),
            allow: { to: el('feature', { fileInternalPath: 'index.ts' }) },
          },
        ],
      },
    ],
  },
};
