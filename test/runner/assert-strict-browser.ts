// `node:assert/strict` in a web worker extension host: the npm port of Node's assert, in its strict mode
// (scripts/build-tests.mjs points the web bundle's `node:assert/strict` here).
import assert = require('assert');
export = assert.strict;
