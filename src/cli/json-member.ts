/**
 * The source text of the top-level member `key` of `json`, a JSON object text already known to
 * parse; undefined when there is none, the last one when the key repeats (as JSON.parse keeps).
 *
 * So that `classify --jsonl` gives each id back as written: JSON.parse turns the id
 * 12345678901234567890 into 12345678901234567000 and 1e400 into Infinity (written as null), and
 * JSON.stringify overflows the stack on an id nested 100,000 deep. One pass, O(length).
 */
export function memberSource(json: string, key: string): string | undefined {
  let i = skipSpace(json, 0);
  if (json[i] !== '{') return undefined;
  i = skipSpace(json, i + 1);
  let found: string | undefined;
  while (json[i] === '"') {
    const keyEnd = stringEnd(json, i);
    const name = JSON.parse(json.slice(i, keyEnd)) as string; // a key may be written with escapes
    const start = skipSpace(json, skipSpace(json, keyEnd) + 1); // past the colon
    const end = valueEnd(json, start);
    if (name === key) found = json.slice(start, end);
    i = skipSpace(json, end);
    if (json[i] === ',') i = skipSpace(json, i + 1);
  }
  return found;
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
function skipSpace(s: string, i: number): number {
  while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r') i++;
  return i;
}

/** The index after the string starting at `i` (its opening quote). */
function stringEnd(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** The index after the value starting at `i`: a string, an array or object, or a scalar. */
function valueEnd(s: string, i: number): number {
  if (s[i] === '"') return stringEnd(s, i);
  if (s[i] !== '{' && s[i] !== '[') {
    let j = i;
    while (j < s.length && !',}] \t\n\r'.includes(s[j]!)) j++;
    return j;
  }
  let depth = 0;
  let j = i;
  do {
    const c = s[j];
    if (c === '"') {
      j = stringEnd(s, j);
      continue;
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    j++;
  } while (depth > 0 && j < s.length);
  return j;
}
