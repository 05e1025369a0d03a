// Unit and contract suites. Components run in jsdom (with Node's fetch and web streams, via jest-fixed-jsdom);
// everything else in Node. End-to-end suites live in jest.e2e.config.cjs because they need a build and Chromium.
const transform = {
  '^.+\\.(m?[tj]s|[tj]sx)$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};
const common = {
  transform,
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testTimeout: 20000,
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'dom',
      testEnvironment: 'jest-fixed-jsdom',
      testMatch: ['<rootDir>/test/unit/**/*.test.tsx'],
    },
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/contract/**/*.test.ts'],
    },
  ],
};
