/** A 1-based position in a text, as editors and ESLint show it. */
export interface Position {
  line: number;
  /** 1-based, in UTF-16 code units like ESLint and VS Code columns (an emoji counts 2). */
  column: number;
}

/**
 * Maps offsets to 1-based line and column. Line breaks are `\n`, `\r\n` and a lone `\r`, as
 * CommonMark has them, so CRLF files get the same line numbers as in the editor.
 * Built once per document in O(n); each lookup is a binary search.
 */
export function lineIndex(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
