import type { MaskedComment } from '../markdown/mask';
import { addWhy, askInstead, aboutCode, applyEdits, dropMinimiser, labelAs, softenHarsh } from '../rewrite';
import type { Judgement, JudgedSentence } from '../rules/judge';
import { ABSOLUTES, HARSH, MILD_HARSH, MINIMISERS, MINIMISER_NEGATORS, PERSONAL, VAGUE_SENTENCE } from '../rules/tone-words';
import type { Finding, FindingKind, Fix, Severity, TextEdit } from '../types';
import { keepsCode } from '../rewrite/keeps-code';
import { patternSpans } from '../util/pattern-spans';
import { coachingMessage } from './messages';
import { lowerCaseSameLength } from '../util/lower-case';

interface Span {
  offset: number;
  length: number;
}

/**
 * Turns the judgement into findings with exact ranges, coaching messages and fixes. Word-level
 * findings are searched in the masked text, so code, links and quotes can never be flagged.
 */
export function buildFindings(text: string, mask: MaskedComment, sentences: readonly JudgedSentence[], judgement: Judgement, sure: boolean): Finding[] {
  const lower = lowerCaseSameLength(mask.masked);
  const findings: Finding[] = [];
  const add = (kind: FindingKind, span: Span, severity: Severity, fixes: () => Fix[], word?: string) => {
    const safe = () => fixes().filter((fix) => keepsCode(text, applyEdits(text, fix.edits)));
    findings.push(withLazyFixes({ kind, offset: span.offset, length: span.length, severity, message: coachingMessage(kind, word) }, safe));
  };

  // Rewrites are handed the whole comment, so that a sentence reads as the Markdown it is in place (cut
  // out alone, a line of backticks that the next line makes plain text could open a fence). It is
  // masked once for all of them (maskComment keeps the last few); each reads its sentence and a few
  // characters around it, so reading every finding's fixes stays linear in the comment's length.
  // The label goes at the start of the whole comment, the same for every finding: computed once.
  let labelled: Fix[] | undefined;
  const labelFix = (): Fix[] => {
    if (!labelled) {
      const edits = labelAs(text, 'suggestion', 'non-blocking');
      labelled = edits ? [makeFix('label', 'Label as suggestion (non-blocking)', edits)] : [];
    }
    return labelled.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e })) }));
  };

  // Findings follow the judgement, never the other way round: a dictating finding only on a dictating
  // comment, on the sentences that ask; a warning only when the judge is sure.
  if (judgement.label === 'dictating') {
    const severity: Severity = sure && !judgement.harsh ? 'warning' : 'information';
    for (const s of askingSentences(sentences)) add('dictating', s, severity, () => [...dictatingFixes(text, s), ...labelFix()]);
  } else if (judgement.label === 'mentoring' && !judgement.why) {
    const first = askingSentences(sentences)[0];
    if (first) add('missing-why', first, 'information', () => whyFixes(text, first));
  }

  for (const s of sentences) {
    const sentenceText = lower.slice(s.offset, s.offset + s.length);
    if (judgement.request && VAGUE_SENTENCE.test(sentenceText.trim())) add('vague', s, 'information', () => []);
    if (!s.traits.reason) {
      for (const m of patternSpans(ABSOLUTES, lower, s)) add('absolute', m, 'information', () => whyFixes(text, s), text.slice(m.offset, m.offset + m.length));
    }
    for (const m of patternSpans(MINIMISERS, lower, s)) {
      if (MINIMISER_NEGATORS.test(lower.slice(Math.max(0, m.offset - 12), m.offset))) continue;
      // "just" and "easy" only belittle inside a request ("Just use a map"), not in "just noticed".
      const loose = /^(?:just|easy|easily|basically|merely)$/.test(m.word);
      if (loose && !s.traits.request) continue;
      add('minimiser', m, 'information', () => removeWordFixes('drop-minimiser', text, m), text.slice(m.offset, m.offset + m.length));
    }
  }

  // Personal and harsh wording is shown only on a comment judged harsh, and a harsh comment always shows where.
  if (judgement.harsh) {
    const before = findings.length;
    for (const s of sentences) {
      for (const m of patternSpans(PERSONAL, lower, s)) {
        add('personal', m, 'warning', () => {
          const fix = aboutCode(text, m);
          return fix ? [makeFix('about-code', 'Talk about the code', fix)] : [];
        });
      }
      for (const m of patternSpans(HARSH, lower, s)) add('harsh', m, 'warning', () => removeWordFixes('drop-harsh', text, m), text.slice(m.offset, m.offset + m.length));
      for (const m of patternSpans(MILD_HARSH, lower, s)) add('harsh', m, 'information', () => removeWordFixes('drop-harsh', text, m), text.slice(m.offset, m.offset + m.length));
    }
    const first = sentences[0];
    if (findings.length === before && first) add('harsh', first, 'information', () => []);
  }

  findings.sort((a, b) => a.offset - b.offset || a.length - b.length);
  return dedupe(findings);
}

/**
 * Rewrites tag their sentence again, which costs as much as the analysis itself; most findings are
 * never opened, so fixes are computed the first time they are read. The property is enumerable, so
 * JSON output and structured cloning still include them.
 */
function withLazyFixes(finding: Omit<Finding, 'fixes'>, compute: () => Fix[]): Finding {
  let cached: Fix[] | undefined;
  return Object.defineProperty(finding, 'fixes', {
    enumerable: true,
    configurable: true,
    get: () => (cached ??= compute()),
  }) as Finding;
}

/**
 * The sentences that make the request: orders and proposals first; failing those, questions that push a
 * change; failing those (the judge heard a request the rules did not), the first sentence with words.
 */
function askingSentences(sentences: readonly JudgedSentence[]): JudgedSentence[] {
  const orders = sentences.filter((s) => s.traits.request && !s.traits.question);
  if (orders.length) return orders;
  const asks = sentences.filter((s) => s.traits.request);
  if (asks.length) return asks;
  const first = sentences.find((s) => s.traits.substantive && !s.traits.social) ?? sentences[0];
  return first ? [first] : [];
}

function dictatingFixes(text: string, s: Span): Fix[] {
  const fixes: Fix[] = [];
  const asked = askInstead(text, s);
  if (asked) {
    const sentence = text.slice(s.offset, s.offset + s.length);
    const question = applyEdits(sentence, asked.map((e) => ({ ...e, offset: e.offset - s.offset }))).trim();
    fixes.push(makeFix('ask-instead', `Ask instead: "${question}"`, asked));
  }
  fixes.push(...whyFixes(text, s));
  return fixes;
}

function whyFixes(text: string, s: Span): Fix[] {
  // The same for every finding of the sentence (an absolute on each of its words): computed once.
  let edits = whyEdits.get(s);
  if (!edits) whyEdits.set(s, (edits = addWhy(text, s)));
  return [{ kind: 'add-why', title: 'Add the why', edits: edits.map((e) => ({ ...e })), snippet: true }];
}

const whyEdits = new WeakMap<Span, TextEdit[]>();

/**
 * Removes the word at `m`: a minimiser, or a harsh word that only carries the writer's mood ("Ugh, use a map."
 * gives "Use a map.", "Remove this stupid hack." gives "Remove this hack."). None when the rewrite finds nothing it
 * can drop, as where a harsh word is the point ("This is garbage."): that needs the writer to name the problem.
 */
function removeWordFixes(kind: 'drop-minimiser' | 'drop-harsh', text: string, m: Span): Fix[] {
  const edits = kind === 'drop-minimiser' ? dropMinimiser(text, m) : softenHarsh(text, m);
  return edits?.length ? [makeFix(kind, `Remove "${text.slice(m.offset, m.offset + m.length)}"`, edits)] : [];
}

function makeFix(kind: Fix['kind'], title: string, edits: TextEdit[]): Fix {
  return { kind, title, edits, snippet: false };
}

/** The same kind on the same range once (a harsh word can match two patterns). */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.kind}:${f.offset}:${f.length}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
