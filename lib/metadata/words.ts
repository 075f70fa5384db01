const SPACES = / +/;

/** Splits a space-separated parameter (scope, response_type) into its values. */
export function splitWords(value: string): string[] {
  return value.split(SPACES).filter((word) => word !== '');
}
