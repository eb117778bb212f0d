import { ANALYSIS_STAGES, analyzeTimed, type AnalysisStage } from '../core/analyze';

/** Where one analysis spends its time: each step's mean microseconds a comment and its share of the whole. */
export interface StageFigures {
  comments: number;
  stages: Array<{ stage: AnalysisStage; microsPerComment: number; share: number }>;
}

/**
 * Times each step of analyze() on `texts`, every comment analysed from scratch (`clearCaches` before each).
 * What the judge's features cost next to the tagging they read is what decides where speed can come from.
 */
export function measureStages(texts: readonly string[], clearCaches: () => void): StageFigures {
  const totals = new Map<AnalysisStage, number>(ANALYSIS_STAGES.map((s) => [s, 0]));
  for (const text of texts) {
    clearCaches();
    let last = performance.now();
    analyzeTimed(text, (stage) => {
      const now = performance.now();
      totals.set(stage, totals.get(stage)! + now - last);
      last = now;
    });
  }
  const whole = [...totals.values()].reduce((a, b) => a + b, 0);
  return {
    comments: texts.length,
    stages: ANALYSIS_STAGES.map((stage) => ({ stage, microsPerComment: (totals.get(stage)! * 1000) / texts.length, share: whole > 0 ? totals.get(stage)! / whole : 0 })),
  };
}
