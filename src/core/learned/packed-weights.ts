import { QUESTIONS, type JudgeWeights } from './judge-weights';

/**
 * weights.json as it ships: the features' gaps and the weights as base64 of little-endian integers instead of
 * some 46,000 decimal numbers. The bundle is a third smaller, and a JavaScript engine scans one string far faster
 * than it parses a numeric literal of that size, which is part of every cold start. Exact: training rounds every
 * weight to 1e-4, which a 16-bit integer holds at that scale.
 */
export interface PackedJudgeWeights {
  format: 2;
  trainingLabelsSha256: string;
  warnAt: number;
  thresholds: Record<(typeof QUESTIONS)[number], number>;
  /** See JudgeWeights; absent in weights trained before it existed. */
  requestIfMentoring?: number;
  /** Hashed feature indexes, ascending, as base64 of each one's gap from the previous (uint32). */
  features: string;
  /** Per feature, the four questions' weights side by side (int16, weight × SCALE), as base64. */
  weights: string;
}

export const SCALE = 10_000;
const LIMIT = 32_767;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function packWeights(w: JudgeWeights): PackedJudgeWeights {
  const gaps = new Uint8Array(w.features.length * 4);
  w.features.forEach((f, i) => writeUint32(gaps, i * 4, f - (i === 0 ? 0 : w.features[i - 1]!)));
  const values = new Uint8Array(w.features.length * QUESTIONS.length * 2);
  w.features.forEach((_, i) =>
    QUESTIONS.forEach((q, k) => {
      const scaled = Math.round(w.models[q].weights[i]! * SCALE);
      if (Math.abs(scaled) > LIMIT) throw new Error(`weight ${w.models[q].weights[i]} of ${q} does not fit the packed format (|w| < ${LIMIT / SCALE})`);
      const at = (i * QUESTIONS.length + k) * 2;
      values[at] = scaled & 0xff;
      values[at + 1] = (scaled >> 8) & 0xff;
    }),
  );
  const thresholds = Object.fromEntries(QUESTIONS.map((q) => [q, w.models[q].threshold])) as PackedJudgeWeights['thresholds'];
  const lowerBar = w.requestIfMentoring === undefined ? {} : { requestIfMentoring: w.requestIfMentoring };
  return { format: 2, trainingLabelsSha256: w.trainingLabelsSha256, warnAt: w.warnAt, thresholds, ...lowerBar, features: toBase64(gaps), weights: toBase64(values) };
}

/** The features and the interleaved weights as the judge reads them, without building the per-question arrays. */
export function unpackInterleaved(p: PackedJudgeWeights): { features: Uint32Array; interleaved: Float64Array } {
  const gaps = fromBase64(p.features);
  const features = new Uint32Array(gaps.length / 4);
  let at = 0;
  for (let i = 0; i < features.length; i++) features[i] = at += readUint32(gaps, i * 4);
  const values = fromBase64(p.weights);
  const interleaved = new Float64Array(values.length / 2);
  for (let i = 0; i < interleaved.length; i++) interleaved[i] = (((values[2 * i]! | (values[2 * i + 1]! << 8)) << 16) >> 16) / SCALE;
  return { features, interleaved };
}

export function unpackWeights(p: PackedJudgeWeights): JudgeWeights {
  const { features, interleaved } = unpackInterleaved(p);
  const models = Object.fromEntries(
    QUESTIONS.map((q, k) => [q, { threshold: p.thresholds[q], weights: Array.from(features, (_, i) => interleaved[i * QUESTIONS.length + k]!) }]),
  ) as JudgeWeights['models'];
  const lowerBar = p.requestIfMentoring === undefined ? {} : { requestIfMentoring: p.requestIfMentoring };
  return { format: 1, trainingLabelsSha256: p.trainingLabelsSha256, features: Array.from(features), models, warnAt: p.warnAt, ...lowerBar };
}

function writeUint32(bytes: Uint8Array, at: number, n: number): void {
  bytes[at] = n & 0xff;
  bytes[at + 1] = (n >>> 8) & 0xff;
  bytes[at + 2] = (n >>> 16) & 0xff;
  bytes[at + 3] = (n >>> 24) & 0xff;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

// Base64 by hand: the core runs where neither Buffer (Node) nor a typed atob (DOM) can be assumed.
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

const DIGIT = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

export function fromBase64(text: string): Uint8Array {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n = (digit(text, i) << 18) | (digit(text, i + 1) << 12) | (digit(text, i + 2) << 6) | digit(text, i + 3);
    if (o < out.length) out[o++] = (n >> 16) & 0xff;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 61) return 0; // '=' padding
  const d = c < 128 ? DIGIT[c]! : -1;
  if (d < 0) throw new Error(`not base64 at ${i}`);
  return d;
}
