const { TestEnvironment } = require('jest-environment-jsdom');

/**
 * jsdom as the web app's tests need it: with `structuredClone`, which every browser the app
 * supports has and IndexedDB (the scanner's offline store) uses, but jsdom leaves out.
 */
module.exports = class BrowserEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.structuredClone = structuredClone;
  }
};
