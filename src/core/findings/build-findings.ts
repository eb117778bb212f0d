import type { MaskedComment } from '../markdown/mask';
import type { Judgement, JudgedSentence } from '../rules/judge';
import type { Finding } from '../types';

/** Turns the judgement into findings with ranges, messages and fixes. (Rules follow.) */
export function buildFindings(_text: string, _mask: MaskedComment, _sentences: readonly JudgedSentence[], _judgement: Judgement): Finding[] {
  return [];
}
