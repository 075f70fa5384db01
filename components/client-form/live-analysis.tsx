'use client';

import { createContext, useContext } from 'react';
import type { AnalyzeContext, AnalyzeResult, Finding, MetadataDraft } from '@/lib/metadata';

export interface LiveAnalysis {
  readonly context: AnalyzeContext;
  readonly metadata: MetadataDraft;
  readonly result: AnalyzeResult;
  /** Findings keyed by form input name (`redirect_uris.0.value`, `grant_types`, …). */
  readonly byField: ReadonlyMap<string, Finding[]>;
  applyFix(finding: Finding): void;
}

const LiveAnalysisContext = createContext<LiveAnalysis | null>(null);

export const LiveAnalysisProvider = LiveAnalysisContext.Provider;

/** The rulebook's latest verdict on the form, for inputs that show what concerns them. */
export function useLiveAnalysis(): LiveAnalysis {
  const value = useContext(LiveAnalysisContext);
  if (!value) throw new Error('useLiveAnalysis outside LiveAnalysisProvider');
  return value;
}
