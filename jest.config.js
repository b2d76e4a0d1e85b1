/** One Jest run for every project; the browser scenarios live in apps/web-e2e/jest.config.js. */
const moduleNameMapper = {
  '^@hadir/contracts$': '<rootDir>/libs/contracts/src/index.ts',
  '^@hadir/domain$': '<rootDir>/libs/domain/src/index.ts',
};
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest'] };
const base = { rootDir: __dirname, moduleNameMapper, transform, testEnvironment: 'node' };

module.exports = {
  // Global, not per project: integration tests start the whole application.
  testTimeout: 30000,
  projects: [
    { ...base, displayName: 'contracts', roots: ['<rootDir>/libs/contracts/src'] },
    { ...base, displayName: 'domain', roots: ['<rootDir>/libs/domain/src'] },
    {
      ...base,
      displayName: 'api',
      roots: ['<rootDir>/apps/api/src'],
    },
    {
      ...base,
      displayName: 'api-integration',
      roots: ['<rootDir>/apps/api/test'],
      testRegex: '\\.integration-spec\\.ts$',
      setupFiles: ['<rootDir>/apps/api/test/support/quiet-logs.ts'],
    },
    {
      ...base,
      displayName: 'web',
      testEnvironment: '<rootDir>/apps/web/browser-environment.cjs',
      roots: ['<rootDir>/apps/web/src'],
    },
    {
      ...base,
      displayName: 'workspace',
      roots: ['<rootDir>/test'],
    },
  ],
};
