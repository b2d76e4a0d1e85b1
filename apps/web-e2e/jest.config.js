const path = require('node:path');

/** The browser scenarios: they drive the built product, so run `npm run build` first. */
module.exports = {
  displayName: 'web-e2e',
  rootDir: path.resolve(__dirname, '../..'),
  roots: ['<rootDir>/apps/web-e2e/src'],
  testRegex: '\\.e2e-spec\\.ts$',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  moduleNameMapper: {
    '^@hadir/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@hadir/domain$': '<rootDir>/libs/domain/src/index.ts',
  },
  testEnvironment: 'node',
  testTimeout: 120000,
  // One product instance and one browser at a time fit the 2-core machines.
  maxWorkers: 1,
};
