/** Words of the writer's own prose in a masked, lower-cased text: placeholders for code and one-letter tokens do not count. */
export function proseWordCount(text: string): number {
  return text.split(/[^a-z']+/).filter((w) => w.length > 1 && !/^x+$/.test(w)).length;
}
