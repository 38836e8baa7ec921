/// <reference lib="webworker" />
/**
 * The checks run here, off the main thread, so typing never waits for them. One story analyzer
 * lives for the worker's lifetime: its per-analyzer caches mean an edit re-checks only what the
 * changed paragraphs touch.
 */
import { createStoryAnalyzer, type AnalysisInput } from '../../../shared/analysis/index.js';

const analyzer = createStoryAnalyzer();

self.onmessage = (e: MessageEvent<{ seq: number; input: AnalysisInput }>) => {
  const { seq, input } = e.data;
  const t0 = performance.now();
  try {
    const findings = analyzer.analyze(input);
    (self as unknown as Worker).postMessage({ seq, findings, ms: performance.now() - t0 });
  } catch (err) {
    (self as unknown as Worker).postMessage({ seq, findings: [], error: String(err), ms: performance.now() - t0 });
  }
};
