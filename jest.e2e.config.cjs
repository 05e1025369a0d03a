// Chromium end-to-end suites against the built workbench. One worker: the suites share one browser per file
// and the machine has two cores.
const base = require('./jest.config.cjs').projects[1];
module.exports = {
  ...base,
  displayName: 'e2e',
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  testTimeout: 60000,
  maxWorkers: 1,
};
