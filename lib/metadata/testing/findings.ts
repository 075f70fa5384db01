import type { AnalyzeResult } from '../analyze';
import type { Finding } from '../types';

export function allFindings(result: AnalyzeResult): Finding[] {
  return [...result.errors, ...result.warnings, ...result.infos];
}

export function findingsOf(result: AnalyzeResult, ruleId: string): Finding[] {
  return allFindings(result).filter((finding) => finding.ruleId === ruleId);
}
