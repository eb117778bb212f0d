/**
 * An estimate, in microseconds, of what micromark takes to read `text`, from the things it is slow
 * on: lines (a paragraph line about 25 µs, a line of fenced code or a blank one far less, a list
 * item, quote or heading line about 130), brackets and other inline syntax, links, and setext
 * underlines (each makes micromark walk back over every event before it, so their cost grows with
 * the square of the text). Measured on the shapes of src/bench/families.ts; it errs high.
 */
export function markdownParseCost(text: string): number {
  let cost = 0;
  let lines = 0;
  let underlines = 0;
  let inline = 0;
  let fence = '';
  for (let start = 0; start <= text.length; ) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const line = text.slice(start, end);
    lines++;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      cost += 5;
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && /^[ \t]*$/.test(line.slice(line.indexOf(marker) + marker.length))) fence = '';
    } else if (marker) {
      cost += 25;
      fence = marker;
    } else if (/^[ \t]*$/.test(line)) cost += 10;
    else if (/^ {0,3}(?:=+|-+)[ \t]*$/.test(line)) underlines++;
    else cost += /^ {0,3}(?:[>#|*+-]|\d)/.test(line) ? 130 : 25;
    if (!fence) {
      for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        // [ ] < > \ ` ! &, and links ("](" and "]:") on top
        if (c === 0x5b || c === 0x5d || c === 0x3c || c === 0x3e || c === 0x5c || c === 0x60 || c === 0x21 || c === 0x26) inline++;
        if (c === 0x5d && (line.charCodeAt(i + 1) === 0x28 || line.charCodeAt(i + 1) === 0x3a)) cost += 40;
      }
    }
    if (end >= text.length) break;
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return cost + 6 * inline + underlines * (130 + 0.4 * (lines + inline / 4));
}

/**
 * Whether micromark is worth its cost on `text`: within a few microseconds a character, about what
 * analysing prose of that length costs, so no comment takes more than a few times that.
 */
export function worthParsing(text: string): boolean {
  return markdownParseCost(text) <= 5_000 + 4 * text.length;
}
