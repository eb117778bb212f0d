import assert from 'node:assert/strict';
import { memberSource } from '../../src/cli/json-member';

describe('cli JSON member source', () => {
  it('gives the value of a top-level member exactly as written', () => {
    assert.equal(memberSource('{"id": 12345678901234567890, "text": "x"}', 'id'), '12345678901234567890');
    assert.equal(memberSource('{"text":"x","id":"c1"}', 'id'), '"c1"');
    assert.equal(memberSource(' {\t"id" :\r\n{ "a" : [1, "]}"] } , "b":2}', 'id'), '{ "a" : [1, "]}"] }');
    assert.equal(memberSource('{"id":-1.5e+3}', 'id'), '-1.5e+3');
    assert.equal(memberSource('{"id":null}', 'id'), 'null');
  });

  it('ignores the key inside strings and nested objects, and takes the last of repeats as JSON.parse does', () => {
    assert.equal(memberSource('{"text":"\\"id\\": 1","o":{"id":2}}', 'id'), undefined);
    assert.equal(memberSource('{"id":1,"id":[2,{"id":3}]}', 'id'), '[2,{"id":3}]');
    assert.equal(memberSource('{"\\u0069d":"escaped key"}', 'id'), '"escaped key"');
    assert.equal(memberSource('{"text":"a \\\\"}', 'id'), undefined);
  });

  it('finds nothing in what is not an object', () => {
    assert.equal(memberSource('[{"id":1}]', 'id'), undefined);
    assert.equal(memberSource('{}', 'id'), undefined);
  });
});
