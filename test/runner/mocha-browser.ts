// `mocha` in a web worker extension host: scripts/build-tests.mjs points the suite's `import Mocha = require('mocha')`
// here. Mocha's browser build defines `globalThis.Mocha`; with a reporter other than its HTML one it needs no DOM.
require('mocha/mocha.js');
export = (globalThis as unknown as { Mocha: typeof import('mocha') }).Mocha;
